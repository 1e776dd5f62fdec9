"""Keyring backends for tests where no Secret Service runs (CI runs the real one).

They are real `keyring` backends, plugged in the way keyring itself supports, so the
workbench's code path is the same as with the OS keyring.
"""

from __future__ import annotations

import os
import threading

import keyring
from keyring.backend import KeyringBackend

REAL_SECRET_SERVICE = os.environ.get("WORKBENCH_TEST_SECRET_SERVICE") == "1"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.values.get((service, username))

    def set_password(self, service, username, password):
        self.values[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class HangingKeyring(KeyringBackend):
    """A keyring whose D-Bus call never returns, as a wedged Secret Service does."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(30)

    def set_password(self, service, username, password):
        self.release.wait(30)

    def delete_password(self, service, username):
        self.release.wait(30)


def use_test_keyring():
    """The real Secret Service in CI (it must be there), a memory keyring elsewhere."""
    if REAL_SECRET_SERVICE:
        backend = keyring.core.load_keyring("keyring.backends.SecretService.Keyring")
    else:
        backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
