"""The main window: the environment banner, seven tabs, the status bar with the token."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import WorkbenchError
from core.workspace import Workspace
from gui import window_geometry
from gui.core_texts import translated
from gui.env_banner import EnvBanner
from gui.hub import Hub
from gui.status_bar import StatusBar
from gui.tabs.journey import JourneyTab
from gui.token_clock import TokenClock
from gui.widgets import MessageBar

if TYPE_CHECKING:
    from gui.settings_dialog import SettingsDialog

TAB_KEYS = ("journey", "keys", "credentials", "token", "topup", "log", "signature")


# The tabs' builders. Each but the Journey imports its module when the tab is first built,
# off the path to the first paint, by a statement PyInstaller can see (not by name).


def _journey_tab(window: MainWindow) -> QWidget:
    return JourneyTab(window.hub)


def _keys_tab(window: MainWindow) -> QWidget:
    from gui.tabs.keys import KeysTab

    return KeysTab(window.hub)


def _credentials_tab(window: MainWindow) -> QWidget:
    from gui.tabs.credentials import CredentialsTab

    return CredentialsTab(window.hub)


def _token_tab(window: MainWindow) -> QWidget:
    from gui.tabs.token import TokenTab

    return TokenTab(window.hub, window.clock)


def _topup_tab(window: MainWindow) -> QWidget:
    from gui.tabs.topup import TopupTab

    return TopupTab(window.hub)


def _log_tab(window: MainWindow) -> QWidget:
    from gui.tabs.log import LogTab

    return LogTab(window.hub)


def _signature_tab(window: MainWindow) -> QWidget:
    from gui.tabs.signature import SignatureTab

    return SignatureTab(window.hub)


class MainWindow(QMainWindow):
    close_requested = Signal()  # the application decides when the window may close
    language_requested = Signal(str)

    def __init__(self, workspace: Workspace, environment: str = "Sandbox", parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # No-keyring mode: the unlock dialog, once per session, when a call first needs
        # the client secret.
        workspace.ask_passphrase = self.ask_to_unlock
        self.allow_close = True  # the application sets False to shut down in order
        self.settings_dialog: SettingsDialog | None = None
        self.setWindowTitle(self.tr("OVO SNAP Workbench"))
        self.resize(window_geometry.fitted_size(self.screen().availableGeometry()))
        self.hub = Hub(workspace, self)
        self.clock = TokenClock(workspace, self)

        # Built from the window down: a widget given a new parent under the style sheet is
        # polished again with all its children, so each part gets its parent once.
        central = QWidget(self)
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = EnvBanner(workspace, central)
        layout.addWidget(self.banner)
        # What the start found and did for the user (earlier top-ups checked), above the
        # tabs so that whichever tab is open, it is seen; hidden when there is nothing.
        self.notice = MessageBar(central)
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        # Each tab is built when first shown (or asked for): building all seven up front
        # was a third of the time to the first painted window.
        self._built: dict[str, QWidget] = {}
        self._ready = False
        self.pages = _Pages(self)
        self._titles = dict(
            zip(
                TAB_KEYS,
                (
                    self.tr("Journey"),
                    self.tr("Keys"),
                    self.tr("Credentials"),
                    self.tr("Token"),
                    self.tr("Top-up"),
                    self.tr("Log"),
                    self.tr("Signature"),
                ),
                strict=True,
            )
        )
        first = TAB_KEYS[0]
        self._built[first] = _enter_clicks(self._factories[first](self))
        for number, (key, title) in enumerate(self._titles.items(), start=1):
            index = self.tabs.addTab(self._built.get(key) or QWidget(), title)
            self.tabs.setTabToolTip(index, self.tr("{tab} (Ctrl+{n})").format(tab=title, n=number))
        self.tabs.currentChanged.connect(lambda index: self.page(TAB_KEYS[index]))
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._keyring_problem = None  # why the keyring stopped being asked, once shown
        if workspace.secrets_ready:
            self._show_secrets()

        self.banner.environment_selected.connect(self.hub.select_environment)
        self.banner.settings_requested.connect(self.open_settings)
        self.hub.environment_changed.connect(self.clock.set_environment)
        self.hub.navigate.connect(self.show_tab)
        self.hub.do_step.connect(self.do_step)
        self.hub.sending.connect(self._hold_still)
        self.clock.ticked.connect(self.status.show_token)
        self.clock.ticked.connect(self._token_changed)
        self.clock.ticked.connect(self._check_keyring)
        self._last_token = None
        self._menus()
        for number, key in enumerate(TAB_KEYS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=key: self.show_tab(key))
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(self._focus_environment)
        if environment != "Sandbox":
            self.banner.select(environment, confirmed=True)
        self.hub.select_environment(self.banner.current().name)
        self._ready = True
        first = self.journey.first_field()
        if first is not None:
            first.setFocus()  # a first start: the passphrase of the keys, typed straight away

    async def ask_to_unlock(self, env_name: str) -> bool:
        from gui.unlock import ask_to_unlock

        return await ask_to_unlock(self, self.workspace, env_name)

    def secrets_answered(self) -> None:
        """The keyring probe has answered: where secrets live, and what waited for it (the
        token kept in the keyring, and the Journey's token step)."""
        self._show_secrets()
        self.clock.tick()
        self.hub.state_changed.emit()

    # --- earlier top-ups ------------------------------------------------------------------

    def settle_earlier_topups(self) -> list:
        """Top-ups that a closed window or an interrupted run left unsettled, checked at the
        start with the status call (never sent again), in view: first what is checked,
        then what became of each. Returns the tasks started (one per environment)."""
        from gui import tasks

        started = []
        for env in list(self.workspace.settings.environments):
            try:
                waiting = self.workspace.unsettled_topups(env)
            except WorkbenchError:
                continue
            if not waiting:
                continue
            self.notice.show_message(
                "info",
                self.tr(
                    "Checking {n} earlier top-up(s) in {env} whose outcome is not known yet…"
                ).format(n=len(waiting), env=env),
                self.tr(
                    "partnerReferenceNo {references}: the window was closed or the program "
                    "stopped before OVO's answer arrived. The workbench asks their status; it "
                    "never sends them again."
                ).format(references=", ".join(waiting)),
            )
            started.append(
                tasks.start(
                    self._settle(env),
                    on_error=lambda exc, env=env: self.notice.show_message(
                        "warning",
                        self.tr("Earlier top-ups in {env} could not be checked yet.").format(
                            env=env
                        ),
                        "\n".join(
                            part for part in (translated(exc.problem), translated(exc.fix)) if part
                        ),
                    ),
                )
            )
        return started

    async def _settle(self, env: str) -> None:
        results = await self.workspace.resolve_unsettled_topups(env, before_topup=False)
        outcomes = {
            "success": self.tr("successful"),
            "failed": self.tr("failed"),
            "unknown": self.tr("still unknown"),
        }
        lines = [
            self.tr("{reference}: {outcome}. {message}").format(
                reference=result.partner_reference_no,
                outcome=outcomes.get(result.outcome.value, result.outcome.value),
                message=translated(result.message),
            )
            for result in results
        ]
        settled = {result.outcome.value for result in results}
        kind = "warning" if "unknown" in settled else "info" if "failed" in settled else "success"
        self.notice.show_message(
            kind,
            self.tr("Earlier top-ups in {env} checked with the status call.").format(env=env),
            "\n".join(lines),
        )
        self.hub.state_changed.emit()

    def _show_secrets(self) -> None:
        warning = self.workspace.secrets_warning
        self._keyring_problem = self.workspace.keyring_problem
        if self._keyring_problem is not None and not warning:
            self.status.set_keyring_unavailable(self._keyring_problem)
        else:
            self.status.set_secrets(self.workspace.secrets.description, warning)

    def _check_keyring(self, _status=None) -> None:
        """Each second: a keyring that failed since (its calls run off this thread, or
        time out) turns the secrets line into a warning. Reads a flag; never waits."""
        problem = self.workspace.keyring_problem
        if problem is not None and problem is not self._keyring_problem:
            self._show_secrets()

    # --- tabs, built on first use --------------------------------------------------------

    _factories: ClassVar[dict[str, Callable[[MainWindow], QWidget]]] = {
        "journey": _journey_tab,
        "keys": _keys_tab,
        "credentials": _credentials_tab,
        "token": _token_tab,
        "topup": _topup_tab,
        "log": _log_tab,
        "signature": _signature_tab,
    }

    def page(self, key: str) -> QWidget:
        """The tab `key`, built now if it has not been: it replaces its placeholder and
        catches up on the environment chosen meanwhile (it missed that signal)."""
        page = self._built.get(key)
        if page is not None:
            return page
        page = _enter_clicks(self._factories[key](self))
        self._built[key] = page
        index = TAB_KEYS.index(key)
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        try:
            tooltip = self.tabs.tabToolTip(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, self._titles[key])
            self.tabs.setTabToolTip(index, tooltip)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        if self._ready:
            catch_up = getattr(page, "new_topup", None) or getattr(page, "refresh", None)
            if catch_up is not None:
                catch_up()
        return page

    def built_pages(self) -> dict[str, QWidget]:
        """The tabs built so far (the others have no state yet), by key."""
        return dict(self._built)

    journey = property(lambda self: self.page("journey"))
    keys = property(lambda self: self.page("keys"))
    credentials = property(lambda self: self.page("credentials"))
    token = property(lambda self: self.page("token"))
    topup = property(lambda self: self.page("topup"))
    log = property(lambda self: self.page("log"))
    signature = property(lambda self: self.page("signature"))

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Workbench"))
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_settings)
        menu.addAction(settings)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About the workbench"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.about_box: QMessageBox | None = None

    # --- navigation ----------------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        page = self.page(key)
        self.tabs.setCurrentWidget(page)
        first = getattr(page, "first_field", None)
        if first is not None and first() is not None:
            first().setFocus()  # where the user types first, not what comes first
            return
        page.setFocus()
        page.focusNextChild()

    def do_step(self, step: str) -> None:
        """A step of the journey done from a button (the Journey's, or a tab's "Next"),
        on the tab that shows its outcome."""
        if step == "request":
            self.show_tab("credentials")
            self.credentials.request_sandbox_credentials()
        elif step == "export":
            self.show_tab("keys")
            self.keys.choose_export_folder()
        elif step == "token":
            self.show_tab("token")
            self.token.get_token(force=False)
        elif step == "inquiry":
            self.show_tab("topup")
        else:
            self.show_tab(step)

    def _hold_still(self, sending: bool) -> None:
        """While a top-up is on its way the user stays on it: the other tabs and the
        environment wait (the page says why, and offers to stop waiting)."""
        self.banner.combo.setEnabled(not sending)
        self.banner.settings_button.setEnabled(not sending)
        for index, key in enumerate(TAB_KEYS):
            self.tabs.setTabEnabled(index, key == "topup" or not sending)

    def current_tab(self) -> str:
        return TAB_KEYS[self.tabs.currentIndex()]

    def environment(self) -> str:
        return self.hub.environment

    def _focus_environment(self) -> None:
        self.banner.combo.setFocus()  # arrows choose; Alt+Down opens the list

    def _token_changed(self, status) -> None:
        token = status.token
        if token is not self._last_token:
            self._last_token = token
            self.hub.state_changed.emit()

    # --- dialogs -------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        from gui.settings_dialog import SettingsDialog  # not needed for the first frame

        dialog = SettingsDialog(self.workspace, self.hub.environment, self)
        dialog.environments_changed.connect(self._environments_changed)
        dialog.language_changed.connect(self.language_requested)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def _environments_changed(self, select: str) -> None:
        self.banner.reload(self.hub.environment)
        self.hub.select_environment(self.banner.current().name)
        del select

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About the workbench"))
        box.setText(self.tr("OVO SNAP Workbench"))
        box.setInformativeText(
            self.tr(
                "Carries an OVO partner's integration staff through OVO's onboarding SOP for "
                "SNAP e-money top-ups. Home folder: {home}"
            ).format(home=self.workspace.home)
        )
        box.addButton(self.tr("C&lose"), QMessageBox.ButtonRole.AcceptRole)
        box.setStyleSheet("QLabel { min-width: 440px; }")  # readable lines, not a column
        box.open()
        self.about_box = box

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            self.clock.stop()
            window_geometry.remember(self, self.workspace)
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()


def _enter_clicks(page: QWidget) -> QWidget:
    """Enter on a focused button presses it, as Space does: Tab and Enter alone carry the
    whole flow (Qt does that only inside dialogs unless told)."""
    for button in page.findChildren(QPushButton):
        button.setAutoDefault(True)
    return page


class _Pages(Mapping[str, QWidget]):
    """The tabs by key; looking one up builds it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in TAB_KEYS:
            raise KeyError(key)
        return self._window.page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(TAB_KEYS)

    def __len__(self) -> int:
        return len(TAB_KEYS)
