"""X-EXTERNAL-ID: unique per partner per Jakarta calendar day, across restarts.

A gateway answers a reused ID with 409 Conflict, and a CLI run is a new process each time,
so memory is not enough: every ID handed out is recorded in a small SQLite file first,
and a unique index (not a read-then-write) guarantees that two processes never hand out
the same one. One connection stays open for the session, and commits are synced the WAL
way (safe against a killed process; a power cut may forget the last few IDs, which 20
random digits make harmless): the ID is on every call's path, and a connection plus a
full sync per call cost more than the signature.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core import sqlite_files
from core.snap.timestamps import jakarta_day
from core.texts import QT_TRANSLATE_NOOP, Text

ID_DIGITS = 20  # numeric, as the standard asks; within its 36-character limit
KEEP_DAYS = 2  # yesterday's IDs stay a little in case of clock trouble near midnight
SCHEMA = sqlite_files.Schema(
    "CREATE TABLE IF NOT EXISTS external_ids ("
    " partner TEXT NOT NULL, day TEXT NOT NULL, external_id TEXT NOT NULL,"
    " PRIMARY KEY (partner, day, external_id))",
    {"external_ids": frozenset({"partner", "day", "external_id"})},
    version=0,
)
log = logging.getLogger("workbench.external_ids")
log.addHandler(logging.NullHandler())  # the window logs it to its file; a command says it


class ExternalIdStore:
    """Opening never fails: the record only guards against reusing an ID the same day,
    which 20 random digits already make harmless. A damaged file is set aside and a fresh
    one started; one that cannot be written is kept in memory for the session."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._pruned_for: str | None = None  # the day whose old IDs were last removed
        what = QT_TRANSLATE_NOOP("core", "The X-EXTERNAL-ID record")
        opened = sqlite_files.open_store(path, SCHEMA, what=what, read_only_fallback=True)
        self._db = opened.db
        self.notices: list[Text] = []
        if opened.set_aside is not None:
            self._tell(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The X-EXTERNAL-ID record {path} was damaged ({reason}); it is kept aside "
                    "as {aside} and a fresh one was started. It only prevents reusing an "
                    "X-EXTERNAL-ID on the same day, and new IDs are 20 random digits, so "
                    "nothing needs doing.",
                ).format(
                    path=path, reason=opened.set_aside.reason, aside=opened.set_aside.aside
                )
            )
        self._unwritable = opened.read_only  # then IDs are handed out, not remembered

    def _tell(self, notice: Text) -> None:
        log.warning("%s", notice)
        self.notices.append(notice)

    def next_id(self, partner: str, now: datetime | None = None) -> str:
        """A fresh ID for `partner` today, recorded before it is returned."""
        import secrets  # here: it loads OpenSSL (hmac), which the window's first frame need not

        day = jakarta_day(now)
        with self._lock:
            try:
                while True:
                    candidate = f"{secrets.randbelow(10**ID_DIGITS):0{ID_DIGITS}d}"
                    inserted = self._db.execute(
                        "INSERT OR IGNORE INTO external_ids VALUES (?, ?, ?)",
                        (partner, day, candidate),
                    ).rowcount
                    if inserted:
                        break
                if self._pruned_for != day:
                    moment = now or datetime.now(UTC)
                    cutoff = jakarta_day(moment - timedelta(days=KEEP_DAYS - 1))
                    self._db.execute("DELETE FROM external_ids WHERE day < ?", (cutoff,))
                    self._pruned_for = day
            except sqlite3.Error as exc:
                # Disk full or read-only: the ID is still fresh (20 random digits), just not
                # remembered; the journal, written before the request leaves, says whether
                # anything can be sent at all.
                if self._unwritable is None:
                    self._unwritable = sqlite_files.reason(exc)
                    log.warning("X-EXTERNAL-ID record not written: %s", self._unwritable)
        return candidate

    def used(self, partner: str, external_id: str, now: datetime | None = None) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM external_ids WHERE partner=? AND day=? AND external_id=?",
                (partner, jakarta_day(now), external_id),
            ).fetchone()
        return row is not None

    def close(self) -> None:
        with self._lock:
            self._db.close()
