"""What the command line does with an error nobody foresaw: a defect of the workbench.

The user gets one line that says so and where the details are, never a traceback: a
person who meets a traceback stops trusting a tool that moves money. The details go to the
home's diagnostic log, scrubbed of every secret this process touched and of anything that
looks like one, so the file can be attached to a bug report as it is.
"""

from __future__ import annotations

import logging
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
