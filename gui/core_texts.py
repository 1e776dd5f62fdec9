"""Messages from `core` in the window's language.

`core` marks what it says to a person as `core.texts.Text`: English, plus the template
and values it was made from. Here the template is looked up in the installed translation
(context "core") and the same values are put in, translated too when they are texts
themselves. A plain `str` (a SNAP `CODE - Message`, a file name, a library's own error)
is shown as it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core.texts import Text


def translated(text: str) -> str:
    """`text` in the window's language: a `Text` translated, anything else unchanged."""
    if not isinstance(text, Text):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    if not text.values:
        return template
    values = {name: _value(value) for name, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that lost a placeholder: English beats nothing


def _value(value: Any) -> Any:
    """A value as it goes into the translated template: texts translated, every other
    value (numbers, paths, names) untouched, so its format spec applies as in English."""
    return translated(value) if isinstance(value, Text) else value
