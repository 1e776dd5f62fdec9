"""OVO's two encrypted credential files, kept under the home, and the client secret
recovered from them: how the workbench works where there is no OS keyring.

The client secret is never written in plain text. What is kept is what OVO sent,
`key.bin.enc` and `cred_file.enc`: ciphertext that only the partner's exchange private
key opens, as the SOP's own two openssl commands do. They are kept in both modes (a user
can then switch modes without asking OVO again); in no-keyring mode each run opens them
with the exchange key and its passphrase. Opening is CPU work (RSA and the key's own
passphrase derivation): front ends with an event loop run `open_kept` in a worker thread.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from core import keys
from core.atomic_files import FileToWrite, write_files
from core.credentials import Credentials, parse_credentials
from core.envelope import EnvelopeError, decrypt_credentials
from core.errors import BadInput
from core.input_files import ENC_FILE_LIMIT, KEY_FILE_LIMIT, read_input_file
from core.texts import QT_TRANSLATE_NOOP

KEY_FILE = "key.bin.enc"
CRED_FILE = "cred_file.enc"


@dataclass(frozen=True)
class OvoFiles:
    """OVO's two files as they arrived (the right way round), and the exchange private
    key that opens them."""

    key_bin_enc: bytes
    cred_file_enc: bytes
    exchange_key: Path


@dataclass(frozen=True)
class Unlocked:
    """What opening the kept files gave: the credentials, and the passphrase that opened
    the signing key too (None when it needs none). Nothing of it is kept yet."""

    env_name: str
    record: Credentials
    passphrase: bytes | None
    signing_passphrase: bytes | None


def safe_name(env_name: str) -> str:
    """A file name for an environment: its own when it is plain, else a plain form of it
    with a short hash, so that "a/b" and "a:b" never share a folder."""
    if re.fullmatch(r"[A-Za-z0-9_-]{1,60}", env_name):
        return env_name
    plain = re.sub(r"[^A-Za-z0-9_-]", "_", env_name)[:40]
    return f"{plain}-{hashlib.sha256(env_name.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def folder_of(home: Path, env_name: str) -> Path:
    return home / "credentials" / safe_name(env_name)


def keep(home: Path, env_name: str, files: OvoFiles) -> Path:
    """Write the two files for an environment (0600 in a 0700 folder, both or neither),
    replacing the ones kept before. Returns the folder."""
    folder = folder_of(home, env_name)
    write_files(
        [
            FileToWrite(folder / KEY_FILE, files.key_bin_enc),
            FileToWrite(folder / CRED_FILE, files.cred_file_enc),
        ],
        overwrite=True,
    )
    return folder


def kept(home: Path, env_name: str) -> bool:
    folder = folder_of(home, env_name)
    return (folder / KEY_FILE).is_file() and (folder / CRED_FILE).is_file()


def _save_again(env_name: str) -> str:
    return QT_TRANSLATE_NOOP(
        "core",
        "Save the credentials again: `decrypt ... --save-to {name}` (for the Sandbox: "
        "`sandbox register`), or on the Credentials tab.",
    ).format(name=env_name)


def _or_save_again(env_name: str) -> str:
    return QT_TRANSLATE_NOOP(
        "core",
        "or save the credentials again: `decrypt ... --save-to {name}` (for the Sandbox: "
        "`sandbox register`), or on the Credentials tab.",
    ).format(name=env_name)


def open_kept(
    home: Path,
    env_name: str,
    client_id: str | None,
    exchange_key: str | None,
    signing_key: str | None,
    passphrase: bytes | None,
) -> Unlocked:
    """The client secret of an environment, from its kept files and the exchange key.

    Raises `BadInput` for every case a person can fix: the files missing or damaged, the
    exchange key moved or not the one they were made for, no passphrase where one is
    needed (`keys.PassphraseNeeded`), a wrong one (`keys.WrongPassphrase`), a signing
    key that the same passphrase does not open. Changes nothing."""
    folder = folder_of(home, env_name)
    if not kept(home, env_name):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The encrypted copies of OVO's files for {name} ({key_file} and {cred_file} "
                "in {folder}) are missing, so its client secret cannot be recovered.",
            ).format(name=env_name, key_file=KEY_FILE, cred_file=CRED_FILE, folder=folder),
            _save_again(env_name),
        )
    if not exchange_key:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "{name} does not say which exchange key opens its credential files."
            ).format(name=env_name),
            QT_TRANSLATE_NOOP(
                "core", "Set it: env set {name} exchange_key id_rsa.pem; {again}"
            ).format(name=env_name, again=_or_save_again(env_name)),
        )
    key_path = Path(exchange_key)
    moved_fix = QT_TRANSLATE_NOOP(
        "core",
        "Give its new place: env set {name} exchange_key id_rsa.pem; {again}",
    ).format(name=env_name, again=_or_save_again(env_name))
    if not key_path.is_file():
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The exchange key {path} that opens the credential files of {name} is not "
                "there any more.",
            ).format(path=key_path, name=env_name),
            moved_fix,
        )
    key_data = read_input_file(
        key_path, QT_TRANSLATE_NOOP("core", "the exchange key"), KEY_FILE_LIMIT, fix=moved_fix
    )
    try:
        loaded = keys.load_key(key_data, None, name=key_path.name)
    except keys.PassphraseNeeded:
        if passphrase is None:
            raise keys.PassphraseNeeded(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The exchange key {file} is protected by a passphrase, and none was given "
                    "to recover the client secret of {name}.",
                ).format(file=key_path.name, name=env_name),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Give it with --passphrase-file F or the WORKBENCH_PASSPHRASE variable, "
                    "or run the command in a terminal to type it.",
                ),
            ) from None
        try:
            loaded = keys.load_key(key_data, passphrase, name=key_path.name)
        except keys.WrongPassphrase:
            raise keys.WrongPassphrase(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The passphrase does not open the exchange key {file}, so the client "
                    "secret of {name} was not recovered; nothing was sent.",
                ).format(file=key_path.name, name=env_name),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Give the exchange key's passphrase (capitals, a trailing space?) and "
                    "try again.",
                ),
            ) from None
    private = keys.require_rsa(loaded, keys.Role.EXCHANGE, key_path.name)
    what = QT_TRANSLATE_NOOP("core", "the kept copy of OVO's {file}")
    again = _save_again(env_name)
    key_bin_enc = read_input_file(
        folder / KEY_FILE, what.format(file=KEY_FILE), ENC_FILE_LIMIT, fix=again
    )
    cred_file_enc = read_input_file(
        folder / CRED_FILE, what.format(file=CRED_FILE), ENC_FILE_LIMIT, fix=again
    )
    try:
        opened = decrypt_credentials(private, key_bin_enc, cred_file_enc)
    except EnvelopeError as exc:
        if exc.reason == "wrong-key":
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The credential files kept for {name} were not made for the exchange key "
                    "{path}: it is another key than the one they were saved with.",
                ).format(name=env_name, path=key_path),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Point to the right key: env set {name} exchange_key id_rsa.pem; {again}",
                ).format(name=env_name, again=_or_save_again(env_name)),
            ) from None
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "The credential files kept for {name} in {folder} are damaged: {problem}"
            ).format(name=env_name, folder=folder, problem=exc.problem),
            _save_again(env_name),
        ) from None
    record = parse_credentials(opened.plaintext)
    if not record.client_secret or (client_id and record.client_id != client_id):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The credential files kept for {name} in {folder} do not hold the client "
                "secret of its client ID {client_id}.",
            ).format(name=env_name, folder=folder, client_id=client_id or "-"),
            _save_again(env_name),
        )
    signing_passphrase = _signing_passphrase(signing_key, passphrase, env_name)
    return Unlocked(env_name, record, passphrase, signing_passphrase)


def _signing_passphrase(
    signing_key: str | None, passphrase: bytes | None, env_name: str
) -> bytes | None:
    """The SOP's flow uses one passphrase for both keys: the signing key is tried with the
    exchange key's. None when it needs none (or is not there: the call says so then)."""
    if not signing_key or not Path(signing_key).is_file():
        return None
    path = Path(signing_key)
    data = read_input_file(path, QT_TRANSLATE_NOOP("core", "the signing key"), KEY_FILE_LIMIT)
    try:
        keys.load_key(data, None, name=path.name)
        return None
    except keys.PassphraseNeeded:
        pass
    try:
        if passphrase is None:
            raise keys.WrongPassphrase("", "")
        keys.load_key(data, passphrase, name=path.name)
    except keys.WrongPassphrase:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The signing key {file} of {name} is protected by a passphrase, and the "
                "exchange key's passphrase does not open it.",
            ).format(file=path.name, name=env_name),
            QT_TRANSLATE_NOOP(
                "core",
                "Without an OS keyring both keys must share one passphrase, as in the SOP: "
                "re-encrypt the signing key with it (openssl rsa -aes256 -in {file} -out "
                "{file}), or use a signing key without a passphrase.",
            ).format(file=path.name),
        ) from None
    return passphrase
