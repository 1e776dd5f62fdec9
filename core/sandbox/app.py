"""The sandbox's HTTP side: a strict OVO staging gateway, as an ASGI (Starlette) app.

Every check a strict gateway makes is made here, cheapest and most fundamental first
(token, headers, timestamp, body syntax, signature, X-EXTERNAL-ID, fields, business
rules), and each refusal carries the SNAP code OVO would send and a message naming the
reason, so a partner sees at once which of their values is wrong. The signing and body
rules are the client's own (core.snap), so the sandbox and the workbench can never
disagree on what a signature or a valid body is.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, cast

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from core import keys
from core.errors import BadInput
from core.sandbox import LEDGER_PATH, guard
from core.sandbox.accounts import (
    SUCCESS,
    AccountBook,
    Fault,
    SandboxAccount,
    load_accounts,
    mask_customer_number,
    mask_name,
)
from core.sandbox.body import BodyProblem, parse_json_object, unencodable_field
from core.sandbox.store import Inquiry, Partner, SandboxStore, Transaction
from core.snap.bodies import CURRENCY, FieldProblem, validate_request
from core.snap.codes import make_code, standard_message
from core.snap.profile import OVO_PATHS, Service
from core.snap.signatures import (
    HMAC_SHA512_BYTES,
    Encoding,
    decode_signature,
    same_signature,
    sign_service_request,
    token_string_to_sign,
    verify_rsa,
)
from core.snap.timestamps import JAKARTA, format_timestamp, jakarta_day, parse_timestamp

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

MAX_EXTERNAL_ID = 36
MAX_CHANNEL_ID = 5
STATUS_SUCCESS = "00"

# The SOP's sample answer to an expired token, field for field.
PIN_WEBVIEW_URL = "https://webview.byte-stack.net/cellblockui/v2/paymentPin"
INVALID_TOKEN_CODE = "4013701"


@dataclass(frozen=True)
class SandboxConfig:
    """Times in seconds. `fault_delay` is how long the timeout account keeps a top-up
    waiting: longer than any sensible client timeout, so the client gives up first."""

    token_ttl: int = 900
    max_clock_skew: int = 300
    fault_delay: float = 35.0
    inquiry_validity: int = 1800
    accounts_path: Path | None = None  # None: the shipped resources/sandbox_accounts.json


class Refusal(Exception):
    """A SNAP error answer, raised by any check and sent as the response body."""

    def __init__(self, code: str, message: str, body: dict | None = None) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message
        self.body = body

    def response(self) -> Response:
        body = self.body or {"responseCode": self.code, "responseMessage": self.message}
        return snap_json(int(self.code[:3]), body)


def refuse(
    http_status: int, service: Service, case: str, *, field: str = "", reason: str = ""
) -> Refusal:
    """The code's own words (the SOP's where OVO has them), with the reason filled in:
    into `[reason]` where the standard text has one, else after a colon."""
    code = make_code(http_status, service.code, case)
    message = (standard_message(code) or "Error").replace("{field}", field)
    if "[reason]" in message:
        message = message.replace("[reason]", reason)
    elif reason:
        message = f"{message}: {reason}"
    return Refusal(code, message)


def invalid_token(client_id: str) -> Refusal:
    """What OVO answers a missing, unknown or expired token, on every transaction service
    (the SOP shows it for Top Up, under account inquiry's code 4013701)."""
    body = {
        "additionalInfo": {
            "actionables": [
                {
                    "pinWebviewURL": PIN_WEBVIEW_URL,
                    "qParams": {"action": "regeneratePayment", "client-id": client_id},
                    "token": "PaymentToken",
                }
            ],
            "error": {"code": "OV00502", "message": "Unauthorized access"},
        },
        "responseCode": INVALID_TOKEN_CODE,
        "responseMessage": standard_message(INVALID_TOKEN_CODE),
    }
    return Refusal(INVALID_TOKEN_CODE, str(body["responseMessage"]), body)


def snap_json(status: int, body: dict) -> Response:
    """JSON with the X-TIMESTAMP a SNAP gateway puts on its answers."""
    return JSONResponse(body, status, headers={"X-TIMESTAMP": format_timestamp(_now())})


def _now() -> datetime:
    return datetime.now(UTC)


def _money(value: Decimal) -> dict:
    return {"value": f"{value:.2f}", "currency": CURRENCY}


def _reference_no() -> str:
    """20 digits: the Jakarta time to the second, then six random digits."""
    stamp = _now().astimezone(JAKARTA).strftime("%Y%m%d%H%M%S")
    return f"{stamp}{secrets.randbelow(10**6):06d}"


def relative_url(scope: Scope) -> str:
    """The path exactly as the client sent it (no decoding), with its query string."""
    raw = scope.get("raw_path") or scope["path"].encode("utf-8")
    path = raw.decode("latin-1")
    query = scope.get("query_string", b"").decode("latin-1")
    return f"{path}?{query}" if query else path


# --- the checks every call goes through -------------------------------------------------


def _header(request: Request, name: str, service: Service) -> str:
    value = request.headers.get(name, "").strip()
    if not value:
        raise refuse(400, service, "02", field=name)
    if not value.isascii() or not value.isprintable():
        # HTTP lets header bytes above 0x7f through (read here as Latin-1); SNAP's
        # headers are ASCII, and the sandbox stores and shows these values.
        raise refuse(
            400, service, "01", field=name, reason="only printable ASCII characters are allowed"
        )
    return value


def _check_timestamp(text: str, service: Service, max_skew: int) -> None:
    try:
        moment = parse_timestamp(text)
    except BadInput:
        raise refuse(
            400,
            service,
            "01",
            field="X-TIMESTAMP",
            reason=f"'{text}' is not like 2023-09-06T05:02:58.247+07:00",
        ) from None
    skew = abs((moment - _now()).total_seconds())
    if skew > max_skew:
        raise refuse(
            401,
            service,
            "00",
            reason=f"X-TIMESTAMP is {round(skew)} seconds away from the server time",
        )


def _parse_body(raw: bytes, service: Service) -> dict:
    """The body as an object; refused before the signature, which cannot hash a non-JSON
    body (minify keeps JSON's tokens byte for byte and so must parse it first)."""
    try:
        return parse_json_object(raw)
    except BodyProblem as problem:
        raise refuse(400, service, "00", reason=problem.reason) from None


def _check_fields(body: dict, service: Service) -> None:
    problem = unencodable_field(body) or _type_problem(body, service)
    if problem is not None:
        raise refuse(400, service, "01", field=problem.field, reason=problem.reason)
    problems = validate_request(service, body)
    if problems:
        raise _field_refusal(problems[0], service)


# Optional fields the sandbox reads, and the JSON type each must have when present.
_OPTIONAL_TYPES: dict[Service, tuple[tuple[str, type, str], ...]] = {
    Service.ACCESS_TOKEN: (("additionalInfo", dict, "an object"),),
    Service.ACCOUNT_INQUIRY: (("additionalInfo", dict, "an object"),),
    Service.TOPUP: (
        ("additionalInfo", dict, "an object"),
        ("feeAmount", dict, "an object"),
        ("sessionId", str, "a string"),
        ("customerName", str, "a string"),
    ),
    Service.TOPUP_STATUS: (
        ("additionalInfo", dict, "an object"),
        ("originalReferenceNo", str, "a string"),
        ("originalExternalId", str, "a string"),
    ),
}


def _type_problem(body: dict, service: Service) -> BodyProblem | None:
    for name, kind, described in _OPTIONAL_TYPES[service]:
        value = body.get(name)
        if value is not None and not isinstance(value, kind):
            return BodyProblem(f"{name} must be {described}", name)
    return None


def _field_refusal(problem: FieldProblem, service: Service) -> Refusal:
    if problem.kind == "mandatory":
        return refuse(400, service, "02", field=problem.field)
    if problem.kind == "amount":
        return refuse(404, service, "13")
    return refuse(400, service, "01", field=problem.field, reason=problem.message)


@dataclass(frozen=True)
class Caller:
    """A transaction request that passed the gateway's checks."""

    partner: Partner
    external_id: str
    body: dict


# --- the gateway ------------------------------------------------------------------------


class Gateway:
    def __init__(self, store: SandboxStore, config: SandboxConfig, accounts: AccountBook):
        self.store = store
        self.config = config
        self.accounts = accounts
        self.late_commits: set[tuple[str, str]] = set()  # top-ups of Fault.LATE_COMMIT

    # access token B2B (73)

    async def access_token(self, request: Request) -> Response:
        service = Service.ACCESS_TOKEN
        try:
            timestamp = _header(request, "X-TIMESTAMP", service)
            client_id = _header(request, "X-CLIENT-KEY", service)
            signature = _header(request, "X-SIGNATURE", service)
            _check_timestamp(timestamp, service, self.config.max_clock_skew)
            partner = self.store.partner(client_id)
            if partner is None:
                raise refuse(401, service, "00", reason="Unknown X-CLIENT-KEY")
            # Registration takes RSA signing keys only (core/sandbox/registration.py).
            public_key = cast("RSAPublicKey", keys.load_key(partner.signing_public_pem).public_key)
            message = token_string_to_sign(client_id, timestamp)
            decoded = decode_signature(signature, Encoding.BASE64, public_key.key_size // 8)
            if decoded is None or not verify_rsa(public_key, message, decoded[0]):
                raise refuse(401, service, "00", reason="Invalid Signature")
            body = _parse_body(await request.body(), service)
            _check_fields(body, service)
        except Refusal as refusal:
            return refusal.response()
        token = secrets.token_urlsafe(32)
        self.store.save_token(token, client_id, time.time() + self.config.token_ttl)
        return snap_json(
            200,
            {
                "responseCode": make_code(200, service.code, "00"),
                "responseMessage": "Successful",
                "accessToken": token,
                "tokenType": "Bearer",
                "expiresIn": str(self.config.token_ttl),
                "additionalInfo": {},
            },
        )

    async def admit(self, request: Request, service: Service) -> Caller:
        """The gateway's checks, in order. The body must parse before the signature (its
        hash needs the minified JSON); the X-EXTERNAL-ID is recorded only after the
        signature, so a forged or mistyped request does not burn the partner's ID; the
        fields are checked last, as a gateway passes them on to the service."""
        authorization = request.headers.get("Authorization", "")
        token = authorization[7:].strip() if authorization[:7].lower() == "bearer " else ""
        found = self.store.token(token) if token else None
        if found is None or found[1] <= time.time():
            claimed = request.headers.get("X-PARTNER-ID", "")
            known = found[0] if found else (claimed if self.store.partner(claimed) else "")
            raise invalid_token(known)
        client_id = found[0]
        timestamp = _header(request, "X-TIMESTAMP", service)
        signature = _header(request, "X-SIGNATURE", service)
        partner_id = _header(request, "X-PARTNER-ID", service)
        external_id = _header(request, "X-EXTERNAL-ID", service)
        channel_id = _header(request, "CHANNEL-ID", service)
        for name, value, limit in (
            ("X-EXTERNAL-ID", external_id, MAX_EXTERNAL_ID),
            ("CHANNEL-ID", channel_id, MAX_CHANNEL_ID),
        ):
            if len(value) > limit:
                raise refuse(
                    400,
                    service,
                    "01",
                    field=name,
                    reason=f"at most {limit} characters, this one has {len(value)}",
                )
        if partner_id != client_id:
            raise refuse(
                401,
                service,
                "00",
                reason=f"X-PARTNER-ID {partner_id} is not the client the access token "
                "was issued to",
            )
        _check_timestamp(timestamp, service, self.config.max_clock_skew)
        partner = self.store.partner(client_id)
        if partner is None:  # the state file was edited under a running server
            raise invalid_token("")
        raw_body = await request.body()
        body = _parse_body(raw_body, service)
        url = relative_url(request.scope)
        try:
            expected = sign_service_request(
                partner.client_secret, request.method, url, token, raw_body, timestamp
            )
        except BadInput as exc:  # a body the signature rules cannot hash
            raise refuse(400, service, "00", reason=exc.problem) from None
        decoded = decode_signature(signature, Encoding.HEX, HMAC_SHA512_BYTES)
        if decoded is None or not same_signature(expected.raw, decoded[0]):
            shown = (
                f"{request.method.upper()}:{url}:<access token>:{expected.body_hash}:{timestamp}"
            )
            raise refuse(
                401,
                service,
                "00",
                reason=f"Invalid Signature (the sandbox signed {shown}; relative URL {url}, "
                f"body hash {expected.body_hash})",
            )
        if not self.store.claim_external_id(client_id, external_id, jakarta_day()):
            raise refuse(
                409,
                service,
                "00",
                reason=f"X-EXTERNAL-ID {external_id} was already used today "
                f"({jakarta_day()}, Asia/Jakarta) by this partner",
            )
        _check_fields(body, service)
        return Caller(partner, external_id, body)

    def transaction_endpoint(
        self, service: Service, handler: Callable[[Caller, Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            try:
                caller = await self.admit(request, service)
                return await handler(caller, request)
            except Refusal as refusal:
                return refusal.response()

        endpoint.__name__ = service.name.lower()
        return endpoint

    # account inquiry (37)

    async def account_inquiry(self, caller: Caller, request: Request) -> Response:
        service = Service.ACCOUNT_INQUIRY
        body = caller.body
        number = body["customerNumber"]
        value = Decimal(body["amount"]["value"])
        account = self.accounts.find(number)
        outcome = self.accounts.outcome_for(number)
        if account is None or outcome != SUCCESS:
            raise Refusal(outcome, standard_message(outcome) or "Refused")
        if not account.allows(value):
            raise refuse(404, service, "13")
        reference_no, session_id = _reference_no(), secrets.token_hex(16)
        self.store.record_inquiry(
            Inquiry(caller.partner.client_id, number, session_id, reference_no, value, time.time())
        )
        code = make_code(200, service.code, "00")
        answer = {
            "responseCode": code,
            "responseMessage": standard_message(code),
            "referenceNo": reference_no,
            "partnerReferenceNo": body["partnerReferenceNo"],
            "customerNumber": mask_customer_number(number),
            "customerName": mask_name(account.name or ""),
            "customerMonthlyLimit": _plain(account.monthly_limit),
            "minAmount": _money(account.min_amount),
            "maxAmount": _money(account.max_amount),
            "amount": _money(value),
            "feeAmount": _money(account.fee),
            "feeType": account.fee_type,
            "sessionId": session_id,
            "additionalInfo": _additional_info(body),
        }
        return snap_json(200, answer)

    # top up (38)

    async def topup(self, caller: Caller, request: Request) -> Response:
        service = Service.TOPUP
        body, client_id = caller.body, caller.partner.client_id
        number, partner_reference_no = body["customerNumber"], body["partnerReferenceNo"]
        value = Decimal(body["amount"]["value"])
        if self.store.transaction(client_id, partner_reference_no) is not None:
            raise refuse(409, service, "01")
        session_id = body.get("sessionId") if isinstance(body.get("sessionId"), str) else None
        since = time.time() - self.config.inquiry_validity
        if self.store.recent_inquiry(client_id, number, since, session_id or None) is None:
            within = f"in the last {self.config.inquiry_validity} seconds"
            if session_id:
                within += f" with sessionId {session_id}"
            raise refuse(
                404,
                service,
                "18",
                reason=f"no successful account inquiry for this customer ({within})",
            )
        account = self.accounts.find(number)
        if account is None:  # the accounts file changed since the inquiry
            outcome = self.accounts.unknown_outcome
            raise Refusal(outcome, standard_message(outcome) or "Refused")
        if not account.allows(value):
            raise refuse(404, service, "13")
        if account.fault is Fault.REJECT:
            raise refuse(500, service, "01")
        transaction = Transaction(
            client_id=client_id,
            partner_reference_no=partner_reference_no,
            reference_no=_reference_no(),
            external_id=caller.external_id,
            customer_number=number,
            amount=value,
            fee=account.fee,
            status=STATUS_SUCCESS,
            created_at=time.time(),
        )
        if account.fault is Fault.LATE_COMMIT:
            return self._commit_later(transaction, account)
        result = self.store.commit_topup(transaction, account.monthly_limit)
        if result.kind == "duplicate":
            raise refuse(409, service, "01")
        if result.kind == "over_limit":
            raise refuse(
                403,
                service,
                "02",
                reason=f"this month's top-ups to this customer total {result.month_total:.2f}; "
                f"with {value:.2f} more they would pass the monthly limit of "
                f"{account.monthly_limit:.2f}",
            )
        if account.fault is Fault.ERROR:
            raise refuse(500, service, "01")
        if account.fault is Fault.DROP:
            return DropConnection()
        if account.fault is Fault.TIMEOUT:
            await _linger(request, self.config.fault_delay)
        code = make_code(200, service.code, "00")
        return snap_json(
            200,
            {
                "responseCode": code,
                "responseMessage": standard_message(code),
                "referenceNo": transaction.reference_no,
                "partnerReferenceNo": partner_reference_no,
                "customerNumber": mask_customer_number(number),
                "amount": _money(value),
                "feeAmount": _money(account.fee),
                "additionalInfo": _additional_info(body),
            },
        )

    def _commit_later(self, transaction: Transaction, account: SandboxAccount) -> Response:
        """Fault.LATE_COMMIT: the connection closes at once and the credit is written
        `account.commit_after` seconds later (while this sandbox runs), as a gateway whose
        back end is slower than its front. Top-up status answers "not found" until then."""
        key = (transaction.client_id, transaction.partner_reference_no)
        if key in self.late_commits:
            raise refuse(409, Service.TOPUP, "01")
        self.late_commits.add(key)

        def commit() -> None:
            self.late_commits.discard(key)
            self.store.commit_topup(transaction, account.monthly_limit)

        asyncio.get_running_loop().call_later(account.commit_after, commit)
        return DropConnection()

    # top-up status (39)

    async def topup_status(self, caller: Caller, request: Request) -> Response:
        service = Service.TOPUP_STATUS
        body = caller.body
        tx = self.store.transaction(caller.partner.client_id, body["originalPartnerReferenceNo"])
        if tx is None:
            raise refuse(404, service, "01")
        for name, stored in (
            ("originalReferenceNo", tx.reference_no),
            ("originalExternalId", tx.external_id),
        ):
            given = body.get(name)
            if given not in (None, "") and given != stored:
                raise refuse(
                    404,
                    service,
                    "01",
                    reason=f"{name} {given} does not belong to originalPartnerReferenceNo "
                    f"{tx.partner_reference_no}",
                )
        code = make_code(200, service.code, "00")
        return snap_json(
            200,
            {
                "responseCode": code,
                "responseMessage": standard_message(code),
                "originalPartnerReferenceNo": tx.partner_reference_no,
                "originalReferenceNo": tx.reference_no,
                "originalExternalId": tx.external_id,
                "serviceCode": Service.TOPUP.code,
                "latestTransactionStatus": tx.status,
                "transactionStatusDesc": "Success",
                "amount": _money(tx.amount),
                "feeAmount": _money(tx.fee),
                "additionalInfo": {},
            },
        )

    # sandbox only

    async def ledger(self, request: Request) -> Response:
        """GET /sandbox/ledger?customerNumber=...: not an OVO API. The sandbox's own window
        onto its books, so a double credit (or its absence) can be seen."""
        number = request.query_params.get("customerNumber", "").strip()
        if not number:
            return JSONResponse({"error": "give the customer as ?customerNumber=081234567890"}, 400)
        balance, transactions = self.store.ledger(number)
        return JSONResponse(
            {
                "about": "sandbox only: OVO has no such API",
                "customerNumber": number,
                "balance": _money(balance),
                "transactions": [_ledger_row(tx) for tx in transactions],
            }
        )


def _ledger_row(tx: Transaction) -> dict:
    return {
        "partnerId": tx.client_id,
        "partnerReferenceNo": tx.partner_reference_no,
        "referenceNo": tx.reference_no,
        "externalId": tx.external_id,
        "amount": _money(tx.amount),
        "feeAmount": _money(tx.fee),
        "status": tx.status,
        "time": format_timestamp(datetime.fromtimestamp(tx.created_at, UTC)),
    }


def _plain(value: Decimal) -> str:
    """customerMonthlyLimit as the SOP's sample writes it: "40000000", no decimals."""
    return f"{value:.0f}" if value == value.to_integral_value() else f"{value:.2f}"


def _additional_info(body: dict) -> dict:
    info = body.get("additionalInfo")
    return info if isinstance(info, dict) else {}


async def _linger(request: Request, delay: float) -> None:
    """Wait `delay` seconds before answering, or less once the client has hung up (no one
    is left to answer, and the server can then stop without waiting)."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(delay):
            while (await request.receive())["type"] != "http.disconnect":
                pass


# --- dropping a connection ----------------------------------------------------------------

_SERVER_CHANNEL = "ovo.sandbox.server_channel"


class DropConnection(Response):
    """A 'response' that closes the TCP connection without a byte of answer.

    Starlette hands a response a wrapped `send`, which can only answer; the raw channel to
    the server, kept in the scope by `SandboxApp`, leads to uvicorn's transport,
    which is aborted. The server is then waited for until it has seen the disconnect, so it
    does not send an error response of its own into the closed connection.
    """

    def __init__(self) -> None:
        super().__init__(status_code=500)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        server_send, server_receive = scope.get(_SERVER_CHANNEL, (send, receive))
        transport = getattr(getattr(server_send, "__self__", None), "transport", None)
        if transport is None:
            # Not uvicorn: promise a body that never comes; any server must then close.
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-length", b"1000")],
                }
            )
            return
        transport.abort()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(5):
                while (await server_receive())["type"] != "http.disconnect":
                    pass


# --- the app ----------------------------------------------------------------------------


def _service_at(path: str) -> Service | None:
    """The service a path is for, by its last segment, so /OVOSNAP/v1.0/emoney/topup (the
    SOP's sample) is recognised and the right path suggested."""
    for service, known in OVO_PATHS.items():
        if path.rstrip("/").rsplit("/", 1)[-1] == known.rsplit("/", 1)[-1]:
            return service
    return None


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    path = request.url.path
    service = _service_at(path)
    case = make_code(exc.status_code, service.code if service else "00", "00")
    if exc.status_code == 404:
        services = ", ".join(f"POST {p}" for p in OVO_PATHS.values())
        hint = f" Did you mean POST {OVO_PATHS[service]}?" if service else ""
        message = (
            f"Not Found: the sandbox has no service at {request.method} {path}.{hint} "
            f"Its services: {services}."
        )
    elif exc.status_code == 405:
        allowed = (getattr(exc, "headers", None) or {}).get("Allow", "POST")
        message = f"Method Not Allowed: {path} takes {allowed}, not {request.method}"
    else:
        message = f"{exc.detail}"
    return snap_json(exc.status_code, {"responseCode": case, "responseMessage": message})


def _server_error(request: Request, exc: Exception) -> Response:
    """The answer to a bug of the sandbox: the details go to its log, not to the client."""
    guard.log_failure(request.scope, exc)
    code = make_code(500, _service_code(request.url.path), "00")
    message = "General Error: the sandbox failed; its log has the details"
    return snap_json(500, {"responseCode": code, "responseMessage": message})


def _service_code(path: str) -> str:
    service = _service_at(path)
    return service.code if service else "00"


def create_app(store: SandboxStore, config: SandboxConfig | None = None) -> Starlette:
    """The sandbox as an ASGI app; the accounts file is read once, here."""
    config = config or SandboxConfig()
    gateway = Gateway(store, config, load_accounts(config.accounts_path))
    routes = [
        Route(OVO_PATHS[Service.ACCESS_TOKEN], gateway.access_token, methods=["POST"]),
        *(
            Route(
                OVO_PATHS[service],
                gateway.transaction_endpoint(service, handler),
                methods=["POST"],
            )
            for service, handler in (
                (Service.ACCOUNT_INQUIRY, gateway.account_inquiry),
                (Service.TOPUP, gateway.topup),
                (Service.TOPUP_STATUS, gateway.topup_status),
            )
        ),
        Route(LEDGER_PATH, gateway.ledger, methods=["GET"]),
    ]
    app = SandboxApp(
        routes=routes,
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
    )
    app.router.redirect_slashes = False  # a gateway answers the path it was given
    app.state.gateway = gateway
    return app


class SandboxApp(Starlette):
    """Starlette behind the sandbox's wall (`guard`: body limit, hang-ups, a 500 for its
    own bugs), plus the server's own send/receive kept in the scope (before any
    middleware wraps them) for DropConnection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        scope[_SERVER_CHANNEL] = (send, receive)
        await guard.guarded(super().__call__, scope, receive, send, _service_code)
