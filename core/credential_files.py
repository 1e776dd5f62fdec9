"""Opening the two files OVO sends (key.bin.enc, cred_file.enc) from disk, for any front end.

`core.envelope` decrypts bytes and `core.credentials` reads the text; this joins them the
way both the `decrypt` command and the window's Credentials tab need: read the files,
decrypt with the exchange private key, parse, and collect every note a person should read.
Nothing is written: no `key.bin`, no plaintext file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core import keys
from core.credentials import FIELD_LABELS, Credentials, parse_credentials
from core.envelope import DecryptedEnvelope, decrypt_credentials
from core.input_files import ENC_FILE_LIMIT, read_input_file
from core.kept_credentials import OvoFiles
from core.key_files import load_private_key
from core.texts import QT_TRANSLATE_NOOP


@dataclass
class OpenedCredentials:
    record: Credentials
    envelope: DecryptedEnvelope
    notes: list[str]  # from the key, the envelope and the parser, in that order
    missing_notes: list[str] = field(default_factory=list)  # fields OVO's file lacks
    cred_name: str = "cred_file.enc"  # the file that held the credentials (after a swap)
    # the two files the right way round, to keep under the home (`core.kept_credentials`);
    # `exchange_key` is set by whoever knows the key's path
    key_bin_enc: bytes = field(default=b"", repr=False)
    cred_file_enc: bytes = field(default=b"", repr=False)
    exchange_key: Path | None = None

    def ovo_files(self) -> OvoFiles | None:
        if self.exchange_key is None:
            return None
        return OvoFiles(self.key_bin_enc, self.cred_file_enc, self.exchange_key)


def open_credential_files(
    private_key: keys.LoadedKey,
    key_file: Path,
    cred_file: Path,
    private_key_file: Path | None = None,
) -> OpenedCredentials:
    """Decrypt OVO's files with an already loaded exchange private key (read from
    `private_key_file`, which is then remembered with the files)."""
    key_bin_enc = read_input_file(
        key_file, QT_TRANSLATE_NOOP("core", "the key file (key.bin.enc)"), ENC_FILE_LIMIT
    )
    cred_file_enc = read_input_file(
        cred_file, QT_TRANSLATE_NOOP("core", "the credential file (cred_file.enc)"), ENC_FILE_LIMIT
    )
    rsa_key = keys.require_rsa(private_key, keys.Role.EXCHANGE, "the private key")
    opened = decrypt_credentials(
        rsa_key, key_bin_enc, cred_file_enc, key_name=key_file.name, cred_name=cred_file.name
    )
    record = parse_credentials(opened.plaintext)
    return OpenedCredentials(
        record=record,
        envelope=opened,
        notes=list(private_key.notes) + opened.notes + record.notes,
        missing_notes=missing_field_notes(record),
        cred_name=(key_file if opened.swapped else cred_file).name,
        key_bin_enc=cred_file_enc if opened.swapped else key_bin_enc,
        cred_file_enc=key_bin_enc if opened.swapped else cred_file_enc,
        exchange_key=private_key_file,
    )


def decrypt_files(
    private_key_file: Path, passphrase: bytes | None, key_file: Path, cred_file: Path
) -> OpenedCredentials:
    """The whole step from paths: what a window runs in a worker thread. Raises
    `keys.PassphraseNeeded` / `keys.WrongPassphrase` / `EnvelopeError` with a person's
    message."""
    loaded = load_private_key(private_key_file, passphrase)
    keys.require_rsa(loaded, keys.Role.EXCHANGE, private_key_file.name)
    return open_credential_files(loaded, key_file, cred_file, private_key_file)


def missing_field_notes(record: Credentials) -> list[str]:
    notes: list[str] = []
    missing = record.missing
    if "partner_id" in missing and record.client_id:
        missing.remove("partner_id")
        notes.append(
            QT_TRANSLATE_NOOP(
                "core", "No partner ID in the file: OVO uses the client ID as X-PARTNER-ID."
            )
        )
    if missing:
        labels = ", ".join(FIELD_LABELS[name] for name in missing)
        notes.append(
            QT_TRANSLATE_NOOP(
                "core", "Not found in the file: {labels}. Ask OVO's PIS team for it."
            ).format(labels=labels)
        )
    return notes
