"""`sign token` and `sign service`: a SNAP signature calculator with every intermediate value.

Like the signature utilities of ASPI's developer portal, but offline and exact: when a
gateway answers "Invalid Signature", a partner compares these values with their own
code's, one by one, and sees where they part.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from core import keys
from core.cli.key_commands import load_private_key_file
from core.cli.output import emit_fields, emit_json
from core.cli.passphrases import KEY_PASSPHRASE_ENV, environment_bytes, first_line_of
from core.credentials import mask
from core.errors import BadInput
from core.input_files import BODY_FILE_LIMIT, read_input_file, read_standard_input
from core.snap.signatures import (
    Encoding,
    Signature,
    sign_service_request,
    sign_token_request,
)
from core.snap.timestamps import calculator_timestamp, now_timestamp

CLIENT_SECRET_ENV = "WORKBENCH_CLIENT_SECRET"
ACCESS_TOKEN_ENV = "WORKBENCH_ACCESS_TOKEN"


def _timestamp(given: str | None) -> str:
    """The timestamp to sign: exactly the one given (so published vectors, often in UTC
    with `Z`, can be reproduced), with a note when OVO would refuse its form."""
    if given is None:
        return now_timestamp()
    warning = calculator_timestamp(given)
    if warning:
        sys.stderr.write(f"note: {warning}\n")
    return given


def _signature_rows(signature: Signature) -> list[tuple[str, object]]:
    return [
        ("signature (base64)", signature.base64),
        ("signature (hex)", signature.hex),
        (f"X-SIGNATURE ({signature.encoding.value})", signature.value),
    ]


def cmd_sign_token(args: argparse.Namespace) -> int:
    loaded, _ = load_private_key_file(args.private_key, args.passphrase_file)
    private_key = keys.require_rsa(loaded, keys.Role.SIGNING, args.private_key.name)
    timestamp = _timestamp(args.timestamp)
    signature = sign_token_request(private_key, args.client_id, timestamp, Encoding(args.encoding))
    headers = {
        "Content-Type": "application/json",
        "X-TIMESTAMP": timestamp,
        "X-CLIENT-KEY": args.client_id,
        "X-SIGNATURE": signature.value,
    }
    if args.json:
        emit_json(
            {
                "ok": True,
                "algorithm": "SHA256withRSA",
                "string_to_sign": signature.string_to_sign,
                "signature_base64": signature.base64,
                "signature_hex": signature.hex,
                "encoding": signature.encoding.value,
                "headers": headers,
                "key_fingerprint_sha256": keys.fingerprint(private_key.public_key()),
            }
        )
        return 0
    print("Access-token signature (SHA256withRSA over clientId|X-TIMESTAMP)")
    emit_fields(
        [
            ("string to sign", signature.string_to_sign),
            *_signature_rows(signature),
            ("signing key", f"SHA256 {keys.fingerprint(private_key.public_key())}"),
        ]
    )
    print("Headers:")
    emit_fields(list(headers.items()), indent=4)
    return 0


def _read_body(path: Path) -> bytes:
    if str(path) == "-":
        return read_standard_input("the body", BODY_FILE_LIMIT)
    return read_input_file(
        path,
        "the body file",
        BODY_FILE_LIMIT,
        fix="Check the path given to --body-file (an empty file means a request without body).",
    )


def _secret(path: Path | None, env: str, what: str, option: str) -> str:
    if path is not None:
        value = first_line_of(path, what, option)
    elif os.environ.get(env):
        value = environment_bytes(env) or b""
    else:
        raise BadInput(
            f"No {what} given.",
            f"Give {option} FILE (first line) or set {env}; secrets are never arguments.",
        )
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(
            f"The {what} is not UTF-8 text.", f"Check the file given to {option}."
        ) from None


def cmd_sign_service(args: argparse.Namespace) -> int:
    secret = _secret(
        args.client_secret_file, CLIENT_SECRET_ENV, "client secret", "--client-secret-file"
    )
    if args.token is not None:
        token = args.token
    else:
        token = _secret(args.token_file, ACCESS_TOKEN_ENV, "access token", "--token-file")
    token = token.removeprefix("Bearer ").strip()
    timestamp = _timestamp(args.timestamp)
    if not args.path.startswith("/"):
        raise BadInput(
            f"'{args.path}' is not a relative URL.",
            "Give the path as sent, starting with / and without the host, e.g. "
            "/OVOSNAP/v2.0/emoney/topup.",
        )
    body = _read_body(args.body_file)
    signature = sign_service_request(
        secret, args.method, args.path, token, body, timestamp, Encoding(args.encoding)
    )
    shown_token = token if args.reveal_token else mask(token)
    shown_string = signature.string_to_sign.replace(f":{token}:", f":{shown_token}:", 1)
    minified = (signature.minified_body or b"").decode("utf-8")
    headers = {
        "Authorization": f"Bearer {shown_token}",
        "X-TIMESTAMP": timestamp,
        "X-SIGNATURE": signature.value,
        "Content-Type": "application/json",
    }
    if args.json:
        emit_json(
            {
                "ok": True,
                "algorithm": "HMAC-SHA512",
                "minified_body": minified,
                "body_sha256": signature.body_hash,
                "string_to_sign": shown_string,
                "token_masked": not args.reveal_token,
                "signature_hex": signature.hex,
                "signature_base64": signature.base64,
                "encoding": signature.encoding.value,
                "headers": headers,
            }
        )
        return 0
    print("Transaction signature (HMAC-SHA512 with the client secret)")
    emit_fields(
        [
            ("minified body", minified or "(none: the hash of the empty string is used)"),
            ("body SHA-256 (hex)", signature.body_hash),
            ("string to sign", shown_string),
            *_signature_rows(signature),
        ]
    )
    if not args.reveal_token:
        print("The access token is masked above; --reveal-token shows it.")
    print("Send the minified body exactly as shown: its bytes are what was hashed.")
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    sign = sub.add_parser(
        "sign",
        help="compute SNAP signatures, showing every intermediate value",
        description="A SNAP signature calculator: every value that goes into a signature.",
    )
    sign_sub = sign.add_subparsers(dest="sign_command", required=True, metavar="{token,service}")
    token = sign_sub.add_parser(
        "token",
        help="X-SIGNATURE of the access-token call",
        description=(
            "Sign an access-token request: SHA256withRSA with your SNAP signing private key "
            "(private.pem) over `clientId|X-TIMESTAMP`. Prints the string to sign, the "
            "signature in base64 and hex, and the headers to send. The timestamp is now in "
            "Asia/Jakarta unless --timestamp gives one (to reproduce a request)."
        ),
    )
    token.add_argument("--client-id", required=True, metavar="ID", help="your client ID")
    token.add_argument(
        "--private-key",
        type=Path,
        required=True,
        metavar="F",
        help="your SNAP signing private key (private.pem)",
    )
    token.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help=f"file whose first line is the key's passphrase (or {KEY_PASSPHRASE_ENV})",
    )
    token.add_argument(
        "--timestamp", metavar="TS", help="X-TIMESTAMP, e.g. 2023-09-06T05:02:58.247+07:00"
    )
    token.add_argument(
        "--encoding",
        choices=[e.value for e in Encoding],
        default="base64",
        help="encoding of X-SIGNATURE (default base64, as OVO expects)",
    )
    token.add_argument("--json", action="store_true", help="print one JSON object")
    token.set_defaults(handler=cmd_sign_token)

    service = sign_sub.add_parser(
        "service",
        help="X-SIGNATURE of a transaction call (HMAC-SHA512)",
        description=(
            "Sign a transaction request: HMAC-SHA512 with your client secret over "
            "`METHOD:path:accessToken:lowerhex(SHA-256(minified body)):X-TIMESTAMP`. Prints "
            "the minified body, its hash, the string to sign (token masked unless "
            "--reveal-token) and the signature in hex and base64. The client secret comes "
            f"from --client-secret-file or {CLIENT_SECRET_ENV}; the token from --token, "
            f"--token-file or {ACCESS_TOKEN_ENV}."
        ),
    )
    service.add_argument("--method", required=True, metavar="M", help="HTTP method, e.g. POST")
    service.add_argument(
        "--path",
        required=True,
        metavar="P",
        help="relative URL as sent, with the query string if any",
    )
    service.add_argument("--token", metavar="T", help="the access token (without 'Bearer ')")
    service.add_argument(
        "--token-file", type=Path, metavar="F", help="file whose first line is the access token"
    )
    service.add_argument(
        "--client-secret-file",
        type=Path,
        metavar="F",
        help="file whose first line is the client secret",
    )
    service.add_argument(
        "--body-file",
        type=Path,
        required=True,
        metavar="F",
        help="the JSON body (- for standard input; an empty file for none)",
    )
    service.add_argument("--timestamp", metavar="TS", help="X-TIMESTAMP to use instead of now")
    service.add_argument(
        "--encoding",
        choices=[e.value for e in Encoding],
        default="hex",
        help="encoding of X-SIGNATURE (default hex, as OVO's sample shows)",
    )
    service.add_argument(
        "--reveal-token",
        action="store_true",
        help="show the access token in the output instead of masking it",
    )
    service.add_argument("--json", action="store_true", help="print one JSON object")
    service.set_defaults(handler=cmd_sign_service)
