"""The one object a front end holds: settings, secrets, the sandbox, and a client per environment.

Front ends ask the workspace for an operation and render the result; they never load a
key, read the keyring or open an HTTP connection themselves.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from core import kept_credentials, keys, token_file
from core.credentials import Credentials
from core.diagnostics import remember_secrets
from core.environments import Environment, Settings, check_usable
from core.errors import BadInput
from core.input_files import KEY_FILE_LIMIT, read_input_file
from core.journal import Journal, Retention
from core.kept_credentials import OvoFiles, Unlocked
from core.paths import workbench_home
from core.secrets import (
    KeyringUnavailable,
    NoKeyringSecrets,
    ObservedSecrets,
    PendingProbe,
    ProbeResult,
    open_secret_store,
)
from core.snap.external_ids import ExternalIdStore
from core.snap.headers import PartnerIdentity
from core.texts import QT_TRANSLATE_NOOP, Text, english
from core.tokens import AccessToken

if TYPE_CHECKING:
    import asyncio
    import ssl
    from collections.abc import Awaitable
    from decimal import Decimal

    import httpx
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

    from core.client import SnapClient
    from core.operations import SandboxCredentials, StatusLookup, TokenStatus
    from core.sandbox.app import SandboxConfig
    from core.sandbox.server import SandboxServer


log = logging.getLogger("workbench.secrets")

# What each environment keeps in the keyring.
SECRET_ENTRIES = ("client_secret", "signing_passphrase", "access_token")


class SigningPassphraseDiffers(keys.WrongPassphrase):
    """The exchange key opened, the signing key did not: it has a passphrase of its own
    (the window then asks for that one too)."""


def secret_name(env: str, what: str) -> str:
    return f"{env}:{what}"


class Workspace:
    def __init__(
        self,
        home: Path | None = None,
        *,
        secrets: ProbeResult | PendingProbe | None = None,
        sandbox_config: SandboxConfig | None = None,
        long_lived_sandbox: bool = False,
    ) -> None:
        """`long_lived_sandbox`: the embedded sandbox lives as long as this workspace (the
        window's) and listens on the home's port, so curl commands from the Log replay."""
        self.home = home or workbench_home()
        self._sandbox_config = sandbox_config
        self._long_lived_sandbox = long_lived_sandbox
        self.settings = Settings(self.home / "settings.json")
        self.journal = Journal(self.home / "journal.sqlite3")
        remember_secrets(self.journal.redactor.text)
        self._probe = secrets or open_secret_store(home=self.home)
        store = self._probe if isinstance(self._probe, PendingProbe) else self._probe.store
        self.secrets = ObservedSecrets(store, self._observe_secret)
        self.external_ids = ExternalIdStore(self.home / "external_ids.sqlite3")
        self._notices: list[str] = list(self.external_ids.notices)
        self._told_unwritable = False
        self.pending = self.journal.pending
        try:
            # Housekeeping: on a full or read-only disk it waits for a later start, and
            # the commands that only read still work.
            self.pending.adopt(self.home / "topups.sqlite3")
            self.apply_retention()
        except BadInput as exc:
            self._notices.append(exc.problem)
        self._sandbox: SandboxServer | None = None
        self._http: dict[str | None, httpx.AsyncClient] = {}  # one per CA bundle
        self._clients: dict[str, SnapClient] = {}
        # Told once each: what a keyring failure changed without failing the operation
        # (the command line prints `note: ...`; the window shows the keyring's state).
        self.on_notice: Callable[[Text], None] | None = None
        self._told: set[str] = set()
        self._token_writes: set[asyncio.Future] = set()
        self._settling: asyncio.Lock | None = None  # made on the loop that first settles
        # No-keyring mode: the passphrase the command line was given (--passphrase-file),
        # and how a front end asks for one when a call first needs the client secret
        # (True: the environment was unlocked; False: the user declined).
        self.given_passphrase: bytes | None = None
        self.ask_passphrase: Callable[[str], Awaitable[bool]] | None = None
        self._unlocking: asyncio.Lock | None = None
        self._signing_passphrases: dict[str, bytes] = {}  # opened by the exchange key's

    # --- secrets ----------------------------------------------------------------------------

    @property
    def secrets_ready(self) -> bool:
        """Whether the secret store is known. A window starts its workspace with the
        keyring probe still pending, and must not wait for it on its event loop."""
        return not isinstance(self._probe, PendingProbe) or self._probe.done()

    @property
    def secrets_warning(self) -> str | None:
        """What to tell the user when secrets will not outlive the session (waits for a
        pending probe)."""
        probe = self._probe
        return (probe.result() if isinstance(probe, PendingProbe) else probe).warning

    @property
    def no_keyring(self) -> bool:
        """No-keyring mode (waits for a pending probe): no OS keyring exists, or
        WORKBENCH_NO_KEYRING=1. The client secret is then recovered each run from OVO's
        encrypted files kept under the home, and the token kept in an encrypted file."""
        probe = self._probe
        return (probe.result() if isinstance(probe, PendingProbe) else probe).no_keyring

    @property
    def no_keyring_reason(self) -> str | None:
        """Why no-keyring mode is on ("WORKBENCH_NO_KEYRING=1", "no OS keyring is
        available"), or None when it is not (waits for a pending probe)."""
        store = self.secrets._store
        return store.reason if isinstance(store, NoKeyringSecrets) else None

    def credentials_folder(self, env_name: str) -> Path:
        """Where the copies of OVO's two encrypted files for an environment are kept."""
        return kept_credentials.folder_of(self.home, self.environment(env_name).name)

    def has_kept_credentials(self, env_name: str) -> bool:
        return kept_credentials.kept(self.home, self.environment(env_name).name)

    def token_file(self, env_name: str) -> Path:
        """Where no-keyring mode keeps the environment's token, encrypted."""
        return token_file.path_of(self.home, self.environment(env_name).name)

    @property
    def keyring_problem(self) -> Text | None:
        """Why the OS keyring stopped being asked in this run ("did not answer within
        3 s"), or None. Never waits: a pending probe is no problem yet."""
        return self.secrets.unavailable if self.secrets_ready else None

    def _notice(self, text: Text) -> None:
        if text in self._told:
            return
        self._told.add(text)
        log.warning("%s", english(text))
        if self.on_notice is not None:
            self.on_notice(text)

    def read_secrets(self) -> None:
        """Read every set-up environment's keyring entries into memory now (the window
        calls this in a worker thread once the probe answers), so that what its event
        loop asks later (every second, for the status bar) is answered without waiting
        for the keyring. A keyring that fails here is reported where it is needed."""
        for env in list(self.settings.environments.values()):
            if not env.client_id:
                continue
            for what in SECRET_ENTRIES:
                try:
                    self.secrets.get(secret_name(env.name, what))
                except KeyringUnavailable:
                    return

    # --- what the user must be told -----------------------------------------------------

    def take_notices(self) -> list[str]:
        """What happened to the workbench's files that the user should know, each told
        once: a damaged file set aside, the journal that cannot be written, an answer that
        could not be recorded. Front ends show them as notes, not errors."""
        notices, self._notices = self._notices, []
        if self.journal.unwritable is not None and not self._told_unwritable:
            self._told_unwritable = True
            notices.insert(0, self.journal.unwritable_error(self.journal.unwritable).problem)
        return [*self.journal.take_notices(), *notices]

    # --- the journal ------------------------------------------------------------------------

    def _observe_passphrase(self, passphrase: bytes | None) -> None:
        """A passphrase this run was given: known to the redactor (one that is not UTF-8
        cannot appear in the journal's text as typed)."""
        if passphrase:
            with suppress(UnicodeDecodeError):
                self.journal.redactor.add_secret(passphrase.decode("utf-8"))

    def _observe_secret(self, name: str, value: str) -> None:
        if name.endswith(":access_token"):
            with suppress(ValueError, KeyError, TypeError):
                self.journal.redactor.add_token(json.loads(value)["token"])
        else:
            self.journal.redactor.add_secret(value)

    def retention(self) -> Retention:
        return Retention.from_preferences(self.settings.preferences)

    def set_retention(self, retention: Retention) -> int:
        """Keep the user's limits in settings.json and apply them now."""
        self.settings.preferences.update(retention.to_preferences())
        self.settings.save()
        return self.apply_retention()

    def apply_retention(self) -> int:
        limits = self.retention()
        return self.journal.prune(max_bytes=limits.max_bytes, max_age_days=limits.max_age_days)

    # --- environments and credentials ----------------------------------------------------

    def environment(self, name: str) -> Environment:
        return self.settings.environment(name)

    def save_credentials(
        self,
        env_name: str,
        record: Credentials,
        *,
        signing_key: Path | None = None,
        signing_passphrase: bytes | None = None,
        ovo_files: OvoFiles | None = None,
    ) -> Environment:
        """The client ID, partner and channel go to settings; the secret to the keyring.

        `ovo_files`: OVO's two encrypted files and the exchange key that opens them, kept
        under the home in both modes (ciphertext only; see `core.kept_credentials`). In
        no-keyring mode they are where the secret lives, so they are required there."""
        if not record.client_id or not record.client_secret:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core", "The credentials lack a client ID or client secret; nothing was saved."
                ),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Check the decrypted text (decrypt --out FILE) and ask OVO for "
                    "what is missing.",
                ),
            )
        env = self.environment(env_name)
        no_keyring = self.no_keyring
        if no_keyring and ovo_files is None:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Without an OS keyring the client secret of {name} is kept only inside "
                    "OVO's encrypted files, and these credentials came without them; nothing "
                    "was saved.",
                ).format(name=env.name),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Save them from OVO's files: `decrypt ... --save-to {name}` (for the "
                    "Sandbox: `sandbox register`), or the Credentials tab.",
                ).format(name=env.name),
            )
        passphrase_text = (
            None
            if signing_passphrase is None or no_keyring
            else keys.passphrase_text(signing_passphrase)
        )
        exchange_key = ovo_files.exchange_key if ovo_files else None
        env = replace(
            env,
            client_id=record.client_id,
            partner_id=record.partner_id if record.partner_id != record.client_id else None,
            channel_id=record.channel_id or env.channel_id,
            signing_key=str(signing_key.resolve()) if signing_key else env.signing_key,
            exchange_key=str(exchange_key.resolve()) if exchange_key else env.exchange_key,
        )
        # The keyring first, then the copies of OVO's files, settings.json last: a keyring
        # that fails leaves the files and settings as they were. The old token goes first
        # (it belongs to the old credentials; its file too), the client secret last, so a
        # failure in between leaves the old secret with the old client ID.
        self.secrets.delete(secret_name(env.name, "access_token"))
        token_file.forget(self.home, env.name)
        if passphrase_text is not None:
            self.secrets.set(secret_name(env.name, "signing_passphrase"), passphrase_text)
        self.secrets.set(secret_name(env.name, "client_secret"), record.client_secret)
        if no_keyring:  # this run goes on with what it was given; later runs unlock
            self._observe_passphrase(signing_passphrase)
            self._signing_passphrases.pop(env.name, None)
            if signing_passphrase is not None:
                self._signing_passphrases[env.name] = signing_passphrase
        if ovo_files is not None:
            kept_credentials.keep(self.home, env.name, ovo_files)
        self.settings.put(env)
        self._clients.pop(env.name, None)
        return env

    # --- the sandbox -----------------------------------------------------------------------

    def sandbox(self):
        """The embedded sandbox, started on first use in a background thread."""
        if self._sandbox is None:
            from core.sandbox.server import SandboxServer

            if not self._long_lived_sandbox:
                self._sandbox = SandboxServer(config=self._sandbox_config).start()
            else:
                from core.sandbox.home_port import start_on_home_port

                self._sandbox, note = start_on_home_port(
                    lambda port: SandboxServer(config=self._sandbox_config, port=port)
                )
                if note:  # the window reads notices at its start only: its log has it too
                    logging.getLogger("workbench.sandbox").warning("%s", note)
                    self._notices.append(note)
            self._notices.extend(self._sandbox.store.notices)
        return self._sandbox

    def base_url(self, env: Environment) -> str:
        """Where the environment's calls go. Production over plain http:// (settings.json
        edited by hand) is refused here, before the token or anything else is sent."""
        check_usable(env)
        if env.is_sandbox and not env.base_url:
            return self.sandbox().url
        if not env.base_url:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "The environment {name} has no base URL.").format(
                    name=env.name
                ),
                QT_TRANSLATE_NOOP("core", "Set it: env set {name} base_url https://…").format(
                    name=env.name
                ),
            )
        return env.base_url

    # --- clients ----------------------------------------------------------------------------

    def _ssl_context(self, env: Environment) -> ssl.SSLContext:
        import ssl  # with httpx, after the window's first paint

        import truststore

        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if env.ca_bundle:
            try:
                context.load_verify_locations(cafile=env.ca_bundle)
            except (OSError, ssl.SSLError) as exc:
                raise BadInput(
                    QT_TRANSLATE_NOOP(
                        "core", "The CA bundle {ca_bundle} cannot be used: {error}."
                    ).format(ca_bundle=env.ca_bundle, error=exc),
                    QT_TRANSLATE_NOOP(
                        "core", "Fix the file, or clear it: env set {name} ca_bundle ''"
                    ).format(name=env.name),
                ) from None
        return context

    def client(self, env_name: str) -> SnapClient:
        env = self.environment(env_name)
        if env.name in self._clients:
            return self._clients[env.name]
        missing = [
            label
            for label, value in (
                ("client_id", env.client_id),
                ("channel_id", env.channel_id),
                ("signing_key", env.signing_key),
            )
            if not value
        ]
        if missing:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core", "The environment {name} is not set up yet: {missing} missing."
                ).format(name=env.name, missing=", ".join(missing)),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Decrypt OVO's files with `decrypt ... --save-to {name}` (for "
                    "the Sandbox: `sandbox register`), then `env set {name} "
                    "signing_key private.pem`.",
                ).format(name=env.name),
            )
        import httpx  # here: the window paints before the HTTP stack is loaded

        from core.client import ClientConfig, SnapClient

        base_url = self.base_url(env)
        http = self._http.get(env.ca_bundle)
        if http is None:
            http = httpx.AsyncClient(verify=self._ssl_context(env), follow_redirects=False)
            self._http[env.ca_bundle] = http
        client = SnapClient(
            ClientConfig(
                base_url=base_url,
                profile=env.profile,
                # Both were checked above: an environment without them is refused.
                identity=PartnerIdentity(env.client_id or "", env.channel_id or "", env.partner_id),
                connect_timeout=env.connect_timeout,
                read_timeout=env.read_timeout,
            ),
            http,
            signing_key=lambda: self._signing_key(env),
            client_secret=lambda: self._client_secret(env),
            next_external_id=lambda: self.external_ids.next_id(env.client_id or ""),
            on_exchange=self.journal.recorder(env.name),
            token_cache=lambda token: self._cache_token(env, token),
            initial_token=self._cached_token(env),
            prepare=lambda: self._prepare_call(env.name),
        )
        self._clients[env.name] = client
        return client

    def _client_secret(self, env: Environment) -> str:
        secret = self.secrets.get(secret_name(env.name, "client_secret"))
        if not secret:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "No client secret for {name} in {description}.").format(
                    name=env.name, description=self.secrets.description
                ),
                QT_TRANSLATE_NOOP(
                    "core", "Decrypt OVO's files again with --save-to {name}."
                ).format(name=env.name),
            )
        return secret

    @staticmethod
    def _signing_key_file(env: Environment) -> tuple[Path, bytes]:
        if not env.signing_key:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "{name} has no signing key yet.").format(name=env.name),
                QT_TRANSLATE_NOOP(
                    "core", "Set it first: env set {name} signing_key private.pem"
                ).format(name=env.name),
            )
        path = Path(env.signing_key)
        data = read_input_file(
            path,
            QT_TRANSLATE_NOOP("core", "the signing key"),
            KEY_FILE_LIMIT,
            fix=QT_TRANSLATE_NOOP(
                "core", "Set the right path: env set {name} signing_key private.pem"
            ).format(name=env.name),
        )
        return path, data

    def _signing_key(self, env: Environment) -> RSAPrivateKey:
        path, data = self._signing_key_file(env)
        unread: KeyringUnavailable | None = None
        opened_with = self._signing_passphrases.get(env.name)  # no-keyring mode's unlock
        try:
            stored = (
                None
                if opened_with
                else self.secrets.get(secret_name(env.name, "signing_passphrase"))
            )
        except KeyringUnavailable as exc:  # a key without passphrase needs no keyring
            stored, unread = None, exc
        text = stored or os.environ.get("WORKBENCH_PASSPHRASE") or ""
        passphrase = opened_with or text.encode()
        try:
            loaded = keys.load_key(data, passphrase or None, name=path.name)
        except keys.PassphraseNeeded:
            if unread is not None:
                raise unread from None
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The signing key {file} is protected by a passphrase, and none "
                    "is stored for {name}.",
                ).format(file=path.name, name=env.name),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Store it once: `env passphrase {name} --passphrase-file F` (it "
                    "goes to the OS keyring), or set WORKBENCH_PASSPHRASE.",
                ).format(name=env.name),
            ) from None
        return keys.require_rsa(loaded, keys.Role.SIGNING, path.name)

    def remember_signing_passphrase(self, env_name: str, passphrase: bytes) -> None:
        """Check the passphrase opens the environment's signing key, then keep it."""
        if self.no_keyring:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core",
                    "Without an OS keyring no passphrase is kept: each run opens the signing "
                    "key with the exchange key's passphrase (no-keyring mode).",
                ),
                QT_TRANSLATE_NOOP(
                    "core",
                    "Nothing to do: give the passphrase to each call (--passphrase-file F or "
                    "WORKBENCH_PASSPHRASE), or type it when asked.",
                ),
            )
        text = keys.passphrase_text(passphrase)  # the keyring keeps text: refuse first
        path, data = self._signing_key_file(self.environment(env_name))
        keys.load_key(data, passphrase, name=path.name)
        self.secrets.set(secret_name(env_name, "signing_passphrase"), text)

    # --- no-keyring mode: the client secret recovered from OVO's files ------------------

    def needs_unlock(self, env_name: str) -> bool:
        """Whether a call to the environment would first ask for the exchange key's
        passphrase: no-keyring mode, and its client secret not recovered in this run."""
        env = self.environment(env_name)
        return self.no_keyring and not self.secrets.get(secret_name(env.name, "client_secret"))

    def exchange_key_name(self, env_name: str) -> str:
        """The exchange key's file name, for a prompt (`id_rsa.pem`)."""
        env = self.environment(env_name)
        return Path(env.exchange_key).name if env.exchange_key else "id_rsa.pem"

    def open_kept_credentials(self, env_name: str, passphrase: bytes | None) -> Unlocked:
        """Recover an environment's client secret from its kept files with the exchange
        key (`passphrase` for it, None to try without). CPU work, and it changes nothing:
        run it in a worker thread, then `keep_unlocked`. Raises `BadInput` (see
        `kept_credentials.open_kept`)."""
        env = self.environment(env_name)
        self._observe_passphrase(passphrase)  # before anything could carry it
        return kept_credentials.open_kept(
            self.home, env.name, env.client_id, env.exchange_key, env.signing_key, passphrase
        )

    def keep_unlocked(self, unlocked: Unlocked) -> None:
        """Keep what `open_kept_credentials` recovered for the rest of this run (memory
        only), and take the token an earlier run kept, if still valid."""
        env = self.environment(unlocked.env_name)
        self._observe_passphrase(unlocked.passphrase)
        if unlocked.signing_passphrase is not None:
            self._signing_passphrases[env.name] = unlocked.signing_passphrase
        # open_kept refuses a record without a secret; an empty one would read as none.
        secret = unlocked.record.client_secret or ""
        self.secrets.set(secret_name(env.name, "client_secret"), secret)
        client = self._clients.get(env.name)
        if client is not None:
            token = self._cached_token(env)
            if token is not None:
                client.tokens.adopt(token)

    def unlock(self, env_name: str, passphrase: bytes | None) -> None:
        """`open_kept_credentials`, then `keep_unlocked`: for callers without a loop."""
        self.keep_unlocked(self.open_kept_credentials(env_name, passphrase))

    async def _prepare_call(self, env_name: str) -> None:
        """Before a call is signed in no-keyring mode: the client secret recovered once
        per run, with the passphrase given (--passphrase-file, WORKBENCH_PASSPHRASE), else
        one the front end asks for (`ask_passphrase`), else a clear error. One at a time:
        two calls at once ask once."""
        if not self.needs_unlock(env_name):
            return
        import asyncio

        if self._unlocking is None:
            self._unlocking = asyncio.Lock()
        async with self._unlocking:
            if not self.needs_unlock(env_name):
                return
            from_env = os.environ.get("WORKBENCH_PASSPHRASE")
            passphrase = self.given_passphrase or (os.fsencode(from_env) if from_env else None)
            try:
                unlocked = await asyncio.to_thread(self.open_kept_credentials, env_name, passphrase)
            except keys.PassphraseNeeded:
                if passphrase is not None or self.ask_passphrase is None:
                    raise
                if not await self.ask_passphrase(env_name):
                    raise BadInput(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "The client secret of {name} was not unlocked, so nothing was sent.",
                        ).format(name=self.environment(env_name).name),
                        QT_TRANSLATE_NOOP(
                            "core", "Try again and give the exchange key's passphrase."
                        ),
                    ) from None
                return
            self.keep_unlocked(unlocked)

    # A still-valid token is kept in the keyring (never a file) so that CLI runs, each a
    # new process, do not mint one per call, which OVO forbids.
    # Keeping it never fails the call that got it, and never holds the event loop: the
    # write runs in a worker thread, and `aclose` waits for it (within the keyring's time
    # limit), so the next run finds it.
    # In no-keyring mode the token goes to an encrypted file instead (`core.token_file`).
    def _cache_token(self, env: Environment, token: AccessToken) -> None:
        no_keyring = self.no_keyring
        if not self.secrets.persistent and not no_keyring:
            return
        value = {"token": token.value, "issued": token.issued_at, "expires": token.expires_at}
        name, text = secret_name(env.name, "access_token"), json.dumps(value)
        self._observe_secret(name, text)  # known to the journal now, not when written
        if no_keyring:
            secret = self.secrets.get(secret_name(env.name, "client_secret"))
            if not secret or not env.client_id:
                return
            keep: Callable[[], None] = lambda: self._keep_token_file(env, token, secret)  # noqa: E731
        else:
            keep = lambda: self._keep_token(name, text)  # noqa: E731
        import asyncio

        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            keep()
            return
        write = loop.run_in_executor(None, keep)
        self._token_writes.add(write)
        write.add_done_callback(self._token_writes.discard)

    def _keep_token_file(self, env: Environment, token: AccessToken, secret: str) -> None:
        try:
            token_file.write(self.home, env.name, token, secret, env.client_id or "")
        except BadInput as exc:
            self._notice(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The new access token could not be kept ({problem}), so the next run "
                    "gets a new one.",
                ).format(problem=exc.problem)
            )

    def _keep_token(self, name: str, text: str) -> None:
        try:
            self.secrets.set(name, text)
        except KeyringUnavailable as exc:
            self._notice(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The OS keyring {why}: the new access token is kept in memory for this "
                    "run only, so the next run gets a new one.",
                ).format(why=exc.why)
            )

    def live_token(self, env_name: str) -> str | None:
        """The environment's still-valid token, from memory or the keyring's cache: what a
        `--reveal-token` curl needs, since the journal only holds its mark."""
        env = self.environment(env_name)
        client = self._clients.get(env.name)
        token = client.tokens.token if client else None
        if token is None or token.remaining() <= 0:
            token = self._cached_token(env, strict=True)
        return token.value if token is not None and token.remaining() > 0 else None

    def _cached_token(self, env: Environment, *, strict: bool = False) -> AccessToken | None:
        """The token kept in the keyring while still valid. A keyring that cannot be read
        means "none" where that is safe (a client then gets a new token once), and raises
        `KeyringUnavailable` where "none" would be untrue (`strict`). In no-keyring mode
        the token's file opens only once the client secret is known (see `unlock`)."""
        if self.no_keyring:
            secret = self.secrets.get(secret_name(env.name, "client_secret"))
            if not secret or not env.client_id:
                return None
            token = token_file.read(self.home, env.name, secret, env.client_id)
            if token is not None:
                self.journal.redactor.add_token(token.value)
            return token
        try:
            raw = self.secrets.get(secret_name(env.name, "access_token"))
        except KeyringUnavailable as exc:
            if strict:
                raise
            self._notice(
                QT_TRANSLATE_NOOP(
                    "core",
                    "The OS keyring {why}: a kept access token could not be read, so a new "
                    "one is requested when needed.",
                ).format(why=exc.why)
            )
            return None
        if not raw:
            return None
        try:
            data = json.loads(raw)
            token = AccessToken(data["token"], data["issued"], data["expires"], reused=True)
        except (ValueError, KeyError, TypeError):
            return None
        return token if token.remaining() > 0 else None

    async def aclose(self) -> None:
        if self._token_writes:
            import asyncio

            await asyncio.gather(*list(self._token_writes), return_exceptions=True)
        for http in self._http.values():
            await http.aclose()
        self._http.clear()
        self._clients.clear()

    def stop_sandbox(self) -> None:
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None

    def close(self) -> None:
        """The end of the session: the sandbox stops and the journal's file is closed."""
        self.stop_sandbox()
        self.journal.close()
        self.external_ids.close()

    # --- operations for front ends ---------------------------------------------------------
    # What the window asks for, and the command line where the two overlap (`sandbox
    # register`, `status`, leftovers before a top-up, `env add`): one implementation each.

    def key_folder(self, env_name: str) -> Path:
        """Where the environment's key files live: the folder the user chose, else
        `keys/ENV` under the home folder. The signing key's folder wins once it is set."""
        env = self.environment(env_name)
        chosen = self.settings.preferences.get("key_folders", {}).get(env.name)
        if chosen:
            return Path(chosen)
        if env.signing_key:
            return Path(env.signing_key).parent
        return self.home / "keys" / env.name

    def set_key_folder(self, env_name: str, folder: Path) -> None:
        env = self.environment(env_name)
        folders = dict(self.settings.preferences.get("key_folders", {}))
        folders[env.name] = str(folder.expanduser().resolve())
        self.settings.preferences["key_folders"] = folders
        self.settings.save()

    def use_default_key_folder(self, env_name: str) -> Path:
        """Forget the folder the user chose for an environment's keys; returns the one used
        from now on (`keys/ENV` under the home, or the signing key's folder)."""
        env = self.environment(env_name)
        folders = dict(self.settings.preferences.get("key_folders", {}))
        if folders.pop(env.name, None) is not None:
            self.settings.preferences["key_folders"] = folders
            self.settings.save()
        return self.key_folder(env.name)

    def chose_key_folder(self, env_name: str) -> bool:
        """Whether the user chose the environment's key folder (else it is the default)."""
        env = self.environment(env_name)
        return bool(self.settings.preferences.get("key_folders", {}).get(env.name))

    def save_sandbox_files(
        self, issued: SandboxCredentials, folder: Path | None = None
    ) -> tuple[Path, Path]:
        """Write the sandbox's key.bin.enc and cred_file.enc (from `SandboxCredentials`) to
        `folder` (default `inbox/Sandbox` under the home), replacing earlier ones, so that
        the user opens them as they will open OVO's. Returns their paths."""
        from core.atomic_files import PRIVATE_MODE, FileToWrite, write_files
        from core.environments import SANDBOX

        folder = folder or self.home / "inbox" / SANDBOX
        key_path, cred_path = folder / "key.bin.enc", folder / "cred_file.enc"
        write_files(
            [
                FileToWrite(key_path, issued.key_bin_enc, PRIVATE_MODE),
                FileToWrite(cred_path, issued.cred_file_enc, PRIVATE_MODE),
            ],
            overwrite=True,
        )
        return key_path, cred_path

    def earlier_limits(self, env_name: str, customer: str) -> tuple[Decimal, Decimal] | None:
        """The minimum and maximum top-up of the newest successful account inquiry of
        `customer` in the journal, or None: `4043713` carries no limits of its own."""
        from core.journal import JournalFilter
        from core.journal_entry import Outcome
        from core.snap import answers
        from core.snap.profile import Service

        found = self.journal.query(
            JournalFilter(
                environment=self.environment(env_name).name,
                service=Service.ACCOUNT_INQUIRY.value,
                customer_number=customer,
                outcome=Outcome.SUCCESS,
            ),
            limit=20,
        )
        for entry in found:
            try:
                data = json.loads(entry.response_body or b"{}")
                low = answers.money(data, "minAmount", required=False)
                high = answers.money(data, "maxAmount", required=False)
            except (ValueError, TypeError, answers.BadField):
                continue
            if low is not None and high is not None and low <= high:
                return low, high
        return None

    def set_preference(self, name: str, value: object) -> None:
        """A non-secret preference (language, ...) kept in settings.json."""
        self.settings.preferences[name] = value
        self.settings.save()

    def mark_public_keys_sent(self, env_name: str, fingerprints: list[str]) -> None:
        """Remember which public keys went to OVO for an environment (the Journey's step 2)."""
        env = self.environment(env_name)
        sent = dict(self.settings.preferences.get("public_keys_sent", {}))
        sent[env.name] = sorted(fingerprints)
        self.set_preference("public_keys_sent", sent)

    def request_sandbox_credentials(
        self,
        exchange_key: Path,
        signing_key: Path,
        passphrase: bytes | None,
        signing_passphrase: bytes | None = None,
    ) -> SandboxCredentials:
        """The GUI's "Request sandbox credentials": load both private keys (the exchange
        key's passphrase is tried for the signing key too, as `sandbox register
        --passphrase-file` does, after `signing_passphrase` if one is given), then
        `register_keys_with_sandbox`. Raises `keys.PassphraseNeeded` when one is encrypted
        and no passphrase was given, and `SigningPassphraseDiffers` when private.pem has a
        passphrase of its own. CPU work: run it in a worker thread."""
        from core.key_files import load_private_key

        exchange = load_private_key(exchange_key, passphrase)
        try:
            signing = load_private_key(signing_key, None)
            signing_passphrase = None
        except keys.PassphraseNeeded:
            tried = [p for p in dict.fromkeys((signing_passphrase, passphrase)) if p]
            if not tried:
                raise
            for candidate in tried:
                try:
                    signing = load_private_key(signing_key, candidate)
                except keys.WrongPassphrase:
                    continue
                signing_passphrase = candidate
                break
            else:
                raise SigningPassphraseDiffers(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "The passphrase opens {exchange} but not {signing}: {signing} has a "
                        "passphrase of its own.",
                    ).format(exchange=exchange_key.name, signing=signing_key.name),
                    QT_TRANSLATE_NOOP(
                        "core",
                        "Type the passphrase of {signing} as well, or make the signing pair "
                        "again without a passphrase (as OVO's SOP does) or with the same one.",
                    ).format(signing=signing_key.name),
                ) from None
        return self.register_keys_with_sandbox(
            exchange, signing, signing_key, signing_passphrase, exchange_key=exchange_key
        )

    def register_keys_with_sandbox(
        self,
        exchange: keys.LoadedKey,
        signing: keys.LoadedKey,
        signing_key: Path,
        signing_passphrase: bytes | None,
        *,
        exchange_key: Path | None = None,
    ) -> SandboxCredentials:
        """The SOP's whole credential exchange rehearsed against the embedded sandbox:
        register both public keys (as OVO's PIS team would), decrypt the `key.bin.enc` and
        `cred_file.enc` it issues with the exchange private key, and save the credentials
        and the signing key's location to the Sandbox environment. Returns
        `SandboxCredentials`; the client secret goes to the keyring only."""
        from core.credentials import parse_credentials
        from core.envelope import decrypt_credentials
        from core.environments import SANDBOX
        from core.operations import SandboxCredentials
        from core.sandbox.registration import refuse_swapped_keys, register_partner
        from core.sandbox.store import SandboxStore

        if signing_passphrase is not None:
            keys.passphrase_text(signing_passphrase)  # refused before registering, not after
        exchange_name = exchange_key.name if exchange_key else "the exchange key"
        exchange_private = keys.require_rsa(exchange, keys.Role.EXCHANGE, exchange_name)
        keys.require_rsa(signing, keys.Role.SIGNING, signing_key.name)
        refuse_swapped_keys(exchange, signing, exchange_name, signing_key.name)
        with SandboxStore() as store:
            self._notices.extend(store.notices)
            registration = register_partner(
                store, keys.spki_pem(exchange.public_key), keys.spki_pem(signing.public_key)
            )
        opened = decrypt_credentials(
            exchange_private, registration.key_bin_enc, registration.cred_file_enc
        )
        record = parse_credentials(opened.plaintext)
        env = self.save_credentials(
            SANDBOX,
            record,
            signing_key=signing_key,
            signing_passphrase=signing_passphrase,
            ovo_files=OvoFiles(registration.key_bin_enc, registration.cred_file_enc, exchange_key)
            if exchange_key is not None
            else None,
        )
        self.mark_public_keys_sent(
            SANDBOX, [keys.fingerprint(exchange.public_key), keys.fingerprint(signing.public_key)]
        )
        return SandboxCredentials(
            env,
            record,
            self.secrets.description,
            tuple(registration.notes) + tuple(opened.notes),
            registration.key_bin_enc,
            registration.cred_file_enc,
        )

    def is_set_up(self, env_name: str) -> bool:
        """Client ID, channel ID and signing key known, and a client secret stored.

        While the keyring is still being probed (the window's first second) the stored
        secret is taken for granted rather than waited for: the window asks again once
        the keyring answers. So it is when the keyring failed: the call that needs the
        secret then says that the keyring did not answer."""
        env = self.environment(env_name)
        if not (env.client_id and env.channel_id and env.signing_key):
            return False
        if not self.secrets_ready:
            return True
        if self.no_keyring:
            return not self.needs_unlock(env.name) or self.has_kept_credentials(env.name)
        try:
            return bool(self.secrets.get(secret_name(env.name, "client_secret")))
        except KeyringUnavailable:
            return True

    def token_status(self, env_name: str) -> TokenStatus:
        """The environment's token and its state, without any network call (the status
        bar asks every second). An environment not set up has no token, and neither has
        one whose keyring is still being probed (the window asks again once it answers)."""
        from core.operations import TokenStatus
        from core.tokens import TokenState

        if not self.secrets_ready:
            return TokenStatus(TokenState.NONE)
        client = self._clients.get(self.environment(env_name).name)
        if client is None:
            try:
                client = self.client(env_name)
            except BadInput:
                return TokenStatus(TokenState.NONE)
        return TokenStatus(client.tokens.state, client.tokens.token)

    async def access_token(self, env_name: str, *, force: bool = False) -> AccessToken:
        """The environment's token: the kept one while valid, a new one when missing, near
        expiry, or `force` (the user's "Refresh now")."""
        # Through `ready`: in no-keyring mode the kept token opens only with the secret.
        return await self.client(env_name).token(force=force, secret=False)

    def stored_client_secret(self, env_name: str) -> str | None:
        """The client secret from the keyring, for the signature calculator on the user's
        explicit request; never shown unless the user reveals it."""
        return self.secrets.get(secret_name(self.environment(env_name).name, "client_secret"))

    async def topup_status(self, env_name: str, partner_reference_no: str) -> StatusLookup:
        """Top-up status (service 39) of one partnerReferenceNo, as `status` prints it.
        Raises `BadInput` when no SNAP answer came, `UnusableAnswer` when a success answer
        cannot be read or is about another top-up."""
        from core.client import UnusableAnswer
        from core.operations import StatusLookup
        from core.snap import answers, bodies
        from core.snap.profile import Service

        reference = partner_reference_no.strip()
        if not reference:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "No partnerReferenceNo given."),
                QT_TRANSLATE_NOOP("core", "Paste the top-up's reference."),
            )
        env = self.environment(env_name)
        reference_no, external_id = self.original_references(env.name, reference)
        exchange = await self.client(env.name).call(
            Service.TOPUP_STATUS, bodies.topup_status_body(reference, reference_no, external_id)
        )
        if exchange.code is None:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "Top-up status: {display}; {log}.").format(
                    display=exchange.display, log=exchange.in_log
                ),
                QT_TRANSLATE_NOOP("core", "Try again in a moment."),
            )
        if not exchange.succeeded:
            return StatusLookup(exchange, False, exchange.display, None, None, None, None)
        data = exchange.response_json or {}
        fix = QT_TRANSLATE_NOOP(
            "core",
            "Ask again in a moment; if it repeats, send that Log entry to OVO. Until a "
            "status answer about this top-up arrives, its outcome stays unknown.",
        )
        try:
            original = answers.reference(data, "originalPartnerReferenceNo")
            status = answers.transaction_status(data)
            amount = answers.money(data, "amount", required=False)
            reference_no = answers.reference(data, "originalReferenceNo", required=False)
            description = answers.text(
                data, "transactionStatusDesc", required=False, max_length=128
            )
        except answers.BadField as exc:
            raise UnusableAnswer(
                exchange,
                QT_TRANSLATE_NOOP(
                    "core",
                    "OVO's top-up status answer has an unreadable {field}: {arrived}, where "
                    "{expected} was expected; {log}.",
                ).format(
                    field=exc.field,
                    arrived=exc.arrived,
                    expected=exc.expected,
                    log=exchange.in_log,
                ),
                fix,
            ) from None
        if original != reference:
            raise UnusableAnswer(
                exchange,
                QT_TRANSLATE_NOOP(
                    "core",
                    "OVO's top-up status answer is about partnerReferenceNo {arrived}, not "
                    "{asked}; {log}.",
                ).format(arrived=original, asked=reference, log=exchange.in_log),
                fix,
            )
        return StatusLookup(
            exchange=exchange,
            succeeded=True,
            display=exchange.display,
            transaction_status=status,
            status_description=description,
            reference_no=reference_no,
            amount=amount,
        )

    def release_topup_hold(self) -> int:
        """Lift the hold a damaged journal put on new top-ups, once the user has checked
        the top-ups it may hold; the damaged files stay. Returns how many holds were lifted."""
        from core import journal_damage

        return len(journal_damage.release(self.home))

    def unsettled_topups(self, env_name: str) -> list[str]:
        """The partnerReferenceNos of the environment's top-ups whose outcome is not
        settled (left pending by an interrupted run, or unknown): front ends say that they
        are being checked before they check them."""
        env = self.environment(env_name)
        return [row["partner_reference_no"] for row in self.pending.unresolved(env.name)]

    def original_references(
        self, env_name: str, partner_reference_no: str
    ) -> tuple[str | None, str | None]:
        """The referenceNo OVO gave a top-up and the X-EXTERNAL-ID it was sent with, as far
        as this home knows them: from the top-up's record, else from its journal entry (the
        first one sent: a replay from the Log carries a fresh X-EXTERNAL-ID). A status call
        names them as originalReferenceNo and originalExternalId."""
        from core.journal import JournalFilter
        from core.journal_entry import Outcome as EntryOutcome
        from core.snap.profile import Service

        record = self.pending.references(env_name, partner_reference_no) or {}
        reference_no, external_id = record.get("reference_no"), record.get("external_id")
        if reference_no and external_id:
            return reference_no, external_id
        entries = self.journal.query(
            JournalFilter(
                environment=env_name,
                service=Service.TOPUP.value,
                partner_reference_no=partner_reference_no,
            )
        )
        for entry in reversed(entries):  # oldest first
            external_id = external_id or entry.external_id
            if not reference_no and entry.outcome is EntryOutcome.SUCCESS:
                try:
                    answer = json.loads(entry.response_body)
                except ValueError:
                    continue
                found = answer.get("referenceNo") if isinstance(answer, dict) else None
                reference_no = found if isinstance(found, str) and found else None
        return reference_no or None, external_id or None

    async def resolve_unsettled_topups(self, env_name: str, *, before_topup: bool = True) -> list:
        """Top-ups left pending by a crash, or unknown earlier, resolved with the status
        call before anything new is sent; returns their `TopupResult`s. The record of each
        is updated, and so is the journal's entry of the top-up a run left pending; the
        status calls are linked to it by its partnerReferenceNo. One at a time: the window
        settles at its start and before a top-up, and the two must not ask twice.
        `before_topup`: refuse first while a damaged journal holds top-ups back (other
        calls, the status lookup above all, still work then)."""
        import asyncio

        if self._settling is None:
            self._settling = asyncio.Lock()
        async with self._settling:
            return await self._resolve_unsettled(env_name, before_topup)

    async def _resolve_unsettled(self, env_name: str, before_topup: bool) -> list:
        from decimal import Decimal

        from core.topup import Outcome, TopupResult, resolve

        env = self.environment(env_name)
        if before_topup:
            self.pending.refuse_if_held()  # before the inquiry: no top-up while one may be lost
        rows = self.pending.unresolved(env.name)
        if not rows:
            return []
        client = self.client(env.name)
        results = []
        for row in rows:
            reason = (
                QT_TRANSLATE_NOOP("core", "the workbench stopped before the answer arrived")
                if row["state"] == "pending"
                else QT_TRANSLATE_NOOP("core", "unknown since an earlier run")
            )
            result = TopupResult(
                Outcome.UNKNOWN,
                row["partner_reference_no"],
                Decimal(row["amount"]),
                row["reference_no"],
                row["external_id"],
                reason,
                sent_at=row["created"],  # the status window runs from the send
            )
            try:
                await resolve(client, result)
            except KeyringUnavailable as exc:  # the row stays pending: resolved next time
                exc.fix = QT_TRANSLATE_NOOP(
                    "core",
                    "{fix} An earlier top-up is not settled yet, so nothing new was sent; "
                    "it is checked first next time.",
                ).format(fix=exc.fix)
                raise
            self.pending.close(result.partner_reference_no, result)
            if row["state"] == "pending":
                self.pending.mark_interrupted(result.partner_reference_no)
            results.append(result)
        return results

    def update_environment(self, env_name: str, changes: dict[str, str]) -> Environment:
        """Apply several `env set` settings at once: all of them, or none (the first that
        cannot be used raises `BadInput` naming it) and settings.json is written once."""
        from core.environments import apply_settings

        env = apply_settings(self.environment(env_name), changes)
        self.settings.put(env)
        self._clients.pop(env.name, None)
        return env

    def apply_preset(
        self, env_name: str, preset_name: str
    ) -> tuple[Environment, dict[str, tuple[str, str]]]:
        """Give an environment a preset's body fields (`core.request_profile`); returns it
        and each changed setting's (before, after), empty when it already had them."""
        from core.request_profile import body_settings, preset_changes

        env = self.environment(env_name)
        changes = preset_changes(env.profile, preset_name)
        if not changes:
            return env, {}
        before = body_settings(env.profile)
        env = self.update_environment(env.name, changes)
        return env, {k: (before.get(k, ""), v) for k, v in changes.items()}

    def add_environment(self, name: str, like: str) -> Environment:
        """A new environment with the settings of `like`, without its credentials."""
        from core.environments import Environment as Env

        name = name.strip()
        if not name:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "The new environment has no name."),
                QT_TRANSLATE_NOOP("core", "Give it a name."),
            )
        # isprintable() also refuses lone surrogates (non-UTF-8 bytes on the command line),
        # which settings.json could not be written with
        if not name.isprintable() or len(name) > 60:
            raise BadInput(
                QT_TRANSLATE_NOOP(
                    "core", "An environment's name is one line of at most 60 characters."
                ),
                QT_TRANSLATE_NOOP("core", "Give it a shorter, plain name."),
            )
        try:
            self.settings.environment(name)
        except BadInput:
            pass
        else:
            raise BadInput(
                QT_TRANSLATE_NOOP("core", "There is already an environment called {name}.").format(
                    name=name
                ),
                QT_TRANSLATE_NOOP("core", "Choose another name, or change it with `env set`."),
            )
        template = self.environment(like)
        env: Env = replace(
            template,
            name=name,
            kind="custom" if template.is_sandbox else template.kind,
            client_id=None,
            partner_id=None,
            channel_id=None,
            signing_key=None,
        )
        self.settings.put(env)
        return env

    def save_opened_credentials(
        self,
        env_name: str,
        record: Credentials,
        signing_key: Path | None,
        passphrase: bytes | None,
        ovo_files: OvoFiles | None = None,
    ) -> Environment:
        """Save decrypted credentials to an environment with its signing key. A signing key
        protected by a passphrase is opened with `passphrase` first (so a wrong one is
        refused before anything is saved) and the passphrase is kept in the keyring.
        `ovo_files`: the encrypted files they came from (see `save_credentials`)."""
        from core.key_files import load_private_key

        signing_passphrase = None
        if signing_key is not None:
            try:
                loaded = load_private_key(signing_key, None)
            except keys.PassphraseNeeded:
                if passphrase is None:
                    raise
                loaded = load_private_key(signing_key, passphrase)
                signing_passphrase = passphrase
            keys.require_rsa(loaded, keys.Role.SIGNING, signing_key.name)
        return self.save_credentials(
            env_name,
            record,
            signing_key=signing_key,
            signing_passphrase=signing_passphrase,
            ovo_files=ovo_files,
        )
