"""The environment selector and its banner, always at the top of the window.

Sandbox is neutral, Staging amber, Production red with its name in capitals: nobody
should ever wonder which gateway the next call goes to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton

from core.environments import Environment
from core.workspace import Workspace
from gui import style


class EnvBanner(QFrame):
    environment_selected = Signal(str)
    settings_requested = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("envBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.setSpacing(10)
        self.caption = QLabel(self.tr("&Environment"))
        self.combo = QComboBox()
        self.combo.setObjectName("environmentSelector")
        self.combo.setMinimumWidth(170)
        self.combo.setToolTip(self.tr("Which gateway the workbench talks to (Ctrl+E)"))
        self.caption.setBuddy(self.combo)
        self.message = QLabel()
        self.message.setObjectName("envMessage")
        self.message.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("&Settings…"))
        self.settings_button.setToolTip(
            self.tr("Environments (address, IDs, signing key, encodings, headers) and preferences")
        )
        self.settings_button.clicked.connect(self.settings_requested)
        layout.addWidget(self.caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.settings_button)
        self.question = None  # the Production question, while it is open
        self._selected_name = "Sandbox"
        self.reload("Sandbox")
        self.combo.currentTextChanged.connect(self._selected)

    def reload(self, select: str | None = None) -> None:
        current = select or self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(list(self.workspace.settings.environments))
        index = self.combo.findText(current)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._selected_name = self.combo.currentText()
        self._paint(self.current())

    def current(self) -> Environment:
        return self.workspace.environment(self.combo.currentText() or "Sandbox")

    def select(self, name: str, *, confirmed: bool = False) -> None:
        """Select `name`; Production only after the user's yes, unless `confirmed` (the
        window rebuilt in another language, on the environment already chosen)."""
        index = self.combo.findText(name)
        if index < 0:
            return
        if confirmed:
            self._switch(name)
        else:
            self.combo.setCurrentIndex(index)

    def _selected(self, name: str) -> None:
        """Whatever changed the box (a click, the arrow keys, the mouse wheel), Production
        is entered only once the user said yes; meanwhile the box shows where calls go."""
        if not name or name == self._selected_name:
            return
        if self.workspace.environment(name).is_production:
            self._show(self._selected_name)
            self._ask_production(name)
            return
        self._switch(name)

    def _show(self, name: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(self.combo.findText(name), 0))
        self.combo.blockSignals(False)

    def _switch(self, name: str) -> None:
        self._show(name)
        self._selected_name = name
        self._paint(self.current())
        self.environment_selected.emit(name)

    def _ask_production(self, name: str) -> None:
        from gui.dialogs import ask  # not needed for the first frame

        if self.question is not None and self.question.isVisible():
            return
        env = self.workspace.environment(name)
        self.question = ask(
            self,
            self.tr("Switch to Production?"),
            self.tr(
                "{env} is OVO's live gateway ({url}): calls made there move real money."
            ).format(env=env.name, url=env.base_url or "-"),
            self.tr("Switch to Production"),
            self.tr("Stay in {env}").format(env=self._selected_name),
            lambda: self._switch(name),
            danger=True,
        )

    def _paint(self, env: Environment) -> None:
        background, foreground = style.BANNER.get(env.category, style.BANNER["custom"])
        self.setStyleSheet(
            f"QFrame#envBanner {{ background: {background}; border-bottom: 1px solid "
            f"{style.BORDER}; }} QFrame#envBanner QLabel {{ color: {foreground}; }}"
        )
        self.message.setText(self.describe(env))
        font = self.message.font()
        font.setBold(env.is_production)
        font.setPointSizeF(self.font().pointSizeF() * (1.15 if env.is_production else 1.0))
        self.message.setFont(font)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def describe(self, env: Environment) -> str:
        if env.is_sandbox:
            return self.tr("Sandbox: the embedded OVO simulator on this computer. No real money.")
        if env.is_production:  # before the kind: a staging kind at OVO's live host is live
            return self.tr(
                "PRODUCTION: OVO's live gateway ({url}). Real money moves; every top-up asks "
                "you first."
            ).format(url=env.base_url or "-")
        if env.kind == "staging":
            return self.tr("Staging: OVO's test gateway ({url}). Test money only.").format(
                url=env.base_url or "-"
            )
        return self.tr("{name}: your own environment ({url}).").format(
            name=env.name, url=env.base_url or "-"
        )
