"""Unexpected errors: logged (scrubbed), shown in a plain dialog, and survived.

`install()` sets `sys.excepthook` (Qt slots) and `threading.excepthook` (worker threads);
`watch(loop)` adds the asyncio loop's exception handler (tasks nobody awaited), once the
loop exists (it is made after the window's first paint). Every route ends here: the
traceback goes to the log file under the workbench home with secrets scrubbed, and a
dialog says in one sentence that something went wrong and that the window keeps
running, with a "Copy details" button whose text is scrubbed too.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.diagnostics import scrub

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("workbench.errors")


class ErrorDialog(QDialog):
    def __init__(self, parent: QWidget | None, summary: str, details: str, log_file: Path | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setModal(False)
        self.details = details
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Something unexpected went wrong."))
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        text = self.tr(
            "The workbench keeps running, but what you were doing may not have finished. "
            "Check its result before you continue."
        )
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(body)
        what = QLabel(summary)
        what.setWordWrap(True)
        what.setObjectName("muted")
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(what)
        if log_file is not None:
            where = QLabel(self.tr("The details are in the log file {path}.").format(path=log_file))
            where.setWordWrap(True)
            where.setObjectName("muted")
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button = QPushButton(self.tr("C&lose"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.resize(520, self.sizeHint().height())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class ErrorReporter(QObject):
    """Receives errors from any thread and shows them on the GUI thread, one dialog at a
    time (a burst of the same failure does not bury the window under dialogs)."""

    reported = Signal(str, str)  # summary, scrubbed details

    def __init__(self, known: Callable[[str], str] | None, log_file: Path | None) -> None:
        super().__init__()
        self.known = known
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self.count = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, exc_type, exc, tb) -> None:
        if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
            return
        self.count += 1
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        details = scrub(
            f"OVO SNAP Workbench, Python {_platform()}\n"
            f"{text}",
            self.known,
        )
        summary = scrub(f"{exc_type.__name__}: {exc}", self.known)
        log.error("Unexpected error\n%s", details)
        with contextlib.suppress(RuntimeError):  # the reporter is gone (the window closed)
            self.reported.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.details += "\n\n" + details
            return
        parent = QGuiApplication.instance().activeWindow() if QGuiApplication.instance() else None
        self.dialog = ErrorDialog(parent, summary, details, self.log_file)
        self.dialog.open()


_reporter: ErrorReporter | None = None


def _platform() -> str:
    import platform  # only a report needs it, not the window's start

    return f"{platform.python_version()}, {platform.platform()}"


def install(
    known: Callable[[str], str] | None = None,
    log_file: Path | None = None,
    loop: asyncio.AbstractEventLoop | None = None,
) -> ErrorReporter:
    """Route every unexpected error to the log and the dialog. Returns the reporter."""
    global _reporter
    _reporter = ErrorReporter(known, log_file)
    reporter = _reporter
    sys.excepthook = reporter.report
    threading.excepthook = lambda args: reporter.report(
        args.exc_type, args.exc_value, args.exc_traceback
    )
    if loop is not None:
        watch(loop)
    return reporter


def watch(loop: asyncio.AbstractEventLoop) -> None:
    """Send the errors of tasks nobody awaited on `loop` to the installed reporter."""
    reporter = _reporter
    if reporter is not None:
        loop.set_exception_handler(lambda _loop, context: _loop_error(reporter, context))


def _loop_error(reporter: ErrorReporter, context: dict) -> None:
    exc = context.get("exception")
    if exc is None:
        log.warning(scrub(str(context.get("message", "asyncio error")), reporter.known))
        return
    # Report from a fresh call stack so a failing dialog cannot recurse into the loop.
    QTimer.singleShot(0, lambda: reporter.report(type(exc), exc, exc.__traceback__))


def uninstall() -> None:
    global _reporter
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    _reporter = None
