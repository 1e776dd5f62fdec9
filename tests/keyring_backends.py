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


class TroubledKeyring(MemoryKeyring):
    """A memory keyring that answers the workbench's probe, then misbehaves on demand, as
    a busy, locked or wedged Secret Service does after the start.

    `trouble` is what a call meets: None (it works), an exception (raised, a fresh copy
    each time), or "hang" (it waits until `release` is set). `times` limits how many calls
    meet it (None: every call from now on); `only` limits it to entry names containing
    that text; the probe's own entries meet it only when `probe` is True. `asked` counts
    the calls that met the trouble, `names` every entry asked for after the probe.
    """

    def __init__(self) -> None:
        super().__init__()
        self.trouble: BaseException | str | None = None
        self.times: int | None = None
        self.only: str | None = None
        self.probe = False
        self.asked = 0
        self.names: list[str] = []
        self.release = threading.Event()
        self.stuck = threading.Event()  # a call is hanging now

    def _meet(self, username: str) -> None:
        is_probe = username.startswith("probe-")
        if not is_probe:
            self.names.append(username)
        trouble = self.trouble
        if trouble is None or (is_probe and not self.probe):
            return
        if self.only is not None and self.only not in username:
            return
        if self.times is not None and self.asked >= self.times:
            return
        self.asked += 1
        if trouble == "hang":
            self.stuck.set()
            self.release.wait(30)
            return
        assert isinstance(trouble, BaseException)
        raise type(trouble)(*trouble.args)

    def get_password(self, service, username):
        self._meet(username)
        return super().get_password(service, username)

    def set_password(self, service, username, password):
        self._meet(username)
        super().set_password(service, username, password)

    def delete_password(self, service, username):
        self._meet(username)
        super().delete_password(service, username)


def use_test_keyring():
    """The real Secret Service in CI (it must be there), a memory keyring elsewhere."""
    if REAL_SECRET_SERVICE:
        backend = keyring.core.load_keyring("keyring.backends.SecretService.Keyring")
    else:
        backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend
