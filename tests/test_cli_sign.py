"""`sign token` and `sign service` as a partner debugging a signature uses them."""

from __future__ import annotations

import base64

import pytest

from tests.conftest import run_openssl

TIMESTAMP = "2023-09-06T05:02:58.247+07:00"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJjbGllbnQiOiJvYW0ifQ.c2lnbmF0dXJl"
SECRET = "cl1ent-S3cret-value"


@pytest.fixture(scope="module")
def signing_keys(tmp_path_factory):
    from core import keys

    folder = tmp_path_factory.mktemp("signing")
    pair = keys.generate_pair(keys.Role.SIGNING, None)
    (folder / "private.pem").write_bytes(pair.private_pem)
    (folder / "public.pem").write_bytes(pair.public_pem)
    return folder


def test_sign_token_verifies_with_openssl(cli, signing_keys, tmp_path):
    result = cli(
        "sign",
        "token",
        "--client-id",
        "oamerchantam",
        "--private-key",
        signing_keys / "private.pem",
        "--timestamp",
        TIMESTAMP,
        "--json",
    )
    assert result.code == 0, result.err
    out = result.json
    assert out["string_to_sign"] == f"oamerchantam|{TIMESTAMP}"
    assert out["headers"]["X-SIGNATURE"] == out["signature_base64"]
    assert out["headers"]["X-CLIENT-KEY"] == "oamerchantam"
    # public.pem is PKCS#1, as the SOP sends it; openssl dgst wants SubjectPublicKeyInfo.
    run_openssl(
        "rsa",
        "-RSAPublicKey_in",
        "-in",
        str(signing_keys / "public.pem"),
        "-pubout",
        "-out",
        str(tmp_path / "spki.pem"),
    )
    (tmp_path / "sig.bin").write_bytes(base64.b64decode(out["signature_base64"]))
    verified = run_openssl(
        "dgst",
        "-sha256",
        "-verify",
        str(tmp_path / "spki.pem"),
        "-signature",
        str(tmp_path / "sig.bin"),
        stdin=out["string_to_sign"].encode(),
    )
    assert b"Verified OK" in verified.stdout
    assert bytes.fromhex(out["signature_hex"]) == base64.b64decode(out["signature_base64"])


def test_sign_token_in_hex_and_as_text(cli, signing_keys):
    result = cli(
        "sign",
        "token",
        "--client-id",
        "oam",
        "--private-key",
        signing_keys / "private.pem",
        "--encoding",
        "hex",
    )
    assert result.code == 0
    assert "string to sign" in result.out and "X-SIGNATURE (hex)" in result.out
    assert "X-TIMESTAMP" in result.out and "+07:00" in result.out


def test_sign_token_refuses_a_malformed_timestamp(cli, signing_keys):
    result = cli(
        "sign",
        "token",
        "--client-id",
        "oam",
        "--private-key",
        signing_keys / "private.pem",
        "--timestamp",
        "2023-09-06 05:02:58",
    )
    assert result.code == 2
    assert "not a SNAP timestamp" in result.err


@pytest.fixture
def service_files(tmp_path):
    (tmp_path / "secret.txt").write_text(SECRET + "\r\n")
    (tmp_path / "body.json").write_text(
        '{\n  "partnerReferenceNo": "R1",\n'
        '  "amount": {"value": "10000.00", "currency": "IDR"}\n}\n'
    )
    return tmp_path


def sign_service(cli, folder, *extra):
    return cli(
        "sign",
        "service",
        "--method",
        "POST",
        "--path",
        "/OVOSNAP/v2.0/emoney/topup",
        "--token",
        TOKEN,
        "--client-secret-file",
        folder / "secret.txt",
        "--body-file",
        folder / "body.json",
        "--timestamp",
        TIMESTAMP,
        *extra,
    )


def test_sign_service_matches_openssl_hmac(cli, service_files):
    result = sign_service(cli, service_files, "--json", "--reveal-token")
    assert result.code == 0, result.err
    out = result.json
    minified = b'{"partnerReferenceNo":"R1","amount":{"value":"10000.00","currency":"IDR"}}'
    assert out["minified_body"].encode() == minified
    body_hash = (
        run_openssl("dgst", "-sha256", stdin=minified).stdout.decode().split("= ")[1].strip()
    )
    assert out["body_sha256"] == body_hash
    string = f"POST:/OVOSNAP/v2.0/emoney/topup:{TOKEN}:{body_hash}:{TIMESTAMP}"
    assert out["string_to_sign"] == string
    oracle = run_openssl("dgst", "-sha512", "-hmac", SECRET, stdin=string.encode())
    assert out["signature_hex"] == oracle.stdout.decode().split("= ")[1].strip()
    assert out["headers"]["X-SIGNATURE"] == out["signature_hex"]  # OVO's default: hex


def test_sign_service_masks_the_token_and_never_prints_the_secret(cli, service_files):
    for extra in ((), ("--json",)):
        result = sign_service(cli, service_files, *extra)
        assert result.code == 0
        assert TOKEN not in result.out and SECRET not in result.out
        assert "********" + TOKEN[-4:] in result.out


def test_sign_service_in_base64(cli, service_files):
    out = sign_service(cli, service_files, "--json", "--encoding", "base64").json
    assert out["headers"]["X-SIGNATURE"] == out["signature_base64"]


def test_sign_service_takes_secrets_from_the_environment(cli, service_files, monkeypatch):
    monkeypatch.setenv("WORKBENCH_CLIENT_SECRET", SECRET)
    monkeypatch.setenv("WORKBENCH_ACCESS_TOKEN", TOKEN)
    result = cli(
        "sign",
        "service",
        "--method",
        "POST",
        "--path",
        "/OVOSNAP/v2.0/emoney/topup",
        "--body-file",
        service_files / "body.json",
        "--timestamp",
        TIMESTAMP,
        "--json",
    )
    assert (
        result.json["signature_hex"]
        == sign_service(cli, service_files, "--json").json["signature_hex"]
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: (f / "body.json").write_text('{"a": 1,'), "not valid JSON"),
        (lambda f: (f / "secret.txt").write_text(""), "client secret file"),
        (lambda f: (f / "secret.txt").unlink(), "Cannot read the client secret file"),
    ],
    ids=["bad-json", "empty-secret", "missing-secret"],
)
def test_sign_service_bad_input(cli, service_files, change, message):
    change(service_files)
    result = sign_service(cli, service_files)
    assert result.code == 2
    assert message in result.err


def test_sign_service_wants_a_relative_url(cli, service_files):
    result = cli(
        "sign",
        "service",
        "--method",
        "POST",
        "--path",
        "https://app.byte-stack.net/x",
        "--token",
        TOKEN,
        "--client-secret-file",
        service_files / "secret.txt",
        "--body-file",
        service_files / "body.json",
    )
    assert result.code == 2 and "relative URL" in result.err
