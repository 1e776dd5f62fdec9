"""Reading a request body the way a strict gateway does: whatever arrives, a SNAP answer.

A partner's code (or a fuzzer) can send any bytes. Python's own JSON reader has corners
that would otherwise end in an HTTP 500: nesting deep enough to exhaust the interpreter's
stack, integers too long to convert, NaN and Infinity (not JSON, and not writable back),
duplicate keys (silently the last one wins), and `\\ud800` escapes that decode to a lone
surrogate no database or UTF-8 answer can hold. Each is refused here with the reason, as
`400xx00` (the body as a whole is unreadable) or `400xx01` (one field is malformed, named).
Nothing here imports the app, so the checks can be tried without a server.
"""

from __future__ import annotations

import json
import math

MAX_DEPTH = 32  # OVO's bodies nest three levels; a gateway has no reason to take hundreds
MAX_FIELD_NAME = 120  # a field's dotted name as shown in an answer


class BodyProblem(Exception):
    """`field` empty: the whole body is refused (400xx00); else that field (400xx01)."""

    def __init__(self, reason: str, field: str = "") -> None:
        super().__init__(f"{field}: {reason}" if field else reason)
        self.reason = reason
        self.field = field[:MAX_FIELD_NAME]


def parse_json_object(raw: bytes) -> dict:
    """The body as a JSON object, or BodyProblem saying why it is not one."""
    if not raw.strip(b" \t\r\n"):
        raise BodyProblem("the body is empty; send a JSON object")
    if b"\x00" in raw:
        raise BodyProblem("the body has NUL bytes, as UTF-16 or UTF-32 text has; send it as UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyProblem(
            f"the body is not UTF-8 text (byte {exc.start} is 0x{raw[exc.start]:02x}); "
            "send it as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")  # a UTF-8 BOM, as Windows editors write one
    try:
        body = json.loads(
            text,
            object_pairs_hook=_object_without_duplicates,
            parse_constant=_no_constant,
            parse_float=_finite_float,
        )
    except BodyProblem:
        raise
    except json.JSONDecodeError as exc:
        raise BodyProblem(
            f"The body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise BodyProblem(f"the JSON nests deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise BodyProblem(f"the body is not usable JSON: {exc}") from None
    if not isinstance(body, dict):
        raise BodyProblem("the body must be a JSON object")
    if depth(body) > MAX_DEPTH:
        raise BodyProblem(f"the JSON nests deeper than {MAX_DEPTH} levels")
    return body


def unencodable_field(body: dict) -> BodyProblem | None:
    """The first key or string value that is not Unicode text (a lone surrogate, which
    JSON's `\\uXXXX` escapes can spell), named by its dotted path, or None."""
    pending: list[tuple[str, object]] = [("", body)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, dict):
            items = list(value.items())
            for key, item in reversed(items):
                name = _name(key)
                if not _is_text(key):
                    return BodyProblem(
                        f"the key {name} holds a lone surrogate, which is not a character",
                        f"{path}.{name}" if path else name,
                    )
                pending.append((f"{path}.{key}" if path else key, item))
        elif isinstance(value, list):
            pending.extend((f"{path}[{i}]", item) for i, item in reversed(list(enumerate(value))))
        elif isinstance(value, str) and not _is_text(value):
            return BodyProblem(
                "it holds a lone surrogate (a \\uD800-\\uDFFF escape without its pair), "
                "which is not a character",
                path,
            )
    return None


def depth(value: object) -> int:
    """How deeply arrays and objects nest (a scalar: 0), without recursion."""
    deepest = 0
    pending: list[tuple[object, int]] = [(value, 0)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, dict | list):
            level += 1
            deepest = max(deepest, level)
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, level) for child in children)
    return deepest


def _object_without_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise BodyProblem(f"the key {_name(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> object:
    raise BodyProblem(f"{name} is not a JSON value; send a number or a string")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BodyProblem(f"the number {text[:40]} is too large for a JSON number")
    return value


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _name(key: str) -> str:
    """A key as JSON writes it, quotes and escapes included, so any key can be shown."""
    return json.dumps(key)[:80]
