"""Where secrets live: the OS keyring, or this session's memory, never a plaintext file.

A keyring can be missing (a headless Linux box), locked, or hang on a D-Bus call that
never returns, so it is probed once, in a worker thread with a time limit. When the probe
fails, secrets are kept for the session only and the front ends say so plainly; the
user is never told "wrong password" for what is really "no keyring".
"""

from __future__ import annotations

import contextlib
import os
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
    to it before any request that could carry it is written down. The store may still be
    on its way (a `PendingProbe`, while the window starts): it is then taken at first use.
    """

    def __init__(
        self, store: SecretStore | PendingProbe, observe: Callable[[str, str], None]
    ) -> None:
        self._source = store
        self._observe = observe

    @property
    def _store(self) -> SecretStore:
        source = self._source
        return source.result().store if isinstance(source, PendingProbe) else source

    @property
    def description(self) -> str:
        return self._store.description

    @property
    def persistent(self) -> bool:
        return self._store.persistent

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
    """A keyring probe in a worker thread, begun with `start()` and collected with `result()`.

    The window begins it once its first frame is on screen: the probe imports keyring and
    its backends (some 80 ms of Python, which would otherwise compete with the window's
    own start for the interpreter) and then mostly waits on D-Bus. The time limit counts
    from `start()`; `result()` starts a probe nobody started, so it can never wait forever.
    """

    def __init__(self, home: Path | None, timeout: float = PROBE_SECONDS) -> None:
        self.home = home
        self.timeout = timeout
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._started: float | None = None
        self._outcome: tuple[object | None, str | None] = (None, None)
        self._result: ProbeResult | None = None

    def start(self) -> PendingProbe:
        with self._lock:
            if self._started is None:
                self._started = time.monotonic()
                # A daemon thread: a keyring that never answers must not hold up the exit.
                threading.Thread(target=self._run, name="keyring-probe", daemon=True).start()
        return self

    def _run(self) -> None:
        try:
            backend = _probe()
            self._outcome = (backend, None if backend is not None else "no OS keyring is available")
        except Exception as exc:  # any backend failure means: not usable now
            self._outcome = (None, f"the OS keyring failed: {type(exc).__name__}")
        self._finished.set()

    def done(self) -> bool:
        """The answer is known: the probe ended, or ran out of time."""
        if self._result is not None or self._finished.is_set():
            return True
        return self._started is not None and time.monotonic() - self._started >= self.timeout

    def result(self) -> ProbeResult:
        """The store to use; waits for the probe at most until its time limit."""
        self.start()
        with self._lock:
            if self._result is None:
                assert self._started is not None
                left = max(0.0, self.timeout - (time.monotonic() - self._started))
                if self._finished.wait(left):
                    backend, reason = self._outcome
                else:
                    backend = None
                    reason = f"the OS keyring did not answer within {self.timeout:g} s"
                self._result = self._store_for(backend, reason)
            return self._result

    def _store_for(self, backend, reason: str | None) -> ProbeResult:
        if backend is not None:
            return ProbeResult(KeyringSecrets(backend, keyring_service(self.home)), None)
        return ProbeResult(
            SessionSecrets(reason or ""),
            f"Secrets are kept for this session only, because {reason}. They are never "
            "written to a file; you will be asked again next time.",
        )


def start_probe(home: Path | None = None, timeout: float = PROBE_SECONDS) -> PendingProbe:
    """Begin probing the keyring for `home` now; collect it with `.result()`."""
    return PendingProbe(home, timeout).start()


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
    name = f"probe-{os.urandom(6).hex()}"
    backend.set_password(SERVICE, name, "probe")
    try:
        if backend.get_password(SERVICE, name) != "probe":
            return None
    finally:
        backend.delete_password(SERVICE, name)
    return backend
