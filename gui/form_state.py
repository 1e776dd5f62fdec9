"""What the user typed, carried from a window to the copy that replaces it.

A language change rebuilds the window (`gui/app.py`); without this, a half-typed customer
number, amount or request body would be lost. Fields are found by the attribute path that
holds them on their tab (`topup.amount`, `keys.passphrase.edit`), not by their order, so a
tab that adds widgets as it goes (result cards, rows) cannot send a value to the wrong
field. Values stay in memory only, passphrases included: the user typed them for this
window, and the new one shows them hidden as the old one did.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

FormState = dict[str, object]
DEPTH = 3  # tab -> panel -> composite field -> its editor


def capture(pages: Mapping[str, QWidget]) -> FormState:
    """Every input's value on the given tabs, by attribute path."""
    return {path: _value(widget) for path, widget in _inputs(pages)}


def restore(pages: Mapping[str, QWidget], state: FormState) -> None:
    """Put back what `capture` took, field by field; a field no longer there is skipped."""
    for path, widget in _inputs(pages):
        if path in state and state[path] != _value(widget):
            _set(widget, state[path])


def _inputs(pages: Mapping[str, QWidget]) -> Iterator[tuple[str, QWidget]]:
    for key, page in pages.items():
        yield from _walk(page, page, key, 0, set())


def _walk(page: QWidget, holder: QWidget, prefix: str, depth: int, seen: set[int]):
    for name, value in sorted(vars(holder).items()):
        if not isinstance(value, QWidget) or id(value) in seen or not page.isAncestorOf(value):
            continue
        seen.add(id(value))
        path = f"{prefix}.{name}"
        if _is_input(value):
            yield path, value
        elif depth < DEPTH:
            yield from _walk(page, value, path, depth + 1, seen)


def _is_input(widget: QWidget) -> bool:
    if isinstance(widget, QPushButton):  # a Show toggle is not input; it starts hidden again
        return False
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox))


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):  # by index: the items' texts change with the language
        return (widget.currentIndex(), widget.currentText() if widget.isEditable() else None)
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _set(widget: QWidget, value: object) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QComboBox):
        index, text = value  # type: ignore[misc]
        if 0 <= index < widget.count():
            widget.setCurrentIndex(index)
        if text is not None:
            widget.setEditText(text)
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value)  # type: ignore[arg-type]
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
