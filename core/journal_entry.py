"""One journal entry: an HTTP exchange as it was sent and answered, already redacted.

This is the value the journal stores and returns, and the only input of the traces (curl,
HAR, JSON Lines): nothing downstream ever sees an unredacted secret. An access token is
replaced by a `TokenMask` marker that names the token without revealing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

TOKEN_MARK_PREFIX = "<token sha256:"
TOKEN_MARK_RE = re.compile(r"<token sha256:([0-9a-f]{8})>")


def token_mark(token: str) -> str:
    """What stands for an access token in the journal: `<token sha256:1a2b3c4d>`.

    Eight hex digits of the token's SHA-256 tell two tokens apart in a log (the reviewer's
    "was it the same token?") and let a reveal find the live token it stands for, while
    giving nothing of the token itself away.
    """
    import hashlib  # OpenSSL's libcrypto: loaded after the window's first frame

    return f"{TOKEN_MARK_PREFIX}{hashlib.sha256(token.encode()).hexdigest()[:8]}>"


class Outcome(Enum):
    """How an exchange ended, as the Log filters it."""

    PENDING = "pending"  # written before the request left; no answer recorded (yet)
    SUCCESS = "success"  # a SNAP success code
    REFUSED = "refused"  # a SNAP answer with a non-success code
    NO_ANSWER = "no-answer"  # timeout, dropped connection, HTTP 5xx, not SNAP JSON
    NOT_SENT = "not-sent"  # could not connect: the request never left


@dataclass
class JournalEntry:
    """Bodies are bytes exactly as sent and received (after redaction). Headers keep their
    order and spelling. Times are Unix seconds (UTC)."""

    id: int
    started: float
    environment: str
    service: str  # core.snap.profile.Service value: "73", "37", "38", "39"
    method: str
    url: str
    request_headers: dict[str, str]
    request_body: bytes
    outcome: Outcome = Outcome.PENDING
    finished: float | None = None
    elapsed: float | None = None  # seconds from send to answer (or failure)
    status: int | None = None  # HTTP status
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: bytes = b""
    external_id: str | None = None
    partner_reference_no: str | None = None
    customer_number: str | None = None
    code: str | None = None  # SNAP responseCode, 7 digits
    message: str = ""  # responseMessage, or what happened instead of an answer
    string_to_sign: str | None = None  # the signature's input, token masked
    failure: str | None = None  # core.client.Failure value when there was no SNAP answer
    # For a top-up: the state of its record ("success", "failed", "unknown", "pending"),
    # which the status call may have settled after this exchange ended without an answer.
    settled: str | None = None

    @property
    def settled_later(self) -> str | None:
        """"success" or "failed" when this top-up's own exchange ended without a SNAP
        answer and the status call settled it afterwards; else None."""
        if self.service != "38" or self.outcome not in (Outcome.PENDING, Outcome.NO_ANSWER):
            return None
        return self.settled if self.settled in ("success", "failed") else None

    @property
    def service_title(self) -> str:
        from core.snap.profile import Service

        try:
            return Service(self.service).title
        except ValueError:
            return self.service

    @property
    def display(self) -> str:
        """`CODE - Message` as the SOP shows it, or what happened instead."""
        if self.code:
            return f"{self.code} - {self.message}"
        return self.message or self.outcome.value
