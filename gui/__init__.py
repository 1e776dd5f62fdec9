"""The Qt front end. Importing it applies the PySide6 work-arounds (gui/pyside_fixes.py)
before any signal is emitted."""

from gui import pyside_fixes

pyside_fixes.apply()
