"""Run in a child process on an offscreen screen of a given size (the offscreen platform
takes its screens from a JSON file: `QT_QPA_PLATFORM=offscreen:configfile=F`); opens the
window as `python main.py` does and prints, as JSON, what a user at that screen would see:
where the window and its status bar are, which pages scroll sideways, which tab labels
are cut. `tests/gui/test_gui_screen_fit.py` starts it.

    python -m tests.gui.screen_probe HOME LANGUAGE [maximize]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _on_screen(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def _scrolls_down(page: QWidget) -> bool:
    """Whether the page itself needs its vertical scroll bar."""
    if not isinstance(page, QAbstractScrollArea):
        return False
    bar = page.verticalScrollBar()
    return bar.isVisible() and bar.maximum() > 0


def _sideways(page: QWidget) -> list[str]:
    """The scroll areas on `page` that show a horizontal scroll bar."""
    found = []
    areas = [page, *page.findChildren(QAbstractScrollArea)]
    for area in areas:
        if isinstance(area, QAbstractScrollArea) and area.isVisible():
            bar = area.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                found.append(f"{type(area).__name__}:{area.objectName()}")
    return found


def main(argv: list[str]) -> int:
    from core.secrets import ProbeResult, SessionSecrets
    from core.workspace import Workspace
    from gui.app import Controller, application
    from gui.event_loop import close_loop, new_loop
    from gui.main_window import TAB_KEYS

    home, language = Path(argv[0]), argv[1]
    app = application()
    loop = new_loop(app)
    workspace = Workspace(home, secrets=ProbeResult(SessionSecrets("probe"), None))
    workspace.set_preference("language", language)
    controller = Controller(app, workspace)
    window = controller.window
    assert window is not None
    if "maximize" in argv[2:]:
        window.showMaximized()
    for _ in range(5):
        app.processEvents()
    report: dict = {
        "screen": _rect(window.screen().availableGeometry()),
        "window": _rect(window.geometry()),
        "maximized": window.isMaximized(),
        "status_bar": _on_screen(window.status),
        "status_visible": window.status.isVisible(),
        "sideways": {},
        "tabs_cut": [],
        "scrolls_down": [],
    }
    bar = window.tabs.tabBar()
    for index, key in enumerate(TAB_KEYS):
        window.show_tab(key)
        for _ in range(3):
            app.processEvents()
        report["sideways"][key] = _sideways(window.tabs.currentWidget())
        if _scrolls_down(window.tabs.currentWidget()):
            report["scrolls_down"].append(key)
        text = bar.tabText(index).replace("&", "")
        needed = bar.fontMetrics().horizontalAdvance(text)
        shown = bar.tabRect(index)
        if shown.width() < needed or shown.right() > bar.width():
            report["tabs_cut"].append(text)
    report["scroll_buttons"] = any(
        button.isVisible() for button in bar.findChildren(QWidget) if button.parent() is bar
    )
    print(json.dumps(report), flush=True)
    window.allow_close = True
    window.close()  # keeps the size and state, as quitting does
    workspace.close()
    close_loop(loop)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
