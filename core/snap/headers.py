"""The headers of SNAP calls, assembled in one place so that every front end sends the same."""

from __future__ import annotations

from dataclasses import dataclass

from core.snap.profile import Service, SnapProfile
from core.snap.signatures import Signature


@dataclass(frozen=True)
class PartnerIdentity:
    """Who is calling: OVO uses the client ID as X-PARTNER-ID unless told otherwise."""

    client_id: str
    channel_id: str
    partner_id: str | None = None

    @property
    def x_partner_id(self) -> str:
        return self.partner_id or self.client_id


def token_headers(client_id: str, timestamp: str, signature: Signature) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-TIMESTAMP": timestamp,
        "X-CLIENT-KEY": client_id,
        "X-SIGNATURE": signature.value,
    }


def transaction_headers(
    profile: SnapProfile,
    service: Service,
    identity: PartnerIdentity,
    access_token: str,
    timestamp: str,
    signature: Signature,
    external_id: str,
) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "Authorization": f"Bearer {access_token}",
        "X-TIMESTAMP": timestamp,
        "X-SIGNATURE": signature.value,
        "X-PARTNER-ID": identity.x_partner_id,
        "X-EXTERNAL-ID": external_id,
        "CHANNEL-ID": identity.channel_id,
    }
    headers.update(profile.custom_headers.get(service, {}))
    return headers
