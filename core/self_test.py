"""`self-test`: proof that this copy of the program works, built or from source.

Users install an executable, not Python, so a bundle that lacks one data file, one module
imported by name (uvicorn's protocols) or one package's metadata (keyring finds its
backends through entry points) fails only when a user reaches that feature. The self-test
reaches every one of them in a few seconds: the shipped data, the OS keyring, the embedded
sandbox, key generation, the SOP's credential exchange, a token, an account inquiry, a
top-up and, added by the front end that can (`gui/self_test.py`), every tab of the window.

It runs in a temporary workbench home (set as `WORKBENCH_HOME` for its duration, since the
sandbox's store follows that variable), so the user's home folder and the keyring entries
of the default home are never touched: keyring entries are scoped to the home
(`core.secrets.keyring_service`). It prints what it checked, never a secret: the client
secret, the passphrase and the token are removed from every line before it is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import secrets as random_tokens
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, cast

from core.errors import WorkbenchError

if TYPE_CHECKING:
    from core.key_files import WrittenPair
    from core.workspace import Workspace

EXIT_PASSED = 0
EXIT_FAILED = 1
CUSTOMER = "081234567890"  # the sandbox's ordinary account (Budi Santoso)
AMOUNT = Decimal(50000)
# Files without which a feature fails: the sandbox's accounts, the SNAP codes the client
# explains answers with, the combo-box arrow of the style sheet, the window icon.
REQUIRED_FILES = (
    "sandbox_accounts.json",
    "snap_codes.json",
    "icons/chevron-down.svg",
    "icons/chevron-up.svg",
    "icons/app.svg",
)
# What the credential exchange and the token leave in the keyring of the temporary home.
KEYRING_ENTRIES = ("client_secret", "signing_passphrase", "access_token")


class CheckFailed(WorkbenchError):
    """A check found the program broken; `problem` and `fix` are printed as they are."""


@dataclass
class Outcome:
    """What one check found, in a line a person can read (no secret in it)."""

    summary: str
    details: list[str] = field(default_factory=list)


@dataclass
class Check:
    """One step of the self-test. `needs` names the checks whose results it builds on:
    when one of them failed, this one is reported as skipped instead of failing again for
    the same reason."""

    name: str
    run: Callable[[SelfTest], Outcome]
    needs: tuple[str, ...] = ()


@dataclass
class Result:
    name: str
    status: str  # "ok", "FAIL", "skip"
    lines: list[str]


class SelfTest:
    """The shared state of one run: the temporary home, the workspace on it, and what the
    earlier checks produced (the key files, the client, the inquiry)."""

    def __init__(self, home: Path, *, require_keyring: bool) -> None:
        self.home = home
        self.require_keyring = require_keyring
        self.passphrase = random_tokens.token_urlsafe(18)  # a throwaway key's, in `home`
        self.workspace: Workspace | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.values: dict[str, object] = {}

    # --- what checks share ---------------------------------------------------------------

    def open_workspace(self) -> Workspace:
        """The workspace on the temporary home, with the secret store the program would
        use (the OS keyring when one answers), made on first use."""
        from core.secrets import open_secret_store
        from core.workspace import Workspace

        if self.workspace is None:
            self.workspace = Workspace(self.home, secrets=open_secret_store(home=self.home))
        return self.workspace

    def run_async(self, coro):
        """Checks that call the SNAP client share one loop (the client's HTTP connection
        pool belongs to the loop it was opened on)."""
        if self.loop is None:
            self.loop = asyncio.new_event_loop()
        return self.loop.run_until_complete(coro)

    def hide_secrets(self, text: str) -> str:
        """Remove every secret this run knows (passphrase, client secret, token) from a
        line about to be printed; the journal's redactor knows those the workspace read."""
        text = text.replace(self.passphrase, "<passphrase>")
        if self.workspace is not None:
            text = self.workspace.journal.redactor.text(text)
        return text

    def close(self) -> None:
        """End the workspace, and remove what the run put in the OS keyring: the temporary
        home goes away with its folder, its keyring entries would otherwise stay."""
        if self.workspace is not None:
            from core.workspace import secret_name

            if self.loop is not None:
                with contextlib.suppress(Exception):
                    self.loop.run_until_complete(self.workspace.aclose())
            for what in KEYRING_ENTRIES:
                with contextlib.suppress(Exception):
                    self.workspace.secrets.delete(secret_name("Sandbox", what))
            self.workspace.close()
        if self.loop is not None:
            self.loop.close()


# --- the checks ----------------------------------------------------------------------------


def check_program_files(test: SelfTest) -> Outcome:
    from core.resources import resource_path

    missing = [name for name in REQUIRED_FILES if not resource_path(name).is_file()]
    translations = sorted(p.name for p in resource_path("translations").glob("*.qm"))
    if not translations:
        missing.append("translations/*.qm")
    if missing:
        raise CheckFailed(
            f"Missing from {resource_path('')}: {', '.join(missing)}.",
            "Rebuild the program with `make package` (it compiles the translations and "
            "copies resources/ into the bundle); from a source copy, run `make translations`.",
        )
    where = "bundle" if getattr(sys, "frozen", False) else "source tree"
    return Outcome(
        f"{len(REQUIRED_FILES)} data files and translations ({', '.join(translations)}) "
        f"found in the {where}"
    )


def check_keyring(test: SelfTest) -> Outcome:
    """The store the workbench would use. With an OS keyring, a write, read and delete
    round trip under this run's own service name, so no entry of a real home is touched."""
    from core.secrets import keyring_service

    workspace = test.open_workspace()
    store = workspace.secrets
    if not store.persistent:
        where = (
            f"the workbench would run in {store.description}: the client secret inside "
            "OVO's encrypted files, opened with the exchange key's passphrase"
            if workspace.no_keyring
            else f"secrets would be kept for {store.description}"
        )
        if test.require_keyring:
            raise CheckFailed(
                f"No OS keyring answered: {where}.",
                "Start the desktop's keyring (on Linux: a Secret Service such as "
                "gnome-keyring, unlocked, on the session D-Bus); if one is running, the "
                "program lacks keyring's backends: rebuild it with `make package`.",
            )
        return Outcome(f"no OS keyring: {where}")
    name = f"self-test-{random_tokens.token_hex(4)}"
    value = random_tokens.token_urlsafe(12)
    store.set(name, value)
    try:
        read = store.get(name, fresh=True)  # from the keyring, not the run's memory
    finally:
        store.delete(name)
    if read != value:
        raise CheckFailed(
            f"The {store.description} gave back something else than was stored.",
            "Check the keyring (unlock it, or repair it with the desktop's keyring tool).",
        )
    if store.get(name, fresh=True) is not None:
        raise CheckFailed(
            f"The {store.description} kept an entry that was deleted.",
            "Check the keyring with the desktop's keyring tool.",
        )
    return Outcome(
        f"{store.description}: write, read and delete round trip",
        [f"service {keyring_service(test.home)!r}"],
    )


def check_sandbox(test: SelfTest) -> Outcome:
    server = test.open_workspace().sandbox()
    return Outcome(f"listening on {server.url}")


def check_keys(test: SelfTest) -> Outcome:
    from core import keys
    from core.key_files import generate_pair_files

    folder = test.home / "keys"
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    exchange = generate_pair_files(keys.Role.EXCHANGE, test.passphrase.encode(), folder)
    signing = generate_pair_files(keys.Role.SIGNING, None, folder)
    test.values["keys"] = (exchange, signing)
    return Outcome(
        f"exchange pair (RSA 2048, passphrase-protected) and signing pair (RSA 4096) "
        f"generated in {time.perf_counter() - started:.1f} s",
        [
            f"exchange public key SHA-256 {exchange.fingerprint_sha256}",
            f"signing public key SHA-256 {signing.fingerprint_sha256}",
        ],
    )


def check_credential_exchange(test: SelfTest) -> Outcome:
    exchange, signing = cast("tuple[WrittenPair, WrittenPair]", test.values["keys"])
    workspace = test.open_workspace()
    issued = workspace.request_sandbox_credentials(
        exchange.private_path, signing.private_path, test.passphrase.encode()
    )
    if not workspace.is_set_up("Sandbox"):
        raise CheckFailed(
            "The sandbox issued credentials but the Sandbox environment is not set up.",
            "Report this with the output above.",
        )
    return Outcome(
        f"key.bin.enc and cred_file.enc issued by the sandbox and decrypted; client ID "
        f"{issued.environment.client_id}, client secret kept in {issued.secrets_description}"
    )


def check_token(test: SelfTest) -> Outcome:
    workspace = test.open_workspace()
    token = test.run_async(workspace.access_token("Sandbox"))
    return Outcome(f"issued, valid for {token.remaining():.0f} s (value not shown)")


def check_inquiry(test: SelfTest) -> Outcome:
    from core.topup import account_inquiry, format_idr

    client = test.open_workspace().client("Sandbox")
    inquiry = test.run_async(account_inquiry(client, CUSTOMER, AMOUNT))
    test.values["inquiry"] = inquiry
    return Outcome(
        f"{CUSTOMER}: {inquiry.exchange.display}; {inquiry.customer_name} "
        f"({inquiry.shown_number}), {inquiry.fee_type} {format_idr(inquiry.fee)}"
    )


def check_topup(test: SelfTest) -> Outcome:
    from core.topup import Outcome as TopupOutcome
    from core.topup import format_idr, topup

    workspace = test.open_workspace()
    client = workspace.client("Sandbox")
    result = test.run_async(
        topup(client, test.values["inquiry"], workspace.pending, "Sandbox")  # type: ignore[arg-type]
    )
    if result.outcome is not TopupOutcome.SUCCESS:
        raise CheckFailed(
            f"The top-up did not succeed: {result.message} "
            f"(partnerReferenceNo {result.partner_reference_no}).",
            "Report this with the output above.",
        )
    return Outcome(
        f"{format_idr(result.amount)} to {CUSTOMER}: {result.message}; "
        f"partnerReferenceNo {result.partner_reference_no}"
    )


CORE_CHECKS = (
    Check("program files", check_program_files),
    Check("keyring", check_keyring),
    Check("embedded sandbox", check_sandbox),
    Check("keys", check_keys),
    Check("credential exchange", check_credential_exchange, ("embedded sandbox", "keys")),
    Check("access token", check_token, ("credential exchange",)),
    Check("account inquiry", check_inquiry, ("access token",)),
    Check("top-up", check_topup, ("account inquiry",)),
)


# --- running them ----------------------------------------------------------------------------


@contextlib.contextmanager
def temporary_home() -> Iterator[Path]:
    """A throwaway workbench home, set as WORKBENCH_HOME while the self-test runs."""
    previous = os.environ.get("WORKBENCH_HOME")
    with tempfile.TemporaryDirectory(prefix="workbench-self-test-") as folder:
        os.environ["WORKBENCH_HOME"] = folder
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop("WORKBENCH_HOME", None)
            else:
                os.environ["WORKBENCH_HOME"] = previous


def _failure_lines(exc: BaseException) -> list[str]:
    if isinstance(exc, WorkbenchError):
        lines = [exc.problem]
        if exc.fix:
            lines.append(f"Fix: {exc.fix}")
        return lines
    if isinstance(exc, ImportError):
        return [
            f"{type(exc).__name__}: {exc}",
            "Fix: the program lacks a module or a system library it loads; rebuild it with "
            "`make package`, or install the system libraries the README lists.",
        ]
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    at = f" (at {Path(where[0].filename).name}:{where[0].lineno})" if where else ""
    return [
        f"{type(exc).__name__}: {exc}{at}",
        "Fix: report this with the output above.",
    ]


def run_checks(checks: Sequence[Check], test: SelfTest, out: TextIO) -> list[Result]:
    """Run `checks` in order, printing each result as it comes (a hang shows where)."""
    results: list[Result] = []
    failed: set[str] = set()
    for check in checks:
        blocked = [name for name in check.needs if name in failed]
        started = time.perf_counter()
        if blocked:
            result = Result(check.name, "skip", [f"needs {', '.join(blocked)}"])
            failed.add(check.name)
        else:
            try:
                outcome = check.run(test)
                result = Result(check.name, "ok", [outcome.summary, *outcome.details])
            except Exception as exc:  # every failure is reported, and the run goes on
                result = Result(check.name, "FAIL", _failure_lines(exc))
                failed.add(check.name)
        lines = [test.hide_secrets(line) for line in result.lines]
        elapsed = time.perf_counter() - started
        print(f"  {result.status:<4}  {check.name}: {lines[0]}  [{elapsed:.1f} s]", file=out)
        for line in lines[1:]:
            print(f"        {line}", file=out)
        out.flush()
        results.append(result)
    return results


def program_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ovo-snap-workbench")
    except PackageNotFoundError:
        return "(version unknown: package metadata missing)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ovo-snap-workbench self-test",
        description="Check that this copy of the workbench works: shipped data, the OS "
        "keyring, the embedded sandbox, key generation, the credential exchange, a token, "
        "an account inquiry, a top-up and every tab of the window (offscreen). Runs in a "
        "temporary home folder; your own home and keyring entries are not touched. "
        "Exit code 0 only if every check passed.",
    )
    parser.add_argument(
        "--require-keyring",
        action="store_true",
        help="fail unless an OS keyring is reachable (CI: proves the built program finds "
        "its keyring backends) instead of accepting session-only secrets",
    )
    parser.add_argument(
        "--no-window", action="store_true", help="skip the window's checks (tabs, text services)"
    )
    return parser


def main(
    argv: Sequence[str],
    *,
    window_checks: Callable[[], Sequence[Check]] | None = None,
    out: TextIO | None = None,
) -> int:
    """Run the self-test and print its checklist; 0 if every check passed, else 1.

    `window_checks` comes from the front end that can draw (main.py passes the GUI's):
    `core` never imports Qt, and a program whose Qt cannot load still reports the rest.
    """
    args = build_parser().parse_args(argv)
    out = out or sys.stdout
    started = time.perf_counter()
    kind = "built program" if getattr(sys, "frozen", False) else "source copy"
    print(
        f"OVO SNAP Workbench {program_version()} self-test ({kind}, Python "
        f"{platform.python_version()}, {platform.system()} {platform.machine()})",
        file=out,
    )
    checks = list(CORE_CHECKS)
    if window_checks is not None and not args.no_window:
        try:
            checks.extend(window_checks())
        except Exception as exc:  # Qt itself could not load: say so as a failed check
            lines = _failure_lines(exc)

            def cannot_load(_test: SelfTest, lines: list[str] = lines) -> Outcome:
                raise CheckFailed(lines[0], lines[1].removeprefix("Fix: ") if lines[1:] else "")

            checks.append(Check("window", cannot_load))
    with temporary_home() as home:
        test = SelfTest(home, require_keyring=args.require_keyring)
        try:
            results = run_checks(checks, test, out)
        finally:
            test.close()
    failed = [r.name for r in results if r.status != "ok"]
    elapsed = time.perf_counter() - started
    if failed:
        print(
            f"Self-test FAILED: {len(failed)} of {len(results)} checks did not pass "
            f"({', '.join(failed)}) in {elapsed:.1f} s.",
            file=out,
        )
        return EXIT_FAILED
    count = len(results)
    print(f"Self-test passed: {count} of {count} checks in {elapsed:.1f} s.", file=out)
    return EXIT_PASSED
