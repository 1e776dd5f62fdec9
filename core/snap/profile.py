"""A provider's SNAP dialect: paths, encodings, timestamp form, extra headers, and which
optional body fields the requests carry.

Providers (and OVO's own documents) disagree on all of these, so each is a setting of
the environment, with OVO's SOP as the default. OVO's own sample top-up (the SOP's log)
sends no customerName, feeAmount or sessionId and carries `additionalInfo.preInquiryFlag`
and `additionalInfo.senderInstitutionID`; the preset `ovo-sample` (core.profile_presets)
sets exactly that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, cast

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

# The services whose request bodies carry the profile's additionalInfo entries: the two
# the money flow builds from the user's input. (The token call's body is fixed by SNAP;
# the status call only names the top-up it asks about.)
ADDITIONAL_INFO_SERVICES = (Service.ACCOUNT_INQUIRY, Service.TOPUP)

# Where the top-up's customerName comes from: nowhere (OVO's sample sends none), or the
# inquiry's answer, which OVO masks ("C**tomer Na**") - the only name a partner has.
CUSTOMER_NAME_SOURCES = ("none", "inquiry")

_VERSION = re.compile(r"/v([0-9]+(?:\.[0-9]+)*)/", re.IGNORECASE)


def path_version(path: str) -> str | None:
    """The version segment of a service path ("v2.0" of /OVOSNAP/v2.0/emoney/topup), if any."""
    match = _VERSION.search(path + "/")
    return f"v{match.group(1)}" if match else None


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
    # Optional top-up fields. customerName is not sent by default: OVO's sample sends
    # none, and the only name a partner has is the inquiry's masked one.
    topup_customer_name: str = "none"
    topup_fee_amount: bool = True
    topup_session_id: bool = True
    additional_info: dict[Service, dict[str, str]] = field(default_factory=dict)

    def path(self, service: Service) -> str:
        return self.paths[service]

    def signed_path(self, relative_url: str) -> str:
        """The relative URL as it enters the string to sign."""
        return relative_url if self.sign_query_string else relative_url.split("?", 1)[0]

    def with_changes(self, **changes: Any) -> SnapProfile:
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
            "topup_customer_name": self.topup_customer_name,
            "topup_fee_amount": self.topup_fee_amount,
            "topup_session_id": self.topup_session_id,
            "additional_info": {
                s.name.lower(): dict(i) for s, i in self.additional_info.items() if i
            },
        }

    def additional_info_for(self, service: Service) -> dict[str, str]:
        """The additionalInfo object a request of `service` carries (a fresh copy)."""
        return dict(self.additional_info.get(service, {}))

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

        def flag(key: str, fallback: bool) -> bool:
            value = data.get(key, fallback)
            if not isinstance(value, bool):
                raise ValueError(f"{key} is not true or false")
            return value

        sign_query_string = flag("sign_query_string", default.sign_query_string)
        customer_name = text("topup_customer_name", default.topup_customer_name)
        if customer_name not in CUSTOMER_NAME_SOURCES:
            raise ValueError(
                f"topup_customer_name is {customer_name!r}, not one of "
                + ", ".join(CUSTOMER_NAME_SOURCES)
            )
        info = _by_service(data.get("additional_info", {}), "additional_info")
        for service, entries in info.items():
            if service not in ADDITIONAL_INFO_SERVICES:
                raise ValueError(f"additional_info is not sent for {service.name.lower()}")
            if not isinstance(entries, dict) or any(
                not isinstance(v, str) for v in entries.values()
            ):
                raise ValueError("additional_info holds something other than name: text")
        paths = _by_service(data.get("paths", {}), "paths")
        if any(not isinstance(p, str) for p in paths.values()):
            raise ValueError("a path is not text")
        headers: dict[Service, object] = (
            _by_service(data["custom_headers"], "custom_headers")
            if "custom_headers" in data
            else dict(default.custom_headers)
        )
        for service_headers in headers.values():
            if not isinstance(service_headers, dict) or any(
                not isinstance(v, str) for v in service_headers.values()
            ):
                raise ValueError("custom_headers holds something other than name: text")
        # Each value was checked above: what follows only restates that for the type checker.
        checked_paths = cast(dict[Service, str], paths)
        checked_headers = cast(dict[Service, dict[str, str]], headers)
        checked_info = cast(dict[Service, dict[str, str]], info)
        return cls(
            name=text("name", default.name),
            paths={**default.paths, **checked_paths},
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
            custom_headers={s: dict(h) for s, h in checked_headers.items()},
            topup_customer_name=customer_name,
            topup_fee_amount=flag("topup_fee_amount", default.topup_fee_amount),
            topup_session_id=flag("topup_session_id", default.topup_session_id),
            additional_info={s: dict(i) for s, i in checked_info.items() if i},
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
