"""The money flow of OVO's SOP: inquiry, confirmation, top-up, and resolving the unknown.

Rules this module enforces so that no front end can break them:
- a top-up is built only from a successful account inquiry of the same customer;
- the amount is checked against the inquiry's minimum and maximum before sending;
- every top-up's partnerReferenceNo is recorded durably (in the journal's file) before
  the request leaves;
- an unknown outcome (timeout, 5xx, dropped connection, unreadable answer) is resolved
  with the top-up status call, with backoff, and the top-up is NEVER sent again.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from core.client import ApiError, Exchange, Failure, NoAnswer, SnapClient
from core.errors import BadInput
from core.snap import bodies
from core.snap.profile import Service
from core.snap.timestamps import JAKARTA
from core.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from core.journal import PendingTopups

# The SOP's refusals end the flow; each with what the user can do about it.
REFUSAL_ADVICE = {
    "4033718": QT_TRANSLATE_NOOP(
        "core", "Check the OVO number with the customer; no top-up is possible to it."
    ),
    "4033705": QT_TRANSLATE_NOOP(
        "core",
        "The customer's OVO account is inactive; no top-up is possible until OVO reactivates it.",
    ),
    "4033702": QT_TRANSLATE_NOOP(
        "core", "The customer has reached a limit; try a smaller amount or later."
    ),
    "4043713": QT_TRANSLATE_NOOP(
        "core", "Enter an amount between the minimum and the maximum top-up."
    ),
}
STATUS_BACKOFF = (1.0, 2.0, 4.0, 8.0)  # seconds between status calls


def new_partner_reference_no() -> str:
    """Jakarta date and time plus random digits: sortable, unique, at most 64 characters."""
    stamp = datetime.now(JAKARTA).strftime("%Y%m%d%H%M%S")
    return f"{stamp}{secrets.randbelow(10**8):08d}"


def _money(value: str | None) -> Decimal | None:
    return Decimal(value) if value else None


@dataclass(frozen=True)
class Inquiry:
    """A successful account inquiry: what a top-up is built from."""

    customer_number: str
    customer_name: str  # as OVO masks it
    shown_number: str  # as OVO masks it
    amount: Decimal
    fee: Decimal
    fee_type: str
    min_amount: Decimal | None
    max_amount: Decimal | None
    session_id: str | None
    partner_reference_no: str
    reference_no: str | None
    exchange: Exchange = field(repr=False, compare=False)


@dataclass(frozen=True)
class Confirmation:
    """What the user confirms before money moves: the SOP's reconfirmation page."""

    environment: str
    production: bool
    destination_number: str
    destination_name: str
    amount: Decimal
    fee: Decimal
    fee_type: str
    total: Decimal

    def lines(self) -> list[tuple[str, str]]:
        return [
            (
                "Environment",
                self.environment + ("  (PRODUCTION: real money)" if self.production else ""),
            ),
            ("Destination OVO account", f"{self.destination_name} ({self.destination_number})"),
            ("Top-up amount", format_idr(self.amount)),
            (self.fee_type or "Admin fee", format_idr(self.fee)),
            ("Total", format_idr(self.total)),
        ]


def format_idr(value: Decimal) -> str:
    """Rp 10.000 or Rp 10.000,50: the Indonesian grouping users read every day."""
    whole, _, cents = f"{value:,.2f}".partition(".")
    text = "Rp " + whole.replace(",", ".")
    return text if cents == "00" else f"{text},{cents}"


class Outcome(Enum):
    SUCCESS = "success"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass
class TopupResult:
    outcome: Outcome
    partner_reference_no: str
    amount: Decimal
    reference_no: str | None = None
    external_id: str | None = None
    message: str = ""  # CODE - Message, or what is known
    resolved_by_status: bool = False
    status_checks: int = 0


# --- the flow ------------------------------------------------------------------------------


async def account_inquiry(client: SnapClient, customer_number: str, amount: Decimal) -> Inquiry:
    """Ask OVO about the destination. The SOP's refusal codes end the flow here."""
    body = bodies.account_inquiry_body_for(
        client.config.profile,
        new_partner_reference_no(),
        customer_number,
        amount,
        datetime.now(UTC),
    )
    problems = bodies.validate_request(Service.ACCOUNT_INQUIRY, body)
    if problems:
        raise BadInput(
            problems[0].message + ".",
            QT_TRANSLATE_NOOP("core", "Correct the customer number or amount."),
        )
    exchange = await client.call(Service.ACCOUNT_INQUIRY, body)
    if exchange.code is None:
        raise NoAnswer(exchange)
    if not exchange.succeeded:
        fix = REFUSAL_ADVICE.get(exchange.code.code, "")
        raise ApiError(exchange, fix)
    data = exchange.response_json or {}
    return Inquiry(
        customer_number=customer_number,
        customer_name=str(data.get("customerName", "")),
        shown_number=str(data.get("customerNumber", customer_number)),
        amount=amount,
        fee=_money((data.get("feeAmount") or {}).get("value")) or Decimal(0),
        fee_type=str(data.get("feeType", "Admin fee")),
        min_amount=_money((data.get("minAmount") or {}).get("value")),
        max_amount=_money((data.get("maxAmount") or {}).get("value")),
        session_id=data.get("sessionId"),
        partner_reference_no=body["partnerReferenceNo"],
        reference_no=data.get("referenceNo"),
        exchange=exchange,
    )


def check_limits(inquiry: Inquiry, amount: Decimal) -> None:
    if inquiry.min_amount is not None and amount < inquiry.min_amount:
        minimum = format_idr(inquiry.min_amount)
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "{amount} is below the minimum top-up of {minimum}.").format(
                amount=format_idr(amount), minimum=minimum
            ),
            QT_TRANSLATE_NOOP("core", "Enter a larger amount."),
        )
    if inquiry.max_amount is not None and amount > inquiry.max_amount:
        maximum = format_idr(inquiry.max_amount)
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "{amount} is above the maximum top-up of {maximum}.").format(
                amount=format_idr(amount), maximum=maximum
            ),
            QT_TRANSLATE_NOOP("core", "Enter a smaller amount."),
        )


def confirmation(inquiry: Inquiry, environment: str, production: bool) -> Confirmation:
    check_limits(inquiry, inquiry.amount)
    return Confirmation(
        environment=environment,
        production=production,
        destination_number=inquiry.shown_number,
        destination_name=inquiry.customer_name,
        amount=inquiry.amount,
        fee=inquiry.fee,
        fee_type=inquiry.fee_type,
        total=inquiry.amount + inquiry.fee,
    )


async def topup(
    client: SnapClient,
    inquiry: Inquiry,
    pending: PendingTopups,
    environment: str,
    *,
    backoff: tuple[float, ...] = STATUS_BACKOFF,
) -> TopupResult:
    """Send the top-up once; if its outcome is unknown, find it out with the status call."""
    check_limits(inquiry, inquiry.amount)
    ref = new_partner_reference_no()
    body = bodies.topup_body_for(
        client.config.profile,
        ref,
        inquiry.customer_number,
        inquiry.customer_name,
        inquiry.amount,
        inquiry.fee,
        datetime.now(UTC),
        inquiry.session_id,
    )
    pending.record(environment, ref, inquiry.customer_number, inquiry.amount, None)
    exchange = await client.call(Service.TOPUP, body)
    result = TopupResult(Outcome.UNKNOWN, ref, inquiry.amount, external_id=exchange.external_id)
    if exchange.succeeded:
        data = exchange.response_json or {}
        result.outcome, result.reference_no = Outcome.SUCCESS, data.get("referenceNo")
        result.message = exchange.display
    elif exchange.failure is Failure.NOT_SENT:
        result.outcome, result.message = (
            Outcome.FAILED,
            QT_TRANSLATE_NOOP("core", "{what} (nothing was sent)").format(what=exchange.display),
        )
    elif exchange.code is not None and exchange.failure is None:
        result.outcome, result.message = Outcome.FAILED, exchange.display
    else:
        result.message = exchange.display
        await resolve(client, result, backoff=backoff)
    pending.close(ref, result)
    return result


async def resolve(
    client: SnapClient, result: TopupResult, *, backoff: tuple[float, ...] = STATUS_BACKOFF
) -> TopupResult:
    """Ask top-up status (39) until it says Success, Failed or Not found, or give up.

    Never sends the top-up again: an unknown outcome stays unknown, with its references,
    rather than risk crediting the customer twice.
    """
    body = bodies.topup_status_body(
        result.partner_reference_no, result.reference_no, result.external_id
    )
    first_reason = result.message
    for delay in (0.0, *backoff):
        if delay:
            await asyncio.sleep(delay)
        result.status_checks += 1
        try:
            exchange = await client.call(Service.TOPUP_STATUS, body)
        except NoAnswer:
            continue
        code = exchange.code
        if code is None or exchange.failure is not None:
            continue
        data = exchange.response_json or {}
        if exchange.succeeded:
            status = str(data.get("latestTransactionStatus", ""))
            description = data.get("transactionStatusDesc", status)
            if status == "00":
                result.outcome = Outcome.SUCCESS
                result.reference_no = data.get("originalReferenceNo") or result.reference_no
            elif status in ("04", "05", "06", "07"):
                result.outcome = Outcome.FAILED
            else:
                continue  # 01 Initiated, 02 Paying, 03 Pending: ask again later
            result.resolved_by_status = True
            result.message = QT_TRANSLATE_NOOP("core", "{what} (status: {description})").format(
                what=exchange.display, description=description
            )
            return result
        if code.http_status == 404 and code.case == "01":
            result.outcome, result.resolved_by_status = Outcome.FAILED, True
            result.message = QT_TRANSLATE_NOOP(
                "core", "{what}: the top-up was not processed"
            ).format(what=exchange.display)
            return result
    result.outcome = Outcome.UNKNOWN
    result.message = QT_TRANSLATE_NOOP(
        "core",
        "Outcome unknown after {checks} status checks ({reason}). Do not send it again; "
        "check it later with partnerReferenceNo {reference}.",
    ).format(
        checks=result.status_checks, reason=first_reason, reference=result.partner_reference_no
    )
    return result
