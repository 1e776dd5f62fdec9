"""The SOP's key files in a folder: what is there, making, importing and exporting them.

`core.keys` knows keys as bytes; this module knows them as the files a partner keeps
(`id_rsa.pem`, `id_rsa.pub.pem`, `private.pem`, `public.pem`) so that the command line
and the window read, write and describe them the same way. Files are written through
`core.atomic_files`: a pair lands whole or not at all, and an existing key is replaced
only when the caller says the user agreed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core import keys
from core.atomic_files import (
    PRIVATE_MODE,
    PUBLIC_MODE,
    FileToWrite,
    refuse_existing,
    write_files,
)
from core.errors import BadInput
from core.input_files import KEY_FILE_LIMIT, read_input_file
from core.texts import QT_TRANSLATE_NOOP

PAIR_NAMES = {
    keys.Role.EXCHANGE: (keys.EXCHANGE_PRIVATE_FILE, keys.EXCHANGE_PUBLIC_FILE),
    keys.Role.SIGNING: (keys.SIGNING_PRIVATE_FILE, keys.SIGNING_PUBLIC_FILE),
}
ROLE_BITS = {keys.Role.EXCHANGE: keys.EXCHANGE_BITS, keys.Role.SIGNING: keys.SIGNING_BITS}
FOR_OVO_TEXT_FILE = "fingerprints-for-ovo.txt"

# The SOP's own commands, for partners who must show how their keys were made.
OPENSSL_COMMANDS = {
    keys.Role.EXCHANGE: (
        "openssl genrsa -des3 -out id_rsa.pem 2048",
        "openssl rsa -in id_rsa.pem -outform PEM -pubout -out id_rsa.pub.pem",
    ),
    keys.Role.SIGNING: (
        "openssl genrsa -traditional -out private.pem 4096",
        "openssl rsa -in private.pem -RSAPublicKey_out -out public.pem",
    ),
}
OPENSSL_FINGERPRINT_COMMAND = (
    "openssl pkey -pubin -in {public} -outform DER | openssl dgst -sha256 -c"
)
OPENSSL_DECRYPT_COMMANDS = (
    "openssl rsautl -decrypt -inkey id_rsa.pem -in key.bin.enc -out key.bin",
    "openssl enc -d -aes-256-cbc -in cred_file.enc -out cred_file.txt -pass file:./key.bin "
    "-md sha256",
)


def pair_paths(folder: Path, role: keys.Role) -> tuple[Path, Path]:
    private_name, public_name = PAIR_NAMES[role]
    return folder / private_name, folder / public_name


def read_key_bytes(path: Path, what: str = QT_TRANSLATE_NOOP("core", "the key file")) -> bytes:
    """A key file's bytes, through the bounded reader: a device, a pipe or a huge file given
    by mistake is refused with a message instead of being read without end."""
    return read_input_file(path, what, KEY_FILE_LIMIT)


def load_private_key(path: Path, passphrase: bytes | None) -> keys.LoadedKey:
    """Read a key file with the passphrase given (None: raise `PassphraseNeeded` if the key
    turns out to be encrypted). A passphrase given for a plain key is not an error."""
    return keys.load_key(read_key_bytes(path), passphrase, name=path.name)


@dataclass(frozen=True)
class WrittenPair:
    role: keys.Role
    private_path: Path
    public_path: Path
    fingerprint_sha256: str
    private_encrypted: bool


def write_pair(pair: keys.KeyPairFiles, folder: Path, *, overwrite: bool = False) -> WrittenPair:
    """Both files of a pair, together or not at all; the private one readable by you only."""
    private_path, public_path = folder / pair.private_name, folder / pair.public_name
    write_files(
        [
            FileToWrite(private_path, pair.private_pem, PRIVATE_MODE),
            FileToWrite(public_path, pair.public_pem, PUBLIC_MODE),
        ],
        overwrite=overwrite,
    )
    return WrittenPair(
        pair.role,
        private_path,
        public_path,
        pair.fingerprint_sha256,
        b"ENCRYPTED" in pair.private_pem,
    )


def generate_pair_files(
    role: keys.Role, passphrase: bytes | None, folder: Path, *, overwrite: bool = False
) -> WrittenPair:
    """Generate the SOP's pair for `role` into `folder`. CPU-heavy for RSA 4096 (run it in a
    worker thread from a window). Refuses before generating if a file is in the way."""
    if not overwrite:
        refuse_existing(list(pair_paths(folder, role)))
    return write_pair(keys.generate_pair(role, passphrase), folder, overwrite=overwrite)


def import_private_key(
    source: Path,
    role: keys.Role,
    passphrase: bytes | None,
    new_passphrase: bytes | None,
    folder: Path,
    *,
    overwrite: bool = False,
) -> tuple[WrittenPair, list[str]]:
    """The SOP's files for `role` from a private key the partner already has (OpenSSH,
    PKCS#1, PKCS#8, DER), with notes on where it strays from the SOP."""
    if not overwrite:
        refuse_existing(list(pair_paths(folder, role)))
    loaded = load_private_key(source, passphrase)
    keys.require_rsa(loaded, role, source.name)
    notes = list(loaded.notes)
    if loaded.bits != ROLE_BITS[role]:
        notes.append(
            QT_TRANSLATE_NOOP(
                "core",
                "This key has {bits} bits; the SOP asks for RSA {role_bits} for "
                "the {title}. OVO may refuse it.",
            ).format(bits=loaded.bits, role_bits=ROLE_BITS[role], title=role.title)
        )
    if new_passphrase is None and role is keys.Role.EXCHANGE:
        new_passphrase = passphrase
    pair = keys.convert_pair(loaded, role, new_passphrase)
    return write_pair(pair, folder, overwrite=overwrite), notes


@dataclass(frozen=True)
class PairStatus:
    """What a folder holds for one role, read without any passphrase."""

    role: keys.Role
    private_path: Path
    public_path: Path
    private_exists: bool
    public_exists: bool
    fingerprint_sha256: str | None  # of the public key file, when it can be read
    bits: int | None
    problem: str | None  # the public file is there but cannot be read as a key

    @property
    def complete(self) -> bool:
        return self.private_exists and self.public_exists and self.problem is None


def pair_status(folder: Path, role: keys.Role, *, read: bool = True) -> PairStatus:
    """What the folder holds for `role`. `read=False` looks at the files' presence only
    (no fingerprint, no check of the public key): the window's first frame, which is
    drawn before `cryptography` loads, and corrected right after it."""
    private_path, public_path = pair_paths(folder, role)
    fingerprint = bits = problem = None
    if read and public_path.exists():
        try:
            loaded = keys.load_key(read_key_bytes(public_path), None, name=public_path.name)
            fingerprint, bits = keys.fingerprint(loaded.public_key), loaded.bits
        except BadInput as exc:
            problem = exc.problem
    return PairStatus(
        role,
        private_path,
        public_path,
        private_path.exists(),
        public_path.exists(),
        fingerprint,
        bits,
        problem,
    )


@dataclass(frozen=True)
class PublicKeysExport:
    folder: Path
    files: tuple[Path, ...]


def export_public_keys(
    key_folder: Path, destination: Path, text: str, *, overwrite: bool = False
) -> PublicKeysExport:
    """Copy the two public keys OVO needs (id_rsa.pub.pem, public.pem) into `destination`
    with `text` (the fingerprints for the e-mail) beside them. Never a private key."""
    sources = [pair_paths(key_folder, role)[1] for role in keys.Role]
    missing = [p.name for p in sources if not p.exists()]
    if missing:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "Not exported: {files} is missing in {folder}.").format(
                files=", ".join(missing), folder=key_folder
            ),
            QT_TRANSLATE_NOOP("core", "Generate or import both key pairs first."),
        )
    files = [FileToWrite(destination / p.name, p.read_bytes(), PUBLIC_MODE) for p in sources]
    files.append(FileToWrite(destination / FOR_OVO_TEXT_FILE, text.encode("utf-8"), PUBLIC_MODE))
    write_files(files, overwrite=overwrite)
    return PublicKeysExport(destination, tuple(f.path for f in files))
