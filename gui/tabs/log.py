"""Log: the journal (the backend log OVO asks for) in a table, with filters, a search box,
the detail of one exchange, copy as curl (bash, cmd, PowerShell) and export as HAR."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import traces
from core.errors import WorkbenchError
from core.journal import JournalFilter
from core.journal_entry import JournalEntry, Outcome
from core.snap.timestamps import JAKARTA
from gui import tasks
from gui.core_texts import translated
from gui.hub import Hub
from gui.journal_relay import relay_for
from gui.log_model import PAGE, LogModel
from gui.style import mono_font
from gui.widgets import MARGIN, Busy, MessageBar, label, make_primary

ALL = "*"


class LogTab(QWidget):
    def __init__(self, hub: Hub, parent=None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.workspace = hub.workspace
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, 18, MARGIN, MARGIN)
        layout.setSpacing(10)
        title = label(self.tr("Log"), name="pageTitle")
        subtitle = label(
            self.tr(
                "Every exchange with OVO, as sent and as answered: the backend log OVO asks "
                "partners to keep. Secrets are removed; tokens show as their mark."
            ),
            name="pageSubtitle",
        )
        layout.addWidget(title)
        layout.addWidget(subtitle)
        self.message = MessageBar()
        layout.addWidget(self.message)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("logSearch")
        self.search.setPlaceholderText(self.tr("Search numbers, references, codes, messages…"))
        self.search.setClearButtonEnabled(True)
        search_caption = QLabel(self.tr("Sea&rch"))
        search_caption.setBuddy(self.search)
        self.environment = QComboBox()
        self.service = QComboBox()
        self.service.addItem(self.tr("All services"), ALL)
        for code, name in (
            ("73", self.tr("Access token")),
            ("37", self.tr("Account inquiry")),
            ("38", self.tr("Top-up")),
            ("39", self.tr("Top-up status")),
        ):
            self.service.addItem(name, code)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Any outcome"), ALL)
        for outcome, name in (
            (Outcome.SUCCESS, self.tr("Success")),
            (Outcome.REFUSED, self.tr("Refused")),
            (Outcome.NO_ANSWER, self.tr("No answer")),
            (Outcome.PENDING, self.tr("Pending")),
            (Outcome.NOT_SENT, self.tr("Not sent")),
        ):
            self.outcome.addItem(name, outcome.value)
        self.period = QComboBox()
        for seconds, name in (
            (0, self.tr("Any time")),
            (3600, self.tr("Last hour")),
            (-1, self.tr("Today")),
            (7 * 86400, self.tr("Last 7 days")),
            (30 * 86400, self.tr("Last 30 days")),
        ):
            self.period.addItem(name, seconds)
        filters.addWidget(search_caption)
        filters.addWidget(self.search, 1)
        for box in (self.environment, self.service, self.outcome, self.period):
            filters.addWidget(box)
        layout.addLayout(filters)

        self.model = LogModel(self.workspace.journal, self)
        self.table = QTableView()
        self.table.setObjectName("logTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 110, 120, 115, 205, 300, 85, 80)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.setSpacing(6)
        self.detail_tabs = QTabWidget()
        self.request_text = _text_view()
        self.answer_text = _text_view()
        self.signature_text = _text_view()
        self.curl_text = _text_view()
        self.detail_tabs.addTab(self.request_text, self.tr("Request"))
        self.detail_tabs.addTab(self.answer_text, self.tr("Answer"))
        self.detail_tabs.addTab(self.signature_text, self.tr("String to sign"))
        self.detail_tabs.addTab(self.curl_text, self.tr("As curl"))
        detail_layout.addWidget(self.detail_tabs, 1)
        actions = QHBoxLayout()
        self.shell = QComboBox()
        for shell, name in (
            (traces.Shell.BASH, "bash / zsh"),
            (traces.Shell.CMD, "Windows cmd"),
            (traces.Shell.POWERSHELL, "PowerShell"),
        ):
            self.shell.addItem(name, shell.value)
        self.shell.currentIndexChanged.connect(lambda _i: self._show_detail(self.current_entry()))
        self.with_token = QCheckBox(self.tr("With the live &token"))
        self.with_token.setToolTip(
            self.tr("Put this computer's still-valid token in the command instead of its mark")
        )
        self.copy_curl = make_primary(QPushButton(self.tr("&Copy as curl")))
        self.copy_curl.clicked.connect(self.copy_as_curl)
        self.export_button = QPushButton(self.tr("E&xport HAR…"))
        self.export_button.clicked.connect(self.choose_har_file)
        self.count = label(name="muted", wrap=False)
        actions.addWidget(self.shell)
        actions.addWidget(self.with_token)
        actions.addWidget(self.copy_curl)
        actions.addStretch(1)
        actions.addWidget(self.count)
        actions.addWidget(self.export_button)
        detail_layout.addLayout(actions)
        self.busy = Busy()
        detail_layout.addWidget(self.busy)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self._generation = 0  # which filters the table shows; a late search is dropped
        self._total = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for box in (self.environment, self.service, self.outcome, self.period):
            box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        relay_for(self.workspace).written.connect(self._written)
        hub.environment_changed.connect(self._environment_changed)
        self._fill_environments(hub.environment)
        self.apply_filters()
        self.setTabOrder(self.search, self.environment)
        self.setTabOrder(self.environment, self.service)
        self.setTabOrder(self.service, self.outcome)
        self.setTabOrder(self.outcome, self.period)
        self.setTabOrder(self.period, self.table)
        self.setTabOrder(self.table, self.detail_tabs)

    # --- filters -------------------------------------------------------------------------

    def _fill_environments(self, select: str) -> None:
        self.environment.blockSignals(True)
        self.environment.clear()
        self.environment.addItem(self.tr("All environments"), ALL)
        for name in self.workspace.settings.environments:
            self.environment.addItem(name, name)
        self.environment.setCurrentIndex(max(0, self.environment.findData(select)))
        self.environment.blockSignals(False)

    def _environment_changed(self, name: str) -> None:
        self._fill_environments(name)
        self.apply_filters()

    def filters(self) -> JournalFilter:
        def chosen(box: QComboBox) -> str | None:
            value = box.currentData()
            return None if value in (ALL, None) else value

        seconds = self.period.currentData() or 0
        since = None
        if seconds == -1:
            midnight = datetime.now(JAKARTA).replace(hour=0, minute=0, second=0, microsecond=0)
            since = midnight.timestamp()
        elif seconds:
            since = time.time() - seconds
        outcome = chosen(self.outcome)
        return JournalFilter(
            since=since,
            environment=chosen(self.environment),
            service=chosen(self.service),
            outcome=Outcome(outcome) if outcome else None,
            text=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        """Indexed filters are read at once; a free-text search reads every row, so it
        runs in a worker thread and only the newest search's answer is shown."""
        filters = self.filters()
        self._generation += 1
        if filters.text:
            self._search(filters, self._generation)
            return
        self.model.set_filters(filters)
        self._count(filters)
        self._select_first()

    def _search(self, filters: JournalFilter, generation: int) -> None:
        self.count.setText(self.tr("Searching…"))
        journal = self.workspace.journal

        async def search() -> None:
            entries, total = await asyncio.to_thread(journal.search, filters, limit=PAGE)
            if generation != self._generation:
                return  # the user typed on, or changed a filter, meanwhile
            self.model.show(filters, entries)
            self._show_count(total)
            self._select_first()

        self._searching = tasks.start(search())

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    def _count(self, filters: JournalFilter | None = None) -> None:
        self._show_count(self.workspace.journal.count(filters or self.model.filters))

    def _show_count(self, total: int) -> None:
        self._total = total
        self.count.setText(self.tr("Exchanges: {n}").format(n=f"{total:,}".replace(",", ".")))

    def _written(self, entry_id: int) -> None:
        selected = self.current_entry()
        added = self.model.entry_written(entry_id)
        if self.model.filters.text:  # a recount would read every row again
            self._show_count(self._total + added)
        else:
            self._count()
        if selected is not None and selected.id == entry_id:
            self._show_detail(self.workspace.journal.get(entry_id))

    # --- detail --------------------------------------------------------------------------

    def select_entry(self, entry_id: int) -> bool:
        """Select the entry `entry_id` if it is among the rows shown (a language switch
        keeps the selection)."""
        for row in range(self.model.rowCount()):
            entry = self.model.entry(row)
            if entry is not None and entry.id == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def current_entry(self) -> JournalEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:
        self._show_detail(self.model.entry(current.row()) if current.isValid() else None)

    def _show_detail(self, entry: JournalEntry | None) -> None:
        has = entry is not None
        self.copy_curl.setEnabled(has)
        if entry is None:
            for view in (self.request_text, self.answer_text, self.signature_text, self.curl_text):
                view.setPlainText("")
            return
        headers = "\n".join(f"{name}: {value}" for name, value in entry.request_headers.items())
        body = entry.request_body.decode("utf-8", errors="replace")
        self.request_text.setPlainText(f"{entry.method} {entry.url}\n{headers}\n\n{body}")
        self.answer_text.setPlainText(traces.answer_text(entry))
        self.signature_text.setPlainText(
            entry.string_to_sign or self.tr("(no signature: this call is not signed)")
        )
        try:
            self.curl_text.setPlainText(traces.trace_text(entry, self._shell()))
        except WorkbenchError as exc:
            self.curl_text.setPlainText(
                "\n".join(translated(part) for part in (exc.problem, exc.fix) if part)
            )

    def _shell(self) -> traces.Shell:
        return traces.Shell(self.shell.currentData())

    def copy_as_curl(self) -> str | None:
        entry = self.current_entry()
        if entry is None:
            return None
        self.message.clear()
        token = None
        if self.with_token.isChecked():
            try:
                token = self.workspace.live_token(entry.environment)
            except WorkbenchError as exc:  # the OS keyring failed: not "no token"
                self.message.show_error(exc)
                return None
            if token is None:
                self.message.show_message(
                    "warning",
                    self.tr("No valid token on this computer for {env}; the mark was kept.").format(
                        env=entry.environment
                    ),
                )
        try:
            command = traces.curl_command(entry, self._shell(), token=token)
        except WorkbenchError as exc:
            self.message.show_error(exc)
            return None
        QGuiApplication.clipboard().setText(command)
        self.message.show_message("success", self.tr("The curl command is on the clipboard."))
        return command

    # --- export --------------------------------------------------------------------------

    def choose_har_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the shown exchanges as HAR"),
            str(Path.home() / "ovo-exchanges.har"),
            self.tr("HAR files (*.har)"),
        )
        if path:
            self.export_har(Path(path))

    def export_har(self, path: Path, *, force: bool = False) -> asyncio.Task:
        self.message.clear()
        filters = self.model.filters
        journal = self.workspace.journal

        async def export() -> None:
            def write() -> int:
                entries = list(journal.iterate(filters))
                entries.reverse()  # oldest first, as a HAR reads
                return traces.write_har(path, entries, creator_version=_version(), force=force)

            count = await asyncio.to_thread(write)
            self.message.show_message(
                "success",
                self.tr("Exported {n} exchanges to {file}.").format(n=count, file=path),
                self.tr("Open it in a browser's developer tools, Postman or Insomnia."),
            )

        return tasks.start(
            export(),
            on_error=self.message.show_error,
            disable=[self.export_button],
            busy=self.busy,
        )


def _text_view() -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setFont(mono_font())
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setTabChangesFocus(True)
    return view


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ovo-snap-workbench")
    except PackageNotFoundError:
        return "development"
