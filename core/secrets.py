"""Where secrets live: the OS keyring, or this session's memory, never a plaintext file.

Where no OS keyring exists at all (keyring's fail or null backend), or the user sets
WORKBENCH_NO_KEYRING=1, the workbench is in no-keyring mode (`NoKeyringSecrets`): values
are held in memory as in a session, and what must outlive the run is kept encrypted by
the workspace (`core.kept_credentials`, `core.token_file`).

A keyring can be missing (a headless Linux box), locked, or hang on a D-Bus call that
never returns, so it is probed once, in a worker thread with a time limit. When the probe
fails, secrets are kept for the session only and the front ends say so plainly; the
user is never told "wrong password" for what is really "no keyring".

A keyring can also start failing after the probe (a busy Secret Service under many
concurrent runs, a collection locked meanwhile, a D-Bus call that wedges). So every later
call runs in a daemon worker thread with a time limit (`keyring_timeout()`), a transient
error is retried twice after a short pause, and anything else becomes one
`KeyringUnavailable` that says the keyring did not answer, never "nothing is stored".
After such a failure the keyring is not asked again in this run: later calls fail at once,
and values this run already read or wrote are answered from memory.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from core.errors import WorkbenchError
from core.texts import QT_TRANSLATE_NOOP, Text

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "ovo-snap-workbench"
# The time limit of the probe, and of one keyring call after it (retries included):
# WORKBENCH_KEYRING_TIMEOUT seconds if set (tests shorten it), else this.
TIMEOUT_VARIABLE = "WORKBENCH_KEYRING_TIMEOUT"
# WORKBENCH_NO_KEYRING=1: no-keyring mode by choice, without asking the OS keyring at all.
NO_KEYRING_VARIABLE = "WORKBENCH_NO_KEYRING"
NO_KEYRING_BY_CHOICE = f"{NO_KEYRING_VARIABLE}=1"
NO_KEYRING_ABSENT = "no OS keyring is available"
CALL_SECONDS = 3.0
RETRY_PAUSES = (0.1, 0.3)  # between the attempts of a call that failed in a transient way

_ITEMS = {
    "client_secret": QT_TRANSLATE_NOOP("core", "client secret"),
    "signing_passphrase": QT_TRANSLATE_NOOP("core", "signing key's passphrase"),
    "access_token": QT_TRANSLATE_NOOP("core", "kept access token"),
}


def keyring_timeout() -> float:
    """Seconds one keyring call may take: WORKBENCH_KEYRING_TIMEOUT, else `CALL_SECONDS`."""
    try:
        seconds = float(os.environ.get(TIMEOUT_VARIABLE, ""))
    except ValueError:
        return CALL_SECONDS
    return seconds if math.isfinite(seconds) and 0 < seconds <= 600 else CALL_SECONDS


def did_not_answer(seconds: float) -> Text:
    return QT_TRANSLATE_NOOP("core", "did not answer within {seconds} s").format(
        seconds=f"{seconds:g}"
    )


def failed_with(exc: BaseException) -> Text:
    """Why a keyring call failed, by the error's kind only: a backend's message could
    quote what it was given."""
    if "Locked" in type(exc).__name__:
        return QT_TRANSLATE_NOOP("core", "is locked")
    return QT_TRANSLATE_NOOP("core", "failed ({error})").format(error=type(exc).__name__)


class KeyringUnavailable(WorkbenchError):
    """The OS keyring failed or did not answer: a secret could not be read or kept.

    Never "no secret stored": the truth is that the keyring was not available. `why` is
    the keyring's part of the sentence ("did not answer within 3 s")."""

    reason = "keyring-unavailable"

    def __init__(self, why: Text, name: str, action: str) -> None:
        environment, _, what = name.rpartition(":")
        item = _ITEMS.get(what, what)
        values = {"why": why, "item": item, "name": environment or name}
        if action == "save":
            problem = QT_TRANSLATE_NOOP(
                "core", "The OS keyring {why}, so the {item} for {name} could not be saved."
            )
        elif action == "remove":
            problem = QT_TRANSLATE_NOOP(
                "core", "The OS keyring {why}, so the {item} for {name} could not be removed."
            )
        else:
            problem = QT_TRANSLATE_NOOP(
                "core", "The OS keyring {why}, so the {item} for {name} could not be read."
            )
        fix = QT_TRANSLATE_NOOP(
            "core",
            "Check that the OS keyring is unlocked and working (unlock it, or sign in to "
            "your desktop again), then try again; an open window asks it again only after "
            "a restart.",
        )
        if what == "signing_passphrase" and action == "read":
            fix = QT_TRANSLATE_NOOP(
                "core",
                "Check that the OS keyring is unlocked and working (unlock it, or sign in to "
                "your desktop again), then try again; or give the passphrase in "
                "WORKBENCH_PASSPHRASE.",
            )
        super().__init__(problem.format(**values), fix)
        self.why = why


class SecretStore(Protocol):
    description: str
    persistent: bool

    # Why the OS keyring is not asked (it failed or did not answer), or None.
    unavailable: Text | None

    def get(self, name: str, *, fresh: bool = False) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class SessionSecrets:
    """Secrets in memory only: gone when the program ends.

    `unavailable` is set when an OS keyring exists but failed or did not answer the
    probe: a secret not given in this session may then be in the keyring, so asking for
    it raises `KeyringUnavailable` instead of answering "not stored"."""

    persistent = False

    def __init__(self, reason: str = "", unavailable: Text | None = None) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()
        self.description = "this session only" + (f" ({reason})" if reason else "")
        self.unavailable = unavailable

    def get(self, name: str, *, fresh: bool = False) -> str | None:
        with self._lock:
            if name in self._values or self.unavailable is None:
                return self._values.get(name)
        raise KeyringUnavailable(self.unavailable, name, "read")

    def set(self, name: str, value: str) -> None:
        with self._lock:
            self._values[name] = value

    def delete(self, name: str) -> None:
        with self._lock:
            self._values.pop(name, None)


class NoKeyringSecrets(SessionSecrets):
    """No-keyring mode: there is no OS keyring (or the user chose not to use one).

    What this store holds lives in memory, as with `SessionSecrets`; what outlives the run
    is kept encrypted under the home instead (OVO's own `.enc` files for the client
    secret, `core.token_file` for the token), and the workspace fills this store from them.
    """

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.description = f"no-keyring mode ({reason})"
        self.reason = reason


def no_keyring_chosen() -> bool:
    return os.environ.get(NO_KEYRING_VARIABLE, "").strip() == "1"


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
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service).

    Each call runs in a daemon thread with a time limit, so a wedged D-Bus call cannot
    hold the caller (or the process at exit). A value read or written is remembered for
    the rest of the run: the window's status bar asks every second, and must never wait
    for the keyring; and once the keyring has failed (`unavailable`), what is known still
    answers while anything else raises `KeyringUnavailable` at once.
    """

    persistent = True

    def __init__(self, backend: KeyringBackend, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service
        self.description = f"OS keyring ({_backend_name(backend)})"
        self.unavailable: Text | None = None
        self._known: dict[str, str | None] = {}
        self._calls = threading.Lock()  # one backend call at a time
        self._memory = threading.Lock()  # guards _known; never held while the keyring works

    def get(self, name: str, *, fresh: bool = False) -> str | None:
        """The value, from memory if this run has seen it (unless `fresh`), else from the
        keyring."""
        if not fresh:
            with self._memory:
                if name in self._known:
                    return self._known[name]
        return self._call("read", name, lambda: self._backend.get_password(self._service, name))

    def set(self, name: str, value: str) -> None:
        def store() -> str:
            self._backend.set_password(self._service, name, value)
            return value

        self._call("save", name, store)

    def delete(self, name: str) -> None:
        def remove() -> None:
            import keyring.errors

            # PasswordDeleteError: nothing was stored under that name.
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                self._backend.delete_password(self._service, name)

        self._call("remove", name, remove)

    def _call(self, action: str, name: str, work: Callable[[], str | None]) -> str | None:
        """`work()` in a worker thread within the time limit, retried after a transient
        error; what it returns becomes the known value of `name`."""
        if self.unavailable is not None:
            raise KeyringUnavailable(self.unavailable, name, action)
        limit = keyring_timeout()
        deadline = time.monotonic() + limit
        for pause in (*RETRY_PAUSES, None):
            call = _Call(self, work, name)
            if not call.finished.wait(max(0.0, deadline - time.monotonic())):
                why = did_not_answer(limit)
                break
            if call.error is None:
                return call.value
            why = failed_with(call.error)
            if pause is None or not _transient(call.error) or time.monotonic() + pause > deadline:
                break
            time.sleep(pause)
        if self.unavailable is None:
            self.unavailable = why
        raise KeyringUnavailable(self.unavailable, name, action)


class _Call:
    """One backend call on its own daemon thread; `finished` is set when it returns. The
    value it got becomes known while the next call still waits, so memory never holds
    an older value than the keyring."""

    def __init__(self, store: KeyringSecrets, work: Callable[[], str | None], name: str) -> None:
        self.finished = threading.Event()
        self.value: str | None = None
        self.error: BaseException | None = None
        self._store, self._work, self._name = store, work, name
        threading.Thread(target=self._run, name="keyring-call", daemon=True).start()

    def _run(self) -> None:
        store = self._store
        try:
            with store._calls:
                self.value = self._work()
                with store._memory:
                    store._known[self._name] = self.value
        except BaseException as exc:  # any failure of the backend is the caller's to word
            self.error = exc
        self.finished.set()


def _transient(exc: BaseException) -> bool:
    """An error worth one more try: the keyring's own (locked, item gone meanwhile), the
    Secret Service's or D-Bus's, or the connection's; not a bug in a backend."""
    if isinstance(exc, OSError | EOFError):
        return True
    packages = {"keyring", "secretstorage", "jeepney", "dbus"}
    return any(cls.__module__.split(".")[0] in packages for cls in type(exc).__mro__)


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

    @property
    def unavailable(self) -> Text | None:
        return self._store.unavailable

    def get(self, name: str, *, fresh: bool = False) -> str | None:
        value = self._store.get(name, fresh=fresh)
        if value:
            self._observe(name, value)
        return value

    def set(self, name: str, value: str) -> None:
        self._observe(name, value)
        self._store.set(name, value)

    def delete(self, name: str) -> None:
        self._store.delete(name)


def _backend_name(backend: KeyringBackend) -> str:
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
    no_keyring: bool = False  # no-keyring mode: see `NoKeyringSecrets`


class PendingProbe:
    """A keyring probe in a worker thread, begun with `start()` and collected with `result()`.

    The window begins it once its first frame is on screen: the probe imports keyring and
    its backends (some 80 ms of Python, which would otherwise compete with the window's
    own start for the interpreter) and then mostly waits on D-Bus. The time limit counts
    from `start()`; `result()` starts a probe nobody started, so it can never wait forever.
    """

    def __init__(self, home: Path | None, timeout: float | None = None) -> None:
        self.home = home
        self.timeout = keyring_timeout() if timeout is None else timeout
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._started: float | None = None
        self._outcome: tuple[KeyringBackend | None, str | None, Text | None] = (None, None, None)
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
            if no_keyring_chosen():
                self._outcome = (None, NO_KEYRING_BY_CHOICE, None)
            else:
                backend = _probe()
                self._outcome = (
                    backend,
                    None if backend is not None else NO_KEYRING_ABSENT,
                    None,
                )
        except Exception as exc:  # any backend failure means: not usable now
            self._outcome = (
                None,
                f"the OS keyring failed: {type(exc).__name__}",
                failed_with(exc),
            )
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
                    backend, reason, why = self._outcome
                else:
                    backend = None
                    reason = f"the OS keyring did not answer within {self.timeout:g} s"
                    why = did_not_answer(self.timeout)
                self._result = self._store_for(backend, reason, why)
            return self._result

    def _store_for(
        self, backend: KeyringBackend | None, reason: str | None, why: Text | None
    ) -> ProbeResult:
        """The keyring, or the session's memory; `why` when a keyring exists but failed,
        so that a secret it may hold is reported as unreadable, not as missing."""
        if backend is not None:
            return ProbeResult(KeyringSecrets(backend, keyring_service(self.home)), None)
        if reason in (NO_KEYRING_BY_CHOICE, NO_KEYRING_ABSENT):
            # No keyring at all (keyring's fail or null backend), or none wanted: not a
            # keyring that failed, which keeps its own message (`KeyringUnavailable`).
            return ProbeResult(NoKeyringSecrets(reason), None, no_keyring=True)
        return ProbeResult(
            SessionSecrets(reason or "", why),
            f"Secrets are kept for this session only, because {reason}. They are never "
            "written to a file; you will be asked again next time.",
        )


def start_probe(home: Path | None = None, timeout: float | None = None) -> PendingProbe:
    """Begin probing the keyring for `home` now; collect it with `.result()`."""
    return PendingProbe(home, timeout).start()


def open_secret_store(timeout: float | None = None, *, home: Path | None = None) -> ProbeResult:
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
            raise LookupError("the OS keyring gave back another value")
    finally:
        backend.delete_password(SERVICE, name)
    return backend
