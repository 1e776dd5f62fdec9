"""A damaged journal kept aside, and the hold it puts on new top-ups.

The journal's file also holds the top-up records written before each top-up leaves. When
the file is damaged it is moved aside (never deleted) and a fresh journal starts; but a
top-up recorded only in the old file, whose outcome was never settled, would then be
forgotten, and the money rule (an unknown outcome is resolved by the status call, never
sent again) would have nothing to go on. So the unsettled records that can still be read
are listed in a hold file beside the journal, `journal.damaged.json`, and while it is
there `topup` refuses, naming them. The user checks each with `status`, then releases
the hold explicitly: `log damaged --release`, or by deleting the hold file.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from core.atomic_files import FileToWrite, write_files
from core.errors import BadInput
from core.sqlite_files import read_rows
from core.texts import QT_TRANSLATE_NOOP, Text

HOLD_FILE = "journal.damaged.json"
_UNSETTLED = (
    "SELECT partner_reference_no, environment, customer_number, amount, state FROM topups"
    " WHERE state IN ('pending', 'unknown') ORDER BY created"
)


@dataclass(frozen=True)
class Hold:
    """One damaged journal that may hold unsettled top-ups. `complete`: every top-up
    record in it could be read (so `references` is all of them)."""

    aside: str
    original: str
    when: float
    reason: str
    references: list[dict] = field(default_factory=list)
    complete: bool = False


def unsettled_in(path: Path) -> tuple[list[dict], bool]:
    """The unsettled top-up records readable from a (damaged) journal file, and whether
    all of its records could be read. A readable file without a `topups` table has none."""
    tables, readable = read_rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")
    if readable and "topups" not in {row["name"] for row in tables}:
        return [], True
    return read_rows(path, _UNSETTLED)


def hold_if_unsettled(path: Path, aside: Path, reason: str) -> Hold | None:
    """Called before the damaged journal at `path` is moved to `aside`: if it may hold an
    unsettled top-up, write the hold (raises `BadInput` if that fails, and then nothing
    is moved). None when every record could be read and all are settled."""
    references, complete = unsettled_in(path)
    if complete and not references:
        return None
    hold = Hold(str(aside), str(path), time.time(), str(reason), references, complete)
    home = path.parent
    try:
        _write(home, [*holds(home), hold])
    except BadInput as exc:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The journal {path} is damaged ({reason}), and the list of the top-ups it "
                "may hold cannot be written to {hold} ({problem}).",
            ).format(path=path, reason=reason, hold=home / HOLD_FILE, problem=exc.problem),
            QT_TRANSLATE_NOOP(
                "core",
                "Free disk space, or make the workbench home writable, then try again; "
                "until then the damaged journal stays where it is.",
            ),
        ) from None
    return hold


def holds(home: Path) -> list[Hold]:
    """The holds in force. A hold file that cannot be read still holds (with nothing
    listed): it is there because money may be unaccounted for."""
    path = home / HOLD_FILE
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [
            Hold(
                str(h["aside"]),
                str(h["original"]),
                float(h["when"]),
                str(h["reason"]),
                [dict(r) for r in h.get("references", [])],
                bool(h.get("complete", False)),
            )
            for h in data["holds"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return [Hold(str(path), str(path), path.stat().st_mtime, "unreadable hold file")]


def release(home: Path) -> list[Hold]:
    """Lift every hold (the damaged files stay where they are); returns what was lifted."""
    lifted = holds(home)
    (home / HOLD_FILE).unlink(missing_ok=True)
    return lifted


class TopupsOnHold(BadInput):
    """New top-ups wait: a damaged journal set aside may hold unsettled ones. Front ends
    offer the way out: check them, then release the hold."""


def refuse_if_held(home: Path) -> None:
    """Raise `TopupsOnHold` while a damaged journal may hold unsettled top-ups."""
    held = holds(home)
    if not held:
        return
    raise TopupsOnHold(held_problem(held), held_fix(home))


def describe_references(held: list[Hold]) -> Text | str:
    listed = [
        f"{r.get('partner_reference_no')} ({r.get('environment')}, "
        f"{r.get('customer_number')}, {r.get('amount')}, {r.get('state')})"
        for hold in held
        for r in hold.references
    ]
    if not listed:
        return QT_TRANSLATE_NOOP("core", "none of its top-up records could be read")
    if not all(hold.complete for hold in held):
        return QT_TRANSLATE_NOOP(
            "core", "{references}, and perhaps others that could not be read"
        ).format(references="; ".join(listed))
    return "; ".join(listed)


def held_problem(held: list[Hold]) -> Text:
    return QT_TRANSLATE_NOOP(
        "core",
        "New top-ups are on hold: the damaged journal {files} may hold top-ups whose "
        "outcome was never settled: {references}.",
    ).format(files=", ".join(h.aside for h in held), references=describe_references(held))


def held_fix(home: Path) -> Text:
    return QT_TRANSLATE_NOOP(
        "core",
        "Check each one with `status --partner-reference-no REF` (ask OVO about any you "
        "cannot find), then release the hold with `log damaged --release` or by deleting "
        "{file}. The damaged journal itself is kept.",
    ).format(file=home / HOLD_FILE)


def _write(home: Path, held: list[Hold]) -> None:
    text = json.dumps({"holds": [asdict(h) for h in held]}, indent=2, ensure_ascii=False)
    write_files([FileToWrite(home / HOLD_FILE, (text + "\n").encode("utf-8"))], overwrite=True)
