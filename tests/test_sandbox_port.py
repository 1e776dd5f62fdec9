"""A long-lived sandbox listens where it listened before, so curl commands copied from the
Log still reach it; a CLI run's own sandbox takes any free port beside it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

from core.sandbox.home_port import remembered_port
from core.secrets import ProbeResult, SessionSecrets
from core.workspace import Workspace
from tests.conftest import ROOT


def workspace(home, **kwargs) -> Workspace:
    return Workspace(home, secrets=ProbeResult(SessionSecrets(), None), **kwargs)


def test_the_windows_sandbox_takes_the_homes_port_every_time(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    port = remembered_port()
    first = workspace(tmp_path / "home", long_lived_sandbox=True)
    try:
        assert first.sandbox().port == port
    finally:
        first.close()
    again = workspace(tmp_path / "home", long_lived_sandbox=True)
    try:
        assert again.sandbox().url == f"http://127.0.0.1:{port}"
    finally:
        again.close()
    assert (tmp_path / "home/sandbox/port").read_text() == f"{port}\n"
    assert (tmp_path / "home/sandbox/port").stat().st_mode & 0o777 == 0o600


def test_a_second_long_lived_sandbox_says_it_took_another_port(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    first = workspace(tmp_path / "home", long_lived_sandbox=True)
    second = workspace(tmp_path / "home", long_lived_sandbox=True)
    cli_run = workspace(tmp_path / "home")
    try:
        port = first.sandbox().port
        assert second.sandbox().port != port
        assert any(f"usual port {port} is taken" in note for note in second.take_notices())
        assert cli_run.sandbox().port not in (port, second.sandbox().port)
    finally:
        for each in (first, second, cli_run):
            each.close()


def test_sandbox_serve_listens_on_the_homes_port(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "WORKBENCH_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "main.py", "sandbox", "serve"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        for line in proc.stdout:
            if found := re.search(r"listening on http://127\.0\.0\.1:(\d+)", line):
                break
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert found is not None
    assert int(found.group(1)) == int((home / "sandbox/port").read_text())
