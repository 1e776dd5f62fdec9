"""The access token and its states, apart from the HTTP client that mints it.

The window's status bar shows a token's state from its first paint; importing the
client for that would load httpx (some 50 ms) before anything is on screen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import Enum


class TokenState(Enum):
    NONE = "none"
    VALID = "valid"
    EXPIRING = "expiring"  # within the refresh margin: the next call refreshes it
    EXPIRED = "expired"
    REFRESHING = "refreshing"
    FAILED = "failed"


@dataclass(frozen=True)
class AccessToken:
    value: str
    issued_at: float  # wall clock, seconds
    expires_at: float
    reused: bool = False  # taken from the keyring cache instead of minted in this run

    def remaining(self, now: float | None = None) -> float:
        return self.expires_at - (time.time() if now is None else now)

    @property
    def masked(self) -> str:
        return "********" + self.value[-6:] if len(self.value) > 16 else "********"
