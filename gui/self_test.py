"""The window's part of `self-test`, and the first-paint probe `make bench` times.

`window_checks()` adds to the core self-test (`core/self_test.py`) what only Qt can prove:
that the window draws every tab (and the Top-up confirmation, success and error pages)
offscreen, walking the SOP against the embedded sandbox with `gui.screenshots.render_all`,
and that the Indonesian translation loads. A bundle missing a Qt plugin, a style sheet's
image or the compiled translation fails here instead of in front of a user.

`report_first_paint()` and `report_ready()` serve the startup benchmark; `gui/app.py`
calls them. With `WORKBENCH_EXIT_AFTER_FIRST_PAINT=1`, the program prints a marker line as
soon as its main window has drawn its first frame and exits, so the time to a window a
user can see is measured from outside the process, against a bare PySide6 window built
the same way. With `WORKBENCH_EXIT_AFTER_FIRST_PAINT=ready` it prints that marker and goes
on, then prints a second one and exits when the start is complete (the loop runs and the
keyring has answered), which `make bench` reports too.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from core.self_test import Check, Outcome, SelfTest

FIRST_PAINT_VARIABLE = "WORKBENCH_EXIT_AFTER_FIRST_PAINT"
FIRST_PAINT_MARKER = "first-paint"
READY_MARKER = "ready"


def window_checks() -> list[Check]:
    from core.self_test import Check  # here: the first-paint probe must stay light

    return [Check("window", render_every_tab), Check("text services", text_services)]


def text_services(test: SelfTest) -> Outcome:
    """What Qt asks of ICU for the window's two languages: sorting, case mapping, word
    boundaries, a single-byte encoding. The Linux build bundles ICU's data for English and
    Indonesian only (build.spec), so a trim that went too far fails here."""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTextBoundaryFinder

    from core.self_test import CheckFailed, Outcome

    found = []
    for name in ("id_ID", "en_US"):
        collator = QCollator(QLocale(name))
        found.append(sorted(["zebra", "Bank", "Äpfel", "bank"], key=collator.sortKey))
        found.append(QLocale(name).toUpper("straße rekening"))
    words = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, "Halo dunia")
    found.append(words.toNextBoundary())
    found.append(QStringDecoder("windows-1252").isValid())
    expected = [["Äpfel", "bank", "Bank", "zebra"], "STRASSE REKENING"] * 2 + [4, True]
    if found != expected:
        raise CheckFailed(
            f"Qt's text services (ICU) answered {found!r}, not {expected!r}.",
            "Rebuild the program with `make package`; on Linux it needs icu-devtools and gcc "
            "to bundle ICU's data.",
        )
    return Outcome("sorting, case mapping, word boundaries and windows-1252 in English and "
                   "Bahasa Indonesia")


def render_every_tab(test: SelfTest) -> Outcome:
    """Render every page once, offscreen, and look at each picture: a page that drew
    nothing (one colour only) fails, naming the page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from core.self_test import CheckFailed, Outcome
    from gui import i18n
    from gui.screenshots import render_all

    with tempfile.TemporaryDirectory(prefix="workbench-self-test-window-") as folder:
        pages = render_all(Path(folder))
        blank = [path.stem for path in pages if not _has_content(path)]
        names = [path.stem for path in pages]
    if blank or not pages:
        raise CheckFailed(
            f"The window drew nothing on: {', '.join(blank) or 'any page'}.",
            "Rebuild the program with `make package`; if it persists, report this with the "
            "output above.",
        )
    if i18n.install("id") != "id":
        raise CheckFailed(
            "The Bahasa Indonesia translation of the window could not be loaded.",
            "Rebuild the program with `make package` (it compiles the translations first).",
        )
    i18n.install(i18n.DEFAULT_LANGUAGE)
    return Outcome(
        f"{len(pages)} pages rendered offscreen ({', '.join(names)}); "
        "Bahasa Indonesia translation loads"
    )


def _has_content(path: Path) -> bool:
    image = QImage(str(path))
    if image.isNull() or image.width() < 100 or image.height() < 100:
        return False
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), max(1, image.width() // 40))
        for y in range(0, image.height(), max(1, image.height() // 40))
    }
    return len(colours) > 2


def report_first_paint() -> None:
    """The window has drawn its first frame (`gui/app.py`); tells the benchmark, and ends
    the program when that is all it measures."""
    if os.environ.get(FIRST_PAINT_VARIABLE) not in ("1", "ready"):
        return
    print(FIRST_PAINT_MARKER, flush=True)
    if os.environ.get(FIRST_PAINT_VARIABLE) == "1":
        os._exit(0)  # no orderly end: the benchmark measures startup only


def report_ready() -> None:
    """The application's start is complete; ends the program when the benchmark asks."""
    if os.environ.get(FIRST_PAINT_VARIABLE) == "ready":
        print(READY_MARKER, flush=True)
        os._exit(0)
