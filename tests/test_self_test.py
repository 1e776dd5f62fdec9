"""`self-test`: what a user (or CI, on the built program) sees when the workbench checks itself.

Run from the source tree as users run the executable (`main.py self-test`, a process of its
own), against the real embedded sandbox, the real keyring of this machine (the Secret
Service in CI) and Qt offscreen. The built program runs the same code; .ci/run starts it
from outside the repository.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from core import self_test
from tests.keyring_backends import REAL_SECRET_SERVICE, use_test_keyring

ROOT = Path(__file__).resolve().parent.parent
CHECKS = (
    "program files",
    "keyring",
    "embedded sandbox",
    "keys",
    "credential exchange",
    "access token",
    "account inquiry",
    "top-up",
    "window",
    "text services",
)


def run_self_test(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """`main.py self-test` in a process of its own, from a folder that is not the source
    tree, with WORKBENCH_HOME pointing at a folder standing for the user's home."""
    user_home = tmp_path / "user-home"
    user_home.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "self-test", *args],
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(user_home), **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def line_of(output: str, check: str) -> str:
    found = [line for line in output.splitlines() if line[8:].startswith(f"{check}: ")]
    assert len(found) == 1, output
    return found[0]


def test_the_self_test_passes_and_says_what_it_checked(tmp_path):
    done = run_self_test(tmp_path)

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert re.match(r"OVO SNAP Workbench \S+ self-test \(source copy, Python 3\.", lines[0])
    for check in CHECKS:
        assert line_of(done.stdout, check).startswith("  ok    "), done.stdout
    assert "client secret kept in" in line_of(done.stdout, "credential exchange")
    assert "valid for 900 s (value not shown)" in line_of(done.stdout, "access token")
    assert "B**i S****so" in line_of(done.stdout, "account inquiry")
    assert "Rp 50.000 to 081234567890: 2003800 - Successful" in line_of(done.stdout, "top-up")
    window = line_of(done.stdout, "window")
    assert "11 pages rendered offscreen (journey-start, journey, keys, credentials," in window
    assert "Bahasa Indonesia translation loads" in window
    assert "in English and Bahasa Indonesia" in line_of(done.stdout, "text services")
    assert lines[-1].startswith("Self-test passed: 10 of 10 checks in ")
    # The user's home was not used: the self-test made and removed a home of its own.
    assert list((tmp_path / "user-home").iterdir()) == []
    assert "PRIVATE KEY" not in done.stdout


@pytest.mark.skipif(not REAL_SECRET_SERVICE, reason="needs the Secret Service (CI)")
def test_the_self_test_leaves_nothing_in_the_keyring(tmp_path):
    done = run_self_test(tmp_path, "--require-keyring", "--no-window")

    assert done.returncode == 0, done.stdout + done.stderr
    keyring_line = line_of(done.stdout, "keyring")
    assert "OS keyring (Secret Service): write, read and delete round trip" in keyring_line
    service = re.search(r"service '([^']+)'", done.stdout).group(1)
    assert service.startswith("ovo-snap-workbench (")  # never the default home's entries
    backend = keyring.core.load_keyring("keyring.backends.SecretService.Keyring")
    for what in self_test.KEYRING_ENTRIES:
        assert backend.get_password(service, f"Sandbox:{what}") is None


def test_without_a_keyring_it_fails_and_names_the_problem(tmp_path):
    # keyring's own switch for "no keyring here", as on a Linux box without a Secret
    # Service, or a build that lost keyring's backends.
    done = run_self_test(
        tmp_path,
        "--require-keyring",
        "--no-window",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )

    assert done.returncode == 1, done.stdout + done.stderr
    failed = done.stdout.splitlines()
    at = failed.index(line_of(done.stdout, "keyring"))
    assert failed[at].startswith(
        "  FAIL  keyring: No OS keyring answered: the workbench would run in no-keyring mode "
        "(no OS keyring is available): the client secret inside OVO's encrypted files"
    )
    assert failed[at + 1].strip().startswith("Fix: Start the desktop's keyring")
    # The other checks still ran and passed: the report shows all that works.
    assert line_of(done.stdout, "top-up").startswith("  ok    ")
    assert failed[-1].startswith("Self-test FAILED: 1 of 8 checks did not pass (keyring) in ")


def test_no_secret_reaches_the_output(monkeypatch):
    """Run in-process with one more check that notes the secrets the run held, then look
    for each of them in what was printed."""
    previous = keyring.get_keyring()
    use_test_keyring()
    held: dict[str, str] = {}

    def note_secrets(test: self_test.SelfTest) -> self_test.Outcome:
        workspace = test.open_workspace()
        held["client secret"] = workspace.stored_client_secret("Sandbox") or ""
        held["token"] = test.run_async(workspace.access_token("Sandbox")).value
        held["passphrase"] = test.passphrase
        return self_test.Outcome(f"noted {len(held)} secrets")

    out = io.StringIO()
    try:
        code = self_test.main(
            [], window_checks=lambda: [self_test.Check("secrets", note_secrets)], out=out
        )
    finally:
        keyring.set_keyring(previous)

    printed = out.getvalue()
    assert code == 0, printed
    assert "  ok    secrets: noted 3 secrets" in printed
    for name, value in held.items():
        assert len(value) >= 16, name
        assert value not in printed, f"the {name} was printed"
