"""Registering a partner with the sandbox, as OVO's PIS team does in staging step 1.

The partner sends two public keys; OVO answers with a client ID and secret inside
`key.bin.enc` + `cred_file.enc`, encrypted for the exchange key. The sandbox does the same
with the same envelope code OVO's recipe matches, so the partner rehearses the real
decryption, and it refuses the key mix-ups that cost real partners a round trip of
e-mails: a private key sent by mistake, a non-RSA key, a signing key in a form OVO
cannot read.
"""

from __future__ import annotations

import json
import secrets
import string
import time
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from core import keys
from core.envelope import encrypt_credentials
from core.errors import BadInput
from core.sandbox.store import Partner, SandboxStore
from core.texts import QT_TRANSLATE_NOOP

MIN_BITS = 2048
SIGNING_FORMATS = (
    keys.KeyFormat.PKCS1_PUBLIC_PEM,
    keys.KeyFormat.SPKI_PEM,
    keys.KeyFormat.PKCS1_PUBLIC_DER,
    keys.KeyFormat.SPKI_DER,
)
_CLIENT_ID_ALPHABET = string.ascii_lowercase + string.digits


@dataclass(frozen=True)
class Registration:
    """What OVO hands back. The secret is inside `cred_file_enc`; `client_secret` is here
    for in-process callers (the GUI's one-step request) and is kept out of `repr`."""

    client_id: str
    client_secret: str = field(repr=False)
    partner_id: str
    channel_id: str
    key_bin_enc: bytes = field(repr=False)
    cred_file_enc: bytes = field(repr=False)
    notes: tuple[str, ...] = ()


def register_partner(
    store: SandboxStore,
    exchange_public_pem: bytes,
    signing_public_pem: bytes,
    *,
    exchange_name: str = QT_TRANSLATE_NOOP("core", "the credential-exchange public key"),
    signing_name: str = QT_TRANSLATE_NOOP("core", "the signing public key"),
) -> Registration:
    """Create a partner for the two keys and its encrypted credential files."""
    exchange = _public_key(exchange_public_pem, exchange_name, keys.Role.EXCHANGE)
    signing = _public_key(signing_public_pem, signing_name, keys.Role.SIGNING)
    if signing.format not in SIGNING_FORMATS:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "{signing_name} is an {label}; OVO reads the signing key only as "
                "PKCS#1 (BEGIN RSA PUBLIC KEY) or as BEGIN PUBLIC KEY.",
            ).format(signing_name=signing_name, label=signing.format.label),
            QT_TRANSLATE_NOOP(
                "core",
                "Send public.pem made by `openssl rsa -in private.pem "
                "-RSAPublicKey_out -out public.pem` (from an OpenSSH key: "
                "`ssh-keygen -e -m PEM -f id_rsa.pub`).",
            ),
        )
    notes = _remarks(exchange, keys.Role.EXCHANGE, exchange_name)
    notes += _remarks(signing, keys.Role.SIGNING, signing_name)
    if keys.fingerprint(exchange.public_key) == keys.fingerprint(signing.public_key):
        notes.append(
            QT_TRANSLATE_NOOP(
                "core",
                "Both files hold the same key; the SOP asks for two separate key "
                "pairs (the sandbox accepts it).",
            )
        )
    exchange_key = exchange.public_key
    assert isinstance(exchange_key, rsa.RSAPublicKey)  # _public_key refused anything else
    partner = Partner(
        client_id=_new_client_id(store),
        client_secret=secrets.token_urlsafe(24),
        channel_id=f"{10000 + secrets.randbelow(90000)}",
        signing_public_pem=_as_pem(signing),
        exchange_public_pem=_as_pem(exchange),
        created_at=time.time(),
    )
    credential_text = json.dumps(
        {
            "clientId": partner.client_id,
            "clientSecret": partner.client_secret,
            "partnerId": partner.client_id,
            "channelId": partner.channel_id,
        },
        indent=2,
    )
    key_bin_enc, cred_file_enc = encrypt_credentials(
        exchange_key, (credential_text + "\n").encode("utf-8")
    )
    store.add_partner(partner)
    return Registration(
        client_id=partner.client_id,
        client_secret=partner.client_secret,
        partner_id=partner.client_id,
        channel_id=partner.channel_id,
        key_bin_enc=key_bin_enc,
        cred_file_enc=cred_file_enc,
        notes=tuple(notes),
    )


def refuse_swapped_keys(
    exchange: keys.LoadedKey,
    signing: keys.LoadedKey,
    exchange_name: str,
    signing_name: str,
) -> None:
    """BadInput if the key given as the exchange key has the SOP's signing size (RSA 4096)
    and the one given as the signing key the exchange size (RSA 2048).

    Registered that way, the partner would sign with the exchange key and decrypt with the
    signing key: both work in the sandbox, and both are wrong at OVO, where the public keys
    were sent for their roles. A sandbox register is the place to catch it, before anything
    is registered or saved. (`issue-credentials` only sees public keys and, like a lenient
    staging, registers them with a remark on each.)"""
    if (exchange.bits, signing.bits) != (keys.SIGNING_BITS, keys.EXCHANGE_BITS):
        return
    raise BadInput(
        QT_TRANSLATE_NOOP(
            "core",
            "The two keys look swapped: {exchange_name}, given as the credential-exchange "
            "key, is RSA {exchange_bits}, the size of the SNAP signing key (private.pem); "
            "{signing_name}, given as the signing key, is RSA {signing_bits}, the size of the "
            "credential-exchange key (id_rsa.pem).",
        ).format(
            exchange_name=exchange_name,
            exchange_bits=exchange.bits,
            signing_name=signing_name,
            signing_bits=signing.bits,
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Give them the other way round: {signing_name} as the exchange key and "
            "{exchange_name} as the signing key. Nothing was registered or saved.",
        ).format(exchange_name=exchange_name, signing_name=signing_name),
    )


def _public_key(data: bytes, name: str, role: keys.Role) -> keys.LoadedKey:
    fmt = keys.detect_format(data, name)  # says what a non-key file is instead
    if fmt.private:
        command = (
            "`openssl rsa -in id_rsa.pem -pubout -out id_rsa.pub.pem`"
            if role is keys.Role.EXCHANGE
            else "`openssl rsa -in private.pem -RSAPublicKey_out -out public.pem`"
        )
        wanted = "id_rsa.pub.pem" if role is keys.Role.EXCHANGE else "public.pem"
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is a private key ({label}); only the public key is ever sent to OVO.",
            ).format(name=name, label=fmt.label),
            QT_TRANSLATE_NOOP(
                "core",
                "Give {wanted} instead, made by {command}. Keep the private key "
                "to yourself; if it was sent anywhere, make a new pair.",
            ).format(wanted=wanted, command=command),
        )
    loaded = keys.load_key(data, None, name=name)
    if not isinstance(loaded.public_key, rsa.RSAPublicKey):
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core", "{name} is an {algorithm} key; OVO's {title} must be RSA."
            ).format(name=name, algorithm=loaded.algorithm, title=role.title),
            QT_TRANSLATE_NOOP(
                "core", "Make the SOP's pair with `python main.py keygen {role}`."
            ).format(role=role.value),
        )
    if loaded.public_key.key_size < MIN_BITS:
        raise BadInput(
            QT_TRANSLATE_NOOP(
                "core",
                "{name} is an RSA key of {key_size} bits; OVO accepts no fewer than {min_bits}.",
            ).format(name=name, key_size=loaded.public_key.key_size, min_bits=MIN_BITS),
            QT_TRANSLATE_NOOP(
                "core", "Make the SOP's pair with `python main.py keygen {role}`."
            ).format(role=role.value),
        )
    return loaded


def _remarks(loaded: keys.LoadedKey, role: keys.Role, name: str) -> list[str]:
    """Where the key strays from the SOP without being unusable (e.g. RSA 2048 for
    signing): the sandbox accepts it and says so, as a lenient staging would."""
    return [
        QT_TRANSLATE_NOOP("core", "{name}: {remark}").format(name=name, remark=remark)
        for fit in keys.role_fits(loaded)
        if fit.role is role
        for remark in fit.remarks
    ]


def _as_pem(loaded: keys.LoadedKey) -> bytes:
    """PKCS#1 PEM stays PKCS#1 PEM; every other form is kept as BEGIN PUBLIC KEY."""
    if loaded.format is keys.KeyFormat.PKCS1_PUBLIC_PEM:
        fmt = serialization.PublicFormat.PKCS1
    else:
        fmt = serialization.PublicFormat.SubjectPublicKeyInfo
    return loaded.public_key.public_bytes(serialization.Encoding.PEM, fmt)


def _new_client_id(store: SandboxStore) -> str:
    """Lower-case letters and digits like OVO's (`oamerchantam`), prefixed so a sandbox
    ID is never mistaken for a real one."""
    while True:
        candidate = "sbx" + "".join(secrets.choice(_CLIENT_ID_ALPHABET) for _ in range(13))
        if store.partner(candidate) is None:
            return candidate
