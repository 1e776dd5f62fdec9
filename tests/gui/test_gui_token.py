"""The token's countdown in the status bar and the Token tab, through expiry and refresh,
against a sandbox whose tokens live two seconds."""

from __future__ import annotations

import pytest

from core.client import TokenState
from core.sandbox.app import SandboxConfig
from gui import style
from gui.status_bar import countdown_text
from tests.gui.helpers import click, run, until

TTL = 2


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return SandboxConfig(fault_delay=2, token_ttl=TTL)


def test_expiry_and_refresh_show_in_the_countdown(registered, window, loop):
    tab, status = window.token, window.status
    window.show_tab("token")
    assert status.token.text() == "Token: none"
    assert tab.countdown.text() == "--:--"

    async def scenario():
        click(tab.get_button)
        await until(lambda: window.clock.status.state is TokenState.VALID)
        window.clock.tick()
        first = window.clock.status.token
        assert status.token.text() in (f"Token 00:0{TTL}", f"Token 00:0{TTL - 1}")
        assert style.ERROR in status.token.styleSheet()  # under a minute: red
        assert tab.countdown.text() in (f"00:0{TTL}", f"00:0{TTL - 1}")
        # Left alone (automatic refresh off), it expires and says so.
        assert not tab.auto.isChecked()
        await until(lambda: window.clock.status.remaining() <= 0, timeout=TTL + 2)
        window.clock.tick()
        assert status.token.text() == "Token expired 00:00"
        assert tab.countdown.text() == "00:00"
        assert tab.state.text().startswith("Expired")
        # An expired token: one button, Get token; a new token, the countdown starts again.
        assert not tab.refresh_button.isVisible()
        click(tab.get_button)
        await until(lambda: window.clock.status.token is not first)
        window.clock.tick()
        assert tab.countdown.text() in (f"00:0{TTL}", f"00:0{TTL - 1}")
        assert status.token.text().startswith("Token 00:0")
        assert tab.message.headline.text() == "Got a new access token from Sandbox."
        return registered.client("Sandbox").tokens.minted

    assert run(loop, scenario()) == 2


def test_automatic_refresh_renews_near_expiry(registered, window, loop):
    tab = window.token
    window.show_tab("token")

    async def scenario():
        click(tab.get_button)
        await until(lambda: window.clock.status.state is TokenState.VALID)
        first = window.clock.status.token
        click(tab.auto)
        assert window.clock.auto_refresh
        await until(lambda: window.clock.status.token is not first, timeout=TTL + 3)
        assert window.clock.status.remaining() > 1
        return registered.client("Sandbox").tokens.minted

    assert run(loop, scenario()) >= 2
    assert registered.settings.preferences["token_auto_refresh"] is True


def test_the_countdown_reads_minutes_and_seconds():
    assert countdown_text(900) == "15:00"
    assert countdown_text(61.9) == "01:01"
    assert countdown_text(-5) == "00:00"
