"""Request bodies of OVO's top-up services, and the checks a strict gateway makes on them.

The client checks before sending and the sandbox checks on receipt with the same rules,
so a message the workbench builds can never be one the sandbox refuses for its form.
Each problem names the field, in the dotted form SNAP messages use (`amount.value`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from core.errors import BadInput
from core.snap.profile import Service, SnapProfile
from core.snap.timestamps import TimestampFormat, format_timestamp, parse_timestamp
from core.texts import QT_TRANSLATE_NOOP

CURRENCY = "IDR"
# ASCII digits only: Python's \d also matches the digits of other scripts (Arabic-Indic,
# fullwidth), which no gateway reads as numbers.
AMOUNT_VALUE = re.compile(r"^[0-9]{1,16}\.[0-9]{2}$")
OVO_CUSTOMER_NUMBER = re.compile(r"^08[0-9]{8,11}$")
MAX_REFERENCE = 64


@dataclass(frozen=True)
class FieldProblem:
    """`kind`: "mandatory" (missing or empty), "format" (present but malformed) or
    "amount" (an amount value that is not a two-decimal string; OVO answers Invalid Amount)."""

    field: str
    kind: str
    message: str


def amount(value: Decimal | int | str, currency: str = CURRENCY) -> dict:
    """`{"value": "10000.00", "currency": "IDR"}` from a number; strings must already be exact."""
    return {"value": amount_text(value), "currency": currency}


def amount_text(value: Decimal | int | str) -> str:
    if isinstance(value, str):
        if not AMOUNT_VALUE.match(value):
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "'{value}' is not an amount with two decimals.").format(
                    value=value
                ),
                QT_TRANSLATE_NOOP("core", "Write it like 10000.00."),
            )
        return value
    return f"{Decimal(value).quantize(Decimal('0.01')):f}"


# What a person may type: digits grouped by threes with dots (Indonesian) or commas
# (English), or not grouped; then, optionally, one or two decimals after the other mark.
_USER_AMOUNT = re.compile(
    r"(?P<dots>[1-9][0-9]{0,2}(?:\.[0-9]{3})+)(?:,(?P<dots_cents>[0-9]{1,2}))?"
    r"|(?P<commas>[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?:\.(?P<commas_cents>[0-9]{1,2}))?"
    r"|(?P<plain>[1-9][0-9]*)(?:[.,](?P<plain_cents>[0-9]{1,2}))?"
)
MAX_USER_AMOUNT = Decimal("999999999999")  # 12 digits: far above any OVO balance limit
_MAX_TYPED = 40  # longer text is no amount, and is not echoed back in full


def parse_user_amount(text: str) -> Decimal:
    """Whole rupiah as people type them: 50000, 50.000, 50,000, Rp 50.000, 50.000,00.

    Strict on purpose, since the result is money sent: ASCII digits only, grouped by
    threes with dots (Indonesian) or commas (English) or not at all, no sign, exponent,
    NaN or Infinity, no leading zero, and decimals only when they are zero (",00" after
    dot groups, ".00" after comma groups). So "0.001" or "50.000,50" is refused rather
    than read as Rp 1 or a fraction of a rupiah. Raises `BadInput` saying what is expected.
    """
    cleaned = re.sub(r"(?i)^\s*(?:rp|idr)\.?\s*", "", text).strip()
    if not cleaned:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "No amount was given."),
            QT_TRANSLATE_NOOP("core", "Type the amount in whole rupiah, e.g. 50.000."),
        )
    match = _USER_AMOUNT.fullmatch(cleaned) if len(cleaned) <= _MAX_TYPED else None
    if match is None:
        raise _not_an_amount(text)
    kind = next(k for k in ("dots", "commas", "plain") if match.group(k) is not None)
    cents = match.group(f"{kind}_cents")
    if cents is not None and cents.strip("0"):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "'{text}' has a fraction of a rupiah; top-ups are in whole rupiah."
            ).format(text=_shown(text)),
            QT_TRANSLATE_NOOP("core", "Leave out the decimals, e.g. 50.000."),
        )
    value = Decimal(re.sub(r"[.,]", "", match.group(kind)))
    if value > MAX_USER_AMOUNT:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "'{text}' is more than any top-up can be.").format(
                text=_shown(text)
            ),
            QT_TRANSLATE_NOOP("core", "Check the amount: at most {maximum} rupiah.").format(
                maximum=f"{MAX_USER_AMOUNT:,f}".replace(",", ".")
            ),
        )
    return value


def _not_an_amount(text: str) -> BadInput:
    return BadInput(
        QT_TRANSLATE_NOOP("core", "'{text}' is not an amount in whole rupiah.").format(
            text=_shown(text)
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Type digits only, grouped by threes if you like: 50000, 50.000 or 50,000 "
            "(more than zero, no decimals).",
        ),
    )


def _shown(text: str) -> str:
    """What the user typed, short enough to echo in a message."""
    return text if len(text) <= _MAX_TYPED else text[: _MAX_TYPED - 1] + "…"


def parse_customer_number(text: str) -> str:
    """An OVO number as people type or paste it: 081234567890, 0812-3456-7890, 0812 3456 7890.

    Spaces and dashes between the digits are dropped (a number copied from a contact card);
    what remains must be an OVO number as OVO's API takes it: 08 and 8 to 11 more ASCII
    digits. "+62" is refused with a hint rather than rewritten, since the number is
    sent as the customer's account and a guess would send a different one.
    """
    cleaned = re.sub(r"[ \-]", "", text.strip())
    if not cleaned:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "No customer number was given."),
            QT_TRANSLATE_NOOP(
                "core", "Type the customer's OVO number: 08 and 8 to 11 more digits."
            ),
        )
    if len(cleaned) <= 20 and OVO_CUSTOMER_NUMBER.fullmatch(cleaned):
        return cleaned
    hint = (
        QT_TRANSLATE_NOOP("core", "Write it with 0 instead of +62, e.g. 081234567890.")
        if cleaned.startswith(("+62", "62"))
        else QT_TRANSLATE_NOOP("core", "For example 081234567890.")
    )
    raise BadInput(
        QT_TRANSLATE_NOOP(
            "core", "'{text}' is not an OVO number: 08 followed by 8 to 11 digits."
        ).format(text=_shown(text)),
        hint,
    )


def token_body() -> dict:
    return {"grantType": "client_credentials", "additionalInfo": {}}


def account_inquiry_body(
    partner_reference_no: str,
    customer_number: str,
    value: Decimal | int | str,
    transaction_date: datetime,
    additional_info: dict | None = None,
) -> dict:
    return {
        "partnerReferenceNo": partner_reference_no,
        "customerNumber": customer_number,
        "amount": amount(value),
        "transactionDate": _transaction_date(transaction_date),
        "additionalInfo": additional_info or {},
    }


def topup_body(
    partner_reference_no: str,
    customer_number: str,
    customer_name: str | None,
    value: Decimal | int | str,
    fee: Decimal | int | str | None,
    transaction_date: datetime,
    session_id: str | None = None,
    additional_info: dict | None = None,
) -> dict:
    """The top-up request; customerName, feeAmount and sessionId are optional in SNAP and
    left out when None (OVO's own sample sends none of them)."""
    body: dict = {
        "partnerReferenceNo": partner_reference_no,
        "customerNumber": customer_number,
    }
    if customer_name is not None:
        body["customerName"] = customer_name
    body["amount"] = amount(value)
    if fee is not None:
        body["feeAmount"] = amount(fee)
    body["transactionDate"] = _transaction_date(transaction_date)
    if session_id:
        body["sessionId"] = session_id
    body["additionalInfo"] = additional_info or {}
    return body


def account_inquiry_body_for(
    profile: SnapProfile,
    partner_reference_no: str,
    customer_number: str,
    value: Decimal | int | str,
    transaction_date: datetime,
) -> dict:
    """The account inquiry with the profile's additionalInfo entries."""
    return account_inquiry_body(
        partner_reference_no,
        customer_number,
        value,
        transaction_date,
        profile.additional_info_for(Service.ACCOUNT_INQUIRY),
    )


def topup_body_for(
    profile: SnapProfile,
    partner_reference_no: str,
    customer_number: str,
    customer_name: str,
    value: Decimal | int | str,
    fee: Decimal | int | str,
    transaction_date: datetime,
    session_id: str | None,
) -> dict:
    """The top-up with the optional fields the profile sends: customerName (the inquiry's
    masked name) only when it says so, feeAmount and sessionId unless it turns them off,
    and its additionalInfo entries. The values come from the inquiry either way."""
    return topup_body(
        partner_reference_no,
        customer_number,
        customer_name if profile.topup_customer_name == "inquiry" else None,
        value,
        fee if profile.topup_fee_amount else None,
        transaction_date,
        session_id if profile.topup_session_id else None,
        profile.additional_info_for(Service.TOPUP),
    )


def topup_status_body(
    original_partner_reference_no: str,
    original_reference_no: str | None = None,
    original_external_id: str | None = None,
) -> dict:
    body = {"originalPartnerReferenceNo": original_partner_reference_no}
    if original_reference_no:
        body["originalReferenceNo"] = original_reference_no
    if original_external_id:
        body["originalExternalId"] = original_external_id
    body["serviceCode"] = Service.TOPUP.code
    return body


def _transaction_date(moment: datetime) -> str:
    """transactionDate as the SOP's sample writes it: seconds and the +07:00 offset."""
    return format_timestamp(moment, TimestampFormat.SECONDS)


# --- validation -------------------------------------------------------------------------

_MANDATORY = {
    Service.ACCESS_TOKEN: ("grantType",),
    Service.ACCOUNT_INQUIRY: (
        "partnerReferenceNo",
        "customerNumber",
        "amount.value",
        "amount.currency",
    ),
    Service.TOPUP: ("partnerReferenceNo", "customerNumber", "amount.value", "amount.currency"),
    Service.TOPUP_STATUS: ("originalPartnerReferenceNo", "serviceCode"),
}


def _get(body: dict, dotted: str) -> object:
    value = body
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def validate_request(service: Service, body: object) -> list[FieldProblem]:
    """Every problem with a request body, mandatory fields first, in a stable order."""
    if not isinstance(body, dict):
        return [FieldProblem("body", "format", "the body must be a JSON object")]
    problems: list[FieldProblem] = []
    for name in _MANDATORY[service]:
        value = _get(body, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(FieldProblem(name, "mandatory", f"{name} is missing"))
    missing = {p.field for p in problems}

    def fmt(name: str, ok: bool, message: str) -> None:
        if name not in missing and _get(body, name) is not None and not ok:
            problems.append(FieldProblem(name, "format", message))

    if service is Service.ACCESS_TOKEN:
        fmt(
            "grantType",
            body.get("grantType") == "client_credentials",
            "grantType must be client_credentials",
        )
        return problems
    if service is Service.TOPUP_STATUS:
        reference = body.get("originalPartnerReferenceNo")
        fmt(
            "originalPartnerReferenceNo",
            _is_reference(reference),
            f"originalPartnerReferenceNo must be text of at most {MAX_REFERENCE} characters",
        )
        fmt(
            "serviceCode",
            body.get("serviceCode") == Service.TOPUP.code,
            'serviceCode must be "38" (top up)',
        )
        return problems
    fmt(
        "partnerReferenceNo",
        _is_reference(body.get("partnerReferenceNo")),
        f"partnerReferenceNo must be text of at most {MAX_REFERENCE} characters",
    )
    number = body.get("customerNumber")
    fmt(
        "customerNumber",
        isinstance(number, str) and bool(OVO_CUSTOMER_NUMBER.match(number)),
        "customerNumber must be an OVO number: 08 and 8 to 11 more digits",
    )
    for prefix in ("amount", "feeAmount"):
        value = _get(body, f"{prefix}.value")
        fmt(
            f"{prefix}.currency",
            _get(body, f"{prefix}.currency") == CURRENCY,
            f"{prefix}.currency must be IDR",
        )
        if value is not None and not (isinstance(value, str) and AMOUNT_VALUE.match(value)):
            problems.append(
                FieldProblem(
                    f"{prefix}.value",
                    "amount",
                    f"{prefix}.value must be a string with two decimals",
                )
            )
    date = body.get("transactionDate")
    if date is not None:
        fmt(
            "transactionDate",
            _is_timestamp(date),
            "transactionDate must look like 2022-07-28T10:00:00+07:00",
        )
    return problems


def _is_reference(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= MAX_REFERENCE


def _is_timestamp(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parse_timestamp(value)
    except BadInput:
        return False
    return True
