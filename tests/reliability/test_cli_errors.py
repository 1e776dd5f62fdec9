"""What the command line does when something nobody planned for happens: a defect in the
workbench, or the user pressing Ctrl-C while a top-up is on its way."""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time

import pytest

from core.paths import workbench_home
from core.secrets import open_secret_store
from tests.test_flow import BUDI, book_of

SLOW = "081299000001"  # commits its top-up, then answers after 35 s


def test_a_defect_is_one_line_and_exit_4_with_scrubbed_details_in_the_log(
    registered,
    cli,
    monkeypatch,
):
    secret = open_secret_store(home=workbench_home()).store.get("Sandbox:client_secret")
    assert secret

    def broken(rows, indent=2):
        raise RuntimeError(f"a defect while printing, holding {secret}")

    monkeypatch.setattr("core.cli.flow_commands.emit_fields", broken)
    result = cli("env", "show", "Sandbox", internal_error=True)

    assert result.code == 4
    assert "Internal error in `env show` (RuntimeError)" in result.err
    assert "a defect of the workbench, not of your input" in result.err
    assert "Traceback" not in result.err and secret not in result.err
    log_file = workbench_home() / "logs" / "workbench.log"
    assert str(log_file) in result.err
    details = log_file.read_text()
    assert "Traceback (most recent call last)" in details
    assert "a defect while printing" in details
    assert secret not in details


def test_a_defect_with_json_is_still_one_json_object(registered, cli, monkeypatch):
    def broken(workspace, env):
        raise KeyError("unexpected")

    monkeypatch.setattr("core.cli.flow_commands._unsettled", broken)
    result = cli("token", "--json", internal_error=True)
    assert result.code == 4
    assert result.json["ok"] is False and result.json["reason"] == "internal-error"


def test_a_defect_where_no_log_can_be_written_still_says_what_happened(
    cli, monkeypatch, tmp_path
):
    # A home that is a file: the diagnostic log cannot be written either.
    blocker = tmp_path / "home-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("WORKBENCH_HOME", str(blocker / "inner"))

    def broken(args):
        raise ValueError("boom")

    monkeypatch.setattr("core.cli.flow_commands.cmd_env_list", broken)
    result = cli("env", "list", internal_error=True)
    assert result.code == 4
    assert "could not be written to the diagnostic log" in result.err


def test_ctrl_c_after_the_top_up_left_is_an_unknown_outcome_with_its_reference(
    registered,
    cli,
    home,
):
    result = topup_interrupted_once_sent(cli, home, SLOW)
    db = home / "journal.sqlite3"
    with sqlite3.connect(db) as conn:
        [(ref, state)] = conn.execute("SELECT partner_reference_no, state FROM topups").fetchall()
    assert result.code == 3, result.err
    assert "its outcome is unknown" in result.err and ref in result.err
    assert "nothing was written" not in result.err
    assert state == "pending"

    # The next run settles it by status before anything new, and nothing was credited twice.
    after = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert after.code == 0, after.err
    assert f"earlier top-up {ref}: success" in after.err
    assert len(book_of(SLOW)["transactions"]) == 1


def topup_interrupted_once_sent(cli, home, customer: str):
    """`topup` to `customer`, with Ctrl-C pressed once the request is on the wire (and the
    sandbox has committed it): what the command line then says."""
    db = home / "journal.sqlite3"
    interrupted = threading.Event()

    def interrupt_once_sent() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with sqlite3.connect(db) as conn:
                sent = conn.execute("SELECT count(*) FROM exchanges WHERE service = '38'")
                if sent.fetchone()[0]:
                    time.sleep(0.5)
                    interrupted.set()
                    os.kill(os.getpid(), signal.SIGINT)
                    return
            time.sleep(0.05)

    watcher = threading.Thread(target=interrupt_once_sent, daemon=True)
    watcher.start()
    result = cli("topup", "--customer", customer, "--amount", "20000", "--yes")
    watcher.join()
    assert interrupted.is_set()
    return result


@pytest.mark.parametrize("argv", [("log", "list"), ("env", "list")])
def test_a_reader_that_goes_away_is_no_error(cli, home, argv):
    import sys

    class Gone:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            pass

        def fileno(self):
            return os.open(os.devnull, os.O_WRONLY)

    real = sys.stdout
    sys.stdout = Gone()
    try:
        result = cli(*argv)
    finally:
        sys.stdout = real
    assert result.code == 0


def test_the_qt_verbs_report_a_defect_the_same_way(monkeypatch, capsys, tmp_path):
    import main as entry

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))

    def broken(argv, window_checks):
        raise OSError("a defect in the self-test")

    monkeypatch.setattr("core.self_test.main", broken)
    assert entry.main(["self-test"]) == 4
    err = capsys.readouterr().err
    assert "Internal error in `self-test` (OSError)" in err and "Traceback" not in err
    assert "a defect in the self-test" in (tmp_path / "home/logs/workbench.log").read_text()
