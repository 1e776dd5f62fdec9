"""The sandbox's memory: partners, tokens, used X-EXTERNAL-IDs, inquiries and the ledger.

It lives in SQLite under the workbench home so that it outlives the server: credentials
issued yesterday still get a token today, a top-up whose answer was lost can still be
found by top-up status after a restart, and `sandbox issue-credentials` in one terminal
registers a partner that a `sandbox serve` running in another one sees at once (nothing
is cached in memory for that reason). Money is kept in integer sen so sums are exact.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from core import sqlite_files
from core.paths import sandbox_dir
from core.snap.timestamps import jakarta_day
from core.texts import QT_TRANSLATE_NOOP, Text

STATE_FILE = "sandbox.sqlite3"
SCHEMA_VERSION = 1
KEEP_TOKENS_S = 86400  # expired tokens stay a day (they answer the same as unknown ones)
KEEP_INQUIRIES_S = 86400
KEEP_EXTERNAL_ID_DAYS = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS partners (
    client_id TEXT PRIMARY KEY,
    client_secret TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    signing_public_pem TEXT NOT NULL,
    exchange_public_pem TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS external_ids (
    client_id TEXT NOT NULL,
    day TEXT NOT NULL,
    external_id TEXT NOT NULL,
    PRIMARY KEY (client_id, day, external_id)
);
CREATE TABLE IF NOT EXISTS inquiries (
    id INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL,
    customer_number TEXT NOT NULL,
    session_id TEXT NOT NULL,
    reference_no TEXT NOT NULL,
    amount_sen INTEGER NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS inquiries_by_customer
    ON inquiries (client_id, customer_number, created_at);
CREATE TABLE IF NOT EXISTS transactions (
    client_id TEXT NOT NULL,
    partner_reference_no TEXT NOT NULL,
    reference_no TEXT NOT NULL UNIQUE,
    external_id TEXT NOT NULL,
    customer_number TEXT NOT NULL,
    amount_sen INTEGER NOT NULL,
    fee_sen INTEGER NOT NULL,
    status TEXT NOT NULL,
    day TEXT NOT NULL,
    created_at REAL NOT NULL,
    PRIMARY KEY (client_id, partner_reference_no)
);
CREATE INDEX IF NOT EXISTS transactions_by_customer ON transactions (customer_number, day);
CREATE TABLE IF NOT EXISTS balances (
    customer_number TEXT PRIMARY KEY,
    balance_sen INTEGER NOT NULL
);
"""
_TABLES = {
    "partners": "client_id client_secret channel_id signing_public_pem exchange_public_pem"
    " created_at",
    "tokens": "token client_id expires_at",
    "external_ids": "client_id day external_id",
    "inquiries": "id client_id customer_number session_id reference_no amount_sen created_at",
    "transactions": "client_id partner_reference_no reference_no external_id customer_number"
    " amount_sen fee_sen status day created_at",
    "balances": "customer_number balance_sen",
}
SCHEMA = sqlite_files.Schema(
    _SCHEMA,
    {table: frozenset(columns.split()) for table, columns in _TABLES.items()},
    SCHEMA_VERSION,
)
log = logging.getLogger("workbench.sandbox")
log.addHandler(logging.NullHandler())  # the window logs it to its file; a command says it


def to_sen(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def from_sen(sen: int) -> Decimal:
    return (Decimal(sen) / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Partner:
    client_id: str
    client_secret: str
    channel_id: str
    signing_public_pem: bytes
    exchange_public_pem: bytes
    created_at: float

    def __repr__(self) -> str:  # never the secret, not even in a traceback
        return f"Partner(client_id={self.client_id!r}, channel_id={self.channel_id!r})"


@dataclass(frozen=True)
class Inquiry:
    client_id: str
    customer_number: str
    session_id: str
    reference_no: str
    amount: Decimal
    created_at: float


@dataclass(frozen=True)
class Transaction:
    client_id: str
    partner_reference_no: str
    reference_no: str
    external_id: str
    customer_number: str
    amount: Decimal
    fee: Decimal
    status: str  # latestTransactionStatus: "00" success
    created_at: float

    @property
    def day(self) -> str:
        return jakarta_day(datetime.fromtimestamp(self.created_at, UTC))


@dataclass(frozen=True)
class TopupCommit:
    """`kind`: "committed", "duplicate" (`transaction` is the earlier one) or "over_limit"."""

    kind: str
    transaction: Transaction | None
    month_total: Decimal


class SandboxStore:
    """One SQLite connection shared under a lock: the server's thread and the caller's
    (registration, tests, the GUI) use the same store object."""

    def __init__(self, path: Path | None = None) -> None:
        """The file holds live sandbox tokens and client secrets: it is 0600. A damaged
        one is set aside and a fresh one started (`notices` says so); one that cannot be
        written raises `BadInput` naming it."""
        self.path = path or sandbox_dir() / STATE_FILE
        self._lock = threading.RLock()
        opened = sqlite_files.open_store(
            self.path, SCHEMA, what=QT_TRANSLATE_NOOP("core", "The sandbox's database")
        )
        self._db = opened.db
        self.notices: list[Text] = []
        if opened.set_aside is not None:
            notice = QT_TRANSLATE_NOOP(
                "core",
                "The sandbox's database {path} was damaged ({reason}); it is kept aside as "
                "{aside} and a fresh one was started. It held sandbox state only, but the "
                "partners registered with the sandbox are gone: register again (`sandbox "
                "register`, or `sandbox issue-credentials` and `decrypt`).",
            ).format(path=self.path, reason=opened.set_aside.reason, aside=opened.set_aside.aside)
            log.warning("%s", notice)
            self.notices.append(notice)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> SandboxStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _transaction(self):
        """BEGIN IMMEDIATE: a check and the write it allows happen with no other writer
        in between, even one in another process (a second `sandbox serve`)."""
        return sqlite_files.transaction(self._db, self._lock)

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # --- partners ---------------------------------------------------------------------

    def add_partner(self, partner: Partner) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO partners VALUES (?, ?, ?, ?, ?, ?)",
                (
                    partner.client_id,
                    partner.client_secret,
                    partner.channel_id,
                    partner.signing_public_pem.decode("ascii"),
                    partner.exchange_public_pem.decode("ascii"),
                    partner.created_at,
                ),
            )

    def partner(self, client_id: str) -> Partner | None:
        rows = self._query("SELECT * FROM partners WHERE client_id = ?", (client_id,))
        if not rows:
            return None
        cid, secret, channel, signing, exchange, created = rows[0]
        return Partner(cid, secret, channel, signing.encode(), exchange.encode(), created)

    def partner_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM partners")[0][0]

    # --- tokens -------------------------------------------------------------------------

    def save_token(self, token: str, client_id: str, expires_at: float) -> None:
        with self._transaction() as db:
            db.execute("INSERT INTO tokens VALUES (?, ?, ?)", (token, client_id, expires_at))
            db.execute("DELETE FROM tokens WHERE expires_at < ?", (time.time() - KEEP_TOKENS_S,))

    def token(self, token: str) -> tuple[str, float] | None:
        """(client ID, expiry as a Unix time) of a token the sandbox issued."""
        rows = self._query("SELECT client_id, expires_at FROM tokens WHERE token = ?", (token,))
        return (rows[0][0], rows[0][1]) if rows else None

    # --- X-EXTERNAL-ID ----------------------------------------------------------------

    def claim_external_id(self, client_id: str, external_id: str, day: str) -> bool:
        """Record the ID as used; False if this partner already used it on `day`."""
        with self._transaction() as db:
            inserted = db.execute(
                "INSERT OR IGNORE INTO external_ids VALUES (?, ?, ?)",
                (client_id, day, external_id),
            ).rowcount
            if inserted:
                db.execute(
                    "DELETE FROM external_ids WHERE day < date(?, ?)",
                    (day, f"-{KEEP_EXTERNAL_ID_DAYS} days"),
                )
        return bool(inserted)

    # --- account inquiries ------------------------------------------------------------

    def record_inquiry(self, inquiry: Inquiry) -> None:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO inquiries (client_id, customer_number, session_id, reference_no,"
                " amount_sen, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    inquiry.client_id,
                    inquiry.customer_number,
                    inquiry.session_id,
                    inquiry.reference_no,
                    to_sen(inquiry.amount),
                    inquiry.created_at,
                ),
            )
            db.execute(
                "DELETE FROM inquiries WHERE created_at < ?",
                (inquiry.created_at - KEEP_INQUIRIES_S,),
            )

    def recent_inquiry(
        self, client_id: str, customer_number: str, since: float, session_id: str | None = None
    ) -> Inquiry | None:
        """The latest successful inquiry since `since`, of this session if one is named."""
        sql = (
            "SELECT client_id, customer_number, session_id, reference_no, amount_sen, created_at"
            " FROM inquiries WHERE client_id = ? AND customer_number = ? AND created_at >= ?"
        )
        params: tuple = (client_id, customer_number, since)
        if session_id is not None:
            sql += " AND session_id = ?"
            params += (session_id,)
        rows = self._query(sql + " ORDER BY created_at DESC LIMIT 1", params)
        if not rows:
            return None
        cid, number, session, reference, sen, created = rows[0]
        return Inquiry(cid, number, session, reference, from_sen(sen), created)

    # --- transactions and the ledger --------------------------------------------------

    _TX_COLUMNS = (
        "client_id, partner_reference_no, reference_no, external_id, customer_number,"
        " amount_sen, fee_sen, status, created_at"
    )

    @staticmethod
    def _transaction_of(row: tuple) -> Transaction:
        cid, partner_ref, ref, ext, number, sen, fee, status, created = row
        return Transaction(
            cid, partner_ref, ref, ext, number, from_sen(sen), from_sen(fee), status, created
        )

    def transaction(self, client_id: str, partner_reference_no: str) -> Transaction | None:
        rows = self._query(
            f"SELECT {self._TX_COLUMNS} FROM transactions"
            " WHERE client_id = ? AND partner_reference_no = ?",
            (client_id, partner_reference_no),
        )
        return self._transaction_of(rows[0]) if rows else None

    def commit_topup(self, tx: Transaction, monthly_limit: Decimal) -> TopupCommit:
        """Credit the customer and record the transaction, in one database transaction.

        The duplicate and the monthly-limit checks run inside it too, so two top-ups racing
        with the same partnerReferenceNo credit once, and two racing ones can never
        together pass the limit.
        """
        month = tx.day[:7]
        with self._transaction() as db:
            earlier = db.execute(
                f"SELECT {self._TX_COLUMNS} FROM transactions"
                " WHERE client_id = ? AND partner_reference_no = ?",
                (tx.client_id, tx.partner_reference_no),
            ).fetchone()
            total = db.execute(
                "SELECT COALESCE(SUM(amount_sen), 0) FROM transactions"
                " WHERE customer_number = ? AND day LIKE ? AND status = '00'",
                (tx.customer_number, f"{month}-%"),
            ).fetchone()[0]
            if earlier is not None:
                return TopupCommit("duplicate", self._transaction_of(earlier), from_sen(total))
            if total + to_sen(tx.amount) > to_sen(monthly_limit):
                return TopupCommit("over_limit", None, from_sen(total))
            db.execute(
                "INSERT INTO transactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    tx.client_id,
                    tx.partner_reference_no,
                    tx.reference_no,
                    tx.external_id,
                    tx.customer_number,
                    to_sen(tx.amount),
                    to_sen(tx.fee),
                    tx.status,
                    tx.day,
                    tx.created_at,
                ),
            )
            db.execute(
                "INSERT INTO balances VALUES (?, ?) ON CONFLICT (customer_number)"
                " DO UPDATE SET balance_sen = balance_sen + excluded.balance_sen",
                (tx.customer_number, to_sen(tx.amount)),
            )
        return TopupCommit("committed", tx, from_sen(total + to_sen(tx.amount)))

    def ledger(self, customer_number: str) -> tuple[Decimal, list[Transaction]]:
        """The customer's balance and every credit to it, oldest first."""
        rows = self._query(
            "SELECT balance_sen FROM balances WHERE customer_number = ?", (customer_number,)
        )
        balance = from_sen(rows[0][0]) if rows else Decimal("0.00")
        transactions = [
            self._transaction_of(row)
            for row in self._query(
                f"SELECT {self._TX_COLUMNS} FROM transactions WHERE customer_number = ?"
                " ORDER BY created_at, reference_no",
                (customer_number,),
            )
        ]
        return balance, transactions
