"""`decrypt` as a partner uses it, with OVO's files made by the real openssl recipe."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, files_in, run_openssl

SECRET = "Zq8vX2mN4pL7wR1tK9"
CRED_TEXT = (
    f"Client ID: oamerchantam\nClient Secret: {SECRET}\nChannel ID: 95221\n"
    "Base URL: https://app.byte-stack.net\nWebhook Password: hunter2hunter2\n"
)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def inbox(tmp_path, exchange_pair) -> Path:
    """What OVO's e-mail delivers, made with the sender's recipe for the partner's key."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "cred_file.txt").write_text(CRED_TEXT)
    run_openssl("rand", "-base64", "-out", "key.bin", "32", cwd=folder)
    run_openssl(
        "rsautl", "-encrypt", "-pubin", "-inkey", str(exchange_pair / "id_rsa.pub.pem"),
        "-in", "key.bin", "-out", "key.bin.enc", cwd=folder,
    )  # fmt: skip
    run_openssl(
        "enc", "-aes-256-cbc", "-salt", "-in", "cred_file.txt", "-out", "cred_file.enc",
        "-pass", "file:./key.bin", "-md", "sha256", cwd=folder,
    )  # fmt: skip
    (folder / "key.bin").unlink()
    (folder / "cred_file.txt").unlink()
    return folder


def decrypt_args(exchange_pair: Path, inbox: Path, *extra: str | Path) -> list[str | Path]:
    return [
        "decrypt",
        "--private-key", exchange_pair / "id_rsa.pem",
        "--key-file", inbox / "key.bin.enc",
        "--cred-file", inbox / "cred_file.enc",
        "--passphrase-file", exchange_pair / "passphrase.txt",
        *extra,
    ]  # fmt: skip


def test_decrypt_shows_the_record_with_the_secret_masked(cli, exchange_pair, inbox):
    result = cli(*decrypt_args(exchange_pair, inbox))
    assert result.code == 0, result.err
    assert re.search(r"Client ID +oamerchantam\n", result.out)
    assert re.search(r"Client secret +\*{8}" + SECRET[-4:] + " +\\(masked", result.out)
    assert re.search(r"Channel ID +95221\n", result.out)
    assert "https://app.byte-stack.net" in result.out
    assert "OVO uses the client ID as X-PARTNER-ID" in result.out
    for secret in (SECRET, "hunter2hunter2", PASSPHRASE):
        assert secret not in result.out + result.err
    assert files_in(inbox) == {"key.bin.enc", "cred_file.enc"}  # no key.bin, no plaintext


def test_decrypt_json_for_scripts(cli, exchange_pair, inbox):
    result = cli(*decrypt_args(exchange_pair, inbox, "--json"))
    assert result.code == 0
    record = result.json
    assert record["ok"] is True
    assert record["client_id"] == "oamerchantam"
    assert record["client_secret"] == "********" + SECRET[-4:]
    assert record["channel_id"] == "95221"
    assert record["kdf"] == "sha256" and record["key_bin_padding"] == "PKCS#1 v1.5"
    assert record["extra"]["Webhook Password"] == "********ter2"
    assert SECRET not in result.out and "hunter2hunter2" not in result.out


def test_reveal_secret_shows_it_only_when_asked(cli, exchange_pair, inbox):
    result = cli(*decrypt_args(exchange_pair, inbox, "--reveal-secret", "--json"))
    assert result.json["client_secret"] == SECRET


def test_out_writes_the_plaintext_for_the_owner_only(cli, exchange_pair, inbox, tmp_path):
    out = tmp_path / "cred_file.txt"
    result = cli(*decrypt_args(exchange_pair, inbox, "--out", out))
    assert result.code == 0
    assert out.read_text() == CRED_TEXT
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_out_never_replaces_a_file_without_force(cli, exchange_pair, inbox, tmp_path):
    out = tmp_path / "notes.txt"
    out.write_text("my own notes")
    result = cli(*decrypt_args(exchange_pair, inbox, "--out", out))
    assert result.code == 2
    assert "notes.txt" in result.err and "--force" in result.err
    assert out.read_text() == "my own notes"
    assert cli(*decrypt_args(exchange_pair, inbox, "--out", out, "--force")).code == 0
    assert out.read_text() == CRED_TEXT


def test_swapped_files_still_decrypt_and_say_so(cli, exchange_pair, inbox):
    result = cli(
        "decrypt", "--private-key", exchange_pair / "id_rsa.pem",
        "--key-file", inbox / "cred_file.enc", "--cred-file", inbox / "key.bin.enc",
        "--passphrase-file", exchange_pair / "passphrase.txt",
    )  # fmt: skip
    assert result.code == 0
    assert result.out.startswith("Decrypted cred_file.enc with id_rsa.pem.")
    assert "other way round" in result.out


def test_passphrase_from_the_environment(cli, exchange_pair, inbox, monkeypatch):
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    args = decrypt_args(exchange_pair, inbox)[:-2]  # without --passphrase-file
    assert cli(*args).code == 0


def failure(cli, args, out: Path) -> str:
    """Run a decrypt that must fail: exit 2, a message, and no output file at all."""
    result = cli(*args, "--out", out)
    assert result.code == 2, result.out
    assert result.out == ""
    assert not out.exists()
    assert SECRET not in result.err and PASSPHRASE not in result.err
    return result.err


def test_wrong_passphrase(cli, exchange_pair, inbox, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    args = [*decrypt_args(exchange_pair, inbox)[:-1], wrong]
    assert "passphrase does not open id_rsa.pem" in failure(cli, args, tmp_path / "o.txt")


def test_missing_passphrase_without_a_terminal(cli, exchange_pair, inbox, tmp_path):
    args = decrypt_args(exchange_pair, inbox)[:-2]
    err = failure(cli, args, tmp_path / "o.txt")
    assert "protected by a passphrase" in err and "--passphrase-file" in err


def test_wrong_key(cli, exchange_pair, inbox, tmp_path):
    other = tmp_path / "other"
    assert (
        cli("keygen", "exchange", "--out", other, "--passphrase-file",
            exchange_pair / "passphrase.txt").code == 0
    )  # fmt: skip
    args = decrypt_args(exchange_pair, inbox)
    args[2] = other / "id_rsa.pem"
    assert "not encrypted for this key" in failure(cli, args, tmp_path / "o.txt")


def test_a_public_key_instead_of_the_private_key(cli, exchange_pair, inbox, tmp_path):
    args = decrypt_args(exchange_pair, inbox)
    args[2] = exchange_pair / "id_rsa.pub.pem"
    assert "public key; this needs the private key" in failure(cli, args, tmp_path / "o.txt")


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda data: data[:-5], "truncated"),
        (lambda data: b"<!DOCTYPE html>\n<html>Session expired</html>", "web page"),
        (lambda data: b"clientId: x\n", "not an OpenSSL encrypted file"),
        (lambda data: b"", "is empty"),
    ],
    ids=["truncated", "html", "not-enc", "empty"],
)
def test_damaged_cred_file(cli, exchange_pair, inbox, tmp_path, damage, expected):
    cred = inbox / "cred_file.enc"
    cred.write_bytes(damage(cred.read_bytes()))
    assert expected in failure(cli, decrypt_args(exchange_pair, inbox), tmp_path / "o.txt")


def test_a_missing_file_is_named(cli, exchange_pair, inbox, tmp_path):
    (inbox / "key.bin.enc").unlink()
    assert "key.bin.enc" in failure(cli, decrypt_args(exchange_pair, inbox), tmp_path / "o.txt")


def test_json_failure_is_one_object_with_the_reason(cli, exchange_pair, inbox):
    (inbox / "cred_file.enc").write_bytes(b"garbage")
    result = cli(*decrypt_args(exchange_pair, inbox, "--json"))
    assert result.code == 2
    assert result.json == {
        "ok": False,
        "error": result.json["error"],
        "fix": result.json["fix"],
        "reason": "not-enc",
    }


def test_the_real_entry_point_decrypts(exchange_pair, inbox):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, decrypt_args(exchange_pair, inbox))],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "oamerchantam" in proc.stdout and SECRET not in proc.stdout


def test_help_lists_every_verb():
    # Without arguments, main.py opens the window (tests/gui/test_gui_app.py).
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 0
    for verb in ("keygen", "key", "decrypt"):
        assert verb in proc.stdout


def test_decrypt_help_explains_itself(cli):
    result = cli("decrypt", "--help")
    assert result.code == 0
    assert "rsautl" in result.out and "--passphrase-file" in result.out
