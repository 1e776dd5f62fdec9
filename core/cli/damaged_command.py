"""`log damaged [--release]`: the damaged journals kept aside, and the hold on top-ups.

A damaged journal is moved aside when it is opened (core/sqlite_files.py); if it may hold
top-ups whose outcome was never settled, new top-ups are held back (core/journal_damage.py)
until the user has checked those references with `status` and says so here.
"""

from __future__ import annotations

import argparse
from datetime import datetime

from core import journal_damage
from core.cli.output import emit_fields, emit_json
from core.paths import workbench_home
from core.snap.timestamps import JAKARTA


def cmd_log_damaged(args: argparse.Namespace) -> int:
    home = workbench_home()
    held = journal_damage.holds(home)
    kept = sorted(str(p) for p in home.glob("*.damaged-*") if not p.name.endswith(("-wal", "-shm")))
    if args.release:
        journal_damage.release(home)
    if args.json:
        emit_json(
            {
                "ok": True,
                "held": bool(held) and not args.release,
                "released": bool(held) and args.release,
                "holds": [
                    {
                        "file": h.aside,
                        "reason": h.reason,
                        "complete": h.complete,
                        "references": h.references,
                    }
                    for h in held
                ],
                "damaged_files": kept,
            }
        )
        return 0
    if not held:
        print("New top-ups are not on hold: no damaged journal holds unsettled top-ups.")
    for hold in held:
        when = datetime.fromtimestamp(hold.when, JAKARTA).strftime("%Y-%m-%d %H:%M:%S")
        emit_fields(
            [
                ("damaged journal", hold.aside),
                ("set aside", f"{when} (Jakarta)"),
                ("why", hold.reason),
                ("unsettled top-ups", journal_damage.describe_references([hold])),
            ],
            indent=0,
        )
    if held and args.release:
        print("Released: new top-ups are allowed again. The damaged files are kept.")
    elif held:
        print(
            "Check each reference with `status --partner-reference-no REF`, then run "
            "`log damaged --release`."
        )
    if kept:
        print("Damaged files kept in the workbench home (never deleted):")
        for name in kept:
            print(f"  {name}")
    return 0


def add_parser(log_sub: argparse._SubParsersAction) -> None:
    damaged = log_sub.add_parser(
        "damaged",
        help="damaged journals kept aside, and the hold they put on new top-ups",
        description="A damaged journal is moved aside (never deleted) and a fresh one "
        "started. If it may hold top-ups whose outcome was never settled, new top-ups are "
        "held back: check each listed reference with `status --partner-reference-no REF`, "
        "then release the hold with --release.",
    )
    damaged.add_argument(
        "--release",
        action="store_true",
        help="you have checked the listed top-ups: allow new top-ups again",
    )
    damaged.add_argument("--json", action="store_true")
    damaged.set_defaults(handler=cmd_log_damaged)
