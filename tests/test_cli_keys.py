"""`keygen`, `key info` and `key convert` as a new partner uses them, checked with openssl."""

from __future__ import annotations

import re
import shlex
import stat
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, files_in, run_openssl, run_tool


def openssl_fingerprint(public_pem: Path) -> str:
    """What `openssl pkey -pubin -in PUB -outform DER | openssl dgst -sha256 -c` prints."""
    der = run_openssl("pkey", "-pubin", "-in", str(public_pem), "-outform", "DER").stdout
    printed = run_openssl("dgst", "-sha256", "-c", stdin=der).stdout.decode().strip()
    assert printed.startswith("SHA2-256(stdin)= "), printed
    return printed.removeprefix("SHA2-256(stdin)= ")


def openssl(command: str) -> bytes:
    """Run `openssl COMMAND` as a user types it; its stdout. (No path here has a space.)"""
    return run_openssl(*shlex.split(command)).stdout


def openssl_refuses(command: str) -> bool:
    return run_openssl(*shlex.split(command), check=False).returncode != 0


def convert(cli, key: Path, role: str, out: Path, *options: str | Path):
    return cli("key", "convert", key, "--role", role, "--out", out, *options)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def words(text: str) -> str:
    """Text with its line wrapping undone (argparse wraps help to the terminal width)."""
    return " ".join(text.split())


def no_secret(*results) -> None:
    for result in results:
        assert PASSPHRASE not in result.out + result.err


@pytest.fixture(scope="module")
def ssh_keys(tmp_path_factory) -> Path:
    """Keys a partner may already have, made by ssh-keygen (BEGIN OPENSSH PRIVATE KEY)."""
    d = tmp_path_factory.mktemp("ssh")

    def keygen(name: str, *args: str) -> None:
        run_tool("ssh-keygen", "-q", "-t", "rsa", *args, "-C", "partner", "-f", str(d / name))

    keygen("id_rsa", "-b", "2048", "-N", "")
    keygen("id_rsa_4096", "-b", "4096", "-N", "")
    keygen("id_rsa_protected", "-b", "2048", "-N", PASSPHRASE)
    keygen("id_rsa_old", "-b", "3072", "-N", "")  # ssh-keygen's default size since 8.2
    for name in ("id_rsa", "id_rsa_4096", "id_rsa_protected", "id_rsa_old"):
        spki = run_tool("ssh-keygen", "-e", "-m", "PKCS8", "-f", str(d / f"{name}.pub")).stdout
        (d / f"{name}.pub.pem").write_bytes(spki)
    (d / "passphrase.txt").write_text(PASSPHRASE + "\n")
    return d


@pytest.fixture(scope="module")
def signing_pair(tmp_path_factory) -> Path:
    """The SOP's signing pair made with the SOP's own openssl commands."""
    d = tmp_path_factory.mktemp("signing")
    run_openssl("genrsa", "-traditional", "-out", "private.pem", "4096", cwd=d)
    run_openssl("rsa", "-in", "private.pem", "-RSAPublicKey_out", "-out", "public.pem", cwd=d)
    return d


# --- keygen exchange -------------------------------------------------------------------------


def test_keygen_exchange_writes_the_sop_files_and_says_what_next(cli, tmp_path, passphrase_file):
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out, "--passphrase-file", passphrase_file)
    assert result.code == 0, result.err
    assert files_in(out) == {"id_rsa.pem", "id_rsa.pub.pem"}
    private, public = out / "id_rsa.pem", out / "id_rsa.pub.pem"
    assert mode(private) == 0o600
    assert mode(public) == 0o644
    assert private.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert public.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    text = openssl(f"rsa -in {private} -passin file:{passphrase_file} -text -noout")
    assert b"Private-Key: (2048 bit" in text
    # What the user reads: the fingerprint OVO can compare, and the next step.
    assert f"SHA256 {openssl_fingerprint(public)}" in result.out
    assert "RSA 2048" in result.out and "passphrase-protected" in result.out
    assert "next: Send id_rsa.pub.pem to OVO's PIS team" in result.out
    assert str(private) in result.out and str(public) in result.out
    assert result.err == ""
    no_secret(result)


def test_keygen_exchange_json(cli, tmp_path, passphrase_file):
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out, "--passphrase-file", passphrase_file, "--json")
    assert result.code == 0, result.err
    answer = result.json
    assert answer["ok"] is True
    assert answer["role"] == "exchange"
    assert answer["private_key"] == str(out / "id_rsa.pem")
    assert answer["public_key"] == str(out / "id_rsa.pub.pem")
    assert answer["fingerprint_sha256"] == openssl_fingerprint(out / "id_rsa.pub.pem")
    assert answer["private_key_encrypted"] is True
    assert "PIS team" in answer["next_step"]
    no_secret(result)


def test_keygen_refuses_to_replace_keys_without_force(cli, tmp_path, passphrase_file):
    out = tmp_path / "keys"
    first = cli("keygen", "exchange", "--out", out, "--passphrase-file", passphrase_file)
    assert first.code == 0, first.err
    before = {name: (out / name).read_bytes() for name in files_in(out)}

    again = cli("keygen", "exchange", "--out", out, "--passphrase-file", passphrase_file)
    assert again.code == 2
    assert str(out / "id_rsa.pem") in again.err and str(out / "id_rsa.pub.pem") in again.err
    assert "--force" in again.err
    assert again.out == ""
    assert {name: (out / name).read_bytes() for name in files_in(out)} == before

    as_json = cli(
        "keygen", "exchange", "--out", out, "--passphrase-file", passphrase_file, "--json"
    )
    assert as_json.code == 2
    assert as_json.json["ok"] is False and "--force" in as_json.json["fix"]
    assert {name: (out / name).read_bytes() for name in files_in(out)} == before

    forced = cli(
        "keygen", "exchange", "--out", out, "--passphrase-file", passphrase_file, "--force"
    )
    assert forced.code == 0, forced.err
    assert files_in(out) == {"id_rsa.pem", "id_rsa.pub.pem"}
    for name, old in before.items():
        assert (out / name).read_bytes() != old
    assert mode(out / "id_rsa.pem") == 0o600
    assert f"SHA256 {openssl_fingerprint(out / 'id_rsa.pub.pem')}" in forced.out
    no_secret(first, again, as_json, forced)


def test_keygen_refuses_when_only_one_of_the_files_is_there(cli, tmp_path, passphrase_file):
    out = tmp_path / "keys"
    out.mkdir()
    (out / "id_rsa.pub.pem").write_text("someone else's key\n")
    result = cli("keygen", "exchange", "--out", out, "--passphrase-file", passphrase_file)
    assert result.code == 2
    assert str(out / "id_rsa.pub.pem") in result.err
    assert files_in(out) == {"id_rsa.pub.pem"}
    assert (out / "id_rsa.pub.pem").read_text() == "someone else's key\n"


def test_keygen_exchange_without_a_passphrase_writes_nothing(cli, tmp_path):
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out)
    assert result.code == 2
    assert "No passphrase" in result.err
    assert "--passphrase-file" in result.err and "WORKBENCH_PASSPHRASE" in result.err
    assert result.out == ""
    assert files_in(out) == set()


def test_keygen_exchange_takes_the_passphrase_from_the_environment(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out)
    assert result.code == 0, result.err
    openssl(f"rsa -in {out / 'id_rsa.pem'} -passin env:WORKBENCH_PASSPHRASE -check -noout")
    no_secret(result)


def test_keygen_refuses_a_too_short_passphrase(cli, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out, "--passphrase-file", short)
    assert result.code == 2
    assert "too short" in result.err
    assert files_in(out) == set()


def test_keygen_exchange_has_no_no_passphrase_option(cli, tmp_path):
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out, "--no-passphrase")
    assert result.code == 2
    assert "--no-passphrase" in result.err
    assert files_in(out) == set()


# --- passphrase files ----------------------------------------------------------------------


def test_passphrase_file_first_line_without_crlf(cli, tmp_path):
    """A passphrase file saved on Windows: the key opens with the passphrase as typed."""
    pw = tmp_path / "pw.txt"
    pw.write_bytes(b"s3cret-pw\r\nsecond line is not part of it\r\n")
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out, "--passphrase-file", pw)
    assert result.code == 0, result.err
    openssl(f"rsa -in {out / 'id_rsa.pem'} -passin pass:s3cret-pw -check -noout")
    with_cr = run_openssl(
        "rsa", "-in", str(out / "id_rsa.pem"), "-passin", "pass:s3cret-pw\r", "-noout", check=False
    )
    assert with_cr.returncode != 0
    assert "s3cret-pw" not in result.out + result.err


@pytest.mark.parametrize("content", [b"", b"\n", b"\r\n"], ids=["empty", "newline", "crlf"])
def test_empty_passphrase_file_is_refused(cli, tmp_path, content):
    pw = tmp_path / "pw.txt"
    pw.write_bytes(content)
    out = tmp_path / "keys"
    result = cli("keygen", "exchange", "--out", out, "--passphrase-file", pw)
    assert result.code == 2
    assert "empty" in result.err and str(pw) in result.err
    assert files_in(out) == set()


def test_missing_passphrase_file_is_reported(cli, tmp_path):
    result = cli(
        "keygen", "exchange", "--out", tmp_path / "keys", "--passphrase-file", tmp_path / "nope.txt"
    )
    assert result.code == 2
    assert "nope.txt" in result.err and "--passphrase-file" in result.err
    assert files_in(tmp_path / "keys") == set()


# --- keygen signing ------------------------------------------------------------------------


def test_keygen_signing_without_passphrase(cli, tmp_path):
    out = tmp_path / "keys"
    result = cli("keygen", "signing", "--out", out, "--no-passphrase")
    assert result.code == 0, result.err
    assert files_in(out) == {"private.pem", "public.pem"}
    private, public = out / "private.pem", out / "public.pem"
    assert mode(private) == 0o600
    assert private.read_bytes().startswith(b"-----BEGIN RSA PRIVATE KEY-----\n")
    assert b"Proc-Type" not in private.read_bytes()
    assert b"Private-Key: (4096 bit" in openssl(f"rsa -in {private} -text -noout")
    assert public.read_bytes().startswith(b"-----BEGIN RSA PUBLIC KEY-----\n")
    assert openssl(f"rsa -in {private} -RSAPublicKey_out") == public.read_bytes()
    assert "RSA 4096" in result.out and "not passphrase-protected" in result.out
    assert f"SHA256 {openssl_fingerprint(public)}" in result.out
    assert "next: Send public.pem" in result.out and "never send it" in result.out


def test_keygen_signing_with_a_passphrase_file(cli, tmp_path, passphrase_file):
    out = tmp_path / "keys"
    result = cli("keygen", "signing", "--out", out, "--passphrase-file", passphrase_file, "--json")
    assert result.code == 0, result.err
    assert result.json["private_key_encrypted"] is True
    private = out / "private.pem"
    assert b"Proc-Type: 4,ENCRYPTED" in private.read_bytes()
    opened = openssl(f"rsa -in {private} -passin file:{passphrase_file} -RSAPublicKey_out")
    assert opened == (out / "public.pem").read_bytes()
    assert result.json["fingerprint_sha256"] == openssl_fingerprint(out / "public.pem")
    no_secret(result)


def test_keygen_signing_without_any_passphrase_source_names_no_passphrase(cli, tmp_path):
    result = cli("keygen", "signing", "--out", tmp_path / "keys")
    assert result.code == 2
    assert "--passphrase-file" in result.err and "--no-passphrase" in result.err
    assert files_in(tmp_path / "keys") == set()


# --- key info ------------------------------------------------------------------------------


def test_key_info_of_the_exchange_private_key(cli, exchange_pair):
    result = cli(
        "key",
        "info",
        exchange_pair / "id_rsa.pem",
        "--passphrase-file",
        exchange_pair / "passphrase.txt",
    )
    assert result.code == 0, result.err
    fingerprint = openssl_fingerprint(exchange_pair / "id_rsa.pub.pem")
    out = result.out
    assert re.search(r"^  kind +private key$", out, re.M)
    assert re.search(r"^  type +RSA 2048$", out, re.M)
    assert re.search(r"^  format +encrypted PKCS#8 PEM \(BEGIN ENCRYPTED PRIVATE KEY\)$", out, re.M)
    assert re.search(r"^  encrypted +yes \(AES-256-CBC\)$", out, re.M)
    assert re.search(rf"^  fingerprint +SHA256 {fingerprint}$", out, re.M)
    assert "  fits the credential-exchange key" in out
    assert "does not fit the SNAP signing key" in out
    no_secret(result)


# fmt: off
INFO_OF_EACH_KIND = [
    # (folder, file, what `key info` shows for it)
    ("exchange", "id_rsa.pub.pem", ["public key", "RSA 2048", "BEGIN PUBLIC KEY",
                                    "fits the credential-exchange key"]),
    ("signing", "private.pem", ["private key", "RSA 4096", "BEGIN RSA PRIVATE KEY",
                                "fits the SNAP signing key", "encrypted no"]),
    ("signing", "public.pem", ["public key", "RSA 4096", "BEGIN RSA PUBLIC KEY",
                               "fits the SNAP signing key"]),
    ("ssh", "id_rsa", ["private key", "RSA 2048", "OpenSSH private key",
                       "fits the credential-exchange key", "passphrase-protected"]),
    ("ssh", "id_rsa.pub", ["public key", "RSA 2048", "OpenSSH public key (ssh-rsa",
                           "OVO wants this public key as public key PEM (BEGIN PUBLIC KEY)"]),
    ("ssh", "id_rsa_protected", ["private key", "RSA 2048", "OpenSSH private key",
                                 "yes (aes256-ctr)"]),
]
# fmt: on


@pytest.mark.parametrize(("where", "name", "expect"), INFO_OF_EACH_KIND)
def test_key_info_of_each_kind(cli, exchange_pair, signing_pair, ssh_keys, where, name, expect):
    folder = {"exchange": exchange_pair, "signing": signing_pair, "ssh": ssh_keys}[where]
    result = cli("key", "info", folder / name)
    assert result.code == 0, result.err
    shown = words(result.out)
    for text in expect:
        assert text in shown, text
    public = {
        "id_rsa.pub.pem": exchange_pair / "id_rsa.pub.pem",
        "private.pem": signing_pair / "public.pem",
        "public.pem": signing_pair / "public.pem",
        "id_rsa": ssh_keys / "id_rsa.pub.pem",
        "id_rsa.pub": ssh_keys / "id_rsa.pub.pem",
        "id_rsa_protected": ssh_keys / "id_rsa_protected.pub.pem",
    }[name]
    assert f"SHA256 {openssl_fingerprint(public)}" in result.out


def test_key_info_json(cli, exchange_pair):
    public = cli("key", "info", exchange_pair / "id_rsa.pub.pem", "--json")
    assert public.code == 0, public.err
    info = public.json
    assert info["ok"] is True
    assert info["file"] == str(exchange_pair / "id_rsa.pub.pem")
    assert info["kind"] == "public"
    assert info["type"] == "RSA"
    assert info["bits"] == 2048
    assert info["format"] == "spki-pem"
    assert info["encrypted"] is False
    assert info["fingerprint_sha256"] == openssl_fingerprint(exchange_pair / "id_rsa.pub.pem")
    roles = {r["role"]: r for r in info["roles"]}
    assert roles["exchange"]["fits"] is True and roles["exchange"]["remarks"] == []
    assert roles["signing"]["fits"] is False

    private = cli(
        "key",
        "info",
        exchange_pair / "id_rsa.pem",
        "--json",
        "--passphrase-file",
        exchange_pair / "passphrase.txt",
    )
    assert private.code == 0, private.err
    info = private.json
    assert info["kind"] == "private"
    assert info["format"] == "pkcs8-encrypted-pem"
    assert info["encrypted"] is True and info["cipher"] == "AES-256-CBC"
    assert info["fingerprint_sha256"] == public.json["fingerprint_sha256"]
    assert {r["role"]: r["fits"] for r in info["roles"]} == {"exchange": True, "signing": False}
    no_secret(public, private)


def test_key_info_of_an_encrypted_key_without_passphrase_asks_for_it(cli, exchange_pair):
    result = cli("key", "info", exchange_pair / "id_rsa.pem")
    assert result.code == 0, result.err
    assert "private key" in result.out and "BEGIN ENCRYPTED PRIVATE KEY" in result.out
    assert re.search(r"^  encrypted +yes$", result.out, re.M)
    assert "note: The key is encrypted: give its passphrase" in result.out
    as_json = cli("key", "info", exchange_pair / "id_rsa.pem", "--json").json
    assert as_json["encrypted"] is True
    assert as_json["bits"] is None and as_json["fingerprint_sha256"] is None
    assert any("passphrase" in note for note in as_json["notes"])


def test_key_info_of_an_encrypted_key_with_passphrase_from_environment(
    cli, exchange_pair, monkeypatch
):
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    result = cli("key", "info", exchange_pair / "id_rsa.pem")
    assert result.code == 0, result.err
    assert "fits the credential-exchange key" in result.out
    no_secret(result)


@pytest.mark.parametrize("name", ["id_rsa.pem", "id_rsa_protected"])
def test_key_info_with_a_wrong_passphrase(cli, tmp_path, exchange_pair, ssh_keys, name):
    key = (exchange_pair if name == "id_rsa.pem" else ssh_keys) / name
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    result = cli("key", "info", key, "--passphrase-file", wrong)
    assert result.code == 2
    assert f"The passphrase does not open {name}" in result.err
    assert "not the passphrase" not in result.out + result.err


def test_key_info_passphrase_for_a_plain_key_is_noted(cli, ssh_keys, passphrase_file):
    result = cli("key", "info", ssh_keys / "id_rsa", "--passphrase-file", passphrase_file)
    assert result.code == 0, result.err
    assert "note: This key is not protected by a passphrase" in result.out
    no_secret(result)


def test_key_info_of_a_missing_file(cli, tmp_path):
    result = cli("key", "info", tmp_path / "id_rsa.pem")
    assert result.code == 2
    assert str(tmp_path / "id_rsa.pem") in result.err
    assert "No such file" in result.err
    assert result.out == ""


def test_key_info_of_a_folder(cli, tmp_path):
    result = cli("key", "info", tmp_path)
    assert result.code == 2
    assert "is a folder" in result.err


def test_key_info_of_a_putty_key_says_how_to_convert(cli, signing_pair, tmp_path):
    ppk = tmp_path / "id.ppk"
    run_tool("puttygen", str(signing_pair / "private.pem"), "-O", "private", "-o", str(ppk))
    result = cli("key", "info", ppk)
    assert result.code == 2
    assert "PuTTY" in result.err and "PuTTYgen" in result.err
    assert "-O private-openssh" in result.err


def test_key_info_of_a_certificate(cli, signing_pair, tmp_path):
    cert = tmp_path / "cert.pem"
    openssl(f"req -x509 -new -key {signing_pair / 'private.pem'} -subj /CN=p -days 1 -out {cert}")
    result = cli("key", "info", cert, "--json")
    assert result.code == 2
    assert "cert.pem is a certificate, not a key" in result.err
    assert result.json["ok"] is False


# --- key convert ---------------------------------------------------------------------------


def test_convert_an_ssh_key_to_the_exchange_pair(cli, tmp_path, ssh_keys, passphrase_file):
    assert openssl_refuses(f"rsa -in {ssh_keys / 'id_rsa'} -noout")
    out = tmp_path / "keys"
    pw = passphrase_file
    result = convert(cli, ssh_keys / "id_rsa", "exchange", out, "--new-passphrase-file", pw)
    assert result.code == 0, result.err
    assert files_in(out) == {"id_rsa.pem", "id_rsa.pub.pem"}
    assert mode(out / "id_rsa.pem") == 0o600
    assert "Converted id_rsa (OpenSSH private key" in result.out
    assert "Send id_rsa.pub.pem to OVO's PIS team" in result.out
    original = openssl_fingerprint(ssh_keys / "id_rsa.pub.pem")
    assert f"SHA256 {original}" in result.out
    openssl(f"rsa -in {out / 'id_rsa.pem'} -passin file:{pw} -check -noout")

    info = cli("key", "info", out / "id_rsa.pem", "--passphrase-file", pw, "--json")
    assert info.code == 0, info.err
    assert info.json["fingerprint_sha256"] == original
    assert info.json["encrypted"] is True
    exchange = next(r for r in info.json["roles"] if r["role"] == "exchange")
    assert exchange["fits"] is True and exchange["remarks"] == []
    public = cli("key", "info", out / "id_rsa.pub.pem", "--json").json
    assert next(r for r in public["roles"] if r["role"] == "exchange")["remarks"] == []
    no_secret(result, info)


def test_convert_an_ssh_key_to_the_signing_pair(cli, tmp_path, ssh_keys):
    out = tmp_path / "keys"
    result = convert(cli, ssh_keys / "id_rsa_4096", "signing", out, "--no-passphrase")
    assert result.code == 0, result.err
    assert files_in(out) == {"private.pem", "public.pem"}
    private = (out / "private.pem").read_bytes()
    assert private.startswith(b"-----BEGIN RSA PRIVATE KEY-----\n") and b"Proc-Type" not in private
    public = openssl(f"rsa -in {out / 'private.pem'} -RSAPublicKey_out")
    assert public == (out / "public.pem").read_bytes()
    original = openssl_fingerprint(ssh_keys / "id_rsa_4096.pub.pem")
    for name in ("private.pem", "public.pem"):
        info = cli("key", "info", out / name)
        assert info.code == 0, info.err
        assert "  fits the SNAP signing key" in info.out
        assert f"SHA256 {original}" in info.out


def test_convert_a_protected_ssh_key_keeps_its_passphrase(cli, tmp_path, ssh_keys):
    out = tmp_path / "keys"
    pw = ssh_keys / "passphrase.txt"
    result = convert(cli, ssh_keys / "id_rsa_protected", "exchange", out, "--passphrase-file", pw)
    assert result.code == 0, result.err
    assert "keeps the passphrase of the original" in result.out
    openssl(f"rsa -in {out / 'id_rsa.pem'} -passin file:{pw} -check -noout")
    no_secret(result)


def test_convert_a_protected_ssh_key_without_its_passphrase(cli, tmp_path, ssh_keys):
    out = tmp_path / "keys"
    result = convert(cli, ssh_keys / "id_rsa_protected", "signing", out, "--no-passphrase")
    assert result.code == 2
    assert "id_rsa_protected is protected by a passphrase" in result.err
    assert files_in(out) == set()


def test_convert_no_passphrase_is_refused_for_the_exchange_key(cli, tmp_path, ssh_keys):
    out = tmp_path / "keys"
    result = convert(cli, ssh_keys / "id_rsa", "exchange", out, "--no-passphrase")
    assert result.code == 2
    assert "--no-passphrase" in result.err and "passphrase-protected" in result.err
    assert files_in(out) == set()


def test_convert_refuses_to_replace_without_force(cli, tmp_path, ssh_keys):
    out = tmp_path / "keys"
    pw = ssh_keys / "passphrase.txt"
    first = convert(cli, ssh_keys / "id_rsa", "exchange", out, "--new-passphrase-file", pw)
    assert first.code == 0, first.err
    before = {name: (out / name).read_bytes() for name in files_in(out)}
    other = ssh_keys / "id_rsa_protected"
    again = convert(cli, other, "exchange", out, "--passphrase-file", pw)
    assert again.code == 2
    assert str(out / "id_rsa.pem") in again.err and "--force" in again.err
    assert {name: (out / name).read_bytes() for name in files_in(out)} == before
    forced = convert(cli, other, "exchange", out, "--passphrase-file", pw, "--force")
    assert forced.code == 0, forced.err
    assert openssl_fingerprint(out / "id_rsa.pub.pem") == openssl_fingerprint(
        ssh_keys / "id_rsa_protected.pub.pem"
    )
    no_secret(first, again, forced)


def test_convert_a_key_of_the_wrong_size_tells_the_user(cli, tmp_path, ssh_keys):
    """ssh-keygen's default RSA key is 3072 bits; the SOP's signing key is RSA 4096.

    The user must not be left believing they now hold the SOP's signing key: the command
    should refuse, or at least say that the key's size is not the SOP's.
    """
    out = tmp_path / "keys"
    result = convert(cli, ssh_keys / "id_rsa_old", "signing", out, "--no-passphrase")
    said = (result.out + result.err).replace(str(tmp_path), "DIR")
    assert result.code == 2 or "3072" in said, said


# --- help -----------------------------------------------------------------------------------


# fmt: off
HELP = [
    (["keygen"], ["exchange", "signing", "key pairs"]),
    (["keygen", "exchange"], ["id_rsa.pem", "id_rsa.pub.pem", "2048", "--passphrase-file",
                              "WORKBENCH_PASSPHRASE", "PIS team", "--force"]),
    (["keygen", "signing"], ["private.pem", "public.pem", "4096", "BEGIN RSA PUBLIC KEY",
                             "--no-passphrase"]),
    (["key"], ["info", "convert"]),
    (["key", "info"], ["fingerprint", "openssl dgst -sha256 -c", "--passphrase-file", "OpenSSH"]),
    (["key", "convert"], ["OpenSSH", "--role", "--new-passphrase-file", "--no-passphrase",
                          "id_rsa.pub.pem", "public.pem"]),
]
# fmt: on


@pytest.mark.parametrize(("argv", "expect"), HELP, ids=" ".join)
def test_every_verb_explains_itself(cli, argv, expect):
    result = cli(*argv, "--help")
    assert result.code == 0
    text = words(result.out)
    for phrase in expect:
        assert phrase in text, phrase
