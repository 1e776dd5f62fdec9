"""SQLite files under the workbench home, opened one way everywhere.

The journal, the X-EXTERNAL-ID record and the sandbox's database all open their files
through `open_store`, so each of them gets the same guarantees:
- the file is created 0600 before SQLite first touches it, and an existing wider mode is
  tightened, whatever the umask (SQLite gives its -wal and -shm the main file's mode);
- WAL (a window reads while a command-line run writes), a busy timeout, autocommit, and
  one connection shared by a process's threads under the store's lock;
- checked when opened: a file that is not SQLite, is damaged (`PRAGMA quick_check`), or
  holds another program's tables is moved aside with its -wal and -shm, never deleted,
  and a fresh file is started in its place (`SetAside` says where the old one went);
- a write that fails (disk full, read-only, locked) becomes a message that names the
  file and the reason (`failure`), never an sqlite3 traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from core.errors import BadInput
from core.paths import private_folder
from core.texts import QT_TRANSLATE_NOOP, Text

PRIVATE_FILE_MODE = 0o600
BUSY_TIMEOUT_S = 10
# Files up to this size are checked in full when opened (some 50 ms at 32 MB); a larger
# journal has its big table left to SQLite's own checks, so opening it stays instant.
FULL_CHECK_BYTES = 32 * 1024 * 1024
SIDECARS = ("-wal", "-shm")
CHECK_FLAG = ".check"  # beside a file found damaged while in use: check it all next time

_DAMAGE_CODES = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_OBJECT_RE = re.compile(r"CREATE\s+(?:TABLE|INDEX)\s+IF\s+NOT\s+EXISTS\s+(\w+)", re.IGNORECASE)


@dataclass(frozen=True)
class Schema:
    """What a store's file holds: `script` creates it (`IF NOT EXISTS` throughout),
    `tables` names each table with the columns it must have (a file whose tables lack
    them, or that holds other tables, belongs to something else), `large` the tables
    that the check of a big file leaves out."""

    script: str
    tables: Mapping[str, frozenset[str]]
    version: int
    large: frozenset[str] = frozenset()

    @property
    def statements(self) -> list[str]:
        return [s for s in self.script.split(";") if s.strip()]

    @property
    def objects(self) -> set[str]:
        return set(_OBJECT_RE.findall(self.script))


@dataclass(frozen=True)
class SetAside:
    """A damaged file, moved from `original` to `aside` (its -wal and -shm beside it)."""

    original: Path
    aside: Path
    reason: str


@dataclass
class Opened:
    """A store's connection. `read_only` says why the file cannot be written (the
    connection then only reads, or is an empty one in memory when even that failed)."""

    db: sqlite3.Connection
    path: Path
    set_aside: SetAside | None = None
    read_only: str | None = None
    in_memory: bool = False


class _Damaged(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- opening -----------------------------------------------------------------------------


def open_store(
    path: Path,
    schema: Schema,
    *,
    what: Text,
    synchronous: str = "NORMAL",
    read_only_fallback: bool = False,
    before_set_aside: Callable[[Path, Path, str], None] | None = None,
) -> Opened:
    """Open (or create) `path` for `schema`, checked, set aside if damaged.

    `what` names the store in messages ("The journal"). With `read_only_fallback`, a file
    that cannot be written (disk full, read-only) is opened for reading, or as an empty
    store in memory, and `Opened.read_only` says why; without it that raises `BadInput`.
    `before_set_aside(path, aside, reason)` runs before a damaged file is moved: the
    journal reads what it can from it there; if it raises, nothing is moved.
    """
    set_aside: SetAside | None = None
    for _attempt in range(2):
        try:
            private_folder(path.parent)
            _prepare_file(path)
        except OSError as exc:
            return _read_only(path, schema, what, reason(exc), read_only_fallback, set_aside)
        db = connect(path)
        try:
            try:
                _check(db, path, schema)
                _initialise(db, schema, synchronous)
            except (sqlite3.Error, UnicodeDecodeError) as exc:
                if is_damage(exc):
                    raise _Damaged(reason(exc)) from None
                raise
        except _Damaged as damage:
            db.close()
            if set_aside is not None:  # a fresh file is damaged too: not ours to fix
                raise BadInput(*_cannot_use(what, path, damage.reason)) from None
            set_aside = _set_aside(path, damage.reason, what, before_set_aside)
            continue
        except sqlite3.Error as exc:
            db.close()
            return _read_only(path, schema, what, reason(exc), read_only_fallback, set_aside)
        _tighten_sidecars(path)
        return Opened(db, path, set_aside)
    raise AssertionError("unreachable")  # pragma: no cover


def connect(path: Path | str, *, uri: bool = False) -> sqlite3.Connection:
    """A connection in autocommit, shared across threads (callers hold a lock). Text that
    is not UTF-8 (a damaged page) reads with replacement characters instead of failing."""
    db = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False, uri=uri
    )
    db.text_factory = _text
    return db


def _text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _prepare_file(path: Path) -> None:
    """Create the file 0600 before SQLite does (SQLite would make it 0644 under umask
    022, and its -wal and -shm after it); tighten an existing one."""
    if path.exists() and not path.is_file():
        raise IsADirectoryError(errno.EISDIR, "not a file", str(path))
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)
    _tighten_sidecars(path)


def _tighten_sidecars(path: Path) -> None:
    for suffix in SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if sidecar.stat().st_mode & 0o077:
                os.chmod(sidecar, PRIVATE_FILE_MODE)


def _check(db: sqlite3.Connection, path: Path, schema: Schema) -> None:
    """Raise `_Damaged` for a file that is not SQLite, is damaged, or is not ours."""
    objects = db.execute("SELECT type, name FROM sqlite_master").fetchall()
    tables = {name for kind, name in objects if kind == "table" and not name.startswith("sqlite_")}
    foreign = sorted(tables - set(schema.tables))
    if foreign:
        raise _Damaged(
            QT_TRANSLATE_NOOP("core", "it holds tables of another program: {tables}").format(
                tables=", ".join(foreign)
            )
        )
    for table in sorted(tables):
        columns = {row[1] for row in db.execute(f'PRAGMA table_info("{table}")')}
        missing = sorted(schema.tables[table] - columns)
        if missing:
            raise _Damaged(
                QT_TRANSLATE_NOOP("core", "its table {table} lacks {columns}").format(
                    table=table, columns=", ".join(missing)
                )
            )
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > schema.version:
        raise _Damaged(
            QT_TRANSLATE_NOOP(
                "core", "a newer version of the workbench wrote it (schema {found})"
            ).format(found=found)
        )
    size = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    flag = path.with_name(path.name + CHECK_FLAG)
    if size <= FULL_CHECK_BYTES or flag.exists():
        results = db.execute("PRAGMA quick_check").fetchall()
    else:
        results = []
        for table in sorted(tables - schema.large):
            results += db.execute(f'PRAGMA quick_check("{table}")').fetchall()
    problems = [str(row[0]) for row in results if row[0] != "ok"]
    if problems:
        raise _Damaged(
            QT_TRANSLATE_NOOP("core", "SQLite's check found: {problem}").format(problem=problems[0])
        )
    with contextlib.suppress(OSError):
        flag.unlink(missing_ok=True)


def check_next_time(path: Path) -> None:
    """Have the next opening check all of `path` (it was found damaged while in use)."""
    with contextlib.suppress(OSError):
        flag = path.with_name(path.name + CHECK_FLAG)
        os.close(os.open(flag, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))


def _initialise(db: sqlite3.Connection, schema: Schema, synchronous: str) -> None:
    """WAL and the schema. A file that already has everything is not written to, so a
    healthy file on a read-only disk still opens for reading."""
    if str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
        db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={synchronous}")
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if schema.objects <= present and version >= schema.version:
        return
    with transaction(db, threading.RLock()):
        # executescript() would commit on its own; one statement at a time keeps the
        # schema inside this transaction.
        for statement in schema.statements:
            db.execute(statement)
        if version < schema.version:
            db.execute(f"PRAGMA user_version={schema.version}")


def _read_only(
    path: Path,
    schema: Schema,
    what: Text,
    why: str,
    allowed: bool,
    set_aside: SetAside | None,
) -> Opened:
    """The file cannot be written: read it as it is if possible, else start empty in
    memory; or, for a store that must write, say so."""
    if not allowed:
        raise BadInput(*cannot_write(what, path, why))
    if path.is_file() and path.stat().st_size:
        for query in ("mode=ro", "immutable=1"):
            db = connect(f"{path.resolve().as_uri()}?{query}", uri=True)
            try:
                names = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
                if set(schema.tables) <= names:  # an index missing only slows reading
                    return Opened(db, path, set_aside, read_only=why)
            except (sqlite3.Error, UnicodeDecodeError):
                pass
            db.close()
    db = connect(":memory:")
    with transaction(db, threading.RLock()):
        for statement in schema.statements:
            db.execute(statement)
    return Opened(db, path, set_aside, read_only=why, in_memory=True)


# --- setting a damaged file aside --------------------------------------------------------


def aside_name(path: Path, when: float | None = None) -> Path:
    """`journal.sqlite3` -> `journal.damaged-20261128-143000.sqlite3`, not yet taken."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(when))
    stem, dot, rest = path.name.partition(".")
    suffix = dot + rest
    candidate, n = path.with_name(f"{stem}.damaged-{stamp}{suffix}"), 2
    while candidate.exists():
        candidate, n = path.with_name(f"{stem}.damaged-{stamp}-{n}{suffix}"), n + 1
    return candidate


def _set_aside(
    path: Path,
    why: str,
    what: Text,
    before: Callable[[Path, Path, str], None] | None,
) -> SetAside:
    aside = aside_name(path)
    if before is not None:
        before(path, aside, why)
    try:
        # The -wal and -shm go first: a fresh file beside an old -wal would take its pages.
        for suffix in SIDECARS:
            sidecar = path.with_name(path.name + suffix)
            if sidecar.exists():
                os.replace(sidecar, aside.with_name(aside.name + suffix))
        os.replace(path, aside)
    except OSError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "{what} {path} is damaged ({reason}) and cannot be moved aside: {error}."
            ).format(what=what, path=path, reason=why, error=exc.strerror or exc),
            QT_TRANSLATE_NOOP(
                "core",
                "Move it (with any -wal and -shm file beside it) to another folder yourself "
                "and keep it; the workbench then starts a fresh one.",
            ),
        ) from None
    return SetAside(path, aside, why)


def read_rows(path: Path, sql: str) -> tuple[list[dict], bool]:
    """The rows of `sql` that can be read from a possibly damaged file, without writing
    to it, and whether the reading got to the end."""
    best: list[dict] = []
    if not path.is_file():
        return best, False
    for query in ("mode=ro", "immutable=1"):
        rows: list[dict] = []
        db = connect(f"{path.resolve().as_uri()}?{query}", uri=True)
        db.row_factory = sqlite3.Row
        try:
            for row in db.execute(sql):
                rows.append(dict(row))
            return rows, True
        except (sqlite3.Error, UnicodeDecodeError):
            best = max(best, rows, key=len)
        finally:
            db.close()
    return best, False


# --- writing -----------------------------------------------------------------------------


@contextlib.contextmanager
def transaction(db: sqlite3.Connection, lock: threading.RLock) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE: a check and the write it allows happen with no other writer in
    between, even one in another process. A failed statement or commit rolls back (SQLite
    may already have done so after a full disk: that is not a second error)."""
    with lock:
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    db.execute("ROLLBACK")
            raise


def is_damage(exc: BaseException) -> bool:
    """A file SQLite cannot make sense of. (A damaged schema can also make SQLite's own
    error message undecodable, which Python reports as a UnicodeDecodeError.)"""
    if isinstance(exc, UnicodeDecodeError):
        return True
    return getattr(exc, "sqlite_errorname", "") in _DAMAGE_CODES


def reason(exc: BaseException) -> str:
    """Why a file could not be used, in a few words a person understands."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name == "SQLITE_FULL":
            return QT_TRANSLATE_NOOP("core", "the disk is full")
        if name.startswith("SQLITE_READONLY"):
            return QT_TRANSLATE_NOOP("core", "it is read-only")
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            return QT_TRANSLATE_NOOP("core", "another program keeps it locked")
        if name.startswith("SQLITE_IOERR"):
            return QT_TRANSLATE_NOOP("core", "the disk reported an input/output error")
        if name.startswith("SQLITE_CANTOPEN"):
            return QT_TRANSLATE_NOOP("core", "it cannot be opened")
        if name in ("SQLITE_PERM", "SQLITE_AUTH"):
            return QT_TRANSLATE_NOOP("core", "permission denied")
        if name in _DAMAGE_CODES:
            return QT_TRANSLATE_NOOP(
                "core", "it is not a readable SQLite database: {error}"
            ).format(error=exc)
        return str(exc)
    if isinstance(exc, UnicodeDecodeError):
        return QT_TRANSLATE_NOOP("core", "it is not a readable SQLite database: {error}").format(
            error=QT_TRANSLATE_NOOP("core", "its schema is not text")
        )
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return QT_TRANSLATE_NOOP("core", "the disk is full")
        if exc.errno == errno.EROFS:
            return QT_TRANSLATE_NOOP("core", "the disk is read-only")
        if exc.errno in (errno.EACCES, errno.EPERM):
            return QT_TRANSLATE_NOOP("core", "permission denied")
        return exc.strerror or str(exc)
    return str(exc)


def cannot_write(what: Text, path: Path, why: str) -> tuple[Text, Text]:
    """(problem, fix) for a store that cannot be written."""
    return (
        QT_TRANSLATE_NOOP("core", "{what} {path} cannot be written ({reason}).").format(
            what=what, path=path, reason=why
        ),
        WRITABLE_FIX,
    )


def _cannot_use(what: Text, path: Path, why: str) -> tuple[Text, Text]:
    return (
        QT_TRANSLATE_NOOP("core", "{what} {path} cannot be used ({reason}).").format(
            what=what, path=path, reason=why
        ),
        WRITABLE_FIX,
    )


WRITABLE_FIX = QT_TRANSLATE_NOOP(
    "core", "Free disk space, or make the workbench home writable, then try again."
)
