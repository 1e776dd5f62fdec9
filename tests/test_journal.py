"""The journal: what a partner hands OVO. Written through real flows against the sandbox."""

from __future__ import annotations

import asyncio
import base64
import json
import sqlite3
import threading
import time
from decimal import Decimal
from urllib.parse import quote, quote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.client import Exchange
from core.environments import apply_setting
from core.journal import Journal, JournalFilter, Retention
from core.journal_entry import TOKEN_MARK_RE, Outcome, token_mark
from core.redaction import PRIVATE_KEY_REDACTED, REDACTED, Redactor
from core.secrets import ProbeResult, SessionSecrets
from core.snap.profile import Service
from core.topup import account_inquiry, topup
from core.traces import Shell, trace_text, write_har, write_jsonl
from core.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.test_flow import BUDI, make_workspace, run
from tests.tls_sandbox import TlsSandbox

SESSION = ProbeResult(SessionSecrets(), None)


def every_form(secret: str) -> set[str]:
    """Every spelling of a secret a careless log would hold."""
    raw = secret.encode()
    return {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        quote(secret, safe=""),
        quote_plus(secret),
        base64.b64encode(raw).decode(),
        raw.hex(),
    }


def assert_nowhere(secret: str, *blobs: bytes) -> None:
    for form in every_form(secret):
        for blob in blobs:
            assert form.encode() not in blob, f"a form of a secret ({form[:4]}…) was stored"


# --- entries written by the real client ------------------------------------------------------


def test_every_exchange_is_written_before_it_leaves_and_completed_after(registered):
    seen: list[tuple[int, str]] = []

    async def flow(workspace: Workspace):
        workspace.journal.subscribe(
            lambda entry_id: seen.append((entry_id, workspace.journal.get(entry_id).outcome.value))
        )
        client = workspace.client("Sandbox")
        inquiry = await account_inquiry(client, BUDI, Decimal(25000))
        result = await topup(client, inquiry, workspace.pending, "Sandbox")
        return inquiry, result

    (inquiry, result), _ = run(flow)
    journal = Workspace().journal
    entries = journal.query()
    assert [e.service for e in entries] == ["38", "37", "73"]  # newest first
    top, inq, token = entries
    # Each was seen pending first, then completed.
    assert [state for _, state in seen] == [
        "pending", "success", "pending", "success", "pending", "success"
    ]
    assert top.outcome is Outcome.SUCCESS and top.code == "2003800"
    assert top.display == "2003800 - Successful"
    assert top.partner_reference_no == result.partner_reference_no
    assert top.customer_number == BUDI
    assert top.external_id == result.external_id == top.request_headers["X-EXTERNAL-ID"]
    assert inq.partner_reference_no == inquiry.partner_reference_no
    assert inq.request_body == inquiry.exchange.request_body  # the bytes as sent
    assert inq.response_body == inquiry.exchange.response_body  # the bytes as received
    assert inq.status == 200 and inq.elapsed > 0 and inq.finished >= inq.started
    assert inq.url.endswith("/OVOSNAP/v2.0/emoney/account-inquiry")
    # The token is masked everywhere, the same mark in the calls that used it.
    marks = {TOKEN_MARK_RE.search(e.request_headers["Authorization"]).group(0) for e in (top, inq)}
    assert len(marks) == 1
    assert marks.pop() in inq.string_to_sign
    assert TOKEN_MARK_RE.search(token.response_body.decode())
    assert token.string_to_sign.startswith(token.request_headers["X-CLIENT-KEY"] + "|")


def test_a_failure_without_answer_and_a_refusal_are_told_apart(registered):
    async def flow(workspace: Workspace):
        client = workspace.client("Sandbox")
        with pytest.raises(Exception, match="4033718"):
            await account_inquiry(client, "081200000001", Decimal(20000))
        inquiry = await account_inquiry(client, "081299000001", Decimal(20000))
        return await topup(client, inquiry, workspace.pending, "Sandbox", backoff=(0.3, 0.5))

    result, _ = run(flow)
    journal = Workspace().journal
    refused = journal.query(JournalFilter(outcome=Outcome.REFUSED))
    assert [(e.code, e.customer_number) for e in refused] == [("4033718", "081200000001")]
    assert refused[0].display.startswith("4033718 - ")
    [timed_out] = journal.query(JournalFilter(outcome=Outcome.NO_ANSWER))
    assert timed_out.service == "38" and timed_out.failure == "timeout"
    assert timed_out.code is None and "timeout" in timed_out.display
    # The status calls that resolved it are found by the same reference.
    by_ref = journal.query(JournalFilter(partner_reference_no=result.partner_reference_no))
    assert {e.service for e in by_ref} == {"38", "39"}


# --- redaction -------------------------------------------------------------------------------


def test_no_secret_in_any_form_reaches_the_journal_in_any_environment_kind(
    registered, partner_keys, tmp_path
):
    """Flows in a sandbox, staging, production and custom environment (all served by the
    embedded sandbox, Production's over TLS since it only talks https://), with the client
    secret also pushed into a custom header as a user might by mistake: neither the file
    nor its HAR and JSON Lines exports nor the traces hold a secret, passphrase, token or
    private key."""
    workspace = make_workspace()
    secret = workspace.secrets.get("Sandbox:client_secret")
    sandbox = workspace.environment("Sandbox")
    url = workspace.sandbox().url
    tls = TlsSandbox(tmp_path / "tls").__enter__()
    for name, kind in (("Staging", "staging"), ("Production", "production"), ("Mine", "custom")):
        if name == "Mine":
            workspace.settings.put(sandbox.__class__(name, kind))
        env = workspace.environment(name)
        for setting, value in (
            ("kind", kind),
            ("base_url", tls.url if name == "Production" else url),
            ("ca_bundle", str(tls.ca) if name == "Production" else ""),
            ("client_id", sandbox.client_id),
            ("channel_id", sandbox.channel_id),
            ("signing_key", sandbox.signing_key),
            ("header.account_inquiry.X-Debug-Secret", secret),
        ):
            env = apply_setting(env, setting, value)
        workspace.settings.put(env)
        workspace.secrets.set(f"{name}:client_secret", secret)
        workspace.secrets.set(f"{name}:signing_passphrase", PASSPHRASE)
    tokens: list[str] = []

    async def flow():
        try:
            for name in ("Sandbox", "Staging", "Production", "Mine"):
                client = workspace.client(name)
                inquiry = await account_inquiry(client, BUDI, Decimal(20000))
                await topup(client, inquiry, workspace.pending, name)
                tokens.append(client.tokens.token.value)
        finally:
            await workspace.aclose()

    try:
        asyncio.run(flow())
        journal = workspace.journal
        assert {e.environment for e in journal.query()} == {
            "Sandbox", "Staging", "Production", "Mine"
        }
        debug = [e.request_headers.get("X-Debug-Secret") for e in journal.query()]
        assert debug.count(REDACTED) == 3  # the three inquiries that carried it
        # What a partner hands OVO: exports of everything, and each exchange as a trace.
        entries = list(journal.query())
        write_har(workspace.home / "all.har", entries, creator_version="test")
        write_jsonl(workspace.home / "all.jsonl", entries)
        traces = [trace_text(e, shell).encode() for e in entries for shell in Shell]
    finally:
        tls.__exit__()
        workspace.close()
    files = [p.read_bytes() for p in workspace.home.glob("journal.sqlite3*")]
    files += [(workspace.home / name).read_bytes() for name in ("all.har", "all.jsonl")]
    files += traces
    key_body = max((partner_keys / "private.pem").read_text().splitlines(), key=len)
    for value in (secret, PASSPHRASE, *tokens, key_body):
        assert_nowhere(value, *files)
    for token in tokens:
        assert token_mark(token).encode() in b"".join(files)


@given(
    secret=st.text(min_size=4, max_size=40).filter(lambda s: s.strip() == s and "\x00" not in s),
    before=st.text(max_size=20),
    after=st.text(max_size=20),
)
@settings(max_examples=200, deadline=None)
def test_a_known_secret_is_removed_in_every_form_it_can_take(secret, before, after):
    redactor = Redactor()
    redactor.add_secret(secret)
    for form in (secret, json.dumps(secret)[1:-1], quote(secret, safe=""), quote_plus(secret)):
        cleaned = redactor.text(before + form + after)
        assert form not in cleaned or form in before + after
        assert REDACTED in cleaned


def test_private_keys_are_removed_by_shape_raw_escaped_or_url_encoded(partner_keys):
    pem = (partner_keys / "private.pem").read_text()
    redactor = Redactor()
    for text in (
        pem,
        json.dumps({"key": pem}),
        "key=" + quote_plus(pem),
        "key=" + quote(pem, safe=""),
    ):
        cleaned = redactor.text(f"before {text} after")
        assert PRIVATE_KEY_REDACTED in cleaned and "MII" not in cleaned
        assert cleaned.startswith("before ") and cleaned.endswith(" after")


def test_bytes_that_are_not_utf8_survive_redaction_exactly():
    redactor = Redactor()
    redactor.add_secret("s3cret-value")
    blob = b"\xff\xfe head s3cret-value tail \x80"
    assert redactor.data(blob) == b"\xff\xfe head [redacted] tail \x80"
    assert redactor.data(b"\xff\x00 nothing") == b"\xff\x00 nothing"


# --- query and paging ------------------------------------------------------------------------


def fill(journal: Journal, count: int, *, start: float = 1_700_000_000.0) -> None:
    """Entries as the client would write them, without a network: for query and scale."""
    for i in range(count):
        body = json.dumps(
            {"partnerReferenceNo": f"REF{i:06d}", "customerNumber": f"0812{i % 7:08d}"}
        ).encode()
        exchange = Exchange(
            Service.ACCOUNT_INQUIRY if i % 3 else Service.TOPUP,
            "POST",
            "http://127.0.0.1/OVOSNAP/v2.0/emoney/account-inquiry",
            {"Content-Type": "application/json", "X-EXTERNAL-ID": f"{i:020d}"},
            body,
            external_id=f"{i:020d}",
        )
        entry_id = journal.begin("Staging" if i % 2 else "Sandbox", exchange)
        exchange.journal_id = entry_id
        success = "2003700" if i % 3 else "2003800"  # each service's own success code
        code = success if i % 5 else "4033718"
        exchange.status = 200 if i % 5 else 403
        exchange.response_body = json.dumps(
            {"responseCode": code, "responseMessage": "Successful" if i % 5 else "Not found"}
        ).encode()
        exchange.response_json = json.loads(exchange.response_body)
        journal.complete(exchange)
        with journal._lock:
            journal._db.execute("UPDATE exchanges SET started=? WHERE id=?", (start + i, entry_id))


def test_filters_and_keyset_pages_find_what_a_reviewer_asks_for(tmp_path):
    journal = Journal(tmp_path / "journal.sqlite3")
    fill(journal, 450)
    assert journal.count() == 450
    first = journal.query(limit=200)
    second = journal.query(before_id=first[-1].id, limit=200)
    third = journal.query(before_id=second[-1].id, limit=200)
    ids = [e.id for e in first + second + third]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 450
    assert len(list(journal.iterate())) == 450

    assert journal.count(JournalFilter(environment="staging")) == 225  # any case
    assert journal.count(JournalFilter(service="38")) == 150
    assert journal.count(JournalFilter(code="4033718")) == 90
    assert journal.count(JournalFilter(outcome=Outcome.REFUSED)) == 90
    [one] = journal.query(JournalFilter(partner_reference_no="REF000042"))
    assert one.external_id == f"{42:020d}"
    assert journal.count(JournalFilter(customer_number="081200000003")) == 64
    assert journal.count(JournalFilter(since=1_700_000_100.0, until=1_700_000_110.0)) == 10
    assert journal.count(JournalFilter(text="REF00012")) == 10  # REF000120..129
    assert journal.count(JournalFilter(text="not found")) == 90  # messages, any case
    assert journal.count(JournalFilter(text="100%")) == 0  # wildcards are literal
    both = JournalFilter(environment="Sandbox", code="4033718", text="REF0001")
    assert all(
        e.environment == "Sandbox" and e.code == "4033718" for e in journal.query(both)
    )
    journal.close()


# --- retention -------------------------------------------------------------------------------


def test_retention_removes_the_oldest_but_never_what_is_unresolved(tmp_path):
    journal = Journal(tmp_path / "journal.sqlite3")
    fill(journal, 100)
    # An unanswered exchange and a top-up whose outcome is unknown, both old.
    journal.pending.record("Sandbox", "REF000001", "081200000001", Decimal(10000), None)
    stuck = Exchange(Service.TOPUP, "POST", "http://x/topup", {}, b'{"partnerReferenceNo":"P"}')
    stuck_id = journal.begin("Sandbox", stuck)
    with journal._lock:
        journal._db.execute("UPDATE exchanges SET started=0 WHERE id=?", (stuck_id,))

    removed = journal.prune(max_age_days=(time.time() - 1_700_000_049.5) / 86400)
    assert removed == 49  # entries 0..49 are older, REF000001's is kept
    left = {e.partner_reference_no for e in journal.query(limit=1000)}
    assert "REF000001" in left and "P" in left and "REF000000" not in left

    size = sum(len(e.request_body) for e in journal.query(limit=1000))
    assert journal.prune(max_bytes=size // 4) > 0
    kept = journal.query(limit=1000)
    assert {"REF000001", "P"} <= {e.partner_reference_no for e in kept}
    refs = {e.partner_reference_no for e in kept}
    assert "REF000099" in refs and "REF000050" not in refs  # the newest stay
    journal.close()


def test_retention_limits_are_a_preference_applied_on_open(tmp_path):
    workspace = Workspace(tmp_path, secrets=SESSION)
    fill(workspace.journal, 30)
    assert workspace.retention() == Retention()
    removed = workspace.set_retention(Retention(max_mb=None, max_age_days=1))
    assert removed == 30
    workspace.close()
    again = Workspace(tmp_path, secrets=SESSION)
    assert again.retention() == Retention(max_mb=None, max_age_days=1)
    assert "1 days" in again.retention().describe()
    again.close()


# --- concurrency -----------------------------------------------------------------------------


def test_many_calls_at_once_each_get_one_complete_entry(registered):
    async def flow(workspace: Workspace):
        client = workspace.client("Sandbox")
        await client.tokens.get()
        return await asyncio.gather(
            *(account_inquiry(client, BUDI, Decimal(10000 + i)) for i in range(25))
        )

    inquiries, _ = run(flow)
    journal = Workspace().journal
    entries = journal.query(JournalFilter(service="37"), limit=100)
    assert len(entries) == 25
    assert all(e.outcome is Outcome.SUCCESS for e in entries)
    assert {e.partner_reference_no for e in entries} == {
        i.partner_reference_no for i in inquiries
    }
    assert len({e.external_id for e in entries}) == 25


def test_writers_in_many_threads_and_a_second_connection_share_the_file(tmp_path):
    path = tmp_path / "journal.sqlite3"
    journals = [Journal(path), Journal(path)]  # as a GUI and a CLI run would
    errors: list[BaseException] = []

    def write(journal: Journal) -> None:
        try:
            fill(journal, 40)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(journals[i % 2],)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert journals[0].count() == 240 == journals[1].count()
    assert journals[0].count(JournalFilter(outcome=Outcome.PENDING)) == 0
    assert journals[0].integrity() == "ok"
    for journal in journals:
        journal.close()


# --- the old file of pending top-ups --------------------------------------------------------


def test_top_ups_left_unresolved_by_an_earlier_version_are_adopted(tmp_path):
    old = tmp_path / "topups.sqlite3"
    db = sqlite3.connect(old)
    db.execute(
        "CREATE TABLE topups (partner_reference_no TEXT PRIMARY KEY, environment TEXT NOT NULL,"
        " customer_number TEXT NOT NULL, amount TEXT NOT NULL, external_id TEXT,"
        " reference_no TEXT, state TEXT NOT NULL, message TEXT, created REAL NOT NULL,"
        " updated REAL NOT NULL)"
    )
    db.execute(
        "INSERT INTO topups VALUES ('R1', 'Sandbox', '0812', '10000.00', NULL, NULL,"
        " 'pending', NULL, 1, 1)"
    )
    db.commit()
    db.close()
    workspace = Workspace(tmp_path, secrets=SESSION)
    assert [r["partner_reference_no"] for r in workspace.pending.unresolved("Sandbox")] == ["R1"]
    assert not old.exists() and (tmp_path / "topups.sqlite3.adopted").exists()
    workspace.close()
