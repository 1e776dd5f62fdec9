"""The workbench's text front end (the CLI contract of DESIGN.md).

Exit codes: 0 done; 1 the API answered with a non-success code; 2 bad input or usage
(message on stderr, nothing written); 3 the outcome of a money-moving call is unknown; 4 an
internal error (a defect: one line on stderr, the scrubbed details in the diagnostic log).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from core.cli import (
    decrypt_command,
    flow_commands,
    key_commands,
    log_commands,
    sandbox_commands,
    sign_commands,
)
from core.cli.output import emit_error, emit_json
from core.errors import OutcomeUnknown, WorkbenchError

EXIT_OK, EXIT_API_ERROR, EXIT_BAD_INPUT, EXIT_UNKNOWN_OUTCOME, EXIT_INTERNAL = 0, 1, 2, 3, 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=(
            "OVO SNAP Workbench: carries you through OVO's onboarding SOP for SNAP e-money "
            "top-ups. Secrets are never taken as arguments: give them in a file, an "
            "environment variable, or type them when asked."
        ),
        epilog="Run `workbench COMMAND --help` for what each command does.",
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    key_commands.add_parsers(sub)
    decrypt_command.add_parser(sub)
    sign_commands.add_parser(sub)
    flow_commands.add_sandbox_register(sandbox_commands.add_parser(sub))
    flow_commands.add_parsers(sub)
    log_commands.add_parser(sub)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"OVO SNAP Workbench {version('ovo-snap-workbench')}"
    except PackageNotFoundError:
        return "OVO SNAP Workbench (development copy)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_OK
    try:
        return handler(args)
    except OutcomeUnknown as exc:
        _report_failure(args, exc.problem, exc.fix, "outcome-unknown", exc.references)
        return EXIT_UNKNOWN_OUTCOME
    except WorkbenchError as exc:
        _report_failure(args, exc.problem, exc.fix, getattr(exc, "reason", type(exc).__name__))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _report_failure(args, "Cancelled; nothing was written.", "", "cancelled")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # `log list | head`: the reader has gone; what it wanted, it has.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        return _internal_error(args, exc)


def _internal_error(args: argparse.Namespace, exc: Exception) -> int:
    from core.cli import internal_error

    command = " ".join(
        str(part)
        for part in (args.command, *(getattr(args, n, None) for n in _SUBCOMMANDS))
        if part
    )
    problem, fix = internal_error.describe(command, exc, internal_error.record(command, exc))
    references = list(getattr(exc, "unsettled_references", []))
    if references:
        fix = (
            "A top-up left before the failure and its outcome is unknown: "
            f"partnerReferenceNo {', '.join(references)}. Do not send it again; the next "
            f"top-up run checks its status first. {fix}"
        )
    _report_failure(args, problem, fix, "internal-error", references or None)
    return EXIT_INTERNAL


# The attributes argparse fills with a verb's second word (`env set`, `log show`, ...).
_SUBCOMMANDS = (
    "env_command",
    "key_command",
    "role",
    "sandbox_command",
    "log_command",
    "sign_command",
)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _report_failure(
    args: argparse.Namespace,
    problem: str,
    fix: str,
    reason: str,
    references: list[str] | None = None,
) -> None:
    emit_error(problem, fix)
    if getattr(args, "json", False):
        report = {"ok": False, "error": problem, "fix": fix, "reason": reason}
        if references:
            report["partner_reference_nos"] = references
        emit_json(report)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
