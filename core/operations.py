"""The values the workspace's front-end operations return (see `Workspace`, section
"operations for front ends"): plain data a window or the command line renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.credentials import Credentials
from core.environments import Environment
from core.tokens import AccessToken, TokenState

if TYPE_CHECKING:
    from decimal import Decimal

    from core.client import Exchange


@dataclass(frozen=True)
class SandboxCredentials:
    """The rehearsed exchange: registered with the sandbox, decrypted, saved."""

    environment: Environment
    record: Credentials = field(repr=False)
    secrets_description: str
    notes: tuple[str, ...] = ()
    # The two files the sandbox issued, as OVO's PIS team sends them (encrypted for the
    # exchange key): kept so that the user can save them and practise opening them.
    key_bin_enc: bytes = field(default=b"", repr=False)
    cred_file_enc: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class TokenStatus:
    """An environment's token as the status bar shows it. `token` is None when there is
    none (or the environment is not set up)."""

    state: TokenState
    token: AccessToken | None = field(default=None, repr=False)

    def remaining(self, now: float | None = None) -> float:
        return max(0.0, self.token.remaining(now)) if self.token is not None else 0.0


@dataclass(frozen=True)
class StatusLookup:
    """The answer of top-up status (service 39) for one partnerReferenceNo."""

    exchange: Exchange = field(repr=False)
    succeeded: bool
    display: str  # CODE - Message, as OVO sent it
    transaction_status: str | None  # latestTransactionStatus: 00 success ... 06 failed
    status_description: str | None
    reference_no: str | None
    amount: Decimal | None
