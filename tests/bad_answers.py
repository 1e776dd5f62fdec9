"""A SNAP gateway on loopback whose answers each test scripts: the bad answers fixture.

OVO's answers are untrusted input, so the workbench is tested against answers no honest
gateway sends: wrong codes, other transactions' references, amounts and customers,
unreadable values, HTML, cut connections, truncated bodies. This is a real HTTP server
(http.server in a thread, HTTP/1.1 with keep-alive as gateways do), so the client's whole
path runs: httpx, parsing, the journal. It answers the access token itself, signs
nothing and checks nothing: it is not the sandbox, it is the gateway gone wrong.

A test queues answers per service (`then`), each either a fixed `Answer` or a function
of the request body returning one, so an answer can echo the request's references and
change one field. When a service's queue is empty it answers as an honest OVO would:
inquiry and top-up successes that echo the request, and top-up status from what it has
seen (success for a top-up it received, "not found" for one it did not).
"""

from __future__ import annotations

import copy
import http.server
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from core.environments import apply_setting
from core.snap.profile import OVO_PATHS, Service

DELETE = object()  # in `change`: remove the field
TOKEN = "bad-answers-token-0123456789abcdef"
CLIENT_SECRET = "client-secret-for-the-bad-gateway"


@dataclass(frozen=True)
class Answer:
    """What the server sends: a status, a content type and body bytes. `cut` closes the
    connection without a byte of answer; `declared_length` promises more body than is sent
    and then closes (a connection that breaks mid-answer)."""

    status: int = 200
    content_type: str = "application/json"
    body: bytes = b""
    cut: bool = False
    declared_length: int | None = None


def json_answer(data: object, status: int = 200) -> Answer:
    return Answer(status, "application/json", json.dumps(data).encode())


def raw(body: bytes | str, content_type: str = "application/json", status: int = 200) -> Answer:
    return Answer(status, content_type, body.encode() if isinstance(body, str) else body)


HTML_PAGE = raw(
    "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
    "<body><h1>We'll be back soon</h1></body></html>",
    "text/html; charset=utf-8",
)
CUT = Answer(cut=True)
EMPTY = raw(b"")


def truncated(data: dict) -> Answer:
    """A JSON answer cut in the middle, sent whole (its Content-Length matches)."""
    text = json.dumps(data).encode()
    return raw(text[: len(text) // 2])


def broken_off(data: dict) -> Answer:
    """A JSON answer whose connection breaks after half its promised bytes."""
    text = json.dumps(data).encode()
    return Answer(200, "application/json", text[: len(text) // 2], declared_length=len(text))


def change(data: dict, **changes: object) -> dict:
    """A copy of `data` with fields changed; `amount__value="1.000,00"` reaches into
    `amount.value`, DELETE removes a field."""
    result = copy.deepcopy(data)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = result
        for part in parents:
            if not isinstance(target.get(part), dict):
                target[part] = {}
            target = target[part]
        if value is DELETE:
            target.pop(last, None)
        else:
            target[last] = value
    return result


def _mask(number: str) -> str:
    return "X" * (len(number) - 4) + number[-4:]


def inquiry_success(request: dict) -> dict:
    """An honest account inquiry answer to `request`, as the SOP's sample has it."""
    return {
        "responseCode": "2003700",
        "responseMessage": "Successful",
        "referenceNo": "INQ" + request["partnerReferenceNo"][-10:],
        "partnerReferenceNo": request["partnerReferenceNo"],
        "customerNumber": _mask(request["customerNumber"]),
        "customerName": "B**i S****so",
        "customerMonthlyLimit": "40000000",
        "minAmount": {"value": "10000.00", "currency": "IDR"},
        "maxAmount": {"value": "20000000.00", "currency": "IDR"},
        "amount": dict(request["amount"]),
        "feeAmount": {"value": "1000.00", "currency": "IDR"},
        "feeType": "Admin fee",
        "sessionId": "session-0001",
        "additionalInfo": {},
    }


def topup_success(request: dict) -> dict:
    """An honest top-up answer to `request`."""
    return {
        "responseCode": "2003800",
        "responseMessage": "Successful",
        "referenceNo": "OVO" + request["partnerReferenceNo"][-10:],
        "partnerReferenceNo": request["partnerReferenceNo"],
        "customerNumber": _mask(request["customerNumber"]),
        "amount": dict(request["amount"]),
        "feeAmount": dict(request.get("feeAmount") or {"value": "0.00", "currency": "IDR"}),
        "additionalInfo": {},
    }


def sop_sample_answer(request: dict) -> dict:
    """The answer in OVO's SOP sample log, to a top-up of 10000.00: an inquiry's code
    (2003700) and 100000.00, with the request's own references (so that only the code and
    the amount are wrong)."""
    return {
        "responseCode": "2003700",
        "responseMessage": "Request has been processed succesfully",
        "referenceNo": request["partnerReferenceNo"],
        "partnerReferenceNo": request["partnerReferenceNo"],
        "customerNumber": _mask(request["customerNumber"]),
        "customerName": "C**tomer Na**",
        "cusgtomerMonthlyLimit": "40000000",
        "minAmount": {"value": "10000.00", "currency": "IDR"},
        "maxAmount": {"value": "20000000.00", "currency": "IDR"},
        "amount": {"value": "100000.00", "currency": "IDR"},
        "feeAmount": {"value": "1000.00", "currency": "IDR"},
        "feeType": "Admin fee",
        "additionalInfo": {"preInquiryFlag": "N", "senderInstitutionID": "999"},
    }


# The SOP's sample answer byte for byte as the SOP prints it: its minAmount lacks a comma,
# so it is not even JSON.
SOP_SAMPLE_VERBATIM = raw(
    b'{\n"responseCode": "2003700",\n"responseMessage": "Request has been processed '
    b'succesfully",\n"referenceNo": "20220728000000001",\n"partnerReferenceNo": '
    b'"20220728000000001",\n"customerNumber": "XXXXXXXX0001",\n"customerName": '
    b'"C**tomer Na**",\n"cusgtomerMonthlyLimit": "40000000",\n"minAmount": {\n"value": '
    b'"10000.00"\n"currency": "IDR"\n},\n"maxAmount": {\n"value": "20000000.00",\n'
    b'"currency": "IDR"\n},\n"amount": {\n"value": "100000.00",\n"currency": "IDR"\n},\n'
    b'"feeAmount": {\n"value": "1000.00",\n"currency": "IDR"\n},\n"feeType": "Admin fee",\n'
    b'"additionalInfo": {\n"preInquiryFlag": "N",\n"senderInstitutionID": "999"\n}\n}'
)


def status_answer(request: dict, topup: dict, status: str = "00") -> dict:
    """An honest top-up status answer about `topup` (the top-up request received)."""
    names = {"00": "Success", "03": "Pending", "06": "Failed", "07": "Not found"}
    return {
        "responseCode": "2003900",
        "responseMessage": "Successful",
        "originalPartnerReferenceNo": request["originalPartnerReferenceNo"],
        "originalReferenceNo": "OVO" + topup["partnerReferenceNo"][-10:],
        "originalExternalId": request.get("originalExternalId", ""),
        "serviceCode": "38",
        "latestTransactionStatus": status,
        "transactionStatusDesc": names.get(status, status),
        "amount": dict(topup["amount"]),
        "feeAmount": dict(topup.get("feeAmount") or {"value": "0.00", "currency": "IDR"}),
        "additionalInfo": {},
    }


NOT_FOUND = json_answer(
    {"responseCode": "4043901", "responseMessage": "Transaction Not Found"}, status=404
)

Script = Answer | Callable[..., Answer]


@dataclass
class Received:
    service: Service
    body: dict
    headers: dict[str, str] = field(default_factory=dict)


class BadAnswersServer:
    """The scripted gateway. `then(service, *answers)` queues answers; `requests` holds
    what arrived, so a test can count the status calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queues: dict[Service, list[Script]] = {service: [] for service in Service}
        self.requests: list[Received] = []
        self.topups: dict[str, dict] = {}  # partnerReferenceNo -> the top-up request
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> BadAnswersServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        """Forget the queued answers and the requests received."""
        with self._lock:
            for queue in self._queues.values():
                queue.clear()
            self.requests.clear()

    def then(self, service: Service, *answers: Script) -> None:
        """Answer the next calls of `service` with `answers`, in order. Each is an
        `Answer`, or a function taking the request body (status: and the top-up
        request it is about, or None) and returning one."""
        with self._lock:
            self._queues[service].extend(answers)

    def calls(self, service: Service) -> int:
        return sum(1 for r in self.requests if r.service is service)

    # --- serving ---------------------------------------------------------------------------

    def _answer_for(self, service: Service, body: dict) -> Answer:
        with self._lock:
            self.requests.append(Received(service, body))
            if service is Service.TOPUP and isinstance(body.get("partnerReferenceNo"), str):
                self.topups[body["partnerReferenceNo"]] = body
            scripted = self._queues[service].pop(0) if self._queues[service] else None
        topup = self.topups.get(str(body.get("originalPartnerReferenceNo")))
        if scripted is None:
            return self._honest(service, body, topup)
        if isinstance(scripted, Answer):
            return scripted
        if service is Service.TOPUP_STATUS:
            return scripted(body, topup)
        return scripted(body)

    @staticmethod
    def _honest(service: Service, body: dict, topup: dict | None) -> Answer:
        if service is Service.ACCESS_TOKEN:
            return json_answer(
                {
                    "responseCode": "2007300",
                    "responseMessage": "Successful",
                    "accessToken": TOKEN,
                    "tokenType": "Bearer",
                    "expiresIn": "900",
                    "additionalInfo": {},
                }
            )
        if service is Service.ACCOUNT_INQUIRY:
            return json_answer(inquiry_success(body))
        if service is Service.TOPUP:
            return json_answer(topup_success(body))
        if topup is None:
            return NOT_FOUND
        return json_answer(status_answer(body, topup))

    def _handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        server = self
        services = {path: service for service, path in OVO_PATHS.items()}

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                raw_body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                service = services.get(self.path)
                if service is None:
                    self._send(NOT_FOUND)
                    return
                try:
                    body = json.loads(raw_body)
                except ValueError:
                    body = {}
                self._send(server._answer_for(service, body if isinstance(body, dict) else {}))

            def _send(self, answer: Answer) -> None:
                if answer.cut:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                length = answer.declared_length or len(answer.body)
                self.send_header("Content-Length", str(length))
                self.end_headers()
                self.wfile.write(answer.body)
                if answer.declared_length:
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)

            def log_message(self, *args: object) -> None:
                pass

        return Handler


def point_environment(workspace, env_name: str, url: str, signing_key: str) -> None:
    """Give `env_name` credentials (a client secret in the keyring, IDs, the signing key)
    and the bad gateway's URL as its base URL, with a 1 s read timeout (a 2 s status
    window). The gateway checks no signature, so any RSA key will do."""
    from core.workspace import secret_name

    env = workspace.environment(env_name)
    for setting, value in (
        ("base_url", url),
        ("client_id", "partner-0001"),
        ("channel_id", "00001"),
        ("signing_key", signing_key),
        ("read_timeout", "1"),
    ):
        env = apply_setting(env, setting, value)
    workspace.settings.put(env)
    workspace.secrets.set(secret_name(env_name, "client_secret"), CLIENT_SECRET)
