"""`sandbox serve` and `sandbox issue-credentials`: the embedded OVO staging from a terminal.

`serve` lets a partner replay a copied curl command against the sandbox; the
credentials come from `issue-credentials`, which does what OVO's PIS team does with the
two public keys a partner sends, so the whole onboarding can be rehearsed offline.
"""

from __future__ import annotations

import argparse
import ipaddress
from pathlib import Path

from core.atomic_files import PRIVATE_MODE, FileToWrite, refuse_existing, write_files
from core.cli.key_commands import read_input_file
from core.cli.output import emit_fields, emit_json, emit_notes
from core.keys import EXCHANGE_PRIVATE_FILE
from core.sandbox import LEDGER_PATH
from core.snap.profile import OVO_PATHS, Service

KEY_FILE, CRED_FILE = "key.bin.enc", "cred_file.enc"


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number (0 to 65535)")
    return int(text)


def _seconds(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of seconds above 0")
    return int(text)


def cmd_serve(args: argparse.Namespace) -> int:
    from core.sandbox.server import SandboxConfig, SandboxServer, serve

    def ready(server: SandboxServer) -> None:
        count = server.store.partner_count()
        print(f"OVO SNAP sandbox listening on {server.url}")
        emit_fields(
            [
                *((service.title, f"POST {server.url}{OVO_PATHS[service]}") for service in Service),
                ("ledger (sandbox only)", f"GET  {server.url}{LEDGER_PATH}?customerNumber=..."),
                ("partners registered", count),
                ("token lifetime", f"{args.token_ttl} s"),
                ("state", server.store.path),
            ]
        )
        notes: list[str] = []
        notes.extend(server.store.notices)
        if count == 0:
            notes.append(
                "No partner is registered yet: run `python main.py sandbox issue-credentials` "
                "with your two public keys (it works while the sandbox runs)."
            )
        if not _is_loopback(args.host):
            notes.append(
                f"Listening on {args.host}: other machines can reach this sandbox, and it has "
                "no TLS."
            )
        emit_notes(notes)
        print("Press Ctrl-C to stop.", flush=True)

    config = SandboxConfig(token_ttl=args.token_ttl)
    if args.port is not None:
        serve(config, args.host, args.port, ready)
    else:
        from core.sandbox.home_port import remembered_port
        from core.sandbox.server import SandboxError

        port = remembered_port(args.host)
        try:
            serve(config, args.host, port, ready)
        except SandboxError:  # the home's port is taken: the window may be running
            print(f"note: this home's sandbox port {port} is taken; taking any free port.")
            serve(config, args.host, 0, ready)
    print("Sandbox stopped.")
    return 0


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def cmd_issue_credentials(args: argparse.Namespace) -> int:
    from core.sandbox.registration import register_partner
    from core.sandbox.store import SandboxStore

    out: Path = args.out
    key_path, cred_path = out / KEY_FILE, out / CRED_FILE
    if not args.force:
        refuse_existing([key_path, cred_path])  # before a partner is registered for nothing
    exchange = read_input_file(args.public_key, "the credential-exchange public key")
    signing = read_input_file(args.signing_public_key, "the signing public key")
    with SandboxStore() as store:
        registration = register_partner(
            store,
            exchange,
            signing,
            exchange_name=args.public_key.name,
            signing_name=args.signing_public_key.name,
        )
        state, set_aside = store.path, list(store.notices)
    write_files(
        [
            FileToWrite(key_path, registration.key_bin_enc, PRIVATE_MODE),
            FileToWrite(cred_path, registration.cred_file_enc, PRIVATE_MODE),
        ],
        overwrite=args.force,
    )
    private_key = _private_key_beside(args.public_key)
    next_step = (
        f"python main.py decrypt --private-key {private_key} --key-file {key_path} "
        f"--cred-file {cred_path}"
    )
    notes = set_aside + list(registration.notes)
    if args.json:
        emit_json(
            {
                "ok": True,
                "client_id": registration.client_id,
                "partner_id": registration.partner_id,
                "channel_id": registration.channel_id,
                "key_file": str(key_path),
                "cred_file": str(cred_path),
                "sandbox_state": str(state),
                "notes": notes,
                "next_step": next_step,
            }
        )
        return 0
    print("Registered a sandbox partner and wrote its credentials, as OVO's PIS team would.")
    emit_fields(
        [
            ("client ID", registration.client_id),
            ("partner ID", f"{registration.partner_id}  (the client ID, as OVO uses it)"),
            ("channel ID", registration.channel_id),
            ("client secret", "inside cred_file.enc only"),
            ("key file", key_path),
            ("credentials", cred_path),
            ("sandbox state", state),
        ]
    )
    emit_notes(notes)
    print(f"next: decrypt them with your exchange private key: {next_step}")
    return 0


def _private_key_beside(public_key: Path) -> Path | str:
    """id_rsa.pem next to id_rsa.pub.pem, if it is there; else the SOP's file name."""
    if public_key.name.endswith(".pub.pem"):
        candidate = public_key.with_name(public_key.name.removesuffix(".pub.pem") + ".pem")
        if candidate.exists():
            return candidate
    return EXCHANGE_PRIVATE_FILE


def add_parser(sub: argparse._SubParsersAction) -> argparse._SubParsersAction:
    sandbox = sub.add_parser(
        "sandbox",
        help="the embedded OVO sandbox: run it, get credentials for it",
        description=(
            "The embedded OVO sandbox: a strict stand-in for OVO's SNAP staging on your own "
            "machine. It checks what OVO checks (signatures, timestamps, tokens, "
            "X-EXTERNAL-ID, bodies, inquiry before top-up) and answers with OVO's codes. "
            "Its state (partners, ledger) is kept under the workbench home."
        ),
    )
    sandbox_sub = sandbox.add_subparsers(
        dest="sandbox_command", required=True, metavar="{serve,issue-credentials,register}"
    )

    serve = sandbox_sub.add_parser(
        "serve",
        help="run the sandbox until Ctrl-C",
        description=(
            "Run the sandbox in the foreground until Ctrl-C, and print its URL and the paths of "
            "its four "
            "services (access token, account inquiry, top up, top-up status), so curl "
            "commands copied from the workbench's log can be replayed against it. Test "
            "accounts: 081234567890 succeeds; 081200000001/2/3 answer 4033718, 4033705 and "
            "4033702; 081299000001..4 simulate a timeout, HTTP 500 after committing, a "
            "dropped connection and HTTP 500 without committing. "
            f"GET {LEDGER_PATH}?customerNumber=N (sandbox only) shows a customer's balance "
            "and credits."
        ),
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only)",
    )
    serve.add_argument(
        "--port",
        type=_port,
        default=None,
        metavar="N",
        help="port to listen on (default: this home's sandbox port, the window's too, chosen "
        "once and kept so that curl commands from the Log replay; 0: any free port)",
    )
    serve.add_argument(
        "--token-ttl",
        type=_seconds,
        default=900,
        metavar="SECONDS",
        help="access-token lifetime (default 900, OVO's 15 minutes; lower it to rehearse "
        "an expired token)",
    )
    serve.set_defaults(handler=cmd_serve)

    issue = sandbox_sub.add_parser(
        "issue-credentials",
        help="register your two public keys and get key.bin.enc + cred_file.enc",
        description=(
            "Do what OVO's PIS team does in staging step 1: take the partner's "
            "credential-exchange public key (id_rsa.pub.pem) and SNAP signing public key "
            "(public.pem), register a new sandbox partner, and write DIR/key.bin.enc and "
            "DIR/cred_file.enc, encrypted for the exchange key exactly as OVO's openssl "
            "recipe does. Decrypt them with `python main.py decrypt` (or the SOP's openssl "
            "commands) to get the client ID and secret. A running `sandbox serve` knows the "
            "new partner at once."
        ),
    )
    issue.add_argument(
        "--public-key",
        type=Path,
        required=True,
        metavar="id_rsa.pub.pem",
        help="the credential-exchange public key (RSA, BEGIN PUBLIC KEY)",
    )
    issue.add_argument(
        "--signing-public-key",
        type=Path,
        required=True,
        metavar="public.pem",
        help="the SNAP signing public key (RSA, BEGIN RSA PUBLIC KEY or BEGIN PUBLIC KEY)",
    )
    issue.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="folder for key.bin.enc and cred_file.enc (made if missing)",
    )
    issue.add_argument(
        "--force", action="store_true", help="replace key.bin.enc and cred_file.enc in DIR"
    )
    issue.add_argument("--json", action="store_true", help="print one JSON object")
    issue.set_defaults(handler=cmd_issue_credentials)
    return sandbox_sub
