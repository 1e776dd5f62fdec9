"""The workbench's own log file, and scrubbing secrets out of anything diagnostic.

An unexpected error's details go to a log file under the home folder and, on request, to
the clipboard for a support ticket. Neither may carry a secret, so both pass through
`scrub`: the secrets this session knows (the journal's redactor holds every client
secret, passphrase and token the workspace touched) are removed by value, and anything
that looks like one (a PEM private key, a bearer token, a JWT, `secret=...`, long
hex/base64 runs) is removed by shape.
"""

from __future__ import annotations

import logging
import os
import re
import weakref
from collections.abc import Callable
from pathlib import Path

from core.paths import private_folder
from core.redaction import PRIVATE_KEY_RE

LOG_FILE = "workbench.log"
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 3
SCRUBBED = "[scrubbed]"

_PEM_ANY = re.compile(r"-----BEGIN [A-Z0-9 ]+-----.*?(?:-----END [A-Z0-9 ]+-----|$)", re.DOTALL)
_BEARER = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]{6,}")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
# name = value, name: value, 'name': 'value', name=b'value' for names that say "secret".
_NAMED = re.compile(
    r"(?i)([\"']?[A-Za-z_-]*(?:secret|passphrase|password|passwd|token|private_?key|api_?key)"
    r"[A-Za-z_-]*[\"']?\s*[:=]\s*)(b?[\"'][^\"'\n]*[\"']|[^\s,;)}\]]+)"
)
_LONG_HEX = re.compile(r"\b[0-9a-fA-F]{40,}\b")
_LONG_BASE64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9+/=_-])")


_known: list[weakref.WeakMethod] = []


def remember_secrets(redact: Callable[[str], str]) -> None:
    """Register a redactor's bound method (a workspace's journal's) whose secrets every
    crash report of this process leaves out, whichever front end writes it. Held weakly:
    a workspace that is gone takes its redactor along."""
    _known[:] = [ref for ref in _known if ref() is not None]
    _known.append(weakref.WeakMethod(redact))


def known_secrets(text: str) -> str:
    """`text` with every secret any live registered redactor knows removed by value."""
    for ref in list(_known):
        redact = ref()
        if redact is not None:
            text = redact(text)
    return text


def scrub(text: str, known: Callable[[str], str] | None = None) -> str:
    """`text` without secrets: first the known ones by value (`known`, e.g. the journal's
    `Redactor.text`), then whatever looks like a secret."""
    if known is not None:
        text = known(text)
    text = PRIVATE_KEY_RE.sub(SCRUBBED, text)
    text = _PEM_ANY.sub(SCRUBBED, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)} {SCRUBBED}", text)
    text = _JWT.sub(SCRUBBED, text)
    text = _NAMED.sub(lambda m: m.group(1) + SCRUBBED, text)
    text = _LONG_HEX.sub(SCRUBBED, text)
    return _LONG_BASE64.sub(_scrub_base64_like, text)


def _scrub_base64_like(match: re.Match) -> str:
    run = match.group(0)
    # Paths and identifiers are long too; a secret mixes cases and digits.
    kinds = sum(bool(re.search(p, run)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]"))
    return SCRUBBED if kinds == 3 and "/" not in run.strip("/") else run


class ScrubbingFilter(logging.Filter):
    """Scrubs every record's message and traceback before a handler writes it."""

    def __init__(self, known: Callable[[str], str] | None = None) -> None:
        super().__init__()
        self._known = known

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info:
            formatted = logging.Formatter().formatException(record.exc_info)
            message = f"{message}\n{formatted}"
            record.exc_info = None
            record.exc_text = None
        record.msg = scrub(message, self._known)
        record.args = None
        return True


def _private_opener(path: str, flags: int) -> int:
    """Open the log file 0600 whatever the umask (a new one after each rotation too), and
    tighten one an earlier version left wider: tracebacks name files and customers."""
    fd = os.open(path, flags, 0o600)
    if os.fstat(fd).st_mode & 0o077:
        os.chmod(path, 0o600)
    return fd


class _RotatingLog(logging.Handler):
    """The rotating log file, opened by its first record: the window's first frame is then
    drawn without `logging.handlers` (it imports socket and pickle, some 8 ms)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            class PrivateRotatingFile(logging.handlers.RotatingFileHandler):
                def _open(self):
                    return open(
                        self.baseFilename,
                        self.mode,
                        encoding=self.encoding,
                        errors=self.errors,
                        opener=_private_opener,
                    )

            try:
                self._file = PrivateRotatingFile(
                    self.path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
                )
            except OSError:  # a full or read-only disk: logging must not fail the caller
                return
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def start_log_file(home: Path, known: Callable[[str], str] | None = None) -> Path:
    """Log WARNING and above (and the workbench's own INFO) to `logs/workbench.log` under
    the home folder, rotated at 2 MB, every record scrubbed. Returns the file's path."""
    folder = home / "logs"
    path = folder / LOG_FILE
    try:
        private_folder(folder)
        for old in folder.glob(LOG_FILE + "*"):  # earlier versions wrote them 0644
            if old.stat().st_mode & 0o077:
                os.chmod(old, 0o600)
    except OSError:
        pass  # a read-only home: the first record finds out, and is not written
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "workbench_log", False):
            root.removeHandler(handler)
            handler.close()
    handler = _RotatingLog(path)
    handler.workbench_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubbingFilter(known))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path


def stop_log_file() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "workbench_log", False):
            root.removeHandler(handler)
            handler.close()
