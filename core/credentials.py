"""The decrypted credential text turned into a record, whatever shape OVO's file has.

OVO's PIS team writes `cred_file.txt` by hand or by script, and partners report JSON,
`key: value` lines and `key=value` lines, with names such as `clientId`, `Client ID` or
`X-CLIENT-KEY`. The record names the four fields the workbench needs, keeps everything
else under its own name, and keeps the raw text, so nothing in the file is ever lost.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from core.texts import QT_TRANSLATE_NOOP

FIELDS = ("client_id", "client_secret", "partner_id", "channel_id")

FIELD_LABELS = {
    "client_id": "Client ID",
    "client_secret": "Client secret",
    "partner_id": "Partner ID",
    "channel_id": "Channel ID",
}

# Names compared lower-case with everything but letters and digits removed.
_ALIASES = {
    "client_id": {"clientid", "clientkey", "xclientkey", "consumerkey", "clientidkey"},
    "client_secret": {
        "clientsecret",
        "secret",
        "secretkey",
        "clientsecretkey",
        "consumersecret",
        "xclientsecret",
    },
    "partner_id": {"partnerid", "xpartnerid"},
    "channel_id": {"channelid", "xchannelid", "channel", "channelidcode"},
}
_CANONICAL = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9 _.\-]{0,63}$")


@dataclass
class Credentials:
    """What OVO sent. `client_secret` is a secret: show it only through `masked_secret`."""

    client_id: str | None = None
    client_secret: str | None = None
    partner_id: str | None = None
    channel_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    raw: str = ""
    shape: str = "unknown"  # "json", "lines" or "unknown"
    found_as: dict[str, str] = field(default_factory=dict)  # field -> name in the file
    unparsed_lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        return [name for name in FIELDS if not getattr(self, name)]

    @property
    def masked_secret(self) -> str | None:
        return mask(self.client_secret) if self.client_secret else None

    def as_dict(self, *, reveal: bool = False) -> dict:
        """For `--json` and exports: the secret masked unless the user asked to reveal it.

        The raw text contains the secret too, so it is only included when revealing.
        """
        out: dict = {name: getattr(self, name) for name in FIELDS}
        out["client_secret"] = self.client_secret if reveal else self.masked_secret
        out.update(
            extra=dict(self.extra),
            shape=self.shape,
            found_as=dict(self.found_as),
            missing=self.missing,
            unparsed_lines=list(self.unparsed_lines) if reveal else len(self.unparsed_lines),
            notes=list(self.notes),
        )
        if reveal:
            out["raw"] = self.raw
        return out


def mask(secret: str) -> str:
    """Enough to tell two secrets apart, not enough to use one; length is not revealed."""
    return "********" + secret[-4:] if len(secret) > 12 else "********"


def canonical_field(name: str) -> str | None:
    return _CANONICAL.get(re.sub(r"[^a-z0-9]", "", name.lower()))


def parse_credentials(text: str) -> Credentials:
    """A record from the decrypted text. Never raises; an unknown shape keeps the raw text."""
    record = Credentials(raw=text)
    pairs = _json_pairs(text)
    if pairs is not None:
        record.shape = "json"
    else:
        pairs = _line_pairs(text, record.unparsed_lines)
        if pairs:
            record.shape = "lines"
    for name, value in pairs:
        target = canonical_field(name)
        if target is None:
            record.extra[_unique(record.extra, name)] = value
        elif getattr(record, target) is None:
            setattr(record, target, value)
            record.found_as[target] = name
        else:
            record.extra[_unique(record.extra, name)] = value
            if getattr(record, target) != value:
                record.notes.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The file names {field_labels} twice with different values "
                        "('{found_as}' and '{name}'); the first is used, the other is "
                        "kept under its own name.",
                    ).format(
                        field_labels=FIELD_LABELS[target],
                        found_as=record.found_as[target],
                        name=name,
                    )
                )
    if record.shape == "unknown":
        record.notes.append(
            QT_TRANSLATE_NOOP(
                "core", "The file's layout was not recognised; its text is kept as it is."
            )
        )
    return record


def _json_pairs(text: str) -> list[tuple[str, str]] | None:
    try:
        # Numbers stay as written: a channel ID of 00123 must not become 123.
        value = json.loads(text, parse_int=str, parse_float=str)
        if not isinstance(value, dict):
            return None
        pairs: list[tuple[str, str]] = []
        _flatten(value, "", pairs)
    except (ValueError, RecursionError):
        # RecursionError: nesting deeper than Python parses; no credential file is like
        # that, so its text is kept as it is, like any other layout not recognised.
        return None
    return pairs


def _flatten(obj: dict, prefix: str, out: list[tuple[str, str]]) -> None:
    for key, value in obj.items():
        if isinstance(value, dict):
            _flatten(value, f"{prefix}{key}.", out)
        elif isinstance(value, str):
            out.append((f"{prefix}{key}" if canonical_field(str(key)) is None else str(key), value))
        elif value is None:
            continue
        else:
            out.append((f"{prefix}{key}", json.dumps(value)))


def _line_pairs(text: str, unparsed: list[str]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith(("#", "//", ";")):
            continue
        line = line.removeprefix("export ").strip()
        match = re.match(r"^(.*?)\s*(?::|=|\t)\s*(.*)$", line)
        if match and _KEY.match(match.group(1).strip()):
            key = match.group(1).strip().strip("\"'")
            value = match.group(2).strip().rstrip(",").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            pairs.append((key, value))
        else:
            unparsed.append(raw_line)
    return pairs


def _unique(existing: dict[str, str], name: str) -> str:
    candidate, n = name, 2
    while candidate in existing:
        candidate, n = f"{name} ({n})", n + 1
    return candidate
