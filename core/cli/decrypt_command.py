"""`decrypt`: open OVO's key.bin.enc + cred_file.enc with the exchange private key."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from core import keys
from core.atomic_files import PRIVATE_MODE, FileToWrite, refuse_existing, write_files
from core.cli.key_commands import load_private_key_file
from core.cli.output import emit_fields, emit_json, emit_notes
from core.cli.passphrases import KEY_PASSPHRASE_ENV
from core.credential_files import open_credential_files
from core.credentials import FIELD_LABELS, FIELDS, mask
from core.errors import BadInput

# Extra fields whose names suggest a secret are masked like the client secret.
_SECRET_NAME = re.compile(r"secret|password|passphrase|passwd|token|private|pin\b", re.I)


def _check_destinations(args: argparse.Namespace) -> None:
    """Every argument that says where results go, checked before anything is decrypted or
    written: a wrong --save-to must not leave the decrypted text behind in --out."""
    if args.save_to:
        from core.environments import Settings
        from core.paths import workbench_home

        Settings(workbench_home() / "settings.json").environment(args.save_to)
    if args.out is not None:
        _refuse_unwritable(args.out)
        if not args.force:
            refuse_existing([args.out])


def _refuse_unwritable(out: Path) -> None:
    if out.is_dir():
        raise BadInput(
            f"--out {out} is a folder.", "Give the path of a file to write, e.g. cred_file.txt."
        )
    folder = out.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the folders that would be made are made inside this one
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise BadInput(
            f"--out {out} cannot be written: you may not write in {folder}.",
            "Choose a folder of your own for --out.",
        )


def cmd_decrypt(args: argparse.Namespace) -> int:
    _check_destinations(args)
    loaded, _ = load_private_key_file(args.private_key, args.passphrase_file)
    keys.require_rsa(loaded, keys.Role.EXCHANGE, args.private_key.name)
    opened_files = open_credential_files(loaded, args.key_file, args.cred_file, args.private_key)
    opened, record = opened_files.envelope, opened_files.record
    notes = list(opened_files.notes)
    if args.save_to and (not record.client_id or not record.client_secret):
        raise BadInput(
            "The credentials lack a client ID or client secret; nothing was saved or written.",
            "Look at the decrypted text (decrypt without --save-to, --reveal-secret) and ask "
            "OVO for what is missing.",
        )
    if args.save_to:  # first: a keyring that fails then leaves no file behind either
        from core.cli.flow_commands import save_decrypted

        where = save_decrypted(args.save_to, opened_files)
        notes.append(f"Saved to the {args.save_to} environment; the client secret is in {where}.")
    if args.out is not None:
        write_files(
            [FileToWrite(args.out, opened.plaintext.encode("utf-8"), PRIVATE_MODE)],
            overwrite=args.force,
        )
        notes.append(f"The decrypted text was written to {args.out} (readable by you only).")
    notes += opened_files.missing_notes

    extra = {
        name: (value if args.reveal_secret or not _SECRET_NAME.search(name) else mask(value))
        for name, value in record.extra.items()
    }
    if args.json:
        out = {"ok": True, **record.as_dict(reveal=args.reveal_secret)}
        out.update(
            extra=extra,
            key_bin_padding=opened.key_bin_padding,
            kdf=opened.kdf.ident,
            out=str(args.out) if args.out else None,
            notes=notes,
        )
        emit_json(out)
        return 0

    cred_name = opened_files.cred_name
    print(f"Decrypted {cred_name} with {args.private_key.name}.")
    rows = []
    for name in FIELDS:
        value = getattr(record, name)
        if name == "client_secret" and value and not args.reveal_secret:
            value = f"{record.masked_secret}  (masked; --reveal-secret shows it)"
        rows.append((FIELD_LABELS[name], value))
    rows += list(extra.items())
    emit_fields(rows)
    if record.shape == "unknown" or record.unparsed_lines:
        unknown = record.raw if record.shape == "unknown" else "\n".join(record.unparsed_lines)
        print("The file holds text the workbench could not read as fields; here it is as is:")
        for line in unknown.splitlines():
            print(f"  | {line}")
    emit_notes(notes)
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "decrypt",
        help="open the key.bin.enc and cred_file.enc OVO sent you",
        description=(
            "Decrypt OVO's credential files exactly as the SOP's two commands "
            "(`openssl rsautl -decrypt` and `openssl enc -d -aes-256-cbc ... -md sha256`) "
            "would, without writing key.bin or any partial output. Prints the client ID, "
            "partner ID, channel ID and the client secret masked. Tells you plainly when the "
            "passphrase is wrong, the key is not the one these files were made for, a file "
            "is truncated or not what it should be, or the two files were given the other "
            "way round (they are then used the right way round). The key's passphrase comes "
            f"from --passphrase-file, the {KEY_PASSPHRASE_ENV} variable, or a prompt."
        ),
    )
    parser.add_argument(
        "--private-key",
        type=Path,
        required=True,
        metavar="F",
        help="your credential-exchange private key (id_rsa.pem)",
    )
    parser.add_argument("--key-file", type=Path, required=True, metavar="key.bin.enc")
    parser.add_argument("--cred-file", type=Path, required=True, metavar="cred_file.enc")
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="file whose first line is the private key's passphrase",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="also write the decrypted text to FILE (readable by you only)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--save-to",
        metavar="ENV",
        help="save the credentials to environment ENV (the secret into the keyring; the two "
        "encrypted files are kept under the home, where no-keyring mode opens them)",
    )
    parser.add_argument(
        "--reveal-secret", action="store_true", help="show the client secret instead of masking it"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=cmd_decrypt)
