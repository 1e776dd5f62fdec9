"""A running sandbox with one registered partner, shared by the sandbox's reliability tests.

The partner is the one of tests/test_sandbox_http.py (it signs with core.snap, as the
workbench does), so a request here differs from a good one only in what a test changes.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa

from core.sandbox.server import SandboxConfig, SandboxServer
from core.sandbox.store import SandboxStore
from core.snap.profile import Service
from tests.test_sandbox_http import Partner, register

__all__ = ["Partner", "running_sandbox", "snap_answer", "tracebacks"]


@contextlib.contextmanager
def running_sandbox(folder: Path) -> Iterator[tuple[SandboxServer, Partner]]:
    """A sandbox on loopback whose state lives in `folder`, and a partner registered there."""
    store = SandboxStore(folder / "sandbox.sqlite3")
    server = SandboxServer(store, SandboxConfig(fault_delay=2)).start()
    signing_key = rsa.generate_private_key(65537, 2048)
    exchange_key = rsa.generate_private_key(65537, 2048)
    try:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            yield server, Partner(http, register(store, exchange_key, signing_key), signing_key)
    finally:
        server.stop()
        store.close()


def snap_answer(answer: httpx.Response, service: Service) -> tuple[int, str, str]:
    """(status, responseCode, responseMessage), after checking that the answer is what a
    SNAP gateway sends: JSON, a 7-digit code whose first three digits are the HTTP status
    and whose next two are the service's (an invalid token answers the SOP's 4013701 on
    every transaction service, as OVO does)."""
    assert answer.headers["content-type"] == "application/json", answer.text[:200]
    body = json.loads(answer.content)
    code, message = body["responseCode"], body["responseMessage"]
    assert isinstance(code, str) and len(code) == 7 and code.isdigit(), code
    assert int(code[:3]) == answer.status_code, (code, answer.status_code)
    if code != "4013701":
        assert code[3:5] == service.code, (code, service)
    assert isinstance(message, str) and "Traceback" not in message
    return answer.status_code, code, message


def tracebacks(records: list[logging.LogRecord]) -> list[str]:
    """What the log shows that a client must never cause: warnings, errors, tracebacks."""
    return [
        f"{r.name} {r.levelname}: {r.getMessage()}"
        for r in records
        if r.levelno >= logging.WARNING or r.exc_info
    ]
