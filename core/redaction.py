"""Redaction by value, applied before anything reaches the journal's file.

Masking on screen is not enough: API tools that mask a secret in the window and keep it in
their log are a classic leak. So the journal is handed every secret the workspace reads
(client secret, passphrases) and every access token that passes by, and removes each of
them in the forms a log can carry: as is, JSON-escaped, and URL-encoded. Private key PEM
blocks are removed by shape, whatever key they hold.
"""

from __future__ import annotations

import json
import re
import threading
from urllib.parse import quote, quote_plus

from core.journal_entry import token_mark

REDACTED = "[redacted]"
PRIVATE_KEY_REDACTED = "[private key redacted]"
MIN_SECRET_LENGTH = 4  # shorter values would blank out ordinary text; OpenSSL wants >= 4

# A PEM private key, raw, JSON-escaped (\n) or URL-encoded (%20 or + for the spaces).
_SPACE = r"(?: |%20|\+)"
PRIVATE_KEY_RE = re.compile(
    r"-----BEGIN(?:" + _SPACE + r"[A-Z0-9]+)*" + _SPACE + r"PRIVATE" + _SPACE + r"KEY-----"
    r".*?"
    r"-----END(?:" + _SPACE + r"[A-Z0-9]+)*" + _SPACE + r"PRIVATE" + _SPACE + r"KEY-----",
    re.DOTALL,
)
_BEARER_RE = re.compile(r"^\s*Bearer\s+(\S+)\s*$", re.IGNORECASE)


def forms_of(value: str) -> set[str]:
    """The spellings a value takes in headers, JSON bodies and URLs."""
    forms = {
        value,
        json.dumps(value)[1:-1],  # \" \\ \uXXXX for non-ASCII
        json.dumps(value, ensure_ascii=False)[1:-1],
        quote(value, safe=""),
        quote_plus(value, safe=""),
        quote(value, safe="").lower(),  # %2f as some encoders write it
    }
    return {form for form in forms if len(form) >= MIN_SECRET_LENGTH}


class Redactor:
    """Knows the secrets and tokens of this session, and takes them out of text."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._replacements: dict[str, str] = {}
        self._ordered: list[tuple[str, str]] = []

    def _add(self, value: str, replacement: str) -> None:
        if len(value) < MIN_SECRET_LENGTH:
            return
        with self._lock:
            changed = False
            for form in forms_of(value):
                if self._replacements.get(form) != replacement:
                    self._replacements[form] = replacement
                    changed = True
            if changed:
                # Longest first, so a secret that contains another is removed whole.
                self._ordered = sorted(
                    self._replacements.items(), key=lambda item: len(item[0]), reverse=True
                )

    def add_secret(self, value: str | None) -> None:
        """A value that must never be stored in any form (client secret, passphrase)."""
        if value:
            self._add(value, REDACTED)

    def add_token(self, token: str | None) -> None:
        """An access token: stored as its mark, so two tokens can still be told apart."""
        if token:
            self._add(token, token_mark(token))

    def learn_from_headers(self, headers: dict[str, str]) -> None:
        for name, value in headers.items():
            if name.lower() == "authorization":
                match = _BEARER_RE.match(value)
                if match:
                    self.add_token(match.group(1))

    def learn_from_json(self, data: object) -> None:
        """An access-token answer carries the token in its body before anyone else saw it."""
        if isinstance(data, dict):
            token = data.get("accessToken")
            if isinstance(token, str):
                self.add_token(token)

    def text(self, value: str) -> str:
        value = PRIVATE_KEY_RE.sub(PRIVATE_KEY_REDACTED, value)
        for secret, replacement in self._ordered:
            if secret in value:
                value = value.replace(secret, replacement)
        return value

    def data(self, value: bytes) -> bytes:
        """Bytes that are not UTF-8 keep their other bytes exactly (surrogateescape)."""
        text = value.decode("utf-8", errors="surrogateescape")
        cleaned = self.text(text)
        return value if cleaned == text else cleaned.encode("utf-8", errors="surrogateescape")

    def headers(self, headers: dict[str, str]) -> dict[str, str]:
        return {name: self.text(value) for name, value in headers.items()}
