"""`log list|show|curl|export|retention`: the backend log OVO asks partners to keep.

Reading the journal needs no keyring, so these commands open the journal's file directly;
only `--reveal-token` asks the workspace for the live token, which is never in the file.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from contextlib import closing
from datetime import datetime
from pathlib import Path

from core.cli import damaged_command
from core.cli.output import emit_fields, emit_json
from core.errors import BadInput
from core.journal import (
    MAX_LIMIT_DAYS,
    MAX_LIMIT_MB,
    Journal,
    JournalFilter,
    Retention,
    usable_limit,
)
from core.journal_entry import JournalEntry, Outcome
from core.paths import workbench_home
from core.snap.profile import Service
from core.snap.timestamps import JAKARTA

_SERVICE_NAMES = {
    "token": Service.ACCESS_TOKEN,
    "access-token": Service.ACCESS_TOKEN,
    "inquiry": Service.ACCOUNT_INQUIRY,
    "account-inquiry": Service.ACCOUNT_INQUIRY,
    "topup": Service.TOPUP,
    "top-up": Service.TOPUP,
    "status": Service.TOPUP_STATUS,
    "topup-status": Service.TOPUP_STATUS,
}
MAX_ENTRY_ID = 2**63 - 1  # SQLite's largest integer
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([mhd])$")
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}


def _journal() -> Journal:
    journal = Journal(workbench_home() / "journal.sqlite3")
    for notice in journal.take_notices():
        sys.stderr.write(f"note: {notice}\n")
    return journal


def _when(text: str, option: str) -> float:
    """`30m`, `2h`, `7d` ago; or a date / date-time, read in Jakarta time without an offset."""
    text = text.strip()
    match = _DURATION.match(text.lower())
    if match:
        return time.time() - float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(
            f"{option} {text!r} is neither a date nor a duration.",
            "Use e.g. 2026-11-28, '2026-11-28 14:30', 2026-11-28T14:30+07:00, 90m, 6h or 7d.",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=JAKARTA)
    return moment.timestamp()


def _service(text: str) -> str:
    if text in {s.value for s in Service}:
        return text
    try:
        return _SERVICE_NAMES[text.lower()].value
    except KeyError:
        raise BadInput(
            f"There is no service called {text!r}.",
            "Services: token, inquiry, topup, status (or their SNAP codes 73, 37, 38, 39).",
        ) from None


def _filters(args: argparse.Namespace) -> JournalFilter:
    return JournalFilter(
        since=_when(args.since, "--since") if args.since else None,
        until=_when(args.until, "--until") if args.until else None,
        environment=args.env,
        service=_service(args.service) if args.service else None,
        customer_number=args.customer,
        partner_reference_no=args.reference,
        code=args.code,
        outcome=Outcome(args.outcome) if args.outcome else None,
        text=args.search,
    )


def local_time(seconds: float) -> str:
    """Jakarta time, as OVO's staff read it."""
    return datetime.fromtimestamp(seconds, JAKARTA).strftime("%Y-%m-%d %H:%M:%S")


def _summary(entry: JournalEntry) -> dict:
    return {
        "id": entry.id,
        "time": datetime.fromtimestamp(entry.started, JAKARTA).isoformat(timespec="milliseconds"),
        "environment": entry.environment,
        "service": entry.service_title,
        "outcome": entry.outcome.value,
        "settled_by_status": entry.settled_later,
        "code": entry.code,
        "message": entry.message,
        "customer_number": entry.customer_number,
        "partner_reference_no": entry.partner_reference_no,
        "external_id": entry.external_id,
        "elapsed_ms": None if entry.elapsed is None else round(entry.elapsed * 1000),
    }


def _page_limit(value: int) -> int:
    if value < 1:
        raise BadInput(
            f"--limit {value} is not a number of entries.",
            "Give how many entries to show, 1 or more (default 50).",
        )
    return min(value, MAX_ENTRY_ID)  # "all of them": no journal holds more


def _before(value: int | None) -> int | None:
    if value is not None and not 1 <= value <= MAX_ENTRY_ID:
        raise BadInput(
            f"--before {value} is not a journal entry ID.",
            "Give the ID of an entry from `log list`; the next page's --before is printed "
            "below each page.",
        )
    return value


def cmd_log_list(args: argparse.Namespace) -> int:
    filters = _filters(args)
    limit, before = _page_limit(args.limit), _before(args.before)
    with closing(_journal()) as journal:
        total = journal.count(filters)
        entries = journal.query(filters, before_id=before, limit=limit)
    if args.json:
        emit_json({"ok": True, "total": total, "entries": [_summary(e) for e in entries]})
        return 0
    if not entries:
        print("No exchange in the journal matches." if total == 0 else "No more entries.")
        return 0
    print(f"{'ID':>6}  {'time (Jakarta)':19}  {'env':10}  {'service':16}  result")
    for e in entries:
        result = e.display if e.code else e.outcome.value + (f": {e.message}" if e.message else "")
        if e.settled_later:
            result += f"  -> {e.settled_later} (settled by top-up status)"
        refs = " ".join(x for x in (e.customer_number, e.partner_reference_no) if x)
        print(
            f"{e.id:>6}  {local_time(e.started)}  {e.environment[:10]:10}  "
            f"{e.service_title[:16]:16}  {result}" + (f"  [{refs}]" if refs else "")
        )
    shown = len(entries)
    if shown < total:
        hint = f" next page: --before {entries[-1].id}" if shown == limit else ""
        print(f"({shown} of {total} shown, newest first;{hint})")
    return 0


def _entry(journal: Journal, entry_id: int) -> JournalEntry:
    # An id beyond SQLite's integers cannot be one (and would raise OverflowError there).
    entry = journal.get(entry_id) if 1 <= entry_id <= MAX_ENTRY_ID else None
    if entry is None:
        raise BadInput(
            f"There is no journal entry {entry_id}.", "See the entries with `log list`."
        )
    return entry


def cmd_log_show(args: argparse.Namespace) -> int:
    from core import traces

    with closing(_journal()) as journal:
        entry = _entry(journal, args.id)
        status_calls = (
            journal.entries_of(entry.partner_reference_no, "39")
            if entry.service == "38" and entry.partner_reference_no
            else []
        )
    if args.json:
        [line] = traces.jsonl_lines([entry])
        sys.stdout.write(line + "\n")
        return 0
    emit_fields(
        [
            ("entry", entry.id),
            ("time", f"{local_time(entry.started)} (Jakarta)"),
            ("environment", entry.environment),
            ("service", entry.service_title),
            ("result", entry.display),
            ("X-EXTERNAL-ID", entry.external_id),
            ("partnerReferenceNo", entry.partner_reference_no),
            ("customer", entry.customer_number),
            ("elapsed", None if entry.elapsed is None else f"{entry.elapsed * 1000:.0f} ms"),
            ("string to sign", entry.string_to_sign),
            *(
                [("settled", f"{entry.settled_later} by the top-up status call")]
                if entry.settled_later
                else []
            ),
            *([("status calls", ", ".join(map(str, status_calls)))] if status_calls else []),
        ]
    )
    print()
    print(traces.trace_text(entry, traces.Shell.BASH))
    return 0


def cmd_log_curl(args: argparse.Namespace) -> int:
    from core import traces

    with closing(_journal()) as journal:
        entry = _entry(journal, args.id)
    shell = traces.Shell(args.shell)
    token = _live_token(entry) if args.reveal_token else None
    if args.with_answer:
        print(traces.trace_text(entry, shell, token=token))
    else:
        print(traces.curl_command(entry, shell, token=token))
    return 0


def _live_token(entry: JournalEntry) -> str:
    """The token the entry was sent with, if this machine still holds it (keyring cache)."""
    from core.workspace import Workspace

    workspace = Workspace()
    try:
        token = workspace.live_token(entry.environment)
    finally:
        workspace.close()
    if token is None:
        raise BadInput(
            f"No live access token for {entry.environment} is held on this machine, so the "
            "token cannot be revealed (it is never stored in the journal).",
            "Get a token (`token`) and send the call again, then copy that entry's curl; or "
            "copy this one masked.",
        )
    return token


def cmd_log_export(args: argparse.Namespace) -> int:
    from core import traces

    filters = _filters(args)
    with closing(_journal()) as journal:
        entries = list(journal.iterate(filters))
    if not entries:
        raise BadInput(
            "No exchange in the journal matches; nothing was written.",
            "Widen the filters (see `log list`).",
        )
    entries.reverse()  # oldest first, as a timeline is read
    if args.har:
        traces.write_har(args.har, entries, creator_version=_version(), force=args.force)
        target = args.har
    else:
        traces.write_jsonl(args.jsonl, entries, force=args.force)
        target = args.jsonl
    if args.json:
        emit_json({"ok": True, "file": str(target), "entries": len(entries)})
    else:
        print(f"Wrote {len(entries)} exchanges to {target}.")
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ovo-snap-workbench")
    except PackageNotFoundError:
        return "development"


def _limit(text: str, maximum: float, unit: str) -> float | None:
    """A limit as typed: a number above 0 (nan, inf and 1e400 are not), or none."""
    if text.strip().lower() in ("none", "off", "0"):
        return None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not usable_limit(value, maximum):
        raise BadInput(
            f"{text!r} is not a positive number of {unit} up to {maximum:,.0f}; nothing was "
            "changed.",
            "Give a number, or none.",
        )
    return value


def cmd_log_retention(args: argparse.Namespace) -> int:
    from core.workspace import Workspace

    workspace = Workspace()
    try:
        for key in Retention.unusable(workspace.settings.preferences):
            value = workspace.settings.preferences[key]
            sys.stderr.write(
                f"note: {key} in {workspace.settings.path} is {value!r}, which cannot be used; "
                "the default applies until you set a limit here.\n"
            )
        current = workspace.retention()
        removed = 0
        if args.max_mb is not None or args.max_days is not None:
            current = Retention(
                max_mb=(
                    _limit(args.max_mb, MAX_LIMIT_MB, "MB")
                    if args.max_mb is not None
                    else current.max_mb
                ),
                max_age_days=(
                    _limit(args.max_days, MAX_LIMIT_DAYS, "days")
                    if args.max_days is not None
                    else current.max_age_days
                ),
            )
            removed = workspace.set_retention(current)
        entries, size = workspace.journal.count(), workspace.journal.size_on_disk()
    finally:
        workspace.close()
    if args.json:
        emit_json(
            {
                "ok": True,
                "max_mb": current.max_mb,
                "max_days": current.max_age_days,
                "removed": removed,
                "entries": entries,
                "file_bytes": size,
            }
        )
        return 0
    print(f"The journal keeps {current.describe()}.")
    print(f"It holds {entries} exchanges in {size / 1_048_576:.1f} MB.")
    if removed:
        print(f"Removed {removed} old exchanges to stay within the limits.")
    return 0


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--env", metavar="NAME", help="environment")
    group.add_argument("--service", metavar="S", help="token, inquiry, topup or status")
    group.add_argument("--customer", metavar="NUMBER", help="customer number")
    group.add_argument("--reference", metavar="REF", help="partnerReferenceNo")
    group.add_argument("--code", metavar="CODE", help="SNAP response code, e.g. 4033718")
    group.add_argument(
        "--outcome", choices=[o.value for o in Outcome], help="how the exchange ended"
    )
    group.add_argument("--since", metavar="WHEN", help="date, date-time (Jakarta) or 30m/6h/7d")
    group.add_argument("--until", metavar="WHEN", help="date or date-time (Jakarta)")
    group.add_argument("--search", metavar="TEXT", help="text anywhere in the exchange")


def add_parser(sub: argparse._SubParsersAction) -> None:
    log = sub.add_parser(
        "log",
        help="the journal of every exchange: list, show, copy as curl, export",
        description="Every HTTP exchange, kept redacted under the workbench home: the backend "
        "log OVO asks partners to keep. Tokens are masked; secrets are never stored.",
    )
    log_sub = log.add_subparsers(
        dest="log_command", required=True, metavar="{list,show,curl,export,retention,damaged}"
    )
    listing = log_sub.add_parser("list", help="newest first, one line each")
    _add_filters(listing)
    listing.add_argument("--limit", type=int, default=50, metavar="N", help="default 50")
    listing.add_argument("--before", type=int, metavar="ID", help="the page after entry ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_log_list)

    show = log_sub.add_parser("show", help="one exchange in full, with its trace")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_log_show)

    curl = log_sub.add_parser(
        "curl",
        help="the exchange as a curl command for bash, cmd or PowerShell",
        description="The request exactly as sent, as a curl command. The access token stays "
        "masked unless --reveal-token is given and this machine still holds that token.",
    )
    curl.add_argument("id", type=int, metavar="ID")
    curl.add_argument("--shell", choices=["bash", "cmd", "powershell"], default="bash")
    curl.add_argument("--reveal-token", action="store_true", help="put the live token in")
    curl.add_argument(
        "--with-answer", action="store_true", help="the answer beneath, as in OVO's sample log"
    )
    curl.set_defaults(handler=cmd_log_curl, json=False)

    export = log_sub.add_parser(
        "export",
        help="matching exchanges as HAR 1.2 or JSON Lines",
        description="HAR opens in browser tools, Postman and Insomnia; JSON Lines suits "
        "scripts. Tokens stay masked.",
    )
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--har", type=Path, metavar="FILE")
    target.add_argument("--jsonl", type=Path, metavar="FILE")
    export.add_argument("--force", action="store_true", help="replace an existing FILE")
    _add_filters(export)
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=cmd_log_export)

    retention = log_sub.add_parser(
        "retention",
        help="show or set how much the journal keeps",
        description="The journal removes its oldest exchanges beyond these limits; pending "
        "exchanges and unresolved top-ups are always kept.",
    )
    retention.add_argument("--max-mb", metavar="MB", help="size limit, or none")
    retention.add_argument("--max-days", metavar="DAYS", help="age limit, or none")
    retention.add_argument("--json", action="store_true")
    retention.set_defaults(handler=cmd_log_retention)
    damaged_command.add_parser(log_sub)
