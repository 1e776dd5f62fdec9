"""The sandbox's outer wall: every HTTP request passes here before it is routed.

Three things a gateway must do whatever the client sends, done once for all routes:
- read the body first, and at most MAX_BODY_BYTES of it (a larger one is answered
  `400xx00` without being kept in memory);
- a client that hangs up before its body is complete is nobody to answer: a one-line
  debug note, no error and no traceback in the log;
- any exception that escapes a handler is a bug of the sandbox, not of the client: the
  client gets `500xx00 General Error` (never a traceback), and the sandbox's log gets the
  details once. Uvicorn never sees the exception, so it neither logs it a second time nor
  closes the client's connection because of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.snap.codes import make_code
from core.snap.timestamps import now_timestamp

MAX_BODY_BYTES = 64 * 1024
# A body over the limit is read on and dropped up to here, so that the client, still
# sending, gets the answer instead of a reset connection; past it the connection is closed.
DRAIN_LIMIT = 16 * 1024 * 1024

log = logging.getLogger("workbench.sandbox")
_LOGGED = "ovo.sandbox.failure_logged"


def log_failure(scope: Scope, exc: BaseException) -> None:
    """The details of a sandbox bug, once per request. The app's 500 handler calls it
    before the answer leaves, so the log has it by the time the client reads the answer."""
    if scope.get(_LOGGED):
        return
    scope[_LOGGED] = True
    log.error(
        "The sandbox failed on %s %s; the client was answered 500 General Error",
        scope.get("method"),
        scope.get("path"),
        exc_info=exc,
    )


class _HungUp(Exception):
    """The client closed the connection before its request body was complete."""


async def guarded(
    app: ASGIApp, scope: Scope, receive: Receive, send: Send, service_code: Callable[[str], str]
) -> None:
    """Run `app` for one HTTP request behind the wall. `service_code(path)` gives the SNAP
    service code the answers of that path carry ("00" for none)."""
    started = False

    async def tracked_send(message: Message) -> None:
        nonlocal started
        if message["type"] == "http.response.start":
            started = True
        await send(message)

    def answer(status: int, message: str, *, close: bool = False) -> JSONResponse:
        code = make_code(status, service_code(scope.get("path", "")), "00")
        headers = {"X-TIMESTAMP": now_timestamp()}
        if close:
            headers["Connection"] = "close"
        return JSONResponse({"responseCode": code, "responseMessage": message}, status, headers)

    try:
        body, size, complete = await _read_body(scope, receive)
    except _HungUp as gone:
        log.debug("%s %s: %s", scope.get("method"), scope.get("path"), gone)
        return
    if size > MAX_BODY_BYTES:
        response = answer(
            400,
            f"Bad Request: the body has more than {MAX_BODY_BYTES} bytes, the most the "
            "sandbox reads",
            close=not complete,
        )
        await response(scope, receive, tracked_send)
        return

    delivered = False

    async def replay() -> Message:
        """The body as one message, then the server's own channel (for the disconnect)."""
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    try:
        await app(scope, replay, tracked_send)
    except Exception as exc:
        log_failure(scope, exc)
        if not started:
            response = answer(500, "General Error: the sandbox failed; its log has the details")
            await response(scope, receive, tracked_send)


async def _read_body(scope: Scope, receive: Receive) -> tuple[bytes, int, bool]:
    """(the body, or b"" if it is over the limit; its size so far; whether it was read to
    its end). Raises _HungUp if the client left before the end."""
    declared = _content_length(scope)
    if declared is not None and declared > DRAIN_LIMIT:
        return b"", declared, False
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            expected = f"of {declared} " if declared is not None else ""
            raise _HungUp(f"the client hung up after {size} {expected}bytes of its request body")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= MAX_BODY_BYTES:
            chunks.append(chunk)
        else:
            chunks.clear()
        if not message.get("more_body", False):
            return b"".join(chunks), size, True
        if size > DRAIN_LIMIT:
            return b"", size, False


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None
