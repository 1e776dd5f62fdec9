"""The window's languages: English (the source) and Bahasa Indonesia (a Qt translation).

Translations are written in `resources/translations/workbench_id.ts` and compiled to
`workbench_id.qm` by `make translations` (which `make run` and `make test` depend on).
A source checkout without the compiled file compiles it on first use when
`pyside6-lrelease` is at hand, so the window never silently stays English.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from core.resources import resource_path

LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}
DEFAULT_LANGUAGE = "en"
_installed: list[QTranslator] = []


def translation_source(language: str) -> Path:
    return resource_path("translations") / f"workbench_{language}.ts"


def compiled_translation(language: str) -> Path | None:
    """The `.qm` for `language`, compiled now if only the `.ts` is there."""
    qm = resource_path("translations") / f"workbench_{language}.qm"
    ts = translation_source(language)
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        _compile(ts, qm)
    return qm if qm.exists() else None


def _compile(ts: Path, qm: Path) -> None:
    """A source checkout's translation, compiled where the built program has it ready."""
    import shutil
    import subprocess

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        return
    subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)], check=False, capture_output=True, timeout=60
    )


def install(language: str) -> str:
    """Make `language` the window's language (removing the previous one). Returns the
    language actually installed: English when the translation cannot be found."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    if language != DEFAULT_LANGUAGE:
        qm = compiled_translation(language)
        translator = QTranslator(app)
        if qm is None or not translator.load(str(qm)):
            return DEFAULT_LANGUAGE
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else "en_US"))
    return language


def current_language() -> str:
    return "id" if _installed else DEFAULT_LANGUAGE
