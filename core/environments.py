"""Environments (Sandbox, Staging, Production and the user's own) and settings.json.

settings.json never holds a secret: client secrets and passphrases go to the keyring
(`core.secrets`), tokens stay in memory. It is rewritten whole and atomically, so a crash
while saving leaves the previous settings, never half of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from core.atomic_files import FileToWrite, write_files
from core.errors import BadInput
from core.snap.profile import OVO_PRODUCTION_URL, OVO_STAGING_URL, Service, SnapProfile
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
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    ca_bundle: str | None = None

    @property
    def is_production(self) -> bool:
        return self.kind == "production"

    @property
    def is_sandbox(self) -> bool:
        return self.kind == "sandbox"

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "profile"}
        out["profile"] = self.profile.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict) -> Environment:
        known = {f.name for f in fields(cls)} - {"profile"}
        values = {k: v for k, v in data.items() if k in known}
        return cls(profile=SnapProfile.from_dict(data.get("profile", {})), **values)


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
}


def _reason(exc: Exception) -> object:
    """Why a value was refused: the workbench's own words (a `Text`, translatable) when it
    raised the error itself, else the library's error as it is."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Text) else exc


def apply_setting(env: Environment, setting: str, value: str) -> Environment:
    """`env` with one setting changed, or BadInput naming the setting and its values."""
    profile = env.profile
    try:
        if setting in ("base_url",):
            if value and not value.startswith(("http://", "https://")):
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "core", "must start with https:// (or http:// for a local server)"
                    )
                )
            return replace(env, base_url=value.rstrip("/"))
        if setting in ("client_id", "partner_id", "signing_key", "ca_bundle"):
            if setting in ("signing_key", "ca_bundle") and value:
                value = str(Path(value).expanduser().resolve())
            return replace(env, **{setting: value or None})
        if setting == "channel_id":
            if len(value) > 5:
                raise ValueError(QT_TRANSLATE_NOOP("core", "CHANNEL-ID has at most 5 characters"))
            return replace(env, channel_id=value or None)
        if setting in ("connect_timeout", "read_timeout"):
            seconds = float(value)
            if not 0 < seconds <= 600:
                raise ValueError(QT_TRANSLATE_NOOP("core", "must be between 0 and 600 seconds"))
            return replace(env, **{setting: seconds})
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
            if not value.startswith("/"):
                raise ValueError(QT_TRANSLATE_NOOP("core", "a path starts with /"))
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
            _, service_name, header = setting.split(".", 2)
            service = _SERVICES[service_name]
            headers = {s: dict(h) for s, h in profile.custom_headers.items()}
            headers.setdefault(service, {})
            if value:
                headers[service][header] = value
            else:
                headers[service].pop(header, None)
            return replace(env, profile=profile.with_changes(custom_headers=headers))
    except (KeyError, ValueError) as exc:
        allowed = SETTINGS_HELP.get(setting) or SETTINGS_HELP.get(
            "path.SERVICE" if setting.startswith("path.") else "header.SERVICE.NAME", ""
        )
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "'{value}' cannot be used for {setting}: {error}.").format(
                value=value, setting=setting, error=_reason(exc)
            ),
            QT_TRANSLATE_NOOP("core", "{setting}: {allowed}").format(
                setting=setting, allowed=allowed
            )
            if allowed
            else QT_TRANSLATE_NOOP("core", "See `env set --help` for the settings."),
        ) from None
    raise BadInput(
        QT_TRANSLATE_NOOP("core", "There is no setting called '{setting}'.").format(
            setting=setting
        ),
        QT_TRANSLATE_NOOP("core", "Settings: {settings}").format(settings=", ".join(SETTINGS_HELP)),
    )


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
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            for name, env in data.get("environments", {}).items():
                self.environments[name] = Environment.from_dict({**env, "name": name})
            self.preferences = dict(data.get("preferences", {}))
        except (ValueError, TypeError, KeyError) as exc:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core", "The settings file {path} is damaged ({kind}: {error})."
                ).format(path=self.path, kind=type(exc).__name__, error=exc),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Fix or delete it; the workbench then starts with its default environments.",
                ),
            ) from None

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
