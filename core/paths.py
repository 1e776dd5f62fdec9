"""The workbench's home folder: everything it keeps lives below it.

`WORKBENCH_HOME` overrides the platform's user data folder, for tests and portable use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ovo-snap-workbench"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def workbench_home() -> Path:
    override = os.environ.get("WORKBENCH_HOME")
    home = Path(override) if override else default_home()
    home.mkdir(parents=True, exist_ok=True)
    return home


def sandbox_dir() -> Path:
    folder = workbench_home() / "sandbox"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
