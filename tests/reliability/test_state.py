"""Damaged, full and read-only state under the workbench home, and the files' modes.

Every case runs the real commands in-process against the real embedded sandbox, with real
SQLite files damaged the way disks and people damage them. CI runs as root, where chmod
does not stop a write, so a full or read-only disk is made real in SQLite itself
(`PRAGMA max_page_count` gives SQLITE_FULL, `PRAGMA query_only` SQLITE_READONLY) or
injected at the file layer (os.open / os.mkdir raising ENOSPC or EROFS).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import random
import sqlite3
import stat
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import sqlite_files
from core.errors import BadInput
from core.journal import Journal
from core.sandbox.store import SandboxStore
from core.snap.external_ids import ExternalIdStore
from core.topup import account_inquiry, topup
from core.workspace import Workspace
from tests.conftest import register_with_sandbox
from tests.test_flow import run as flow_run

BUDI = "081234567890"
KINDS = ("truncated", "random", "foreign", "other-columns", "quick-check")
# Whether a journal damaged so can be read at all (else top-ups are held).
UNREADABLE = {
    "truncated": True,
    "random": True,
    "foreign": False,
    "other-columns": False,
    "quick-check": False,
}


# --- fixtures --------------------------------------------------------------------------








def no_traceback(result) -> None:
    assert "Traceback" not in result.err and "Traceback" not in result.out


def ledger(number: str = BUDI) -> dict:
    workspace = Workspace()
    try:
        return httpx.get(
            f"{workspace.sandbox().url}/sandbox/ledger", params={"customerNumber": number}
        ).json()
    finally:
        workspace.close()


def credits(number: str = BUDI) -> list:
    return ledger(number)["transactions"]


def run(coro_factory):
    """`coro_factory(workspace)` on a fresh loop with a fresh workspace, as a run does."""
    return flow_run(coro_factory, read_timeout="2")


# --- damaging files --------------------------------------------------------------------


def real_file(path: Path, opener) -> bytes:
    """The bytes of a real, healthy file of the store, checkpointed into the main file."""
    store = opener(path)
    store.close()
    return path.read_bytes()


def damage(path: Path, kind: str, opener, table: str) -> bytes:
    """Damage `path` as `kind`; returns the damaged bytes (to find them again aside)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "truncated":
        data = real_file(path, opener)[:100]
    elif kind == "random":
        data = random.Random(kind).randbytes(8192)
    elif kind == "empty":
        data = b""
    elif kind in ("foreign", "other-columns"):
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path)
        name = "photos" if kind == "foreign" else table
        db.execute(f"CREATE TABLE {name} (album TEXT, picture BLOB)")
        db.execute(f"INSERT INTO {name} VALUES ('holiday', x'00')")
        db.commit()
        db.close()
        return path.read_bytes()
    elif kind == "quick-check":
        # The store's own file, its main table spread over pages, then one page's header
        # broken: the file opens and its tables are there, but quick_check fails.
        real_file(path, opener)
        db = sqlite3.connect(path)
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        marks = ", ".join("?" * len(columns))
        for i in range(300):
            values = [None if c == "id" else f"{c}-{i:06d}" * 4 for c in columns]
            db.execute(f"INSERT INTO {table} VALUES ({marks})", values)
        db.commit()
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = 4096 * (root.fetchone()[0] - 1)
        db.close()
        data = bytearray(path.read_bytes())
        data[page + 8 : page + 12] = b"\xff\xff\xff\xff"
        data = bytes(data)
    else:
        raise AssertionError(kind)
    path.write_bytes(data)
    return data


def aside_files(folder: Path, stem: str) -> list[Path]:
    return sorted(
        p for p in folder.glob(f"{stem}.damaged-*") if not p.name.endswith(("-wal", "-shm"))
    )


JOURNAL = ("journal.sqlite3", lambda p: Journal(p), "exchanges")
EXTERNAL_IDS = ("external_ids.sqlite3", lambda p: ExternalIdStore(p), "external_ids")
SANDBOX = ("sandbox/sandbox.sqlite3", lambda p: SandboxStore(p), "partners")


def kept_aside(folder: Path, stem: str, data: bytes) -> Path:
    """The one file set aside for `stem`, holding exactly the damaged bytes."""
    [aside] = aside_files(folder, stem)
    assert aside.read_bytes() == data
    return aside


# --- the journal ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_journal_is_kept_aside_and_every_command_works(registered, cli, kind):
    path = registered / "journal.sqlite3"
    data = damage(path, kind, *JOURNAL[1:])

    listing = cli("env", "list")
    no_traceback(listing)
    assert listing.code == 0 and "Sandbox" in listing.out
    aside = kept_aside(registered, "journal", data)
    assert f"note: The journal {path} was damaged (" in listing.err
    assert f"It is kept aside as {aside} (never deleted)" in listing.err

    later = [
        cli("log", "list"),
        cli("token"),
        cli("inquiry", "--customer", BUDI, "--amount", "50000"),
        cli("log", "list"),
    ]
    for result in later:
        no_traceback(result)
        assert result.code == 0, result.err
        assert "was damaged" not in result.err  # told once
    assert "No exchange in the journal matches." in later[0].out
    assert "Access token B2B" in later[-1].out  # the fresh journal records
    assert kept_aside(registered, "journal", data) == aside

    # A file none of whose top-up records can be read may hold unsettled ones: top-ups
    # wait. One that could be read and holds none (another program's, or a damaged
    # exchanges table beside an intact topups table) holds nothing back.
    topup_run = cli("topup", "--customer", BUDI, "--amount", "50000", "--yes")
    no_traceback(topup_run)
    if UNREADABLE[kind]:
        assert topup_run.code == 2
        assert "none of its top-up records could be read" in topup_run.err
        assert credits() == []
    else:
        assert topup_run.code == 0, topup_run.err
        assert len(credits()) == 1


def test_an_empty_journal_file_is_simply_a_new_journal(registered, cli):
    (registered / "journal.sqlite3").write_bytes(b"")
    result = cli("log", "list")
    assert (result.code, result.err) == (0, "")
    assert "No exchange in the journal matches." in result.out
    assert aside_files(registered, "journal") == []
    assert cli("token").code == 0


def test_a_zero_length_wal_beside_a_good_journal_is_harmless(registered, cli):
    assert cli("token").code == 0
    (registered / "journal.sqlite3-wal").write_bytes(b"")
    result = cli("log", "list")
    assert result.code == 0 and result.err == ""
    assert "Access token B2B" in result.out
    assert aside_files(registered, "journal") == []


def unsettled_journal(home: Path, references: list[str]) -> None:
    """A journal whose top-up records were written before sending and never settled, as
    after a crash, which then picks up another program's table (damage SQLite can read)."""
    journal = Journal(home / "journal.sqlite3")
    for ref in references:
        journal.pending.record("Sandbox", ref, BUDI, Decimal("50000"), None)
    journal.close()
    db = sqlite3.connect(home / "journal.sqlite3")
    db.execute("CREATE TABLE photos (album TEXT)")
    db.commit()
    db.close()


def test_topup_is_held_while_a_damaged_journal_may_hold_unsettled_topups(registered, cli):
    unsettled_journal(registered, ["2026112800000000001", "2026112800000000002"])

    first = cli("log", "list")
    assert first.code == 0
    assert "it holds tables of another program: photos" in first.err
    assert "2026112800000000001 (Sandbox, 081234567890, 50000, pending)" in first.err

    held = cli("topup", "--customer", BUDI, "--amount", "50000", "--yes")
    no_traceback(held)
    assert held.code == 2
    [aside] = aside_files(registered, "journal")
    assert held.err.startswith(
        f"error: New top-ups are on hold: the damaged journal {aside} may hold top-ups "
        "whose outcome was never settled: 2026112800000000001 (Sandbox, 081234567890, "
        "50000, pending); 2026112800000000002 (Sandbox, 081234567890, 50000, pending)."
    )
    assert "status --partner-reference-no REF" in held.err
    assert "log damaged --release" in held.err
    assert "Please confirm" not in held.out  # refused before the inquiry
    assert credits() == []

    # Everything else works meanwhile, the status check above all.
    status = cli("status", "--partner-reference-no", "2026112800000000001")
    no_traceback(status)
    assert status.code == 1 and "Transaction Not Found" in status.out
    assert cli("inquiry", "--customer", BUDI, "--amount", "50000").code == 0

    shown = cli("log", "damaged")
    assert shown.code == 0 and str(aside) in shown.out
    assert "2026112800000000002" in shown.out
    released = cli("log", "damaged", "--release")
    assert released.code == 0
    assert "Released: new top-ups are allowed again. The damaged files are kept." in released.out
    assert aside.exists()

    sent = cli("topup", "--customer", BUDI, "--amount", "50000", "--yes")
    assert sent.code == 0, sent.err
    assert "Top-up successful" in sent.out
    assert len(credits()) == 1


def test_an_unreadable_damaged_journal_holds_topups_with_nothing_to_list(registered, cli):
    damage(registered / "journal.sqlite3", "random", *JOURNAL[1:])
    held = cli("topup", "--customer", BUDI, "--amount", "50000", "--yes", "--json")
    assert held.code == 2
    assert held.json["ok"] is False
    assert "none of its top-up records could be read" in held.json["error"]
    assert cli("log", "damaged", "--release").code == 0
    assert cli("topup", "--customer", BUDI, "--amount", "50000", "--yes").code == 0


def test_a_damaged_journal_whose_topups_are_all_settled_holds_nothing(registered, cli):
    assert cli("topup", "--customer", BUDI, "--amount", "50000", "--yes").code == 0
    db = sqlite3.connect(registered / "journal.sqlite3")
    db.execute("CREATE TABLE photos (album TEXT)")
    db.commit()
    db.close()
    result = cli("topup", "--customer", BUDI, "--amount", "50000", "--yes")
    assert result.code == 0, result.err
    assert "It held no unsettled top-up." in result.err
    assert not (registered / "journal.damaged.json").exists()
    assert len(credits()) == 2


def test_the_hold_is_written_before_the_journal_is_moved(registered, cli):
    # A full disk while the hold is written: the damaged journal stays where it is, and
    # the command says why, so no unsettled top-up is ever forgotten.
    unsettled_journal(registered, ["2026112800000000003"])
    before = (registered / "journal.sqlite3").read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("core.atomic_files.tempfile.mkstemp", full)
        result = cli("log", "list")
    no_traceback(result)
    assert result.code == 2
    assert result.err.startswith(
        f"error: The journal {registered / 'journal.sqlite3'} is damaged (it holds tables of "
        f"another program: photos), and the list of the top-ups it may hold cannot be "
        f"written to {registered / 'journal.damaged.json'} (Could not write the file: No "
        "space left on device.)."
    )
    assert (registered / "journal.sqlite3").read_bytes() == before
    assert aside_files(registered, "journal") == []
    held = cli("topup", "--customer", BUDI, "--amount", "50000", "--yes")
    assert held.code == 2 and "New top-ups are on hold" in held.err
    assert "2026112800000000003" in held.err
    assert len(aside_files(registered, "journal")) == 1


# --- the X-EXTERNAL-ID record and the sandbox's database ------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_external_id_record_is_set_aside_and_calls_go_on(registered, cli, kind):
    path = registered / "external_ids.sqlite3"
    data = damage(path, kind, *EXTERNAL_IDS[1:])
    result = cli("inquiry", "--customer", BUDI, "--amount", "50000")
    no_traceback(result)
    assert result.code == 0, result.err
    aside = kept_aside(registered, "external_ids", data)
    assert f"note: The X-EXTERNAL-ID record {path} was damaged (" in result.err
    assert f"kept aside as {aside} and a fresh one was started" in result.err
    assert "new IDs are 20 random digits" in result.err
    again = cli("inquiry", "--customer", BUDI, "--amount", "50000")
    assert again.code == 0 and "damaged" not in again.err


@pytest.mark.parametrize("kind", KINDS)
def test_a_damaged_sandbox_database_is_set_aside_and_register_starts_over(
    registered, cli, partner_keys, kind
):
    path = registered / "sandbox" / "sandbox.sqlite3"
    data = damage(path, kind, *SANDBOX[1:])

    lost = cli("inquiry", "--customer", BUDI, "--amount", "50000")
    no_traceback(lost)
    assert lost.code == 1  # the fresh sandbox does not know this partner
    aside = kept_aside(registered / "sandbox", "sandbox", data)
    assert f"note: The sandbox's database {path} was damaged (" in lost.err
    assert f"kept aside as {aside}" in lost.err
    assert "partners registered with the sandbox are gone: register again" in lost.err

    register_with_sandbox(cli, partner_keys)
    assert cli("inquiry", "--customer", BUDI, "--amount", "50000").code == 0
    assert cli("topup", "--customer", BUDI, "--amount", "50000", "--yes").code == 0


def test_sandbox_issue_credentials_works_on_a_damaged_sandbox_database(
    home, cli, partner_keys, tmp_path
):
    path = home / "sandbox" / "sandbox.sqlite3"
    data = damage(path, "random", *SANDBOX[1:])
    result = cli(
        "sandbox",
        "issue-credentials",
        "--public-key",
        partner_keys / "id_rsa.pub.pem",
        "--signing-public-key",
        partner_keys / "public.pem",
        "--out",
        tmp_path / "inbox",
    )
    no_traceback(result)
    assert result.code == 0, result.err
    assert f"note: The sandbox's database {path} was damaged" in result.out
    kept_aside(home / "sandbox", "sandbox", data)
    assert (tmp_path / "inbox" / "key.bin.enc").exists()


# --- a full disk, a read-only disk ---------------------------------------------------------

NOTHING_SENT = "cannot be written ({reason}); nothing was sent."


def sandbox_rows(home: Path, table: str) -> int:
    db = sqlite3.connect(home / "sandbox" / "sandbox.sqlite3")
    try:
        return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def fill_journal(home: Path) -> None:
    """One large entry, so the journal's last page has no room for another: with the file
    held at its size (PRAGMA max_page_count, as a full disk does) the next entry fails."""
    db = sqlite3.connect(home / "journal.sqlite3")
    db.execute(
        "INSERT INTO exchanges (started, environment, service, method, url, request_headers,"
        " request_body, outcome) VALUES (1, 'Sandbox', '73', 'POST', 'http://x', '{}', ?,"
        " 'success')",
        (b"x" * 3900,),
    )
    db.commit()
    db.close()


def disk_full_for(monkeypatch, name: str) -> None:
    """Every connection to `name` may not grow its file: SQLite answers SQLITE_FULL."""
    real = sqlite_files.connect

    def connect(path, *, uri=False):
        db = real(path, uri=uri)
        if Path(str(path)).name == name:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count={max(pages, 1)}")
        return db

    monkeypatch.setattr(sqlite_files, "connect", connect)


def test_a_full_disk_stops_every_call_before_it_is_sent(registered, cli, monkeypatch):
    fill_journal(registered)
    disk_full_for(monkeypatch, "journal.sqlite3")
    journal = registered / "journal.sqlite3"
    expected = (
        f"error: The journal {journal} "
        + NOTHING_SENT.format(reason="the disk is full")
        + "\n  what to do: Free disk space, or make the workbench home writable, then try again."
    )
    for args in (
        ("token",),
        ("inquiry", "--customer", BUDI, "--amount", "50000"),
        ("topup", "--customer", BUDI, "--amount", "50000", "--yes"),
        ("status", "--partner-reference-no", "2026112800000000009"),
    ):
        result = cli(*args)
        no_traceback(result)
        assert result.code == 2, (args, result.err)
        assert expected in result.err, args
    assert sandbox_rows(registered, "tokens") == 0  # not even the token call left
    assert credits() == []

    # What only reads still works, on the full disk.
    assert cli("env", "list").code == 0
    listing = cli("log", "list")
    assert listing.code == 0 and "Access token B2B" in listing.out  # the filler entry


def test_a_topup_record_that_cannot_be_written_sends_nothing(registered):
    async def flow(workspace):
        client = workspace.client("Sandbox")
        inquiry = await account_inquiry(client, BUDI, Decimal(50000))
        workspace.journal._db.execute("PRAGMA query_only=1")  # the disk turns read-only
        with pytest.raises(BadInput) as refused:
            await topup(client, inquiry, workspace.pending, "Sandbox")
        return str(refused.value)

    message, workspace = run(flow)
    assert message.startswith(
        f"The journal {workspace.journal.path} " + NOTHING_SENT.format(reason="it is read-only")
    )
    assert credits() == []
    journal = Journal(workspace.journal.path)
    assert journal.pending.unresolved("Sandbox") == []
    journal.close()


def test_an_answer_that_cannot_be_recorded_is_still_reported_then_settled(registered, cli):
    # The top-up left (its entry and record were written first); the disk turns read-only
    # while OVO answers. The outcome is reported; the record stays pending in the file and
    # the next run settles it with the status call, never by sending it again.
    real_begin = Journal.begin

    def begin(self, environment, exchange):
        entry = real_begin(self, environment, exchange)
        if exchange.service.value == "38":
            self._db.execute("PRAGMA query_only=1")
        return entry

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Journal, "begin", begin)
        sent = cli("topup", "--customer", BUDI, "--amount", "50000", "--yes")
    no_traceback(sent)
    assert sent.code == 0, sent.err
    assert "Top-up successful: Rp 50.000." in sent.out
    assert "note: The answer to journal entry" in sent.err
    assert "could not be recorded (The journal" in sent.err
    reference = sent.out.split("partnerReferenceNo")[1].split()[0]
    assert (
        f"note: The outcome of top-up {reference} could not be written to the journal" in sent.err
    )
    assert len(credits()) == 1

    journal = Journal(registered / "journal.sqlite3")
    unresolved = journal.pending.unresolved("Sandbox")
    journal.close()
    assert [row["partner_reference_no"] for row in unresolved] == [reference]
    after = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert after.code == 0, after.err
    assert f"note: earlier top-up {reference}: success" in after.err
    assert [c["amount"]["value"] for c in credits()] == ["50000.00", "20000.00"]  # never sent twice


def read_only_home(monkeypatch, home: Path, only: str | None = None) -> None:
    """EROFS for every write under `home` (or only to the file `only`), at the file layer
    and in SQLite (which then opens files read-only, as it does on a read-only mount)."""

    def inside(path) -> bool:
        path = Path(os.fsdecode(path))
        return path.name == only if only else home in (path, *path.parents)

    real_open, real_mkdir, real_connect = os.open, os.mkdir, sqlite_files.connect
    writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def open_(path, flags, *args, **kwargs):
        if inside(path) and flags & writes:
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)

    def mkdir(path, *args, **kwargs):
        if inside(path):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_mkdir(path, *args, **kwargs)

    def connect(path, *, uri=False):
        if not uri and inside(path):
            return real_connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        return real_connect(path, uri=uri)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setattr(sqlite_files, "connect", connect)


def test_a_read_only_home_still_lists_and_refuses_calls_clearly(registered, cli, monkeypatch):
    assert cli("inquiry", "--customer", BUDI, "--amount", "50000").code == 0
    read_only_home(monkeypatch, registered)

    listing = cli("env", "list")
    no_traceback(listing)
    assert listing.code == 0 and "Sandbox" in listing.out
    assert (
        f"note: The journal {registered / 'journal.sqlite3'} cannot be written (the disk is "
        "read-only)." in listing.err
    )
    log = cli("log", "list")
    assert log.code == 0 and "Access token B2B" in log.out and "Account i" in log.out

    call = cli("inquiry", "--customer", BUDI, "--amount", "50000")
    no_traceback(call)
    assert call.code == 2
    assert "cannot be written (the disk is read-only)" in call.err


def test_a_read_only_journal_file_stops_calls_before_they_are_sent(registered, cli, monkeypatch):
    assert cli("token").code == 0
    read_only_home(monkeypatch, registered, only="journal.sqlite3")
    call = cli("inquiry", "--customer", BUDI, "--amount", "50000")
    no_traceback(call)
    assert call.code == 2
    assert (
        f"error: The journal {registered / 'journal.sqlite3'} "
        + NOTHING_SENT.format(reason="the disk is read-only")
    ) in call.err
    assert sandbox_rows(registered, "inquiries") == 0


# --- WORKBENCH_HOME that cannot be a home --------------------------------------------------

EVERY_COMMAND = [
    ("env", "list"),
    ("env", "show", "Sandbox"),
    ("env", "set", "Sandbox", "read_timeout", "5"),
    ("log", "list"),
    ("log", "show", "1"),
    ("log", "export", "--jsonl", "{tmp}/out.jsonl"),
    ("log", "retention"),
    ("log", "damaged"),
    ("token",),
    ("inquiry", "--customer", BUDI, "--amount", "50000"),
    ("topup", "--customer", BUDI, "--amount", "50000", "--yes"),
    ("status", "--partner-reference-no", "2026112800000000001"),
    ("sandbox", "serve", "--port", "0"),
    (
        "sandbox",
        "issue-credentials",
        "--public-key",
        "{keys}/id_rsa.pub.pem",
        "--signing-public-key",
        "{keys}/public.pem",
        "--out",
        "{tmp}/inbox",
    ),
    (
        "sandbox",
        "register",
        "--exchange-key",
        "{keys}/id_rsa.pem",
        "--signing-key",
        "{keys}/private.pem",
        "--passphrase-file",
        "{keys}/pp.txt",
    ),
]


@pytest.mark.parametrize("case", ["a file", "under a file", "read-only"])
def test_a_home_that_cannot_be_a_folder_is_named_by_every_command(
    tmp_path, monkeypatch, cli, partner_keys, case
):
    if case == "a file":
        home = tmp_path / "home"
        home.write_text("not a folder\n")
        expected = f"error: The workbench home {home} is a file, not a folder."
    elif case == "under a file":
        (tmp_path / "file").write_text("")
        home = tmp_path / "file" / "home"
        expected = f"error: The workbench home {home} cannot be used: Not a directory."
    else:
        home = tmp_path / "home"
        read_only_home(monkeypatch, home)
        expected = f"error: The workbench home {home} cannot be used: Read-only file system."
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    for command in EVERY_COMMAND:
        args = [a.format(tmp=tmp_path, keys=partner_keys) for a in command]
        result = cli(*args)
        no_traceback(result)
        assert result.code == 2, (args, result.err)
        assert result.err.startswith(expected), (args, result.err)
        assert "what to do: Choose a folder" in result.err
    assert not (tmp_path / "inbox").exists()


# --- modes ---------------------------------------------------------------------------------


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def modes_under(home: Path) -> dict[str, str]:
    return {
        str(p.relative_to(home.parent)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in [home, *home.rglob("*")]
    }


def test_every_file_under_the_home_is_private_whatever_the_umask(
    umask_022, home, cli, partner_keys, monkeypatch
):
    from core.diagnostics import start_log_file, stop_log_file

    register_with_sandbox(cli, partner_keys)
    assert cli("topup", "--customer", BUDI, "--amount", "50000", "--yes").code == 0
    monkeypatch.setattr("core.diagnostics.LOG_MAX_BYTES", 300)  # rotate after a line or two
    start_log_file(home)
    try:
        for n in range(4):
            logging.getLogger("workbench.test").warning("customer %s line %d", BUDI, n)
    finally:
        stop_log_file()
    workspace = Workspace()  # open: the -wal and -shm files are there now
    try:
        workspace.sandbox()
        assert workspace.external_ids.next_id("x")
        names = set(modes_under(home))
        for sidecar in ("journal.sqlite3-wal", "journal.sqlite3-shm", "sandbox.sqlite3-wal"):
            assert any(n.endswith(sidecar) for n in names), sidecar
        assert any(n.endswith("workbench.log.1") for n in names)
        wrong = {
            name: mode
            for name, mode in modes_under(home).items()
            if mode != ("0o700" if (home.parent / name).is_dir() else "0o600")
        }
        assert wrong == {}
    finally:
        workspace.close()


def test_wider_modes_left_by_earlier_versions_are_tightened(umask_022, registered, cli):
    from core.diagnostics import start_log_file, stop_log_file

    assert cli("token").code == 0
    (registered / "logs").mkdir(mode=0o755)
    (registered / "logs" / "workbench.log").write_text("old\n")
    for path, mode in (
        (registered, 0o755),
        (registered / "journal.sqlite3", 0o644),
        (registered / "sandbox", 0o755),
        (registered / "sandbox" / "sandbox.sqlite3", 0o644),
        (registered / "logs", 0o755),
        (registered / "logs" / "workbench.log", 0o644),
    ):
        os.chmod(path, mode)
    assert cli("token").code == 0
    start_log_file(registered)
    stop_log_file()
    wrong = {
        name: mode
        for name, mode in modes_under(registered).items()
        if mode != ("0o700" if (registered.parent / name).is_dir() else "0o600")
    }
    assert wrong == {}


# --- any damage at all ---------------------------------------------------------------------


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    offset=st.integers(min_value=0, max_value=60_000),
    length=st.sampled_from([1, 4, 16, 512, 4096]),
    fill=st.sampled_from([b"\x00", b"\xff", b"random"]),
)
def test_a_journal_damaged_anywhere_never_ends_in_a_traceback(
    tmp_path_factory, monkeypatch, cli, offset, length, fill
):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKBENCH_HOME", str(home))
    journal = Journal(home / "journal.sqlite3")
    for n in range(40):
        journal.pending.record("Sandbox", f"2026112800{n:09d}", BUDI, Decimal(50000), None)
    db = journal._db
    db.executemany(
        "INSERT INTO exchanges (started, environment, service, method, url, request_headers,"
        " request_body, response_headers, response_body, message, outcome, partner_reference_no)"
        " VALUES (?, 'Sandbox', '38', 'POST', 'http://x', ?, ?, '{}', ?, 'ok', 'success', ?)",
        [
            (n, json.dumps({"X-EXTERNAL-ID": f"{n:020d}"}), b"{}" * 200, b"[]" * 200, str(n))
            for n in range(60)
        ],
    )
    journal.close()
    path = home / "journal.sqlite3"
    data = bytearray(path.read_bytes())
    chunk = random.Random(offset).randbytes(length) if fill == b"random" else fill * length
    start = min(offset, len(data) - 1)
    data[start : start + length] = chunk
    path.write_bytes(bytes(data))

    for args in (("log", "list"), ("log", "damaged")):
        result = cli(*args)
        no_traceback(result)
        assert result.code in (0, 2), (args, result.err)
    for aside in aside_files(home, "journal"):
        assert aside.read_bytes() == bytes(data)


@pytest.fixture
def registered(registered, home):
    """Here: the home the partner is registered in."""
    return home
