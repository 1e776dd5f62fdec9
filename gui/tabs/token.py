"""Token: the 15-minute access token, its countdown, and OVO's rule in one sentence."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton

from core.errors import WorkbenchError
from core.operations import TokenStatus
from core.snap.timestamps import JAKARTA
from core.tokens import TokenState
from gui import tasks
from gui.hub import Hub
from gui.status_bar import countdown_colour, countdown_text
from gui.token_clock import TokenClock
from gui.widgets import Busy, Card, MaskedSecret, MessageBar, Page, form_layout, label, make_primary

# A token younger than this is not replaced by "Refresh now".
FRESH_SECONDS = 60


class TokenTab(Page):
    def __init__(self, hub: Hub, clock: TokenClock, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        self.clock = clock
        self._shown = None
        self._state = None
        self.task: asyncio.Task | None = None  # the token call in flight, if any
        self.set_heading(
            self.tr("Access token"),
            self.tr("The key to every call: one token serves all calls for 15 minutes."),
        )
        self.message = MessageBar()
        self.body.addWidget(self.message)

        card = Card()
        self.countdown = label("--:--", name="bigNumber", wrap=False)
        self.countdown.setObjectName("bigNumber")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.state = label()
        card.body.addWidget(self.countdown)
        card.body.addWidget(self.state)
        form = form_layout()
        self.token = MaskedSecret(self.tr("Re&veal"), self.tr("H&ide"), self.tr("&Copy token"))
        self.issued = label()
        self.expires = label()
        form.addRow(self.tr("Token"), self.token)
        form.addRow(self.tr("Issued"), self.issued)
        form.addRow(self.tr("Expires"), self.expires)
        card.body.addLayout(form)
        buttons = QHBoxLayout()
        self.get_button = make_primary(QPushButton(self.tr("&Get token")))
        self.get_button.clicked.connect(lambda: self.get_token(force=False))
        self.refresh_button = QPushButton(self.tr("&Refresh now"))
        self.refresh_button.clicked.connect(lambda: self.get_token(force=True))
        self.auto = QCheckBox(self.tr("Refresh &automatically before it expires"))
        self.auto.setChecked(clock.auto_refresh)
        self.auto.toggled.connect(clock.set_auto_refresh)
        self.refresh_button.setToolTip(
            self.tr(
                "For a token the gateway stopped accepting. A token younger than a minute is "
                "not replaced: OVO forbids a new token per call."
            )
        )
        buttons.addWidget(self.get_button)
        buttons.addWidget(self.refresh_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.auto)
        buttons.addStretch(1)
        card.body.addLayout(buttons)
        self.busy = Busy()
        card.body.addWidget(self.busy)
        self.body.addWidget(card)

        rule = Card(self.tr("OVO's rule"))
        rule.body.addWidget(
            label(
                self.tr(
                    "An access token lives 15 minutes, and OVO does not allow a new token for "
                    "each transaction: reuse it for every call and get a new one only near the "
                    "end of its life (about a minute before, as the workbench does). Refresh "
                    "now is for a token the gateway stopped accepting; it is not offered in "
                    "the token's first minute."
                )
            )
        )
        self.body.addWidget(rule)
        clock.ticked.connect(self.show_status)
        clock.refresh_failed.connect(self.message.show_error)
        self.show_status(clock.status)

    def get_token(self, *, force: bool) -> asyncio.Task:
        """One token call at a time; a fresh token is never replaced (OVO forbids a
        token per call), whichever way the request comes."""
        if self.task is not None and not self.task.done():
            return self.task
        if force and self._fresh(self.clock.status):
            force = False  # the kept token is reused and the page says so
        self.message.clear()
        self.task = tasks.start(
            self._get(force),
            on_error=self._failed,
            disable=[self.get_button, self.refresh_button],
            busy=self.busy,
            on_done=lambda: self.show_status(self.clock.status),
        )
        self.show_status(self.clock.status)
        return self.task

    @staticmethod
    def _fresh(status: TokenStatus) -> bool:
        token = status.token
        return token is not None and time.time() - token.issued_at < FRESH_SECONDS

    async def _get(self, force: bool) -> None:
        before = self.workspace.token_status(self.hub.environment).token
        token = await self.workspace.access_token(self.hub.environment, force=force)
        self.clock.tick()
        if token.reused or (before is not None and token.value == before.value):
            self.message.show_message(
                "info",
                self.tr("The kept token is still valid; it was not renewed."),
                self.tr(
                    "OVO forbids a token per call. Once the token is a minute old, Refresh now "
                    "replaces it if the gateway stops accepting it."
                ),
            )
        else:
            self.message.show_message(
                "success",
                self.tr("Got a new access token from {env}.").format(env=self.hub.environment),
                self.tr("Every call reuses it for 15 minutes."),
            )
        self.hub.state_changed.emit()

    def _failed(self, exc: WorkbenchError) -> None:
        self.clock.tick()
        self.message.show_error(exc)

    def _buttons(self, status: TokenStatus) -> None:
        """One button per state: Get token without a usable token, Refresh now with one
        (not in its first minute), neither while a call is in flight."""
        in_flight = (self.task is not None and not self.task.done()) or (
            status.state is TokenState.REFRESHING
        )
        held = status.token is not None and status.state in (
            TokenState.VALID,
            TokenState.EXPIRING,
        )
        self.get_button.setVisible(not held)
        self.refresh_button.setVisible(held)
        self.get_button.setEnabled(not in_flight)
        self.refresh_button.setEnabled(not in_flight and not self._fresh(status))

    def show_status(self, status: TokenStatus) -> None:
        token = status.token
        self._buttons(status)
        if status.state is not self._state:
            if self._state is not None and self.message.property("kind") != "error":
                self.message.clear()  # "Got a new token" is no news once the state moved on
            self._state = status.state
        colour = countdown_colour(status)
        self.countdown.setStyleSheet(f"color: {colour};")
        if token is None:
            self._shown = None
            self.countdown.setText("--:--")
            self.token.set_secret(None, "")
            self.issued.setText("-")
            self.expires.setText("-")
            self.state.setText(
                self.tr("Getting a token…")
                if status.state is TokenState.REFRESHING
                else self.tr("No token yet for {env}.").format(env=self.hub.environment)
            )
            return
        remaining = status.remaining()
        self.countdown.setText(countdown_text(remaining))
        if token is not self._shown:
            self._shown = token
            self.token.set_secret(token.value, token.masked)
        self.issued.setText(_clock(token.issued_at))
        self.expires.setText(_clock(token.expires_at))
        self.state.setText(
            {
                TokenState.VALID: self.tr("Valid. Every call reuses it."),
                TokenState.EXPIRING: self.tr("About to expire: the next call gets a new one."),
                TokenState.EXPIRED: self.tr("Expired. Get a new one, or let the next call do it."),
                TokenState.REFRESHING: self.tr("Getting a new token…"),
                TokenState.FAILED: self.tr("The last attempt to get a token failed."),
            }.get(status.state, "")
        )


def _clock(seconds: float) -> str:
    """In WIB, as the Log shows times (and as OVO's gateway keeps them)."""
    return datetime.fromtimestamp(seconds, JAKARTA).strftime("%H:%M:%S WIB")
