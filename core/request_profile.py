"""The request profile as a person sees and sets it: the optional body fields as `env set`
settings, the ready presets, and each service path's version.

A preset is a set of `env set` settings, so it passes the same checks, is saved the same
way (all or nothing) and can be shown as the changes it makes. Presets cover the body
fields only: the path version is what OVO assigns a partner, not part of a sample, so it
stays a setting of its own (`path.topup`), named next to every preset's result.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.errors import BadInput
from core.snap.profile import OVO_PATHS, Service, SnapProfile, path_version
from core.texts import QT_TRANSLATE_NOOP, Text

# The path OVO's sample log (the SOP) posts the top-up to.
SAMPLE_TOPUP_PATH = "/OVOSNAP/v1.0/emoney/topup"


@dataclass(frozen=True)
class Preset:
    name: str
    title: Text
    settings: dict[str, str]  # the body-field settings, as `env set` takes them


def body_settings(profile: SnapProfile) -> dict[str, str]:
    """The profile's optional body fields as `env set` settings and values."""
    values = {
        "topup.customer_name": profile.topup_customer_name,
        "topup.fee_amount": "yes" if profile.topup_fee_amount else "no",
        "topup.session_id": "yes" if profile.topup_session_id else "no",
    }
    for service, entries in profile.additional_info.items():
        for key, value in entries.items():
            values[f"additional_info.{service.name.lower()}.{key}"] = value
    return values


PRESETS = {
    # OVO's sample top-up (the SOP's log): no customerName, feeAmount or sessionId, and
    # these two additionalInfo entries. The sample shows no inquiry request, so nothing
    # is invented for the inquiry: its additionalInfo stays empty.
    "ovo-sample": Preset(
        "ovo-sample",
        QT_TRANSLATE_NOOP("core", "OVO's sample top-up, as in the SOP's log"),
        {
            "topup.customer_name": "none",
            "topup.fee_amount": "no",
            "topup.session_id": "no",
            "additional_info.topup.preInquiryFlag": "N",
            "additional_info.topup.senderInstitutionID": "999",
        },
    ),
    # The workbench's defaults: feeAmount and sessionId from the inquiry, no customerName,
    # an empty additionalInfo.
    "snap-default": Preset(
        "snap-default",
        QT_TRANSLATE_NOOP("core", "the workbench's defaults"),
        body_settings(SnapProfile()),
    ),
}


def preset(name: str) -> Preset:
    """The preset called `name`, or BadInput listing the presets."""
    found = PRESETS.get(name.strip().lower())
    if found is None:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "There is no preset called '{name}'.").format(
                name=name if len(name) <= 40 else name[:39] + "…"
            ),
            QT_TRANSLATE_NOOP("core", "Presets: {presets}.").format(
                presets="; ".join(f"{p.name} ({p.title})" for p in PRESETS.values())
            ),
        )
    return found


def preset_changes(profile: SnapProfile, name: str) -> dict[str, str]:
    """The settings that give `profile` exactly the preset's body fields: the values that
    differ, and an empty value (removal) for each additionalInfo entry the preset lacks."""
    target = preset(name).settings
    current = body_settings(profile)
    changes = {k: v for k, v in target.items() if current.get(k) != v}
    changes.update({k: "" for k in current if k not in target})
    return changes


def path_note(profile: SnapProfile, service: Service) -> Text:
    """A service path's version and whether it is OVO's published default (SNAP.md)."""
    path = profile.path(service)
    version = path_version(path) or QT_TRANSLATE_NOOP("core", "no version")
    default = OVO_PATHS[service]
    if path == default:
        return QT_TRANSLATE_NOOP("core", "{version}, OVO's published path").format(version=version)
    return QT_TRANSLATE_NOOP("core", "{version}, changed from OVO's published {default}").format(
        version=version, default=path_version(default) or default
    )


def path_advice(env_name: str, profile: SnapProfile) -> Text:
    """Why the top-up's version is what it is, and how to use the sample's instead."""
    path = profile.path(Service.TOPUP)
    if path == SAMPLE_TOPUP_PATH:
        return QT_TRANSLATE_NOOP(
            "core", "The top-up posts to {path}, as OVO's sample log does."
        ).format(path=path)
    return QT_TRANSLATE_NOOP(
        "core",
        "The top-up posts to {path} ({version}); OVO's sample log posts to {sample}. If OVO "
        "gave you v1.0: env set {name} path.topup {sample}",
    ).format(
        path=path,
        version=path_version(path) or "-",
        sample=SAMPLE_TOPUP_PATH,
        name=env_name if " " not in env_name else f'"{env_name}"',
    )
