"""What an environment's settings may hold, checked when they are set, not when they are used.

A base URL with a path, a header with a line break or a signing key that is not there
would otherwise be accepted by `env set` and fail later, in the middle of a call (a top-up
included). Each check here raises `ValueError` with the reason in the workbench's words
(a `Text`), which `core.environments.apply_setting` turns into a `BadInput` naming the
setting. The same checks run again before a call, for a settings.json edited by hand.
"""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path
from urllib.parse import urlsplit

from core.snap.profile import OVO_PRODUCTION_URL
from core.texts import QT_TRANSLATE_NOOP

# OVO's live gateway, and the domain it lives in: any host under it is taken for
# Production, whatever the environment is called or its kind says (asking once too often
# is cheap; a top-up sent without asking is not).
PRODUCTION_HOST = urlsplit(OVO_PRODUCTION_URL).hostname or ""
PRODUCTION_DOMAIN = "ovo.id"

# Headers the workbench computes itself for every call: a custom header must not replace them.
RESERVED_HEADERS = frozenset(
    name.lower()
    for name in (
        "Authorization",
        "CHANNEL-ID",
        "Connection",
        "Content-Length",
        "Content-Type",
        "Host",
        "Transfer-Encoding",
        "X-CLIENT-KEY",
        "X-EXTERNAL-ID",
        "X-PARTNER-ID",
        "X-SIGNATURE",
        "X-TIMESTAMP",
    )
)
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 7230 token: a header's name
_HOST_NAME = re.compile(r"(?!-)[A-Za-z0-9_-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9_-]{1,63}(?<!-))*\.?")
_PRINTABLE = re.compile(r"[\x20-\x7e]*")
# An additionalInfo key: an identifier, as SNAP's own keys are (preInquiryFlag), so it needs
# no escaping in JSON and reads the same in every log.
_INFO_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
MAX_INFO_VALUE = 256
MAX_KEY_BYTES = 1 << 20  # a PEM private key is a few KB; a megabyte is surely something else
MAX_CA_BUNDLE_BYTES = 16 << 20


def host_of(url: str) -> str:
    """The URL's host, lower case, without port, brackets or a trailing dot ('' if none)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


def is_production_url(url: str) -> bool:
    """Whether `url` points at OVO's live gateway (or any host of its domain)."""
    host = host_of(url)
    return host in (PRODUCTION_HOST, PRODUCTION_DOMAIN) or host.endswith("." + PRODUCTION_DOMAIN)


def check_base_url(value: str) -> str:
    """`value` as a base URL (scheme and host, maybe a port), without a trailing slash."""
    value = value.strip()
    if not value:
        return ""
    if not _PRINTABLE.fullmatch(value) or " " in value:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "it holds spaces, control characters or non-ASCII letters")
        )
    try:
        parts = urlsplit(value)
    except ValueError:  # e.g. an unclosed [IPv6 address
        raise ValueError(QT_TRANSLATE_NOOP("core", "it has no valid host name")) from None
    if parts.scheme.lower() not in ("http", "https") or not value.lower().startswith(
        ("http://", "https://")
    ):
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "must start with https:// (or http:// for a local server)")
        )
    if "@" in parts.netloc:
        raise ValueError(QT_TRANSLATE_NOOP("core", "it must not hold a user name or password"))
    if parts.path not in ("", "/") or parts.query or parts.fragment or "?" in value or "#" in value:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core", "it must be only https://host[:port]; each service's path is path.SERVICE"
            )
        )
    host = parts.hostname or ""
    if not host or not _valid_host(host, bracketed=parts.netloc.startswith("[")):
        raise ValueError(QT_TRANSLATE_NOOP("core", "it has no valid host name"))
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0 or parts.netloc.endswith(":"):
        raise ValueError(QT_TRANSLATE_NOOP("core", "its port is not a number from 1 to 65535"))
    return f"{parts.scheme.lower()}://{parts.netloc}"


def _valid_host(host: str, *, bracketed: bool) -> bool:
    if bracketed:
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    return bool(_HOST_NAME.fullmatch(host))


def check_header(name: str, value: str) -> str:
    """A custom header's value (outer spaces removed), if the name and value can be sent."""
    if not _TOKEN.fullmatch(name):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core", "a header's name is letters, digits and - only (e.g. X-SCOPE-ID)"
            )
        )
    if name.lower() in RESERVED_HEADERS:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "the workbench sets {header} itself for every call").format(
                header=name
            )
        )
    return check_header_value(value)


def check_header_value(value: str) -> str:
    """`value` without outer spaces, if it is printable ASCII (it goes into a header)."""
    value = value.strip(" \t")
    if not _PRINTABLE.fullmatch(value):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core", "only printable ASCII characters, no line breaks, can go into a header"
            )
        )
    return value


def check_info_key(key: str) -> str:
    """An additionalInfo key, if it is an identifier (letters, digits, _; at most 64)."""
    if not _INFO_KEY.fullmatch(key):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core",
                "an additionalInfo key is a letter or _ followed by letters, digits or _ "
                "(at most 64, e.g. preInquiryFlag)",
            )
        )
    return key


def check_info_value(value: str) -> str:
    """An additionalInfo value (outer spaces removed): printable ASCII, at most 256."""
    value = value.strip(" \t")
    if not _PRINTABLE.fullmatch(value) or len(value) > MAX_INFO_VALUE:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core",
                "an additionalInfo value is printable ASCII on one line, at most {size} characters",
            ).format(size=MAX_INFO_VALUE)
        )
    return value


def check_service_path(value: str) -> str:
    if not value.startswith("/"):
        raise ValueError(QT_TRANSLATE_NOOP("core", "a path starts with /"))
    if not _PRINTABLE.fullmatch(value) or " " in value:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "it holds spaces, control characters or non-ASCII letters")
        )
    return value


def check_readable_file(value: str, max_bytes: int) -> Path:
    """The absolute path of an existing, readable file of at most `max_bytes`."""
    try:
        path = Path(value).expanduser().resolve()
        if not path.exists():
            raise ValueError(QT_TRANSLATE_NOOP("core", "there is no such file"))
        if not path.is_file():
            raise ValueError(QT_TRANSLATE_NOOP("core", "it is not a file"))
        with path.open("rb") as handle:
            too_big = len(handle.read(max_bytes + 1)) > max_bytes
    except OSError as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "it cannot be read ({error})").format(
                error=exc.strerror or exc
            )
        ) from None
    except RuntimeError:  # a symlink loop, on older Pythons
        raise ValueError(QT_TRANSLATE_NOOP("core", "there is no such file")) from None
    if too_big:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "it is larger than {size} MB: not the file meant").format(
                size=max_bytes >> 20
            )
        )
    return path


def check_ca_bundle(value: str) -> Path:
    """An existing PEM file of CA certificates that Python's ssl can load."""
    import ssl

    path = check_readable_file(value, MAX_CA_BUNDLE_BYTES)
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=str(path))
    except (OSError, ssl.SSLError, ValueError) as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP("core", "it holds no PEM certificates ({error})").format(
                error=getattr(exc, "reason", None) or exc
            )
        ) from None
    return path
