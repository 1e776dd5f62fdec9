"""Sandbox registration as OVO's PIS team does it: two public keys in, two .enc files out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from core.envelope import decrypt_credentials
from core.errors import BadInput
from core.sandbox.registration import register_partner
from core.sandbox.store import SandboxStore
from tests.conftest import PASSPHRASE, files_in, run_openssl

# The SOP's enc command, verbatim (rsautl needs -passin: the SOP's key is encrypted).
SOP_ENC = "enc -d -aes-256-cbc -in cred_file.enc -out cred_file.txt -pass file:./key.bin -md sha256"


def public_pem(key, fmt=serialization.PublicFormat.SubjectPublicKeyInfo) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM, fmt)


@pytest.fixture(scope="module")
def signing_key() -> rsa.RSAPrivateKey:
    """RSA 2048 rather than the SOP's 4096 keeps the suite fast; the sandbox accepts it
    with a note (tested below)."""
    return rsa.generate_private_key(65537, 2048)


@pytest.fixture
def store(tmp_path, monkeypatch) -> SandboxStore:
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    with SandboxStore() as opened:
        yield opened


@pytest.fixture
def exchange_public(exchange_pair) -> bytes:
    return (exchange_pair / "id_rsa.pub.pem").read_bytes()


@pytest.fixture
def exchange_private(exchange_pair) -> rsa.RSAPrivateKey:
    return serialization.load_pem_private_key(
        (exchange_pair / "id_rsa.pem").read_bytes(), PASSPHRASE.encode()
    )


def test_registration_issues_credentials_only_the_exchange_key_opens(
    store, exchange_public, exchange_private, signing_key
):
    signing_pem = public_pem(signing_key, serialization.PublicFormat.PKCS1)
    result = register_partner(store, exchange_public, signing_pem)

    opened = decrypt_credentials(exchange_private, result.key_bin_enc, result.cred_file_enc)
    assert opened.kdf.ident == "sha256" and not opened.notes  # the SOP's recipe, exactly
    assert json.loads(opened.plaintext) == {
        "clientId": result.client_id,
        "clientSecret": result.client_secret,
        "partnerId": result.client_id,
        "channelId": result.channel_id,
    }
    assert result.partner_id == result.client_id
    assert re.fullmatch(r"[a-z0-9]{8,36}", result.client_id)
    assert re.fullmatch(r"\d{5}", result.channel_id)
    assert len(result.client_secret) >= 24
    assert result.client_secret not in repr(result)

    partner = store.partner(result.client_id)
    assert partner is not None and partner.client_secret == result.client_secret
    assert partner.signing_public_pem == signing_pem
    assert partner.channel_id == result.channel_id
    assert result.client_secret not in repr(partner)


def test_each_registration_is_a_new_partner(store, exchange_public, signing_key):
    signing_pem = public_pem(signing_key, serialization.PublicFormat.PKCS1)
    first = register_partner(store, exchange_public, signing_pem)
    second = register_partner(store, exchange_public, signing_pem)
    assert first.client_id != second.client_id
    assert first.client_secret != second.client_secret
    assert store.partner_count() == 2


def test_the_sops_openssl_commands_open_what_the_sandbox_issues(
    tmp_path, store, exchange_pair, exchange_public, signing_key
):
    result = register_partner(
        store, exchange_public, public_pem(signing_key, serialization.PublicFormat.PKCS1)
    )
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "key.bin.enc").write_bytes(result.key_bin_enc)
    (inbox / "cred_file.enc").write_bytes(result.cred_file_enc)
    run_openssl(
        "rsautl", "-decrypt", "-inkey", str(exchange_pair / "id_rsa.pem"),
        "-passin", f"pass:{PASSPHRASE}", "-in", "key.bin.enc", "-out", "key.bin", cwd=inbox,
    )  # fmt: skip
    run_openssl(*SOP_ENC.split(), cwd=inbox)
    credentials = json.loads((inbox / "cred_file.txt").read_text())
    assert credentials["clientId"] == result.client_id
    assert credentials["clientSecret"] == result.client_secret


def test_a_signing_key_in_spki_form_is_accepted_and_the_sops_deviations_noted(
    store, exchange_public, signing_key
):
    result = register_partner(store, exchange_public, public_pem(signing_key))
    notes = " ".join(result.notes)
    assert "RSA 4096" in notes and "2048" in notes  # the SOP's size, said, not enforced
    assert "PKCS#1" in notes  # the form OVO asks for


def test_a_signing_key_that_is_the_exchange_key_is_noted(store, exchange_pair):
    public = (exchange_pair / "id_rsa.pub.pem").read_bytes()
    result = register_partner(store, public, public)
    assert any("same key" in note for note in result.notes)


# --- refusals: each names the file and says what to do -----------------------------------


def refusal(store, exchange: bytes, signing: bytes) -> BadInput:
    with pytest.raises(BadInput) as caught:
        register_partner(
            store, exchange, signing, exchange_name="id_rsa.pub.pem", signing_name="public.pem"
        )
    assert store.partner_count() == 0  # nothing registered
    return caught.value


def test_a_private_exchange_key_sent_by_mistake_is_refused(store, exchange_pair, signing_key):
    error = refusal(
        store,
        (exchange_pair / "id_rsa.pem").read_bytes(),  # encrypted: never even opened
        public_pem(signing_key, serialization.PublicFormat.PKCS1),
    )
    assert "id_rsa.pub.pem is a private key" in error.problem
    assert "id_rsa.pub.pem" in error.fix and "-pubout" in error.fix


def test_a_private_signing_key_sent_by_mistake_is_refused(store, exchange_public, signing_key):
    private_pem = signing_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    error = refusal(store, exchange_public, private_pem)
    assert "public.pem is a private key" in error.problem
    assert "-RSAPublicKey_out" in error.fix


def test_a_non_rsa_key_is_refused(store, exchange_public):
    ed_pem = public_pem(ed25519.Ed25519PrivateKey.generate())
    error = refusal(store, exchange_public, ed_pem)
    assert "public.pem is an Ed25519 key" in error.problem and "RSA" in error.problem
    assert "keygen signing" in error.fix


def test_a_signing_key_in_openssh_form_is_refused(store, exchange_public, signing_key):
    ssh = signing_key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    error = refusal(store, exchange_public, ssh)
    assert "public.pem is an OpenSSH public key" in error.problem
    assert "PKCS#1" in error.problem
    assert "ssh-keygen -e -m PEM" in error.fix


def test_a_short_rsa_key_is_refused(store, signing_key):
    short = public_pem(rsa.generate_private_key(65537, 1024))
    error = refusal(store, short, public_pem(signing_key, serialization.PublicFormat.PKCS1))
    assert "id_rsa.pub.pem is an RSA key of 1024 bits" in error.problem


def test_a_file_that_is_no_key_is_refused(store, exchange_public):
    error = refusal(store, exchange_public, b"<html><body>Sign in</body></html>")
    assert "public.pem is a web page" in error.problem


# --- the CLI verb -------------------------------------------------------------------------


@pytest.fixture
def keys_folder(tmp_path, exchange_pair, signing_key) -> Path:
    folder = tmp_path / "keys"
    folder.mkdir()
    for name in ("id_rsa.pem", "id_rsa.pub.pem", "passphrase.txt"):
        (folder / name).write_bytes((exchange_pair / name).read_bytes())
    (folder / "public.pem").write_bytes(public_pem(signing_key, serialization.PublicFormat.PKCS1))
    return folder


def issue_args(keys_folder: Path, out: Path, *extra: str) -> list:
    return [
        "sandbox", "issue-credentials",
        "--public-key", keys_folder / "id_rsa.pub.pem",
        "--signing-public-key", keys_folder / "public.pem",
        "--out", out, *extra,
    ]  # fmt: skip


def test_cli_issues_files_that_the_decrypt_command_opens(cli, tmp_path, monkeypatch, keys_folder):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    out = tmp_path / "from-ovo"
    result = cli(*issue_args(keys_folder, out))
    assert result.code == 0, result.err
    assert files_in(out) == {"key.bin.enc", "cred_file.enc"}
    client_id = re.search(r"client ID +(\S+)", result.out).group(1)
    expected_next = (
        f"python main.py decrypt --private-key {keys_folder / 'id_rsa.pem'} "
        f"--key-file {out / 'key.bin.enc'} --cred-file {out / 'cred_file.enc'}"
    )
    assert expected_next in result.out
    assert "inside cred_file.enc only" in result.out

    opened = cli(
        "decrypt",
        "--private-key", keys_folder / "id_rsa.pem",
        "--key-file", out / "key.bin.enc",
        "--cred-file", out / "cred_file.enc",
        "--passphrase-file", keys_folder / "passphrase.txt",
        "--json", "--reveal-secret",
    )  # fmt: skip
    assert opened.code == 0, opened.err
    record = opened.json
    assert record["client_id"] == client_id == record["partner_id"]
    with SandboxStore() as store:  # the same state a `sandbox serve` would use
        partner = store.partner(client_id)
    assert partner is not None and partner.client_secret == record["client_secret"]
    assert partner.client_secret not in result.out + result.err


def test_cli_refuses_to_overwrite_without_force(cli, tmp_path, monkeypatch, keys_folder):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    out = tmp_path / "from-ovo"
    assert cli(*issue_args(keys_folder, out)).code == 0
    before = (out / "cred_file.enc").read_bytes()

    again = cli(*issue_args(keys_folder, out))
    assert again.code == 2
    assert "would replace an existing file" in again.err and "--force" in again.err
    assert (out / "cred_file.enc").read_bytes() == before
    with SandboxStore() as store:
        assert store.partner_count() == 1  # refused before registering anyone

    forced = cli(*issue_args(keys_folder, out, "--force", "--json"))
    assert forced.code == 0, forced.err
    assert (out / "cred_file.enc").read_bytes() != before
    record = forced.json
    assert record["ok"] is True and record["partner_id"] == record["client_id"]
    assert record["key_file"] == str(out / "key.bin.enc")
    assert record["next_step"].startswith("python main.py decrypt --private-key ")
    assert "client_secret" not in record


def test_cli_names_the_wrong_file(cli, tmp_path, monkeypatch, keys_folder):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    out = tmp_path / "from-ovo"
    result = cli(
        "sandbox", "issue-credentials",
        "--public-key", keys_folder / "id_rsa.pem",
        "--signing-public-key", keys_folder / "public.pem",
        "--out", out, "--json",
    )  # fmt: skip
    assert result.code == 2
    assert "id_rsa.pem is a private key" in result.err
    assert result.json["ok"] is False
    assert not out.exists()


def test_cli_help_explains_the_verbs(cli):
    serve = cli("sandbox", "serve", "--help")
    assert serve.code == 0
    for text in ("--token-ttl", "Ctrl-C", "081234567890", "4033718", "/sandbox/ledger"):
        assert text in serve.out
    issue = cli("sandbox", "issue-credentials", "--help")
    assert issue.code == 0
    for text in ("id_rsa.pub.pem", "public.pem", "key.bin.enc", "cred_file.enc", "--force"):
        assert text in issue.out
