"""Small widgets every tab uses: pages, cards, message bars, file and secret fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.errors import WorkbenchError
from gui.core_texts import translated
from gui.style import mono_font

MARGIN = 24
SPACING = 14


def make_primary(button: QPushButton, primary: bool = True) -> QPushButton:
    button.setProperty("primary", "true" if primary else "false")
    button.style().unpolish(button)
    button.style().polish(button)
    return button


def make_flat(button: QPushButton) -> QPushButton:
    button.setProperty("flat", "true")
    return button


def label(text: str = "", *, name: str | None = None, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        widget.setObjectName(name)
    return widget


def mono_label(text: str = "") -> QLabel:
    widget = label(text)
    widget.setFont(mono_font())
    return widget


class Page(QScrollArea):
    """A tab's page: a title, a subtitle and a column of cards, scrolling when the window
    is small. `body` is the column's layout."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        inner.setObjectName("page")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(MARGIN, 12, MARGIN, 4)  # no scrolling for a margin
        self.column.setSpacing(SPACING)
        self.title = label(name="pageTitle")
        self.subtitle = label(name="pageSubtitle")
        self.column.addWidget(self.title)
        self.column.addWidget(self.subtitle)
        self.body = QVBoxLayout()
        self.body.setSpacing(SPACING)
        self.column.addLayout(self.body)
        self.column.addStretch(1)
        self.setWidget(inner)

    def set_heading(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))


class Card(QFrame):
    """A white card with an optional title and a vertical layout `body`."""

    def __init__(self, title: str = "", subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 16)
        self.body.setSpacing(10)
        self.title = label(title, name="cardTitle")
        self.subtitle = label(subtitle, name="muted")
        self.body.addWidget(self.title)
        self.body.addWidget(self.subtitle)
        self.title.setVisible(bool(title))
        self.subtitle.setVisible(bool(subtitle))

    def set_heading(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.title.setVisible(bool(title))
        self.subtitle.setVisible(bool(subtitle))


class MessageBar(QFrame):
    """What just happened, in one or two sentences: info, success, warning or error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setProperty("kind", "info")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.headline = label()
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = label()
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.hide()

    def show_message(self, kind: str, headline: str, detail: str = "") -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        # A core message (a `Text`) is translated here; the window's own texts pass as they are.
        self.headline.setText(translated(headline))
        self.detail.setText(translated(detail))
        self.detail.setVisible(bool(detail))
        self.show()

    def show_error(self, error: WorkbenchError) -> None:
        """Core's problem and fix, in the window's language (`show_message` translates)."""
        self.show_message("error", error.problem, error.fix)

    def clear(self) -> None:
        self.hide()
        self.headline.clear()
        self.detail.clear()


class Busy(QProgressBar):
    """A slim indeterminate bar shown while work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setFixedHeight(4)
        self.hide()


class FileField(QWidget):
    """A path with a Browse button; a file dragged from the desktop drops into it."""

    changed = Signal(str)

    def __init__(
        self,
        placeholder: str,
        browse_text: str,
        dialog_title: str,
        *,
        folder: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._dialog_title = dialog_title
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.edit.setAcceptDrops(False)  # the field as a whole takes the drop
        self.browse = QPushButton(browse_text)
        self.browse.clicked.connect(self._choose)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.setAcceptDrops(True)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str | None) -> None:
        self.edit.setText(str(path) if path else "")

    def _choose(self) -> None:
        start = str(self.path() or Path.home())
        if self._folder:
            chosen = QFileDialog.getExistingDirectory(self, self._dialog_title, start)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self._dialog_title, start)
        if chosen:
            self.set_path(chosen)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.set_path(urls[0].toLocalFile())
            event.acceptProposedAction()


class SecretField(QWidget):
    """A passphrase or secret typed by the user: hidden, with a Show toggle."""

    def __init__(
        self,
        placeholder: str,
        show_text: str,
        parent: QWidget | None = None,
        *,
        hide_text: str | None = None,
    ):
        super().__init__(parent)
        self._show_text, self._hide_text = show_text, hide_text or self.tr("Hide")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.toggle = QPushButton(show_text)
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        # Out of the Tab chain: a passphrase typed, then Tab, then its repeat typed must land
        # in the next field, not on this button (where a space would show the first one).
        self.toggle.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self._hide_text if shown else self._show_text)

    def value(self) -> bytes | None:
        text = self.edit.text()
        return text.encode("utf-8") if text else None

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)


class MaskedSecret(QWidget):
    """A secret the workbench holds (client secret, token): masked, revealed only on the
    user's explicit request, copied to the clipboard on request."""

    def __init__(self, reveal_text: str, hide_text: str, copy_text: str, parent=None):
        super().__init__(parent)
        self._secret: str | None = None
        self._masked = ""
        self._reveal_text, self._hide_text = reveal_text, hide_text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.value = QLineEdit()
        self.value.setReadOnly(True)
        self.value.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes to its buttons
        self.value.setFont(mono_font())
        self.reveal = QPushButton(reveal_text)
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._show)
        self.copy = QPushButton(copy_text)
        self.copy.clicked.connect(self._copy)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.reveal)
        layout.addWidget(self.copy)
        self.set_secret(None, "")

    def set_secret(self, secret: str | None, masked: str) -> None:
        self._secret, self._masked = secret, masked
        self.reveal.setChecked(False)
        self.reveal.setEnabled(secret is not None)
        self.copy.setEnabled(secret is not None)
        self.value.setText(masked)

    @property
    def revealed(self) -> bool:
        return self.reveal.isChecked()

    def _show(self, shown: bool) -> None:
        self.value.setText(self._secret if shown and self._secret else self._masked)
        self.reveal.setText(self._hide_text if shown else self._reveal_text)

    def _copy(self) -> None:
        if self._secret:
            QGuiApplication.clipboard().setText(self._secret)


class CopyText(QWidget):
    """A long value (a signature, a string to sign) shown whole, wrapped, with Copy."""

    def __init__(self, copy_text: str, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.value = QPlainTextEdit()
        self.value.setObjectName("valueText")
        self.value.setReadOnly(True)
        self.value.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes to its buttons
        self.value.setFont(mono_font())
        self.value.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.value.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.value.setTabChangesFocus(True)
        self.value.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.value.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.value.fontMetrics().lineSpacing() * lines + 26
        self.value.setFixedHeight(height)
        self.copy = QPushButton(copy_text)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        layout.addWidget(self.value, 1)
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)

    def setText(self, text: str) -> None:
        self.value.setPlainText(text)

    def text(self) -> str:
        return self.value.toPlainText()


def form_layout(parent: QWidget | None = None) -> QFormLayout:
    """A form whose captions sit level with their fields."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form
