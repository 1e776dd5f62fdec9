"""`log list|show|curl|export|retention` after real flows, and a copied curl run for real."""

from __future__ import annotations

import json
import re
import secrets
import shutil
import subprocess

import pytest

from core.journal_entry import TOKEN_MARK_RE
from core.sandbox.server import SandboxServer
from core.snap.codes import standard_message
from tests.test_flow import BUDI

CURL = shutil.which("curl")
UNSTABLE = {"referenceNo", "sessionId"}  # new for every answer, by design


@pytest.fixture
def served(registered, cli):
    """The sandbox as `sandbox serve` runs it: alive between CLI runs, so that a copied
    curl command can be sent to it from a terminal afterwards."""
    server = SandboxServer().start()
    assert cli("env", "set", "Sandbox", "base_url", server.url).code == 0
    yield server
    server.stop()


def newest(cli, *filters: str) -> dict:
    listed = cli("log", "list", "--json", "--limit", "1", *filters)
    assert listed.code == 0, listed.err
    return listed.json["entries"][0]


def test_log_list_shows_the_calls_newest_first_with_their_codes(registered, cli):
    assert cli("inquiry", "--customer", BUDI, "--amount", "15000").code == 0
    assert cli("inquiry", "--customer", "081200000001", "--amount", "15000").code == 1
    listed = cli("log", "list")
    assert listed.code == 0
    lines = listed.out.splitlines()
    assert "time (Jakarta)" in lines[0]
    assert "4033718 - " in lines[1] and "081200000001" in lines[1]  # newest first
    assert f"2003700 - {standard_message('2003700')}" in lines[2] and BUDI in lines[2]
    assert "Access token" in lines[3]
    refused = cli("log", "list", "--code", "4033718", "--json")
    assert [e["customer_number"] for e in refused.json["entries"]] == ["081200000001"]
    assert cli("log", "list", "--service", "inquiry", "--json").json["total"] == 2
    assert cli("log", "list", "--outcome", "refused", "--json").json["total"] == 1
    assert cli("log", "list", "--since", "10m", "--json").json["total"] == 3
    assert cli("log", "list", "--until", "2020-01-01", "--json").json["total"] == 0
    assert cli("log", "list", "--search", "admin FEE", "--json").json["total"] == 1  # the answer
    bad = cli("log", "list", "--since", "last tuesday")
    assert bad.code == 2 and "neither a date nor a duration" in bad.err
    bad = cli("log", "list", "--service", "refund")
    assert bad.code == 2 and "token, inquiry, topup, status" in bad.err


def test_log_show_gives_the_whole_exchange_with_the_token_masked(registered, cli):
    assert cli("inquiry", "--customer", BUDI, "--amount", "15000").code == 0
    entry = newest(cli)
    shown = cli("log", "show", str(entry["id"]))
    assert shown.code == 0
    assert f"2003700 - {standard_message('2003700')}" in shown.out
    assert entry["partner_reference_no"] in shown.out
    assert "string to sign" in shown.out and TOKEN_MARK_RE.search(shown.out)
    assert "curl" in shown.out and "X-SIGNATURE" in shown.out
    missing = cli("log", "show", "99999")
    assert missing.code == 2 and "no journal entry 99999" in missing.err


@pytest.mark.skipif(CURL is None, reason="curl is not installed (.ci/run installs it)")
def test_a_copied_bash_curl_with_the_live_token_gets_the_same_answer(served, cli):
    assert cli("inquiry", "--customer", BUDI, "--amount", "15000").code == 0
    entry = newest(cli, "--service", "inquiry")
    masked = cli("log", "curl", str(entry["id"]))
    assert masked.code == 0 and TOKEN_MARK_RE.search(masked.out)
    revealed = cli("log", "curl", str(entry["id"]), "--reveal-token")
    assert revealed.code == 0, revealed.err
    assert not TOKEN_MARK_RE.search(revealed.out)
    command = revealed.out

    # As sent again, OVO (and the sandbox) refuse the reused X-EXTERNAL-ID: a replay guard.
    again = run_bash(command)
    assert again["responseCode"] == "4093700"
    # With a fresh X-EXTERNAL-ID (not signed, so the signature still holds) it is answered
    # exactly as the journal recorded, but for the per-answer references.
    fresh = command.replace(entry["external_id"], f"{secrets.randbelow(10**20):020d}")
    answer = run_bash(fresh)
    shown = cli("log", "show", str(entry["id"]), "--json").json
    recorded = json.loads(shown["response_body"])
    assert {k: v for k, v in answer.items() if k not in UNSTABLE} == {
        k: v for k, v in recorded.items() if k not in UNSTABLE
    }
    assert answer["responseCode"] == "2003700"


def run_bash(command: str) -> dict:
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_revealing_a_token_this_machine_no_longer_holds_is_refused_plainly(registered, cli):
    assert cli("inquiry", "--customer", BUDI, "--amount", "15000").code == 0
    entry = newest(cli)
    from core.paths import workbench_home
    from core.secrets import open_secret_store

    # expired and forgotten
    open_secret_store(home=workbench_home()).store.delete("Sandbox:access_token")
    refused = cli("log", "curl", str(entry["id"]), "--reveal-token")
    assert refused.code == 2
    assert "No live access token for Sandbox" in refused.err
    assert "never stored in the journal" in refused.err


def test_exports_write_har_and_json_lines_and_never_overwrite_silently(registered, cli, tmp_path):
    assert cli("inquiry", "--customer", BUDI, "--amount", "15000").code == 0
    har = tmp_path / "calls.har"
    done = cli("log", "export", "--har", har, "--service", "inquiry")
    assert done.code == 0 and "Wrote 1 exchanges" in done.out
    log = json.loads(har.read_text())["log"]
    assert log["version"] == "1.2" and len(log["entries"]) == 1
    assert log["entries"][0]["request"]["url"].endswith("/account-inquiry")
    again = cli("log", "export", "--har", har)
    assert again.code == 2 and json.loads(har.read_text())["log"] == log
    lines = tmp_path / "calls.jsonl"
    assert cli("log", "export", "--jsonl", lines).code == 0
    assert len(lines.read_text().splitlines()) == 2  # the token call and the inquiry
    empty = cli("log", "export", "--jsonl", tmp_path / "none.jsonl", "--code", "5000000")
    assert empty.code == 2 and not (tmp_path / "none.jsonl").exists()


def test_retention_is_shown_and_set_from_the_command_line(registered, cli):
    shown = cli("log", "retention")
    assert shown.code == 0 and "at most 500 MB" in shown.out
    changed = cli("log", "retention", "--max-days", "30", "--json")
    assert changed.code == 0 and changed.json["max_days"] == 30
    assert "at most 30 days" in cli("log", "retention").out
    bad = cli("log", "retention", "--max-mb", "lots")
    assert bad.code == 2 and "not a positive number" in bad.err
    assert re.search(r"holds \d+ exchanges", cli("log", "retention").out)
