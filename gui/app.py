"""Starting the window: one QApplication, one qasync loop, one workspace, and an orderly
end (the HTTP client closed on the loop, then the sandbox stopped and the journal closed).

`python main.py` without arguments comes here. The start has two steps, so that the
window is on screen as early as it can be:
1. the workspace (settings, journal) and the window, drawn by Qt's own event loop;
2. once that first frame is drawn: the keyring probe (in a thread), asyncio and the qasync
   loop the window then runs on. The window says "checking the OS keyring" until the
   probe answers (normally within a tenth of a second), then shows where secrets live
   and the token kept there.
Nothing the user can do is lost in between: input that arrives meanwhile waits in Qt's
queue for the qasync loop.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication  # PySide6 before qasync, always

from core.diagnostics import start_log_file
from core.errors import WorkbenchError
from core.paths import workbench_home
from core.resources import resource_path
from core.secrets import PendingProbe
from core.workspace import Workspace
from gui import error_hook, form_state, i18n, style, tasks, window_geometry
from gui.first_paint import set_drawing_first_frame, wait_for_first_paint
from gui.main_window import MainWindow

if TYPE_CHECKING:
    import asyncio

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
        self.done: asyncio.Future | None = None
        self.quit_before_start = False
        self.window: MainWindow | None = None
        i18n.install(workspace.settings.preferences.get("language", i18n.DEFAULT_LANGUAGE))
        self.build()

    def start(self) -> asyncio.Future:
        """With the loop running: the future that ends it, and the wait for the keyring.
        Returns the future."""
        import asyncio

        loop = asyncio.get_event_loop()
        self.done = loop.create_future()
        self.secrets_answer = asyncio.ensure_future(self._secrets_answered())
        if self.quit_before_start:
            self._shut_down_now()
        return self.done

    async def _secrets_answered(self) -> None:
        """The keyring probe answers in its own thread; waiting for it here keeps the loop
        free, and the window (the current one, after a language switch too) catches up."""
        import asyncio

        if not self.workspace.secrets_ready:
            await asyncio.to_thread(lambda: self.workspace.secrets_warning)
        # The keyring's entries into memory here, off the event loop: what the window asks
        # every second then never waits for a keyring that starts to hang.
        await asyncio.to_thread(self.workspace.read_secrets)
        if self.window is not None:
            self.window.secrets_answered()
            self.window.settle_earlier_topups()  # what a closed window left, in view
        from gui.self_test import report_ready

        report_ready()  # `make bench` times the start up to here

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
            window.setWindowState(old.windowState())
            old.allow_close = True
            old.close()
            old.deleteLater()
        else:
            window_geometry.place(window, self.workspace)
        window.show()
        return window

    def change_language(self, language: str) -> None:
        """Qt translations apply to texts set after they are installed, so the window is
        rebuilt in the new language, on the same environment and tab, with what the user
        had typed."""
        i18n.install(language)
        window = self.window
        assert window is not None
        pages = window.built_pages()
        typed = form_state.capture(pages)
        topup = pages["topup"].snapshot() if "topup" in pages else None
        selected = pages["log"].current_entry() if "log" in pages else None
        window = self.build(window.environment(), window.current_tab())
        for key in pages:
            window.page(key)
        form_state.restore(window.built_pages(), typed)
        if topup is not None:
            window.topup.resume(topup)  # the same page: confirmation, result, ...
        if selected is not None:
            window.log.select_entry(selected.id)

    def quit(self) -> None:
        """The user closed the window. Work still running (a top-up waiting for OVO's
        answer) is named first; an unfinished top-up is resolved on the next start."""
        if tasks.running() and self.window is not None:
            from gui.dialogs import ask  # not needed for the first frame

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
        if self.done is None:  # closed while its first frame was drawn: no loop yet
            self.quit_before_start = True
            return
        import asyncio

        self.shutdown_task = asyncio.ensure_future(self._shutdown())

    async def _shutdown(self) -> None:
        await tasks.cancel_all()
        try:
            await self.workspace.aclose()
        finally:
            if self.window is not None:
                self.window.allow_close = True
                self.window.close()
            if self.done is not None and not self.done.done():
                self.done.set_result(None)


def cannot_start(error: WorkbenchError) -> None:
    """Nothing to show a window with: say why in a message box (Qt's own event loop runs
    it; there is no qasync loop yet) and what to do, instead of a traceback."""
    from PySide6.QtWidgets import QMessageBox

    from gui.core_texts import translated

    box = QMessageBox(QMessageBox.Icon.Critical, "OVO SNAP Workbench", translated(error.problem))
    box.setObjectName("cannotStart")
    box.setInformativeText(translated(error.fix))
    box.exec()


def _tell(window: MainWindow, notices: list[str]) -> None:
    """What happened to the workbench's files at the start, said once, in a message the
    user closes (the same words go to the log file)."""
    from PySide6.QtWidgets import QMessageBox

    from gui.core_texts import translated

    box = QMessageBox(window)
    box.setObjectName("file-notices")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Controller", "The workbench's files"))
    box.setText("\n\n".join(translated(notice) for notice in notices))
    box.open()
    window.file_notices = box  # the Python side lives as long as the box


def run(home: Path | None = None) -> int:
    """The window, until the user quits. Returns the process exit code."""
    app = application()
    try:
        home = home or workbench_home()
        probe = PendingProbe(home)  # begun once the window is on screen
        workspace = Workspace(home, secrets=probe, long_lived_sandbox=True)
    except WorkbenchError as exc:  # a damaged settings file, a home that is a file, ...
        cannot_start(exc)
        return 2
    log_file = start_log_file(workspace.home, workspace.journal.redactor.text)
    error_hook.install(workspace.journal.redactor.text, log_file)
    notices = workspace.take_notices()  # a damaged file set aside, a read-only journal
    for notice in notices:
        log.warning("%s", notice)
    loop = None
    try:
        set_drawing_first_frame(True)
        try:
            controller = Controller(app, workspace)
            assert controller.window is not None
            if wait_for_first_paint(controller.window):
                from gui.self_test import report_first_paint

                report_first_paint()  # `make bench` times the first frame here
        finally:
            set_drawing_first_frame(False)
        controller.window.hub.state_changed.emit()  # the Journey reads the key files now
        if notices:
            _tell(controller.window, notices)
        probe.start()
        log.info("Started; home folder %s", workspace.home)
        from gui.event_loop import new_loop

        loop = new_loop(app)
        error_hook.watch(loop)
        loop.run_until_complete(controller.start())
    finally:
        if loop is not None:
            from gui.event_loop import close_loop

            close_loop(loop)
        workspace.close()
        error_hook.uninstall()
    return 0
