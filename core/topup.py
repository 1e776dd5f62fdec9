"""The money flow of OVO's SOP: inquiry, confirmation, top-up, and resolving the unknown.

Rules this module enforces so that no front end can break them:
- a top-up is built only from a successful account inquiry of the same customer;
- the amount is checked against the inquiry's minimum and maximum before sending;
- every top-up's partnerReferenceNo is recorded durably (in the journal's file) before
  the request leaves;
- an unknown outcome (timeout, 5xx, dropped connection, unreadable answer) is resolved
  with the top-up status call, with backoff, and the top-up is NEVER sent again;
- OVO's answers are untrusted input (core/snap/answers.py reads every field used): a
  top-up succeeded only when its answer carries the top-up's success code and echoes the
  request's partnerReferenceNo, amount and customer; any other answer leaves the outcome
  unknown, for the status call to settle, and a status answer settles only its own top-up.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING

from core.client import ApiError, Exchange, Failure, NoAnswer, SnapClient, UnusableAnswer
from core.errors import BadInput, WorkbenchError
from core.secrets import KeyringUnavailable
from core.snap import answers, bodies
from core.snap.codes import ResponseCode
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
STATUS_BACKOFF = (1.0, 2.0, 4.0, 8.0, 15.0)  # seconds between status calls; the last repeats
# How long after a top-up was sent "not found" (404xx01, status 07) still means "not yet
# known", in read timeouts. OVO may take up to a read timeout to answer a request it
# received as the client gave up on it, and as long again to write it where the status
# call looks; asked sooner, "not found" proves nothing.
STATUS_WINDOW_READ_TIMEOUTS = 2
STATUS_NAMES = {
    "00": "Success",
    "01": "Initiated",
    "02": "Paying",
    "03": "Pending",
    "04": "Refunded",
    "05": "Canceled",
    "06": "Failed",
    "07": "Not found",
}
FAILED_STATUSES = ("04", "05", "06")  # the money did not move, or came back
INQUIRY_FIX = QT_TRANSLATE_NOOP(
    "core",
    "No top-up is possible from this answer. Run the inquiry again; if it repeats, send "
    "that Log entry to OVO.",
)


def status_window(read_timeout: float) -> float:
    """Seconds after sending in which the status call keeps asking about a top-up OVO
    does not know yet: twice the read timeout (60 s with the default 30 s)."""
    return STATUS_WINDOW_READ_TIMEOUTS * read_timeout


def new_partner_reference_no() -> str:
    """Jakarta date and time plus random digits: sortable, unique, at most 64 characters."""
    stamp = datetime.now(JAKARTA).strftime("%Y%m%d%H%M%S")
    return f"{stamp}{secrets.randbelow(10**8):08d}"


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
    sent_at: float | None = None  # time.time() when it was sent: the status window's start


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
    if exchange.failure is None and exchange.code.is_success and not exchange.succeeded:
        raise UnusableAnswer(
            exchange,
            QT_TRANSLATE_NOOP(
                "core",
                "OVO answered the account inquiry with {answer}, which is not its success "
                "code {expected}; {log}.",
            ).format(answer=exchange.display, expected=exchange.success_code, log=exchange.in_log),
            INQUIRY_FIX,
        )
    if not exchange.succeeded:
        fix = REFUSAL_ADVICE.get(exchange.code.code, "")
        raise ApiError(exchange, fix)
    return _read_inquiry(exchange, body, amount)


def _read_inquiry(exchange: Exchange, body: dict, amount: Decimal) -> Inquiry:
    """The inquiry's answer as the top-up will use it, every field checked: an answer
    that cannot be read, or that is about another customer, reference or amount, is no
    ground for a top-up."""
    data = exchange.response_json or {}
    try:
        shown_number = answers.text(data, "customerNumber", required=False, max_length=32)
        echoed_reference = answers.reference(data, "partnerReferenceNo", required=False)
        echoed_amount = answers.money(data, "amount", required=False)
        fee = answers.money(data, "feeAmount", required=False)
        min_amount = answers.money(data, "minAmount", required=False)
        max_amount = answers.money(data, "maxAmount", required=False)
        name = answers.text(data, "customerName", required=False, max_length=128, empty=True)
        fee_type = answers.text(data, "feeType", required=False, max_length=64, empty=True)
        session_id = answers.text(data, "sessionId", required=False, max_length=128)
        reference_no = answers.reference(data, "referenceNo", required=False)
        if min_amount is not None and max_amount is not None and min_amount > max_amount:
            raise answers.BadField(
                "minAmount.value",
                answers.field_value(data, "minAmount.value"),
                QT_TRANSLATE_NOOP("core", "an amount not above maxAmount.value"),
            )
    except answers.BadField as exc:
        raise UnusableAnswer(
            exchange,
            QT_TRANSLATE_NOOP(
                "core",
                "OVO's answer to the account inquiry has an unreadable {field}: {arrived}, "
                "where {expected} was expected; {log}.",
            ).format(
                field=exc.field, arrived=exc.arrived, expected=exc.expected, log=exchange.in_log
            ),
            INQUIRY_FIX,
        ) from None
    customer_number = body["customerNumber"]
    for field_name, arrived, sent, same in (
        (
            "customerNumber",
            shown_number,
            customer_number,
            shown_number is None or answers.same_customer_number(shown_number, customer_number),
        ),
        (
            "partnerReferenceNo",
            echoed_reference,
            body["partnerReferenceNo"],
            echoed_reference in (None, body["partnerReferenceNo"]),
        ),
        (
            "amount.value",
            answers.field_value(data, "amount.value"),
            body["amount"]["value"],
            echoed_amount in (None, amount),
        ),
    ):
        if not same:
            raise UnusableAnswer(
                exchange,
                QT_TRANSLATE_NOOP(
                    "core",
                    "OVO's answer to the account inquiry is not about this inquiry: its "
                    "{field} is {arrived}, where the inquiry has {sent}; {log}.",
                ).format(
                    field=field_name,
                    arrived=answers.shown(arrived),
                    sent=sent,
                    log=exchange.in_log,
                ),
                INQUIRY_FIX,
            )
    return Inquiry(
        customer_number=customer_number,
        customer_name=name or "",
        shown_number=shown_number or customer_number,
        amount=amount,
        fee=fee if fee is not None else Decimal(0),
        fee_type=fee_type or "Admin fee",
        min_amount=min_amount,
        max_amount=max_amount,
        session_id=session_id,
        partner_reference_no=body["partnerReferenceNo"],
        reference_no=reference_no,
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
    window: float | None = None,
) -> TopupResult:
    """Send the top-up once; if its outcome is unknown, find it out with the status call.
    `window`: see `resolve` (None: twice the environment's read timeout)."""
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
    # The token first: a token that cannot be had is an error before anything is recorded,
    # not a pending top-up that never left (and that no status call would ever find).
    await client.token()
    pending.record(environment, ref, inquiry.customer_number, inquiry.amount, None)
    sent_at = time.time()
    exchange = await client.call(Service.TOPUP, body)
    result = TopupResult(
        Outcome.UNKNOWN, ref, inquiry.amount, external_id=exchange.external_id, sent_at=sent_at
    )
    code = exchange.code
    if exchange.failure is Failure.NOT_SENT:
        result.outcome, result.message = (
            Outcome.FAILED,
            QT_TRANSLATE_NOOP("core", "{what} (nothing was sent)").format(what=exchange.display),
        )
    elif code is not None and exchange.failure is None and _is_refusal(code):
        result.outcome, result.message = Outcome.FAILED, exchange.display
    else:
        reference_no, why_not = _proven_success(exchange, body)
        if not why_not:
            result.outcome, result.reference_no = Outcome.SUCCESS, reference_no
            result.message = exchange.display
        else:
            result.message = why_not
            await resolve(client, result, backoff=backoff, window=window)
    pending.close(ref, result)
    return result


def _is_refusal(code: ResponseCode) -> bool:
    """A 4xx says OVO did not take the top-up; but not a 409 (the partnerReferenceNo or
    the X-EXTERNAL-ID already seen), which may mean a copy of this very request arrived."""
    return 400 <= code.http_status < 500 and code.http_status != 409


def _proven_success(exchange: Exchange, body: dict) -> tuple[str | None, str]:
    """(referenceNo, "") when the answer proves that this top-up succeeded: the top-up's
    own success code, and this request's partnerReferenceNo, amount and customer. Else
    (None, why not): the outcome is unknown and the status call settles it."""
    if exchange.code is None or exchange.failure is not None:
        return None, exchange.display
    if not exchange.succeeded:
        return None, QT_TRANSLATE_NOOP(
            "core", "{answer}, which is not the top-up's success code {expected}"
        ).format(answer=exchange.display, expected=exchange.success_code)
    data = exchange.response_json or {}
    try:
        echoed_reference = answers.reference(data, "partnerReferenceNo")
        echoed_amount = answers.money(data, "amount")
        shown_number = answers.text(data, "customerNumber", required=False, max_length=32)
        reference_no = answers.reference(data, "referenceNo", required=False)
    except answers.BadField as exc:
        return None, _unreadable(exchange, exc)
    sent_number = body["customerNumber"]
    mismatch = _first_mismatch(
        exchange,
        data,
        (
            ("partnerReferenceNo", body["partnerReferenceNo"], echoed_reference),
            ("amount.value", body["amount"]["value"], echoed_amount == _sent_amount(body)),
            (
                "customerNumber",
                sent_number,
                shown_number is None or answers.same_customer_number(shown_number, sent_number),
            ),
        ),
    )
    return (None, mismatch) if mismatch else (reference_no, "")


def _sent_amount(body: dict) -> Decimal:
    return Decimal(body["amount"]["value"])


def _first_mismatch(
    exchange: Exchange, data: dict, checks: tuple[tuple[str, str, object], ...]
) -> str:
    """Why an answer is about another transaction: the first field whose value is not
    the request's. A check is (field, the request's value, the answer's value, or True
    when it fits / False when not)."""
    for field_name, sent, got in checks:
        same = got if isinstance(got, bool) else got == sent
        if not same:
            return QT_TRANSLATE_NOOP(
                "core", "{answer}, but its {field} is {arrived}, where the top-up has {sent}"
            ).format(
                answer=exchange.display,
                field=field_name,
                arrived=answers.shown(answers.field_value(data, field_name)),
                sent=sent,
            )
    return ""


def _unreadable(exchange: Exchange, exc: answers.BadField) -> str:
    return QT_TRANSLATE_NOOP(
        "core", "{answer}, but its {field} cannot be read: {arrived}, where {expected} was expected"
    ).format(answer=exchange.display, field=exc.field, arrived=exc.arrived, expected=exc.expected)


async def resolve(
    client: SnapClient,
    result: TopupResult,
    *,
    backoff: tuple[float, ...] = STATUS_BACKOFF,
    window: float | None = None,
) -> TopupResult:
    """Ask top-up status (39) until it settles the top-up or the window is over.

    Settled means a status answer about this top-up (its partnerReferenceNo, and its
    amount and referenceNo where the answer gives them) that says Success (00), or
    Refunded, Canceled or Failed (04-06). "Not found" (404xx01, status 07), in progress
    (01-03), no answer, and answers that cannot be read or are about another top-up all
    mean "ask again", until `window` seconds after the top-up was sent (default: twice
    the read timeout, see `status_window`); `backoff` gives the pauses between the
    questions, its last one repeating (empty: ask once). "Not found" once the window is
    over settles the top-up as not processed (failed): a gateway that received it has
    recorded it by then. Anything else leaves the outcome unknown.

    Never sends the top-up again: an unknown outcome stays unknown, with its references,
    rather than risk crediting the customer twice.
    """
    if window is None:
        window = status_window(client.config.read_timeout)
    started = time.time()
    deadline = (result.sent_at if result.sent_at is not None else started) + window
    body = bodies.topup_status_body(
        result.partner_reference_no, result.reference_no, result.external_id
    )
    first_reason = result.message
    pauses = iter(backoff)
    last = ""
    while True:
        result.status_checks += 1
        asked_at = time.time()
        settled, last = await _ask_status(client, body, result)
        if settled is True:
            return result
        if settled is NOT_FOUND and asked_at >= deadline:
            result.outcome, result.resolved_by_status = Outcome.FAILED, True
            result.message = QT_TRANSLATE_NOOP(
                "core",
                "{what}: not processed (OVO does not know it {seconds} s after it was sent)",
            ).format(what=last, seconds=round(asked_at - (deadline - window)))
            return result
        now = time.time()
        pause = next(pauses, backoff[-1] if backoff else None)
        if pause is None or now >= deadline:
            if settled is NOT_FOUND and now >= deadline and pause is not None:
                continue  # the window closed while waiting: this answer decides
            break
        await asyncio.sleep(min(pause, deadline - now))
    result.outcome = Outcome.UNKNOWN
    result.message = QT_TRANSLATE_NOOP(
        "core",
        "Outcome unknown after {checks} status checks in {seconds} s ({reason}; the last "
        "status answer: {last}). Do not send it again; check it later with "
        "partnerReferenceNo {reference}.",
    ).format(
        checks=result.status_checks,
        seconds=round(time.time() - started),
        reason=first_reason,
        last=last,
        reference=result.partner_reference_no,
    )
    return result


NOT_FOUND = "not-found"  # a status answer that OVO does not know the top-up (yet)


async def _ask_status(
    client: SnapClient, body: dict, result: TopupResult
) -> tuple[bool | str, str]:
    """One status question: (True, message) when its answer settles `result` (which is
    then filled in), (NOT_FOUND, message) when OVO does not know the top-up, else (False,
    what the answer was). A keyring that failed is raised: it will not answer again in
    this run, and the caller says that nothing new was sent."""
    try:
        exchange = await client.call(Service.TOPUP_STATUS, body)
    except KeyringUnavailable:
        raise
    except WorkbenchError as exc:  # no token: no answer this time (the top-up is not lost)
        return False, exc.problem
    code = exchange.code
    if (
        code is not None
        and exchange.failure is None
        and (code.http_status, code.case) == (404, "01")
    ):
        return NOT_FOUND, exchange.display
    if code is None or exchange.failure is not None or not exchange.succeeded:
        return False, exchange.display  # no answer, in progress, refused
    data = exchange.response_json or {}
    try:
        status = answers.transaction_status(data)
        original = answers.reference(data, "originalPartnerReferenceNo")
        amount = answers.money(data, "amount", required=False)
        reference_no = answers.reference(data, "originalReferenceNo", required=False)
    except answers.BadField as exc:
        return False, _unreadable(exchange, exc)
    mismatch = _first_mismatch(
        exchange,
        data,
        (
            ("originalPartnerReferenceNo", result.partner_reference_no, original),
            ("amount.value", f"{result.amount:.2f}", amount in (None, result.amount)),
            (
                "originalReferenceNo",
                result.reference_no or "",
                reference_no is None or result.reference_no in (None, reference_no),
            ),
        ),
    )
    if mismatch:
        return False, mismatch  # about another top-up: settles nothing
    try:
        description = answers.text(data, "transactionStatusDesc", required=False, max_length=128)
    except answers.BadField:
        description = None
    description = description or STATUS_NAMES.get(status, status)
    message = QT_TRANSLATE_NOOP("core", "{what} (status: {description})").format(
        what=exchange.display, description=description
    )
    if status == "00":
        result.outcome = Outcome.SUCCESS
        result.reference_no = reference_no or result.reference_no
    elif status in FAILED_STATUSES:
        result.outcome = Outcome.FAILED
    elif status == "07":
        return NOT_FOUND, message
    else:
        return False, message  # 01-03 in progress, or a status unknown
    result.resolved_by_status, result.message = True, message
    return True, message
