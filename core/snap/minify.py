"""The exact bytes a SNAP body is hashed as.

The body hash in the transaction signature is over the body as sent, minified. Minifying
by re-serialising would reorder nothing in Python but could rewrite numbers (1.0 -> 1.0,
1e2 -> 100.0) and escapes (é -> \\u00e9); stripping whitespace with a regex would eat spaces
inside strings. This scanner only drops the whitespace JSON itself ignores, so key order,
string contents and number text stay byte for byte.
"""

from __future__ import annotations

import json

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


def check_json(raw: bytes) -> None:
    try:
        json.loads(raw)
    except UnicodeDecodeError:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "The body is not UTF-8 text."),
            QT_TRANSLATE_NOOP("core", "Save the body as UTF-8."),
        ) from None
    except json.JSONDecodeError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "The body is not valid JSON: {msg} at line {lineno}, column {colno}."
            ).format(msg=exc.msg, lineno=exc.lineno, colno=exc.colno),
            QT_TRANSLATE_NOOP(
                "core", "Fix the JSON (a missing comma or quote is the usual cause)."
            ),
        ) from None
