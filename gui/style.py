"""The window's look: Qt's Fusion style, a light palette and one style sheet.

Calm by default: white cards on a soft grey page, one purple primary button per page,
colour kept for meaning (the environment banner, success, warning, error).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from core.resources import resource_path

PAGE = "#f5f6f8"
CARD = "#ffffff"
BORDER = "#dfe3e8"
TEXT = "#1f2933"
MUTED = "#5f6b7a"
PRIMARY = "#4c2a86"  # OVO's purple
PRIMARY_HOVER = "#5d3a9b"
SUCCESS = "#1b7f3b"
SUCCESS_BG = "#e8f5ec"
WARNING = "#8a5300"
WARNING_BG = "#fff4e0"
ERROR = "#b3261e"
ERROR_BG = "#fdecea"
INFO_BG = "#eef2f8"

# The environment banner: neutral for the Sandbox, amber for Staging, red for Production.
BANNER = {
    "sandbox": ("#e9edf2", "#37474f"),
    "staging": ("#ffe8b8", "#6b4000"),
    "production": ("#b3261e", "#ffffff"),
    "custom": ("#e3ecfa", "#1f3b63"),
}

MONO_FAMILIES = ["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"]

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {PAGE}; }}
QWidget#page {{ background: {PAGE}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QTabWidget::pane {{ border: none; border-top: 1px solid {BORDER}; background: {PAGE}; }}
QTabBar::tab {{
    padding: 8px 16px; margin-right: 2px; color: {MUTED};
    border: none; border-bottom: 2px solid transparent; background: transparent;
}}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 2px solid {PRIMARY}; font-weight: bold; }}
QTabBar::tab:hover {{ color: {TEXT}; }}
QTabBar::tab:focus {{ color: {PRIMARY}; }}
QFrame#card {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#card QLabel {{ background: transparent; }}
QLabel#pageTitle {{ font-size: 20px; font-weight: bold; color: {TEXT}; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#cardTitle {{ font-size: 15px; font-weight: bold; color: {TEXT}; }}
QLabel#fieldLabel {{ color: {MUTED}; }}
QLabel#bigNumber {{ font-size: 44px; font-weight: bold; color: {TEXT}; }}
QLabel#amount {{ font-size: 30px; font-weight: bold; color: {TEXT}; }}
QLabel#resultTitle {{ font-size: 20px; font-weight: bold; }}
QLabel#code {{ font-size: 17px; font-weight: bold; }}
QPushButton {{
    padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 6px; background: {CARD};
    color: {TEXT}; min-height: 20px;
}}
QPushButton:hover {{ border-color: #b8c0cc; }}
QPushButton:focus {{ border: 2px solid {PRIMARY}; padding: 5px 13px; }}
QPushButton:disabled {{ color: #a0a8b4; background: #f0f2f5; }}
QPushButton[primary="true"] {{
    background: {PRIMARY}; color: white; border: 1px solid {PRIMARY}; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #1d0f3a; }}
QPushButton[primary="true"]:disabled {{ background: #b9aed0; border-color: #b9aed0; color: white; }}
QPushButton[danger="true"] {{ background: {ERROR}; color: white; border-color: {ERROR}; }}
QPushButton[flat="true"] {{ border: none; background: transparent; color: {PRIMARY}; }}
QPushButton[flat="true"]:focus {{ border: 1px solid {PRIMARY}; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox {{
    padding: 5px 6px; border: 1px solid {BORDER}; border-radius: 6px; background: {CARD};
    selection-background-color: {PRIMARY};
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus {{
    border: 2px solid {PRIMARY}; padding: 4px 5px;
}}
QLineEdit:read-only {{ background: #f7f8fa; }}
QLineEdit#plainValue {{ border: none; background: transparent; padding: 0; }}
QPlainTextEdit#valueText {{ background: #f7f8fa; }}
QLineEdit[invalid="true"] {{ border: 2px solid {ERROR}; padding: 4px 5px; }}
QProgressBar {{ border: none; background: #e6e1f0; height: 4px; border-radius: 2px; }}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 2px; }}
QStatusBar {{ background: {CARD}; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QFrame#messageBar {{ border-radius: 6px; }}
QFrame#messageBar[kind="info"] {{ background: {INFO_BG}; border-left: 4px solid #4a6fa5; }}
QFrame#messageBar[kind="success"] {{ background: {SUCCESS_BG}; border-left: 4px solid {SUCCESS}; }}
QFrame#messageBar[kind="warning"] {{ background: {WARNING_BG}; border-left: 4px solid {WARNING}; }}
QFrame#messageBar[kind="error"] {{ background: {ERROR_BG}; border-left: 4px solid {ERROR}; }}
QFrame#messageBar QLabel {{ background: transparent; }}
QFrame#stepRow {{ background: {CARD}; border: 1px solid {BORDER}; border-radius: 8px; }}
QFrame#stepRow[next="true"] {{ border: 2px solid {PRIMARY}; }}
QLabel#stepBadge {{
    min-width: 28px; max-width: 28px; min-height: 28px; max-height: 28px;
    border-radius: 14px; background: #e6e1f0; color: {PRIMARY}; font-weight: bold;
    qproperty-alignment: AlignCenter;
}}
QLabel#stepBadge[done="true"] {{ background: {SUCCESS}; color: white; }}
QTableView {{ background: {CARD}; border: 1px solid {BORDER}; gridline-color: #eef0f3;
    selection-background-color: #e6e1f0; selection-color: {TEXT}; }}
QHeaderView::section {{ background: #f0f2f5; border: none; border-bottom: 1px solid {BORDER};
    padding: 5px 6px; color: {MUTED}; font-weight: bold; }}
QToolTip {{ color: {TEXT}; background: {CARD}; border: 1px solid {BORDER}; padding: 4px; }}
"""


def _combo_arrow() -> str:
    arrow = resource_path("icons") / "chevron-down.svg"
    up = resource_path("icons") / "chevron-up.svg"
    # A styled spin box loses Fusion's arrows: its buttons are drawn here, each with its own
    # chevron, so that they read as up and down.
    return (
        "QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right;"
        " width: 22px; border: none; }"
        f" QComboBox::down-arrow {{ image: url({arrow.as_posix()}); width: 12px; height: 12px; }}"
        " QSpinBox, QDoubleSpinBox { padding-right: 24px; }"
        " QSpinBox::up-button, QDoubleSpinBox::up-button { subcontrol-origin: border;"
        " subcontrol-position: top right; width: 22px; border: none;"
        f" border-left: 1px solid {BORDER}; border-bottom: 1px solid {BORDER}; }}"
        " QSpinBox::down-button, QDoubleSpinBox::down-button { subcontrol-origin: border;"
        " subcontrol-position: bottom right; width: 22px; border: none;"
        f" border-left: 1px solid {BORDER}; }}"
        f" QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({up.as_posix()});"
        " width: 10px; height: 10px; }"
        f" QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({arrow.as_posix()});"
        " width: 10px; height: 10px; }"
    )


def apply(app: QApplication) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAGE))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor(CARD))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8f9fb"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor(CARD))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8a94a3"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(CARD))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    app.setPalette(palette)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET + _combo_arrow())


def mono_font() -> QFont:
    font = QFont()
    font.setFamilies(MONO_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
