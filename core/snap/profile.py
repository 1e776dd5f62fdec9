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
        """The profile from settings.json; ValueError naming a value of the wrong type or
        an unknown service (the file may have been edited by hand)."""
        if not isinstance(data, dict):
            raise ValueError("it is not an object")
        default = cls()

        def text(key: str, fallback: str) -> str:
            value = data.get(key, fallback)
            if not isinstance(value, str):
                raise ValueError(f"{key} is not text")
            return value

        sign_query_string = data.get("sign_query_string", default.sign_query_string)
        if not isinstance(sign_query_string, bool):
            raise ValueError("sign_query_string is not true or false")
        paths = _by_service(data.get("paths", {}), "paths")
        if any(not isinstance(p, str) for p in paths.values()):
            raise ValueError("a path is not text")
        headers = (
            _by_service(data["custom_headers"], "custom_headers")
            if "custom_headers" in data
            else default.custom_headers
        )
        for service_headers in headers.values():
            if not isinstance(service_headers, dict) or any(
                not isinstance(v, str) for v in service_headers.values()
            ):
                raise ValueError("custom_headers holds something other than name: text")
        return cls(
            name=text("name", default.name),
            paths={**default.paths, **paths},
            token_signature_encoding=Encoding(
                text("token_signature_encoding", default.token_signature_encoding.value)
            ),
            service_signature_encoding=Encoding(
                text("service_signature_encoding", default.service_signature_encoding.value)
            ),
            timestamp_format=TimestampFormat(
                text("timestamp_format", default.timestamp_format.value)
            ),
            sign_query_string=sign_query_string,
            custom_headers={s: dict(h) for s, h in headers.items()},
        )


def _by_service(data: object, what: str) -> dict[Service, object]:
    if not isinstance(data, dict):
        raise ValueError(f"{what} is not an object")
    by_name = {s.name.lower(): s for s in Service}
    unknown = [k for k in data if k not in by_name]
    if unknown:
        raise ValueError(f"{what} names no service {unknown[0]!r} ({', '.join(by_name)})")
    return {by_name[k]: v for k, v in data.items()}


OVO = SnapProfile()
