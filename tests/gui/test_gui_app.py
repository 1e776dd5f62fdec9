"""`python main.py` opens the window: drawn first, then the keyring and the loop; quitting
closes the HTTP client on the loop, then the sandbox and the journal, and the process gets
its exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import main
from core.workspace import Workspace
from gui import app as gui_app
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_no_arguments_open_the_window(monkeypatch):
    monkeypatch.setattr(gui_app, "run", lambda: 42)
    assert main.main([]) == 42


def _the_window() -> MainWindow:
    """The window `run()` opened (an earlier test's may not be deleted yet)."""
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )


def _loaded_at_first_frame() -> list[str]:
    """Runs `python main.py` until its start is complete; returns its output, the first
    line naming which of the heavy libraries were loaded when the first frame was drawn."""
    watch = (
        "import sys, main, gui.self_test as marks\n"
        "first = marks.report_first_paint\n"
        "def report():\n"
        "    heavy = ('asyncio', 'qasync', 'keyring', 'httpx', 'cryptography')\n"
        "    print('loaded:', *[m for m in heavy if m in sys.modules], flush=True)\n"
        "    first()\n"
        "marks.report_first_paint = report\n"
        "sys.exit(main.main([]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["WORKBENCH_EXIT_AFTER_FIRST_PAINT"] = "ready"
    done = subprocess.run(
        [sys.executable, "-c", watch], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_first_start_draws_the_window_before_the_keyring_loop_http_or_crypto(home):
    assert _loaded_at_first_frame() == ["loaded:", "first-paint", "ready"]


def test_a_set_up_home_is_drawn_before_its_keys_are_read(registered):
    """The Journey of a set-up home shows its key files by their presence in the first
    frame, and reads them (cryptography) right after it."""
    assert _loaded_at_first_frame() == ["loaded:", "first-paint", "ready"]


def test_the_journey_checks_the_key_files_right_after_the_first_frame(
    home, partner_keys, styled_app, monkeypatch
):
    """A damaged public key passes for present in the first frame, and the Journey says
    what is wrong with it once the key files are read."""
    import shutil

    from core.journey import Step

    folder = home / "keys" / "Sandbox"
    shutil.copytree(partner_keys, folder)
    (folder / "public.pem").write_text(
        "-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----\n"
    )
    seen: dict = {}
    first_paint = gui_app.wait_for_first_paint

    def keys_row(window) -> str:
        row = window.journey.rows[Step.KEYS]
        return f"{row.badge.text()} {row.detail.text()}"

    def at_first_paint(window) -> bool:
        painted = first_paint(window)
        seen["first frame"] = keys_row(window)
        return painted

    def look_then_quit() -> None:
        window = _the_window()
        seen["later"] = keys_row(window)
        window.close()

    monkeypatch.setattr(gui_app, "wait_for_first_paint", at_first_paint)
    QTimer.singleShot(600, look_then_quit)
    assert gui_app.run() == 0
    assert seen["first frame"].startswith("✓")
    assert seen["later"].endswith("Not a usable key: public.pem (the Keys tab says why)."), seen
    assert seen["later"].startswith("1 ") and "Missing" not in seen["later"]


def test_the_window_starts_on_the_sandbox_and_quits_in_order(
    registered, home, styled_app, monkeypatch
):
    seen: dict = {}
    closed = []
    original_close = Workspace.close
    first_paint = gui_app.wait_for_first_paint

    def at_first_paint(window) -> bool:
        painted = first_paint(window)
        seen["first frame"] = (painted, window.status.secrets.text())
        return painted

    monkeypatch.setattr(gui_app, "wait_for_first_paint", at_first_paint)

    def close(self) -> None:
        closed.append(dict(self._http))  # {}: the HTTP clients were closed on the loop first
        original_close(self)

    monkeypatch.setattr(Workspace, "close", close)

    def look_then_quit() -> None:
        window = _the_window()
        seen["environment"] = window.environment()
        seen["tab"] = window.current_tab()
        seen["visible"] = window.isVisible()
        seen["client"] = bool(window.workspace._http)  # the countdown's client
        seen["secrets"] = window.status.secrets.text()
        window.close()  # as the user would: the window asks the application to shut down

    QTimer.singleShot(300, look_then_quit)
    assert gui_app.run() == 0
    assert seen.pop("first frame") == (True, "Secrets: checking the OS keyring…")
    assert seen.pop("secrets").startswith("Secrets: the OS keyring (")
    assert seen == {"environment": "Sandbox", "tab": "journey", "visible": True, "client": True}
    assert closed == [{}]
    assert (home / "logs" / "workbench.log").exists()


def test_quitting_while_a_call_runs_asks_first(workspace, qtbot, loop):
    import asyncio

    from gui import tasks
    from gui.app import Controller
    from tests.gui.helpers import click, run, until

    controller = Controller(None, workspace)
    window = controller.window
    qtbot.addWidget(window)
    controller.start()

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
