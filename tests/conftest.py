"""Shared fixtures: the real `openssl` CLI as the oracle, and the workbench CLI in-process."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.cli import main as cli_main

PASSPHRASE = "correct horse battery"
TRACEBACK = "Traceback (most recent call last)"
ROOT = Path(__file__).resolve().parent.parent


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"`{tool}` is not installed; .ci/run installs it (apt-get).")
    return path


def run_openssl(
    *args: str, cwd: Path | None = None, stdin: bytes | None = None, check: bool = True
) -> subprocess.CompletedProcess:
    """Run the real openssl CLI; on failure the assertion shows what it printed."""
    proc = subprocess.run(
        [_require("openssl"), *args], cwd=cwd, input=stdin, capture_output=True, timeout=60
    )
    if check:
        assert proc.returncode == 0, (args, proc.stderr.decode(errors="replace"))
    return proc


def run_tool(
    tool: str, *args: str, cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [_require(tool), *args], cwd=cwd, input=stdin, capture_output=True, timeout=60
    )
    assert proc.returncode == 0, (tool, args, proc.stderr.decode(errors="replace"))
    return proc


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A test that passed while a traceback reached stderr (its own process's, a thread's,
    or a child's) fails: a traceback in front of a user is a defect, whatever else went
    right. Tests about crash reporting itself mark themselves `shows_traceback`."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.passed or item.get_closest_marker("shows_traceback"):
        return
    if TRACEBACK in report.capstderr:
        report.outcome = "failed"
        report.longrepr = f"a traceback reached stderr:\n{report.capstderr[-4000:]}"


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def json(self) -> dict:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run `python main.py ARGS` in-process, as a user with no terminal for prompts."""
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    monkeypatch.delenv("WORKBENCH_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 - closed by pytest

    def run(*argv: str | Path, internal_error: bool = False) -> CliResult:
        """`internal_error`: the test provokes a defect on purpose and expects exit 4."""
        capsys.readouterr()
        try:
            code = cli_main([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        assert TRACEBACK not in captured.err, captured.err
        if code == 4 and not internal_error:
            pytest.fail(f"internal error (exit 4) in {argv}: {captured.err}")
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def passphrase_file(tmp_path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


@pytest.fixture(scope="session")
def exchange_pair(tmp_path_factory) -> Path:
    """A folder with id_rsa.pem (encrypted with PASSPHRASE) and id_rsa.pub.pem, made once."""
    from core import keys
    from core.atomic_files import FileToWrite, write_files

    folder = tmp_path_factory.mktemp("exchange")
    pair = keys.generate_pair(keys.Role.EXCHANGE, PASSPHRASE.encode())
    write_files(
        [
            FileToWrite(folder / pair.private_name, pair.private_pem),
            FileToWrite(folder / pair.public_name, pair.public_pem, 0o644),
        ]
    )
    (folder / "passphrase.txt").write_text(PASSPHRASE + "\n")
    return folder


# --- a partner registered with the embedded sandbox, through the command line -------------


@pytest.fixture(scope="session")
def partner_keys(tmp_path_factory) -> Path:
    """Both SOP pairs, each protected by PASSPHRASE, with pp.txt holding it: made once per
    run (RSA 4096 takes seconds)."""
    from core import keys
    from core.atomic_files import PUBLIC_MODE, FileToWrite, write_files

    folder = tmp_path_factory.mktemp("partner")
    for role in (keys.Role.EXCHANGE, keys.Role.SIGNING):
        pair = keys.generate_pair(role, PASSPHRASE.encode())
        write_files(
            [
                FileToWrite(folder / pair.private_name, pair.private_pem),
                FileToWrite(folder / pair.public_name, pair.public_pem, PUBLIC_MODE),
            ]
        )
    (folder / "pp.txt").write_text(PASSPHRASE + "\n")
    return folder


@pytest.fixture
def home(tmp_path, monkeypatch) -> Iterator[Path]:
    """A workbench home of its own, and the test keyring (the real Secret Service in CI)."""
    import keyring

    from tests.keyring_backends import use_test_keyring

    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    previous = keyring.get_keyring()
    use_test_keyring()
    yield tmp_path / "home"
    keyring.set_keyring(previous)


def register_with_sandbox(cli, partner_keys: Path, *extra: str) -> CliResult:
    """`sandbox register` with the partner's keys, as a user would; it must succeed."""
    result = cli(
        "sandbox", "register",
        "--exchange-key", partner_keys / "id_rsa.pem",
        "--signing-key", partner_keys / "private.pem",
        "--passphrase-file", partner_keys / "pp.txt",
        *extra,
    )  # fmt: skip
    assert result.code == 0, result.err
    return result


@pytest.fixture
def registered(home, partner_keys, cli) -> dict:
    """The Sandbox environment set up by `sandbox register --json`; its JSON report."""
    return register_with_sandbox(cli, partner_keys, "--json").json
