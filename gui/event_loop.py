"""The one qasync loop: made, and closed so that nothing of it can fire afterwards.

qasync's loop keeps two Qt objects of its own (a timer object holding every pending
`call_later`, and a signaller for `call_soon_threadsafe`). Closing the loop does not kill
the pending timers, and the objects are freed whenever Python's garbage collector next
runs, which can be on another thread (the sandbox's, a worker's): Qt then cannot
unregister the timers, which later fire into freed memory and crash the process. So
`close_loop` kills the timers and deletes both objects here, on the GUI thread.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtWidgets import QApplication
from qasync import QEventLoop


def new_loop(app: QApplication) -> QEventLoop:
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def close_loop(loop: QEventLoop) -> None:
    """Close `loop` (not running) and free its Qt objects now, on this thread."""
    timer = getattr(loop, "_timer", None)
    signaller = _private(loop, "__call_soon_signaller", None)
    if timer is not None and shiboken6.isValid(timer):
        callbacks = _private(timer, "__callbacks", {})
        for timer_id in list(callbacks):
            timer.killTimer(timer_id)
        callbacks.clear()
    if not loop.is_closed():
        loop.close()
    for qt_object in (timer, signaller):
        if qt_object is not None and shiboken6.isValid(qt_object):
            shiboken6.delete(qt_object)
    try:
        current = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:  # none set in this thread
        current = None
    if current is loop:
        asyncio.set_event_loop(None)


def _private(obj: object, name: str, default):
    """A name-mangled attribute of qasync's, whatever class mangled it."""
    return next((v for k, v in vars(obj).items() if k.endswith(name)), default)
