"""Knowing when a window's first frame has been drawn.

The window starts in two steps (`gui/app.py`): what its first frame needs, then, once that
frame is on screen, what only later work needs (asyncio and the qasync loop, the keyring
probe, the HTTP stack). `make bench` times the same moment from outside the process.

While the program draws its first frame (`drawing_first_frame()`), pages show what needs
no library loaded for it: the Journey judges the key files by their presence, and reads
them once the frame is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never exposed (started minimised, on a display that does not map it)
# never paints; after this long the program goes on without its first frame.
PAINT_WAIT_MS = 1000

_first_frame = False  # only gui/app.py's start sets it; a window built otherwise reads all


def drawing_first_frame() -> bool:
    return _first_frame


def set_drawing_first_frame(drawing: bool) -> None:
    global _first_frame
    _first_frame = drawing


class _FirstPaint(QObject):
    """Calls `then` once, just after the first Paint event `widget` receives."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            # The paint itself runs after this filter returns; a zero timer fires once it
            # (and the flush to the screen that follows it) is done.
            QTimer.singleShot(0, self.then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` (once) right after `widget` has drawn its first frame."""
    _FirstPaint(widget, then)


def wait_for_first_paint(window: QWidget, limit_ms: int = PAINT_WAIT_MS) -> bool:
    """Run Qt's own event loop until the shown `window` has drawn its first frame, or for
    `limit_ms` at most. Returns whether it painted.

    Clicks and keys wait in Qt's queue meanwhile: what they start needs the qasync loop,
    which exists only after this returns."""
    loop = QEventLoop()
    painted: list[bool] = []

    def done() -> None:
        painted.append(True)
        loop.quit()

    after_first_paint(window, done)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(limit_ms)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    limit.stop()
    return bool(painted)
