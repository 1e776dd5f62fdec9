"""The journal: every HTTP exchange, kept redacted in `journal.sqlite3` (WAL).

OVO's SOP asks partners to keep a backend log of every API call for investigating issues;
this is it. An entry is written before the request leaves (pending) and completed when
the answer or the failure arrives, so a crash mid-call leaves a trace of what was sent.
Redaction happens here, at write time: the file never holds a secret in any form.

The money flow's durable records of top-ups (`PendingTopups`) live in the same file, so
that a reviewer's question "what happened to this partnerReferenceNo?" has one place to
look, and so that retention can spare what is still unresolved.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core import journal_damage, sqlite_files
from core.errors import BadInput
from core.journal_entry import JournalEntry, Outcome
from core.redaction import Redactor
from core.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from decimal import Decimal

    from core.client import Exchange
    from core.topup import TopupResult

PAGE_SIZE = 200
DEFAULT_MAX_MB = 500
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS exchanges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started REAL NOT NULL,
    finished REAL,
    elapsed REAL,
    environment TEXT NOT NULL,
    service TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    request_headers TEXT NOT NULL,
    request_body BLOB NOT NULL,
    status INTEGER,
    response_headers TEXT NOT NULL DEFAULT '{}',
    response_body BLOB NOT NULL DEFAULT x'',
    external_id TEXT,
    partner_reference_no TEXT,
    customer_number TEXT,
    code TEXT,
    message TEXT NOT NULL DEFAULT '',
    string_to_sign TEXT,
    failure TEXT,
    outcome TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS exchanges_started ON exchanges(started);
CREATE INDEX IF NOT EXISTS exchanges_environment ON exchanges(environment, id);
CREATE INDEX IF NOT EXISTS exchanges_reference ON exchanges(partner_reference_no);
CREATE INDEX IF NOT EXISTS exchanges_customer ON exchanges(customer_number);
CREATE INDEX IF NOT EXISTS exchanges_code ON exchanges(code);
CREATE INDEX IF NOT EXISTS exchanges_outcome ON exchanges(outcome, id);
CREATE INDEX IF NOT EXISTS exchanges_external_id ON exchanges(external_id);
-- The Journey asks whether a service ever answered a code or an outcome in an environment:
-- without these, each question read the whole table (8 ms at 100,000 entries, ten of them
-- for each of its refreshes).
CREATE INDEX IF NOT EXISTS exchanges_service_code
    ON exchanges(environment COLLATE NOCASE, service, code);
CREATE INDEX IF NOT EXISTS exchanges_service_outcome
    ON exchanges(environment COLLATE NOCASE, service, outcome);
CREATE TABLE IF NOT EXISTS topups (
    partner_reference_no TEXT PRIMARY KEY,
    environment TEXT NOT NULL,
    customer_number TEXT NOT NULL,
    amount TEXT NOT NULL,
    external_id TEXT,
    reference_no TEXT,
    state TEXT NOT NULL,
    message TEXT,
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS topups_state ON topups(environment, state);
"""

_COLUMNS = (
    "id, started, finished, elapsed, environment, service, method, url, request_headers,"
    " request_body, status, response_headers, response_body, external_id,"
    " partner_reference_no, customer_number, code, message, string_to_sign, failure, outcome"
)
# The settled outcome of the top-up an entry sent, read from its record: the Log shows it on
# a top-up whose answer never arrived, once the status call has settled it.
_SETTLED = (
    "(SELECT t.state FROM topups t WHERE exchanges.service = '38'"
    " AND t.partner_reference_no = exchanges.partner_reference_no) AS settled"
)
_SELECT = f"{_COLUMNS}, {_SETTLED}"
_TOPUP_COLUMNS = (
    "partner_reference_no, environment, customer_number, amount, external_id, reference_no,"
    " state, message, created, updated"
)
# What a file must hold to be a journal: the columns this module reads and writes.
SCHEMA = sqlite_files.Schema(
    _SCHEMA,
    {
        "exchanges": frozenset(c.strip() for c in (_COLUMNS + ", size").split(",")),
        "topups": frozenset(c.strip() for c in _TOPUP_COLUMNS.split(",")),
    },
    SCHEMA_VERSION,
    large=frozenset({"exchanges"}),
)
JOURNAL = QT_TRANSLATE_NOOP("core", "The journal")
log = logging.getLogger("workbench.journal")
log.addHandler(logging.NullHandler())  # the window logs it to its file; a command says it
_UNRESOLVED = ("pending", "unknown")


MAX_LIMIT_MB = 1_000_000  # a terabyte of journal
MAX_LIMIT_DAYS = 36_500  # a century


def usable_limit(value: object, maximum: float) -> bool:
    """A journal limit is none, or a finite number above 0 and at most `maximum`."""
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return 0 < value <= maximum  # False for NaN; inf and 1e400 are above any maximum


@dataclass(frozen=True)
class Retention:
    """The user's limits on the journal. By default it grows to 500 MB and keeps entries
    of any age: OVO may ask about an old transaction, and a log is cheap."""

    max_mb: float | None = DEFAULT_MAX_MB
    max_age_days: float | None = None

    @property
    def max_bytes(self) -> int | None:
        return None if self.max_mb is None else int(self.max_mb * 1024 * 1024)

    @classmethod
    def from_preferences(cls, preferences: dict) -> Retention:
        """The limits in settings.json; one that cannot be used (NaN, infinite, negative,
        not a number: a file edited by hand) counts as the default, so that the journal,
        and every command that opens it, still works. `unusable` says which."""
        max_mb = preferences.get("journal_max_mb", DEFAULT_MAX_MB)
        max_days = preferences.get("journal_max_days")
        return cls(
            max_mb=max_mb if usable_limit(max_mb, MAX_LIMIT_MB) else DEFAULT_MAX_MB,
            max_age_days=max_days if usable_limit(max_days, MAX_LIMIT_DAYS) else None,
        )

    @staticmethod
    def unusable(preferences: dict) -> list[str]:
        """The names of the limits in `preferences` that `from_preferences` had to ignore."""
        return [
            key
            for key, maximum in (
                ("journal_max_mb", MAX_LIMIT_MB),
                ("journal_max_days", MAX_LIMIT_DAYS),
            )
            if not usable_limit(preferences.get(key), maximum)
        ]

    def to_preferences(self) -> dict:
        return {"journal_max_mb": self.max_mb, "journal_max_days": self.max_age_days}

    def describe(self) -> str:
        size = "no size limit" if self.max_mb is None else f"at most {self.max_mb:g} MB"
        age = "any age" if self.max_age_days is None else f"at most {self.max_age_days:g} days"
        return f"{size}, entries of {age}; pending and unresolved top-ups are always kept"


@dataclass(frozen=True)
class JournalFilter:
    """What the Log and `log list` narrow the journal to; every field is optional."""

    since: float | None = None
    until: float | None = None
    environment: str | None = None
    service: str | None = None
    customer_number: str | None = None
    partner_reference_no: str | None = None
    code: str | None = None
    outcome: Outcome | None = None
    text: str | None = None

    def where(self) -> tuple[str, list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        for column, value in (
            ("environment", self.environment),
            ("service", self.service),
            ("customer_number", self.customer_number),
            ("partner_reference_no", self.partner_reference_no),
            ("code", self.code),
            ("outcome", self.outcome.value if self.outcome else None),
        ):
            if value:
                collate = " COLLATE NOCASE" if column == "environment" else ""
                clauses.append(f"{column} = ?{collate}")
                params.append(value)
        if self.since is not None:
            clauses.append("started >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("started < ?")
            params.append(self.until)
        if self.text:
            pattern = "%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_"
            ) + "%"
            searched = (
                "url", "external_id", "partner_reference_no", "customer_number", "code",
                "message", "CAST(request_body AS TEXT)", "CAST(response_body AS TEXT)",
            )
            clauses.append(
                "(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in searched) + ")"
            )
            params.extend([pattern] * len(searched))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _references(body: bytes) -> tuple[str | None, str | None]:
    """partnerReferenceNo (or the original one a status call asks about) and the customer."""
    try:
        data = json.loads(body)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    ref = data.get("partnerReferenceNo") or data.get("originalPartnerReferenceNo")
    customer = data.get("customerNumber")
    return (str(ref) if ref else None), (str(customer) if customer else None)


def _outcome(exchange: Exchange) -> Outcome:
    from core.client import Failure

    if exchange.failure is Failure.NOT_SENT:
        return Outcome.NOT_SENT
    if exchange.failure is not None:
        return Outcome.NO_ANSWER
    return Outcome.SUCCESS if exchange.succeeded else Outcome.REFUSED


def _headers(text: object) -> dict[str, str]:
    """Headers as written; from a damaged page, what can be shown instead of a failure."""
    try:
        headers = json.loads(str(text))
    except ValueError:
        return {"X-Workbench-Unreadable": str(text)}
    if not isinstance(headers, dict):
        return {"X-Workbench-Unreadable": str(text)}
    return {str(k): str(v) for k, v in headers.items()}


def _outcome_of(value: object) -> Outcome:
    try:
        return Outcome(value)
    except ValueError:
        return Outcome.PENDING  # a damaged value: not known to have ended


def _blob(value: object) -> bytes:
    if isinstance(value, bytes):
        return value
    return b"" if value is None else str(value).encode("utf-8")


def _row_to_entry(row: sqlite3.Row) -> JournalEntry:
    return JournalEntry(
        id=row["id"],
        started=row["started"],
        finished=row["finished"],
        elapsed=row["elapsed"],
        environment=row["environment"],
        service=row["service"],
        method=row["method"],
        url=row["url"],
        request_headers=_headers(row["request_headers"]),
        request_body=_blob(row["request_body"]),
        status=row["status"],
        response_headers=_headers(row["response_headers"]),
        response_body=_blob(row["response_body"]),
        external_id=row["external_id"],
        partner_reference_no=row["partner_reference_no"],
        customer_number=row["customer_number"],
        code=row["code"],
        message=row["message"],
        string_to_sign=row["string_to_sign"],
        failure=row["failure"],
        outcome=_outcome_of(row["outcome"]),
        settled=row["settled"] if "settled" in row.keys() else None,  # noqa: SIM118
    )


class Journal:
    """One connection shared by the threads of a process, guarded by a lock; other
    processes (a CLI run beside the GUI) share the file through WAL."""

    def __init__(self, path: Path, redactor: Redactor | None = None) -> None:
        """Opening never fails for a damaged or unwritable file: a damaged one is set
        aside (and `notices` says so, once); one that cannot be written is read as it is
        (`unwritable` says why) and every write then refuses before anything is sent."""
        self.path = path
        self.redactor = redactor or Redactor()
        self._lock = threading.RLock()
        self._read_lock = threading.Lock()
        self._reader: sqlite3.Connection | None = None  # opened by the first search()
        self._hold: journal_damage.Hold | None = None
        opened = sqlite_files.open_store(
            path,
            SCHEMA,
            what=JOURNAL,
            read_only_fallback=True,
            before_set_aside=self._keep_unsettled,
        )
        self._db = opened.db  # synchronous=NORMAL: a killed process loses nothing
        self._db.row_factory = sqlite3.Row
        self._in_memory = opened.in_memory
        self.unwritable: str | None = opened.read_only
        self.set_aside = opened.set_aside
        self._notices: list[Text] = []
        if opened.set_aside is not None:
            self._notices.append(self._set_aside_notice(opened.set_aside))
        self._listeners: list[Callable[[int], None]] = []
        self.pending = PendingTopups(self)

    # --- damage and failed writes ------------------------------------------------------------

    def _keep_unsettled(self, path: Path, aside: Path, reason: str) -> None:
        self._hold = journal_damage.hold_if_unsettled(path, aside, reason)

    def _set_aside_notice(self, set_aside: sqlite_files.SetAside) -> Text:
        told = QT_TRANSLATE_NOOP(
            "core",
            "The journal {path} was damaged ({reason}). It is kept aside as {aside} (never "
            "deleted) and a fresh journal was started.",
        ).format(path=set_aside.original, reason=set_aside.reason, aside=set_aside.aside)
        if self._hold is None:
            then = QT_TRANSLATE_NOOP("core", "It held no unsettled top-up.")
        else:
            then = QT_TRANSLATE_NOOP(
                "core",
                "Top-ups it may hold unsettled: {references}. New top-ups are on hold until "
                "you have checked them with `status --partner-reference-no REF` and run "
                "`log damaged --release`.",
            ).format(references=journal_damage.describe_references([self._hold]))
        log.warning("%s %s", told, then)
        return QT_TRANSLATE_NOOP("core", "{told} {then}").format(told=told, then=then)

    def take_notices(self) -> list[Text]:
        """What the user should be told about the journal since the last call: a damaged
        file set aside, an answer that could not be recorded. Each is told once."""
        notices, self._notices = self._notices, []
        return notices

    def _warn(self, notice: Text) -> None:
        log.warning("%s", notice)
        self._notices.append(notice)

    def unwritable_error(self, why: str, *, before_sending: bool = False) -> BadInput:
        """The message for a write that failed: before a request leaves it says that
        nothing was sent, which is the guarantee that matters to the user."""
        if before_sending:
            problem = QT_TRANSLATE_NOOP(
                "core", "The journal {path} cannot be written ({reason}); nothing was sent."
            ).format(path=self.path, reason=why)
            return BadInput(problem, sqlite_files.WRITABLE_FIX)
        return BadInput(*sqlite_files.cannot_write(JOURNAL, self.path, why))

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A read that fails is a message naming the file. A file found damaged only now
        (the check at opening leaves a big journal's exchanges to SQLite) is checked in
        full at the next opening, and set aside then."""
        try:
            yield
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            if sqlite_files.is_damage(exc):
                sqlite_files.check_next_time(self.path)
                raise BadInput(
                    QT_TRANSLATE_NOOP("core", "The journal {path} is damaged ({reason}).").format(
                        path=self.path, reason=sqlite_files.reason(exc)
                    ),
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Close the workbench and run the command again: the damaged file is "
                        "then kept aside and a fresh journal started.",
                    ),
                ) from None
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "The journal {path} cannot be read ({reason}).").format(
                    path=self.path, reason=sqlite_files.reason(exc)
                ),
                sqlite_files.WRITABLE_FIX,
            ) from None

    @contextmanager
    def _writing(self, *, before_sending: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction whose failure (disk full, read-only, locked) is a message
        naming the file, never an sqlite3 error."""
        if self.unwritable is not None:
            raise self.unwritable_error(self.unwritable, before_sending=before_sending)
        try:
            with self._transaction() as db:
                yield db
        except sqlite3.Error as exc:
            raise self.unwritable_error(
                sqlite_files.reason(exc), before_sending=before_sending
            ) from None

    def close(self) -> None:
        with self._lock, suppress(sqlite3.ProgrammingError):
            self._db.close()
        with self._read_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None

    def _transaction(self):
        return sqlite_files.transaction(self._db, self._lock)

    # --- listening -----------------------------------------------------------------------

    def subscribe(self, listener: Callable[[int], None]) -> None:
        """Called with an entry's id when it is written or completed, on the writer's
        thread: a GUI marshals it to its own thread."""
        self._listeners.append(listener)

    def _notify(self, entry_id: int) -> None:
        for listener in list(self._listeners):
            listener(entry_id)

    # --- writing -------------------------------------------------------------------------

    def recorder(self, environment: str) -> Callable[[Exchange], None]:
        """The client's `on_exchange` hook for one environment: the first call writes the
        pending entry, the second completes it."""

        def record(exchange: Exchange) -> None:
            if exchange.journal_id is None:
                # Raises if it cannot be written: then the request is not sent.
                exchange.journal_id = self.begin(environment, exchange)
                return
            try:
                self.complete(exchange)
            except BadInput as exc:
                # The answer has arrived: it is reported all the same, and the entry
                # stays pending in the file, as after a crash.
                self._warn(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The answer to journal entry {entry} could not be recorded "
                        "({problem}); the entry stays marked pending. The answer was: {answer}",
                    ).format(
                        entry=exchange.journal_id, problem=exc.problem, answer=exchange.display
                    )
                )

        return record

    def begin(self, environment: str, exchange: Exchange) -> int:
        redact = self.redactor
        redact.learn_from_headers(exchange.request_headers)
        headers = redact.headers(exchange.request_headers)
        body = redact.data(exchange.request_body)
        ref, customer = _references(exchange.request_body)
        string_to_sign = (
            redact.text(exchange.signature.string_to_sign) if exchange.signature else None
        )
        with self._writing(before_sending=True) as db:
            cursor = db.execute(
                "INSERT INTO exchanges (started, environment, service, method, url,"
                " request_headers, request_body, external_id, partner_reference_no,"
                " customer_number, string_to_sign, outcome, size)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    time.time(),
                    environment,
                    exchange.service.value,
                    exchange.method,
                    redact.text(exchange.url),
                    json.dumps(headers, ensure_ascii=False),
                    body,
                    exchange.external_id,
                    ref,
                    customer,
                    string_to_sign,
                    Outcome.PENDING.value,
                    len(body) + sum(len(k) + len(v) for k, v in headers.items()),
                ),
            )
            entry_id = int(cursor.lastrowid or 0)
        self._notify(entry_id)
        return entry_id

    def complete(self, exchange: Exchange) -> None:
        redact = self.redactor
        redact.learn_from_json(exchange.response_json)
        headers = redact.headers(exchange.response_headers)
        body = redact.data(exchange.response_body)
        code = exchange.code.code if exchange.code else None
        message = redact.text(exchange.message if code else exchange.display)
        with self._writing() as db:
            db.execute(
                "UPDATE exchanges SET finished=?, elapsed=?, status=?, response_headers=?,"
                " response_body=?, code=?, message=?, failure=?, outcome=?, size=size+?"
                " WHERE id=?",
                (
                    time.time(),
                    exchange.elapsed,
                    exchange.status,
                    json.dumps(headers, ensure_ascii=False),
                    body,
                    code,
                    message,
                    exchange.failure.value if exchange.failure else None,
                    _outcome(exchange).value,
                    len(body) + sum(len(k) + len(v) for k, v in headers.items()),
                    exchange.journal_id,
                ),
            )
        self._notify(int(exchange.journal_id or 0))

    # --- reading -------------------------------------------------------------------------

    def query(
        self,
        filters: JournalFilter | None = None,
        *,
        before_id: int | None = None,
        after_id: int | None = None,
        limit: int = PAGE_SIZE,
    ) -> list[JournalEntry]:
        """Newest first, one page at a time: `before_id` is the last id of the previous
        page (keyset paging stays instant however deep the user scrolls); `after_id` asks
        only for entries newer than one already shown."""
        sql, params = _page_sql(filters, before_id, after_id, limit)
        with self._lock, self._reading():
            rows = self._db.execute(sql, params).fetchall()
        return [_row_to_entry(row) for row in rows]

    def search(
        self, filters: JournalFilter, *, limit: int = PAGE_SIZE
    ) -> tuple[list[JournalEntry], int]:
        """The first page and the number of matches, read on a connection of its own.

        For a worker thread: a free-text search reads every row (some 80 ms at 100,000
        entries, twice with the count), and on the shared connection it would hold the
        lock that the next exchange's write waits for.
        """
        sql, params = _page_sql(filters, None, None, limit)
        count_sql, count_params = _count_sql(filters)
        if self._in_memory or self.unwritable is not None:
            with self._lock, self._reading():  # no second connection to a file not there
                rows = self._db.execute(sql, params).fetchall()
                total = self._db.execute(count_sql, count_params).fetchone()[0]
            return [_row_to_entry(row) for row in rows], int(total)
        with self._read_lock, self._reading():
            if self._reader is None:
                self._reader = sqlite_files.connect(self.path)
                self._reader.row_factory = sqlite3.Row
            rows = self._reader.execute(sql, params).fetchall()
            total = self._reader.execute(count_sql, count_params).fetchone()[0]
        return [_row_to_entry(row) for row in rows], int(total)

    def iterate(self, filters: JournalFilter | None = None) -> Iterator[JournalEntry]:
        """Every matching entry, newest first, a page at a time (for exports)."""
        before: int | None = None
        while True:
            page = self.query(filters, before_id=before)
            yield from page
            if len(page) < PAGE_SIZE:
                return
            before = page[-1].id

    def count(self, filters: JournalFilter | None = None) -> int:
        sql, params = _count_sql(filters)
        with self._lock, self._reading():
            return int(self._db.execute(sql, params).fetchone()[0])

    def entries_of(
        self, ref: str, service: str, *, pending: bool = False, unanswered: bool = False
    ) -> list[int]:
        """The ids of the entries of one service about one partnerReferenceNo (a status
        call's about the top-up it asks for), oldest first; `pending`: still waiting only;
        `unanswered`: those without a SNAP answer (pending or no answer) only."""
        sql = "SELECT id FROM exchanges WHERE partner_reference_no = ? AND service = ?"
        if pending:
            sql += " AND outcome = 'pending'"
        elif unanswered:
            sql += " AND outcome IN ('pending', 'no-answer')"
        with self._lock, self._reading():
            rows = self._db.execute(sql + " ORDER BY id", (ref, service)).fetchall()
        return [int(row[0]) for row in rows]

    def get(self, entry_id: int) -> JournalEntry | None:
        with self._lock, self._reading():
            row = self._db.execute(
                f"SELECT {_SELECT} FROM exchanges WHERE id = ?", (entry_id,)
            ).fetchone()
        return _row_to_entry(row) if row else None

    def integrity(self) -> str:
        with self._lock:
            return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])

    # --- retention -----------------------------------------------------------------------

    def prune(self, *, max_bytes: int | None = None, max_age_days: float | None = None) -> int:
        """Delete the oldest entries beyond the user's limits. Pending exchanges, and every
        exchange of a top-up whose outcome is not settled, are kept whatever their age:
        they are the evidence for resolving it."""
        keep = (
            "outcome = 'pending' OR partner_reference_no IN (SELECT partner_reference_no"
            " FROM topups WHERE state IN ('pending', 'unknown'))"
        )
        deleted = 0
        if self.unwritable is not None:
            return 0  # nothing can be removed; reading still works
        with self._writing() as db:
            if max_age_days is not None:
                cutoff = time.time() - max_age_days * 86400
                deleted += db.execute(
                    f"DELETE FROM exchanges WHERE started < ? AND NOT ({keep})", (cutoff,)
                ).rowcount
            # The entries' sizes count bytes the file holds, so a file within the limit
            # needs no sum (a full scan, 30 ms at 100,000 entries, on every start).
            if max_bytes is not None and self.size_on_disk() > max_bytes:
                total = db.execute("SELECT COALESCE(SUM(size), 0) FROM exchanges").fetchone()[0]
                excess = total - max_bytes
                if excess > 0:
                    # The oldest deletable entries whose sizes add up to the excess.
                    cursor = db.execute(
                        f"SELECT id, size FROM exchanges WHERE NOT ({keep}) ORDER BY id"
                    )
                    last_id, freed = None, 0
                    for row in cursor:
                        last_id, freed = row["id"], freed + row["size"]
                        if freed >= excess:
                            break
                    if last_id is not None:
                        deleted += db.execute(
                            f"DELETE FROM exchanges WHERE id <= ? AND NOT ({keep})", (last_id,)
                        ).rowcount
        return deleted

    def size_on_disk(self) -> int:
        if self._in_memory:
            return 0
        return sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )


class PendingTopups:
    """A top-up's references, written durably before the request leaves and closed when
    its outcome is known, so a crash mid-call leaves a record to resolve on the next start."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    @contextmanager
    def _durable(self, *, before_sending: bool = False) -> Iterator[sqlite3.Connection]:
        # A power cut must not lose the fact that money may have moved: sync this commit.
        with self._journal._lock:
            db = self._journal._db
            db.execute("PRAGMA synchronous=FULL")
            try:
                with self._journal._writing(before_sending=before_sending) as tx:
                    yield tx
            finally:
                db.execute("PRAGMA synchronous=NORMAL")

    def refuse_if_held(self) -> None:
        """Raise `BadInput` while a damaged journal set aside may hold unsettled top-ups
        (see core/journal_damage.py): a new top-up waits until they are checked."""
        journal_damage.refuse_if_held(self._journal.path.parent)

    def record(
        self, env: str, ref: str, customer: str, amount: Decimal, external_id: str | None
    ) -> None:
        """Before the top-up leaves. Raises `BadInput` (and the top-up is not sent) when
        a damaged journal holds new top-ups back or the record cannot be written."""
        self.refuse_if_held()
        now = time.time()
        with self._durable(before_sending=True) as db:
            db.execute(
                "INSERT INTO topups VALUES (?, ?, ?, ?, ?, NULL, 'pending', NULL, ?, ?)",
                (ref, env, customer, str(amount), external_id, now, now),
            )

    def close(self, ref: str, result: TopupResult) -> None:
        """After the outcome is known. If that cannot be written the outcome is still
        reported (this never raises for it): the record stays pending, and the next run
        settles it with the status call, never by sending it again."""
        try:
            self._close(ref, result)
        except BadInput as exc:
            self._journal._warn(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The outcome of top-up {reference} could not be written to the journal "
                    "({problem}). It stays recorded as pending there, and the next top-up "
                    "settles it with the status call first; it is never sent again.",
                ).format(reference=ref, problem=exc.problem)
            )

    def _close(self, ref: str, result: TopupResult) -> None:
        with self._durable() as db:
            db.execute(
                "UPDATE topups SET state=?, reference_no=?, message=?,"
                " external_id=COALESCE(?, external_id), updated=?"
                " WHERE partner_reference_no=?",
                (
                    result.outcome.value,
                    result.reference_no,
                    result.message,
                    result.external_id,
                    time.time(),
                    ref,
                ),
            )
        # A top-up that got no answer shows its settled outcome on its row: the Log reloads it.
        for entry_id in self._journal.entries_of(ref, "38", unanswered=True):
            self._journal._notify(entry_id)

    def mark_interrupted(self, ref: str) -> None:
        """The top-up's exchange that a run left pending (it ended before the answer came)
        is, for the journal, one that got no answer; its record says how it was settled."""
        ids = self._journal.entries_of(ref, "38", pending=True)
        if not ids:
            return
        # Housekeeping: on a disk that cannot be written it waits; the record has the truth.
        with suppress(sqlite3.Error), self._journal._transaction() as db:
            db.executemany(
                "UPDATE exchanges SET outcome=?, failure=COALESCE(failure, ?),"
                " message=CASE WHEN message = '' THEN ? ELSE message END"
                " WHERE id=? AND outcome=?",
                [
                    (
                        Outcome.NO_ANSWER.value,
                        "interrupted",
                        "the workbench stopped before the answer arrived",
                        entry_id,
                        Outcome.PENDING.value,
                    )
                    for entry_id in ids
                ],
            )
        for entry_id in ids:
            self._journal._notify(entry_id)

    def unresolved(self, env: str) -> list[dict]:
        with self._journal._lock:
            rows = self._journal._db.execute(
                "SELECT * FROM topups WHERE environment=? AND state IN (?, ?) ORDER BY created",
                (env, *_UNRESOLVED),
            ).fetchall()
        return [dict(r) for r in rows]

    def references(self, env: str, ref: str) -> dict | None:
        """The top-up record of `ref` in `env` (its reference_no and external_id), if any:
        what a status call names as the original."""
        with self._journal._lock:
            row = self._journal._db.execute(
                "SELECT * FROM topups WHERE environment=? COLLATE NOCASE"
                " AND partner_reference_no=?",
                (env, ref),
            ).fetchone()
        return dict(row) if row else None

    def adopt(self, old_file: Path) -> int:
        """Bring in the records of the separate `topups.sqlite3` that earlier versions
        kept, so an unresolved top-up from before an upgrade is still resolved."""
        if not old_file.exists():
            return 0
        rows, _ = sqlite_files.read_rows(old_file, "SELECT * FROM topups")
        with self._durable() as db:
            for row in rows:
                db.execute(
                    "INSERT OR IGNORE INTO topups VALUES (:partner_reference_no, :environment,"
                    " :customer_number, :amount, :external_id, :reference_no, :state, :message,"
                    " :created, :updated)",
                    row,
                )
        old_file.rename(old_file.with_name(old_file.name + ".adopted"))
        return len(rows)


def _page_sql(
    filters: JournalFilter | None, before_id: int | None, after_id: int | None, limit: int
) -> tuple[str, list]:
    where, params = (filters or JournalFilter()).where()
    for bound, op in ((before_id, "<"), (after_id, ">")):
        if bound is not None:
            where += (" AND " if where else " WHERE ") + f"id {op} ?"
            params.append(bound)
    return f"SELECT {_SELECT} FROM exchanges{where} ORDER BY id DESC LIMIT ?", [*params, limit]


def _count_sql(filters: JournalFilter | None) -> tuple[str, list]:
    where, params = (filters or JournalFilter()).where()
    return f"SELECT COUNT(*) FROM exchanges{where}", params
