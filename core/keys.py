"""RSA keys as OVO's SOP asks for them, and every form a partner may already hold.

The SOP has two key pairs: the credential-exchange pair (RSA 2048, passphrase-protected
private key, public key as `BEGIN PUBLIC KEY`) that OVO encrypts the client credentials
for, and the SNAP signing pair (RSA 4096, `BEGIN RSA PRIVATE KEY`, public key in PKCS#1
form) whose public half OVO uses to check access-token signatures. Partners arrive with
keys made by OpenSSL 1.1 or 3, LibreSSL, ssh-keygen or PuTTY; this module recognises all
of them, says which is which, and turns them into the forms OVO wants.

`cryptography` is imported by the functions that use it, not here: the window imports this
module for its file names and roles, and loading the library would add some 40 ms to the
built program's time to first paint.
"""

from __future__ import annotations

import base64
import binascii
import struct
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from core.envelope import looks_like_enc_file, looks_like_web_page
from core.errors import BadInput
from core.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes, PublicKeyTypes

EXCHANGE_BITS = 2048
SIGNING_BITS = 4096
MIN_PASSPHRASE_BYTES = 4  # OpenSSL refuses shorter ones when it encrypts a key.
# OpenSSL reads at most this much of a PEM passphrase (its PEM_BUFSIZE of 1024, less the
# terminating NUL): a longer one could encrypt a key that `openssl` can never open again.
MAX_PASSPHRASE_BYTES = 1023
# Smaller RSA keys are breakable; OVO's SOP asks 2048 (exchange) and 4096 (signing).
MIN_RSA_BITS = 2048
# Larger keys are no SOP's: a 16,384-bit key takes half a minute to check on every load.
MAX_RSA_BITS = 8192
# An RSA private key of MAX_RSA_BITS is some 4.7 KB of DER. An encrypted key hides its
# size until decrypted (and checked, the slow part), so a container beyond this is refused
# on its length alone.
_MAX_PRIVATE_DER_BYTES = 6 * 1024
# bcrypt rounds of an encrypted OpenSSH key (`ssh-keygen -a`, default 16): each takes some
# 10 ms, so a damaged count (a flipped bit makes it 2**31) would hang the program for days.
MAX_OPENSSH_KDF_ROUNDS = 1000

EXCHANGE_PRIVATE_FILE = "id_rsa.pem"
EXCHANGE_PUBLIC_FILE = "id_rsa.pub.pem"
SIGNING_PRIVATE_FILE = "private.pem"
SIGNING_PUBLIC_FILE = "public.pem"


class Role(Enum):
    """The two key pairs of OVO's SOP."""

    EXCHANGE = "exchange"
    SIGNING = "signing"

    @property
    def title(self) -> str:
        return {
            Role.EXCHANGE: QT_TRANSLATE_NOOP(
                "core", "credential-exchange key (SOP: id_rsa.pem / id_rsa.pub.pem, RSA 2048)"
            ),
            Role.SIGNING: QT_TRANSLATE_NOOP(
                "core", "SNAP signing key (SOP: private.pem / public.pem, RSA 4096, PKCS#1)"
            ),
        }[self]


class KeyFormat(Enum):
    """Every container a key may come in, with the words a user would recognise."""

    PKCS1_PEM = ("pkcs1-pem", "PKCS#1 PEM (BEGIN RSA PRIVATE KEY)", True)
    PKCS8_PEM = ("pkcs8-pem", "PKCS#8 PEM (BEGIN PRIVATE KEY)", True)
    PKCS8_ENCRYPTED_PEM = (
        "pkcs8-encrypted-pem",
        "encrypted PKCS#8 PEM (BEGIN ENCRYPTED PRIVATE KEY)",
        True,
    )
    PKCS1_DER = ("pkcs1-der", "PKCS#1 DER (binary)", True)
    PKCS8_DER = ("pkcs8-der", "PKCS#8 DER (binary)", True)
    PKCS8_ENCRYPTED_DER = ("pkcs8-encrypted-der", "encrypted PKCS#8 DER (binary)", True)
    OPENSSH = ("openssh", "OpenSSH private key (BEGIN OPENSSH PRIVATE KEY)", True)
    SPKI_PEM = ("spki-pem", "public key PEM (BEGIN PUBLIC KEY)", False)
    PKCS1_PUBLIC_PEM = ("pkcs1-public-pem", "PKCS#1 public key PEM (BEGIN RSA PUBLIC KEY)", False)
    SPKI_DER = ("spki-der", "public key DER (binary SubjectPublicKeyInfo)", False)
    PKCS1_PUBLIC_DER = ("pkcs1-public-der", "PKCS#1 public key DER (binary)", False)
    OPENSSH_PUBLIC = ("openssh-public", "OpenSSH public key (ssh-rsa ...)", False)
    SSH2_PUBLIC = ("ssh2-public", "SSH2 public key (BEGIN SSH2 PUBLIC KEY)", False)

    def __init__(self, ident: str, label: str, private: bool) -> None:
        self.ident = ident
        self.label = label
        self.private = private


@dataclass
class LoadedKey:
    """A key read from a file, with what the file said about itself."""

    public_key: PublicKeyTypes
    format: KeyFormat
    encrypted: bool
    private_key: PrivateKeyTypes | None = None
    cipher: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def is_private(self) -> bool:
        return self.format.private

    @property
    def algorithm(self) -> str:
        return key_algorithm(self.public_key)

    @property
    def bits(self) -> int | None:
        return getattr(self.public_key, "key_size", None)


@dataclass(frozen=True)
class RoleFit:
    role: Role
    fits: bool
    remarks: tuple[str, ...]


@dataclass(frozen=True)
class KeyInfo:
    kind: str  # "private" or "public"
    algorithm: str
    bits: int | None
    format: KeyFormat
    encrypted: bool
    cipher: str | None
    fingerprint_sha256: str
    roles: tuple[RoleFit, ...]
    notes: tuple[str, ...]

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "type": self.algorithm,
            "bits": self.bits,
            "format": self.format.ident,
            "format_description": self.format.label,
            "encrypted": self.encrypted,
            "cipher": self.cipher,
            "fingerprint_sha256": self.fingerprint_sha256,
            "roles": [
                {"role": r.role.value, "fits": r.fits, "remarks": list(r.remarks)}
                for r in self.roles
            ],
            "notes": list(self.notes),
        }


# --- errors a person can act on ------------------------------------------------------


class PassphraseNeeded(BadInput):
    """The key is encrypted and no passphrase was given (front ends may then ask)."""


class WrongPassphrase(BadInput):
    pass


class NotAKey(BadInput):
    pass


class UnsupportedKey(BadInput):
    pass


# --- recognising a file ------------------------------------------------------------------

_PEM_LABELS = {
    b"RSA PRIVATE KEY": KeyFormat.PKCS1_PEM,
    b"PRIVATE KEY": KeyFormat.PKCS8_PEM,
    b"ENCRYPTED PRIVATE KEY": KeyFormat.PKCS8_ENCRYPTED_PEM,
    b"OPENSSH PRIVATE KEY": KeyFormat.OPENSSH,
    b"PUBLIC KEY": KeyFormat.SPKI_PEM,
    b"RSA PUBLIC KEY": KeyFormat.PKCS1_PUBLIC_PEM,
}

_BOM = b"\xef\xbb\xbf"  # Windows Notepad's "UTF-8 with BOM"

_PUTTY_FIX = QT_TRANSLATE_NOOP(
    "core",
    "Convert it with PuTTYgen, then use the converted file: on the command line "
    "`puttygen KEY.ppk -O private-openssh -o id_rsa.pem`, or in the PuTTYgen window "
    "load the key and choose Conversions > Export OpenSSH key.",
)


def detect_format(data: bytes, name: str = QT_TRANSLATE_NOOP("core", "the file")) -> KeyFormat:
    """Tell which key container `data` is, or raise a message saying what it is instead."""
    text = data.removeprefix(_BOM).strip()
    if not text:
        raise NotAKey(
            QT_TRANSLATE_NOOP("core", "{name} is empty.").format(name=name),
            QT_TRANSLATE_NOOP("core", "Choose the key file itself; it may not have been saved."),
        )
    if text.startswith(b"PuTTY-User-Key-File-"):
        raise UnsupportedKey(
            QT_TRANSLATE_NOOP(
                "core", "{name} is a PuTTY .ppk key, which OVO's commands cannot read."
            ).format(name=name),
            _PUTTY_FIX,
        )
    if text.startswith(b"---- BEGIN SSH2 PUBLIC KEY ----"):
        return KeyFormat.SSH2_PUBLIC
    if text.startswith((b"ssh-rsa ", b"ssh-ed25519 ", b"ecdsa-sha2-", b"ssh-dss ")):
        return KeyFormat.OPENSSH_PUBLIC
    begin = text.find(b"-----BEGIN ")
    if begin >= 0:
        end = text.find(b"-----", begin + 11)
        label = text[begin + 11 : end] if end > 0 else b""
        if label in _PEM_LABELS:
            return _PEM_LABELS[label]
        raise _not_a_key(name, label.decode("ascii", "replace"))
    der = _der_shape(data, name)
    if der is not None:
        return der
    raise _not_a_key(name, None, data)


def _not_a_key(name: str, pem_label: str | None, data: bytes = b"") -> BadInput:
    fix = QT_TRANSLATE_NOOP(
        "core",
        "Choose the private key (.pem) you generated, or the public key file you want to check.",
    )
    if pem_label is not None:
        what = {
            "CERTIFICATE": QT_TRANSLATE_NOOP("core", "a certificate, not a key"),
            "CERTIFICATE REQUEST": QT_TRANSLATE_NOOP("core", "a certificate request, not a key"),
            "EC PRIVATE KEY": QT_TRANSLATE_NOOP("core", "an EC key; OVO's SOP needs RSA keys"),
            "DSA PRIVATE KEY": QT_TRANSLATE_NOOP("core", "a DSA key; OVO's SOP needs RSA keys"),
        }.get(pem_label) or QT_TRANSLATE_NOOP(
            "core", "a PEM file of the kind '{label}', which is not a key"
        ).format(label=pem_label)
        return UnsupportedKey(
            QT_TRANSLATE_NOOP("core", "{name} is {what}.").format(name=name, what=what), fix
        )
    if looks_like_enc_file(data):
        return NotAKey(
            QT_TRANSLATE_NOOP(
                "core", "{name} is an encrypted credential file (like cred_file.enc), not a key."
            ).format(name=name),
            fix,
        )
    if looks_like_web_page(data):
        return NotAKey(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is a web page, not a key: the download saved a page instead of the file.",
            ).format(name=name),
            QT_TRANSLATE_NOOP(
                "core", "Download the file again (the link may have expired or needed a login)."
            ),
        )
    return NotAKey(
        QT_TRANSLATE_NOOP("core", "{name} is not a key file the workbench recognises.").format(
            name=name
        ),
        fix,
    )


def _der_shape(data: bytes, name: str) -> KeyFormat | None:
    """Tell the binary key forms apart by their outer ASN.1 structure."""
    try:
        body, rest = _der_read(data, 0x30)
        if rest:
            return None
        first_tag = body[0]
        _, after_first = _der_read(body, first_tag)
        second_tag = after_first[0] if after_first else None
    except (IndexError, ValueError):
        return None
    if first_tag == 0x02 and second_tag == 0x30:
        if body[:3] == b"\x02\x01\x03":
            raise UnsupportedKey(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} is a PKCS#12 bundle (.p12/.pfx: a key with its "
                    "certificate), not a key file.",
                ).format(name=name),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Take the key out of it with OpenSSL: `openssl pkcs12 -in "
                    "bundle.p12 -nocerts -out id_rsa.pem`, then use id_rsa.pem.",
                ),
            )
        return KeyFormat.PKCS8_DER  # version, algorithm, key
    if first_tag == 0x02 and second_tag == 0x02:
        # RSAPrivateKey starts version, n, e, d...; RSAPublicKey is just n, e.
        count = 0
        remaining = body
        try:
            while remaining:
                _, remaining = _der_read(remaining, 0x02)
                count += 1
        except (IndexError, ValueError):
            return None  # a sequence of integers that is not one: not a key we know
        return KeyFormat.PKCS1_DER if count > 2 else KeyFormat.PKCS1_PUBLIC_DER
    if first_tag == 0x30 and second_tag == 0x04:
        return KeyFormat.PKCS8_ENCRYPTED_DER
    if first_tag == 0x30 and second_tag == 0x03:
        return KeyFormat.SPKI_DER
    return None


def _der_read(data: bytes, tag: int) -> tuple[bytes, bytes]:
    if data[0] != tag:
        raise ValueError("unexpected tag")
    length = data[1]
    offset = 2
    if length & 0x80:
        count = length & 0x7F
        if not 0 < count <= 4:
            raise ValueError("bad length")
        length = int.from_bytes(data[2 : 2 + count], "big")
        offset += count
    if offset + length > len(data):
        raise ValueError("truncated")
    return data[offset : offset + length], data[offset + length :]


# --- loading --------------------------------------------------------------------------


def load_key(
    data: bytes,
    passphrase: bytes | None = None,
    *,
    name: str = QT_TRANSLATE_NOOP("core", "the key file"),
) -> LoadedKey:
    """Read any supported key. Raises `PassphraseNeeded` if it is encrypted and none given.

    A passphrase given for a key that is not encrypted is not an error: the key is read and
    a note says the passphrase was not needed.
    """
    data = data.removeprefix(_BOM)
    fmt = detect_format(data, name)
    if not fmt.private:
        return _load_public(data, fmt, name)
    _refuse_oversized_private(data, fmt, name)
    encrypted, cipher = _encryption_of(data, fmt, name)
    if encrypted and passphrase is None:
        raise PassphraseNeeded(
            QT_TRANSLATE_NOOP("core", "{name} is protected by a passphrase.").format(name=name),
            QT_TRANSLATE_NOOP(
                "core",
                "Give the passphrase (--passphrase-file, the "
                "WORKBENCH_PASSPHRASE variable, or type it when asked).",
            ),
        )
    notes: list[str] = []
    if not encrypted and passphrase is not None:
        notes.append(
            QT_TRANSLATE_NOOP(
                "core",
                "This key is not protected by a passphrase; the passphrase given was not needed.",
            )
        )
        passphrase = None
    private = _load_private(data, fmt, passphrase, name)
    return LoadedKey(
        public_key=private.public_key(),
        private_key=private,
        format=fmt,
        encrypted=encrypted,
        cipher=cipher,
        notes=notes,
    )


def read_public_part(
    data: bytes, *, name: str = QT_TRANSLATE_NOOP("core", "the key file")
) -> LoadedKey | None:
    """The public key of a file without its passphrase, where the format allows it.

    OpenSSH private keys carry their public key in the clear; for other encrypted keys
    this returns None, and for unencrypted ones the key is simply loaded.
    """
    from cryptography.hazmat.primitives import serialization

    data = data.removeprefix(_BOM)
    fmt = detect_format(data, name)
    if not fmt.private:
        return _load_public(data, fmt, name)
    _refuse_oversized_private(data, fmt, name)
    encrypted, cipher = _encryption_of(data, fmt, name)
    if not encrypted:
        return load_key(data, None, name=name)
    if fmt is KeyFormat.OPENSSH:
        blob = _openssh_fields(data, name)["public_blob"]
        try:
            public = serialization.load_ssh_public_key(_ssh_line(blob))
        except (ValueError, struct.error):
            raise _damaged_openssh(name) from None
        return LoadedKey(public_key=public, format=fmt, encrypted=True, cipher=cipher)
    return None


def _encryption_of(data: bytes, fmt: KeyFormat, name: str) -> tuple[bool, str | None]:
    if fmt in (KeyFormat.PKCS8_ENCRYPTED_PEM, KeyFormat.PKCS8_ENCRYPTED_DER):
        return True, _pkcs8_cipher(data, fmt)
    if fmt is KeyFormat.PKCS1_PEM:
        for line in data.splitlines():
            if line.startswith(b"DEK-Info:"):
                return True, line.split(b":", 1)[1].split(b",")[0].strip().decode(
                    "ascii", "replace"
                )
        return False, None
    if fmt is KeyFormat.OPENSSH:
        cipher = _openssh_fields(data, name)["cipher"]
        return (cipher != "none"), (None if cipher == "none" else cipher)
    return False, None


# DER encodings of the cipher OIDs an encrypted PKCS#8 key names (PBES2 or PBES1).
_PKCS8_CIPHERS = (
    (bytes.fromhex("0609608648016503040102"), "AES-128-CBC"),
    (bytes.fromhex("0609608648016503040116"), "AES-192-CBC"),
    (bytes.fromhex("060960864801650304012a"), "AES-256-CBC"),
    (bytes.fromhex("06082a864886f70d0307"), "DES-EDE3-CBC"),
    (bytes.fromhex("06052b0e030207"), "DES-CBC"),
    (bytes.fromhex("060a2a864886f70d010c0103"), "PBE-SHA1-3DES"),
    (bytes.fromhex("06092a864886f70d010503"), "PBE-MD5-DES"),
)


def _pkcs8_cipher(data: bytes, fmt: KeyFormat) -> str:
    der = data
    if fmt is KeyFormat.PKCS8_ENCRYPTED_PEM:
        lines = data.strip().splitlines()
        try:
            der = base64.b64decode(b"".join(line.strip() for line in lines[1:-1]))
        except binascii.Error:
            return "PKCS#8"
    for oid, cipher in _PKCS8_CIPHERS:
        if oid in der[:120]:
            return cipher
    return "PKCS#8"


def _load_private(
    data: bytes, fmt: KeyFormat, passphrase: bytes | None, name: str
) -> PrivateKeyTypes:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    try:
        if fmt is KeyFormat.OPENSSH:
            return serialization.load_ssh_private_key(data, passphrase)
        if fmt in (KeyFormat.PKCS1_DER, KeyFormat.PKCS8_DER, KeyFormat.PKCS8_ENCRYPTED_DER):
            return serialization.load_der_private_key(data, passphrase)
        return serialization.load_pem_private_key(data, passphrase)
    except ValueError:
        if passphrase is not None:
            # Every format answers a wrong passphrase differently ("Incorrect password",
            # "broken checksum", a padding error); with a passphrase in play the likely
            # cause is the passphrase, and the message keeps the rarer one in view.
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP("core", "The passphrase does not open {name}.").format(name=name),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Check the passphrase (capitals, a trailing space) and that this "
                    "is the key it belongs to. If it is, the file may be damaged: "
                    "use an intact copy.",
                ),
            ) from None
        raise NotAKey(
            QT_TRANSLATE_NOOP(
                "core", "{name} looks like a {label} but its contents are damaged."
            ).format(name=name, label=fmt.label),
            QT_TRANSLATE_NOOP(
                "core",
                "Use an intact copy of the key; a key copied from an e-mail or "
                "chat may have lost lines.",
            ),
        ) from None
    except UnsupportedAlgorithm as exc:
        raise UnsupportedKey(
            QT_TRANSLATE_NOOP(
                "core", "{name} is encrypted with a cipher this workbench cannot open ({error})."
            ).format(name=name, error=exc),
            QT_TRANSLATE_NOOP(
                "core",
                "Re-encrypt it with OpenSSL: `openssl pkey -in KEY -aes256 -out id_rsa.pem`.",
            ),
        ) from None


def _load_public(data: bytes, fmt: KeyFormat, name: str) -> LoadedKey:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    public: PublicKeyTypes
    try:
        if fmt is KeyFormat.OPENSSH_PUBLIC:
            public = serialization.load_ssh_public_key(data.strip().split(b"\n")[0])
        elif fmt is KeyFormat.SSH2_PUBLIC:
            public = serialization.load_ssh_public_key(_ssh_line(_ssh2_blob(data)))
        elif fmt in (KeyFormat.SPKI_DER, KeyFormat.PKCS1_PUBLIC_DER):
            public = serialization.load_der_public_key(data)
        else:
            public = serialization.load_pem_public_key(data)
    except (ValueError, struct.error, UnsupportedAlgorithm):  # struct: a truncated SSH blob
        raise NotAKey(
            QT_TRANSLATE_NOOP(
                "core", "{name} looks like a {label} but its contents are damaged."
            ).format(name=name, label=fmt.label),
            QT_TRANSLATE_NOOP("core", "Use an intact copy of the key file."),
        ) from None
    bits = getattr(public, "key_size", None)
    if bits is not None and bits > MAX_RSA_BITS:
        raise _too_large(name, bits)
    return LoadedKey(public_key=public, format=fmt, encrypted=False)


def _ssh_line(blob: bytes) -> bytes:
    kind = _ssh_string(blob, 0)[0]
    return kind + b" " + base64.b64encode(blob)


def _ssh2_blob(data: bytes) -> bytes:
    body = []
    continued = False
    for raw in data.strip().splitlines()[1:]:
        line = raw.strip()
        if line.startswith(b"---- END"):
            break
        if continued or b":" in line:
            continued = line.endswith(b"\\")
            continue
        body.append(line)
    return base64.b64decode(b"".join(body))


def _ssh_string(buf: bytes, offset: int) -> tuple[bytes, int]:
    (length,) = struct.unpack_from(">I", buf, offset)
    start = offset + 4
    if start + length > len(buf):
        raise ValueError("truncated")
    return buf[start : start + length], start + length


def _openssh_fields(data: bytes, name: str) -> dict:
    try:
        lines = data.strip().splitlines()
        blob = base64.b64decode(b"".join(line.strip() for line in lines[1:-1]))
        magic = b"openssh-key-v1\x00"
        if not blob.startswith(magic):
            raise ValueError("magic")
        offset = len(magic)
        cipher, offset = _ssh_string(blob, offset)
        kdf, offset = _ssh_string(blob, offset)
        kdf_options, offset = _ssh_string(blob, offset)
        offset += 4  # number of keys; always 1 in practice
        public_blob, offset = _ssh_string(blob, offset)
        rounds = 0
        if kdf == b"bcrypt":
            _salt, after_salt = _ssh_string(kdf_options, 0)
            (rounds,) = struct.unpack_from(">I", kdf_options, after_salt)
    except (ValueError, struct.error, binascii.Error):
        raise _damaged_openssh(name) from None
    return {
        "cipher": cipher.decode("ascii", "replace"),
        "public_blob": public_blob,
        "rounds": rounds,
    }


def _damaged_openssh(name: str) -> NotAKey:
    return NotAKey(
        QT_TRANSLATE_NOOP(
            "core", "{name} looks like an OpenSSH private key but its contents are damaged."
        ).format(name=name),
        QT_TRANSLATE_NOOP("core", "Use an intact copy of the key file."),
    )


# --- sizes, before the costly part ---------------------------------------------------------


def _refuse_oversized_private(data: bytes, fmt: KeyFormat, name: str) -> None:
    """Refuse a private key over MAX_RSA_BITS (or an OpenSSH key whose passphrase would take
    hours to check) before it is decrypted or checked.

    Loading a private key checks it (primality of its factors), which for 16,384 bits takes
    half a minute; the modulus is read here from the file's structure instead. Where the
    key is encrypted, only the container's length is known, which bounds the key's size.
    A file whose structure cannot be read is left to the loader, which names the damage.
    """
    if fmt is KeyFormat.OPENSSH:
        rounds = _openssh_fields(data, name)["rounds"]
        if rounds > MAX_OPENSSH_KDF_ROUNDS:
            raise UnsupportedKey(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} asks for {rounds} rounds to check its passphrase (ssh-keygen uses "
                    "16 to a few hundred): checking it would take hours. The file is damaged "
                    "or was not made by ssh-keygen.",
                ).format(name=name, rounds=rounds),
                QT_TRANSLATE_NOOP("core", "Use an intact copy of the key file."),
            )
    bits, der_bytes = _private_size(data, fmt, name)
    if bits is not None and bits > MAX_RSA_BITS:
        raise _too_large(name, bits)
    if bits is None and der_bytes is not None and der_bytes > _MAX_PRIVATE_DER_BYTES:
        raise _too_large(name, None)


def _private_size(data: bytes, fmt: KeyFormat, name: str) -> tuple[int | None, int | None]:
    """(modulus bits, DER length) as far as the file shows them without decrypting."""
    try:
        if fmt is KeyFormat.OPENSSH:
            return _ssh_rsa_bits(_openssh_fields(data, name)["public_blob"]), None
        der = data
        if fmt in (KeyFormat.PKCS1_PEM, KeyFormat.PKCS8_PEM, KeyFormat.PKCS8_ENCRYPTED_PEM):
            der = _pem_body(data)
        if fmt in (KeyFormat.PKCS1_PEM, KeyFormat.PKCS1_DER) and not _pem_encrypted(data):
            return _pkcs1_modulus_bits(der), len(der)
        if fmt in (KeyFormat.PKCS8_PEM, KeyFormat.PKCS8_DER):
            body, _ = _der_read(der, 0x30)
            _, rest = _der_read(body, 0x02)  # version
            _, rest = _der_read(rest, 0x30)  # algorithm
            inner, _ = _der_read(rest, 0x04)
            if not inner or inner[0] != 0x30:
                return None, len(der)
            return _pkcs1_modulus_bits(inner), len(der)
        return None, len(der)
    except (IndexError, ValueError, struct.error, binascii.Error):
        return None, None


def _pem_body(data: bytes) -> bytes:
    """The base64 between a PEM's BEGIN and END lines, without RFC 1421 headers."""
    lines = data.strip().splitlines()
    body = [line.strip() for line in lines[1:-1] if b":" not in line]
    return base64.b64decode(b"".join(body))


def _pem_encrypted(data: bytes) -> bool:
    return b"DEK-Info:" in data


def _pkcs1_modulus_bits(der: bytes) -> int | None:
    body, _ = _der_read(der, 0x30)
    _, rest = _der_read(body, 0x02)  # version
    modulus, _ = _der_read(rest, 0x02)
    return int.from_bytes(modulus, "big").bit_length()


def _ssh_rsa_bits(blob: bytes) -> int | None:
    kind, offset = _ssh_string(blob, 0)
    if kind != b"ssh-rsa":
        return None
    _e, offset = _ssh_string(blob, offset)
    modulus, _ = _ssh_string(blob, offset)
    return int.from_bytes(modulus, "big").bit_length()


def _too_large(name: str, bits: int | None) -> UnsupportedKey:
    fix = QT_TRANSLATE_NOOP(
        "core",
        "OVO's SOP uses RSA 2048 for the credential exchange and RSA 4096 for signing: "
        "generate the pair with the workbench (keygen), or choose the key you sent to OVO.",
    )
    if bits is None:
        return UnsupportedKey(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} holds a key larger than {max_bits} bits, which the workbench does not "
                "use: such keys take long to check and OVO does not use them.",
            ).format(name=name, max_bits=MAX_RSA_BITS),
            fix,
        )
    return UnsupportedKey(
        QT_TRANSLATE_NOOP(
            "core",
            "{name} is an RSA key of {bits} bits; the workbench uses keys of at most "
            "{max_bits} bits (such keys take long to check and OVO does not use them).",
        ).format(name=name, bits=bits, max_bits=MAX_RSA_BITS),
        fix,
    )


# --- describing -----------------------------------------------------------------------


def key_algorithm(public_key: PublicKeyTypes) -> str:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    if isinstance(public_key, rsa.RSAPublicKey):
        return "RSA"
    if isinstance(public_key, ed25519.Ed25519PublicKey):
        return "Ed25519"
    return type(public_key).__name__.removesuffix("PublicKey").lstrip("_") or "unknown"


def fingerprint(public_key: PublicKeyTypes) -> str:
    """SHA-256 of the DER SubjectPublicKeyInfo, colon-separated lowercase hex.

    It is what `openssl pkey -pubin -outform DER | openssl dgst -sha256 -c` prints, so a
    partner and OVO can compare it with tools they already have, and it is the same for
    a private key and its public key whatever file form either is in.
    """
    from cryptography.hazmat.primitives import serialization

    der = public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    import hashlib

    return hashlib.sha256(der).digest().hex(":")


def role_fits(key: LoadedKey) -> tuple[RoleFit, ...]:
    """How well the key fits each SOP role, with what would make it fit."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    fits = []
    rsa_key = isinstance(key.public_key, rsa.RSAPublicKey)
    for role, bits in ((Role.EXCHANGE, EXCHANGE_BITS), (Role.SIGNING, SIGNING_BITS)):
        remarks: list[str] = []
        if not rsa_key:
            remarks.append(
                QT_TRANSLATE_NOOP(
                    "core", "OVO's SOP needs an RSA key; this is {algorithm}."
                ).format(algorithm=key.algorithm)
            )
        elif key.bits != bits:
            remarks.append(
                QT_TRANSLATE_NOOP(
                    "core", "the SOP asks for RSA {bits}; this key has {key_bits} bits."
                ).format(bits=bits, key_bits=key.bits)
            )
        if rsa_key and key.is_private and role is Role.EXCHANGE and not key.encrypted:
            remarks.append(
                QT_TRANSLATE_NOOP(
                    "core", "the SOP asks for a passphrase-protected private key (genrsa -des3)."
                )
            )
        if rsa_key and not key.is_private:
            wanted = KeyFormat.SPKI_PEM if role is Role.EXCHANGE else KeyFormat.PKCS1_PUBLIC_PEM
            if key.format is not wanted:
                remarks.append(
                    QT_TRANSLATE_NOOP("core", "OVO wants this public key as {label}.").format(
                        label=wanted.label
                    )
                )
        fit = rsa_key and key.bits == bits
        fits.append(RoleFit(role, fit, tuple(remarks)))
    return tuple(fits)


def describe(key: LoadedKey) -> KeyInfo:
    return KeyInfo(
        kind="private" if key.is_private else "public",
        algorithm=key.algorithm,
        bits=key.bits,
        format=key.format,
        encrypted=key.encrypted,
        cipher=key.cipher,
        fingerprint_sha256=fingerprint(key.public_key),
        roles=role_fits(key),
        notes=tuple(key.notes),
    )


# --- making the SOP's files -------------------------------------------------------------


@dataclass(frozen=True)
class KeyPairFiles:
    """The bytes of a private and a public key file, with the names the SOP uses."""

    role: Role
    private_name: str
    private_pem: bytes
    public_name: str
    public_pem: bytes
    fingerprint_sha256: str


def spki_pem(public_key: PublicKeyTypes) -> bytes:
    """`BEGIN PUBLIC KEY`, the form OVO receives the exchange key in."""
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def check_new_passphrase(passphrase: bytes) -> None:
    """Refuse a passphrase for a new key file that OpenSSL or the workbench could not use
    again: too short or too long for OpenSSL, or not text (the window and the keyring keep
    passphrases as text, so one in another encoding could never be given there)."""
    if len(passphrase) > MAX_PASSPHRASE_BYTES:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The passphrase is {count} bytes long; OpenSSL reads at most "
                "{max_passphrase_bytes} bytes of a passphrase, so `openssl` could never open "
                "the key. Nothing was generated or written.",
            ).format(count=len(passphrase), max_passphrase_bytes=MAX_PASSPHRASE_BYTES),
            QT_TRANSLATE_NOOP(
                "core", "Choose a shorter passphrase (a sentence of a few words is plenty)."
            ),
        )
    passphrase_text(passphrase)
    if len(passphrase) < MIN_PASSPHRASE_BYTES:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The passphrase is too short: OpenSSL needs at least "
                "{min_passphrase_bytes} characters.",
            ).format(min_passphrase_bytes=MIN_PASSPHRASE_BYTES),
            QT_TRANSLATE_NOOP(
                "core", "Choose a longer passphrase; a sentence of a few words is easy to remember."
            ),
        )


def passphrase_text(passphrase: bytes) -> str:
    """The passphrase as text, for the keyring (which keeps text, not bytes).

    A passphrase file saved in a legacy encoding (Latin-1, Windows-1252) holds bytes that
    are not UTF-8; decoding them some other way would store a different passphrase, which
    would then not open the key.
    """
    try:
        return passphrase.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "The passphrase is not UTF-8 text (the file was saved in another encoding, "
                "such as Latin-1 or Windows-1252), so it cannot be kept or typed again.",
            ),
            QT_TRANSLATE_NOOP(
                "core",
                "Save the passphrase file as UTF-8. If the key was encrypted with these very "
                "bytes, give it a new passphrase with `key convert --new-passphrase-file`.",
            ),
        ) from None


def require_rsa(
    key: LoadedKey, role: Role, name: str = QT_TRANSLATE_NOOP("core", "the key")
) -> rsa.RSAPrivateKey:
    """The RSA private key inside, or a message saying why this key cannot serve `role`."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    if not key.is_private or key.private_key is None:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "{name} is a public key; this needs the private key.").format(
                name=name
            ),
            QT_TRANSLATE_NOOP("core", "Choose the private key file (id_rsa.pem or private.pem)."),
        )
    if not isinstance(key.private_key, rsa.RSAPrivateKey):
        raise UnsupportedKey(
            QT_TRANSLATE_NOOP(
                "core", "{name} is an {algorithm} key; OVO's {title} must be RSA."
            ).format(name=name, algorithm=key.algorithm, title=role.title),
            QT_TRANSLATE_NOOP(
                "core", "Generate the SOP's key pair with the workbench (keygen) instead."
            ),
        )
    return key.private_key


def exchange_pair_files(private_key: rsa.RSAPrivateKey, passphrase: bytes) -> KeyPairFiles:
    """id_rsa.pem (encrypted PKCS#8, AES-256) and id_rsa.pub.pem (BEGIN PUBLIC KEY)."""
    from cryptography.hazmat.primitives import serialization

    check_new_passphrase(passphrase)
    return KeyPairFiles(
        role=Role.EXCHANGE,
        private_name=EXCHANGE_PRIVATE_FILE,
        private_pem=private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        ),
        public_name=EXCHANGE_PUBLIC_FILE,
        public_pem=spki_pem(private_key.public_key()),
        fingerprint_sha256=fingerprint(private_key.public_key()),
    )


def signing_pair_files(private_key: rsa.RSAPrivateKey, passphrase: bytes | None) -> KeyPairFiles:
    """private.pem (BEGIN RSA PRIVATE KEY, encrypted or plain) and public.pem (PKCS#1)."""
    from cryptography.hazmat.primitives import serialization

    if passphrase is None:
        encryption: serialization.KeySerializationEncryption = serialization.NoEncryption()
    else:
        check_new_passphrase(passphrase)
        encryption = serialization.BestAvailableEncryption(passphrase)
    return KeyPairFiles(
        role=Role.SIGNING,
        private_name=SIGNING_PRIVATE_FILE,
        private_pem=private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, encryption
        ),
        public_name=SIGNING_PUBLIC_FILE,
        public_pem=private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.PKCS1
        ),
        fingerprint_sha256=fingerprint(private_key.public_key()),
    )


def generate_pair(role: Role, passphrase: bytes | None) -> KeyPairFiles:
    """A new key pair for `role`. CPU-heavy (RSA 4096 takes up to a second): run off the UI loop."""
    from cryptography.hazmat.primitives.asymmetric import rsa

    if role is Role.EXCHANGE:
        if passphrase is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The credential-exchange key must be protected by a passphrase "
                    "(the SOP's genrsa -des3).",
                ),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Give a passphrase (--passphrase-file, WORKBENCH_PASSPHRASE, or "
                    "type it when asked).",
                ),
            )
        check_new_passphrase(passphrase)
        return exchange_pair_files(rsa.generate_private_key(65537, EXCHANGE_BITS), passphrase)
    if passphrase is not None:
        check_new_passphrase(passphrase)
    return signing_pair_files(rsa.generate_private_key(65537, SIGNING_BITS), passphrase)


def convert_pair(key: LoadedKey, role: Role, passphrase: bytes | None) -> KeyPairFiles:
    """The SOP's files for `role` from a key the partner already has (OpenSSH, DER, ...).

    A key under MIN_RSA_BITS is refused for either role: OVO would refuse it, and a key
    of 1024 bits can be broken. Other sizes than the SOP's are converted; the front ends
    note the difference."""
    private = require_rsa(key, role)
    if private.key_size < MIN_RSA_BITS:
        raise UnsupportedKey(
            QT_TRANSLATE_NOOP(
                "core",
                "This key has {bits} bits, too few for the {title}: OVO's SOP asks for RSA "
                "{role_bits}, and a key under {min_bits} bits is not safe. Nothing was written.",
            ).format(
                bits=private.key_size,
                title=role.title,
                role_bits=EXCHANGE_BITS if role is Role.EXCHANGE else SIGNING_BITS,
                min_bits=MIN_RSA_BITS,
            ),
            QT_TRANSLATE_NOOP(
                "core", "Generate the SOP's key pair with the workbench (keygen) instead."
            ),
        )
    if role is Role.EXCHANGE:
        if passphrase is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core", "The credential-exchange key must be protected by a passphrase."
                ),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Give a passphrase for the new file (--new-passphrase-file or "
                    "WORKBENCH_NEW_PASSPHRASE), or type it when asked.",
                ),
            )
        return exchange_pair_files(private, passphrase)
    return signing_pair_files(private, passphrase)
