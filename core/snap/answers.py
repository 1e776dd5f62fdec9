"""Readers for the fields of SNAP answers: OVO's answers are untrusted input.

Whatever arrives in an answer (a comma-decimal amount, a null, a list, a number where
text belongs, a stranger's reference) must end as a clear message or an unknown outcome,
never as a traceback, and never as a success. Every field the money flow uses is read
here; a value that cannot be used raises one error, `BadField`, which names the field in
SNAP's dotted form (`feeAmount.value`) and shows what arrived, shortened.

These readers only read. Whether a readable value belongs to the request (the same
partnerReferenceNo, amount, customer) is the caller's question; `same_customer_number`
answers the one that needs care, since OVO masks the number it echoes.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal

from core.snap.bodies import CURRENCY
from core.texts import QT_TRANSLATE_NOOP, Text

# A money value as SNAP writes it: ASCII digits only (`\d` would take Arabic-Indic or
# full-width digits too), exactly two decimals, and no more than a rupiah amount needs.
MONEY_VALUE = re.compile(r"[0-9]{1,16}\.[0-9]{2}")
STATUS_VALUE = re.compile(r"[0-9]{2}")
SHOWN_LENGTH = 40  # how much of an unusable value a message shows
MAX_REFERENCE = 64  # SNAP's partnerReferenceNo / referenceNo
MAX_TEXT = 256  # names, descriptions, session IDs
MASK_CHARACTERS = "Xx*"

_MISSING = object()


class BadField(ValueError):
    """A field of an answer that cannot be used. `field` is the dotted SNAP name,
    `arrived` what came (shortened; "missing" when absent), `expected` what would do."""

    def __init__(self, field: str, arrived: object, expected: Text, *, secret: bool = False):
        self.field = field
        self.arrived = shown(arrived, secret=secret)
        self.expected = expected
        super().__init__(f"{field}: {self.arrived} ({expected})")


def shown(value: object, *, secret: bool = False) -> str:
    """A value as a message may show it: JSON-like, at most SHOWN_LENGTH characters, no
    control characters. A secret shows only its kind and length."""
    if value is _MISSING:
        return QT_TRANSLATE_NOOP("core", "nothing (the field is missing)")
    if secret:
        return QT_TRANSLATE_NOOP("core", "a hidden value of {length} characters").format(
            length=len(str(value))
        )
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = "".join(c if c.isprintable() else "\ufffd" for c in text)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"


def field_value(data: dict, field: str) -> object:
    """The value at a dotted field name, or _MISSING."""
    value: object = data
    for part in field.split("."):
        if not isinstance(value, dict) or part not in value:
            return _MISSING
        value = value[part]
    return value


def is_present(data: dict, field: str) -> bool:
    return field_value(data, field) is not _MISSING


def text(
    data: dict,
    field: str,
    *,
    required: bool = True,
    max_length: int = MAX_TEXT,
    secret: bool = False,
    empty: bool = False,
) -> str | None:
    """A text field: a string without control characters, at most `max_length` long,
    not blank unless `empty`. None when absent and not `required`."""
    value = field_value(data, field)
    if value is _MISSING and not required:
        return None
    if (
        not isinstance(value, str)
        or (not empty and not value.strip())
        or len(value) > max_length
        or not value.isprintable()
    ):
        raise BadField(
            field,
            value,
            QT_TRANSLATE_NOOP("core", "text of at most {length} characters").format(
                length=max_length
            ),
            secret=secret,
        )
    return value


def reference(data: dict, field: str, *, required: bool = True) -> str | None:
    """A SNAP reference (partnerReferenceNo, referenceNo): text of at most 64."""
    return text(data, field, required=required, max_length=MAX_REFERENCE)


def money(data: dict, field: str, *, required: bool = True) -> Decimal | None:
    """A SNAP amount object, `{"value": "10000.00", "currency": "IDR"}`. None when the
    object is absent and not `required`; present, it must be whole (null is not absent)."""
    whole = field_value(data, field)
    if whole is _MISSING and not required:
        return None
    if not isinstance(whole, dict):
        raise BadField(
            field,
            whole,
            QT_TRANSLATE_NOOP("core", "an object with a value (like 10000.00) and a currency"),
        )
    value = whole.get("value", _MISSING)
    if not isinstance(value, str) or not MONEY_VALUE.fullmatch(value):
        raise BadField(
            f"{field}.value",
            value,
            QT_TRANSLATE_NOOP("core", "digits with two decimals, like 10000.00"),
        )
    currency = whole.get("currency", _MISSING)
    if currency != CURRENCY:
        raise BadField(f"{field}.currency", currency, QT_TRANSLATE_NOOP("core", "the currency IDR"))
    return Decimal(value)


def transaction_status(data: dict, field: str = "latestTransactionStatus") -> str:
    """latestTransactionStatus: two ASCII digits ("00" Success ... "07" Not found)."""
    value = field_value(data, field)
    if not isinstance(value, str) or not STATUS_VALUE.fullmatch(value):
        raise BadField(field, value, QT_TRANSLATE_NOOP("core", "two digits, like 00"))
    return value


def lifetime_seconds(data: dict, field: str = "expiresIn", *, longest: float = 86400) -> float:
    """expiresIn: a positive, finite number of seconds, as a string ("900") or a number,
    no longer than a day (OVO's tokens live 15 minutes)."""
    value = field_value(data, field)
    try:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ValueError
        seconds = float(str(value).strip())
    except (ValueError, OverflowError):
        seconds = math.nan
    if not (math.isfinite(seconds) and 0 < seconds <= longest):
        raise BadField(
            field,
            value,
            QT_TRANSLATE_NOOP("core", "a number of seconds up to {longest}").format(
                longest=int(longest)
            ),
        )
    return seconds


def same_customer_number(shown_number: str, sent: str) -> bool:
    """Whether the number an answer shows can be the number sent, allowing for OVO's
    mask: `XXXXXXXX7890` (the SOP's form), `0812****7890` and `****7890` all fit
    081234567890; `XXXXXXXX0001` does not. Each run of mask characters stands for one
    or more characters; everything else must be the sent number's own."""
    if shown_number == sent:
        return True
    parts = re.split(f"[{re.escape(MASK_CHARACTERS)}]+", shown_number)
    if len(parts) == 1:
        return False
    pattern = ".+".join(re.escape(part) for part in parts)
    return re.fullmatch(pattern, sent) is not None
