"""The journal as a table model: newest first, fetched a page at a time as the user
scrolls (keyset paging by id), so a journal of 100,000 entries opens instantly."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from core.journal import Journal, JournalFilter
from core.journal_entry import JournalEntry, Outcome
from core.snap.timestamps import JAKARTA
from gui import style

PAGE = 200


class LogModel(QAbstractTableModel):
    COLUMNS = (
        "time",
        "environment",
        "service",
        "customer",
        "reference",
        "answer",
        "outcome",
        "duration",
    )

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.filters = JournalFilter()
        self.entries: list[JournalEntry] = []
        self.exhausted = True
        self.headers = {
            "time": self.tr("Time (WIB)"),
            "environment": self.tr("Environment"),
            "service": self.tr("Service"),
            "customer": self.tr("Customer"),
            "reference": self.tr("partnerReferenceNo"),
            "answer": self.tr("Answer"),
            "outcome": self.tr("Outcome"),
            "duration": self.tr("Duration"),
        }
        self.outcomes = {
            Outcome.PENDING: self.tr("pending"),
            Outcome.SUCCESS: self.tr("success"),
            Outcome.REFUSED: self.tr("refused"),
            Outcome.NO_ANSWER: self.tr("no answer"),
            Outcome.NOT_SENT: self.tr("not sent"),
        }
        self.services = {
            "73": self.tr("Access token"),
            "37": self.tr("Account inquiry"),
            "38": self.tr("Top-up"),
            "39": self.tr("Top-up status"),
        }

    # --- loading -------------------------------------------------------------------------

    def set_filters(self, filters: JournalFilter) -> None:
        self.show(filters, self.journal.query(filters, limit=PAGE))

    def show(self, filters: JournalFilter, first_page: list[JournalEntry]) -> None:
        """The first page of `filters`, read elsewhere (a search reads it off the loop)."""
        self.beginResetModel()
        self.filters = filters
        self.entries = first_page
        self.exhausted = len(self.entries) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.exhausted or not self.entries:
            return
        page = self.journal.query(self.filters, before_id=self.entries[-1].id, limit=PAGE)
        self.exhausted = len(page) < PAGE
        if page:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.entries.extend(page)
            self.endInsertRows()

    def entry_written(self, entry_id: int) -> int:
        """A new entry goes on top (if it matches the filters); a completed one is updated.
        Returns how many rows were added."""
        # With nothing shown, only this entry is new (`after_id=0` would make a text
        # search read every row again on every call).
        top = self.entries[0].id if self.entries else entry_id - 1
        if entry_id > top:
            newer = self.journal.query(self.filters, after_id=top, limit=50)
            if newer:
                self.beginInsertRows(QModelIndex(), 0, len(newer) - 1)
                self.entries[0:0] = newer
                self.endInsertRows()
            return len(newer)
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                updated = self.journal.get(entry_id)
                if updated is not None:
                    self.entries[row] = updated
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, len(self.COLUMNS) - 1)
                    )
                break
        return 0

    def entry(self, row: int) -> JournalEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[self.COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("answer", "outcome"):
            from PySide6.QtGui import QColor

            colour = {
                Outcome.SUCCESS: style.SUCCESS,
                Outcome.REFUSED: style.ERROR,
                Outcome.NO_ANSWER: style.WARNING,
                Outcome.NOT_SENT: style.WARNING,
            }.get(entry.outcome, style.MUTED)
            if column == "outcome" and entry.settled_later:
                colour = style.SUCCESS if entry.settled_later == "success" else style.ERROR
            return QColor(colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == "answer":
            return entry.display
        return None

    def text(self, entry: JournalEntry, column: str) -> str:
        if column == "time":
            # Jakarta time, as in X-TIMESTAMP and as OVO's staff read it, whatever this
            # computer's zone.
            return datetime.fromtimestamp(entry.started, JAKARTA).strftime("%Y-%m-%d %H:%M:%S")
        if column == "environment":
            return entry.environment
        if column == "service":
            return self.services.get(entry.service, entry.service_title)
        if column == "customer":
            return entry.customer_number or ""
        if column == "reference":
            return entry.partner_reference_no or ""
        if column == "answer":
            return entry.display if entry.code or entry.message else ""
        if column == "outcome":
            own = self.outcomes.get(entry.outcome, entry.outcome.value)
            settled = entry.settled_later
            if settled:  # the answer never came; the status call settled it afterwards
                word = self.outcomes[Outcome.SUCCESS] if settled == "success" else self.tr("failed")
                return self.tr("{own} → {settled} (status)").format(own=own, settled=word)
            return own
        if column == "duration":
            return f"{entry.elapsed * 1000:.0f} ms" if entry.elapsed is not None else ""
        return ""
