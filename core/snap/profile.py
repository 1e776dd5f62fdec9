"""A provider's SNAP dialect: paths, encodings, timestamp form and extra headers.

Providers (and OVO's own documents) disagree on all of these, so each is a setting of
the environment, with OVO's SOP as the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from core.snap.signatures import Encoding
from core.snap.timestamps import TimestampFormat
from core.texts import QT_TRANSLATE_NOOP


class Service(Enum):
    """The SNAP services of OVO's customer top-up, by their SNAP service code."""

    ACCESS_TOKEN = "73"
    ACCOUNT_INQUIRY = "37"
    TOPUP = "38"
    TOPUP_STATUS = "39"

    @property
    def code(self) -> str:
        return self.value

    @property
    def title(self) -> str:
        return {
            Service.ACCESS_TOKEN: QT_TRANSLATE_NOOP("core", "Access token B2B"),
            Service.ACCOUNT_INQUIRY: QT_TRANSLATE_NOOP("core", "Account inquiry"),
            Service.TOPUP: QT_TRANSLATE_NOOP("core", "Top up"),
            Service.TOPUP_STATUS: QT_TRANSLATE_NOOP("core", "Top-up status"),
        }[self]


OVO_PATHS = {
    Service.ACCESS_TOKEN: "/OVOSNAP/v1.0/access-token/b2b",
    Service.ACCOUNT_INQUIRY: "/OVOSNAP/v2.0/emoney/account-inquiry",
    Service.TOPUP: "/OVOSNAP/v2.0/emoney/topup",
    Service.TOPUP_STATUS: "/OVOSNAP/v2.0/emoney/topup-status",
}

OVO_STAGING_URL = "https://app.byte-stack.net"
OVO_PRODUCTION_URL = "https://apigw.ovo.id"


@dataclass(frozen=True)
class SnapProfile:
    name: str = "ovo"
    paths: dict[Service, str] = field(default_factory=lambda: dict(OVO_PATHS))
    token_signature_encoding: Encoding = Encoding.BASE64
    service_signature_encoding: Encoding = Encoding.HEX
    timestamp_format: TimestampFormat = TimestampFormat.MILLIS
    sign_query_string: bool = True
    custom_headers: dict[Service, dict[str, str]] = field(
        default_factory=lambda: {Service.TOPUP: {"X-SCOPE-ID": "customer_topup"}}
    )

    def path(self, service: Service) -> str:
        return self.paths[service]

    def signed_path(self, relative_url: str) -> str:
        """The relative URL as it enters the string to sign."""
        return relative_url if self.sign_query_string else relative_url.split("?", 1)[0]

    def with_changes(self, **changes) -> SnapProfile:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "paths": {s.name.lower(): p for s, p in self.paths.items()},
            "token_signature_encoding": self.token_signature_encoding.value,
            "service_signature_encoding": self.service_signature_encoding.value,
            "timestamp_format": self.timestamp_format.value,
            "sign_query_string": self.sign_query_string,
            "custom_headers": {s.name.lower(): dict(h) for s, h in self.custom_headers.items()},
        }

    @classmethod
    def from_dict(cls, data: dict) -> SnapProfile:
        default = cls()
        by_name = {s.name.lower(): s for s in Service}
        return cls(
            name=data.get("name", default.name),
            paths={**default.paths, **{by_name[k]: v for k, v in data.get("paths", {}).items()}},
            token_signature_encoding=Encoding(
                data.get("token_signature_encoding", default.token_signature_encoding.value)
            ),
            service_signature_encoding=Encoding(
                data.get("service_signature_encoding", default.service_signature_encoding.value)
            ),
            timestamp_format=TimestampFormat(
                data.get("timestamp_format", default.timestamp_format.value)
            ),
            sign_query_string=bool(data.get("sign_query_string", default.sign_query_string)),
            custom_headers={by_name[k]: dict(v) for k, v in data.get("custom_headers", {}).items()}
            if "custom_headers" in data
            else default.custom_headers,
        )


OVO = SnapProfile()
