"""SNAP response codes: parsed, looked up, and shown as OVO's SOP asks (`CODE - Message`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from core.resources import resource_path


@dataclass(frozen=True)
class ResponseCode:
    """`responseCode` split into HTTP status, service code and case code."""

    http_status: int
    service: str
    case: str

    @property
    def code(self) -> str:
        return f"{self.http_status}{self.service}{self.case}"

    @property
    def is_success(self) -> bool:
        return 200 <= self.http_status < 300

    def __str__(self) -> str:
        return self.code


def parse_code(value: str | int) -> ResponseCode | None:
    """Parse a responseCode that may arrive as a string or a number; None if it is not one."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    if len(text) != 7 or not (text.isascii() and text.isdigit()):
        return None
    if not 100 <= int(text[:3]) <= 599:
        return None
    return ResponseCode(int(text[:3]), text[3:5], text[5:])


@cache
def _catalogue() -> dict:
    return json.loads(resource_path("snap_codes.json").read_text(encoding="utf-8"))


def service_name(service: str) -> str:
    return _catalogue()["services"].get(service, f"service {service}")


def standard_message(code: ResponseCode | str, provider: str = "ovo") -> str | None:
    """The message a code stands for: the provider's own wording first, then SNAP's."""
    parsed = parse_code(code) if isinstance(code, str) else code
    if parsed is None:
        return None
    override = _catalogue()["overrides"].get(provider, {}).get(parsed.code)
    if override:
        return override
    return _catalogue()["generic"].get(f"{parsed.http_status}/{parsed.case}")


def make_code(http_status: int, service: str, case: str) -> str:
    return f"{http_status}{service}{case}"


def success_code(service: str) -> str:
    """The one code that means a service did what was asked: `2003800` for top up (38).
    Another 2xx (`2023800` in progress, or `2003700`, an inquiry's) is not that."""
    return make_code(200, service, "00")


def display(code: str | int, message: str | None) -> str:
    """What a person sees: `4033718 - Customer Account Not Found`, exactly as the SOP shows.

    The message is the one the server sent; the catalogue fills in only when it sent none.
    """
    text = str(code).strip()
    shown = message if message else standard_message(text) or "Unknown response code"
    return f"{text} - {shown}"
