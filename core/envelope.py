"""OVO's credential envelope, exactly as the SOP's two `openssl` commands treat it.

OVO sends `key.bin.enc` (a short password, RSA-encrypted for the partner's exchange key)
and `cred_file.enc` (the credentials, encrypted by `openssl enc -aes-256-cbc` with that
password). The partner side here does what

    openssl rsautl -decrypt -inkey id_rsa.pem -in key.bin.enc -out key.bin
    openssl enc -d -aes-256-cbc -in cred_file.enc -out cred_file.txt -pass file:./key.bin -md sha256

does, in memory: no `key.bin` and no partial plaintext ever reach the disk. The OVO side
(`encrypt_credentials`) makes files those two commands open, for the sandbox and tests.

Neither file records how it was made, and a wrong guess fails the same way a wrong key
does, so every result is validated and every deviation from the SOP's recipe is reported.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from core.errors import BadInput
from core.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import rsa

SALT_MAGIC = b"Salted__"
SALT_MAGIC_BASE64 = b"U2FsdGVkX1"  # base64 of "Salted__" as `openssl enc -a` writes it
PASS_FILE_MAX = 1023  # `-pass file:` reads at most this many bytes of the first line
KEY_LEN, IV_LEN, BLOCK = 32, 16, 16
PBKDF2_DEFAULT_ITERATIONS = 10000
MIN_PLAUSIBLE_KEY_BIN = 8


class Kdf(Enum):
    """How `openssl enc` may have turned the password into key and IV."""

    SHA256 = ("sha256", "EVP_BytesToKey with SHA-256 (the SOP's -md sha256)")
    MD5 = ("md5", "EVP_BytesToKey with MD5 (-md md5; OpenSSL 1.0.2 and old LibreSSL default)")
    PBKDF2_SHA256 = ("pbkdf2", "PBKDF2-HMAC-SHA256, 10000 iterations (-pbkdf2)")
    SHA1 = ("sha1", "EVP_BytesToKey with SHA-1 (-md sha1)")

    def __init__(self, ident: str, label: str) -> None:
        self.ident = ident
        self.label = label


# The SOP's recipe first; the others only as reported fallbacks.
KDF_ORDER = (Kdf.SHA256, Kdf.MD5, Kdf.PBKDF2_SHA256, Kdf.SHA1)


class EnvelopeError(BadInput):
    """The credential files cannot be opened; `reason` tells the cases apart for tests and UIs."""

    def __init__(self, reason: str, problem: str, fix: str) -> None:
        super().__init__(problem, fix)
        self.reason = reason


@dataclass
class DecryptedEnvelope:
    """The plaintext of `cred_file.enc`, and how it was opened."""

    plaintext: str
    key_bin_padding: str
    kdf: Kdf
    swapped: bool = False  # the two files were given the other way round
    notes: list[str] = field(default_factory=list)


# --- `openssl enc` ---------------------------------------------------------------------


def password_from_pass_file(content: bytes) -> bytes:
    """The password `openssl ... -pass file:F` reads from a file holding `content`.

    The first line only: at most 1023 bytes, cut at the first newline, then at the first
    NUL. A carriage return stays (as on Unix builds); an empty file is an error, and a file
    holding just a newline is the empty password.
    """
    if not content:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "The password file is empty; OpenSSL refuses an empty password file."
            ),
            QT_TRANSLATE_NOOP("core", "Use the key.bin that came with cred_file.enc."),
        )
    line = content[:PASS_FILE_MAX].split(b"\n", 1)[0]
    return line.split(b"\0", 1)[0]


def derive_key_iv(password: bytes, salt: bytes, kdf: Kdf = Kdf.SHA256) -> tuple[bytes, bytes]:
    """Key and IV as `openssl enc -aes-256-cbc` derives them for `kdf`."""
    import hashlib  # with cryptography: after the window's first frame

    if kdf is Kdf.PBKDF2_SHA256:
        out = hashlib.pbkdf2_hmac(
            "sha256", password, salt, PBKDF2_DEFAULT_ITERATIONS, KEY_LEN + IV_LEN
        )
        return out[:KEY_LEN], out[KEY_LEN:]
    # EVP_BytesToKey, one iteration: D1 = H(pass+salt), Di = H(D(i-1)+pass+salt).
    digest, block, out = kdf.ident, b"", b""
    while len(out) < KEY_LEN + IV_LEN:
        block = hashlib.new(digest, block + password + salt).digest()
        out += block
    return out[:KEY_LEN], out[KEY_LEN : KEY_LEN + IV_LEN]


def enc_encrypt(
    plaintext: bytes, password: bytes, *, kdf: Kdf = Kdf.SHA256, salt: bytes | None = None
) -> bytes:
    """`openssl enc -aes-256-cbc -salt` output: Salted__, 8-byte salt, ciphertext."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    salt = os.urandom(8) if salt is None else salt
    key, iv = derive_key_iv(password, salt, kdf)
    pad = BLOCK - len(plaintext) % BLOCK
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    body = encryptor.update(plaintext + bytes([pad]) * pad) + encryptor.finalize()
    return SALT_MAGIC + salt + body


def enc_decrypt(data: bytes, password: bytes, kdf: Kdf = Kdf.SHA256) -> bytes | None:
    """The plaintext, or None where the padding shows the password or KDF is wrong.

    `data` must be binary `Salted__` data of whole blocks (see `_read_enc_file`). A wrong
    password still passes the padding check about once in 256 tries, so callers validate
    what comes back.
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    salt, body = data[8:16], data[16:]
    key, iv = derive_key_iv(password, salt, kdf)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(body) + decryptor.finalize()
    pad = padded[-1]
    if not 1 <= pad <= BLOCK or padded[-pad:] != bytes([pad]) * pad:
        return None
    return padded[:-pad]


# --- recognising the two files -----------------------------------------------------------


def looks_like_enc_file(data: bytes) -> bool:
    return data.startswith(SALT_MAGIC) or data.lstrip().startswith(SALT_MAGIC_BASE64)


def looks_like_web_page(data: bytes) -> bool:
    """An HTML or XML error page saved in place of a file (an expired or login-only link)."""
    return data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html", b"<?xml"))


def _refuse_unusable_download(data: bytes, name: str) -> None:
    """The checks both of OVO's files get first: present at all, and not a web page."""
    if not data:
        raise EnvelopeError(
            "empty",
            QT_TRANSLATE_NOOP("core", "{name} is empty.").format(name=name),
            QT_TRANSLATE_NOOP("core", "Save the file from OVO's e-mail again."),
        )
    if looks_like_web_page(data):
        raise EnvelopeError(
            "web-page",
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is a web page, not the encrypted file: the download saved a page instead.",
            ).format(name=name),
            QT_TRANSLATE_NOOP(
                "core", "Download the file again (the link may have expired or needed a login)."
            ),
        )


_BASE64_TEXT = re.compile(rb"^[A-Za-z0-9+/=\s]+$")


def _read_enc_file(data: bytes, name: str) -> tuple[bytes, list[str]]:
    """Binary `Salted__` data from a cred file, decoding `openssl enc -a` text if needed."""
    notes: list[str] = []
    _refuse_unusable_download(data, name)
    if not data.startswith(SALT_MAGIC) and data.lstrip().startswith(SALT_MAGIC_BASE64):
        try:
            data = base64.b64decode(b"".join(data.split()), validate=True)
        except binascii.Error:
            raise EnvelopeError(
                "damaged",
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} is base64 text (openssl enc -a) but it is damaged or incomplete.",
                ).format(name=name),
                QT_TRANSLATE_NOOP(
                    "core", "Ask OVO to send the file again, or save it again from the e-mail."
                ),
            ) from None
        notes.append(
            QT_TRANSLATE_NOOP(
                "core", "{name} was base64 text (made with openssl enc -a); decoded it first."
            ).format(name=name)
        )
    if not data.startswith(SALT_MAGIC):
        raise EnvelopeError(
            "not-enc",
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is not an OpenSSL encrypted file: it does not start with 'Salted__'.",
            ).format(name=name),
            QT_TRANSLATE_NOOP(
                "core",
                "Choose the cred_file.enc that OVO sent; if you did, ask OVO to send it again.",
            ),
        )
    body = len(data) - 16
    if body <= 0 or body % BLOCK:
        raise EnvelopeError(
            "truncated",
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is truncated or damaged: its length ({count} bytes) is "
                "not a whole number of AES blocks after the 16-byte header.",
            ).format(name=name, count=len(data)),
            QT_TRANSLATE_NOOP(
                "core",
                "Download or save the file again; ask OVO to resend it if that does not help.",
            ),
        )
    return data, notes


def _read_key_bin_enc(data: bytes, modulus_bytes: int, name: str) -> tuple[bytes, list[str]]:
    notes: list[str] = []
    _refuse_unusable_download(data, name)
    if len(data) != modulus_bytes and _BASE64_TEXT.match(data):
        try:
            decoded = base64.b64decode(b"".join(data.split()), validate=True)
        except binascii.Error:
            decoded = b""
        if decoded and len(decoded) in (128, 256, 384, 512, modulus_bytes):
            data = decoded
            notes.append(
                QT_TRANSLATE_NOOP("core", "{name} was base64 text; decoded it first.").format(
                    name=name
                )
            )
    if len(data) == modulus_bytes:
        return data, notes
    if len(data) in (128, 256, 384, 512):
        raise EnvelopeError(
            "wrong-key-size",
            QT_TRANSLATE_NOOP(
                "core",
                "{name} was encrypted for a {bits}-bit key, but the private key "
                "given is {key_bits}-bit: these files were not encrypted for this "
                "key.",
            ).format(name=name, bits=len(data) * 8, key_bits=modulus_bytes * 8),
            QT_TRANSLATE_NOOP(
                "core",
                "Use the credential-exchange private key (id_rsa.pem) whose "
                "public key you sent to OVO, not the signing key.",
            ),
        )
    raise EnvelopeError(
        "truncated",
        QT_TRANSLATE_NOOP(
            "core",
            "{name} is {count} bytes; for this {bits}-bit key it must be "
            "{modulus_bytes} bytes, so it is truncated or damaged.",
        ).format(name=name, count=len(data), bits=modulus_bytes * 8, modulus_bytes=modulus_bytes),
        QT_TRANSLATE_NOOP(
            "core", "Download or save the file again; ask OVO to resend it if that does not help."
        ),
    )


# --- the partner side -----------------------------------------------------------------


def _plausible_key_bin(candidate: bytes) -> bool:
    """A key.bin as senders make it: one printable line (base64 or hex, typically).

    At least 8 characters: the garbage a wrong key yields under implicit rejection is
    sometimes a printable byte or two, but almost never 8 printable bytes in a row.
    """
    line = candidate.rstrip(b"\n").rstrip(b"\r")
    return (
        len(line) >= MIN_PLAUSIBLE_KEY_BIN
        and b"\n" not in line
        and all(0x20 <= c < 0x7F for c in line)
    )


def _is_text(plaintext: bytes) -> str | None:
    """Credentials are text; decrypting with a wrong key or KDF yields bytes that are not."""
    try:
        text = plaintext.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    if not text.strip() or any(ord(c) < 0x20 and c not in "\t\r\n" for c in text):
        return None
    return text


def decrypt_credentials(
    private_key: rsa.RSAPrivateKey,
    key_bin_enc: bytes,
    cred_file_enc: bytes,
    *,
    key_name: str = "key.bin.enc",
    cred_name: str = "cred_file.enc",
) -> DecryptedEnvelope:
    """Open OVO's two files with the partner's exchange key, or say exactly why not."""
    notes: list[str] = []
    swapped = looks_like_enc_file(key_bin_enc) and not looks_like_enc_file(cred_file_enc)
    if swapped:
        key_bin_enc, cred_file_enc = cred_file_enc, key_bin_enc
        key_name, cred_name = cred_name, key_name
        notes.append(
            QT_TRANSLATE_NOOP(
                "core",
                "The two files were given the other way round: {key_name} is the "
                "key file and {cred_name} the credentials; used them accordingly.",
            ).format(key_name=key_name, cred_name=cred_name)
        )
    elif looks_like_enc_file(key_bin_enc):
        raise EnvelopeError(
            "two-cred-files",
            QT_TRANSLATE_NOOP(
                "core",
                "Both {key_name} and {cred_name} are encrypted credential files; "
                "the key file (key.bin.enc) is missing.",
            ).format(key_name=key_name, cred_name=cred_name),
            QT_TRANSLATE_NOOP(
                "core", "Choose key.bin.enc, the small binary file OVO sent with cred_file.enc."
            ),
        )
    cred_data, cred_notes = _read_enc_file(cred_file_enc, cred_name)
    modulus_bytes = (private_key.key_size + 7) // 8
    key_data, key_notes = _read_key_bin_enc(key_bin_enc, modulus_bytes, key_name)
    notes += key_notes + cred_notes

    candidates = _key_bin_candidates(private_key, key_data)
    if not candidates:
        raise _wrong_key(key_name)
    for padding_name, key_bin in candidates:
        opened = _open_cred_file(cred_data, key_bin)
        if opened is not None:
            text, kdf, kdf_notes = opened
            if padding_name != "PKCS#1 v1.5":
                notes.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{key_name} was encrypted with {padding_name}, not the PKCS#1 "
                        "v1.5 of the SOP's rsautl command; opened it that way.",
                    ).format(key_name=key_name, padding_name=padding_name)
                )
            if kdf is not Kdf.SHA256:
                notes.append(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{cred_name} was not made with the SOP's -md sha256 but with "
                        "{label}; opened it that way.",
                    ).format(cred_name=cred_name, label=kdf.label)
                )
            return DecryptedEnvelope(text, padding_name, kdf, swapped, notes + kdf_notes)
    if not any(_plausible_key_bin(key_bin) for _, key_bin in candidates):
        raise _wrong_key(key_name)
    raise EnvelopeError(
        "cred-mismatch",
        QT_TRANSLATE_NOOP(
            "core",
            "{cred_name} does not open with the password inside {key_name}: "
            "the two files do not belong together, one of them is damaged, "
            "or they were not made for this key.",
        ).format(cred_name=cred_name, key_name=key_name),
        QT_TRANSLATE_NOOP(
            "core",
            "Make sure both files come from the same e-mail from OVO and "
            "that the private key is the one whose public key you sent; ask "
            "OVO to resend them if so.",
        ),
    )


def _wrong_key(key_name: str) -> EnvelopeError:
    return EnvelopeError(
        "wrong-key",
        QT_TRANSLATE_NOOP(
            "core",
            "These files were not encrypted for this key: {key_name} does "
            "not open with the private key given.",
        ).format(key_name=key_name),
        QT_TRANSLATE_NOOP(
            "core",
            "Use the private key (id_rsa.pem) whose public key "
            "(id_rsa.pub.pem) you sent to OVO for these files, or ask OVO "
            "which public key they used.",
        ),
    )


def _key_bin_candidates(private_key: rsa.RSAPrivateKey, data: bytes) -> list[tuple[str, bytes]]:
    """What `key.bin.enc` decrypts to, under PKCS#1 v1.5 and, as a fallback, OAEP.

    With OpenSSL 3.2 or newer behind `cryptography`, PKCS#1 v1.5 never fails: a wrong key
    yields deterministic garbage ("implicit rejection"). So the v1.5 result is a
    candidate only; the credential file decides.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    found: list[tuple[str, bytes]] = []
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    for name, scheme in (("PKCS#1 v1.5", padding.PKCS1v15()), ("OAEP (SHA-1, rsautl -oaep)", oaep)):
        with contextlib.suppress(ValueError):
            found.append((name, private_key.decrypt(data, scheme)))
    # A plausible key.bin goes first, so that garbage is tried last.
    found.sort(key=lambda item: not _plausible_key_bin(item[1]))
    return found


def _open_cred_file(data: bytes, key_bin: bytes) -> tuple[str, Kdf, list[str]] | None:
    """Try the SOP's derivation, then the reported fallbacks; validate every result."""
    if not key_bin:
        return None
    password = password_from_pass_file(key_bin)
    passwords: list[tuple[bytes, list[str]]] = [(password, [])]
    if password.endswith(b"\r"):
        passwords.append(
            (
                password[:-1],
                [
                    QT_TRANSLATE_NOOP(
                        "core",
                        "key.bin has a Windows line ending; the password without it worked, as "
                        "OpenSSL on Windows reads it (on Linux or macOS the SOP's command fails).",
                    )
                ],
            )
        )
    for kdf in KDF_ORDER:
        for candidate, extra in passwords:
            plaintext = enc_decrypt(data, candidate, kdf)
            text = _is_text(plaintext) if plaintext is not None else None
            if text is not None:
                return text, kdf, list(extra)
    return None


# --- the OVO side -----------------------------------------------------------------------


def new_key_bin() -> bytes:
    """A key.bin as `openssl rand -base64 32 > key.bin` makes it: 44 characters and a newline."""
    return base64.b64encode(os.urandom(32)) + b"\n"


def encrypt_credentials(
    public_key: rsa.RSAPublicKey,
    plaintext: bytes,
    *,
    key_bin: bytes | None = None,
    kdf: Kdf = Kdf.SHA256,
) -> tuple[bytes, bytes]:
    """`key.bin.enc` and `cred_file.enc` as OVO's PIS team makes them for this public key."""
    from cryptography.hazmat.primitives.asymmetric import padding

    key_bin = new_key_bin() if key_bin is None else key_bin
    if len(key_bin) > (public_key.key_size + 7) // 8 - 11:
        raise BadInput(
            QT_TRANSLATE_NOOP("core", "key.bin is too long to be RSA-encrypted with this key."),
            QT_TRANSLATE_NOOP(
                "core", "Use a key.bin of one short line, like `openssl rand -base64 32` makes."
            ),
        )
    key_bin_enc = public_key.encrypt(key_bin, padding.PKCS1v15())
    cred_file_enc = enc_encrypt(plaintext, password_from_pass_file(key_bin), kdf=kdf)
    return key_bin_enc, cred_file_enc
