"""Small SQLite files under the workbench home, opened the same way everywhere.

WAL lets a GUI read while a CLI run writes; autocommit keeps each statement durable on
its own; and every connection is closed after use (sqlite3's own context manager only
commits, leaving the file open until garbage collection).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def connect(path: Path, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
    """`durable`: sync every commit to disk, for records that must survive a power cut."""
    db = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        if durable:
            db.execute("PRAGMA synchronous=FULL")
        yield db
    finally:
        db.close()
