"""The selected environment's token, ticking once a second for the status bar and the
Token tab, and renewed near expiry when the user turned automatic refresh on."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import WorkbenchError
from core.operations import TokenStatus
from core.tokens import TokenState
from core.workspace import Workspace

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("workbench.token")


class TokenClock(QObject):
    ticked = Signal(object)  # TokenStatus
    refresh_failed = Signal(object)  # WorkbenchError

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.environment = "Sandbox"
        self.auto_refresh = bool(workspace.settings.preferences.get("token_auto_refresh", False))
        self.status = TokenStatus(TokenState.NONE)
        self._refreshing: asyncio.Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def set_environment(self, name: str) -> None:
        self.environment = name
        self.tick()

    def set_auto_refresh(self, on: bool) -> None:
        self.auto_refresh = on
        self.workspace.set_preference("token_auto_refresh", on)
        self.tick()

    def tick(self) -> None:
        try:
            self.status = self.workspace.token_status(self.environment)
        except WorkbenchError:
            self.status = TokenStatus(TokenState.NONE)
        if (
            self.auto_refresh
            and self.status.token is not None
            and self.status.state in (TokenState.EXPIRING, TokenState.EXPIRED)
            and (self._refreshing is None or self._refreshing.done())
        ):
            import asyncio  # a token exists only once the loop runs (gui/app.py)

            self._refreshing = asyncio.ensure_future(self._refresh())
        self.ticked.emit(self.status)

    async def _refresh(self) -> None:
        try:
            await self.workspace.access_token(self.environment)
        except WorkbenchError as exc:
            log.warning("Automatic token refresh failed: %s", exc.problem)
            self.refresh_failed.emit(exc)
        self.tick()

    def stop(self) -> None:
        self._timer.stop()
        if self._refreshing is not None and not self._refreshing.done():
            self._refreshing.cancel()
