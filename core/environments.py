"""Environments (Sandbox, Staging, Production and the user's own) and settings.json.

settings.json never holds a secret: client secrets and passphrases go to the keyring
(`core.secrets`), or in no-keyring mode stay inside OVO's encrypted files
(`core.kept_credentials`). It is rewritten whole and atomically, so a crash
while saving leaves the previous settings, never half of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from core import environment_rules as rules
from core.atomic_files import FileToWrite, write_files
from core.errors import BadInput
from core.snap.profile import (
    ADDITIONAL_INFO_SERVICES,
    CUSTOMER_NAME_SOURCES,
    OVO_PRODUCTION_URL,
    OVO_STAGING_URL,
    Service,
    SnapProfile,
)
from core.snap.signatures import Encoding
from core.snap.timestamps import TimestampFormat
from core.texts import QT_TRANSLATE_NOOP, Text

SANDBOX, STAGING, PRODUCTION = "Sandbox", "Staging", "Production"
KINDS = ("sandbox", "staging", "production", "custom")


@dataclass(frozen=True)
class Environment:
    name: str
    kind: str = "custom"
    base_url: str = ""  # empty for the Sandbox: the embedded server's address is used
    profile: SnapProfile = field(default_factory=SnapProfile)
    client_id: str | None = None
    partner_id: str | None = None
    channel_id: str | None = None
    signing_key: str | None = None  # path of the SNAP signing private key
    # path of the exchange private key that opens OVO's credential files kept under the
    # home (`core.kept_credentials`): no-keyring mode recovers the client secret with it
    exchange_key: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    ca_bundle: str | None = None

    @property
    def is_production(self) -> bool:
        """See `is_production`: the one answer the command line and the window use."""
        return is_production(self)

    @property
    def is_sandbox(self) -> bool:
        return self.kind == "sandbox" and not is_production(self)

    @property
    def category(self) -> str:
        """The kind as the user must see it: production whenever `is_production`."""
        return "production" if is_production(self) else self.kind

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "profile"}
        out["profile"] = self.profile.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Environment:
        """An environment from settings.json; ValueError saying which value is of the wrong
        type (the file may have been edited by hand)."""
        if not isinstance(data, dict):
            raise ValueError("it is not an object")
        values: dict = {"name": data["name"]}
        for key in ("kind", "base_url"):
            if key in data:
                values[key] = _text(data[key], key)
        if values.get("kind", "custom") not in KINDS:
            raise ValueError(f"kind is {values['kind']!r}, not one of {', '.join(KINDS)}")
        for key in (
            "client_id",
            "partner_id",
            "channel_id",
            "signing_key",
            "exchange_key",
            "ca_bundle",
        ):
            if data.get(key) is not None:
                values[key] = _text(data[key], key)
        for key in ("connect_timeout", "read_timeout"):
            if key in data:
                seconds = data[key]
                if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                    raise ValueError(f"{key} is not a number")
                if not 0 < seconds <= 600:  # NaN and infinity too
                    raise ValueError(f"{key} is {seconds}, not from 0 to 600 seconds")
                values[key] = float(seconds)
        try:
            profile = SnapProfile.from_dict(data.get("profile", {}))
        except ValueError as exc:
            raise ValueError(f"profile: {exc}") from None
        return cls(profile=profile, **values)


def _text(value: object, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{key} is not text")
    return value


def is_production(env: Environment) -> bool:
    """Whether money moving in `env` is real, whatever else its settings say: its kind is
    production, it is the built-in Production, or it points at OVO's production host.
    Production always asks before a top-up and only ever talks https://."""
    return (
        env.kind == "production"
        or env.name.strip().lower() == PRODUCTION.lower()
        or rules.is_production_url(env.base_url)
    )


def default_environments() -> dict[str, Environment]:
    return {
        SANDBOX: Environment(SANDBOX, "sandbox"),
        STAGING: Environment(STAGING, "staging", OVO_STAGING_URL),
        PRODUCTION: Environment(PRODUCTION, "production", OVO_PRODUCTION_URL),
    }


# --- `env set NAME SETTING VALUE` -----------------------------------------------------------

_SERVICES = {s.name.lower(): s for s in Service}
SETTINGS_HELP = {
    "base_url": QT_TRANSLATE_NOOP("core", "https://host (no path); empty for the embedded sandbox"),
    "client_id": QT_TRANSLATE_NOOP("core", "the client ID from OVO's credential file"),
    "partner_id": QT_TRANSLATE_NOOP(
        "core", "X-PARTNER-ID when OVO gave one other than the client ID"
    ),
    "channel_id": QT_TRANSLATE_NOOP("core", "CHANNEL-ID (at most 5 characters)"),
    "signing_key": QT_TRANSLATE_NOOP("core", "path of your SNAP signing private key (private.pem)"),
    "exchange_key": QT_TRANSLATE_NOOP(
        "core",
        "path of your credential-exchange private key (id_rsa.pem), which opens the copies "
        "of OVO's files kept for no-keyring mode",
    ),
    "connect_timeout": QT_TRANSLATE_NOOP("core", "seconds"),
    "read_timeout": QT_TRANSLATE_NOOP("core", "seconds"),
    "ca_bundle": QT_TRANSLATE_NOOP("core", "path of extra CA certificates (PEM), or empty"),
    "kind": QT_TRANSLATE_NOOP("core", "sandbox, staging, production or custom"),
    "path.SERVICE": QT_TRANSLATE_NOOP("core", "path of a service: {services}").format(
        services=", ".join(_SERVICES)
    ),
    "token_signature_encoding": QT_TRANSLATE_NOOP("core", "base64 or hex"),
    "service_signature_encoding": QT_TRANSLATE_NOOP("core", "hex or base64"),
    "timestamp_format": QT_TRANSLATE_NOOP("core", "millis or seconds"),
    "sign_query_string": QT_TRANSLATE_NOOP("core", "yes or no"),
    "header.SERVICE.NAME": QT_TRANSLATE_NOOP(
        "core", "a custom header for a service (empty value removes it)"
    ),
    "topup.customer_name": QT_TRANSLATE_NOOP(
        "core",
        "customerName in the top-up: none (OVO's sample sends none) or inquiry (the name "
        "as the account inquiry masked it)",
    ),
    "topup.fee_amount": QT_TRANSLATE_NOOP(
        "core", "yes or no: send the inquiry's fee as feeAmount in the top-up"
    ),
    "topup.session_id": QT_TRANSLATE_NOOP(
        "core", "yes or no: send the inquiry's sessionId in the top-up"
    ),
    "additional_info.SERVICE.KEY": QT_TRANSLATE_NOOP(
        "core",
        "an additionalInfo entry of account_inquiry or topup requests, e.g. "
        "additional_info.topup.preInquiryFlag N (empty value removes it)",
    ),
}
_PATTERNS = ("path.SERVICE", "header.SERVICE.NAME", "additional_info.SERVICE.KEY")


def _help_for(setting: str) -> str:
    """The help of a setting, or of the pattern (path.SERVICE, ...) it is an instance of."""
    if setting in SETTINGS_HELP:
        return SETTINGS_HELP[setting]
    for pattern in _PATTERNS:
        if setting.startswith(pattern.split(".", 1)[0] + "."):
            return SETTINGS_HELP[pattern]
    return ""


def _reason(exc: Exception) -> object:
    """Why a value was refused: the workbench's own words (a `Text`, translatable) when it
    raised the error itself, else the library's error as it is."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Text) else exc


def _shown(value: str) -> str:
    """A refused value as it can be printed: control characters escaped, long ones cut."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
    return text if len(text) <= 80 else text[:77] + "..."


def apply_setting(env: Environment, setting: str, value: str) -> Environment:
    """`env` with one setting changed, or BadInput naming the setting and its values."""
    return apply_settings(env, {setting: value})


def apply_settings(env: Environment, changes: dict[str, str]) -> Environment:
    """`env` with several settings changed (the Settings dialog's Save): all of them, or
    BadInput for the first that cannot be used. Production's rules are checked on the
    result, so changing kind and base_url together does not trip over the order."""
    before = env
    for setting, value in changes.items():
        env = _apply(env, setting, value)
    leaves_production = before.kind == "production" and env.kind != "production"
    if "kind" in changes and leaves_production and is_production(env):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} moves real money (it is the built-in Production, or points at "
                "OVO's production host), so its kind stays production.",
            ).format(name=env.name),
            QT_TRANSLATE_NOOP(
                "core", "To rehearse, add an environment of your own: env add NAME --like Staging"
            ),
        )
    if ("kind" in changes or "base_url" in changes) and env != before:
        _require_https(env, set_now=True)
    return env


def _require_https(env: Environment, *, set_now: bool) -> None:
    """Production's token, signed calls and money never travel over plain HTTP."""
    if is_production(env) and env.base_url and not env.base_url.lower().startswith("https://"):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} moves real money, so it talks only https://; {url} would send the "
                "token and signed calls unencrypted.",
            ).format(name=env.name, url=env.base_url),
            (
                QT_TRANSLATE_NOOP("core", "Use an https:// address, e.g. {url}.")
                if set_now
                else QT_TRANSLATE_NOOP(
                    "core",
                    "Nothing was sent. Set an https:// address: env set {name} base_url {url}",
                )
            ).format(name=env.name, url=OVO_PRODUCTION_URL),
        )


def check_usable(env: Environment) -> None:
    """BadInput, before any request leaves, when the environment's settings (a settings.json
    edited by hand included) cannot be used for a call: every text setting passes the
    checks of `env set` again, and Production must be https://."""
    profile = env.profile
    texts = {
        "base_url": env.base_url,
        "client_id": env.client_id or "",
        "partner_id": env.partner_id or "",
        "channel_id": env.channel_id or "",
        **{f"path.{s.name.lower()}": p for s, p in profile.paths.items()},
    }
    for service, headers in profile.custom_headers.items():
        for name, value in headers.items():
            texts[f"header.{service.name.lower()}.{name}"] = value
    for service, entries in profile.additional_info.items():
        for key, value in entries.items():
            texts[f"additional_info.{service.name.lower()}.{key}"] = value
    for setting, value in texts.items():
        _apply(env, setting, value)
    _require_https(env, set_now=False)


def _apply(env: Environment, setting: str, value: str) -> Environment:
    profile = env.profile
    try:
        if setting in ("base_url",):
            return replace(env, base_url=rules.check_base_url(value))
        if setting in ("client_id", "partner_id", "channel_id"):
            value = rules.check_header_value(value)
            if setting == "channel_id" and len(value) > 5:
                raise ValueError(QT_TRANSLATE_NOOP("core", "CHANNEL-ID has at most 5 characters"))
            text_change: dict[str, Any] = {setting: value or None}
            return replace(env, **text_change)
        if setting in ("signing_key", "exchange_key"):
            path = rules.check_readable_file(value, rules.MAX_KEY_BYTES) if value else None
            path_change: dict[str, Any] = {setting: str(path) if path else None}
            return replace(env, **path_change)
        if setting == "ca_bundle":
            path = rules.check_ca_bundle(value) if value else None
            return replace(env, ca_bundle=str(path) if path else None)
        if setting in ("connect_timeout", "read_timeout"):
            seconds_change: dict[str, Any] = {setting: _seconds(float(value))}
            return replace(env, **seconds_change)
        if setting == "kind":
            if value not in KINDS:
                raise ValueError(
                    QT_TRANSLATE_NOOP("core", "must be one of {kinds}").format(
                        kinds=", ".join(KINDS)
                    )
                )
            return replace(env, kind=value)
        if setting.startswith("path."):
            service = _SERVICES[setting.removeprefix("path.")]
            value = rules.check_service_path(value)
            return replace(
                env, profile=profile.with_changes(paths={**profile.paths, service: value})
            )
        if setting in ("token_signature_encoding", "service_signature_encoding"):
            return replace(env, profile=profile.with_changes(**{setting: Encoding(value)}))
        if setting == "timestamp_format":
            return replace(
                env, profile=profile.with_changes(timestamp_format=TimestampFormat(value))
            )
        if setting == "sign_query_string":
            flag = {"yes": True, "true": True, "no": False, "false": False}[value.lower()]
            return replace(env, profile=profile.with_changes(sign_query_string=flag))
        if setting.startswith("header."):
            _, service_name, header = [*setting.split(".", 2), "", ""][:3]
            service = _SERVICES[service_name]
            value = rules.check_header(header, value)
            headers = {s: dict(h) for s, h in profile.custom_headers.items()}
            headers.setdefault(service, {})
            if value:
                headers[service][header] = value
            else:
                headers[service].pop(header, None)
            return replace(env, profile=profile.with_changes(custom_headers=headers))
        if setting == "topup.customer_name":
            if value.strip().lower() not in CUSTOMER_NAME_SOURCES:
                raise ValueError(
                    QT_TRANSLATE_NOOP("core", "must be one of {choices}").format(
                        choices=", ".join(CUSTOMER_NAME_SOURCES)
                    )
                )
            return replace(
                env, profile=profile.with_changes(topup_customer_name=value.strip().lower())
            )
        if setting in ("topup.fee_amount", "topup.session_id"):
            attribute = "topup_" + setting.removeprefix("topup.")
            return replace(env, profile=profile.with_changes(**{attribute: _yes_no(value)}))
        if setting.startswith("additional_info."):
            return replace(env, profile=_with_additional_info(profile, setting, value))
    except (KeyError, ValueError) as exc:
        allowed = _help_for(setting)
        problem = (
            # a header's value may be something secret pasted by mistake: never repeated
            QT_TRANSLATE_NOOP("core", "This value cannot be used for {setting}: {error}.").format(
                setting=_shown(setting), error=_reason(exc)
            )
            if setting.startswith("header.")
            else QT_TRANSLATE_NOOP(
                "core", "'{value}' cannot be used for {setting}: {error}."
            ).format(value=_shown(value), setting=_shown(setting), error=_reason(exc))
        )
        raise BadInput(
            problem,
            QT_TRANSLATE_NOOP("core", "{setting}: {allowed}").format(
                setting=_shown(setting), allowed=allowed
            )
            if allowed
            else QT_TRANSLATE_NOOP("core", "See `env set --help` for the settings."),
        ) from None
    raise BadInput(
        QT_TRANSLATE_NOOP("core", "There is no setting called '{setting}'.").format(
            setting=_shown(setting)
        ),
        QT_TRANSLATE_NOOP("core", "Settings: {settings}").format(settings=", ".join(SETTINGS_HELP)),
    )


def _yes_no(value: str) -> bool:
    flags = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}
    try:
        return flags[value.strip().lower()]
    except KeyError:
        raise ValueError(QT_TRANSLATE_NOOP("core", "must be yes or no")) from None


def _with_additional_info(profile: SnapProfile, setting: str, value: str) -> SnapProfile:
    """`additional_info.SERVICE.KEY VALUE`: the entry set, or removed by an empty value."""
    _, service_name, key = [*setting.split(".", 2), "", ""][:3]
    service = _SERVICES.get(service_name)
    if service not in ADDITIONAL_INFO_SERVICES:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "core", "additionalInfo is set for {services} requests only, not '{service}'"
            ).format(
                services=" and ".join(s.name.lower() for s in ADDITIONAL_INFO_SERVICES),
                service=service_name,
            )
        )
    key = rules.check_info_key(key)
    value = rules.check_info_value(value)
    info = {s: dict(i) for s, i in profile.additional_info.items()}
    entries = info.setdefault(service, {})
    if value:
        entries[key] = value
    else:
        entries.pop(key, None)
    return profile.with_changes(additional_info={s: i for s, i in info.items() if i})


def _seconds(seconds: float) -> float:
    if not 0 < seconds <= 600:  # NaN is refused here too
        raise ValueError(QT_TRANSLATE_NOOP("core", "must be between 0 and 600 seconds"))
    return float(seconds)


# --- settings.json -------------------------------------------------------------------------


class Settings:
    """settings.json: environments and preferences, and nothing secret."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.environments = default_environments()
        self.preferences: dict = {}
        if path.exists():
            self._load()

    def _load(self) -> None:
        """Read the file, or BadInput naming it: a damaged file is never replaced (nothing
        is saved while it cannot be read), so whatever the user had in it stays there."""
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core", "The settings file {path} cannot be read: {error}."
                ).format(path=self.path, error=exc.strerror or exc),
                QT_TRANSLATE_NOOP("core", "Check the file's permissions, then try again."),
            ) from None
        try:
            environments, preferences = _parse_settings(json.loads(raw.decode("utf-8")))
        except (ValueError, RecursionError) as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "The settings file {path} is damaged: {error}.").format(
                    path=self.path, error=exc
                ),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Fix or delete it; the workbench then starts with its default environments.",
                ),
            ) from None
        self.environments.update(environments)
        self.preferences = preferences

    def environment(self, name: str) -> Environment:
        for key, env in self.environments.items():
            if key.lower() == name.lower():
                return env
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "There is no environment called '{name}'.").format(name=name),
            QT_TRANSLATE_NOOP("core", "Environments: {names} (`env list`).").format(
                names=", ".join(self.environments)
            ),
        )

    def put(self, env: Environment) -> None:
        self.environments[env.name] = env
        self.save()

    def save(self) -> None:
        data = {
            "environments": {n: e.to_dict() for n, e in self.environments.items()},
            "preferences": self.preferences,
        }
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        write_files([FileToWrite(self.path, text.encode("utf-8"))], overwrite=True)


# The preferences other modules read, and the type each must have. The journal's limits are
# not here: `Retention.from_preferences` falls back to its defaults for an unusable one.
_PREFERENCE_TYPES: dict[str, type | tuple[type, ...]] = {
    "language": str,
    "key_folders": dict,
    "public_keys_sent": dict,
    "token_auto_refresh": bool,
    "window": dict,  # the window's size and maximised state (gui/window_geometry.py)
}


def _parse_settings(data: object) -> tuple[dict[str, Environment], dict]:
    """settings.json's environments and preferences, or ValueError saying what is wrong."""
    _require_utf8(data)
    if not isinstance(data, dict):
        raise ValueError("it does not hold a JSON object")
    environments = data.get("environments", {})
    preferences = data.get("preferences", {})
    if not isinstance(environments, dict):
        raise ValueError("'environments' is not an object")
    if not isinstance(preferences, dict):
        raise ValueError("'preferences' is not an object")
    parsed = {}
    for name, env in environments.items():
        if not name.strip():
            raise ValueError("an environment has no name")
        try:
            parsed[name] = Environment.from_dict(
                {**env, "name": name} if isinstance(env, dict) else env
            )
        except ValueError as exc:
            raise ValueError(f"environment {name!r}: {exc}") from None
    for key, wanted in _PREFERENCE_TYPES.items():
        if key in preferences and not isinstance(preferences[key], wanted):
            raise ValueError(f"preference {key!r} is of the wrong type")
    for key, wanted in (("key_folders", str), ("public_keys_sent", list)):
        if any(not isinstance(v, wanted) for v in preferences.get(key, {}).values()):
            raise ValueError(f"preference {key!r} is of the wrong type")
    return parsed, dict(preferences)


def _require_utf8(data: object) -> None:
    """Every text in the file can be written back: JSON's escapes allow lone surrogates,
    which would make the next save fail."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            item.encode("utf-8")  # UnicodeEncodeError is a ValueError
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
