"""X-EXTERNAL-ID: unique per partner per Jakarta calendar day, across restarts.

A gateway answers a reused ID with 409 Conflict, and a CLI run is a new process each time,
so memory is not enough: every ID handed out is recorded in a small SQLite file first,
and a unique index (not a read-then-write) guarantees that two processes never hand out
the same one.
"""

from __future__ import annotations

import secrets
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.snap.timestamps import jakarta_day
from core.sqlite_files import connect

ID_DIGITS = 20  # numeric, as the standard asks; within its 36-character limit
KEEP_DAYS = 2  # yesterday's IDs stay a little in case of clock trouble near midnight


class ExternalIdStore:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with connect(self._path) as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS external_ids ("
                " partner TEXT NOT NULL, day TEXT NOT NULL, external_id TEXT NOT NULL,"
                " PRIMARY KEY (partner, day, external_id))"
            )

    def next_id(self, partner: str, now: datetime | None = None) -> str:
        """A fresh ID for `partner` today, recorded before it is returned."""
        day = jakarta_day(now)
        with self._lock, connect(self._path) as db:
            while True:
                candidate = f"{secrets.randbelow(10**ID_DIGITS):0{ID_DIGITS}d}"
                inserted = db.execute(
                    "INSERT OR IGNORE INTO external_ids VALUES (?, ?, ?)",
                    (partner, day, candidate),
                ).rowcount
                if inserted:
                    moment = now or datetime.now(UTC)
                    cutoff = jakarta_day(moment - timedelta(days=KEEP_DAYS - 1))
                    db.execute("DELETE FROM external_ids WHERE day < ?", (cutoff,))
                    return candidate

    def used(self, partner: str, external_id: str, now: datetime | None = None) -> bool:
        with connect(self._path) as db:
            row = db.execute(
                "SELECT 1 FROM external_ids WHERE partner=? AND day=? AND external_id=?",
                (partner, jakarta_day(now), external_id),
            ).fetchone()
        return row is not None
