"""Writing files so that a crash or an error never leaves half of them behind.

Private keys and decrypted credentials are written here. Each file is first written in
full to a temporary file beside its destination, with its final mode already set, and
only then linked into place; a set of files lands together or not at all, and an
existing file is replaced only when the caller says so.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import BadInput, FileExists
from core.paths import private_folder
from core.texts import QT_TRANSLATE_NOOP

PRIVATE_MODE = 0o600
PUBLIC_MODE = 0o644


@dataclass(frozen=True)
class FileToWrite:
    path: Path
    data: bytes
    mode: int = PRIVATE_MODE


def write_files(files: Sequence[FileToWrite], *, overwrite: bool = False) -> None:
    """Write every file, or none of them.

    Raises `FileExists` naming every file that is already there (before anything is
    written) unless `overwrite` is true.
    """
    if not overwrite:
        refuse_existing([f.path for f in files])
    staged: list[tuple[Path, FileToWrite]] = []
    try:
        for f in files:
            staged.append((_stage(f), f))
        placed: list[Path] = []
        try:
            for temp, f in staged:
                _place(temp, f.path, overwrite=overwrite)
                placed.append(f.path)
        except BaseException:
            # Nothing partial: a file we placed in this call goes again. Files replaced
            # with overwrite=True cannot be restored, so overwrite places them last-wins.
            if not overwrite:
                for path in placed:
                    with contextlib.suppress(OSError):
                        path.unlink()
            raise
    except OSError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "Could not write {file}: {error}.").format(
                file=exc.filename or QT_TRANSLATE_NOOP("core", "the file"),
                error=exc.strerror or exc,
            ),
            QT_TRANSLATE_NOOP(
                "core",
                "Check that the folder exists, that you may write to it, and "
                "that the disk is not full.",
            ),
        ) from None
    finally:
        for temp, _ in staged:
            with contextlib.suppress(OSError):
                temp.unlink()


def refuse_existing(paths: Sequence[Path]) -> None:
    """Raise `FileExists` naming every one of `paths` that is already there.

    Front ends call it before slow or interactive work (key generation, a passphrase
    prompt) so the user is not asked for anything that could not be saved anyway.
    """
    existing = [str(p) for p in paths if p.exists()]
    if existing:
        raise FileExists(
            QT_TRANSLATE_NOOP(
                "core", "Not written, because this would replace an existing file: {files}"
            ).format(files=", ".join(existing)),
            QT_TRANSLATE_NOOP(
                "core",
                "Choose another folder, move the file away, or confirm replacing "
                "it (--force on the command line).",
            ),
        )


def _stage(f: FileToWrite) -> Path:
    """Write the bytes to a hidden temporary file beside the destination, synced."""
    if f.mode & 0o077:
        f.path.parent.mkdir(parents=True, exist_ok=True)
    else:  # folders made for a private file are private too; existing ones are left as is
        private_folder(f.path.parent, tighten=False)
    fd, name = tempfile.mkstemp(prefix=f".{f.path.name}.", suffix=".tmp", dir=f.path.parent)
    temp = Path(name)
    try:
        # mkstemp already creates the file 0600, so private data is never readable by
        # others, not even for an instant; a public file is widened once complete.
        with os.fdopen(fd, "wb") as out:
            out.write(f.data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, f.mode)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _place(temp: Path, final: Path, *, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, final)
        return
    try:
        # A hard link fails if the destination exists, closing the gap between the
        # existence check and the rename that a plain rename would leave open.
        os.link(temp, final)
    except FileExistsError:
        raise _appeared(final) from None
    except OSError:
        # File systems without hard links (some network and FAT volumes).
        if final.exists():
            raise _appeared(final) from None
        os.rename(temp, final)


def _appeared(path: Path) -> FileExists:
    return FileExists(
        QT_TRANSLATE_NOOP("core", "Not written, because {path} appeared while writing.").format(
            path=path
        ),
        QT_TRANSLATE_NOOP(
            "core", "Run the command again once nothing else writes into that folder."
        ),
    )
