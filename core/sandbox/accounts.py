"""The OVO accounts the sandbox knows, read from an editable fixture file.

The accounts are data, not code, so a partner can add the customer numbers their own test
plan uses (or break one on purpose) without touching the workbench. The file is checked
as it is read and a mistake names the entry and the field, since people edit it by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from pathlib import Path

from core.errors import BadInput
from core.resources import resource_path
from core.snap.bodies import AMOUNT_VALUE, OVO_CUSTOMER_NUMBER
from core.snap.codes import parse_code

ACCOUNTS_FILE = "sandbox_accounts.json"
SUCCESS = "success"
CUSTOMER_NOT_FOUND = "4033718"
COMMIT_AFTER_SECONDS = 5.0  # the late-commit account's default delay
LONGEST_COMMIT_DELAY = 600.0


class Fault(Enum):
    """What a top-up to the account does besides succeeding: the outcomes a partner's
    code must survive and resolve with top-up status (SOP money rule 8)."""

    NONE = "none"
    TIMEOUT = "timeout"  # commits, then answers only after the client has given up
    ERROR = "error"  # commits, then answers HTTP 500
    DROP = "drop"  # commits, then closes the connection without any answer
    REJECT = "reject"  # answers HTTP 500 and commits nothing
    # closes the connection at once and commits `commit_after` seconds later: top-up
    # status answers "not found" until then, so a client that settles on the first
    # "not found" calls a credited top-up failed
    LATE_COMMIT = "late-commit"


@dataclass(frozen=True)
class SandboxAccount:
    customer_number: str
    name: str | None
    outcome: str  # SUCCESS, or the SNAP code account inquiry answers
    fee: Decimal
    fee_type: str
    min_amount: Decimal
    max_amount: Decimal
    monthly_limit: Decimal
    fault: Fault
    commit_after: float = COMMIT_AFTER_SECONDS  # seconds, for Fault.LATE_COMMIT

    @property
    def succeeds(self) -> bool:
        return self.outcome == SUCCESS

    def allows(self, amount: Decimal) -> bool:
        return self.min_amount <= amount <= self.max_amount


@dataclass(frozen=True)
class AccountBook:
    accounts: dict[str, SandboxAccount]
    unknown_outcome: str = CUSTOMER_NOT_FOUND
    source: Path | None = None

    def find(self, customer_number: str) -> SandboxAccount | None:
        return self.accounts.get(customer_number)

    def outcome_for(self, customer_number: str) -> str:
        account = self.find(customer_number)
        return account.outcome if account else self.unknown_outcome


def load_accounts(path: Path | None = None) -> AccountBook:
    """The accounts of `path`, or of the shipped fixture when none is given."""
    source = path or resource_path(ACCOUNTS_FILE)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadInput(
            f"Cannot read the sandbox accounts file {source}: {exc.strerror or exc}.",
            "Check the path; the workbench ships resources/sandbox_accounts.json.",
        ) from None
    except json.JSONDecodeError as exc:
        raise BadInput(
            f"The sandbox accounts file {source} is not valid JSON: {exc.msg} at line "
            f"{exc.lineno}, column {exc.colno}.",
            "Fix the JSON (a missing comma or quote is the usual cause).",
        ) from None
    entries = data.get("accounts") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BadInput(
            f"The sandbox accounts file {source} has no list named 'accounts'.",
            'Write it as {"accounts": [{"customerNumber": ...}, ...]}.',
        )
    unknown = str(data.get("unknownCustomerOutcome", CUSTOMER_NOT_FOUND))
    _check_outcome(unknown, source, "unknownCustomerOutcome")
    accounts: dict[str, SandboxAccount] = {}
    for index, entry in enumerate(entries, start=1):
        account = _account(entry, source, index)
        if account.customer_number in accounts:
            raise BadInput(
                f"{source}: account {index} repeats customerNumber {account.customer_number}.",
                "Keep one entry per customer number.",
            )
        accounts[account.customer_number] = account
    return AccountBook(accounts, unknown, source)


def _account(entry: object, source: Path, index: int) -> SandboxAccount:
    where = f"{source}: account {index}"
    if not isinstance(entry, dict):
        raise BadInput(f"{where} is not an object.", "Write each account as {...}.")

    def text(key: str) -> str:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise BadInput(f"{where} has no text field '{key}'.", f"Add '{key}' to the entry.")
        return value

    def money(key: str) -> Decimal:
        value = text(key)
        if not AMOUNT_VALUE.match(value):
            raise BadInput(
                f"{where}: {key} '{value}' is not an amount with two decimals.",
                'Write it as a string like "10000.00".',
            )
        return Decimal(value)

    number = text("customerNumber")
    if not OVO_CUSTOMER_NUMBER.match(number):
        raise BadInput(
            f"{where}: customerNumber '{number}' is not an OVO number.",
            "Use 08 followed by 8 to 11 digits.",
        )
    name = entry.get("name")
    if name is not None and not isinstance(name, str):
        raise BadInput(f"{where}: name must be text or null.", 'Write "name": "Budi Santoso".')
    outcome = text("outcome")
    _check_outcome(outcome, source, f"account {index} outcome")
    try:
        fault = Fault(entry.get("fault", Fault.NONE.value))
    except ValueError:
        choices = ", ".join(f.value for f in Fault)
        raise BadInput(
            f"{where}: fault '{entry.get('fault')}' is not one the sandbox knows.",
            f"Use one of: {choices}.",
        ) from None
    delay = entry.get("commitAfterSeconds", COMMIT_AFTER_SECONDS)
    if (
        isinstance(delay, bool)
        or not isinstance(delay, int | float)
        or not 0 < delay <= LONGEST_COMMIT_DELAY
    ):
        raise BadInput(
            f"{where}: commitAfterSeconds {json.dumps(delay)} is not a number of seconds "
            f"from 0 to {LONGEST_COMMIT_DELAY:.0f}.",
            'Write it as a number, e.g. "commitAfterSeconds": 5.',
        )
    account = SandboxAccount(
        customer_number=number,
        name=name,
        outcome=outcome,
        fee=money("fee"),
        fee_type=text("feeType"),
        min_amount=money("minAmount"),
        max_amount=money("maxAmount"),
        monthly_limit=money("monthlyLimit"),
        fault=fault,
        commit_after=float(delay),
    )
    if account.min_amount > account.max_amount:
        raise BadInput(f"{where}: minAmount is above maxAmount.", "Swap the two amounts.")
    return account


def _check_outcome(outcome: str, source: Path, where: str) -> None:
    parsed = parse_code(outcome) if outcome != SUCCESS else None
    if outcome != SUCCESS and (parsed is None or parsed.is_success):
        raise BadInput(
            f"{source}: {where} '{outcome}' is neither 'success' nor a SNAP error code.",
            "Use 'success' or a seven-digit code such as 4033718.",
        )


# --- what the answers show of an account --------------------------------------------------


def mask_customer_number(number: str) -> str:
    """`XXXXXXXX7890`: everything but the last four digits, as the SOP's sample shows."""
    return "X" * max(len(number) - 4, 0) + number[-4:]


def mask_name(name: str) -> str:
    """The customer's name as OVO's answer shows it: enough to confirm, too little to harvest.

    The SOP's sample ("C**tomer Na**") shows the idea but no single rule, so the sandbox
    masks each word alike, one star per hidden letter: words of five letters or more keep
    the first letter and the last two (Santoso -> S****so); words of three or four keep
    the first and the last (Budi -> B**i); shorter words keep the first only (Al -> A*).
    """
    return " ".join(_mask_word(word) for word in name.split())


def _mask_word(word: str) -> str:
    if len(word) >= 5:
        return word[0] + "*" * (len(word) - 3) + word[-2:]
    if len(word) >= 3:
        return word[0] + "*" * (len(word) - 2) + word[-1]
    return word[0] + "*" * (len(word) - 1)
