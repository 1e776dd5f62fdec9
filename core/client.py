"""The async SNAP client: one httpx.AsyncClient, signing, and the token manager.

Every exchange comes back as an `Exchange` value, whatever happened: a SNAP answer, a
non-JSON page, a timeout, a dropped connection. The money flow (core/topup.py) decides
from it; nothing here retries a money-moving call.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

import httpx

from core.errors import WorkbenchError
from core.snap import answers
from core.snap.codes import ResponseCode, display, parse_code, success_code
from core.snap.headers import PartnerIdentity, token_headers, transaction_headers
from core.snap.profile import Service, SnapProfile
from core.snap.signatures import Signature, sign_service_request, sign_token_request
from core.snap.timestamps import now_timestamp
from core.texts import QT_TRANSLATE_NOOP
from core.tokens import AccessToken, TokenState

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

REFRESH_MARGIN_SECONDS = 60  # the SOP: generate a new token near expiry, e.g. at 14 minutes
SHOWN_MESSAGE = 300  # characters of a responseMessage a person is shown; the Log has it all
TOKEN_INVALID_CODES = ("4013701",)  # OVO's expired-token code, on every service


class Failure(Enum):
    """Why no SNAP answer arrived. All but NOT_SENT leave a money call's outcome unknown."""

    NOT_SENT = "not-sent"  # could not connect: the request never left
    TIMEOUT = "timeout"
    DROPPED = "dropped"  # the connection closed without an answer
    SERVER_ERROR = "server-error"  # HTTP 5xx
    NOT_JSON = "not-json"  # an answer that is not a SNAP JSON body (an HTML error page...)


@dataclass
class Exchange:
    """One HTTP exchange as it happened. Bodies are the exact bytes sent and received."""

    service: Service
    method: str
    url: str
    request_headers: dict[str, str]
    request_body: bytes
    external_id: str | None = None
    signature: Signature | None = None
    status: int | None = None
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: bytes = b""
    response_json: dict | None = None
    failure: Failure | None = None
    failure_detail: str = ""
    elapsed: float = 0.0
    journal_id: int | None = None  # set when the journal has recorded it

    @property
    def code(self) -> ResponseCode | None:
        if self.response_json is None:
            return None
        return parse_code(self.response_json.get("responseCode", ""))

    @property
    def message(self) -> str:
        value = (self.response_json or {}).get("responseMessage", "")
        return value if isinstance(value, str) else answers.shown(value)

    @property
    def display(self) -> str:
        """`CODE - Message`, or what happened instead of an answer."""
        if self.code is not None:
            message = self.message
            if len(message) > SHOWN_MESSAGE:
                message = message[: SHOWN_MESSAGE - 1] + "…"
            return display(self.code.code, message)
        if self.failure is Failure.NOT_JSON:
            return QT_TRANSLATE_NOOP(
                "core",
                "the server answered HTTP {status} with {content_type} ({size} bytes), "
                "not a SNAP answer",
            ).format(
                status=self.status,
                content_type=self.content_type,
                size=f"{len(self.response_body):,}",
            )
        return self.failure_detail or QT_TRANSLATE_NOOP("core", "no answer")

    @property
    def content_type(self) -> str:
        """The answer's media type as a message shows it (`text/html`)."""
        value = self.response_headers.get("content-type", "").split(";", 1)[0].strip()
        if not value:
            return QT_TRANSLATE_NOOP("core", "no content type")
        return answers.shown(value).strip('"')

    @property
    def success_code(self) -> str:
        return success_code(self.service.code)

    @property
    def succeeded(self) -> bool:
        """The answer carries this service's own success code (`2003800` for a top-up):
        any other code, another 2xx included, is not a success."""
        return (
            self.code is not None and self.code.code == self.success_code and self.failure is None
        )

    @property
    def in_log(self) -> str:
        """Where a person finds this exchange: its journal entry."""
        if self.journal_id is None:
            return QT_TRANSLATE_NOOP("core", "it was not written to the Log")
        return QT_TRANSLATE_NOOP("core", "it is in the Log as entry {entry}").format(
            entry=self.journal_id
        )


class ApiError(WorkbenchError):
    """The API answered, and said no. The message is `CODE - Message` as the SOP asks."""

    def __init__(self, exchange: Exchange, fix: str = "") -> None:
        super().__init__(exchange.display, fix)
        self.exchange = exchange


class NoAnswer(WorkbenchError):
    """No usable answer (timeout, connection, 5xx, HTML): for reads, retrying is safe."""

    def __init__(self, exchange: Exchange) -> None:
        if exchange.failure is Failure.NOT_JSON:
            # Something did arrive: the network is not the question, what arrived is.
            problem = QT_TRANSLATE_NOOP("core", "{service}: {what}; {log}.").format(
                service=exchange.service.title, what=exchange.display, log=exchange.in_log
            )
            fix = QT_TRANSLATE_NOOP(
                "core",
                "Open that entry in the Log to see what arrived. A web page instead of a "
                "SNAP answer usually comes from a proxy, or from a wrong base URL or path: "
                "check the environment's settings, then try again.",
            )
        else:
            problem = QT_TRANSLATE_NOOP("core", "{service}: {what}.").format(
                service=exchange.service.title, what=exchange.display
            )
            fix = QT_TRANSLATE_NOOP(
                "core", "Check the environment's address and your network, then try again."
            )
        super().__init__(problem, fix)
        self.exchange = exchange


class UnusableAnswer(WorkbenchError):
    """OVO answered, but the answer cannot be used as it is: a field that cannot be read,
    a code that is not the service's, or values that are not the request's."""

    def __init__(self, exchange: Exchange, problem: str, fix: str = "") -> None:
        super().__init__(problem, fix)
        self.exchange = exchange


# --- the token -----------------------------------------------------------------------------


def parse_expires_in(value: object) -> float:
    """expiresIn arrives as a string ("900") or a number; anything else (and a lifetime
    that is not positive, finite and at most a day) is an `answers.BadField`."""
    return answers.lifetime_seconds({"expiresIn": value})


class TokenManager:
    """One token per environment, refreshed ahead of expiry, one refresh for many callers.

    OVO forbids minting a token per transaction. Callers ask `get()` for every call; the
    token is refreshed only when it is missing, expired, or within `margin` seconds of
    expiry, and concurrent callers during a refresh all await the same one.
    """

    def __init__(
        self,
        mint: Callable[[], Awaitable[AccessToken]],
        *,
        margin: float = REFRESH_MARGIN_SECONDS,
        clock: Callable[[], float] = time.time,
        initial: AccessToken | None = None,
    ) -> None:
        self._mint = mint
        self._margin = margin
        self._clock = clock
        self._token = initial
        self._refresh: asyncio.Future[AccessToken] | None = None
        self._failed = False
        self._listeners: list[Callable[[TokenState], None]] = []
        self.minted = 0

    @property
    def token(self) -> AccessToken | None:
        return self._token

    @property
    def state(self) -> TokenState:
        if self._refresh is not None and not self._refresh.done():
            return TokenState.REFRESHING
        if self._failed:
            return TokenState.FAILED
        if self._token is None:
            return TokenState.NONE
        remaining = self._token.remaining(self._clock())
        if remaining <= 0:
            return TokenState.EXPIRED
        # A short-lived token (a sandbox rehearsal with --token-ttl 30) would otherwise be
        # "expiring" from birth and renewed on every call, the very thing OVO forbids.
        lifetime = self._token.expires_at - self._token.issued_at
        margin = min(self._margin, lifetime / 4)
        return TokenState.EXPIRING if remaining <= margin else TokenState.VALID

    def subscribe(self, listener: Callable[[TokenState], None]) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        state = self.state
        for listener in list(self._listeners):
            listener(state)

    def adopt(self, token: AccessToken) -> None:
        """Take a still-valid token kept by an earlier run (no-keyring mode reads it only
        once the client secret is known), unless this run already has a usable one."""
        if self.state in (TokenState.NONE, TokenState.EXPIRED, TokenState.FAILED):
            self._token, self._failed = token, False
            self._notify()

    def invalidate(self) -> None:
        """Forget the token (the server said it is no longer valid)."""
        self._token = None
        self._notify()

    async def get(self, *, force: bool = False) -> AccessToken:
        if not force and self.state is TokenState.VALID:
            return self._token  # type: ignore[return-value]
        if self._refresh is None or self._refresh.done():
            self._refresh = asyncio.ensure_future(self._do_refresh())
            self._notify()
        return await asyncio.shield(self._refresh)

    async def _do_refresh(self) -> AccessToken:
        try:
            token = await self._mint()
        except BaseException:
            self._failed = True
            self._notify()
            raise
        self._token, self._failed = token, False
        self.minted += 1
        # Notify after the refresh future has completed, so listeners see VALID.
        asyncio.get_running_loop().call_soon(self._notify)
        return token


# --- the client ----------------------------------------------------------------------------


@dataclass
class ClientConfig:
    base_url: str
    profile: SnapProfile
    identity: PartnerIdentity
    connect_timeout: float = 10.0
    read_timeout: float = 30.0


class SnapClient:
    """Signs and sends SNAP calls for one environment."""

    def __init__(
        self,
        config: ClientConfig,
        http: httpx.AsyncClient,
        *,
        signing_key: Callable[[], RSAPrivateKey],
        client_secret: Callable[[], str],
        next_external_id: Callable[[], str],
        on_exchange: Callable[[Exchange], None] | None = None,
        token_cache: Callable[[AccessToken], None] | None = None,
        initial_token: AccessToken | None = None,
        prepare: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """`prepare`: awaited before anything is signed (no-keyring mode recovers the
        client secret there, asking for a passphrase if need be)."""
        self.config = config
        self._http = http
        self._load_signing_key = signing_key
        self._loaded_key: RSAPrivateKey | None = None
        self._prepare = prepare
        self._client_secret = client_secret
        self._next_external_id = next_external_id
        self._on_exchange = on_exchange
        self._token_cache = token_cache
        self.tokens = TokenManager(self._mint_token, initial=initial_token)

    def _signing_key(self) -> RSAPrivateKey:
        """The signing key, loaded once per client: a 4096-bit key takes milliseconds to
        check, which every call would otherwise spend on the event loop."""
        if self._loaded_key is None:
            self._loaded_key = self._load_signing_key()
        return self._loaded_key

    async def ready(self, *, secret: bool = True) -> None:
        """Everything a signed call needs, before any token is asked for: the signing key
        loaded and (`secret`) the client secret known. OVO forbids minting tokens that are
        then thrown away, so a call that could not be signed must fail here, not after
        the token call."""
        if self._prepare is not None:
            await self._prepare()
        self._signing_key()
        if secret:
            self._client_secret()

    async def token(self, *, force: bool = False, secret: bool = True) -> AccessToken:
        """The token for a call (see `ready`): the kept one while valid, else a new one."""
        await self.ready(secret=secret)
        return await self.tokens.get(force=force)

    def url(self, service: Service) -> str:
        return self.config.base_url.rstrip("/") + self.config.profile.path(service)

    async def _send(self, exchange: Exchange, timeout: float | None = None) -> Exchange:
        if self._on_exchange:
            self._on_exchange(exchange)  # recorded (pending) before the request leaves
        started = time.monotonic()
        timeouts = httpx.Timeout(
            timeout or self.config.read_timeout, connect=self.config.connect_timeout
        )
        try:
            response = await self._http.request(
                exchange.method,
                exchange.url,
                headers=exchange.request_headers,
                content=exchange.request_body,
                timeout=timeouts,
            )
        except httpx.ConnectError as exc:
            exchange.failure, exchange.failure_detail = (
                Failure.NOT_SENT,
                QT_TRANSLATE_NOOP("core", "could not connect ({error})").format(error=exc),
            )
        except httpx.TimeoutException:
            exchange.failure = Failure.TIMEOUT
            exchange.failure_detail = QT_TRANSLATE_NOOP("core", "no answer in time (timeout)")
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            exchange.failure = Failure.DROPPED
            exchange.failure_detail = QT_TRANSLATE_NOOP(
                "core", "the connection was closed without an answer ({error})"
            ).format(error=type(exc).__name__)
        except (httpx.LocalProtocolError, httpx.UnsupportedProtocol) as exc:
            exchange.failure = Failure.NOT_SENT  # refused on this side, before sending
            exchange.failure_detail = QT_TRANSLATE_NOOP(
                "core", "the request could not be sent ({error})"
            ).format(error=type(exc).__name__)
        except httpx.HTTPError as exc:
            # Whatever else went wrong between sending and reading (an answer whose
            # content encoding cannot be decoded...): the request may have arrived.
            exchange.failure = Failure.DROPPED
            exchange.failure_detail = QT_TRANSLATE_NOOP(
                "core", "the answer could not be read ({error})"
            ).format(error=type(exc).__name__)
        else:
            exchange.status = response.status_code
            exchange.response_headers = dict(response.headers)
            exchange.response_body = response.content
            try:
                parsed = json.loads(response.content)
                exchange.response_json = parsed if isinstance(parsed, dict) else None
            except (ValueError, RecursionError):  # RecursionError: [[[[... nested too deep
                exchange.response_json = None
            if exchange.response_json is None or exchange.code is None:
                exchange.response_json = None
                exchange.failure = Failure.NOT_JSON
            elif response.status_code >= 500:
                exchange.failure = Failure.SERVER_ERROR
                exchange.failure_detail = f"HTTP {response.status_code}"
        exchange.elapsed = time.monotonic() - started
        if self._on_exchange:
            self._on_exchange(exchange)  # completed
        return exchange

    async def _mint_token(self) -> AccessToken:
        timestamp = now_timestamp(self.config.profile.timestamp_format)
        client_id = self.config.identity.client_id
        signature = sign_token_request(
            self._signing_key(), client_id, timestamp, self.config.profile.token_signature_encoding
        )
        body = json.dumps({"grantType": "client_credentials", "additionalInfo": {}}).encode()
        exchange = await self._send(
            Exchange(
                Service.ACCESS_TOKEN,
                "POST",
                self.url(Service.ACCESS_TOKEN),
                token_headers(client_id, timestamp, signature),
                body,
                signature=signature,
            )
        )
        if exchange.failure is not None and exchange.code is None:
            raise NoAnswer(exchange)
        if not exchange.succeeded:
            raise ApiError(
                exchange,
                QT_TRANSLATE_NOOP(
                    "core", "Check the client ID and that OVO has your signing public key."
                ),
            )
        data = exchange.response_json or {}
        try:
            lifetime = answers.lifetime_seconds(data)
            # The token goes into a header: text without spaces; never shown in a message.
            value = answers.text(data, "accessToken", max_length=8192, secret=True) or ""
            if any(c.isspace() for c in value):
                raise answers.BadField(
                    "accessToken",
                    value,
                    QT_TRANSLATE_NOOP("core", "a token without spaces"),
                    secret=True,
                )
        except answers.BadField as exc:
            raise UnusableAnswer(
                exchange,
                QT_TRANSLATE_NOOP(
                    "core",
                    "OVO's token answer has an unreadable {field}: {arrived}, where {expected} "
                    "was expected; {log}.",
                ).format(
                    field=exc.field, arrived=exc.arrived, expected=exc.expected, log=exchange.in_log
                ),
                QT_TRANSLATE_NOOP("core", "Try again; if it repeats, send that Log entry to OVO."),
            ) from None
        now = time.time()
        token = AccessToken(value, now, now + lifetime)
        if self._token_cache:
            self._token_cache(token)
        return token

    def _signed_exchange(self, service: Service, body: dict, token: AccessToken) -> Exchange:
        profile = self.config.profile
        url = self.url(service)
        relative = profile.path(service)
        timestamp = now_timestamp(profile.timestamp_format)
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        signature = sign_service_request(
            self._client_secret(),
            "POST",
            profile.signed_path(relative),
            token.value,
            raw,
            timestamp,
            profile.service_signature_encoding,
        )
        external_id = self._next_external_id()
        headers = transaction_headers(
            profile, service, self.config.identity, token.value, timestamp, signature, external_id
        )
        return Exchange(
            service, "POST", url, headers, signature.minified_body or raw, external_id, signature
        )

    async def call(self, service: Service, body: dict, *, timeout: float | None = None) -> Exchange:
        """Send a transaction call. A token the server calls invalid is refreshed once and
        the same body (same partnerReferenceNo) sent again under a new X-EXTERNAL-ID: the
        first attempt was refused before any processing, so this cannot double anything."""
        token = await self.token()
        exchange = await self._send(self._signed_exchange(service, body, token), timeout)
        code = exchange.code
        if code is not None and (
            code.code in TOKEN_INVALID_CODES or (code.http_status == 401 and code.case == "01")
        ):
            self.tokens.invalidate()
            token = await self.tokens.get(force=True)
            exchange = await self._send(self._signed_exchange(service, body, token), timeout)
        return exchange
