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

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.environment = SANDBOX

    def select_environment(self, name: str) -> None:
        self.environment = self.workspace.environment(name).name
        self.environment_changed.emit(self.environment)
