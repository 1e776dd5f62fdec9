"""A window that cannot start says why in a dialog, never with a traceback."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import app as gui_app


def test_a_damaged_settings_file_is_named_in_a_dialog_and_kept(qapp, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text('{"environments": [], "preferences": null}')
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        box.accept()

    QTimer.singleShot(20, read_and_close)
    assert gui_app.run(home) == 2
    [shown] = seen
    assert "settings.json" in shown and "damaged" in shown
    assert (home / "settings.json").read_text() == '{"environments": [], "preferences": null}'
