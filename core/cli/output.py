"""How the command line talks: aligned fields for people, one JSON object for scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable


def emit_json(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def emit_fields(rows: Iterable[tuple[str, object]], indent: int = 2) -> None:
    rows = [(label, "-" if value in (None, "") else str(value)) for label, value in rows]
    width = max((len(label) for label, _ in rows), default=0)
    for label, value in rows:
        print(f"{' ' * indent}{label.ljust(width)}  {value}")


def emit_notes(notes: Iterable[str]) -> None:
    for note in notes:
        print(f"note: {note}")


def emit_error(problem: str, fix: str) -> None:
    sys.stderr.write(f"error: {problem}\n")
    if fix:
        sys.stderr.write(f"  what to do: {fix}\n")
