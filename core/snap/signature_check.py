"""Checking a pasted X-SIGNATURE against the one the workbench computes, and saying where
they part: the encoding, the length, the first differing byte, or a known slip (a body
hashed before minifying, a path without its query string, "Bearer " left in the token).

The verdict is data (`Verdict` plus positions), so every front end words it itself.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import Enum

from core.snap.minify import minify
from core.snap.signatures import (
    Encoding,
    Signature,
    body_hash,
    decode_signature,
    same_signature,
)


class Verdict(Enum):
    MATCH = "match"
    MATCH_OTHER_ENCODING = "match-other-encoding"  # right bytes, wrong encoding
    UNREADABLE = "unreadable"  # neither hex nor base64
    WRONG_LENGTH = "wrong-length"  # another algorithm or key size
    DIFFERENT = "different"


class Slip(Enum):
    """A known mistake whose signature equals the pasted one."""

    BODY_NOT_MINIFIED = "body-not-minified"
    PATH_WITHOUT_QUERY = "path-without-query"
    BEARER_IN_TOKEN = "bearer-in-token"
    METHOD_LOWER_CASE = "method-lower-case"


@dataclass(frozen=True)
class SignatureCheck:
    verdict: Verdict
    expected: Signature
    read_as: Encoding | None = None  # how the pasted text was read
    given_length: int | None = None  # bytes
    first_difference: int | None = None  # byte index of the first difference
    differing_bytes: int = 0
    given_hex: str = ""
    slip: Slip | None = None

    @property
    def matches(self) -> bool:
        return self.verdict in (Verdict.MATCH, Verdict.MATCH_OTHER_ENCODING)


def check_signature(
    expected: Signature, given: str, slips: dict[Slip, Signature] | None = None
) -> SignatureCheck:
    """Compare `given` (as pasted from a log or a partner's code) with `expected`."""
    text = "".join(given.split())
    if text.lower().startswith("x-signature:"):
        text = text.split(":", 1)[1]
    decoded = decode_signature(text, expected.encoding, len(expected.raw))
    if decoded is None:
        loose = decode_signature(text, expected.encoding)
        if loose is None:
            return SignatureCheck(Verdict.UNREADABLE, expected)
        raw, encoding = loose
        return SignatureCheck(
            Verdict.WRONG_LENGTH, expected, encoding, len(raw), given_hex=raw.hex()
        )
    raw, encoding = decoded
    if same_signature(expected.raw, raw):
        verdict = Verdict.MATCH if encoding is expected.encoding else Verdict.MATCH_OTHER_ENCODING
        return SignatureCheck(verdict, expected, encoding, len(raw), given_hex=raw.hex())
    differing = [i for i, (a, b) in enumerate(zip(expected.raw, raw, strict=True)) if a != b]
    slip = next(
        (name for name, other in (slips or {}).items() if same_signature(other.raw, raw)), None
    )
    return SignatureCheck(
        Verdict.DIFFERENT,
        expected,
        encoding,
        len(raw),
        differing[0],
        len(differing),
        raw.hex(),
        slip,
    )


def service_slips(
    client_secret: str,
    method: str,
    path: str,
    token: str,
    body: bytes,
    timestamp: str,
    encoding: Encoding,
) -> dict[Slip, Signature]:
    """The signatures a partner's code makes with the usual mistakes, to recognise them."""
    token = token.removeprefix("Bearer ").strip()
    minified_hash = body_hash(minify(body))
    parts = [method.upper(), path, token, minified_hash, timestamp]

    def variant(**changes: str) -> Signature:
        index = {"method": 0, "path": 1, "token": 2, "hash": 3}
        text_parts = list(parts)
        for name, value in changes.items():
            text_parts[index[name]] = value
        text = ":".join(text_parts)
        raw = hmac.new(client_secret.encode(), text.encode(), hashlib.sha512).digest()
        return Signature("hmac-sha512", text, raw, encoding)

    slips = {
        Slip.METHOD_LOWER_CASE: variant(method=method.lower()),
        Slip.BEARER_IN_TOKEN: variant(token=f"Bearer {token}"),
    }
    typed_hash = body_hash(body)
    if typed_hash != minified_hash:
        slips[Slip.BODY_NOT_MINIFIED] = variant(hash=typed_hash)
    if "?" in path:
        slips[Slip.PATH_WITHOUT_QUERY] = variant(path=path.split("?", 1)[0])
    return slips
