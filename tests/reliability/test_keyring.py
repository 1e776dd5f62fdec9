"""Keyring backends that fail, hang or lock after the start-up probe (issue 12, item 1).

Real `keyring` backends (tests/keyring_backends.py) plugged in with keyring.set_keyring,
the CLI in-process against the embedded sandbox on loopback. A keyring call here may take
0.5 s (WORKBENCH_KEYRING_TIMEOUT), so a hang costs half a second, not a minute.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from decimal import Decimal

import keyring
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyring.errors import KeyringLocked
from secretstorage.exceptions import ItemNotFoundException

from core import keys
from core.envelope import encrypt_credentials
from core.journal import JournalFilter
from core.paths import workbench_home
from core.secrets import KeyringSecrets, KeyringUnavailable
from core.snap.profile import Service
from core.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.keyring_backends import TroubledKeyring

BUDI = "081234567890"
LIMIT = "0.5"


@pytest.fixture(autouse=True)
def short_limit(monkeypatch):
    monkeypatch.setenv("WORKBENCH_KEYRING_TIMEOUT", LIMIT)




@pytest.fixture
def backend(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    previous = keyring.get_keyring()
    troubled = TroubledKeyring()
    keyring.set_keyring(troubled)
    yield troubled
    troubled.release.set()
    keyring.set_keyring(previous)


def register(cli, partner_keys):
    return cli(
        "sandbox", "register",
        "--exchange-key", partner_keys / "id_rsa.pem",
        "--signing-key", partner_keys / "private.pem",
        "--passphrase-file", partner_keys / "pp.txt",
    )  # fmt: skip


@pytest.fixture
def registered(backend, partner_keys, cli):
    result = register(cli, partner_keys)
    assert result.code == 0, result.err
    return backend


def settings_bytes() -> bytes:
    return (workbench_home() / "settings.json").read_bytes()


def assert_clear(result, *parts: str) -> None:
    """Exit 2, the message on stderr, and no Python traceback in front of the user."""
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    for part in parts:
        assert part in result.err, result.err


def topups_sent() -> int:
    workspace = Workspace()
    try:
        return len(workspace.journal.query(JournalFilter(service=Service.TOPUP.value), limit=50))
    finally:
        workspace.close()


# --- a keyring that hangs after the probe --------------------------------------------------


def test_env_show_says_the_secret_is_unknown_when_the_keyring_hangs(registered, cli):
    registered.trouble = "hang"
    result = cli("env", "show", "Sandbox")
    assert result.code == 0, result.err
    assert re.search(
        rf"client_secret +unknown: the OS keyring did not answer within {LIMIT} s\n", result.out
    )
    assert "not stored" not in result.out
    assert registered.asked == 1


def test_token_with_a_hanging_keyring_waits_once_and_says_so(registered, cli):
    registered.trouble = "hang"
    result = cli("token")
    assert_clear(
        result,
        f"The OS keyring did not answer within {LIMIT} s, so the signing key's passphrase "
        "for Sandbox could not be read.",
        "WORKBENCH_PASSPHRASE",
    )
    assert "none is stored" not in result.err
    # The kept token's read hung; the passphrase was not waited for again.
    assert registered.asked == 1
    assert result.err.count("note: The OS keyring did not answer") == 1


def test_token_gets_a_token_without_the_keyring_when_the_passphrase_is_given(
    registered, cli, monkeypatch
):
    registered.trouble = "hang"
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    result = cli("token")
    assert result.code == 0, result.err
    assert "Got a new access token." in result.out
    assert "Traceback" not in result.err
    # The kept token could not be read (the hang), so the new one could not be kept
    # either: each said once, on stderr.
    assert result.err.count("note: ") == 2, result.err
    assert "a kept access token could not be read" in result.err
    assert "the new access token is kept in memory for this run only" in result.err


@pytest.mark.parametrize(
    "command",
    [
        ("inquiry", "--customer", BUDI, "--amount", "20000"),
        ("topup", "--customer", BUDI, "--amount", "20000", "--yes"),
        ("status", "--partner-reference-no", "2024010100000001"),
    ],
    ids=["inquiry", "topup", "status"],
)
def test_calls_with_a_hanging_keyring_end_with_a_clear_message(registered, cli, command):
    registered.trouble = "hang"
    result = cli(*command)
    assert_clear(result, f"The OS keyring did not answer within {LIMIT} s, so the ")
    assert registered.asked == 1
    assert topups_sent() == 0


def test_env_passphrase_with_a_hanging_keyring_keeps_nothing(registered, cli, partner_keys):
    registered.trouble = "hang"
    result = cli("env", "passphrase", "Sandbox", "--passphrase-file", partner_keys / "pp.txt")
    assert_clear(
        result,
        f"The OS keyring did not answer within {LIMIT} s, so the signing key's passphrase "
        "for Sandbox could not be saved.",
    )
    assert "kept in" not in result.out


def test_sandbox_register_with_a_hanging_keyring_leaves_the_settings_alone(
    registered, cli, partner_keys
):
    before = settings_bytes()
    registered.trouble = "hang"
    result = register(cli, partner_keys)
    assert_clear(result, f"The OS keyring did not answer within {LIMIT} s")
    assert settings_bytes() == before


def test_decrypt_save_to_with_a_failing_keyring_writes_nothing(backend, cli, tmp_path):
    folder = tmp_path / "exchange"
    folder.mkdir()
    pair = keys.generate_pair(keys.Role.EXCHANGE, PASSPHRASE.encode())
    (folder / "id_rsa.pem").write_bytes(pair.private_pem)
    (folder / "pp.txt").write_text(PASSPHRASE + "\n")
    public = keys.load_key(pair.public_pem).public_key
    key_bin_enc, cred_file_enc = encrypt_credentials(
        public, b"Client ID: p01\nClient Secret: s3cr3t-value\nChannel ID: 95221\n"
    )
    (folder / "key.bin.enc").write_bytes(key_bin_enc)
    (folder / "cred_file.enc").write_bytes(cred_file_enc)
    assert cli("env", "set", "Staging", "base_url", "https://staging.example").code == 0
    before = settings_bytes()
    backend.trouble = RuntimeError("Unable to initialize SecretService")
    result = cli(
        "decrypt",
        "--private-key", folder / "id_rsa.pem",
        "--key-file", folder / "key.bin.enc",
        "--cred-file", folder / "cred_file.enc",
        "--passphrase-file", folder / "pp.txt",
        "--save-to", "Staging",
        "--out", tmp_path / "cred.txt",
    )  # fmt: skip
    assert_clear(result, "The OS keyring failed (RuntimeError), so the ")
    assert "s3cr3t-value" not in result.err + result.out
    assert settings_bytes() == before
    assert not (tmp_path / "cred.txt").exists()
    assert backend.asked == 1  # not a transient error: not asked again


# --- transient errors, locked keyrings, hard failures --------------------------------------


@pytest.mark.parametrize(
    "error",
    [ItemNotFoundException("Item does not exist!"), KeyringLocked("Failed to unlock the item!")],
    ids=["item-gone", "locked"],
)
def test_a_transient_error_is_retried_and_the_user_sees_nothing(registered, cli, error):
    registered.trouble, registered.times = error, 1
    result = cli("token")
    assert result.code == 0, result.err
    assert "Got a new access token." in result.out
    assert "keyring" not in result.err
    again = cli("token")  # the token was kept in the keyring after all
    assert again.code == 0, again.err
    assert "Reused the still-valid token." in again.out


def test_a_keyring_that_stays_locked_is_named_as_locked(registered, cli):
    registered.trouble = KeyringLocked("Failed to unlock the collection!")
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert_clear(
        result,
        "The OS keyring is locked, so the signing key's passphrase for Sandbox could not be read.",
        "unlock it",
    )
    assert registered.asked == 3  # the first call and its two retries; then not asked again
    assert topups_sent() == 0


def test_settling_earlier_top_ups_survives_a_keyring_hiccup(registered, cli):
    # 1 in 764 concurrent runs: the Secret Service lost an item while `topup` was settling.
    leftover = record_leftover()
    registered.trouble, registered.times = ItemNotFoundException("gone"), 1
    registered.only = "client_secret"
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert result.code == 0, result.err
    assert f"earlier top-up {leftover}: failed" in result.err  # not found, long after sending
    assert "Top-up successful" in result.out
    assert registered.asked == 1


def test_settling_earlier_top_ups_with_a_failed_keyring_sends_nothing_new(
    registered, cli, monkeypatch
):
    leftover = record_leftover()
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)  # the token needs no keyring
    registered.trouble = ItemNotFoundException("gone")
    registered.only = "client_secret"
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert_clear(
        result,
        "so the client secret for Sandbox could not be read.",
        "An earlier top-up is not settled yet, so nothing new was sent",
    )
    assert topups_sent() == 0
    assert [row["partner_reference_no"] for row in unresolved()] == [leftover]

    registered.trouble = None  # the keyring works again: the next run settles it first
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert result.code == 0, result.err
    assert f"earlier top-up {leftover}: failed" in result.err
    assert unresolved() == []


def record_leftover() -> str:
    """A top-up a crash left pending before it was sent, an hour ago: past its status
    window, so "not found" settles it as not processed."""
    ref = f"2024{uuid.uuid4().int % 10**12:012d}"
    workspace = Workspace()
    try:
        workspace.pending.record("Sandbox", ref, BUDI, Decimal(20000), None)
    finally:
        workspace.close()
    with sqlite3.connect(workbench_home() / "journal.sqlite3") as conn:
        conn.execute(
            "UPDATE topups SET created = created - 3600 WHERE partner_reference_no = ?", (ref,)
        )
    return ref


def unresolved() -> list[dict]:
    workspace = Workspace()
    try:
        return workspace.pending.unresolved("Sandbox")
    finally:
        workspace.close()


# --- a keyring that failed the probe -------------------------------------------------------


def test_a_keyring_that_failed_the_probe_is_not_reported_as_empty(registered, cli):
    # A busy keyring turned a run "session only": a passphrase it holds is unreadable,
    # not "not stored".
    registered.trouble, registered.probe = RuntimeError("busy"), True
    result = cli("token")
    assert_clear(
        result,
        "note: Secrets are kept for this session only, because the OS keyring failed",
        "The OS keyring failed (RuntimeError), so the signing key's passphrase for Sandbox "
        "could not be read.",
    )
    assert "none is stored" not in result.err


# --- the store itself ----------------------------------------------------------------------


def test_after_a_timeout_the_keyring_is_not_asked_again_and_known_values_still_answer(backend):
    store = KeyringSecrets(backend, "reliability")
    store.set("Sandbox:client_secret", "known-value")
    backend.trouble = "hang"
    with pytest.raises(KeyringUnavailable) as first:
        store.get("Sandbox:signing_passphrase")
    assert str(first.value.problem) == (
        f"The OS keyring did not answer within {LIMIT} s, so the signing key's passphrase "
        "for Sandbox could not be read."
    )
    assert backend.stuck.is_set() and backend.asked == 1
    with pytest.raises(KeyringUnavailable):
        store.set("Sandbox:access_token", "{}")
    with pytest.raises(KeyringUnavailable):
        store.get("Staging:client_secret")
    assert backend.asked == 1  # failed at once, without asking the keyring
    assert store.get("Sandbox:client_secret") == "known-value"
    assert str(store.unavailable) == f"did not answer within {LIMIT} s"


TROUBLES = st.sampled_from(
    [
        None,
        "hang",
        ItemNotFoundException("gone"),
        KeyringLocked("Failed to unlock the item!"),
        RuntimeError("Unable to initialize SecretService"),
        EOFError(),
    ]
)
STEPS = st.lists(
    st.tuples(
        st.sampled_from(["get", "set", "delete"]),
        st.sampled_from(["Sandbox:client_secret", "Sandbox:access_token", "Staging:client_secret"]),
        TROUBLES,
        st.sampled_from([None, 1]),
    ),
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(steps=STEPS)
def test_any_sequence_of_troubles_ends_in_the_value_or_one_clear_error(steps):
    # Whatever the keyring does, a call returns what the keyring holds, or raises
    # KeyringUnavailable; once it did, the keyring is never asked again, and what the run
    # knew still answers.
    backend = TroubledKeyring()
    store = KeyringSecrets(backend, "property")
    known: dict[str, str | None] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("WORKBENCH_KEYRING_TIMEOUT", "0.05")
        try:
            play(store, backend, known, steps)
        finally:
            backend.release.set()


def play(store: KeyringSecrets, backend: TroubledKeyring, known: dict, steps) -> None:
    """Each step meets its trouble; returns a value, or raises the one clear error."""
    for number, (action, name, trouble, times) in enumerate(steps):
        backend.trouble, backend.times, backend.asked = trouble, times, 0
        failed_before = store.unavailable is not None
        try:
            if action == "get":
                value = store.get(name)
                if name in known:
                    assert value == known[name]
                known[name] = value
            elif action == "set":
                store.set(name, f"value-{number}")
                known[name] = f"value-{number}"
            else:
                store.delete(name)
                known[name] = None
        except KeyringUnavailable as exc:
            assert store.unavailable is not None
            assert str(exc.problem).startswith(f"The OS keyring {store.unavailable}, so the ")
            known.pop(name, None)  # a write that failed (or hung) may have landed or not
        if failed_before:
            assert backend.asked == 0
