"""SNAP signatures checked against an independent oracle: the openssl CLI."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hypothesis import given, settings
from hypothesis import strategies as st

from core.snap.signatures import (
    EMPTY_BODY_HASH,
    Encoding,
    decode_signature,
    service_string_to_sign,
    sign_service_request,
    sign_service_request_rsa,
    sign_token_request,
    verify_rsa,
)
from tests.conftest import run_openssl

TIMESTAMP = "2023-09-06T05:02:58.247+07:00"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvYW0ifQ.sig-part_x"
SECRET = "s3cr3t-é-Client"
BODY = (
    '{\n  "partnerReferenceNo": "20220728000000001",\n  "customerNumber": "080000000001",\n'
    '  "amount": {"value": "10000.00", "currency": "IDR"},\n  "note": "Budi  Santoso é"\n}'
)


@pytest.fixture(scope="module")
def signing_key(tmp_path_factory):
    key = rsa.generate_private_key(65537, 2048)
    folder = tmp_path_factory.mktemp("signing")
    (folder / "private.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    (folder / "public.pem").write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return key, folder


def openssl_digest_hex(*args: str, data: bytes) -> str:
    return run_openssl("dgst", *args, stdin=data).stdout.decode().split("= ")[-1].strip()


@pytest.mark.parametrize("encoding", list(Encoding))
def test_token_signature_matches_openssl_dgst_sign(signing_key, tmp_path, encoding):
    key, folder = signing_key
    signature = sign_token_request(key, "oamerchantam", TIMESTAMP, encoding)
    assert signature.string_to_sign == f"oamerchantam|{TIMESTAMP}"
    expected = run_openssl(
        "dgst",
        "-sha256",
        "-sign",
        str(folder / "private.pem"),
        stdin=signature.string_to_sign.encode(),
    ).stdout
    assert signature.raw == expected
    assert signature.value == (
        expected.hex() if encoding is Encoding.HEX else base64.b64encode(expected).decode()
    )
    (tmp_path / "sig.bin").write_bytes(signature.raw)
    verified = run_openssl(
        "dgst",
        "-sha256",
        "-verify",
        str(folder / "public.pem"),
        "-signature",
        str(tmp_path / "sig.bin"),
        stdin=signature.string_to_sign.encode(),
    )
    assert b"Verified OK" in verified.stdout
    assert verify_rsa(key.public_key(), signature.string_to_sign, signature.raw)
    assert not verify_rsa(key.public_key(), f"oamerchantam|{TIMESTAMP}x", signature.raw)


@pytest.mark.parametrize("encoding", list(Encoding))
def test_hmac_signature_matches_openssl(encoding):
    signature = sign_service_request(
        SECRET, "post", "/OVOSNAP/v2.0/emoney/topup", TOKEN, BODY, TIMESTAMP, encoding
    )
    minified = signature.minified_body
    assert (
        minified
        == (
            '{"partnerReferenceNo":"20220728000000001","customerNumber":"080000000001",'
            '"amount":{"value":"10000.00","currency":"IDR"},"note":"Budi  Santoso é"}'
        ).encode()
    )
    assert signature.body_hash == openssl_digest_hex("-sha256", data=minified)
    assert signature.string_to_sign == (
        f"POST:/OVOSNAP/v2.0/emoney/topup:{TOKEN}:{signature.body_hash}:{TIMESTAMP}"
    )
    oracle_hex = openssl_digest_hex(
        "-sha512", "-hmac", SECRET, data=signature.string_to_sign.encode()
    )
    oracle_raw = run_openssl(
        "dgst", "-sha512", "-hmac", SECRET, "-binary", stdin=signature.string_to_sign.encode()
    ).stdout
    assert signature.hex == oracle_hex
    assert signature.base64 == base64.b64encode(oracle_raw).decode()
    assert signature.value == (oracle_hex if encoding is Encoding.HEX else signature.base64)
    assert len(signature.hex) == 128  # the SOP sample's length


def test_the_bearer_prefix_is_not_signed():
    with_prefix = sign_service_request(SECRET, "POST", "/p", f"Bearer {TOKEN}", "{}", TIMESTAMP)
    assert with_prefix.raw == sign_service_request(SECRET, "POST", "/p", TOKEN, "{}", TIMESTAMP).raw


def test_no_body_hashes_the_empty_string():
    signature = sign_service_request(
        SECRET, "GET", "/cashin/snap/v2.0/merchant/account/balance", TOKEN, "", TIMESTAMP
    )
    assert signature.body_hash == EMPTY_BODY_HASH == openssl_digest_hex("-sha256", data=b"")
    assert EMPTY_BODY_HASH.startswith("e3b0c442") and EMPTY_BODY_HASH.endswith("b855")


def test_the_query_string_is_signed_as_part_of_the_path():
    text = service_string_to_sign(
        "GET", "/balance?date=2023-09-06", TOKEN, EMPTY_BODY_HASH, TIMESTAMP
    )
    assert text.startswith("GET:/balance?date=2023-09-06:")


def test_asymmetric_service_signature_matches_openssl(signing_key):
    key, folder = signing_key
    signature = sign_service_request_rsa(key, "POST", "/v1.0/callback", BODY, TIMESTAMP)
    assert signature.string_to_sign == f"POST:/v1.0/callback:{signature.body_hash}:{TIMESTAMP}"
    expected = run_openssl(
        "dgst",
        "-sha256",
        "-sign",
        str(folder / "private.pem"),
        stdin=signature.string_to_sign.encode(),
    ).stdout
    assert signature.raw == expected


@settings(max_examples=10, deadline=None)
@given(
    secret=st.text(
        alphabet=st.characters(codec="ascii", min_codepoint=0x21, max_codepoint=0x7E),
        min_size=1,
        max_size=40,
    ),
    value=st.integers(min_value=1, max_value=10**12),
)
def test_hmac_agrees_with_openssl_for_any_secret(secret, value):
    body = f'{{"amount": {{"value": "{value}.00", "currency": "IDR"}}}}'
    signature = sign_service_request(secret, "POST", "/p", TOKEN, body, TIMESTAMP)
    oracle = openssl_digest_hex("-sha512", "-hmac", secret, data=signature.string_to_sign.encode())
    assert signature.hex == oracle


def test_decoding_prefers_the_profiles_encoding():
    raw = bytes(range(64))
    assert decode_signature(raw.hex(), Encoding.HEX) == (raw, Encoding.HEX)
    assert decode_signature(base64.b64encode(raw).decode(), Encoding.HEX) == (raw, Encoding.BASE64)
    assert decode_signature("not a signature!", Encoding.HEX) is None


def test_a_hex_rsa_signature_reads_even_when_base64_is_preferred(signing_key):
    key, _ = signing_key
    signature = sign_token_request(key, "oam", TIMESTAMP, Encoding.HEX)
    decoded = decode_signature(signature.value, Encoding.BASE64, key.key_size // 8)
    assert decoded == (signature.raw, Encoding.HEX)
    assert verify_rsa(key.public_key(), signature.string_to_sign, decoded[0])


def test_a_hex_hmac_reads_even_when_base64_is_preferred():
    signature = sign_service_request(SECRET, "POST", "/p", TOKEN, "{}", TIMESTAMP)
    assert decode_signature(signature.hex, Encoding.BASE64, 64) == (signature.raw, Encoding.HEX)
