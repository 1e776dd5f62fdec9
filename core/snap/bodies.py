"""Request bodies of OVO's top-up services, and the checks a strict gateway makes on them.

The client checks before sending and the sandbox checks on receipt with the same rules,
so a message the workbench builds can never be one the sandbox refuses for its form.
Each problem names the field, in the dotted form SNAP messages use (`amount.value`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from core.errors import BadInput
from core.snap.profile import Service
from core.snap.timestamps import TimestampFormat, format_timestamp, parse_timestamp
from core.texts import QT_TRANSLATE_NOOP

CURRENCY = "IDR"
AMOUNT_VALUE = re.compile(r"^\d{1,16}\.\d{2}$")
OVO_CUSTOMER_NUMBER = re.compile(r"^08\d{8,11}$")
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


def parse_user_amount(text: str) -> Decimal:
    """An IDR amount as people type it: 10000, 10.000, 10,000, Rp 10.000, 10000.00."""
    cleaned = re.sub(r"(?i)^\s*(rp|idr)\.?\s*", "", text).strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", cleaned):
        cleaned = re.sub(r"[.,]", "", cleaned)  # thousands separators, either convention
    elif re.fullmatch(r"\d+(,\d{3})*\.\d{1,2}", cleaned):
        cleaned = cleaned.replace(",", "")
    elif re.fullmatch(r"\d+(\.\d{3})*,\d{1,2}", cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        result = Decimal(cleaned)
    except InvalidOperation:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "'{text}' is not an amount.").format(text=text),
            QT_TRANSLATE_NOOP("core", "Type the amount in rupiah, e.g. 10000 or 10.000."),
        ) from None
    if result <= 0 or result != result.quantize(Decimal("0.01")):
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "'{text}' is not a valid amount.").format(text=text),
            QT_TRANSLATE_NOOP("core", "Use a positive amount with at most two decimals."),
        )
    return result


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
    customer_name: str,
    value: Decimal | int | str,
    fee: Decimal | int | str,
    transaction_date: datetime,
    session_id: str | None = None,
    additional_info: dict | None = None,
) -> dict:
    body = {
        "partnerReferenceNo": partner_reference_no,
        "customerNumber": customer_number,
        "customerName": customer_name,
        "amount": amount(value),
        "feeAmount": amount(fee),
        "transactionDate": _transaction_date(transaction_date),
    }
    if session_id:
        body["sessionId"] = session_id
    body["additionalInfo"] = additional_info or {}
    return body


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


def _get(body: dict, dotted: str):
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
