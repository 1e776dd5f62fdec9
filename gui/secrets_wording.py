"""Where the secrets live, in the user's language: `core.secrets` describes its store in
English ("OS keyring (Secret Service)", "this session only (no OS keyring is available)");
these are the same facts, translated."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Secrets", "...")


def where_secrets_live(description: str) -> str:
    no_keyring = re.fullmatch(r"no-keyring mode \((.+)\)", description)
    if no_keyring:
        return translate(
            "Secrets", "OVO's encrypted files in the workbench home (no-keyring mode: {reason})"
        ).format(reason=why_no_keyring(no_keyring.group(1)))
    keyring = re.fullmatch(r"OS keyring \((.+)\)", description)
    if keyring:
        return translate("Secrets", "the OS keyring ({backend})").format(backend=keyring.group(1))
    session = re.fullmatch(r"this session only(?: \((.+)\))?", description)
    if session:
        reason = session.group(1)
        if not reason:
            return translate("Secrets", "this session only")
        return translate("Secrets", "this session only ({reason})").format(
            reason=why_no_keyring(reason)
        )
    return description


def why_no_keyring(reason: str) -> str:
    if reason == "WORKBENCH_NO_KEYRING=1":
        return translate("Secrets", "WORKBENCH_NO_KEYRING=1 is set")
    if reason == "no OS keyring is available":
        return translate("Secrets", "no OS keyring is available")
    timeout = re.fullmatch(r"the OS keyring did not answer within (.+) s", reason)
    if timeout:
        return translate("Secrets", "the OS keyring did not answer within {seconds} s").format(
            seconds=timeout.group(1)
        )
    failed = re.fullmatch(r"the OS keyring failed: (.+)", reason)
    if failed:
        return translate("Secrets", "the OS keyring failed ({error})").format(error=failed.group(1))
    if reason == "screenshots":
        return translate("Secrets", "a screenshot session")
    return reason


def is_no_keyring(description: str) -> bool:
    return description.startswith("no-keyring mode (")


def session_only_warning(description: str) -> str:
    return translate(
        "Secrets",
        "Secrets are kept for this session only: {why}. They are never written to a file; "
        "you will be asked again next time.",
    ).format(why=where_secrets_live(description))


def secret_kept_sentence(description: str) -> str:
    """Where the client secret is, as one whole sentence per case: composing "is in
    {where}" from fragments read as broken grammar in Indonesian."""
    keyring = re.fullmatch(r"OS keyring \((.+)\)", description)
    if keyring:
        return translate("Secrets", "The client secret is in the OS keyring ({backend}).").format(
            backend=keyring.group(1)
        )
    no_keyring = re.fullmatch(r"no-keyring mode \((.+)\)", description)
    if no_keyring:
        return translate(
            "Secrets",
            "The client secret stays inside OVO's encrypted files in the workbench home, "
            "opened with your exchange key's passphrase (no-keyring mode: {reason}).",
        ).format(reason=why_no_keyring(no_keyring.group(1)))
    session = re.fullmatch(r"this session only(?: \((.+)\))?", description)
    if session:
        if not session.group(1):
            return translate("Secrets", "The client secret is kept for this session only.")
        return translate(
            "Secrets", "The client secret is kept for this session only: {reason}."
        ).format(reason=why_no_keyring(session.group(1)))
    return translate("Secrets", "The client secret is kept in: {where}.").format(where=description)
