"""The sandbox against the requests of issue 12: whatever a client sends gets a SNAP answer
(never a 500), and the sandbox's log shows no warning or traceback for it. A bug of the
sandbox itself is a 500 General Error, logged once with its details."""

from __future__ import annotations

import json
import logging
import socket
import time
from datetime import UTC, datetime

import pytest

from core.sandbox.guard import MAX_BODY_BYTES
from core.snap import bodies
from core.snap.profile import OVO_PATHS, Service
from core.snap.signatures import sign_token_request
from core.snap.timestamps import now_timestamp
from tests.reliability.sandbox_helpers import Partner, running_sandbox, snap_answer, tracebacks

BUDI = "081234567890"
TOKEN, INQUIRY, TOPUP, STATUS = (
    Service.ACCESS_TOKEN,
    Service.ACCOUNT_INQUIRY,
    Service.TOPUP,
    Service.TOPUP_STATUS,
)
DEEP_ARRAYS = b"[" * 5000 + b"]" * 5000
DEEP_OBJECTS = b'{"a":' * 3000 + b"1" + b"}" * 3000


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    with running_sandbox(tmp_path_factory.mktemp("sandbox")) as running:
        yield running


@pytest.fixture
def partner(sandbox) -> Partner:
    return sandbox[1]


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.DEBUG, logger="workbench.sandbox")
    return caplog


def good_body(service: Service) -> dict:
    now = datetime.now(UTC)
    return {
        TOKEN: bodies.token_body(),
        INQUIRY: bodies.account_inquiry_body(f"r{time.time_ns()}", BUDI, "10000.00", now),
        TOPUP: bodies.topup_body(f"t{time.time_ns()}", BUDI, "Budi", "10000.00", "1000.00", now),
        STATUS: bodies.topup_status_body(f"s{time.time_ns()}"),
    }[service]


def send(partner: Partner, service: Service, body: bytes | dict, **kw):
    """`body` with correct headers; `signature="00"` where the body cannot be signed (the
    sandbox reads the body before it checks the signature)."""
    if service is TOKEN:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return partner.request_token(body=raw, **kw)
    return partner.call(OVO_PATHS[service], body, **kw)


# --- bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize("service", [TOKEN, INQUIRY, TOPUP, STATUS])
@pytest.mark.parametrize("raw", [DEEP_ARRAYS, DEEP_OBJECTS], ids=["arrays", "objects"])
def test_deeply_nested_json_is_a_bad_request(partner, log, service, raw):
    extra = {} if service is TOKEN else {"signature": "00"}
    status, code, message = snap_answer(send(partner, service, raw, **extra), service)
    assert (status, code) == (400, f"400{service.code}00")
    assert message == "Bad Request: the JSON nests deeper than 32 levels"
    assert tracebacks(log.records) == []


@pytest.mark.parametrize(
    ("service", "field"),
    [
        (INQUIRY, "partnerReferenceNo"),
        (TOPUP, "partnerReferenceNo"),
        (STATUS, "originalPartnerReferenceNo"),
        (INQUIRY, "customerNumber"),
        (TOPUP, "customerName"),
    ],
)
def test_a_lone_surrogate_is_an_invalid_field_format_naming_the_field(partner, log, service, field):
    body = {**good_body(service), field: "ref\ud800"}
    raw = json.dumps(body).encode()  # ascii: the surrogate travels as the escape \ud800
    assert b"\\ud800" in raw
    before = partner.ledger(BUDI)
    status, code, message = snap_answer(send(partner, service, raw), service)
    assert (status, code) == (400, f"400{service.code}01")
    assert message.startswith(f"Invalid Field Format {field}: it holds a lone surrogate")
    assert partner.ledger(BUDI) == before
    assert tracebacks(log.records) == []


def test_a_lone_surrogate_deep_in_additional_info_or_in_a_key_is_named(partner, log):
    body = {**good_body(INQUIRY), "additionalInfo": {"notes": ["ok", {"x": "\udfff"}]}}
    _, code, message = snap_answer(send(partner, INQUIRY, json.dumps(body).encode()), INQUIRY)
    assert code == "4003701"
    assert message.startswith("Invalid Field Format additionalInfo.notes[1].x: ")
    body = {**good_body(INQUIRY), "additionalInfo": {"\ud83d": "half an emoji"}}
    _, code, message = snap_answer(send(partner, INQUIRY, json.dumps(body).encode()), INQUIRY)
    assert code == "4003701"
    assert message.startswith('Invalid Field Format additionalInfo."\\ud83d": the key')
    assert tracebacks(log.records) == []


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"grantType": "client_credentials", "x": "\xff"}', "the body is not UTF-8 text"),
        ('{"grantType": "client_credentials"}'.encode("utf-16"), "the body has NUL bytes"),
        ('{"grantType": "client_credentials"}'.encode("utf-32"), "the body has NUL bytes"),
        (b'{"grantType": "client_credentials", "grantType": "x"}', 'the key "grantType" appears'),
        (b'{"grantType": "client_credentials", "n": NaN}', "NaN is not a JSON value"),
        (b'{"grantType": "client_credentials", "n": -Infinity}', "-Infinity is not a JSON"),
        (b'{"grantType": "client_credentials", "n": 1e999}', "the number 1e999 is too large"),
        (b'{"n": ' + b"9" * 5000 + b"}", "the body is not usable JSON"),
        (b"   ", "the body is empty"),
        (b'"client_credentials"', "the body must be a JSON object"),
    ],
)
@pytest.mark.parametrize("service", [TOKEN, INQUIRY])
def test_bodies_that_are_not_usable_json_are_bad_requests(partner, log, service, raw, reason):
    extra = {} if service is TOKEN else {"signature": "00"}
    status, code, message = snap_answer(send(partner, service, raw, **extra), service)
    assert (status, code) == (400, f"400{service.code}00")
    assert message.startswith(f"Bad Request: {reason}")
    assert tracebacks(log.records) == []


def test_a_body_over_64_kib_is_refused_and_the_connection_still_serves(partner, log):
    huge = b'{"grantType": "' + b"x" * 2_000_000 + b'"}'
    for service in (TOKEN, INQUIRY):
        status, code, message = snap_answer(send(partner, service, huge, signature="00"), service)
        assert (status, code) == (400, f"400{service.code}00")
        assert message == (
            f"Bad Request: the body has more than {MAX_BODY_BYTES} bytes, the most the "
            "sandbox reads"
        )
    assert snap_answer(send(partner, INQUIRY, good_body(INQUIRY)), INQUIRY)[1] == "2003700"
    assert tracebacks(log.records) == []


def test_a_body_declared_far_too_large_is_answered_without_reading_it(sandbox, log):
    server, _ = sandbox
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(
            f"POST {OVO_PATHS[TOPUP]} HTTP/1.1\r\nHost: sandbox\r\n"
            "Content-Length: 1000000000\r\n\r\n".encode()
        )
        answer = _read_all(sock)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert json.loads(body)["responseCode"] == "4003800"
    assert tracebacks(log.records) == []


WRONG_VALUES = [1, 1.5, True, None, "", [], {}, ["x"], {"value": "1.00"}]
REQUIRED = {
    TOKEN: ["grantType"],
    INQUIRY: ["partnerReferenceNo", "customerNumber", "amount"],
    TOPUP: ["partnerReferenceNo", "customerNumber", "amount"],
    STATUS: ["originalPartnerReferenceNo", "serviceCode"],
}
OPTIONAL = {
    TOKEN: ["additionalInfo"],
    INQUIRY: ["additionalInfo", "transactionDate"],
    TOPUP: ["additionalInfo", "transactionDate", "customerName", "feeAmount", "sessionId"],
    STATUS: ["originalReferenceNo", "originalExternalId"],
}


@pytest.mark.parametrize("service", [TOKEN, INQUIRY, TOPUP, STATUS])
def test_a_wrong_json_type_in_any_field_is_a_refusal_naming_it(partner, log, service):
    for field in REQUIRED[service] + OPTIONAL[service]:
        for value in WRONG_VALUES:
            body = {**good_body(service), field: value}
            before = partner.ledger(BUDI)
            status, code, message = snap_answer(send(partner, service, body), service)
            assert status < 500, (field, value, code, message)
            if status == 400:
                assert code[5:] in ("01", "02") and field in message, (field, value, message)
            elif field in REQUIRED[service]:
                # an amount that is not a two-decimal string: OVO's own answer
                assert (code[5:], message) == ("13", "Invalid Amount"), (field, value, message)
            if service is TOPUP and status != 200:
                assert partner.ledger(BUDI) == before
    assert tracebacks(log.records) == []


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("X-EXTERNAL-ID", b"\xff\xfe\x80"),
        ("CHANNEL-ID", b"\xe9t\xe9"),
        ("X-TIMESTAMP", b"2024-01-01T00:00:00\xa0+07:00"),
        ("X-SIGNATURE", b"\xc3\xa9" * 64),
        ("X-PARTNER-ID", b"\x80"),
        ("Authorization", b"Bearer \xff"),
    ],
)
def test_odd_bytes_in_headers_get_a_snap_answer(partner, log, header, value):
    answer = partner.call(OVO_PATHS[INQUIRY], good_body(INQUIRY), headers={header: value})
    status, code, _ = snap_answer(answer, INQUIRY)
    assert 400 <= status < 500 and code != "5003700"
    assert tracebacks(log.records) == []


# --- the connection -------------------------------------------------------------------------


@pytest.mark.parametrize("service", [TOKEN, INQUIRY])
def test_a_client_that_hangs_up_mid_body_leaves_one_debug_line(sandbox, log, service):
    server, partner = sandbox
    timestamp = now_timestamp()
    signature = sign_token_request(partner.signing_key, partner.client_id, timestamp).value
    request = (
        f"POST {OVO_PATHS[service]} HTTP/1.1\r\nHost: sandbox\r\n"
        f"Content-Type: application/json\r\nContent-Length: 1000\r\n"
        f"X-TIMESTAMP: {timestamp}\r\nX-CLIENT-KEY: {partner.client_id}\r\n"
        f"X-SIGNATURE: {signature}\r\n\r\n"
    ).encode() + b'{"grantTyp'
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
    notes = _wait_for(log, "hung up")
    assert notes == [
        f"POST {OVO_PATHS[service]}: the client hung up after 10 of 1000 bytes of its request body"
    ]
    assert tracebacks(log.records) == []
    assert snap_answer(partner.request_token(), TOKEN)[1] == "2007300"  # still serving


def test_a_bug_in_the_sandbox_is_a_general_error_logged_once(sandbox, log, monkeypatch):
    server, partner = sandbox

    def broken(*args, **kwargs):
        raise RuntimeError("the token table is on fire")

    monkeypatch.setattr(server.store, "save_token", broken)
    answer = partner.request_token()
    assert snap_answer(answer, TOKEN) == (
        500,
        "5007300",
        "General Error: the sandbox failed; its log has the details",
    )
    assert "on fire" not in answer.text
    logged = [r for r in log.records if r.exc_info]
    assert [(r.name, r.levelname, r.exc_info[0]) for r in logged] == [
        ("workbench.sandbox", "ERROR", RuntimeError)
    ]
    assert logged[0].getMessage() == (
        f"The sandbox failed on POST {OVO_PATHS[TOKEN]}; the client was answered 500 General Error"
    )
    assert not [r for r in log.records if r.name.startswith("uvicorn") and r.levelno > logging.INFO]
    monkeypatch.undo()
    # the same keep-alive connection is still open and answered
    assert snap_answer(partner.request_token(), TOKEN)[1] == "2007300"


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _wait_for(log, text: str, limit_s: float = 10.0) -> list[str]:
    """The sandbox's log lines holding `text`, once there is one (the server notices a
    hang-up in its own thread); an empty list if none came within `limit_s`."""
    deadline = time.monotonic() + limit_s
    while True:
        found = [r.getMessage() for r in log.records if text in r.getMessage()]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.02)
