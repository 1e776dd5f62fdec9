"""The exact bytes a SNAP body is hashed as.

The body hash in the transaction signature is over the body as sent, minified. Minifying
by re-serialising would reorder nothing in Python but could rewrite numbers (1.0 -> 1.0,
1e2 -> 100.0) and escapes (é -> \\u00e9); stripping whitespace with a regex would eat spaces
inside strings. This scanner only drops the whitespace JSON itself ignores, so key order,
string contents and number text stay byte for byte.
"""

from __future__ import annotations

import json
import re

from core.errors import BadInput
from core.texts import QT_TRANSLATE_NOOP

_JSON_WHITESPACE = b" \t\n\r"


def minify(body: str | bytes) -> bytes:
    """Compact JSON with every token kept as written. An empty body stays empty."""
    raw = body.encode("utf-8") if isinstance(body, str) else bytes(body)
    if not raw.strip(_JSON_WHITESPACE):
        return b""
    check_json(raw)
    out = bytearray()
    in_string = escaped = False
    for byte in raw.removeprefix(b"\xef\xbb\xbf"):
        if in_string:
            out.append(byte)
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # closing quote
                in_string = False
        elif byte in _JSON_WHITESPACE:
            continue
        else:
            out.append(byte)
            if byte == 0x22:
                in_string = True
    return bytes(out)


MAX_DEPTH = 64  # SNAP bodies nest three or four levels; Python's parser recurses per level
_UTF8_BOM = b"\xef\xbb\xbf"
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


def check_json(raw: bytes) -> None:
    """Refuse a body that is not UTF-8 JSON of a sane depth, each with its own message.

    `json.loads` alone would take UTF-16 and UTF-32 (it guesses the encoding), which the
    byte scanner above and every gateway read as UTF-8; and it recurses once per level,
    so a body of 50,000 nested arrays would end in a RecursionError.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) >= 2 and b"\x00" in raw[:4]):
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "The body is UTF-16 or UTF-32 text, not UTF-8."),
            QT_TRANSLATE_NOOP(
                "core",
                "Save the body as UTF-8 (in Notepad: Save As, Encoding UTF-8); SNAP bodies "
                "are UTF-8.",
            ),
        )
    try:
        raw.removeprefix(_UTF8_BOM).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "The body is not UTF-8 text (byte {position}).").format(
                position=exc.start + 1
            ),
            QT_TRANSLATE_NOOP("core", "Save the body as UTF-8."),
        ) from None
    try:
        json.loads(raw)
    except RecursionError:
        raise _too_deep() from None
    except json.JSONDecodeError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "The body is not valid JSON: {msg} at line {lineno}, column {colno}."
            ).format(msg=exc.msg, lineno=exc.lineno, colno=exc.colno),
            QT_TRANSLATE_NOOP(
                "core", "Fix the JSON (a missing comma or quote is the usual cause)."
            ),
        ) from None
    # Valid JSON by now, so every string is closed and the scan below is linear.
    if _depth(raw) > MAX_DEPTH:
        raise _too_deep()


def _depth(raw: bytes) -> int:
    """How deep arrays and objects nest, counted outside strings, without recursion."""
    depth = deepest = 0
    for match in _BRACKETS.finditer(_STRINGS.sub(b'""', raw)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    break
        else:
            depth -= 1
    return deepest


def _too_deep() -> BadInput:
    return BadInput(
        QT_TRANSLATE_NOOP(
            "core", "The body nests arrays or objects more than {limit} levels deep."
        ).format(limit=MAX_DEPTH),
        QT_TRANSLATE_NOOP(
            "core",
            "Check the body: a SNAP request nests only a few levels (amount, additionalInfo).",
        ),
    )
