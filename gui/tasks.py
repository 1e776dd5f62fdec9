"""Running the workspace's async operations from buttons, on the one qasync loop.

A button's slot calls `start(...)`: the coroutine runs as a task on the loop, the widgets
named are disabled and the busy bar shown meanwhile, a `WorkbenchError` (a person's
message) goes to the page's message bar, and anything unexpected goes to `sys.excepthook`
(the error dialog and the log file) so that it never vanishes and the window keeps
running. CPU-heavy work inside the coroutine goes through `asyncio.to_thread`.

asyncio is imported where a task starts: the tabs import this module while the window
builds its first frame, which is drawn before asyncio is loaded (see `gui/app.py`).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from core.errors import WorkbenchError

if TYPE_CHECKING:
    import asyncio

_running: set[asyncio.Task] = set()


def start(
    work: Awaitable,
    *,
    on_error: Callable[[WorkbenchError], None] | None = None,
    disable: Iterable[QWidget] = (),
    busy: QWidget | None = None,
    on_done: Callable[[], None] | None = None,
) -> asyncio.Task:
    import asyncio

    widgets = [w for w in disable if w.isEnabled()]
    for widget in widgets:
        widget.setEnabled(False)
    if busy is not None:
        busy.show()

    async def run() -> None:
        try:
            await work
        except WorkbenchError as exc:
            if on_error is None:
                raise
            on_error(exc)
        finally:
            for widget in widgets:
                _safely(widget.setEnabled, True)
            if busy is not None:
                _safely(busy.hide)
            if on_done is not None:
                on_done()

    task = asyncio.ensure_future(run())
    _running.add(task)
    task.add_done_callback(_finished)
    return task


def _safely(call: Callable, *args) -> None:
    with contextlib.suppress(RuntimeError):  # the widget was deleted (window closed)
        call(*args)


def _finished(task: asyncio.Task) -> None:
    _running.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def running() -> int:
    """How many started tasks are still running (tests wait for none)."""
    return len(_running)


async def cancel_all() -> None:
    import asyncio

    for task in list(_running):
        task.cancel()
    if _running:
        await asyncio.gather(*_running, return_exceptions=True)
