"""Starting the window: one QApplication, one qasync loop, one workspace, and an orderly
end (the HTTP client closed on the loop, then the sandbox stopped and the journal closed).

`python main.py` without arguments comes here.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication  # PySide6 before qasync, always

from core.diagnostics import start_log_file
from core.resources import resource_path
from core.secrets import PendingProbe
from core.workspace import Workspace
from gui import error_hook, i18n, style, tasks
from gui.dialogs import ask
from gui.event_loop import close_loop, new_loop
from gui.main_window import MainWindow

log = logging.getLogger("workbench.app")


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OVO SNAP Workbench")
    app.setOrganizationName("ovo-snap-workbench")
    app.setWindowIcon(QIcon(str(resource_path("icons") / "app.svg")))
    app.setQuitOnLastWindowClosed(False)  # the controller ends the loop after cleaning up
    style.apply(app)
    return app


class Controller:
    """Owns the workspace and the window; rebuilds the window when the language changes,
    and closes everything in order when the user quits."""

    def __init__(self, app: QApplication, workspace: Workspace) -> None:
        self.app = app
        self.workspace = workspace
        self.done: asyncio.Future = asyncio.get_event_loop().create_future()
        self.window: MainWindow | None = None
        i18n.install(workspace.settings.preferences.get("language", i18n.DEFAULT_LANGUAGE))
        self.build()

    def build(self, environment: str = "Sandbox", tab: str | None = None) -> MainWindow:
        window = MainWindow(self.workspace, environment)
        window.allow_close = False
        window.close_requested.connect(self.quit)
        window.language_requested.connect(self.change_language)
        if tab:
            window.show_tab(tab)
        old, self.window = self.window, window
        if old is not None:
            window.setGeometry(old.geometry())
            old.allow_close = True
            old.close()
            old.deleteLater()
        window.show()
        return window

    def change_language(self, language: str) -> None:
        """Qt translations apply to texts set after they are installed, so the window is
        rebuilt in the new language, on the same environment and tab."""
        i18n.install(language)
        window = self.window
        assert window is not None
        self.build(window.environment(), window.current_tab())

    def quit(self) -> None:
        """The user closed the window. Work still running (a top-up waiting for OVO's
        answer) is named first; an unfinished top-up is resolved on the next start."""
        if tasks.running() and self.window is not None:
            translate = QCoreApplication.translate
            self.question = ask(
                self.window,
                translate("Controller", "Quit while work is still running?"),
                translate(
                    "Controller",
                    "A call is still waiting for an answer. If it is a top-up, the workbench "
                    "checks its status the next time you start it; it is never sent twice.",
                ),
                translate("Controller", "Quit anyway"),
                translate("Controller", "Keep working"),
                self._shut_down_now,
            )
            return
        self._shut_down_now()

    def _shut_down_now(self) -> None:
        self.shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        await tasks.cancel_all()
        try:
            await self.workspace.aclose()
        finally:
            if self.window is not None:
                self.window.allow_close = True
                self.window.close()
            if not self.done.done():
                self.done.set_result(None)


def run(probe: PendingProbe | None = None) -> int:
    """The window, until the user quits. Returns the process exit code. `probe`: the
    keyring probe for the workbench home, begun early (main.py) so it overlaps Qt's start."""
    app = application()
    loop = new_loop(app)
    workspace = Workspace(secrets=probe.result() if probe is not None else None)
    log_file = start_log_file(workspace.home, workspace.journal.redactor.text)
    error_hook.install(workspace.journal.redactor.text, log_file, loop)
    log.info("Started; home folder %s", workspace.home)
    try:
        controller = Controller(app, workspace)
        loop.run_until_complete(controller.done)
    finally:
        close_loop(loop)
        workspace.close()
        error_hook.uninstall()
    return 0
