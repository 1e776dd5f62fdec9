"""No-keyring mode (issue 13, item 1): the whole command-line flow without an OS keyring.

Each CLI run is its own Workspace against the embedded sandbox on loopback, as separate
processes would be. The mode is forced both ways it can come about: WORKBENCH_NO_KEYRING=1
(with a working keyring beside it, which must stay untouched) and keyring's own fail
backend (what a headless Linux, WSL or CI box without Secret Service has). So the tests
behave the same locally (memory keyring) and in CI (a real gnome-keyring).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives import serialization
from keyring.backends import fail

from core.journal import JournalFilter
from core.paths import workbench_home
from core.secrets import keyring_service
from core.snap.profile import Service
from core.token_file import read as read_token_file
from core.workspace import Workspace
from tests.conftest import PASSPHRASE, ROOT, TRACEBACK, register_with_sandbox
from tests.keyring_backends import MemoryKeyring, use_test_keyring

BUDI = "081234567890"
WRONG = "not the passphrase"


@pytest.fixture(params=["variable", "fail-backend"])
def no_keyring(request, tmp_path, monkeypatch):
    """A home in no-keyring mode; yields the keyring backend that is installed meanwhile
    (a working memory keyring when the mode is chosen with the variable)."""
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    previous = keyring.get_keyring()
    if request.param == "variable":
        monkeypatch.setenv("WORKBENCH_NO_KEYRING", "1")
        backend = MemoryKeyring()
    else:
        monkeypatch.delenv("WORKBENCH_NO_KEYRING", raising=False)
        backend = fail.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def registered(no_keyring, partner_keys, cli):
    register_with_sandbox(cli, partner_keys)
    return no_keyring


def home() -> Path:
    return workbench_home()


def token_calls() -> int:
    """Token calls as the journal recorded them, checked against the sandbox's own count
    of the tokens it issued."""
    workspace = Workspace()
    try:
        journaled = len(
            workspace.journal.query(JournalFilter(service=Service.ACCESS_TOKEN.value), limit=500)
        )
    finally:
        workspace.close()
    database = home() / "sandbox" / "sandbox.sqlite3"
    with sqlite3.connect(database) as conn:
        issued = conn.execute("SELECT COUNT(*) FROM tokens").fetchone()[0]
    conn.close()
    assert journaled == issued, (journaled, issued)
    return journaled


def recovered() -> tuple[str, str]:
    """The client secret and the kept token, opened as the workbench opens them."""
    workspace = Workspace()
    try:
        unlocked = workspace.open_kept_credentials("Sandbox", PASSPHRASE.encode())
        env = workspace.environment("Sandbox")
        secret = unlocked.record.client_secret
        token = read_token_file(home(), "Sandbox", secret, env.client_id)
    finally:
        workspace.close()
    assert token is not None
    return secret, token.value


def assert_refused(result, *parts: str) -> None:
    assert result.code == 2, (result.out, result.err)
    for part in parts:
        assert part in result.err, result.err


# --- the whole flow -------------------------------------------------------------------------


def test_ten_runs_make_one_token_call_and_every_transaction(
    registered, cli, partner_keys, monkeypatch
):
    pp = partner_keys / "pp.txt"
    references = []
    codes = []
    for run in range(10):
        # Half the runs are given the passphrase in a file, half in the variable.
        if run % 2:
            monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
            source: tuple = ()
        else:
            monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
            source = ("--passphrase-file", pp)
        kind = run % 3
        if kind == 0:
            result = cli("inquiry", "--customer", BUDI, "--amount", "20000", *source)
            assert "2003700" in result.out
        elif kind == 1:
            result = cli(
                "topup", "--customer", BUDI, "--amount", "20000", "--yes", "--json", *source
            )
            assert result.json["outcome"] == "success", result.out
            references.append(result.json["partner_reference_no"])
        else:
            result = cli("status", "--partner-reference-no", references[-1], *source)
            assert "2003900" in result.out
        codes.append(result.code)
        assert "Traceback" not in result.err
    assert codes == [0] * 10
    assert len(references) == 3
    assert token_calls() == 1

    secret, token = recovered()
    assert len(secret) >= 8 and len(token) >= 16
    needles = {"client secret": secret, "passphrase": PASSPHRASE, "access token": token}
    for path in home().rglob("*"):
        if not path.is_file() or path.parent == home() / "sandbox":
            # home/sandbox is the embedded OVO's own database (the server's side of the
            # rehearsal, which must know the secret and the token to check them); every
            # file of the workbench's own is scanned.
            continue
        data = path.read_bytes()
        for what, value in needles.items():
            assert value.encode() not in data, f"the {what} is in {path} in plain text"

    for path in (
        home() / "credentials" / "Sandbox" / "key.bin.enc",
        home() / "credentials" / "Sandbox" / "cred_file.enc",
        home() / "tokens" / "Sandbox.token",
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700, path.parent
    assert stat.S_IMODE((home() / "credentials").stat().st_mode) == 0o700
    if isinstance(registered, MemoryKeyring):  # a keyring was there, and not used
        assert registered.values == {}


def test_separate_processes_with_keyrings_own_fail_backend_share_one_token(
    tmp_path, partner_keys, monkeypatch
):
    # As on a CI box without a Secret Service: keyring's own switch for "no keyring",
    # each command a process of its own, the passphrase in the variable.
    workbench_home = tmp_path / "home"
    monkeypatch.setenv("WORKBENCH_HOME", str(workbench_home))
    env = {
        **os.environ,
        "WORKBENCH_HOME": str(workbench_home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "WORKBENCH_PASSPHRASE": PASSPHRASE,
    }
    env.pop("WORKBENCH_NO_KEYRING", None)

    def main(*args) -> subprocess.CompletedProcess:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *map(str, args)],
            cwd=tmp_path,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert TRACEBACK not in done.stderr, done.stderr
        assert done.returncode == 0, done.stdout + done.stderr
        return done

    main(
        "sandbox", "register",
        "--exchange-key", partner_keys / "id_rsa.pem",
        "--signing-key", partner_keys / "private.pem",
    )  # fmt: skip
    assert "Got a new access token." in main("token").stdout
    assert "2003700" in main("inquiry", "--customer", BUDI, "--amount", "20000").stdout
    topup = main("topup", "--customer", BUDI, "--amount", "20000", "--yes").stdout
    assert "Top-up successful" in topup
    assert "no keyring (no OS keyring is available)" in main("env", "show", "Sandbox").stdout
    assert token_calls() == 1


def test_the_token_command_reuses_the_kept_token_in_the_next_run(registered, cli, partner_keys):
    pp = partner_keys / "pp.txt"
    first = cli("token", "--passphrase-file", pp)
    assert first.code == 0, first.err
    assert "Got a new access token." in first.out
    again = cli("token", "--passphrase-file", pp, "--json")
    assert again.code == 0, again.err
    assert again.json["reused"] is True
    assert token_calls() == 1


def test_env_show_says_which_mode_and_where_things_are_kept(registered, cli):
    result = cli("env", "show", "Sandbox")
    assert result.code == 0, result.err
    reason = (
        "WORKBENCH_NO_KEYRING=1"
        if isinstance(registered, MemoryKeyring)
        else "no OS keyring is available"
    )
    assert "secrets_mode" in result.out and f"no keyring ({reason})" in result.out
    folder = home() / "credentials" / "Sandbox"
    assert f"inside OVO's encrypted files in {folder}" in result.out
    assert f"encrypted in {home() / 'tokens' / 'Sandbox.token'}" in result.out
    shown = cli("env", "show", "Sandbox", "--json").json
    assert shown["no_keyring"] is True
    assert shown["secrets_mode"] == f"no keyring ({reason})"
    assert shown["exchange_key"].endswith("id_rsa.pem")


# --- what goes wrong, said clearly, and no token call for it ---------------------------------


def test_a_wrong_passphrase_exits_2_and_makes_no_token_call(registered, cli, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(WRONG + "\n")
    result = cli("inquiry", "--customer", BUDI, "--amount", "20000", "--passphrase-file", wrong)
    assert_refused(
        result,
        "The passphrase does not open the exchange key id_rsa.pem, so the client secret of "
        "Sandbox was not recovered; nothing was sent.",
    )
    assert WRONG not in result.err
    assert token_calls() == 0


@pytest.mark.parametrize("command", ["inquiry", "topup", "status", "token"])
def test_no_passphrase_and_no_terminal_says_how_to_give_one(registered, cli, command):
    args = {
        "inquiry": ("--customer", BUDI, "--amount", "20000"),
        "topup": ("--customer", BUDI, "--amount", "20000", "--yes"),
        "status": ("--partner-reference-no", "2024010100000001"),
        "token": (),
    }[command]
    result = cli(command, *args)
    assert_refused(
        result,
        "The exchange key id_rsa.pem is protected by a passphrase, and none was given to "
        "recover the client secret of Sandbox.",
        "--passphrase-file F",
        "WORKBENCH_PASSPHRASE",
    )
    assert token_calls() == 0


def test_a_damaged_token_file_means_one_new_token_and_no_crash(registered, cli, partner_keys):
    pp = partner_keys / "pp.txt"
    assert cli("token", "--passphrase-file", pp).code == 0
    kept = home() / "tokens" / "Sandbox.token"
    data = bytearray(kept.read_bytes())
    data[-5] ^= 0xFF  # one flipped bit in the sealed token
    kept.write_bytes(bytes(data))
    result = cli("inquiry", "--customer", BUDI, "--amount", "20000", "--passphrase-file", pp)
    assert result.code == 0, result.err
    assert token_calls() == 2
    kept.write_bytes(b"not a token file at all")
    assert cli("token", "--passphrase-file", pp).code == 0
    assert token_calls() == 3
    # The new token replaced the damaged file: the next run reuses it.
    again = cli("token", "--passphrase-file", pp, "--json")
    assert again.json["reused"] is True
    assert token_calls() == 3


def test_deleted_copies_of_ovo_files_give_a_clear_message(registered, cli, partner_keys):
    (home() / "credentials" / "Sandbox" / "cred_file.enc").unlink()
    result = cli(
        "inquiry", "--customer", BUDI, "--amount", "20000",
        "--passphrase-file", partner_keys / "pp.txt",
    )  # fmt: skip
    assert_refused(
        result,
        "The encrypted copies of OVO's files for Sandbox (key.bin.enc and cred_file.enc in ",
        "are missing",
        "sandbox register",
    )
    assert token_calls() == 0


def test_damaged_copies_of_ovo_files_give_a_clear_message(registered, cli, partner_keys):
    cred = home() / "credentials" / "Sandbox" / "cred_file.enc"
    cred.write_bytes(cred.read_bytes()[:40])
    result = cli("token", "--passphrase-file", partner_keys / "pp.txt")
    assert_refused(result, "The credential files kept for Sandbox in ", "are damaged")
    assert "Save the credentials again" in result.err
    assert token_calls() == 0


def test_a_moved_exchange_key_is_named_and_env_set_points_to_it(
    no_keyring, cli, partner_keys, tmp_path
):
    keys_folder = tmp_path / "keys"
    keys_folder.mkdir()
    for name in ("id_rsa.pem", "private.pem", "pp.txt"):
        (keys_folder / name).write_bytes((partner_keys / name).read_bytes())
    register_with_sandbox(cli, keys_folder)
    moved = tmp_path / "elsewhere.pem"
    (keys_folder / "id_rsa.pem").rename(moved)
    pp = keys_folder / "pp.txt"
    result = cli("token", "--passphrase-file", pp)
    assert_refused(
        result,
        f"The exchange key {keys_folder / 'id_rsa.pem'} that opens the credential files of "
        "Sandbox is not there any more.",
        "env set Sandbox exchange_key id_rsa.pem",
    )
    assert token_calls() == 0
    assert cli("env", "set", "Sandbox", "exchange_key", moved).code == 0
    result = cli("token", "--passphrase-file", pp)
    assert result.code == 0, result.err
    assert token_calls() == 1


def test_a_signing_key_with_another_passphrase_is_named(no_keyring, cli, partner_keys, tmp_path):
    keys_folder = tmp_path / "keys"
    keys_folder.mkdir()
    for name in ("id_rsa.pem", "private.pem", "pp.txt"):
        (keys_folder / name).write_bytes((partner_keys / name).read_bytes())
    register_with_sandbox(cli, keys_folder)
    signing = keys_folder / "private.pem"
    key = serialization.load_pem_private_key(signing.read_bytes(), PASSPHRASE.encode())
    signing.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.BestAvailableEncryption(b"another passphrase"),
        )
    )
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes",
                 "--passphrase-file", keys_folder / "pp.txt")  # fmt: skip
    assert_refused(
        result,
        "The signing key private.pem of Sandbox is protected by a passphrase, and the "
        "exchange key's passphrase does not open it.",
    )
    assert token_calls() == 0


def test_saving_again_replaces_the_copies_and_forgets_the_old_token(registered, cli, partner_keys):
    pp = partner_keys / "pp.txt"
    assert cli("token", "--passphrase-file", pp).code == 0
    kept = home() / "credentials" / "Sandbox" / "key.bin.enc"
    before = kept.read_bytes()
    assert (home() / "tokens" / "Sandbox.token").exists()
    register_with_sandbox(cli, partner_keys)  # new credentials from the sandbox
    assert kept.read_bytes() != before
    assert not (home() / "tokens" / "Sandbox.token").exists()
    result = cli("inquiry", "--customer", BUDI, "--amount", "20000", "--passphrase-file", pp)
    assert result.code == 0, result.err
    assert token_calls() == 2


def test_decrypt_save_to_keeps_the_files_and_the_secret_opens_from_them(
    no_keyring, cli, exchange_pair, tmp_path
):
    from core import keys
    from core.envelope import encrypt_credentials

    public = keys.load_key((exchange_pair / "id_rsa.pub.pem").read_bytes()).public_key
    key_bin_enc, cred_file_enc = encrypt_credentials(
        public, b"Client ID: p01\nClient Secret: s3cr3t-value-123\nChannel ID: 95221\n"
    )
    (tmp_path / "key.bin.enc").write_bytes(key_bin_enc)
    (tmp_path / "cred_file.enc").write_bytes(cred_file_enc)
    result = cli(
        "decrypt",
        "--private-key", exchange_pair / "id_rsa.pem",
        # the other way round: kept the right way round all the same
        "--key-file", tmp_path / "cred_file.enc",
        "--cred-file", tmp_path / "key.bin.enc",
        "--passphrase-file", exchange_pair / "passphrase.txt",
        "--save-to", "Staging",
    )  # fmt: skip
    assert result.code == 0, result.err
    folder = home() / "credentials" / "Staging"
    assert f"OVO's encrypted files kept in {folder}" in result.out
    assert (folder / "key.bin.enc").read_bytes() == key_bin_enc
    assert (folder / "cred_file.enc").read_bytes() == cred_file_enc
    workspace = Workspace()
    try:
        unlocked = workspace.open_kept_credentials("Staging", PASSPHRASE.encode())
        assert unlocked.record.client_secret == "s3cr3t-value-123"
        workspace.keep_unlocked(unlocked)
        # Known to the redactor: scrubbed from the journal, logs and crash reports.
        scrubbed = workspace.journal.redactor.text(f"a s3cr3t-value-123 b {PASSPHRASE} c")
        assert "s3cr3t-value-123" not in scrubbed and PASSPHRASE not in scrubbed
    finally:
        workspace.close()
    for path in home().rglob("*"):
        if path.is_file():
            assert b"s3cr3t-value-123" not in path.read_bytes(), path


# --- with a keyring too: no token before the call can be signed ----------------------------


@pytest.fixture
def keyring_home(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("WORKBENCH_NO_KEYRING", raising=False)
    previous = keyring.get_keyring()
    backend = use_test_keyring()
    yield backend
    keyring.set_keyring(previous)


@pytest.mark.parametrize("command", ["inquiry", "topup", "status"])
def test_with_a_keyring_a_missing_secret_makes_no_token_call(
    keyring_home, cli, partner_keys, command
):
    register_with_sandbox(cli, partner_keys)
    keyring_home.delete_password(keyring_service(home()), "Sandbox:client_secret")
    args = {
        "inquiry": ("--customer", BUDI, "--amount", "20000"),
        "topup": ("--customer", BUDI, "--amount", "20000", "--yes"),
        "status": ("--partner-reference-no", "2024010100000001"),
    }[command]
    result = cli(command, *args)
    assert_refused(result, "No client secret for Sandbox in OS keyring")
    assert token_calls() == 0
    # The copies of OVO's files were kept in keyring mode too (a user may switch modes).
    assert (home() / "credentials" / "Sandbox" / "cred_file.enc").exists()
