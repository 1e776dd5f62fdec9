"""X-TIMESTAMP: ISO-8601 local time of Asia/Jakarta with its offset.

Jakarta has kept UTC+07:00 without daylight saving since 1964, so a fixed offset is exact
and spares Windows builds the tzdata package zoneinfo would need there.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from enum import Enum

from core.errors import BadInput
from core.texts import QT_TRANSLATE_NOOP, Text

JAKARTA = timezone(timedelta(hours=7), "WIB")


class TimestampFormat(Enum):
    """The two forms seen at SNAP providers; OVO's top-up uses milliseconds."""

    MILLIS = "millis"  # 2023-09-06T05:02:58.247+07:00
    SECONDS = "seconds"  # 2023-09-06T05:02:58+07:00


def format_timestamp(moment: datetime, fmt: TimestampFormat = TimestampFormat.MILLIS) -> str:
    local = moment.astimezone(JAKARTA)
    text = local.strftime("%Y-%m-%dT%H:%M:%S")
    if fmt is TimestampFormat.MILLIS:
        text += f".{local.microsecond // 1000:03d}"
    return text + "+07:00"


def now_timestamp(fmt: TimestampFormat = TimestampFormat.MILLIS) -> str:
    return format_timestamp(datetime.now(UTC), fmt)


def jakarta_day(moment: datetime | None = None) -> str:
    """The Jakarta calendar day, the period within which an X-EXTERNAL-ID must be unique."""
    return (moment or datetime.now(UTC)).astimezone(JAKARTA).strftime("%Y-%m-%d")


_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([+-])(\d{2}):(\d{2})$"
)


def parse_timestamp(text: str) -> datetime:
    """A strict ISO-8601 timestamp with an explicit offset (a `Z` or none is refused)."""
    match = _TIMESTAMP.match(text.strip())
    if not match:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "'{text}' is not a SNAP timestamp.").format(text=text),
            QT_TRANSLATE_NOOP(
                "core", "Use the form 2023-09-06T05:02:58.247+07:00 (date, T, time, offset)."
            ),
        )
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (1 if sign == "+" else -1)
    micro = int((fraction or "0").ljust(6, "0")[:6])
    try:
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micro,
            tzinfo=timezone(offset),
        )  # fmt: skip
    except ValueError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "'{text}' is not a real date and time ({error}).").format(
                text=text, error=exc
            ),
            QT_TRANSLATE_NOOP("core", "Check the date."),
        ) from None


# OVO's forms: Jakarta time with its offset, with or without milliseconds.
_OVO_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?\+07:00$")
_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?")


def calculator_timestamp(text: str) -> Text | None:
    """For the signature calculators, which sign exactly the timestamp they are given so
    that other providers' published vectors (often in UTC, `...Z`) can be reproduced: any
    ISO-8601 date and time passes, and the answer is a warning when it is not a form OVO
    takes. Not ISO-8601 at all raises BadInput. The sandbox and the calls the workbench
    sends keep the strict `parse_timestamp`."""
    if _OVO_FORM.match(text):
        parse_timestamp(text)  # a real date and time
        return None
    try:
        if not _ISO_DATE_TIME.match(text):
            raise ValueError(text)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "'{text}' is not a SNAP timestamp, nor any ISO-8601 date and time."
            ).format(text=text),
            QT_TRANSLATE_NOOP(
                "core", "Use the form 2023-09-06T05:02:58.247+07:00 (date, T, time, offset)."
            ),
        ) from None
    if moment.tzinfo is None:
        return QT_TRANSLATE_NOOP(
            "core",
            "Signed exactly as given, but '{text}' has no UTC offset: OVO expects Jakarta "
            "time with +07:00 and would refuse it.",
        ).format(text=text)
    return QT_TRANSLATE_NOOP(
        "core",
        "Signed exactly as given, but '{text}' is not the form OVO expects "
        "(2023-09-06T05:02:58.247+07:00, Jakarta time): OVO would refuse it as X-TIMESTAMP.",
    ).format(text=text)
