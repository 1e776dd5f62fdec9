"""`env`, `sandbox register`, `token`, `inquiry`, `topup`, `status`: the SOP's calls.

Each command runs one asyncio loop over the workspace's client. Exit codes: 0 done, 1 the
API said no (`CODE - Message`), 2 bad input, 3 a top-up's outcome is unknown.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from core import keys
from core.cli.key_commands import load_private_key_file
from core.cli.output import emit_fields, emit_json
from core.cli.passphrases import (
    KEY_PASSPHRASE_ENV,
    can_prompt,
    get_passphrase,
    passphrase_from_file,
)
from core.client import ApiError, NoAnswer
from core.credentials import parse_credentials
from core.environments import SANDBOX, SETTINGS_HELP, apply_setting
from core.errors import BadInput, OutcomeUnknown, WorkbenchError
from core.request_profile import PRESETS, body_settings, path_advice, path_note, preset
from core.secrets import KeyringUnavailable
from core.snap import bodies
from core.snap.profile import path_version
from core.topup import Outcome, TopupResult, account_inquiry, confirmation, format_idr
from core.topup import topup as send_topup
from core.workspace import Workspace

if TYPE_CHECKING:
    from core.credential_files import OpenedCredentials
    from core.environments import Environment
    from core.topup import Confirmation, Inquiry

EXIT_API, EXIT_UNKNOWN = 1, 3


def _workspace() -> Workspace:
    workspace = Workspace()
    _tell(workspace)
    if workspace.secrets_warning:
        sys.stderr.write(f"note: {workspace.secrets_warning}\n")
    workspace.on_notice = lambda text: _note(text)
    return workspace


def _note(text: str) -> None:
    sys.stderr.write(f"note: {text}\n")


def _tell(workspace: Workspace) -> None:
    """Notes about the workbench's files (a damaged one set aside, a journal entry that
    could not be completed), on stderr so that --json output stays one object."""
    for notice in workspace.take_notices():
        sys.stderr.write(f"note: {notice}\n")


def _run(args: argparse.Namespace, work: Callable[[Workspace], Awaitable[int]]) -> int:
    """Run `work(workspace)` on a loop, close the HTTP client before the loop ends.

    A top-up that left while the run was interrupted (Ctrl-C) or failed unexpectedly has
    an unknown outcome: that is exit 3 with its partnerReferenceNo, never "nothing was
    written", and its record stays pending so that the next run settles it by status."""
    passphrase_file = getattr(args, "passphrase_file", None)
    given = passphrase_from_file(passphrase_file) if passphrase_file else None
    workspace = _workspace()
    workspace.given_passphrase = given
    if can_prompt():
        workspace.ask_passphrase = _prompt_for_passphrase(workspace)
    env_name = getattr(args, "env", None)
    before = _unsettled(workspace, env_name)

    async def main() -> int:
        try:
            return await work(workspace)
        finally:
            await workspace.aclose()

    try:
        return asyncio.run(main())
    except ApiError as exc:
        if getattr(args, "json", False):
            emit_json(
                {
                    "ok": False,
                    "code": exc.exchange.code.code if exc.exchange.code else None,
                    "message": exc.exchange.message,
                    "error": str(exc.problem),
                }
            )
        sys.stderr.write(f"{exc.problem}\n")
        if exc.fix:
            sys.stderr.write(f"  {exc.fix}\n")
        return EXIT_API
    except KeyboardInterrupt:
        left = [ref for ref in _unsettled(workspace, env_name) if ref not in before]
        if not left:
            raise
        raise OutcomeUnknown(
            f"Interrupted after the top-up was sent; its outcome is unknown "
            f"(partnerReferenceNo {', '.join(left)}).",
            "Do not send it again. The next `topup` checks its status first, or ask now: "
            f"status --partner-reference-no {left[0]}",
            left,
        ) from None
    except WorkbenchError:
        raise
    except Exception as exc:
        exc.unsettled_references = [  # type: ignore[attr-defined]
            ref for ref in _unsettled(workspace, env_name) if ref not in before
        ]
        raise
    finally:
        _tell(workspace)
        workspace.close()


def _prompt_for_passphrase(workspace: Workspace) -> Callable[[str], Awaitable[bool]]:
    """No-keyring mode on a terminal: the exchange key's passphrase typed once per run."""

    async def ask(env_name: str) -> bool:
        import getpass

        typed = getpass.getpass(
            f"Passphrase of the exchange key {workspace.exchange_key_name(env_name)} "
            f"(no-keyring mode, opens the client secret of {env_name}): "
        )
        if not typed:
            return False
        passphrase = typed.encode("utf-8")
        unlocked = await asyncio.to_thread(workspace.open_kept_credentials, env_name, passphrase)
        workspace.keep_unlocked(unlocked)
        return True

    return ask


def _unsettled(workspace: Workspace, env_name: str | None) -> list[str]:
    """The partnerReferenceNos of the environment's top-ups whose outcome is not settled."""
    if not env_name:
        return []
    try:
        name = workspace.environment(env_name).name
        return [row["partner_reference_no"] for row in workspace.pending.unresolved(name)]
    except Exception:  # only used to word a failure; it must not replace the failure
        return []


# --- env ---------------------------------------------------------------------------------------


def cmd_env_list(args: argparse.Namespace) -> int:
    workspace = _workspace()
    rows = [
        (
            env.name,
            f"{env.category:<10} {env.base_url or '(embedded sandbox)'}"
            f"  {'ready' if env.client_id else 'no credentials yet'}",
        )
        for env in workspace.settings.environments.values()
    ]
    if args.json:
        emit_json(
            {
                "ok": True,
                "environments": [e.to_dict() for e in workspace.settings.environments.values()],
            }
        )
    else:
        emit_fields(rows, indent=0)
    return 0


def cmd_env_show(args: argparse.Namespace) -> int:
    workspace = _workspace()
    env = workspace.environment(args.name)
    data = env.to_dict()
    data["production"] = env.is_production
    data.update(_secrets_mode(workspace, env.name))
    data["path_versions"] = {s.name.lower(): path_version(p) for s, p in env.profile.paths.items()}
    if args.json:
        emit_json({"ok": True, **data})
        return 0
    data.pop("path_versions")
    profile = data.pop("profile")
    emit_fields(list(data.items()), indent=0)
    _print_profile(env, profile)
    return 0


def _secrets_mode(workspace: Workspace, env_name: str) -> dict:
    """Which mode is in force and where the environment's secrets are kept."""
    kept = workspace.has_kept_credentials(env_name)
    folder = workspace.credentials_folder(env_name)
    if workspace.no_keyring:
        token_file = workspace.token_file(env_name)
        return {
            "secrets_mode": f"no keyring ({workspace.no_keyring_reason})",
            "client_secret": (
                f"inside OVO's encrypted files in {folder}, opened each run with the exchange "
                "key's passphrase (--passphrase-file, WORKBENCH_PASSPHRASE or a prompt)"
                if kept
                else "not stored"
            ),
            "access_token": f"encrypted in {token_file}"
            + ("" if token_file.exists() else " (none kept now)"),
            "credential_files": f"kept in {folder}" if kept else "none kept",
            "no_keyring": True,
        }
    try:
        stored = workspace.secrets.get(f"{env_name}:client_secret")
    except KeyringUnavailable as exc:  # unknown, which is not "not stored"
        secret = f"unknown: the OS keyring {exc.why}"
    else:
        secret = f"stored in {workspace.secrets.description}" if stored else "not stored"
    mode = (
        "OS keyring"
        if workspace.secrets.persistent
        else f"session only ({workspace.secrets.description})"
    )
    return {
        "secrets_mode": mode,
        "client_secret": secret,
        "access_token": f"kept in {workspace.secrets.description}"
        if workspace.secrets.persistent
        else "this run only",
        "credential_files": f"copies kept in {folder}" if kept else "none kept",
        "no_keyring": False,
    }


def _print_profile(env: Environment, profile: dict) -> None:
    """The request profile as `env set` names its settings: each path with its version,
    the headers, and the optional body fields; then where the top-up's version comes from."""
    print("profile:")
    shown: tuple[str, ...] = ("name", "token_signature_encoding", "service_signature_encoding")
    shown += ("timestamp_format", "sign_query_string")
    emit_fields([(k, profile[k]) for k in shown], indent=2)
    print("paths:")
    services = list(env.profile.paths)
    width = max(len(env.profile.path(s)) for s in services)
    emit_fields(
        [
            (
                f"path.{s.name.lower()}",
                f"{env.profile.path(s).ljust(width)}  {path_note(env.profile, s)}",
            )
            for s in services
        ],
        indent=2,
    )
    print("headers:")
    headers = [
        (f"header.{s.name.lower()}.{name}", value)
        for s, entries in env.profile.custom_headers.items()
        for name, value in entries.items()
    ]
    emit_fields(headers or [("(none)", "")], indent=2)
    print("body fields:")
    emit_fields(list(body_settings(env.profile).items()), indent=2)
    print(f"note: {path_advice(env.name, env.profile)}")


def cmd_env_set(args: argparse.Namespace) -> int:
    workspace = _workspace()
    env = apply_setting(workspace.environment(args.name), args.setting, args.value)
    workspace.settings.put(env)
    print(f"{env.name}: {args.setting} set.")
    return 0


def cmd_env_preset(args: argparse.Namespace) -> int:
    workspace = _workspace()
    chosen = preset(args.preset)
    env, changed = workspace.apply_preset(args.name, chosen.name)
    advice = path_advice(env.name, env.profile)
    if args.json:
        emit_json(
            {
                "ok": True,
                "environment": env.name,
                "preset": chosen.name,
                "changes": {k: {"before": b, "after": a} for k, (b, a) in changed.items()},
                "note": advice,
            }
        )
        return 0
    if not changed:
        print(f"{env.name} already has the body fields of {chosen.name}; nothing changed.")
    else:
        print(f"{env.name}: {chosen.name} ({chosen.title}) set:")
        emit_fields(
            [(k, f"{b or '(not sent)'} -> {a or '(not sent)'}") for k, (b, a) in changed.items()]
        )
    print(f"note: {advice}")
    return 0


def cmd_env_add(args: argparse.Namespace) -> int:
    workspace = _workspace()
    template = workspace.environment(args.like)
    env = workspace.add_environment(args.name, args.like)
    print(
        f"Added {env.name}, like {template.name} without its credentials. "
        f"Next: env set {env.name} base_url https://…"
    )
    return 0


def cmd_env_passphrase(args: argparse.Namespace) -> int:
    passphrase = get_passphrase(
        args.passphrase_file, KEY_PASSPHRASE_ENV, prompt="Passphrase of the signing key: "
    )
    if passphrase is None:
        raise BadInput("No passphrase given.", "Give --passphrase-file F or run in a terminal.")
    workspace = _workspace()
    try:
        workspace.remember_signing_passphrase(args.name, passphrase)
        where = workspace.secrets.description
    finally:
        workspace.close()
    print(f"The passphrase opens the signing key; kept in {where}.")
    return 0


# --- credentials into an environment -------------------------------------------------------------


def cmd_sandbox_register(args: argparse.Namespace) -> int:
    """The whole SOP exchange against the embedded sandbox, in one step."""

    exchange_loaded, _ = load_private_key_file(args.exchange_key, args.passphrase_file)
    signing_loaded, signing_passphrase = load_private_key_file(
        args.signing_key, args.passphrase_file
    )
    keys.require_rsa(exchange_loaded, keys.Role.EXCHANGE, args.exchange_key.name)
    keys.require_rsa(signing_loaded, keys.Role.SIGNING, args.signing_key.name)
    workspace = _workspace()
    try:
        env = workspace.register_keys_with_sandbox(
            exchange_loaded,
            signing_loaded,
            args.signing_key,
            signing_passphrase,
            exchange_key=args.exchange_key,
        ).environment
        where = _where_the_secret_is(workspace, env.name)
    finally:
        workspace.close()
    if args.json:
        emit_json(
            {
                "ok": True,
                "environment": env.name,
                "client_id": env.client_id,
                "channel_id": env.channel_id,
                "signing_key": env.signing_key,
                "exchange_key": env.exchange_key,
                "secrets": where,
                "no_keyring": workspace.no_keyring,
            }
        )
        return 0
    print("Registered with the embedded sandbox, decrypted its credential files and saved them.")
    emit_fields(
        [
            ("environment", env.name),
            ("client ID", env.client_id),
            ("channel ID", env.channel_id),
            ("signing key", env.signing_key),
            ("client secret", f"in {where}"),
        ]
    )
    print("next: python main.py token")
    return 0


def save_decrypted(env_name: str, opened: OpenedCredentials) -> str:
    """`decrypt --save-to ENV`: the record into an environment, and OVO's two files kept
    under the home; returns where the secret went."""
    workspace = _workspace()
    try:
        env = workspace.save_credentials(
            env_name, parse_credentials(opened.envelope.plaintext), ovo_files=opened.ovo_files()
        )
        return _where_the_secret_is(workspace, env.name)
    finally:
        workspace.close()


def _where_the_secret_is(workspace: Workspace, env_name: str) -> str:
    if workspace.no_keyring:
        return (
            f"OVO's encrypted files kept in {workspace.credentials_folder(env_name)} "
            "(no-keyring mode: each run opens them with the exchange key and its passphrase)"
        )
    return workspace.secrets.description


# --- calls -------------------------------------------------------------------------------------


def cmd_token(args: argparse.Namespace) -> int:
    async def work(workspace: Workspace) -> int:
        await _resolve_leftovers(workspace, args.env, before_topup=False)
        client = workspace.client(args.env)
        try:
            token = await client.token(secret=False)
        except NoAnswer as exc:
            raise BadInput(exc.problem, exc.fix) from None
        reused = token.reused
        report = {
            "ok": True,
            "environment": args.env,
            "token": token.masked,
            "issued_at": _iso(token.issued_at),
            "expires_at": _iso(token.expires_at),
            "expires_in_seconds": int(token.remaining()),
            "reused": reused,
        }
        if args.json:
            emit_json(report)
        else:
            print("Reused the still-valid token." if reused else "Got a new access token.")
            emit_fields(
                [
                    ("token", token.masked),
                    ("issued", report["issued_at"]),
                    ("expires", report["expires_at"]),
                    (
                        "valid for",
                        f"{report['expires_in_seconds'] // 60} min "
                        f"{report['expires_in_seconds'] % 60} s",
                    ),
                ]
            )
            print("OVO's rule: a token lives 15 minutes; reuse it, never get one per call.")
        return 0

    return _run(args, work)


def _iso(seconds: float) -> str:
    from datetime import UTC, datetime

    from core.snap.timestamps import format_timestamp

    return format_timestamp(datetime.fromtimestamp(seconds, UTC))


_CUSTOMER_HELP = "OVO number: 08 and 8 to 11 more digits (spaces and dashes are ignored)"
_AMOUNT_HELP = "whole rupiah, e.g. 50000, 50.000 or 50,000 (no decimals but ,00)"


def _amount(text: str) -> Decimal:
    return bodies.parse_user_amount(text)


def cmd_inquiry(args: argparse.Namespace) -> int:
    _read_call_inputs(args)

    async def work(workspace: Workspace) -> int:
        await _resolve_leftovers(workspace, args.env, before_topup=False)
        inquiry = await _inquire(workspace, args)
        conf = confirmation(inquiry, args.env, workspace.environment(args.env).is_production)
        if args.json:
            emit_json(
                {
                    "ok": True,
                    **_confirmation_json(conf),
                    "session_id": inquiry.session_id,
                    "min_amount": str(inquiry.min_amount),
                    "max_amount": str(inquiry.max_amount),
                }
            )
        else:
            print(inquiry.exchange.display)
            emit_fields(conf.lines())
        return 0

    return _run(args, work)


def _read_call_inputs(args: argparse.Namespace) -> tuple[str, Decimal]:
    """The customer number and amount, strictly read: a malformed one reaches no client."""
    return bodies.parse_customer_number(args.customer), _amount(args.amount)


async def _inquire(workspace: Workspace, args: argparse.Namespace) -> Inquiry:
    customer, amount = _read_call_inputs(args)
    try:
        return await account_inquiry(workspace.client(args.env), customer, amount)
    except NoAnswer as exc:
        raise BadInput(exc.problem, exc.fix) from None


def _confirmation_json(conf: Confirmation) -> dict:
    return {
        "destination_number": conf.destination_number,
        "destination_name": conf.destination_name,
        "amount": str(conf.amount),
        "fee": str(conf.fee),
        "total": str(conf.total),
        "environment": conf.environment,
        "production": conf.production,
    }


def _confirm(conf: Confirmation, assume_yes: bool, as_json: bool) -> None:
    out = sys.stderr if as_json else sys.stdout
    print("Please confirm the top-up:", file=out)
    width = max(len(k) for k, _ in conf.lines())
    for label, value in conf.lines():
        print(f"  {label.ljust(width)}  {value}", file=out)
    if assume_yes and not conf.production:
        return
    if not can_prompt():
        hint = "" if conf.production else " (or --yes)"
        raise BadInput(
            "The top-up needs your confirmation and there is no terminal to ask in; nothing "
            "was sent.",
            f"Run it in a terminal{hint}."
            + (" Production always asks." if conf.production else ""),
        )
    word = conf.environment.upper() if conf.production else "yes"
    answer = input(f"Type {word} to send it: ")
    if answer.strip() != word:
        raise BadInput("Not confirmed; nothing was sent.", "")


def _report_topup(result: TopupResult, as_json: bool) -> int:
    if as_json:
        emit_json(
            {
                "ok": result.outcome is Outcome.SUCCESS,
                "outcome": result.outcome.value,
                "partner_reference_no": result.partner_reference_no,
                "reference_no": result.reference_no,
                "external_id": result.external_id,
                "amount": str(result.amount),
                "message": result.message,
                "resolved_by_status": result.resolved_by_status,
            }
        )
    elif result.outcome is Outcome.SUCCESS:
        how = " (confirmed by the top-up status call)" if result.resolved_by_status else ""
        print(f"Top-up successful: {format_idr(result.amount)}{how}.")
        emit_fields(
            [
                ("partnerReferenceNo", result.partner_reference_no),
                ("referenceNo", result.reference_no),
                ("answer", result.message),
            ]
        )
    else:
        print(f"Top-up {result.outcome.value}: {result.message}", file=sys.stderr)
        print(f"  partnerReferenceNo {result.partner_reference_no}", file=sys.stderr)
    return {Outcome.SUCCESS: 0, Outcome.FAILED: EXIT_API, Outcome.UNKNOWN: EXIT_UNKNOWN}[
        result.outcome
    ]


def cmd_topup(args: argparse.Namespace) -> int:
    _read_call_inputs(args)  # before the workspace, the token or any leftover is touched

    async def work(workspace: Workspace) -> int:
        client = workspace.client(args.env)
        await _resolve_leftovers(workspace, args.env, before_topup=True)
        inquiry = await _inquire(workspace, args)
        conf = confirmation(inquiry, args.env, workspace.environment(args.env).is_production)
        _confirm(conf, args.yes, args.json)
        result = await send_topup(client, inquiry, workspace.pending, args.env)
        return _report_topup(result, args.json)

    return _run(args, work)


async def _resolve_leftovers(workspace: Workspace, env: str, *, before_topup: bool) -> None:
    """Top-ups left pending by an interrupted run, or unknown earlier, are checked with the
    status call at the start of every call to their environment, and said so: the user
    learns what became of them before doing anything new."""
    if before_topup:
        workspace.pending.refuse_if_held()  # before the inquiry: none while one may be lost
    waiting = workspace.unsettled_topups(env)
    if not waiting:
        return
    sys.stderr.write(
        f"note: checking {len(waiting)} earlier top-up(s) whose outcome is not settled yet "
        f"({', '.join(waiting)}) with the top-up status call...\n"
    )
    for result in await workspace.resolve_unsettled_topups(env, before_topup=before_topup):
        sys.stderr.write(
            f"note: earlier top-up {result.partner_reference_no}: "
            f"{result.outcome.value} ({result.message})\n"
        )


def cmd_status(args: argparse.Namespace) -> int:
    async def work(workspace: Workspace) -> int:
        await _resolve_leftovers(workspace, args.env, before_topup=False)
        lookup = await workspace.topup_status(args.env, args.partner_reference_no)
        exchange = lookup.exchange
        data = exchange.response_json or {}
        if args.json:
            emit_json(
                {
                    "ok": exchange.succeeded,
                    "code": exchange.code.code if exchange.code else None,
                    "message": exchange.message,
                    **data,
                }
            )
        else:
            print(exchange.display)
            if exchange.succeeded:
                emit_fields(
                    [
                        (
                            "status",
                            f"{data.get('latestTransactionStatus')} "
                            f"{data.get('transactionStatusDesc', '')}",
                        ),
                        ("referenceNo", data.get("originalReferenceNo")),
                        ("amount", (data.get("amount") or {}).get("value")),
                    ]
                )
        return 0 if exchange.succeeded else EXIT_API

    return _run(args, work)


# --- parsers -----------------------------------------------------------------------------------


def add_sandbox_register(sandbox_sub: argparse._SubParsersAction) -> None:
    register = sandbox_sub.add_parser(
        "register",
        help="register your keys with the embedded sandbox and save the credentials",
        description=(
            "The SOP's whole credential exchange, rehearsed in one step: registers your "
            "exchange and signing keys with the embedded sandbox, decrypts the files it "
            "issues with your exchange private key, and saves the client ID, channel ID and "
            "the signing key's location to the Sandbox environment (the client secret, and "
            "the signing key's passphrase if it has one, into the OS keyring; the issued "
            ".enc files are kept under the home, where no-keyring mode opens them)."
        ),
    )
    register.add_argument(
        "--exchange-key",
        type=Path,
        required=True,
        metavar="F",
        help="your credential-exchange private key (id_rsa.pem)",
    )
    register.add_argument(
        "--signing-key",
        type=Path,
        required=True,
        metavar="F",
        help="your SNAP signing private key (private.pem)",
    )
    register.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="file whose first line is the keys' passphrase",
    )
    register.add_argument("--json", action="store_true", help="print one JSON object")
    register.set_defaults(handler=cmd_sandbox_register)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    env = sub.add_parser(
        "env",
        help="list, show and change environments",
        description="Environments: Sandbox, Staging, Production and your own.",
    )
    env_sub = env.add_subparsers(
        dest="env_command", required=True, metavar="{list,show,set,preset,add,passphrase}"
    )
    listing = env_sub.add_parser("list", help="every environment, one line each")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_env_list)
    show = env_sub.add_parser("show", help="one environment's settings (never a secret)")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_env_show)
    change = env_sub.add_parser(
        "set",
        help="change one setting",
        description="Change one setting of an environment. Settings: "
        + "; ".join(f"{k}: {v}" for k, v in SETTINGS_HELP.items()),
    )
    change.add_argument("name", metavar="NAME")
    change.add_argument("setting", metavar="SETTING")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(handler=cmd_env_set, json=False)
    presets = env_sub.add_parser(
        "preset",
        help="set the optional body fields of a ready profile",
        description="Give an environment the optional top-up and inquiry body fields of a "
        "preset (customerName, feeAmount, sessionId, additionalInfo), and print what "
        "changed. Paths and headers are not touched. Presets: "
        + "; ".join(f"{p.name}: {p.title}" for p in PRESETS.values()),
    )
    presets.add_argument("name", metavar="NAME")
    presets.add_argument("preset", metavar="PRESET", help=", ".join(PRESETS))
    presets.add_argument("--json", action="store_true")
    presets.set_defaults(handler=cmd_env_preset)
    add = env_sub.add_parser(
        "add",
        help="a new environment of your own",
        description="Add an environment with the settings (paths, encodings, headers) of "
        "another one, without its credentials.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--like",
        default="Staging",
        metavar="ENV",
        help="copy the settings of ENV (default Staging)",
    )
    add.set_defaults(handler=cmd_env_add, json=False)
    remember = env_sub.add_parser(
        "passphrase",
        help="keep the signing key's passphrase in the OS keyring",
        description="Check that the passphrase opens the environment's signing key, then keep "
        "it in the OS keyring so token calls can sign without asking.",
    )
    remember.add_argument("name", metavar="NAME")
    remember.add_argument("--passphrase-file", type=Path, metavar="F")
    remember.set_defaults(handler=cmd_env_passphrase, json=False)

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--env", default=SANDBOX, metavar="NAME", help="environment (default Sandbox)"
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="F",
            help="no-keyring mode: file whose first line is the exchange key's passphrase "
            f"(else {KEY_PASSPHRASE_ENV}, or a prompt on a terminal)",
        )

    token = sub.add_parser(
        "token",
        help="get or reuse the 15-minute access token",
        description="Show the environment's access token (masked), getting one only when the "
        "kept one is missing or near expiry: OVO forbids a token per call.",
    )
    common(token)
    token.set_defaults(handler=cmd_token)

    inquiry = sub.add_parser(
        "inquiry",
        help="account inquiry: who receives, fee, limits",
        description="Account inquiry (mandatory before every top-up).",
    )
    inquiry.add_argument("--customer", required=True, metavar="NUMBER", help=_CUSTOMER_HELP)
    inquiry.add_argument("--amount", required=True, metavar="VALUE", help=_AMOUNT_HELP)
    common(inquiry)
    inquiry.set_defaults(handler=cmd_inquiry)

    topup = sub.add_parser(
        "topup",
        help="inquiry, confirmation, top-up; an unknown outcome is resolved by status",
        description="Top up an OVO account: account inquiry first, then the confirmation with "
        "the admin fee and total, then the top-up. If its outcome is unknown (timeout, HTTP "
        "500, dropped connection) the workbench asks top-up status, never sends it again. "
        "Exit 3 when the outcome stays unknown.",
    )
    topup.add_argument("--customer", required=True, metavar="NUMBER", help=_CUSTOMER_HELP)
    topup.add_argument("--amount", required=True, metavar="VALUE", help=_AMOUNT_HELP)
    topup.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (Production always asks)"
    )
    common(topup)
    topup.set_defaults(handler=cmd_topup)

    status = sub.add_parser("status", help="top-up status by partnerReferenceNo")
    status.add_argument("--partner-reference-no", required=True, metavar="REF")
    common(status)
    status.set_defaults(handler=cmd_status)
