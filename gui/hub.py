"""What the window's parts share: the workspace, the selected environment, and signals
for "something changed" (the Journey re-reads its steps) and "go to that tab"."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.environments import SANDBOX
from core.workspace import Workspace


class Hub(QObject):
    environment_changed = Signal(str)
    state_changed = Signal()  # keys, credentials, token or journal changed
    navigate = Signal(str)  # a tab's key: "journey", "keys", "credentials", ...
    do_step = Signal(str)  # do a step of the journey: "request", "token", "inquiry", ...
    sending = Signal(bool)  # a top-up is on its way: the window holds still meanwhile

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.environment = SANDBOX
        # The exchange key's passphrase as typed when the keys were made, held in memory
        # for this session only, so that it is typed once for Keys and Credentials.
        self._passphrase: bytes | None = None

    def remember_passphrase(self, passphrase: bytes | None) -> None:
        if passphrase:
            self._passphrase = passphrase
            self.workspace.journal.redactor.add_secret(passphrase.decode("utf-8", "replace"))

    @property
    def passphrase(self) -> bytes | None:
        return self._passphrase

    def forget_passphrase(self) -> None:
        self._passphrase = None

    def select_environment(self, name: str) -> None:
        self.environment = self.workspace.environment(name).name
        self.environment_changed.emit(self.environment)
