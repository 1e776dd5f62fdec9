"""Where secrets live: the OS keyring, or this session's memory, never a plaintext file.

A keyring can be missing (a headless Linux box), locked, or hang on a D-Bus call that
never returns, so it is probed once, in a worker thread with a time limit. When the probe
fails, secrets are kept for the session only and the front ends say so plainly; the
user is never told "wrong password" for what is really "no keyring".
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import secrets as random_tokens
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

SERVICE = "ovo-snap-workbench"
PROBE_SECONDS = 3.0


class SecretStore(Protocol):
    description: str
    persistent: bool

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class SessionSecrets:
    """Secrets in memory only: gone when the program ends."""

    persistent = False

    def __init__(self, reason: str = "") -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()
        self.description = "this session only" + (f" ({reason})" if reason else "")

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        with self._lock:
            self._values[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._values.pop(name, None)


def keyring_service(home: Path | None = None) -> str:
    """The keyring service name for one workbench home.

    The keyring is shared by every home on the machine, so a second home (WORKBENCH_HOME, a
    colleague's copy, a test) gets its own service name: otherwise it would read the other
    home's client secret and cached token for an environment of the same name. The default
    home keeps the plain name.
    """
    if home is None:
        return SERVICE
    from core.paths import default_home

    resolved = home.resolve()
    return SERVICE if resolved == default_home().resolve() else f"{SERVICE} ({resolved})"


class KeyringSecrets:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    persistent = True

    def __init__(self, backend, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service
        self.description = f"OS keyring ({_backend_name(backend)})"

    def get(self, name: str) -> str | None:
        return self._backend.get_password(self._service, name)

    def set(self, name: str, value: str) -> None:
        self._backend.set_password(self._service, name, value)

    def delete(self, name: str) -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(self._service, name)


class ObservedSecrets:
    """A store that shows every value it reads or keeps to `observe` first.

    The journal's redactor is the observer: whatever secret this process touches is known
    to it before any request that could carry it is written down.
    """

    def __init__(self, store: SecretStore, observe: Callable[[str, str], None]) -> None:
        self._store = store
        self._observe = observe
        self.description = store.description
        self.persistent = store.persistent

    def get(self, name: str) -> str | None:
        value = self._store.get(name)
        if value:
            self._observe(name, value)
        return value

    def set(self, name: str, value: str) -> None:
        self._observe(name, value)
        self._store.set(name, value)

    def delete(self, name: str) -> None:
        self._store.delete(name)


def _backend_name(backend) -> str:
    names = {
        "keyring.backends.SecretService.Keyring": "Secret Service",
        "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
        "keyring.backends.macOS.Keyring": "macOS Keychain",
    }
    full = f"{type(backend).__module__}.{type(backend).__name__}"
    return names.get(full, type(backend).__name__)


@dataclass(frozen=True)
class ProbeResult:
    store: SecretStore
    warning: str | None  # what front ends show when secrets will not outlive the session


class PendingProbe:
    """A probe begun in a worker thread, to be collected once with `result()`.

    The window begins one first thing: the probe mostly waits on D-Bus, which it then
    does while the program imports and builds its window instead of before. The time
    limit counts from the probe's start.
    """

    def __init__(self, home: Path | None, timeout: float) -> None:
        self.home = home
        self.timeout = timeout
        self.started = time.monotonic()
        pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="keyring-probe"
        )
        self._future = pool.submit(_probe)
        pool.shutdown(wait=False)  # the thread ends with the probe; nobody joins it

    def result(self) -> ProbeResult:
        left = max(0.0, self.timeout - (time.monotonic() - self.started))
        try:
            backend = self._future.result(timeout=left)
            reason = None if backend is not None else "no OS keyring is available"
        except concurrent.futures.TimeoutError:
            backend, reason = None, f"the OS keyring did not answer within {self.timeout:g} s"
        except Exception as exc:  # any backend failure means: not usable now
            backend, reason = None, f"the OS keyring failed: {type(exc).__name__}"
        if backend is not None:
            return ProbeResult(KeyringSecrets(backend, keyring_service(self.home)), None)
        return ProbeResult(
            SessionSecrets(reason or ""),
            f"Secrets are kept for this session only, because {reason}. They are never "
            "written to a file; you will be asked again next time.",
        )


def start_probe(home: Path | None = None, timeout: float = PROBE_SECONDS) -> PendingProbe:
    """Begin probing the keyring for `home` now; collect it with `.result()`."""
    return PendingProbe(home, timeout)


def open_secret_store(timeout: float = PROBE_SECONDS, *, home: Path | None = None) -> ProbeResult:
    """The keyring (entries scoped to `home`) if a write, read and delete round trip works
    within `timeout`; otherwise secrets for this session only, and the warning to show."""
    return start_probe(home, timeout).result()


def _probe():
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__name__ == "NullKeyring":
        return None
    name = f"probe-{random_tokens.token_hex(6)}"
    backend.set_password(SERVICE, name, "probe")
    try:
        if backend.get_password(SERVICE, name) != "probe":
            return None
    finally:
        backend.delete_password(SERVICE, name)
    return backend
