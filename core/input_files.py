"""Reading a file the user named, without letting a wrong path hang or exhaust the program.

Every file the workbench reads on the user's word (a key, OVO's `.enc` files, a
passphrase or secret file, a request body) goes through `read_input_file`. A plain
`path.read_bytes()` reads `/dev/zero` or `/dev/urandom` until memory runs out, blocks for
ever on a FIFO nobody writes to, and reads a 2 GB file given by mistake in full before any
check can say it is the wrong one. Here the path is looked at before it is opened: only a
regular file is read, and only up to a limit that suits what it should hold (keys and
`.enc` files are a few kilobytes). Each refusal says what the path is instead.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from core.errors import BadInput
from core.texts import QT_TRANSLATE_NOOP

KIB = 1024
MIB = 1024 * KIB

# A 16,384-bit RSA private key is some 12 KB as PEM; OpenSSH keys carry a comment too.
KEY_FILE_LIMIT = 64 * KIB
# key.bin.enc is one RSA block (at most 512 bytes, or its base64); cred_file.enc holds a few
# lines of credentials. Generous, yet far from anything that could strain memory.
ENC_FILE_LIMIT = 1 * MIB
# Only the first line of a passphrase, secret or token file is used.
SECRET_FILE_LIMIT = 64 * KIB
# A SNAP request body is a few hundred bytes; a megabyte leaves room for any real one.
BODY_FILE_LIMIT = 1 * MIB

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


class InputFileError(BadInput):
    """A path the user gave cannot be read as the file it should be."""


def read_input_file(path: Path, what: str, limit: int, *, fix: str | None = None) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    `what` names the file for the message ("the key file"); `fix` replaces the default
    advice when the caller knows better (e.g. which setting holds the path). Raises
    `InputFileError` for a missing or unreadable path, a folder, anything that is not a
    regular file (a device such as /dev/zero, a FIFO, a socket) and a file over `limit`.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _unreadable(path, what, exc, fix) from None
    _require_regular(path, what, info.st_mode, fix)
    _require_within(path, what, info.st_size, limit, fix)
    try:
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening it must
        # not wait for a writer; the fstat below then refuses it.
        fd = os.open(path, _READ_FLAGS)
    except OSError as exc:
        raise _unreadable(path, what, exc, fix) from None
    try:
        info = os.fstat(fd)
        _require_regular(path, what, info.st_mode, fix)
        _require_within(path, what, info.st_size, limit, fix)
        data = _read_at_most(fd, limit + 1)
    except OSError as exc:
        raise _unreadable(path, what, exc, fix) from None
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    _require_within(path, what, len(data), limit, fix)  # it grew while being read
    return data


def read_standard_input(what: str, limit: int) -> bytes:
    """At most `limit` bytes of standard input (`-` given as a file), refused beyond it."""
    stream = getattr(sys.stdin, "buffer", None)  # None when there is no standard input
    if stream is None:
        return b""
    data = stream.read(limit + 1)
    _require_within(Path("-"), what, len(data), limit, None)
    return data


def _read_at_most(fd: int, count: int) -> bytes:
    chunks: list[bytes] = []
    remaining = count
    while remaining > 0:
        try:
            chunk = os.read(fd, min(remaining, MIB))
        except BlockingIOError:  # a non-blocking pipe with nothing in it
            break
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _require_regular(path: Path, what: str, mode: int, fix: str | None) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputFileError(
            QT_TRANSLATE_NOOP("core", "{path} is a folder, not {what}.").format(
                path=path, what=what
            ),
            fix or QT_TRANSLATE_NOOP("core", "Give the path of {what}.").format(what=what),
        )
    raise InputFileError(
        QT_TRANSLATE_NOOP(
            "core", "{path} is not a file but a {kind}, so it cannot be {what}."
        ).format(path=path, kind=_kind(mode), what=what),
        fix
        or QT_TRANSLATE_NOOP("core", "Give the path of {what}, saved as a file.").format(what=what),
    )


def _require_within(path: Path, what: str, size: int, limit: int, fix: str | None) -> None:
    if size <= limit:
        return
    raise InputFileError(
        QT_TRANSLATE_NOOP("core", "{path} is larger than {limit}: too large to be {what}.").format(
            path=path, what=what, limit=_size_text(limit)
        ),
        fix
        or QT_TRANSLATE_NOOP("core", "Check that you chose {what} and not another file.").format(
            what=what
        ),
    )


def _unreadable(path: Path, what: str, exc: OSError, fix: str | None) -> InputFileError:
    return InputFileError(
        QT_TRANSLATE_NOOP("core", "Cannot read {what} {path}: {error}.").format(
            what=what, path=path, error=exc.strerror or exc
        ),
        fix or QT_TRANSLATE_NOOP("core", "Check the path and that you may read the file."),
    )


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("core", "device")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("core", "pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("core", "socket")
    return QT_TRANSLATE_NOOP("core", "special file")


def _size_text(size: int) -> str:
    return f"{size // MIB} MB" if size >= MIB else f"{size // KIB} KB"
