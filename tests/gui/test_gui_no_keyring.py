"""The window in no-keyring mode (issue 13, item 1): it says so, asks for the exchange
key's passphrase once per session when a call first needs the client secret, refuses a
wrong one with a message and lets the user try again, and a cancel keeps nothing.

Real widgets, the embedded sandbox over loopback. The mode is forced with
WORKBENCH_NO_KEYRING=1 beside a working keyring, so it is the same locally and in CI.
"""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from core.journal import JournalFilter
from core.snap.profile import Service
from core.workspace import Workspace
from gui.unlock import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.gui.helpers import click, place_keys, run, type_into, until
from tests.keyring_backends import MemoryKeyring

BUDI = "081234567890"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """This module's home: no-keyring mode by choice, a working keyring left unused."""
    folder = tmp_path / "home"
    monkeypatch.setenv("WORKBENCH_HOME", str(folder))
    monkeypatch.setenv("WORKBENCH_NO_KEYRING", "1")
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield folder
    keyring.set_keyring(previous)
    assert backend.values == {}


@pytest.fixture
def saved_earlier(home, partner_keys):
    """Sandbox credentials saved in an earlier session: this window's workspace starts
    without the client secret and must recover it."""
    earlier = Workspace()
    try:
        folder = place_keys(earlier, partner_keys)
        earlier.request_sandbox_credentials(
            folder / "id_rsa.pem", folder / "private.pem", PASSPHRASE.encode()
        )
    finally:
        earlier.close()
    return folder


def dialogs(window) -> list[UnlockDialog]:
    return [d for d in window.findChildren(UnlockDialog) if d.isVisible()]


def token_calls(workspace) -> int:
    return len(
        workspace.journal.query(JournalFilter(service=Service.ACCESS_TOKEN.value), limit=100)
    )


def inquiries(workspace) -> int:
    return len(
        workspace.journal.query(JournalFilter(service=Service.ACCOUNT_INQUIRY.value), limit=100)
    )


async def start_inquiry(window) -> None:
    topup = window.topup
    topup.new_topup()
    type_into(topup.form.number, BUDI)
    type_into(topup.form.amount, "50000")
    click(topup.form.inquiry_button)


def test_the_window_shows_the_mode(saved_earlier, window, workspace):
    text = window.status.secrets.text()
    assert text == (
        "Secrets: OVO's encrypted files in the workbench home (no-keyring mode: "
        "WORKBENCH_NO_KEYRING=1 is set)"
    )
    assert "passphrase (asked once per session)" in window.status.secrets.toolTip()
    window.show_tab("credentials")
    assert "Sandbox is set up" in window.credentials.current.title.text()
    assert window.credentials.current_text.text().endswith(
        "The client secret stays inside OVO's encrypted files in the workbench home, opened "
        "with your exchange key's passphrase (no-keyring mode: WORKBENCH_NO_KEYRING=1 is set)."
    )


def test_the_passphrase_is_asked_once_a_wrong_one_is_refused_and_retried(
    saved_earlier, window, workspace, loop
):
    window.show_tab("topup")
    form = window.topup.form

    async def scenario():
        assert workspace.needs_unlock("Sandbox")
        await start_inquiry(window)
        await until(lambda: len(dialogs(window)) == 1, what="the unlock dialog")
        dialog = dialogs(window)[0]
        assert dialog.windowTitle() == "Unlock Sandbox"
        type_into(dialog.passphrase.edit, "not the passphrase")
        QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)  # Enter submits
        await until(lambda: dialog.message.isVisible(), what="the refusal")
        assert dialog.message.headline.text() == (
            "The passphrase does not open the exchange key id_rsa.pem."
        )
        assert dialog.isVisible() and dialog.passphrase.text() == ""
        # The next attempt is typed straight away, and the refusal is shown whole.
        await until(
            lambda: dialog.focusWidget() is dialog.passphrase.edit, what="the focus back"
        )
        assert dialog.height() >= dialog.sizeHint().height()
        assert token_calls(workspace) == 0
        type_into(dialog.passphrase.edit, PASSPHRASE)
        QTest.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
        await until(lambda: not dialogs(window), what="the dialog to close")
        await until(lambda: form.continue_button.isEnabled(), what="the inquiry's answer")
        assert form.message.headline.text().startswith("2003700")
        # Once per session: the next call asks nothing.
        await start_inquiry(window)
        await until(
            lambda: inquiries(workspace) == 2 and form.inquiry_button.isEnabled(),
            what="the second inquiry",
        )
        assert not dialogs(window)
        assert token_calls(workspace) == 1

    run(loop, scenario())
    assert not workspace.needs_unlock("Sandbox")
    scrubbed = workspace.journal.redactor.text(f"x {PASSPHRASE} y")
    assert PASSPHRASE not in scrubbed


def test_cancel_keeps_nothing_and_sends_nothing(saved_earlier, window, workspace, loop):
    window.show_tab("topup")
    form = window.topup.form

    async def scenario():
        await start_inquiry(window)
        await until(lambda: len(dialogs(window)) == 1, what="the unlock dialog")
        click(dialogs(window)[0].cancel_button)
        await until(lambda: form.message.isVisible(), what="the inquiry's message")
        assert form.message.headline.text() == (
            "The client secret of Sandbox was not unlocked, so nothing was sent."
        )
        assert not form.continue_button.isEnabled()

    run(loop, scenario())
    assert workspace.needs_unlock("Sandbox")
    assert token_calls(workspace) == 0


def test_the_token_tab_unlocks_then_keeps_the_token_for_the_next_session(
    saved_earlier, window, workspace, loop
):
    tab = window.token
    window.show_tab("token")

    async def scenario():
        click(tab.get_button)
        await until(lambda: len(dialogs(window)) == 1, what="the unlock dialog")
        dialog = dialogs(window)[0]
        type_into(dialog.passphrase.edit, PASSPHRASE)
        click(dialog.unlock_button)
        await until(
            lambda: tab.message.headline.text() == "Got a new access token from Sandbox.",
            what="the token",
        )
        await workspace.aclose()  # the token's file is written off the loop; wait for it

    run(loop, scenario())
    assert token_calls(workspace) == 1
    # The next session opens the files again and finds the token kept for it.
    later = Workspace()
    try:
        later.unlock("Sandbox", PASSPHRASE.encode())
        assert later.live_token("Sandbox") is not None
    finally:
        later.close()
