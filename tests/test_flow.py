"""The client, the token rules and the money flow, against the real sandbox over HTTP."""

from __future__ import annotations

import asyncio
import json
import time
from decimal import Decimal

import httpx
import keyring
import pytest

from core.client import AccessToken, ApiError, TokenManager, TokenState, parse_expires_in
from core.environments import apply_setting
from core.errors import BadInput
from core.paths import workbench_home
from core.sandbox.app import SandboxConfig
from core.secrets import KeyringSecrets, SessionSecrets, open_secret_store, start_probe
from core.topup import Outcome, account_inquiry, check_limits, confirmation, resolve, topup
from core.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.keyring_backends import (
    REAL_SECRET_SERVICE,
    HangingKeyring,
    MemoryKeyring,
)
from tests.tls_sandbox import TlsSandbox

BUDI = "081234567890"








def make_workspace(*, read_timeout: str = "1", **config) -> Workspace:
    workspace = Workspace(sandbox_config=SandboxConfig(**{"fault_delay": 3, **config}))
    env = apply_setting(workspace.environment("Sandbox"), "read_timeout", read_timeout)
    workspace.settings.put(env)
    return workspace


def run(coro_factory, *, read_timeout: str = "1", **config):
    """Run `coro_factory(workspace)` on a fresh loop with a fresh workspace."""
    workspace = make_workspace(read_timeout=read_timeout, **config)

    async def main():
        try:
            return await coro_factory(workspace)
        finally:
            await workspace.aclose()

    try:
        return asyncio.run(main()), workspace
    finally:
        workspace.close()


def book_of(number: str) -> dict:
    """The sandbox's ledger for a customer, read through a sandbox of its own."""
    workspace = make_workspace()
    try:
        return ledger(workspace, number)
    finally:
        workspace.close()


def ledger(workspace: Workspace, number: str) -> dict:
    return httpx.get(
        f"{workspace.sandbox().url}/sandbox/ledger", params={"customerNumber": number}
    ).json()


# --- tokens ------------------------------------------------------------------------------------


def test_one_token_serves_many_calls(registered):
    async def flow(workspace):
        client = workspace.client("Sandbox")
        for _ in range(5):
            await account_inquiry(client, BUDI, Decimal(50000))
        return client.tokens.minted

    minted, _ = run(flow)
    assert minted == 1


def test_a_concurrent_burst_shares_one_refresh(registered):
    async def flow(workspace):
        client = workspace.client("Sandbox")
        await asyncio.gather(*(account_inquiry(client, BUDI, Decimal(50000)) for _ in range(8)))
        return client.tokens.minted

    minted, _ = run(flow)
    assert minted == 1


def test_a_token_the_server_no_longer_accepts_is_replaced_once(registered, home):
    # A cached token the gateway has forgotten (expired there, or revoked) answers 4013701;
    # the client gets a new one and sends the same request again, once.
    secrets = open_secret_store(home=workbench_home()).store
    now = time.time()
    stale = {"token": "forgotten-token-value-123456", "issued": now, "expires": now + 800}
    secrets.set("Sandbox:access_token", json.dumps(stale))

    async def flow(workspace):
        client = workspace.client("Sandbox")
        assert client.tokens.token.value == stale["token"]
        inquiry = await account_inquiry(client, BUDI, Decimal(50000))
        return client.tokens.minted, inquiry

    (minted, inquiry), _ = run(flow)
    assert minted == 1
    assert inquiry.customer_name == "B**i S****so"


def test_an_expired_token_is_refreshed_before_use(registered):
    async def flow(workspace):
        client = workspace.client("Sandbox")
        await client.tokens.get()
        await account_inquiry(client, BUDI, Decimal(50000))  # within its life: reused
        first = client.tokens.minted
        await asyncio.sleep(2.2)  # the sandbox's tokens live two seconds here
        await account_inquiry(client, BUDI, Decimal(50000))
        return first, client.tokens.minted

    (first, minted), _ = run(flow, token_ttl=2)
    assert (first, minted) == (1, 2)


async def _count_mints(manager_clock):
    minted = []

    async def mint():
        minted.append(1)
        await asyncio.sleep(0.01)
        now = manager_clock()
        return AccessToken(f"token-{len(minted)}", now, now + 900)

    return minted, mint


def test_the_token_manager_refreshes_a_minute_before_expiry():
    clock = [1000.0]
    states = []

    async def flow():
        minted, mint = await _count_mints(lambda: clock[0])
        manager = TokenManager(mint, clock=lambda: clock[0])
        manager.subscribe(states.append)
        first = await manager.get()
        clock[0] += 800  # 100 s left: still valid
        assert (await manager.get()) is first and manager.state is TokenState.VALID
        clock[0] += 50  # 50 s left: within the SOP's "near expired time"
        assert manager.state is TokenState.EXPIRING
        second = await manager.get()
        assert second is not first
        await asyncio.sleep(0)
        return minted

    minted = asyncio.run(flow())
    assert len(minted) == 2
    assert TokenState.REFRESHING in states and states[-1] is TokenState.VALID


@pytest.mark.parametrize(("value", "seconds"), [("900", 900), (900, 900), (" 899.5 ", 899.5)])
def test_expires_in_as_string_or_number(value, seconds):
    assert parse_expires_in(value) == seconds


@pytest.mark.parametrize("value", [None, "", "soon", "-5", 0])
def test_expires_in_that_is_not_a_lifetime_is_refused(value):
    with pytest.raises(ValueError):
        parse_expires_in(value)


def test_the_cli_reuses_a_valid_token_across_runs(registered, cli):
    first = cli("token", "--json")
    second = cli("token", "--json")
    assert first.code == second.code == 0, first.err + second.err
    assert first.json["reused"] is False and second.json["reused"] is True
    assert first.json["token"] == second.json["token"]
    assert first.json["token"].startswith("********")


# --- the SOP's refusals and limits -------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "amount", "shown"),
    [
        ("081200000001", 50000, "4033718 - Customer Account Not Found"),
        ("081200000002", 50000, "4033705 - Account or User Status is Inactive"),
        ("081200000003", 50000, "4033702 - Exceeds Transaction Amount Limit"),
        (BUDI, 5000, "4043713 - Invalid Amount"),
        (BUDI, 30000000, "4043713 - Invalid Amount"),
    ],
)
def test_each_sop_refusal_ends_the_flow_with_its_message(registered, cli, number, amount, shown):
    result = cli("topup", "--customer", number, "--amount", str(amount), "--yes")
    assert result.code == 1
    assert result.err.startswith(shown)
    assert "Please confirm" not in result.out  # no top-up was offered


def test_the_confirmation_lists_account_amount_fee_and_total(registered):
    async def flow(workspace):
        return await account_inquiry(workspace.client("Sandbox"), BUDI, Decimal(150000))

    inquiry, _ = run(flow)
    conf = confirmation(inquiry, "Sandbox", False)
    assert dict(conf.lines()) == {
        "Environment": "Sandbox",
        "Destination OVO account": "B**i S****so (XXXXXXXX7890)",
        "Top-up amount": "Rp 150.000",
        "Admin fee": "Rp 1.000",
        "Total": "Rp 151.000",
    }
    with pytest.raises(BadInput, match="below the minimum"):
        check_limits(inquiry, Decimal(9000))
    with pytest.raises(BadInput, match="above the maximum"):
        check_limits(inquiry, Decimal(20000001))


def test_production_always_asks_even_with_yes(registered, cli, home, tmp_path):
    # Point Production at the sandbox (over TLS: Production only talks https://) with the
    # sandbox's credentials: the confirmation rule, not OVO, is under test here.
    workspace = make_workspace()
    tls = TlsSandbox(tmp_path / "tls").__enter__()
    url = tls.url
    try:
        sandbox_env = workspace.environment("Sandbox")
        workspace.secrets.set(
            "Production:client_secret", workspace.secrets.get("Sandbox:client_secret")
        )
        if workspace.secrets.get("Sandbox:signing_passphrase"):
            workspace.secrets.set(
                "Production:signing_passphrase", workspace.secrets.get("Sandbox:signing_passphrase")
            )
        from dataclasses import replace

        workspace.settings.put(
            replace(
                workspace.environment("Production"),
                base_url=url,
                client_id=sandbox_env.client_id,
                channel_id=sandbox_env.channel_id,
                signing_key=sandbox_env.signing_key,
                ca_bundle=str(tls.ca),
            )
        )
        result = cli(
            "topup", "--env", "Production", "--customer", BUDI, "--amount", "50000", "--yes"
        )
        assert result.code == 2
        assert "PRODUCTION" in result.out and "Production always asks" in result.err
        assert ledger(workspace, BUDI)["transactions"] == []
    finally:
        tls.__exit__()
        workspace.close()


# --- money: exactly one credit or none, whatever the network does ------------------------------


@pytest.mark.parametrize(
    ("number", "outcome", "credits", "by_status"),
    [
        (BUDI, Outcome.SUCCESS, 1, False),
        ("081299000001", Outcome.SUCCESS, 1, True),  # commits, answers after the timeout
        ("081299000002", Outcome.SUCCESS, 1, True),  # commits, answers 500
        ("081299000003", Outcome.SUCCESS, 1, True),  # commits, drops the connection
        # 500 without committing: "not found" until the status window is over, then not
        # processed (failed); never failed on the first "not found"
        ("081299000004", Outcome.FAILED, 0, True),
    ],
    ids=["normal", "timeout", "error", "drop", "reject"],
)
def test_each_outcome_is_found_and_credited_at_most_once(
    registered, number, outcome, credits, by_status
):
    async def flow(workspace):
        client = workspace.client("Sandbox")
        inquiry = await account_inquiry(client, number, Decimal(20000))
        return await topup(client, inquiry, workspace.pending, "Sandbox", backoff=(0.5, 1, 2))

    result, _ = run(flow)
    assert result.outcome is outcome, result.message
    assert result.resolved_by_status is by_status
    book = book_of(number)
    assert len(book["transactions"]) == credits
    if credits:
        assert book["transactions"][0]["partnerReferenceNo"] == result.partner_reference_no
    unresolved = [row["partner_reference_no"] for row in Workspace().pending.unresolved("Sandbox")]
    assert unresolved == ([result.partner_reference_no] if outcome is Outcome.UNKNOWN else [])


def test_the_cli_reports_a_resolved_fault_and_a_failed_one(registered, cli):
    ok = cli("topup", "--customer", "081299000002", "--amount", "20000", "--yes", "--json")
    assert ok.code == 0 and ok.json["outcome"] == "success" and ok.json["resolved_by_status"]
    # The status window is twice the read timeout: 2 s here instead of 60 s.
    assert cli("env", "set", "Sandbox", "read_timeout", "1").code == 0
    failed = cli("topup", "--customer", "081299000004", "--amount", "20000", "--yes", "--json")
    assert failed.code == 1 and failed.json["outcome"] == "failed"
    assert "4043901 - Transaction Not Found: not processed" in failed.json["message"]
    assert "after it was sent" in failed.json["message"]
    status = cli("status", "--partner-reference-no", ok.json["partner_reference_no"], "--json")
    assert status.code == 0 and status.json["latestTransactionStatus"] == "00"


def test_an_outcome_that_stays_unknown_is_never_sent_again(registered):
    # The sandbox is stopped right after the top-up leaves: no answer, no status.
    async def flow(workspace):
        client = workspace.client("Sandbox")
        inquiry = await account_inquiry(client, "081299000001", Decimal(20000))
        task = asyncio.ensure_future(
            topup(client, inquiry, workspace.pending, "Sandbox", backoff=(0.2, 0.2))
        )
        await asyncio.sleep(0.5)  # committed, waiting in the fault delay
        workspace.stop_sandbox()  # the gateway goes away
        return await task

    result, _ = run(flow, fault_delay=30)
    assert result.outcome is Outcome.UNKNOWN
    assert "Do not send it again" in result.message
    assert result.partner_reference_no in result.message
    book = book_of("081299000001")
    assert len(book["transactions"]) == 1  # the one send, nothing more
    unresolved = Workspace().pending.unresolved("Sandbox")
    assert [row["partner_reference_no"] for row in unresolved] == [result.partner_reference_no]


def test_a_top_up_interrupted_mid_call_is_resolved_on_the_next_start(registered, cli):
    # The process ends between send and answer (the task is cancelled as a kill would end
    # it): the pending record written before sending remains, and the next run resolves it.
    async def flow(workspace):
        client = workspace.client("Sandbox")
        inquiry = await account_inquiry(client, "081299000001", Decimal(20000))
        task = asyncio.ensure_future(topup(client, inquiry, workspace.pending, "Sandbox"))
        await asyncio.sleep(0.5)
        task.cancel()
        return workspace.pending.unresolved("Sandbox")

    pending, _ = run(flow, fault_delay=30)
    assert [row["state"] for row in pending] == ["pending"]
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert result.code == 0, result.err
    assert f"earlier top-up {pending[0]['partner_reference_no']}: success" in result.err
    assert Workspace().pending.unresolved("Sandbox") == []


def test_resolve_asks_status_with_the_original_references(registered):
    async def flow(workspace):
        client = workspace.client("Sandbox")
        inquiry = await account_inquiry(client, BUDI, Decimal(20000))
        done = await topup(client, inquiry, workspace.pending, "Sandbox")
        again = type(done)(
            Outcome.UNKNOWN, done.partner_reference_no, done.amount, external_id=done.external_id
        )
        return done, await resolve(client, again, backoff=())

    (done, resolved), _ = run(flow)
    assert resolved.outcome is Outcome.SUCCESS and resolved.reference_no == done.reference_no


# --- secrets -----------------------------------------------------------------------------------


def test_the_keyring_holds_the_client_secret(registered):
    probe = open_secret_store(home=workbench_home())
    assert isinstance(probe.store, KeyringSecrets) and probe.warning is None
    if REAL_SECRET_SERVICE:
        assert "Secret Service" in probe.store.description
    assert probe.store.get("Sandbox:client_secret")


def test_two_homes_keep_their_own_secrets_in_one_keyring(registered, tmp_path, monkeypatch):
    # The keyring is machine-wide: a second home must neither see nor overwrite the first
    # home's client secret (or its cached token) for an environment of the same name.
    first = open_secret_store(home=workbench_home()).store
    assert first.get("Sandbox:client_secret")
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "other"))
    other = open_secret_store(home=workbench_home()).store
    assert other.get("Sandbox:client_secret") is None
    other.set("Sandbox:client_secret", "the-other-homes-secret")
    try:
        assert first.get("Sandbox:client_secret") != "the-other-homes-secret"
    finally:
        other.delete("Sandbox:client_secret")


def test_no_keyring_backend_at_all_means_no_keyring_mode(monkeypatch):
    # Issue 13: keyring's fail backend (no Secret Service, WSL, CI) is not "session only"
    # any more but no-keyring mode, where the secret outlives the run in OVO's own
    # encrypted files (tests/reliability/test_no_keyring.py runs it end to end).
    from keyring.backends import fail

    from core.secrets import NoKeyringSecrets

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        probe = open_secret_store(home=workbench_home())
    finally:
        keyring.set_keyring(previous)
    assert isinstance(probe.store, NoKeyringSecrets)
    assert probe.no_keyring and probe.warning is None
    assert probe.store.description == "no-keyring mode (no OS keyring is available)"


def test_a_keyring_that_hangs_is_given_up_on_in_time():
    previous = keyring.get_keyring()
    hanging = HangingKeyring()
    keyring.set_keyring(hanging)
    try:
        probe = open_secret_store(timeout=0.3)
    finally:
        hanging.release.set()
        keyring.set_keyring(previous)
    assert isinstance(probe.store, SessionSecrets)
    assert "did not answer within 0.3 s" in probe.warning


def test_a_probe_started_early_gives_its_answer_once_its_limit_counted_from_its_start():
    # The window starts the probe before Qt loads (it waits on D-Bus meanwhile), and the
    # workspace takes its answer; a hanging keyring then costs no more than the limit.
    class CountingKeyring(MemoryKeyring):
        probes = 0

        def set_password(self, service, username, password):
            if username.startswith("probe-"):
                CountingKeyring.probes += 1
            super().set_password(service, username, password)

    previous = keyring.get_keyring()
    keyring.set_keyring(CountingKeyring())
    try:
        early = start_probe(workbench_home())
        workspace = Workspace(secrets=early.result())
        workspace.close()
    finally:
        keyring.set_keyring(previous)
    assert isinstance(workspace.secrets.persistent, bool) and workspace.secrets_warning is None
    assert CountingKeyring.probes == 1  # the workspace did not probe again

    hanging = HangingKeyring()
    keyring.set_keyring(hanging)
    try:
        early = start_probe(workbench_home(), timeout=0.2)
        time.sleep(0.3)  # the program's start took longer than the limit
        late = early.result()
    finally:
        hanging.release.set()
        keyring.set_keyring(previous)
    assert isinstance(late.store, SessionSecrets)
    assert "did not answer within 0.2 s" in late.warning


def test_no_secret_anywhere_under_the_home_after_a_full_flow(registered, cli, home, partner_keys):
    assert cli("token").code == 0
    assert cli("topup", "--customer", BUDI, "--amount", "20000", "--yes").code == 0
    assert cli("topup", "--customer", "081299000002", "--amount", "20000", "--yes").code == 0
    secrets = open_secret_store(home=workbench_home()).store
    token = json.loads(secrets.get("Sandbox:access_token"))["token"]
    forbidden = {
        "client secret": secrets.get("Sandbox:client_secret"),
        "passphrase": PASSPHRASE,
    }
    # The sandbox (playing OVO) must know the secret and the token; the partner side's
    # files are everything else under the home.
    partner_files = [p for p in home.rglob("*") if p.is_file() and "sandbox" not in p.parts]
    assert partner_files, "the flow wrote nothing?"
    for path in partner_files:
        data = path.read_bytes()
        for what, value in {**forbidden, "access token": token}.items():
            assert value.encode() not in data, f"{what} found in {path}"
    sandbox_files = [p for p in home.rglob("*") if p.is_file() and "sandbox" in p.parts]
    for path in sandbox_files:
        assert PASSPHRASE.encode() not in path.read_bytes(), path


def test_unusable_credentials_are_not_saved(registered, home):
    from core.credentials import parse_credentials

    workspace = Workspace()
    with pytest.raises(BadInput, match="client ID or client secret"):
        workspace.save_credentials("Staging", parse_credentials("Client ID: only-the-id\n"))
    assert workspace.environment("Staging").client_id is None


def test_an_api_error_reads_code_dash_message(registered):
    async def flow(workspace):
        with pytest.raises(ApiError) as refused:
            await account_inquiry(workspace.client("Sandbox"), "081200000001", Decimal(50000))
        return str(refused.value)

    message, _ = run(flow)
    assert message.startswith("4033718 - Customer Account Not Found")


# --- environments ------------------------------------------------------------------------------


def test_env_list_show_and_set(home, cli):
    listing = cli("env", "list")
    assert listing.code == 0
    for name in ("Sandbox", "Staging", "Production"):
        assert name in listing.out
    assert "https://app.byte-stack.net" in listing.out and "https://apigw.ovo.id" in listing.out
    assert cli("env", "set", "Staging", "path.topup", "/OVOSNAP/v1.0/emoney/topup").code == 0
    assert cli("env", "set", "Staging", "service_signature_encoding", "base64").code == 0
    assert cli("env", "set", "Staging", "header.topup.X-SCOPE-ID", "").code == 0
    shown = cli("env", "show", "Staging", "--json").json
    assert shown["profile"]["paths"]["topup"] == "/OVOSNAP/v1.0/emoney/topup"
    assert shown["profile"]["service_signature_encoding"] == "base64"
    assert shown["profile"]["custom_headers"]["topup"] == {}
    assert shown["client_secret"] == "not stored"
    bad = cli("env", "set", "Staging", "channel_id", "123456")
    assert bad.code == 2 and "at most 5" in bad.err
    unknown = cli("env", "set", "Staging", "colour", "red")
    assert unknown.code == 2 and "no setting called 'colour'" in unknown.err
    assert cli("env", "show", "Nowhere").code == 2
    settings = (home / "settings.json").read_text()
    assert "/OVOSNAP/v1.0/emoney/topup" in settings


def test_decrypt_save_to_puts_the_secret_in_the_keyring_not_in_settings(
    home, cli, exchange_pair, tmp_path
):
    from cryptography.hazmat.primitives import serialization

    from core.envelope import encrypt_credentials

    secret = "staging-secret-Zq8vX2mN4pL7"
    public = serialization.load_pem_public_key((exchange_pair / "id_rsa.pub.pem").read_bytes())
    key_enc, cred_enc = encrypt_credentials(
        public, f"clientId: oam-staging\nclientSecret: {secret}\nchannelId: 95221\n".encode()
    )
    (tmp_path / "key.bin.enc").write_bytes(key_enc)
    (tmp_path / "cred_file.enc").write_bytes(cred_enc)
    result = cli(
        "decrypt",
        "--private-key",
        exchange_pair / "id_rsa.pem",
        "--key-file",
        tmp_path / "key.bin.enc",
        "--cred-file",
        tmp_path / "cred_file.enc",
        "--passphrase-file",
        exchange_pair / "passphrase.txt",
        "--save-to",
        "Staging",
    )
    assert result.code == 0, result.err
    assert "Saved to the Staging environment" in result.out
    shown = cli("env", "show", "Staging", "--json").json
    assert shown["client_id"] == "oam-staging" and shown["channel_id"] == "95221"
    assert shown["client_secret"].startswith("stored in OS keyring")
    assert secret not in (home / "settings.json").read_text()
    assert open_secret_store(home=workbench_home()).store.get("Staging:client_secret") == secret


def test_a_process_killed_between_send_and_answer_is_resolved_on_the_next_start(
    registered, cli, home, tmp_path
):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    from tests.conftest import ROOT

    # The child gets the same secrets through a memory keyring of its own (its keyring
    # must not depend on this machine's), then tops up the account that answers late.
    secrets = open_secret_store(home=workbench_home()).store
    names = ["Sandbox:client_secret", "Sandbox:signing_passphrase"]
    script = tmp_path / "child.py"
    script.write_text(
        "import json, os, sys, keyring\n"
        "from tests.keyring_backends import MemoryKeyring\n"
        "from core.paths import workbench_home\n"
        "from core.secrets import keyring_service\n"
        "ring = MemoryKeyring()\n"
        "for name, value in json.loads(os.environ.pop('CHILD_SECRETS')).items():\n"
        "    ring.set_password(keyring_service(workbench_home()), name, value)\n"
        "keyring.set_keyring(ring)\n"
        "from core.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CHILD_SECRETS": json.dumps({n: secrets.get(n) for n in names if secrets.get(n)}),
    }
    child = subprocess.Popen(
        [
            sys.executable,
            str(script),
            "topup",
            "--customer",
            "081299000001",
            "--amount",
            "20000",
            "--yes",
        ],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    db = home / "journal.sqlite3"
    try:
        for _ in range(300):  # the record appears before the request leaves
            if db.exists():
                with sqlite3.connect(db) as conn:
                    if conn.execute("SELECT count(*) FROM topups").fetchone()[0]:
                        break
            assert child.poll() is None, child.communicate()
            time.sleep(0.05)
        time.sleep(1.0)  # sent, and the sandbox has committed it
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    conn = sqlite3.connect(db)
    try:
        [(ref, state)] = conn.execute("SELECT partner_reference_no, state FROM topups").fetchall()
        # The journal's file is intact, and holds the top-up as sent, still unanswered.
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sent = conn.execute(
            "SELECT outcome, partner_reference_no FROM exchanges WHERE service = '38'"
        ).fetchall()
    finally:
        conn.close()
    assert state == "pending"
    assert sent == [("pending", ref)]
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert result.code == 0, result.err
    assert f"earlier top-up {ref}: success" in result.err
    assert len(book_of("081299000001")["transactions"]) == 1


def test_an_answer_that_is_not_snap_json_reads_as_such_with_its_status(registered, cli):
    # A real HTTP server on loopback answering an HTML error page, as a proxy or a wrong
    # base URL does.
    import http.server
    import threading

    class HtmlPage(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            page = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
            self.send_response(502)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), HtmlPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        assert cli("env", "set", "Sandbox", "base_url", url).code == 0
        result = cli("token")
    finally:
        server.shutdown()
    assert result.code == 2
    assert "answered HTTP 502 with text/html (65 bytes), not a SNAP answer" in result.err
    assert "it is in the Log as entry" in result.err and "network" not in result.err


def test_a_protected_signing_key_needs_its_passphrase_kept_once(registered, cli, partner_keys):
    from dataclasses import replace

    workspace = make_workspace()
    try:
        sandbox_env = workspace.environment("Sandbox")
        workspace.secrets.set(
            "Staging:client_secret", workspace.secrets.get("Sandbox:client_secret")
        )
        workspace.settings.put(
            replace(
                workspace.environment("Staging"),
                base_url=workspace.sandbox().url,
                client_id=sandbox_env.client_id,
                channel_id=sandbox_env.channel_id,
                signing_key=sandbox_env.signing_key,
            )
        )
        refused = cli("token", "--env", "Staging")
        assert refused.code == 2
        assert "env passphrase Staging" in refused.err
        wrong = partner_keys / "wrong.txt"
        wrong.write_text("not it\n")
        assert cli("env", "passphrase", "Staging", "--passphrase-file", wrong).code == 2
        kept = cli("env", "passphrase", "Staging", "--passphrase-file", partner_keys / "pp.txt")
        assert kept.code == 0, kept.err
        assert "opens the signing key" in kept.out
        assert cli("token", "--env", "Staging").code == 0
    finally:
        workspace.close()


def test_env_add_makes_a_custom_environment(home, cli):
    assert cli("env", "add", "UAT-Jakarta").code == 0
    assert cli("env", "set", "UAT-Jakarta", "base_url", "https://uat.example.co.id").code == 0
    shown = cli("env", "show", "UAT-Jakarta", "--json").json
    assert shown["base_url"] == "https://uat.example.co.id" and shown["client_id"] is None
    assert shown["profile"]["paths"]["topup"] == "/OVOSNAP/v2.0/emoney/topup"
    again = cli("env", "add", "UAT-Jakarta")
    assert again.code == 2 and "already" in again.err
    assert "UAT-Jakarta" in cli("env", "list").out
