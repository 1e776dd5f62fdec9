"""A still-valid access token kept in a file, encrypted, for no-keyring mode.

OVO forbids a token per transaction, and each command-line run is a new process: without
a keyring the token must outlive the process somewhere. It is kept in `tokens/ENV.token`
(0600 in a 0700 folder), sealed with AES-GCM under a key derived (HKDF-SHA256, a random
salt per file) from the client secret, which itself is on disk only inside OVO's
encrypted files. The environment's name and client ID are the associated data, so a file
copied to another environment, or left from other credentials, does not open.

A file that cannot be read or opened (damaged, other credentials, an older format) is
"no token": the next call gets a new one, which replaces it. Never an error.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from core.atomic_files import FileToWrite, write_files
from core.tokens import AccessToken

MAGIC = b"OVOWB-TOKEN-1\n"
SALT_BYTES, NONCE_BYTES = 16, 12
MAX_FILE_BYTES = 64 * 1024
_INFO = b"ovo-snap-workbench access token cache"


def path_of(home: Path, env_name: str) -> Path:
    from core.kept_credentials import safe_name

    return home / "tokens" / f"{safe_name(env_name)}.token"


def _key(client_secret: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt, _INFO).derive(client_secret.encode("utf-8"))


def _associated(env_name: str, client_id: str) -> bytes:
    return json.dumps([env_name, client_id]).encode("utf-8")


def seal(token: AccessToken, client_secret: str, env_name: str, client_id: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    plain = json.dumps(
        {"token": token.value, "issued": token.issued_at, "expires": token.expires_at}
    ).encode("utf-8")
    sealed = AESGCM(_key(client_secret, salt)).encrypt(
        nonce, plain, _associated(env_name, client_id)
    )
    return MAGIC + salt + nonce + sealed


def unseal(data: bytes, client_secret: str, env_name: str, client_id: str) -> AccessToken | None:
    """The token in `data`, or None when it does not open or is not one."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not data.startswith(MAGIC):
        return None
    rest = data[len(MAGIC) :]
    if len(rest) <= SALT_BYTES + NONCE_BYTES + 16:
        return None
    salt, nonce = rest[:SALT_BYTES], rest[SALT_BYTES : SALT_BYTES + NONCE_BYTES]
    try:
        plain = AESGCM(_key(client_secret, salt)).decrypt(
            nonce, rest[SALT_BYTES + NONCE_BYTES :], _associated(env_name, client_id)
        )
        value = json.loads(plain)
        token = AccessToken(
            str(value["token"]), float(value["issued"]), float(value["expires"]), reused=True
        )
    except (InvalidTag, ValueError, KeyError, TypeError):
        return None
    return token if token.value else None


def read(home: Path, env_name: str, client_secret: str, client_id: str) -> AccessToken | None:
    """The kept token while still valid; None for a missing, unreadable or expired one."""
    try:
        with open(path_of(home, env_name), "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_FILE_BYTES:
        return None
    token = unseal(data, client_secret, env_name, client_id)
    return token if token is not None and token.remaining() > 0 else None


def write(
    home: Path, env_name: str, token: AccessToken, client_secret: str, client_id: str
) -> None:
    """Replace the kept token (0600, written whole or not at all). Raises `BadInput`."""
    data = seal(token, client_secret, env_name, client_id)
    write_files([FileToWrite(path_of(home, env_name), data)], overwrite=True)


def forget(home: Path, env_name: str) -> None:
    """The kept token goes with the credentials it belonged to."""
    with contextlib.suppress(FileNotFoundError):
        path_of(home, env_name).unlink()
