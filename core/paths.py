"""The workbench's home folder: everything it keeps lives below it.

`WORKBENCH_HOME` overrides the platform's user data folder, for tests and portable use.
The home and the folders the workbench makes in it are readable by their owner only
(0700), whatever the umask: they hold customer numbers, and the sandbox's live tokens.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

from core.errors import BadInput
from core.texts import QT_TRANSLATE_NOOP

APP_NAME = "ovo-snap-workbench"
PRIVATE_FOLDER_MODE = 0o700


def default_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def private_folder(folder: Path, *, tighten: bool = True) -> Path:
    """`folder`, made if missing with every folder it needed created 0700 (not 0777 minus
    the umask), and (`tighten`) set to 0700 if it is already there with a wider mode.

    A folder shared with others (the sticky bit, as /tmp has) or owned by someone else is
    left alone: its mode is not ours to change. Raises `OSError`.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, PRIVATE_FOLDER_MODE)
        except FileExistsError:
            if not path.is_dir():
                raise
            continue
        os.chmod(path, PRIVATE_FOLDER_MODE)  # mkdir's mode is reduced by the umask
    if not missing and tighten:
        _tighten_folder(folder)
    return folder


def _tighten_folder(folder: Path) -> None:
    info = folder.stat()
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(20, "Not a directory", str(folder))
    shared = info.st_mode & stat.S_ISVTX
    ours = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if info.st_mode & 0o077 and ours and not shared:
        os.chmod(folder, PRIVATE_FOLDER_MODE)


def workbench_home() -> Path:
    """The home folder, made (0700) if missing. Raises `BadInput` naming it when it is a
    file or cannot be made, so no command gets further with a home it cannot use."""
    override = os.environ.get("WORKBENCH_HOME")
    home = Path(override).expanduser() if override else default_home()
    where = QT_TRANSLATE_NOOP("core", "set it with WORKBENCH_HOME, or unset that variable")
    if home.exists() and not home.is_dir():
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "The workbench home {path} is a file, not a folder.").format(
                path=home
            ),
            QT_TRANSLATE_NOOP(
                "core", "Choose a folder for the workbench's files ({where})."
            ).format(where=where),
        )
    try:
        return private_folder(home)
    except OSError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "The workbench home {path} cannot be used: {error}.").format(
                path=home, error=exc.strerror or exc
            ),
            QT_TRANSLATE_NOOP(
                "core", "Choose a folder you can write to for the workbench's files ({where})."
            ).format(where=where),
        ) from None


def home_folder(name: str) -> Path:
    """A folder under the home (`logs`, `sandbox`, ...), made 0700 if missing. Raises
    `BadInput` naming it when it cannot be made (a file in its place, a read-only disk)."""
    folder = workbench_home() / name
    try:
        return private_folder(folder)
    except OSError as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "The folder {path} cannot be used: {error}.").format(
                path=folder, error=exc.strerror or exc
            ),
            QT_TRANSLATE_NOOP(
                "core", "Move away what is in its place, or make the workbench home writable."
            ),
        ) from None


def sandbox_dir() -> Path:
    return home_folder("sandbox")
