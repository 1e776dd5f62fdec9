"""User-facing texts that a front end can translate, without `core` importing Qt.

`core` speaks English: the command line prints its messages as they are, and the tests
assert them. The window speaks the user's language, so a message from `core` must carry
more than its English words: the template it was made from and the values put into it.
A `Text` is that English string (a real `str`, so every caller that prints, compares or
logs it sees exactly what `core` produced before), which also remembers its template and
values; the window looks the template up in its translations (context "core") and fills
in the same values.

Mark a text with `QT_TRANSLATE_NOOP("core", "template")`, and put values in with
`.format(name=value)` (keyword placeholders only). The name is Qt's own marker on
purpose: `pyside6-lupdate` extracts its literal strings into the `.ts`, and it only
recognises the marker under this exact name, with the context and the text as literals:

    raise BadInput(
        QT_TRANSLATE_NOOP("core", "{name} is empty.").format(name=path.name),
        QT_TRANSLATE_NOOP("core", "Choose the key file itself."),
    )

A value may itself be a `Text` (translated too); anything else (file names, numbers,
codes, a library's own error) is put in as it is. SNAP messages (`CODE - Message`) are
never marked: they are shown as OVO sends them. Texts written to the journal or a log
file stay English whatever the window's language, since they are evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CONTEXT = "core"


class Text(str):
    """An English text (its `str` value) that remembers how it was made.

    `template` is the source text the translations are keyed by, `values` the named
    values `str.format` put into it. Operations that make a new string (`+`, f-strings,
    `.strip()`) give a plain `str`: only a text passed on as it is stays translatable.
    """

    template: str
    values: Mapping[str, Any]
    context: str

    def __new__(
        cls, template: str, values: Mapping[str, Any] | None = None, *, context: str = CONTEXT
    ) -> Text:
        values = dict(values or {})
        english = template.format(**values) if values else template
        text = super().__new__(cls, english)
        text.template = template
        text.values = values
        text.context = context
        return text

    def format(self, **values: Any) -> Text:  # type: ignore[override]
        """The template with `values` put in: a new `Text`, whose `str` is exactly what
        `str.format` makes of the English template."""
        return Text(self.template, {**self.values, **values}, context=self.context)

    def __getnewargs__(self) -> tuple[str]:
        """Copies and pickles rebuild the English string; the attributes follow in
        `__dict__`."""
        return (str(self),)

    def __repr__(self) -> str:
        return f"Text({self.template!r}, {self.values!r})"


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark `source` for translation in `context` (lupdate reads it) and return it as a
    `Text`; `.format(name=value)` fills in its placeholders."""
    return Text(source, context=context)


def english(text: str) -> str:
    """The plain English string, for logs and files that must not carry a `Text`."""
    return str.__str__(text)
