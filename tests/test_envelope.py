"""The credential envelope against the real `openssl` CLI, in both directions."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.envelope import (
    EnvelopeError,
    Kdf,
    decrypt_credentials,
    derive_key_iv,
    enc_decrypt,
    enc_encrypt,
    encrypt_credentials,
    password_from_pass_file,
)
from core.errors import BadInput
from tests.conftest import PASSPHRASE, run_openssl

CREDENTIALS = (
    b'{"clientId": "oamerchantam", "clientSecret": "Zq8-secret-\xc3\xa9\\u00e9", '
    b'"partnerId": "oamerchantam", "channelId": "95221"}\n'
)

# The SOP's two commands, verbatim.
SOP_RSAUTL = "openssl rsautl -decrypt -inkey id_rsa.pem -in key.bin.enc -out key.bin"
SOP_ENC = (
    "openssl enc -d -aes-256-cbc -in cred_file.enc -out cred_file.txt -pass file:./key.bin"
    " -md sha256"
)


@pytest.fixture(scope="module")
def partner_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(65537, 2048)


@pytest.fixture(scope="module")
def other_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(65537, 2048)


@pytest.fixture
def ovo(tmp_path, partner_key):
    """A folder where OVO's PIS team runs the recipe of OPENSSL.md for the partner's key."""
    (tmp_path / "id_rsa.pub.pem").write_bytes(
        partner_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    (tmp_path / "cred_file.txt").write_bytes(CREDENTIALS)
    return tmp_path


def make_with_openssl(folder: Path, *, key_bin: str = "base64", enc_flags=(), oaep=False):
    """Run the sender's recipe; return (key.bin.enc, cred_file.enc) bytes."""
    if key_bin == "base64":
        run_openssl("rand", "-base64", "-out", "key.bin", "32", cwd=folder)
    elif key_bin == "base64-no-newline":
        value = run_openssl("rand", "-base64", "32").stdout.strip()
        (folder / "key.bin").write_bytes(value)
    elif key_bin == "hex":
        run_openssl("rand", "-hex", "-out", "key.bin", "32", cwd=folder)
    rsautl = ["rsautl", "-encrypt", "-pubin", "-inkey", "id_rsa.pub.pem", "-in", "key.bin"]
    run_openssl(*rsautl, *(["-oaep"] if oaep else []), "-out", "key.bin.enc", cwd=folder)
    run_openssl(
        "enc", "-aes-256-cbc", "-salt", "-in", "cred_file.txt", "-out", "cred_file.enc",
        "-pass", "file:./key.bin", *enc_flags, cwd=folder,
    )  # fmt: skip
    return (folder / "key.bin.enc").read_bytes(), (folder / "cred_file.enc").read_bytes()


# --- the KDF and -pass file: semantics ----------------------------------------------------


def test_key_and_iv_match_the_check_vector_of_openssl_enc_P():
    key, iv = derive_key_iv(b"secret", bytes.fromhex("0102030405060708"), Kdf.SHA256)
    assert key.hex().upper() == "03B375940CB96C16F84FAA87F5EF39CC0BC7066CCD3E14456D9D74E438E35832"
    assert iv.hex().upper() == "904AEBC6E588FDB49FD15806BB4FEE6F"


@pytest.mark.parametrize("kdf", list(Kdf))
def test_key_and_iv_match_openssl_for_every_kdf(kdf):
    flags = {
        Kdf.SHA256: ["-md", "sha256"],
        Kdf.MD5: ["-md", "md5"],
        Kdf.SHA1: ["-md", "sha1"],
        Kdf.PBKDF2_SHA256: ["-pbkdf2", "-md", "sha256"],
    }[kdf]
    out = run_openssl(
        "enc", "-aes-256-cbc", "-S", "a1b2c3d4e5f60718", "-P", "-pass", "pass:key bin line", *flags
    ).stdout.decode()
    fields = {k.strip(): v.strip() for k, v in (line.split("=", 1) for line in out.splitlines())}
    key, iv = derive_key_iv(b"key bin line", bytes.fromhex("a1b2c3d4e5f60718"), kdf)
    assert (fields["key"], fields["iv"]) == (key.hex().upper(), iv.hex().upper())


@pytest.mark.parametrize(
    ("content", "password"),
    [
        (b"c2VjcmV0\n", b"c2VjcmV0"),  # the usual key.bin: one line and its newline
        (b"c2VjcmV0", b"c2VjcmV0"),  # no trailing newline
        (b"c2VjcmV0\r\n", b"c2VjcmV0\r"),  # CRLF: the CR stays, as on Unix builds
        (b"first\nsecond\n", b"first"),  # only the first line counts
        (b"ab\x00cd\n", b"ab"),  # cut at a NUL
        (b"x" * 1100 + b"\n", b"x" * 1023),  # at most 1023 bytes
        (b"\n", b""),  # just a newline: the empty password
    ],
)
def test_pass_file_reads_what_openssl_reads(tmp_path, content, password):
    assert password_from_pass_file(content) == password
    (tmp_path / "key.bin").write_bytes(content)
    (tmp_path / "plain.txt").write_bytes(b"the same plaintext\n")
    run_openssl(
        "enc", "-aes-256-cbc", "-salt", "-in", "plain.txt", "-out", "c.enc",
        "-pass", "file:./key.bin", "-md", "sha256", cwd=tmp_path,
    )  # fmt: skip
    assert enc_decrypt((tmp_path / "c.enc").read_bytes(), password) == b"the same plaintext\n"


def test_an_empty_pass_file_is_an_error_as_in_openssl(tmp_path):
    (tmp_path / "key.bin").write_bytes(b"")
    (tmp_path / "p.txt").write_bytes(b"x")
    refused = run_openssl(
        "enc", "-aes-256-cbc", "-in", "p.txt", "-pass", "file:./key.bin", cwd=tmp_path, check=False
    )
    assert refused.returncode != 0
    with pytest.raises(BadInput, match="empty"):
        password_from_pass_file(b"")


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    plaintext=st.binary(max_size=300),
    line=st.binary(max_size=120).filter(lambda b: b"\n" not in b and b"\0" not in b),
    rest=st.binary(max_size=40),
    kdf=st.sampled_from(list(Kdf)),
)
def test_any_plaintext_round_trips_under_any_password_line(plaintext, line, rest, kdf):
    password = password_from_pass_file(line + b"\n" + rest)
    assert password == line
    data = enc_encrypt(plaintext, password, kdf=kdf)
    assert data.startswith(b"Salted__")
    assert (len(data) - 16) % 16 == 0
    assert enc_decrypt(data, password, kdf) == plaintext


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    plaintext=st.binary(min_size=0, max_size=200),
    line=st.text(
        alphabet=st.characters(codec="utf-8", exclude_characters="\n\r\x00"),
        min_size=1,
        max_size=60,
    ),
)
def test_openssl_and_the_workbench_agree_on_any_plaintext_and_password_line(
    tmp_path, plaintext, line
):
    key_bin = line.encode() + b"\n"
    (tmp_path / "key.bin").write_bytes(key_bin)
    (tmp_path / "plain.bin").write_bytes(plaintext)
    # workbench -> openssl
    (tmp_path / "wb.enc").write_bytes(enc_encrypt(plaintext, password_from_pass_file(key_bin)))
    run_openssl(
        "enc", "-d", "-aes-256-cbc", "-in", "wb.enc", "-out", "wb.out",
        "-pass", "file:./key.bin", "-md", "sha256", cwd=tmp_path,
    )  # fmt: skip
    assert (tmp_path / "wb.out").read_bytes() == plaintext
    # openssl -> workbench
    run_openssl(
        "enc", "-aes-256-cbc", "-salt", "-in", "plain.bin", "-out", "os.enc",
        "-pass", "file:./key.bin", "-md", "sha256", cwd=tmp_path,
    )  # fmt: skip
    data = (tmp_path / "os.enc").read_bytes()
    assert enc_decrypt(data, password_from_pass_file(key_bin)) == plaintext


# --- files made by the sender's recipe open in the workbench -------------------------------


@pytest.mark.parametrize("key_bin", ["base64", "base64-no-newline", "hex"])
@pytest.mark.parametrize("armored", [False, True], ids=["binary", "base64-a"])
def test_openssl_recipe_files_decrypt(ovo, partner_key, key_bin, armored):
    flags = ["-md", "sha256", *(["-a"] if armored else [])]
    key_enc, cred_enc = make_with_openssl(ovo, key_bin=key_bin, enc_flags=flags)
    if armored:
        assert cred_enc.startswith(b"U2FsdGVkX1")
    opened = decrypt_credentials(partner_key, key_enc, cred_enc)
    assert opened.plaintext.encode() == CREDENTIALS
    assert opened.kdf is Kdf.SHA256
    assert opened.key_bin_padding == "PKCS#1 v1.5"
    assert any("base64" in note for note in opened.notes) == armored


@pytest.mark.parametrize(
    ("flags", "kdf"),
    [(["-md", "md5"], Kdf.MD5), (["-pbkdf2"], Kdf.PBKDF2_SHA256), (["-md", "sha1"], Kdf.SHA1)],
)
def test_other_kdfs_open_as_a_reported_fallback(ovo, partner_key, flags, kdf):
    key_enc, cred_enc = make_with_openssl(ovo, enc_flags=flags)
    opened = decrypt_credentials(partner_key, key_enc, cred_enc)
    assert opened.plaintext.encode() == CREDENTIALS
    assert opened.kdf is kdf
    assert any("not made with the SOP's -md sha256" in note for note in opened.notes)


def test_an_oaep_key_bin_opens_as_a_reported_fallback(ovo, partner_key):
    key_enc, cred_enc = make_with_openssl(ovo, enc_flags=["-md", "sha256"], oaep=True)
    opened = decrypt_credentials(partner_key, key_enc, cred_enc)
    assert opened.plaintext.encode() == CREDENTIALS
    assert opened.key_bin_padding.startswith("OAEP")
    assert any("OAEP" in note for note in opened.notes)


def test_a_base64_key_bin_enc_is_decoded(ovo, partner_key):
    key_enc, cred_enc = make_with_openssl(ovo, enc_flags=["-md", "sha256"])
    opened = decrypt_credentials(partner_key, base64.encodebytes(key_enc), cred_enc)
    assert opened.plaintext.encode() == CREDENTIALS
    assert any("key.bin.enc was base64" in note for note in opened.notes)


def test_a_key_bin_with_a_windows_line_ending_opens_and_says_why(partner_key):
    # A sender on Windows: its OpenSSL strips the CR, so the password lacks it.
    key_bin = b"c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0cw==\r\n"
    key_enc = partner_key.public_key().encrypt(key_bin, padding.PKCS1v15())
    cred_enc = enc_encrypt(CREDENTIALS, key_bin.rstrip(b"\r\n"))
    opened = decrypt_credentials(partner_key, key_enc, cred_enc)
    assert opened.plaintext.encode() == CREDENTIALS
    assert any("Windows line ending" in note for note in opened.notes)


# --- files made by the workbench open with the SOP's commands, verbatim ---------------------


@pytest.mark.parametrize("key_form", ["traditional", "pkcs8"])
def test_workbench_files_decrypt_with_the_sops_commands_verbatim(tmp_path, partner_key, key_form):
    fmt = {
        "traditional": serialization.PrivateFormat.TraditionalOpenSSL,
        "pkcs8": serialization.PrivateFormat.PKCS8,
    }[key_form]
    # The SOP's rsautl prompts for a passphrase on a terminal; a plain copy of the key under
    # the SOP's file name lets the verbatim command run unattended.
    (tmp_path / "id_rsa.pem").write_bytes(
        partner_key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption())
    )
    key_enc, cred_enc = encrypt_credentials(partner_key.public_key(), CREDENTIALS)
    (tmp_path / "key.bin.enc").write_bytes(key_enc)
    (tmp_path / "cred_file.enc").write_bytes(cred_enc)
    run_openssl(*SOP_RSAUTL.split()[1:], cwd=tmp_path)
    run_openssl(*SOP_ENC.split()[1:], cwd=tmp_path)
    assert (tmp_path / "cred_file.txt").read_bytes() == CREDENTIALS
    key_bin = (tmp_path / "key.bin").read_bytes()
    assert len(key_bin) == 45 and key_bin.endswith(b"\n")  # like `openssl rand -base64 32`


def test_sop_commands_open_workbench_files_with_an_encrypted_key(tmp_path, exchange_pair):
    public = serialization.load_pem_public_key((exchange_pair / "id_rsa.pub.pem").read_bytes())
    key_enc, cred_enc = encrypt_credentials(public, CREDENTIALS)
    (tmp_path / "key.bin.enc").write_bytes(key_enc)
    (tmp_path / "cred_file.enc").write_bytes(cred_enc)
    run_openssl(
        "rsautl", "-decrypt", "-inkey", str(exchange_pair / "id_rsa.pem"), "-passin",
        f"pass:{PASSPHRASE}", "-in", "key.bin.enc", "-out", "key.bin", cwd=tmp_path,
    )  # fmt: skip
    run_openssl(*SOP_ENC.split()[1:], cwd=tmp_path)
    assert (tmp_path / "cred_file.txt").read_bytes() == CREDENTIALS


# --- bad input: each case named, nothing guessed ----------------------------------------------


@pytest.fixture
def good_files(ovo):
    return make_with_openssl(ovo, enc_flags=["-md", "sha256"])


def reason_of(private_key, key_enc, cred_enc) -> EnvelopeError:
    with pytest.raises(EnvelopeError) as caught:
        decrypt_credentials(private_key, key_enc, cred_enc)
    return caught.value


def test_a_wrong_key_of_the_same_size_is_named_as_such(good_files, other_key):
    # Recent OpenSSL returns garbage instead of failing here (implicit rejection).
    error = reason_of(other_key, *good_files)
    assert error.reason == "wrong-key"
    assert "not encrypted for this key" in str(error)


def test_the_signing_key_instead_of_the_exchange_key_is_named(good_files):
    error = reason_of(rsa.generate_private_key(65537, 3072), *good_files)
    assert error.reason == "wrong-key-size"
    assert "2048-bit key" in str(error) and "not the signing key" in str(error)


def test_swapped_files_are_used_the_right_way_round(good_files, partner_key):
    key_enc, cred_enc = good_files
    opened = decrypt_credentials(partner_key, cred_enc, key_enc)
    assert opened.swapped
    assert opened.plaintext.encode() == CREDENTIALS
    assert any("other way round" in note for note in opened.notes)


def test_two_cred_files_say_the_key_file_is_missing(good_files, partner_key):
    assert reason_of(partner_key, good_files[1], good_files[1]).reason == "two-cred-files"


@pytest.mark.parametrize("cut", [1, 17, 100])
def test_a_truncated_cred_file_is_named(good_files, partner_key, cut):
    key_enc, cred_enc = good_files
    error = reason_of(partner_key, key_enc, cred_enc[:-cut])
    assert error.reason == "truncated"
    assert "truncated" in str(error)


def test_a_cred_file_cut_at_a_block_boundary_does_not_pass_as_success(good_files, partner_key):
    key_enc, cred_enc = good_files
    error = reason_of(partner_key, key_enc, cred_enc[:-16])
    assert error.reason in {"cred-mismatch", "truncated"}


def test_a_truncated_key_file_is_named(good_files, partner_key):
    error = reason_of(partner_key, good_files[0][:200], good_files[1])
    assert error.reason == "truncated"
    assert "200 bytes" in str(error)


def test_a_downloaded_web_page_is_named(good_files, partner_key):
    page = b"<!DOCTYPE html><html><body>Sign in to continue</body></html>"
    assert reason_of(partner_key, good_files[0], page).reason == "web-page"
    assert reason_of(partner_key, page, good_files[1]).reason == "web-page"


def test_a_file_that_is_not_openssl_enc_output_is_named(good_files, partner_key):
    error = reason_of(partner_key, good_files[0], b"clientId=abc\nclientSecret=def\n")
    assert error.reason == "not-enc"
    assert "Salted__" in str(error)


def test_empty_files_are_named(good_files, partner_key):
    assert reason_of(partner_key, good_files[0], b"").reason == "empty"
    assert reason_of(partner_key, b"", good_files[1]).reason == "empty"


def test_a_cred_file_from_another_pair_is_a_mismatch(ovo, partner_key, good_files):
    key_enc, _ = good_files
    _, other_cred = encrypt_credentials(partner_key.public_key(), CREDENTIALS)
    assert reason_of(partner_key, key_enc, other_cred).reason == "cred-mismatch"


def test_no_message_carries_the_key_bin_password(good_files, other_key, partner_key):
    key_enc, cred_enc = good_files
    messages = []
    for args in [(other_key, key_enc, cred_enc), (partner_key, key_enc, cred_enc[:-16])]:
        with pytest.raises(EnvelopeError) as caught:
            decrypt_credentials(*args)
        messages.append(str(caught.value))
    key_bin = partner_key.decrypt(key_enc, padding.PKCS1v15()).strip().decode()
    assert all(key_bin not in message for message in messages)


def test_many_wrong_keys_are_all_named_as_wrong_keys(good_files):
    # Implicit rejection turns each wrong key's attempt into different garbage, sometimes
    # short and printable; every one must still be reported as the wrong key.
    for _ in range(25):
        assert reason_of(rsa.generate_private_key(65537, 2048), *good_files).reason == "wrong-key"
