"""Errors written for a person: what went wrong, and what to do about it.

Front ends show `str(error)`; they never show a traceback for these. A message never
contains a secret: callers pass paths and descriptions, never passphrases or key bytes.
`problem` and `fix` are usually `core.texts.Text`: the English string the command line
prints, which the window can also translate (see `core/texts.py`).
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """A failure the user can act on. `problem` says what is wrong, `fix` what to do."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.problem}\n{self.fix}" if self.fix else self.problem


class BadInput(WorkbenchError):
    """The user's input (a file, a passphrase, an argument) cannot be used as given."""


class FileExists(BadInput):
    """Writing would replace a file the user has not agreed to replace."""


class OutcomeUnknown(WorkbenchError):
    """A top-up left this process and its answer never came back (the run was interrupted,
    or failed after sending). It is recorded as pending; the status call settles it."""

    def __init__(self, problem: str, fix: str, references: list[str]) -> None:
        super().__init__(problem, fix)
        self.references = references
