"""Questions and read-only texts in small windows, opened with `open()` (never `exec()`,
which would nest a second event loop inside qasync's)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.style import mono_font
from gui.widgets import make_primary


def ask(
    parent: QWidget,
    title: str,
    text: str,
    accept_text: str,
    reject_text: str,
    on_accept: Callable[[], None],
    *,
    on_reject: Callable[[], None] | None = None,
    danger: bool = False,
    detail: str = "",
) -> QMessageBox:
    """A question with two named buttons; `on_accept` runs only if the user accepts.
    The reject button is the default, so Enter never sends money by accident."""
    box = QMessageBox(parent)
    box.setObjectName("question")
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    reject = box.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
    if danger:
        accept.setProperty("danger", "true")
    box.setDefaultButton(reject)
    box.setEscapeButton(reject)
    box.accept_button, box.reject_button = accept, reject  # for tests and screenshots

    def finished(_result: int) -> None:
        if box.clickedButton() is accept:
            on_accept()
        elif on_reject is not None:
            on_reject()

    box.finished.connect(finished)
    box.open()
    return box


class TextDialog(QDialog):
    """A text to read and copy: commands, the e-mail for OVO."""

    def __init__(self, parent: QWidget, title: str, intro: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        lead = QLabel(intro)
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setFont(mono_font())
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.copy_button = make_primary(QPushButton(self.tr("&Copy text")))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )
        close = QPushButton(self.tr("C&lose"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        # Wide enough for the longest line (a whole fingerprint), as the screen allows.
        widest = max(
            (self.text.fontMetrics().horizontalAdvance(line) for line in text.splitlines()),
            default=0,
        )
        screen = parent.screen().availableGeometry()
        if widest + 90 > screen.width() - 40:  # a small screen: wrapped, but whole
            self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            self.text.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.resize(
            max(min(760, screen.width() - 40), min(widest + 90, screen.width() - 40)),
            min(420, screen.height() - 60),
        )
