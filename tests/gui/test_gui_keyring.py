"""The window with an OS keyring that starts to hang after the start (issue 12, item 1):
the status bar's refresh never asks the keyring, a token write that hangs never holds
the window, and once the keyring timed out the status bar says so."""

from __future__ import annotations

import asyncio

import keyring
import pytest

from gui import style
from gui.tabs import token as token_tab
from tests.gui.helpers import click, run, until
from tests.keyring_backends import TroubledKeyring


@pytest.fixture
def troubled(home, monkeypatch):
    """Installed before the workspace probes, so the window's keyring is this one."""
    backend = TroubledKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.release.set()


def loaded(window, workspace):
    """As the application does once the probe answered: the keyring's entries read in a
    worker thread, then the window told."""

    async def read():
        await asyncio.to_thread(workspace.read_secrets)
        window.secrets_answered()

    return read()


def test_a_hanging_keyring_never_holds_the_window(troubled, registered, window, loop, monkeypatch):
    monkeypatch.setenv("WORKBENCH_KEYRING_TIMEOUT", "60")  # a wedged call, for the whole test
    tab = window.token
    window.show_tab("token")
    ticks_while_hanging = []

    def ticked(_status):
        if troubled.stuck.is_set() and registered.keyring_problem is None:
            ticks_while_hanging.append(window.status.token.text())

    async def scenario():
        await loaded(window, registered)
        troubled.trouble = "hang"
        for _ in range(3):  # the status bar's refresh and the Journey's, as every second
            window.clock.tick()
            window.hub.state_changed.emit()
        assert troubled.asked == 0  # answered from what the window already knew
        window.clock.ticked.connect(ticked)
        click(tab.get_button)  # a new token, which the workbench then keeps in the keyring
        await until(lambda: troubled.stuck.is_set(), what="the keyring write to hang")
        # The write hangs; the window goes on: the token is shown, the clock keeps ticking.
        await until(
            lambda: tab.message.headline.text() == "Got a new access token from Sandbox.",
            what="the token to be shown",
        )
        await until(lambda: len(ticks_while_hanging) >= 2, what="two ticks during the hang")
        assert ticks_while_hanging[-1].startswith("Token 1")  # 15 minutes, counting down
        assert window.status.secrets.text().startswith("Secrets: the OS keyring (")

    run(loop, scenario())
    troubled.release.set()


def test_a_keyring_that_timed_out_is_named_in_the_status_bar(
    troubled, registered, window, loop, monkeypatch
):
    monkeypatch.setenv("WORKBENCH_KEYRING_TIMEOUT", "0.5")
    tab = window.token
    window.show_tab("token")

    async def scenario():
        await loaded(window, registered)
        troubled.trouble = "hang"
        click(tab.get_button)
        await until(
            lambda: tab.message.headline.text() == "Got a new access token from Sandbox.",
            what="the token to be shown",
        )
        await until(
            lambda: "did not answer" in window.status.secrets.text(),
            what="the status bar to name the keyring",
        )
        assert window.status.secrets.text() == (
            "Secrets: the OS keyring did not answer within 0.5 s; it is not asked again "
            "until a restart."
        )
        assert style.WARNING in window.status.secrets.styleSheet()
        # Not asked again: a new token is not kept, and nothing waits for the keyring.
        # (Refresh now is offered once the token is out of its first minute.)
        monkeypatch.setattr(token_tab, "FRESH_SECONDS", 0)
        window.clock.tick()
        click(tab.refresh_button)
        await until(lambda: registered.client("Sandbox").tokens.minted == 2, what="a new token")
        window.clock.tick()
        window.hub.state_changed.emit()
        assert troubled.asked == 1
        assert tab.message.headline.text() == "Got a new access token from Sandbox."

    run(loop, scenario())
