"""`keygen exchange|signing`, `key info` and `key convert`."""

from __future__ import annotations

import argparse
from pathlib import Path

from core import key_files, keys
from core.atomic_files import refuse_existing
from core.cli.output import emit_fields, emit_json, emit_notes
from core.cli.passphrases import KEY_PASSPHRASE_ENV, NEW_PASSPHRASE_ENV, get_passphrase
from core.errors import BadInput

ENCRYPTED_NOTE = "The key is encrypted: give its passphrase to see its size, fingerprint and role."

NEXT_STEP = {
    keys.Role.EXCHANGE: (
        "Send {public} to OVO's PIS team. Keep {private} and its passphrase safe: you need "
        "both to decrypt the key.bin.enc and cred_file.enc that OVO sends back."
    ),
    keys.Role.SIGNING: (
        "Send {public} (PKCS#1 form, as the SOP asks) to OVO as your SNAP signing public "
        "key. {private} signs your access-token requests; never send it to anyone."
    ),
}


def read_input_file(path: Path, what: str) -> bytes:
    return key_files.read_key_bytes(path, what)


def load_private_key_file(
    path: Path, passphrase_file: Path | None
) -> tuple[keys.LoadedKey, bytes | None]:
    """Load a key, asking for its passphrase only if the file turns out to be encrypted."""
    data = read_input_file(path, "the key file")
    name = path.name
    try:
        return keys.load_key(data, None, name=name), None
    except keys.PassphraseNeeded:
        passphrase = get_passphrase(
            passphrase_file, KEY_PASSPHRASE_ENV, prompt=f"Passphrase for {name}: "
        )
        if passphrase is None:
            raise
        return keys.load_key(data, passphrase, name=name), passphrase


def _new_key_passphrase(args: argparse.Namespace, role: keys.Role) -> bytes | None:
    if getattr(args, "no_passphrase", False):
        return None
    passphrase = get_passphrase(
        args.passphrase_file,
        KEY_PASSPHRASE_ENV,
        prompt="Passphrase for the new private key: ",
        confirm=True,
    )
    if passphrase is None:
        extra = (
            ", or --no-passphrase for a plain key as the SOP's genrsa -traditional makes it"
            if role is keys.Role.SIGNING
            else ""
        )
        raise BadInput(
            "No passphrase for the new private key.",
            f"Give --passphrase-file FILE or set {KEY_PASSPHRASE_ENV}{extra}; "
            "or run the command in a terminal to type it.",
        )
    return passphrase


def _write_pair(pair: keys.KeyPairFiles, out: Path, force: bool) -> tuple[Path, Path]:
    written = key_files.write_pair(pair, out, overwrite=force)
    return written.private_path, written.public_path


def _report_pair(
    pair: keys.KeyPairFiles,
    private_path: Path,
    public_path: Path,
    as_json: bool,
    headline: str,
    notes: list[str],
) -> None:
    next_step = NEXT_STEP[pair.role].format(public=public_path.name, private=private_path.name)
    if as_json:
        emit_json(
            {
                "ok": True,
                "role": pair.role.value,
                "private_key": str(private_path),
                "public_key": str(public_path),
                "fingerprint_sha256": pair.fingerprint_sha256,
                "private_key_encrypted": b"ENCRYPTED" in pair.private_pem,
                "next_step": next_step,
                "notes": notes,
            }
        )
        return
    print(headline)
    emit_fields(
        [
            ("private key", f"{private_path}  (only you may read it)"),
            ("public key", public_path),
            ("fingerprint", f"SHA256 {pair.fingerprint_sha256}"),
        ]
    )
    emit_notes(notes)
    print(f"next: {next_step}")


def cmd_keygen(args: argparse.Namespace) -> int:
    role = keys.Role(args.role)
    out: Path = args.out
    if not args.force:
        # Ask nothing and generate nothing if the files could not be written anyway.
        refuse_existing(list(key_files.pair_paths(out, role)))
    passphrase = _new_key_passphrase(args, role)
    pair = keys.generate_pair(role, passphrase)
    private_path, public_path = _write_pair(pair, out, args.force)
    bits = keys.EXCHANGE_BITS if role is keys.Role.EXCHANGE else keys.SIGNING_BITS
    protection = "passphrase-protected" if passphrase is not None else "not passphrase-protected"
    _report_pair(
        pair,
        private_path,
        public_path,
        args.json,
        f"Made your {role.title}: RSA {bits}, private key {protection}.",
        [],
    )
    return 0


def cmd_key_info(args: argparse.Namespace) -> int:
    path: Path = args.file
    data = read_input_file(path, "the key file")
    loaded = keys.read_public_part(data, name=path.name)
    if loaded is None or (args.passphrase_file is not None and loaded.is_private):
        passphrase = get_passphrase(
            args.passphrase_file, KEY_PASSPHRASE_ENV, prompt=f"Passphrase for {path.name}: "
        )
        if passphrase is not None:
            loaded = keys.load_key(data, passphrase, name=path.name)
    if loaded is None:
        fmt = keys.detect_format(data, path.name)
        partial = {
            "ok": True,
            "file": str(path),
            "kind": "private",
            "format": fmt.ident,
            "format_description": fmt.label,
            "encrypted": True,
            "bits": None,
            "fingerprint_sha256": None,
            "notes": [ENCRYPTED_NOTE],
        }
        if args.json:
            emit_json(partial)
        else:
            emit_fields(
                [
                    ("file", path),
                    ("kind", "private key"),
                    ("format", fmt.label),
                    ("encrypted", "yes"),
                ]
            )
            emit_notes([ENCRYPTED_NOTE])
        return 0
    info = keys.describe(loaded)
    if args.json:
        emit_json({"ok": True, "file": str(path), **info.as_dict()})
        return 0
    encrypted = "no"
    if info.encrypted:
        encrypted = f"yes ({info.cipher})" if info.cipher else "yes"
    emit_fields(
        [
            ("file", path),
            ("kind", f"{info.kind} key"),
            ("type", f"{info.algorithm} {info.bits or ''}".strip()),
            ("format", info.format.label),
            ("encrypted", encrypted if info.kind == "private" else "-"),
            ("fingerprint", f"SHA256 {info.fingerprint_sha256}"),
        ]
    )
    for fit in info.roles:
        verdict = "fits" if fit.fits else "does not fit"
        print(f"  {verdict} the {fit.role.title}")
        for remark in fit.remarks:
            print(f"      - {remark}")
    emit_notes(info.notes)
    return 0


def cmd_key_convert(args: argparse.Namespace) -> int:
    role = keys.Role(args.role)
    loaded, old_passphrase = load_private_key_file(args.file, args.passphrase_file)
    keys.require_rsa(loaded, role, args.file.name)
    notes: list[str] = list(loaded.notes)
    wanted_bits = keys.EXCHANGE_BITS if role is keys.Role.EXCHANGE else keys.SIGNING_BITS
    if loaded.bits != wanted_bits:
        notes.append(
            f"This key has {loaded.bits} bits; the SOP asks for RSA {wanted_bits} for the "
            f"{role.title}. OVO may refuse it: `keygen {role.value}` makes one that fits."
        )
    if args.no_passphrase:
        if role is keys.Role.EXCHANGE:
            raise BadInput(
                "--no-passphrase is only for the signing key: the SOP's credential-exchange "
                "key is always passphrase-protected.",
                "Leave out --no-passphrase.",
            )
        new_passphrase = None
    else:
        new_passphrase = get_passphrase(
            args.new_passphrase_file,
            NEW_PASSPHRASE_ENV,
            prompt="Passphrase for the converted key: ",
            confirm=True,
        )
        if new_passphrase is None and old_passphrase is not None:
            new_passphrase = old_passphrase
            notes.append("The converted private key keeps the passphrase of the original.")
        if new_passphrase is None:
            raise BadInput(
                "No passphrase for the converted private key.",
                f"Give --new-passphrase-file FILE or set {NEW_PASSPHRASE_ENV}"
                + (
                    ", or --no-passphrase for a plain signing key"
                    if role is keys.Role.SIGNING
                    else ""
                )
                + "; or run the command in a terminal to type it.",
            )
    pair = keys.convert_pair(loaded, role, new_passphrase)
    private_path, public_path = _write_pair(pair, args.out, args.force)
    _report_pair(
        pair,
        private_path,
        public_path,
        args.json,
        f"Converted {args.file.name} ({loaded.format.label}) into the SOP's {role.title}.",
        notes,
    )
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    keygen = sub.add_parser(
        "keygen",
        help="generate the SOP's key pairs",
        description="Generate one of the two key pairs of OVO's SOP.",
    )
    keygen_sub = keygen.add_subparsers(dest="role", required=True, metavar="{exchange,signing}")
    exchange = keygen_sub.add_parser(
        "exchange",
        help="RSA 2048 pair for receiving your credentials (id_rsa.pem, id_rsa.pub.pem)",
        description=(
            "Make the credential-exchange pair, as the SOP's `openssl genrsa -des3 ... 2048` "
            "and `openssl rsa -pubout` would: DIR/id_rsa.pem (RSA 2048, encrypted with your "
            "passphrase, readable by you only) and DIR/id_rsa.pub.pem (BEGIN PUBLIC KEY), "
            "the file you send to OVO's PIS team. The passphrase comes from "
            f"--passphrase-file, the {KEY_PASSPHRASE_ENV} variable, or a prompt."
        ),
    )
    signing = keygen_sub.add_parser(
        "signing",
        help="RSA 4096 pair for SNAP signatures (private.pem, public.pem)",
        description=(
            "Make the SNAP signing pair, as the SOP's `openssl genrsa -traditional ... 4096` "
            "and `openssl rsa -RSAPublicKey_out` would: DIR/private.pem (BEGIN RSA PRIVATE "
            "KEY, encrypted with your passphrase, or plain with --no-passphrase) and "
            "DIR/public.pem (BEGIN RSA PUBLIC KEY), the file you send to OVO."
        ),
    )
    for parser in (exchange, signing):
        parser.add_argument(
            "--out",
            type=Path,
            required=True,
            metavar="DIR",
            help="folder for the two files (made if missing)",
        )
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="F",
            help="file whose first line is the new key's passphrase",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace key files already in DIR (the old keys are lost)",
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.set_defaults(handler=cmd_keygen)
    signing.add_argument(
        "--no-passphrase",
        action="store_true",
        help="write private.pem unencrypted, as `genrsa -traditional` does",
    )

    key = sub.add_parser(
        "key", help="inspect or convert a key file", description="Inspect or convert a key file."
    )
    key_sub = key.add_subparsers(dest="key_command", required=True, metavar="{info,convert}")
    info = key_sub.add_parser(
        "info",
        help="what a key file is and which SOP role it fits",
        description=(
            "Show a key file's type, size, format, whether it is encrypted, the SHA-256 "
            "fingerprint of its public key (the same for a private key and its public key; "
            "`openssl pkey -pubin -in PUB -outform DER | openssl dgst -sha256 -c` prints it "
            "too) and which of the SOP's roles it fits. Reads PKCS#1, PKCS#8, encrypted, DER "
            "and OpenSSH keys, and public keys in PEM, DER and ssh-rsa form."
        ),
    )
    info.add_argument("file", type=Path, metavar="FILE")
    info.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="file whose first line is the key's passphrase",
    )
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=cmd_key_info)

    convert = key_sub.add_parser(
        "convert",
        help="turn an existing key (e.g. an OpenSSH id_rsa) into the SOP's files",
        description=(
            "Write the SOP's files for ROLE from a private key you already have: OpenSSH "
            "(`BEGIN OPENSSH PRIVATE KEY`, which `openssl rsa` cannot read), PKCS#1, PKCS#8 "
            "or DER. exchange: DIR/id_rsa.pem (encrypted) and DIR/id_rsa.pub.pem; signing: "
            "DIR/private.pem and DIR/public.pem. The new file keeps the original's "
            "passphrase unless --new-passphrase-file or "
            f"{NEW_PASSPHRASE_ENV} gives another."
        ),
    )
    convert.add_argument("file", type=Path, metavar="FILE")
    convert.add_argument("--role", choices=[r.value for r in keys.Role], required=True)
    convert.add_argument("--out", type=Path, required=True, metavar="DIR")
    convert.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="file whose first line is FILE's passphrase",
    )
    convert.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="F",
        help="file whose first line is the converted key's passphrase",
    )
    convert.add_argument(
        "--no-passphrase",
        action="store_true",
        help="signing role only: write private.pem unencrypted",
    )
    convert.add_argument("--force", action="store_true", help="replace existing files in DIR")
    convert.add_argument("--json", action="store_true", help="print one JSON object")
    convert.set_defaults(handler=cmd_key_convert)
