"""The window's size and state: fitted to the screen it opens on, and remembered in the
home's settings.json (not in Qt's own settings store, which writes outside the home).

A common laptop screen is 1366x768, often with a task bar: the window must open with its
status bar (the token's countdown, the secrets warning) on screen, so the preferred size
is cut down to what the screen leaves, keeping room for the title bar the window system
adds around it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

from core.errors import WorkbenchError
from core.workspace import Workspace

log = logging.getLogger("workbench.window")

PREFERRED = QSize(1180, 800)
# The window system's title bar and borders, outside the size Qt is given: a generous
# guess, as they are only known once the window is on screen.
FRAME = QSize(16, 40)
PREFERENCE = "window"


def fitted_size(available: QRect, wanted: QSize = PREFERRED) -> QSize:
    """`wanted`, cut down so that the window and its frame fit in `available`."""
    width = min(wanted.width(), available.width() - FRAME.width())
    height = min(wanted.height(), available.height() - FRAME.height())
    return QSize(max(width, 400), max(height, 300))


def saved_state(workspace: Workspace) -> tuple[QSize | None, bool]:
    """The size and maximised state last kept, or (None, False); anything unusable in
    settings.json counts as nothing kept."""
    kept = workspace.settings.preferences.get(PREFERENCE)
    if not isinstance(kept, dict):
        return None, False
    width, height = kept.get("width"), kept.get("height")
    maximized = kept.get("maximized") is True
    if isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
        return QSize(width, height), maximized
    return None, maximized


def place(window: QWidget, workspace: Workspace) -> None:
    """Before the first show: the kept size (or the preferred one), fitted to the screen
    and centred on it, then maximised if it was."""
    screen = window.screen()
    available = screen.availableGeometry()
    size, maximized = saved_state(workspace)
    size = fitted_size(available, size or PREFERRED)
    window.resize(size)
    left = available.left() + max(0, (available.width() - size.width() - FRAME.width()) // 2)
    top = available.top() + max(0, (available.height() - size.height() - FRAME.height()) // 2)
    window.move(left, top)
    if maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget, workspace: Workspace) -> None:
    """Keep the size (the normal one, when maximised) and the maximised state."""
    maximized = window.isMaximized()
    size = window.normalGeometry().size() if maximized else window.size()
    if not size.isValid() or size.isEmpty():
        size = window.size()
    state = {"width": size.width(), "height": size.height(), "maximized": maximized}
    if workspace.settings.preferences.get(PREFERENCE) == state:
        return
    try:
        workspace.set_preference(PREFERENCE, state)
    except (WorkbenchError, OSError) as exc:  # a full disk: the window still closes
        log.warning("The window's size was not kept: %s", exc)
