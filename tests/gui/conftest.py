"""The window under test: offscreen Qt, one qasync loop per test (qasync has no pytest-qt
integration; built the way qasync's own test suite builds it), a temporary home, the
embedded sandbox over loopback HTTP, and the test keyring (the real Secret Service in CI)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from core import keys
from core.atomic_files import PUBLIC_MODE, FileToWrite, write_files
from core.environments import apply_setting
from core.sandbox.app import SandboxConfig
from core.workspace import Workspace
from gui import i18n, style, tasks
from gui.event_loop import close_loop, new_loop
from tests.conftest import PASSPHRASE
from tests.gui.helpers import place_keys
from tests.keyring_backends import use_test_keyring


@pytest.fixture(scope="session")
def styled_app(qapp) -> QApplication:
    style.apply(qapp)
    return qapp


@pytest.fixture
def loop(styled_app):
    """A fresh qasync loop; errors nobody awaited fail the test instead of vanishing."""
    lp = new_loop(styled_app)
    errors: list[dict] = []
    lp.set_exception_handler(lambda _loop, context: errors.append(context))
    yield lp
    try:
        if tasks.running():
            lp.run_until_complete(tasks.cancel_all())
    finally:
        close_loop(lp)
    i18n.install("en")
    exceptions = [c.get("exception") or c.get("message") for c in errors]
    assert not exceptions, exceptions


@pytest.fixture(scope="session")
def partner_keys(tmp_path_factory) -> Path:
    """Both SOP pairs, made once per run (RSA 4096 is slow): id_rsa.pem protected by
    PASSPHRASE, private.pem plain as the SOP's genrsa -traditional makes it."""
    folder = tmp_path_factory.mktemp("partner-keys")
    for role, passphrase in ((keys.Role.EXCHANGE, PASSPHRASE.encode()), (keys.Role.SIGNING, None)):
        pair = keys.generate_pair(role, passphrase)
        write_files(
            [
                FileToWrite(folder / pair.private_name, pair.private_pem),
                FileToWrite(folder / pair.public_name, pair.public_pem, PUBLIC_MODE),
            ]
        )
    return folder


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("WORKBENCH_HOME", str(folder))
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    use_test_keyring()
    yield folder
    keyring.set_keyring(previous)


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    """Tests override this to change the sandbox (a short token life, quick faults)."""
    return SandboxConfig(fault_delay=2)


@pytest.fixture
def workspace(home, loop, sandbox_config):
    ws = Workspace(sandbox_config=sandbox_config)
    env = apply_setting(ws.environment("Sandbox"), "read_timeout", "1")
    ws.settings.put(env)
    yield ws
    loop.run_until_complete(ws.aclose())
    ws.close()


@pytest.fixture
def registered(workspace, partner_keys) -> Workspace:
    """The Sandbox environment set up through core, as the Credentials tab would."""
    folder = place_keys(workspace, partner_keys)
    workspace.request_sandbox_credentials(
        folder / "id_rsa.pem", folder / "private.pem", PASSPHRASE.encode()
    )
    return workspace


@pytest.fixture
def window(workspace, qtbot):
    from gui.main_window import MainWindow

    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(1200, 820)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.clock.stop()
