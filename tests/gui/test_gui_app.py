"""`python main.py` opens the window; quitting closes the HTTP client on the loop, then
the sandbox and the journal, and the process gets its exit code."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import main
from core.workspace import Workspace
from gui import app as gui_app
from gui.main_window import MainWindow


def test_no_arguments_open_the_window_with_the_keyring_probe_already_running(monkeypatch):
    from core.secrets import PendingProbe

    monkeypatch.setattr(gui_app, "run", lambda probe: 42 if isinstance(probe, PendingProbe) else 0)
    assert main.main([]) == 42


def test_the_window_starts_on_the_sandbox_and_quits_in_order(
    registered, home, styled_app, monkeypatch
):
    seen: dict = {}
    closed = []
    original_close = Workspace.close

    def close(self) -> None:
        closed.append(self._http)  # None: the HTTP client was closed on the loop first
        original_close(self)

    monkeypatch.setattr(Workspace, "close", close)

    def look_then_quit() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["environment"] = window.environment()
        seen["tab"] = window.current_tab()
        seen["visible"] = window.isVisible()
        seen["client"] = window.workspace._http is not None  # the countdown's client
        window.close()  # as the user would: the window asks the application to shut down

    QTimer.singleShot(300, look_then_quit)
    assert gui_app.run() == 0
    assert seen == {"environment": "Sandbox", "tab": "journey", "visible": True, "client": True}
    assert closed == [None]
    assert (home / "logs" / "workbench.log").exists()


def test_quitting_while_a_call_runs_asks_first(workspace, qtbot, loop):
    import asyncio

    from gui import tasks
    from gui.app import Controller
    from tests.gui.helpers import click, run, until

    controller = Controller(None, workspace)
    window = controller.window
    qtbot.addWidget(window)

    async def scenario():
        waiting = tasks.start(asyncio.sleep(30))  # a call still waiting for its answer
        window.close()
        question = controller.question
        await until(lambda: question.isVisible())
        click(question.reject_button)  # Keep working
        await until(lambda: not question.isVisible())
        assert window.isVisible() and not controller.done.done()
        window.close()
        click(controller.question.accept_button)  # Quit anyway
        await until(lambda: controller.done.done())
        assert waiting.cancelled() and not window.isVisible()

    run(loop, scenario())
