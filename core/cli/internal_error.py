"""What the command line does with an error nobody foresaw: a defect of the workbench.

The user gets one line that says so and where the details are, never a traceback: a
person who meets a traceback stops trusting a tool that moves money. The details go to the
home's diagnostic log, scrubbed of every secret this process touched and of anything that
looks like one, so the file can be attached to a bug report as it is.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from core import diagnostics

log = logging.getLogger("workbench.cli")


def record(command: str, exc: BaseException) -> Path | None:
    """Write `exc` with its traceback to logs/workbench.log; returns the file, or None when
    the log cannot be written (a home that is a file, a full disk): the one-line message
    must still reach the user."""
    try:
        from core.paths import workbench_home

        path = diagnostics.start_log_file(workbench_home(), diagnostics.known_secrets)
        log.error("internal error in `%s`", command, exc_info=exc)
        for handler in logging.getLogger().handlers:
            handler.flush()
        return path
    except Exception:  # the report of a defect must never become a second one
        return None
    finally:
        diagnostics.stop_log_file()


def guarded(command: str, run: Callable[[], int]) -> int:
    """`run()` for a verb dispatched outside the command line's parser (`screenshots`,
    `self-test`): an unforeseen error becomes the same one line and exit 4."""
    try:
        return run()
    except KeyboardInterrupt:
        sys.stderr.write("error: Cancelled.\n")
        return 2
    except Exception as exc:
        problem, fix = describe(command, exc, record(command, exc))
        sys.stderr.write(f"error: {problem}\n  what to do: {fix}\n")
        return 4


def describe(command: str, exc: BaseException, log_file: Path | None) -> tuple[str, str]:
    """The problem and the fix a person reads for a defect: no traceback, no message of
    the exception itself (it may quote input or a secret), just its kind and the log."""
    where = (
        f"The details (without secrets) are in {log_file}."
        if log_file is not None
        else "The details could not be written to the diagnostic log."
    )
    return (
        f"Internal error in `{command}` ({type(exc).__name__}): a defect of the workbench, "
        "not of your input.",
        f"{where} Please send that file with a bug report.",
    )
