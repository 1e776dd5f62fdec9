"""Work-arounds for defects of the PySide6 release in use, each applied only if detected.

PySide6 6.12.0: `SignalInstance.emit()` and `SignalInstance.disconnect()` return `True`
without taking a reference to it, so every signal emitted or disconnected from Python
(ours, and qasync's `call_soon_threadsafe` and loop shutdown) takes one reference away
from `True`. After enough of them, or at interpreter exit, CPython aborts with "Fatal
Python error: bool_dealloc". Each method is probed a few times while watching
`sys.getrefcount(True)`; only a method that loses references is wrapped, to give the
missing reference back. A fixed PySide6 probes clean and nothing is patched.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBES = 16
applied: list[str] = []  # the methods wrapped in this process


class _Probe(QObject):
    fired = Signal()


def _give_back(value: object, times: int = 1) -> None:
    for _ in range(times):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def _loses_references(call: Callable[[], object]) -> bool:
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        call()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        _give_back(True, lost)  # what the probe itself took
    return lost >= PROBES // 2


def _probe_calls() -> dict[str, Callable[[], object]]:
    probe = _Probe()

    def disconnect() -> object:
        probe.fired.connect(_noop)
        return probe.fired.disconnect(_noop)

    return {"emit": probe.fired.emit, "disconnect": disconnect}


def _noop() -> None:
    pass


def _wrap(name: str) -> None:
    original = getattr(SignalInstance, name)

    def call(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        if result is True or result is False:
            _give_back(result)
        return result

    call.__name__ = name
    # No copy of `original.__doc__`: reading it makes shiboken build its signature help,
    # some 50 ms on the way to the first paint.
    setattr(SignalInstance, name, call)
    applied.append(name)


def apply() -> list[str]:
    """Wrap each `SignalInstance` method that loses a reference to `True` per call."""
    if applied:
        return applied
    for name, call in _probe_calls().items():
        if _loses_references(call):
            _wrap(name)
    return applied
