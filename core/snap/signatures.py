"""The three SNAP signatures, with every intermediate value a person needs to debug one.

Signature mismatches are the first thing SNAP integrators fight, and the cause is nearly
always an intermediate value (which path, which body bytes, which encoding). So every
function here returns the string to sign, the minified body and its hash next to the
signature in both encodings, and the verifiers say which part differs.

The RSA functions import `cryptography` themselves: the window's settings import this
module for `Encoding` while its first frame is drawn, before the library is needed.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from core.snap.minify import minify

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

# SHA-256 of no bytes; a literal, so that importing this module loads no OpenSSL (hashlib).
EMPTY_BODY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
HMAC_SHA512_BYTES = 64


class Encoding(Enum):
    HEX = "hex"
    BASE64 = "base64"

    def encode(self, raw: bytes) -> str:
        return raw.hex() if self is Encoding.HEX else base64.b64encode(raw).decode("ascii")

    def decode(self, text: str) -> bytes | None:
        """The raw signature, or None if `text` is not in this encoding."""
        try:
            if self is Encoding.HEX:
                return bytes.fromhex(text.strip())
            return base64.b64decode(text.strip(), validate=True)
        except (ValueError, binascii.Error):
            return None


@dataclass(frozen=True)
class Signature:
    """A signature and how it came about. `string_to_sign` may hold an access token:
    front ends mask it before showing or storing it (the journal does)."""

    kind: str  # "token", "hmac-sha512" or "sha256withrsa"
    string_to_sign: str
    raw: bytes
    encoding: Encoding
    minified_body: bytes | None = None
    body_hash: str | None = None

    @property
    def value(self) -> str:
        """What goes into X-SIGNATURE."""
        return self.encoding.encode(self.raw)

    @property
    def hex(self) -> str:
        return self.raw.hex()

    @property
    def base64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")


def token_string_to_sign(client_id: str, timestamp: str) -> str:
    return f"{client_id}|{timestamp}"


def sign_token_request(
    private_key: rsa.RSAPrivateKey,
    client_id: str,
    timestamp: str,
    encoding: Encoding = Encoding.BASE64,
) -> Signature:
    """X-SIGNATURE of the access-token call: SHA256withRSA over `clientId|X-TIMESTAMP`."""
    text = token_string_to_sign(client_id, timestamp)
    return Signature("token", text, sign_rsa(private_key, text), encoding)


def sign_rsa(private_key: rsa.RSAPrivateKey, message: str) -> bytes:
    """SHA256withRSA (RSASSA-PKCS1-v1_5 with SHA-256), the only RSA signature SNAP uses."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    return private_key.sign(message.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())


def verify_rsa(public_key: rsa.RSAPublicKey, message: str, raw: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        public_key.verify(raw, message.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def body_hash(minified_body: bytes) -> str:
    """Lower-case hex SHA-256 of the minified body; of the empty string when there is none."""
    import hashlib

    return hashlib.sha256(minified_body).hexdigest()


def service_string_to_sign(
    method: str, relative_url: str, access_token: str | None, hashed_body: str, timestamp: str
) -> str:
    """METHOD:relativeUrl:accessToken:bodyHash:timestamp; without the token for the RSA form."""
    parts = [method.upper(), relative_url]
    if access_token is not None:
        parts.append(access_token.removeprefix("Bearer ").strip())
    parts += [hashed_body, timestamp]
    return ":".join(parts)


def _service_parts(
    method: str, relative_url: str, access_token: str | None, body: str | bytes, timestamp: str
) -> tuple[bytes, str, str]:
    """Minified body, its hash and the string to sign: what both transaction forms share."""
    minified = minify(body)
    hashed = body_hash(minified)
    return (
        minified,
        hashed,
        service_string_to_sign(method, relative_url, access_token, hashed, timestamp),
    )


def sign_service_request(
    client_secret: str,
    method: str,
    relative_url: str,
    access_token: str,
    body: str | bytes,
    timestamp: str,
    encoding: Encoding = Encoding.HEX,
) -> Signature:
    """Symmetric transaction signature: HMAC-SHA512 with the client secret (OVO's default)."""
    minified, hashed, text = _service_parts(method, relative_url, access_token, body, timestamp)
    import hashlib
    import hmac

    raw = hmac.new(client_secret.encode("utf-8"), text.encode("utf-8"), hashlib.sha512).digest()
    return Signature("hmac-sha512", text, raw, encoding, minified, hashed)


def sign_service_request_rsa(
    private_key: rsa.RSAPrivateKey,
    method: str,
    relative_url: str,
    body: str | bytes,
    timestamp: str,
    encoding: Encoding = Encoding.BASE64,
) -> Signature:
    """Asymmetric transaction signature (some providers, and callbacks): SHA256withRSA."""
    minified, hashed, text = _service_parts(method, relative_url, None, body, timestamp)
    return Signature("sha256withrsa", text, sign_rsa(private_key, text), encoding, minified, hashed)


def decode_signature(
    text: str, preferred: Encoding, expected_length: int | None = None
) -> tuple[bytes, Encoding] | None:
    """The raw bytes of an X-SIGNATURE, trying the profile's encoding first.

    Hex text is also valid base64 (to other bytes), so a reading counts only if it has
    the length the algorithm produces (64 for HMAC-SHA512, the modulus size for RSA);
    without `expected_length`, the first encoding that reads at all wins.
    """
    for encoding in (preferred, *(e for e in Encoding if e is not preferred)):
        raw = encoding.decode(text)
        if raw and (expected_length is None or len(raw) == expected_length):
            return raw, encoding
    return None


def same_signature(expected: bytes, given: bytes) -> bool:
    import hmac

    return hmac.compare_digest(expected, given)
