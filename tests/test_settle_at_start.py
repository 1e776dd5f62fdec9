"""A top-up cut off before its answer is settled where the next run starts, in view: the
command line says what it checks and what became of it, and the journal's entry of that
top-up carries the settled outcome, linked to the status calls that settled it."""

from __future__ import annotations

import re
import sqlite3

from tests.reliability.test_cli_errors import topup_interrupted_once_sent
from tests.test_flow import book_of

SLOW = "081299000001"  # commits its top-up, then answers after 35 s


def interrupted_topup(cli, home) -> tuple[str, int]:
    """A top-up whose run is interrupted (Ctrl-C) after it left: its reference and entry."""
    result = topup_interrupted_once_sent(cli, home, SLOW)
    assert result.code == 3, result.err
    with sqlite3.connect(home / "journal.sqlite3") as conn:
        [(ref, entry)] = conn.execute(
            "SELECT partner_reference_no, id FROM exchanges WHERE service = '38'"
        ).fetchall()
    return ref, entry


def test_the_next_run_of_any_call_settles_it_and_says_so(registered, cli, home):
    ref, entry = interrupted_topup(cli, home)

    result = cli("token")
    assert result.code == 0, result.err
    assert f"checking 1 earlier top-up(s) whose outcome is not settled yet ({ref})" in result.err
    assert f"earlier top-up {ref}: success" in result.err
    assert len(book_of(SLOW)["transactions"]) == 1

    listed = cli("log", "list", "--service", "topup").out
    row = next(line for line in listed.splitlines() if line.strip().startswith(str(entry)))
    assert "-> success (settled by top-up status)" in row

    shown = cli("log", "show", str(entry)).out
    assert re.search(r"settled +success by the top-up status call", shown)
    status_ids = re.search(r"status calls +([\d, ]+)", shown).group(1)
    for status_id in status_ids.split(", "):
        status = cli("log", "show", status_id).out
        assert ref in status and "Top-up status" in status

    as_json = cli("log", "list", "--service", "topup", "--json").json["entries"]
    assert [e["settled_by_status"] for e in as_json if e["id"] == entry] == ["success"]
    again = cli("token")
    assert "earlier top-up" not in again.err  # settled once, not asked again


def test_a_run_killed_mid_call_leaves_an_entry_that_settling_marks_unanswered(
    registered,
    cli,
    home,
):
    # As a SIGKILL leaves it: the record and the exchange both pending.
    _ref, entry = interrupted_topup(cli, home)
    with sqlite3.connect(home / "journal.sqlite3") as conn:
        conn.execute("UPDATE exchanges SET outcome = 'pending' WHERE id = ?", (entry,))
        conn.execute("UPDATE topups SET state = 'pending'")
    assert cli("inquiry", "--customer", "081234567890", "--amount", "20000").code == 0
    with sqlite3.connect(home / "journal.sqlite3") as conn:
        [(outcome, message)] = conn.execute(
            "SELECT outcome, message FROM exchanges WHERE id = ?", (entry,)
        ).fetchall()
        [(state,)] = conn.execute("SELECT state FROM topups").fetchall()
    assert (outcome, state) == ("no-answer", "success")
    assert message
