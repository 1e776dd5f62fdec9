"""The layers hold: `gui` does no cryptography, HTTP or SQL itself; `core` never imports Qt.
And the PySide6 work-around keeps `True` alive however many signals are emitted."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from gui import pyside_fixes
from gui.screenshots import render_all

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN_IN_GUI = {"cryptography", "httpx", "sqlite3", "keyring", "hashlib", "hmac"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_gui_leaves_crypto_http_and_sql_to_core():
    for path in (ROOT / "gui").rglob("*.py"):
        assert not imported_modules(path) & FORBIDDEN_IN_GUI, path


def test_core_never_imports_qt():
    for path in (ROOT / "core").rglob("*.py"):
        modules = imported_modules(path)
        assert not modules & {"PySide6", "qasync", "gui"}, path


def test_a_thousand_emits_cost_true_no_reference():
    class Emitter(QObject):
        fired = Signal(int)

    emitter = Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(1000):
        emitter.fired.emit(n)
    assert len(received) == 1000
    assert sys.getrefcount(True) >= before - 5  # other threads may hold a few briefly
    assert isinstance(pyside_fixes.applied, list)
    for _ in range(1000):
        connection = emitter.fired.connect(received.append)
        emitter.fired.disconnect(connection)
    assert sys.getrefcount(True) >= before - 5


def test_every_tab_renders_to_png(tmp_path, styled_app):
    shots = render_all(tmp_path / "shots")
    names = [p.stem for p in shots]
    assert names == [
        "journey-start", "journey", "keys", "credentials", "token", "topup", "topup-confirmation",
        "topup-success", "topup-error", "log", "signature",
    ]  # fmt: skip
    for path in shots:
        data = path.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000, path
        assert QImage(str(path)).size() == QSize(1366, 768), path  # a laptop's screen
