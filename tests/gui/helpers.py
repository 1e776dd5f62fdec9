"""What GUI tests share: waiting for the window, the shared keys in place."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from core.workspace import Workspace


def place_keys(workspace: Workspace, partner_keys: Path, env: str = "Sandbox") -> Path:
    """The shared key pairs copied into an environment's key folder."""
    folder = workspace.key_folder(env)
    folder.mkdir(parents=True, exist_ok=True)
    for path in partner_keys.iterdir():
        shutil.copy2(path, folder / path.name)
    return folder


async def until(predicate, timeout: float = 15.0, what: str = "the condition") -> None:
    """Let the loop run until `predicate()` holds (the window answers as a user sees it)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def run(loop, coro, timeout: float = 60.0):
    return loop.run_until_complete(asyncio.wait_for(coro, timeout))


def click(button: QAbstractButton) -> None:
    """A user's click: only on a button that is visible and enabled."""
    assert button.isVisible(), f"{button.text()!r} is not visible"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.clear()
    QTest.keyClicks(widget, text)


def texts_of(root: QWidget) -> list[str]:
    """Every visible label and button text under `root` (what a user can read)."""
    from PySide6.QtWidgets import QLabel

    found = []
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
    return found


def app() -> QApplication:
    return QApplication.instance()


def enter_production(window, name: str) -> None:
    """Select a Production environment as a user does: the box asks first; say yes."""
    window.banner.select(name)
    question = window.banner.question
    assert question is not None and question.isVisible(), "Production was entered unasked"
    assert window.hub.environment != name
    click(question.accept_button)
    assert window.hub.environment == name
