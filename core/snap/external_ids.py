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

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.snap.timestamps import jakarta_day

ID_DIGITS = 20  # numeric, as the standard asks; within its 36-character limit
KEEP_DAYS = 2  # yesterday's IDs stay a little in case of clock trouble near midnight


class ExternalIdStore:
    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._pruned_for: str | None = None  # the day whose old IDs were last removed
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            path, timeout=10, isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS external_ids ("
            " partner TEXT NOT NULL, day TEXT NOT NULL, external_id TEXT NOT NULL,"
            " PRIMARY KEY (partner, day, external_id))"
        )

    def next_id(self, partner: str, now: datetime | None = None) -> str:
        """A fresh ID for `partner` today, recorded before it is returned."""
        import secrets  # here: it loads OpenSSL (hmac), which the window's first frame need not

        day = jakarta_day(now)
        with self._lock:
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
