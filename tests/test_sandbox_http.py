"""The sandbox over real loopback HTTP, as a partner's code meets it: every check, every
account of DESIGN.md's table, the fault accounts, and state that outlives a restart."""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from core.sandbox.registration import Registration, register_partner
from core.sandbox.server import SandboxConfig, SandboxServer
from core.sandbox.store import SandboxStore
from core.snap import bodies
from core.snap.profile import OVO_PATHS, Service
from core.snap.signatures import (
    Encoding,
    sign_service_request,
    sign_token_request,
)
from core.snap.timestamps import format_timestamp, now_timestamp

ROOT = Path(__file__).resolve().parent.parent
TOKEN_PATH = OVO_PATHS[Service.ACCESS_TOKEN]
INQUIRY_PATH = OVO_PATHS[Service.ACCOUNT_INQUIRY]
TOPUP_PATH = OVO_PATHS[Service.TOPUP]
STATUS_PATH = OVO_PATHS[Service.TOPUP_STATUS]
TRANSACTION_SERVICES = (Service.ACCOUNT_INQUIRY, Service.TOPUP, Service.TOPUP_STATUS)

BUDI = "081234567890"
NOT_FOUND, INACTIVE, OVER_LIMIT = "081200000001", "081200000002", "081200000003"
FAULT_TIMEOUT, FAULT_ERROR, FAULT_DROP, FAULT_REJECT = (
    "081299000001",
    "081299000002",
    "081299000003",
    "081299000004",
)


def sop_expired_token_body(client_id: str) -> dict:
    """The SOP's sample answer to an expired token, as printed there."""
    return {
        "additionalInfo": {
            "actionables": [
                {
                    "pinWebviewURL": "https://webview.byte-stack.net/cellblockui/v2/paymentPin",
                    "qParams": {"action": "regeneratePayment", "client-id": client_id},
                    "token": "PaymentToken",
                }
            ],
            "error": {"code": "OV00502", "message": "Unauthorized access"},
        },
        "responseCode": "4013701",
        "responseMessage": "Invalid Token: Anda Tidak Memiliki Akses",
    }


@pytest.fixture(scope="module")
def signing_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(65537, 2048)


@pytest.fixture(scope="module")
def exchange_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(65537, 2048)


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path))
    return tmp_path


def register(store: SandboxStore, exchange_key, signing_key) -> Registration:
    return register_partner(
        store,
        exchange_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
        signing_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.PKCS1
        ),
    )


_external_ids = itertools.count(int(time.time() * 1000) * 1000)


@dataclass
class Partner:
    """A partner's side of the conversation, signing with core.snap as the workbench does."""

    http: httpx.Client
    registration: Registration
    signing_key: rsa.RSAPrivateKey
    token: str | None = None
    sent_external_ids: list[str] = field(default_factory=list)

    @property
    def client_id(self) -> str:
        return self.registration.client_id

    def request_token(
        self,
        *,
        timestamp: str | None = None,
        encoding: Encoding = Encoding.BASE64,
        client_id: str | None = None,
        signature: str | None = None,
        body: bytes | None = None,
        drop: str | None = None,
    ) -> httpx.Response:
        timestamp = timestamp or now_timestamp()
        client_id = client_id or self.client_id
        signed = sign_token_request(self.signing_key, client_id, timestamp, encoding)
        headers = {
            "Content-Type": "application/json",
            "X-TIMESTAMP": timestamp,
            "X-CLIENT-KEY": client_id,
            "X-SIGNATURE": signature or signed.value,
        }
        headers.pop(drop or "", None)
        content = body if body is not None else json.dumps(bodies.token_body()).encode()
        return self.http.post(TOKEN_PATH, content=content, headers=headers)

    def get_token(self) -> str:
        answer = self.request_token()
        assert answer.status_code == 200, answer.text
        self.token = answer.json()["accessToken"]
        return self.token

    def call(
        self,
        path: str,
        body: dict | bytes,
        *,
        token: str | None = None,
        timestamp: str | None = None,
        encoding: Encoding = Encoding.HEX,
        external_id: str | None = None,
        signed_path: str | None = None,
        secret: str | None = None,
        headers: dict[str, str] | None = None,
        drop: str | None = None,
        timeout: float | None = None,
        signature: str | None = None,
    ) -> httpx.Response:
        token = token or self.token or self.get_token()
        raw = body if isinstance(body, bytes) else json.dumps(body, indent=1).encode()
        timestamp = timestamp or now_timestamp()
        if signature is None:
            signature = sign_service_request(
                secret or self.registration.client_secret,
                "POST",
                signed_path or path,
                token,
                raw,
                timestamp,
                encoding,
            ).value
        external_id = external_id or str(next(_external_ids))
        self.sent_external_ids.append(external_id)
        sent = {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {token}",
            "X-TIMESTAMP": timestamp,
            "X-SIGNATURE": signature,
            "X-PARTNER-ID": self.client_id,
            "X-EXTERNAL-ID": external_id,
            "CHANNEL-ID": self.registration.channel_id,
            "X-SCOPE-ID": "customer_topup",
            **(headers or {}),
        }
        sent.pop(drop or "", None)
        extra = {} if timeout is None else {"timeout": timeout}
        return self.http.post(path, content=raw, headers=sent, **extra)

    def inquiry(self, number: str = BUDI, value: str = "10000.00", **kw) -> httpx.Response:
        reference = kw.pop("reference", f"inq-{next(_external_ids)}")
        body = bodies.account_inquiry_body(reference, number, value, datetime.now(UTC))
        return self.call(INQUIRY_PATH, body, **kw)

    def topup(
        self,
        number: str = BUDI,
        value: str = "10000.00",
        reference: str | None = None,
        session_id: str | None = None,
        **kw,
    ) -> httpx.Response:
        body = bodies.topup_body(
            reference or f"top-{next(_external_ids)}",
            number,
            "Budi Santoso",
            value,
            "1000.00",
            datetime.now(UTC),
            session_id=session_id,
            additional_info={"preInquiryFlag": "N", "senderInstitutionID": "999"},
        )
        return self.call(TOPUP_PATH, body, **kw)

    def status(self, reference: str, **kw) -> httpx.Response:
        return self.call(STATUS_PATH, bodies.topup_status_body(reference), **kw)

    def ledger(self, number: str) -> dict:
        answer = self.http.get("/sandbox/ledger", params={"customerNumber": number})
        assert answer.status_code == 200
        return answer.json()


@pytest.fixture
def start(home, exchange_key, signing_key):
    """Start a sandbox (with the given config) and a registered partner talking to it."""
    started: list[tuple[SandboxServer, httpx.Client]] = []

    def run(**config) -> Partner:
        config.setdefault("fault_delay", 2)
        server = SandboxServer(config=SandboxConfig(**config)).start()
        http = httpx.Client(base_url=server.url, timeout=10)
        started.append((server, http))
        return Partner(http, register(server.store, exchange_key, signing_key), signing_key)

    yield run
    for server, http in started:
        http.close()
        server.stop()


@pytest.fixture
def partner(start) -> Partner:
    return start()


def snap(answer: httpx.Response) -> tuple[int, str, str]:
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    return answer.status_code, body["responseCode"], body["responseMessage"]


# --- access token -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", list(Encoding))
def test_a_token_for_a_signature_in_either_encoding(partner, encoding):
    answer = partner.request_token(encoding=encoding)
    assert snap(answer) == (200, "2007300", "Successful")
    body = answer.json()
    assert body["tokenType"] == "Bearer"
    assert body["expiresIn"] == "900"
    assert re.fullmatch(r"[A-Za-z0-9_-]{40,}", body["accessToken"])


def test_the_token_lifetime_is_the_configured_one(start):
    assert start(token_ttl=60).request_token().json()["expiresIn"] == "60"


@pytest.mark.parametrize("header", ["X-TIMESTAMP", "X-CLIENT-KEY", "X-SIGNATURE"])
def test_token_mandatory_headers(partner, header):
    assert snap(partner.request_token(drop=header)) == (
        400,
        "4007302",
        f"Invalid Mandatory Field {header}",
    )


def test_token_timestamp_format(partner):
    status, code, message = snap(partner.request_token(timestamp="2024-05-01 10:00:00"))
    assert (status, code) == (400, "4007301")
    assert message.startswith("Invalid Field Format X-TIMESTAMP")


def test_token_clock_skew(partner):
    hour_ago = format_timestamp(datetime.now(UTC) - timedelta(hours=1))
    status, code, message = snap(partner.request_token(timestamp=hour_ago))
    assert (status, code) == (401, "4017300")
    assert re.fullmatch(
        r"Unauthorized\. X-TIMESTAMP is 360[01] seconds away from the server time", message
    )


def test_token_for_an_unknown_client(partner):
    answer = partner.request_token(client_id="nobody")
    assert snap(answer) == (401, "4017300", "Unauthorized. Unknown X-CLIENT-KEY")


@pytest.mark.parametrize("encoding", list(Encoding))
def test_token_signature_by_another_key_is_refused(partner, encoding):
    other = rsa.generate_private_key(65537, 1024)  # only signs; size is irrelevant here
    timestamp = now_timestamp()
    forged = sign_token_request(other, partner.client_id, timestamp, encoding)
    answer = partner.request_token(timestamp=timestamp, signature=forged.value)
    assert snap(answer) == (401, "4017300", "Unauthorized. Invalid Signature")


def test_token_signature_over_another_timestamp_is_refused(partner):
    earlier = sign_token_request(partner.signing_key, partner.client_id, now_timestamp())
    time.sleep(0.002)
    answer = partner.request_token(timestamp=now_timestamp(), signature=earlier.value)
    assert snap(answer)[1] == "4017300"


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (b'{"grantType":"password"}', "4007301", "Invalid Field Format grantType"),
        (b'{"additionalInfo":{}}', "4007302", "Invalid Mandatory Field grantType"),
        (b"grantType=client_credentials", "4007300", "Bad Request: The body is not valid JSON"),
    ],
)
def test_token_body(partner, body, code, message):
    status, got_code, got_message = snap(partner.request_token(body=body))
    assert got_code == code and status == int(code[:3])
    assert got_message.startswith(message)


# --- the token on transaction calls -------------------------------------------------------


@pytest.mark.parametrize("service", TRANSACTION_SERVICES)
def test_no_or_an_unknown_token_gets_the_sops_body(partner, service):
    path = OVO_PATHS[service]
    body = bodies.topup_status_body("x")
    unknown = partner.call(path, body, token="not-a-token-the-sandbox-issued")
    assert unknown.status_code == 401
    assert unknown.json() == sop_expired_token_body(partner.client_id)
    missing = partner.call(path, body, token="x", drop="Authorization")
    assert missing.status_code == 401
    assert missing.json() == sop_expired_token_body(partner.client_id)
    stranger = partner.call(path, body, token="x", headers={"X-PARTNER-ID": "someone"})
    assert stranger.json() == sop_expired_token_body("")  # no client named to strangers


def test_an_expired_token_gets_the_sops_body_on_every_service(start):
    partner = start(token_ttl=1)
    token = partner.get_token()
    time.sleep(1.2)
    for service in TRANSACTION_SERVICES:
        answer = partner.call(OVO_PATHS[service], bodies.topup_status_body("x"), token=token)
        assert answer.status_code == 401
        assert answer.headers["content-type"] == "application/json"
        assert answer.json() == sop_expired_token_body(partner.client_id)
    partner.token = None  # a new token works at once
    assert snap(partner.inquiry())[1] == "2003700"


# --- headers, timestamp, signature, X-EXTERNAL-ID ----------------------------------------


@pytest.mark.parametrize(
    "header", ["X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID", "X-EXTERNAL-ID", "CHANNEL-ID"]
)
def test_transaction_mandatory_headers(partner, header):
    answer = partner.inquiry(drop=header)
    assert snap(answer) == (400, "4003702", f"Invalid Mandatory Field {header}")


@pytest.mark.parametrize(
    ("header", "value", "limit"), [("X-EXTERNAL-ID", "1" * 37, 36), ("CHANNEL-ID", "123456", 5)]
)
def test_header_lengths(partner, header, value, limit):
    extra = {"external_id": value} if header == "X-EXTERNAL-ID" else {"headers": {header: value}}
    status, code, message = snap(partner.inquiry(**extra))
    assert (status, code) == (400, "4003701")
    assert message.startswith(f"Invalid Field Format {header}")
    assert f"at most {limit} characters" in message


def test_partner_id_must_be_the_tokens_client(partner):
    status, code, message = snap(partner.topup(headers={"X-PARTNER-ID": "oamerchantam"}))
    assert (status, code) == (401, "4013800")
    assert message.startswith("Unauthorized. X-PARTNER-ID oamerchantam")


def test_transaction_timestamp_format_and_skew(partner):
    status, code, message = snap(partner.inquiry(timestamp="2024-05-01T10:00:00Z"))
    assert (status, code) == (400, "4003701")
    assert message.startswith("Invalid Field Format X-TIMESTAMP")
    ahead = format_timestamp(datetime.now(UTC) + timedelta(minutes=10))
    status, code, message = snap(partner.inquiry(timestamp=ahead))
    assert (status, code) == (401, "4013700")
    assert re.fullmatch(r"Unauthorized\. X-TIMESTAMP is 600 seconds away from the server time|"
                        r"Unauthorized\. X-TIMESTAMP is 599 seconds away from the server time",
                        message)  # fmt: skip


@pytest.mark.parametrize("encoding", list(Encoding))
def test_the_transaction_signature_in_either_encoding(partner, encoding):
    assert snap(partner.inquiry(encoding=encoding))[1] == "2003700"


@pytest.mark.parametrize("encoding", list(Encoding))
def test_a_wrong_signature_names_what_the_sandbox_signed(partner, encoding):
    token = partner.get_token()
    answer = partner.inquiry(encoding=encoding, secret="not-the-secret")
    status, code, message = snap(answer)
    assert (status, code) == (401, "4013700")
    assert message.startswith("Unauthorized. Invalid Signature")
    sent = json.loads(answer.request.content)
    expected = sign_service_request("x", "POST", INQUIRY_PATH, token, answer.request.content, "t")
    assert expected.body_hash in message
    assert f"relative URL {INQUIRY_PATH}" in message
    assert sent["partnerReferenceNo"] not in message  # the hash, not the body
    assert token not in message and partner.registration.client_secret not in message


def test_the_query_string_is_part_of_the_signed_path(partner):
    body = bodies.topup_status_body("nothing-yet")
    signed = partner.call(STATUS_PATH + "?trace=1", body, signed_path=STATUS_PATH + "?trace=1")
    assert snap(signed)[1] == "4043901"  # past the signature: the transaction is unknown
    unsigned = partner.call(STATUS_PATH + "?trace=1", body, signed_path=STATUS_PATH)
    _, code, message = snap(unsigned)
    assert code == "4013900" and f"relative URL {STATUS_PATH}?trace=1" in message


def test_an_external_id_is_used_once_a_day_and_a_bad_signature_burns_none(partner):
    refused = partner.inquiry(external_id="7001", secret="wrong")
    assert snap(refused)[1] == "4013700"
    assert snap(partner.inquiry(external_id="7001"))[1] == "2003700"
    status, code, message = snap(partner.inquiry(external_id="7001"))
    assert (status, code) == (409, "4093700")
    assert message.startswith("Conflict: X-EXTERNAL-ID 7001 was already used today")
    assert snap(partner.topup(external_id="7001"))[1] == "4093800"  # any service, same day


# --- bodies -------------------------------------------------------------------------------


def test_body_problems(partner):
    good = bodies.account_inquiry_body("r1", BUDI, "10000.00", datetime.now(UTC))
    missing = {k: v for k, v in good.items() if k != "customerNumber"}
    assert snap(partner.call(INQUIRY_PATH, missing)) == (
        400,
        "4003702",
        "Invalid Mandatory Field customerNumber",
    )
    status, code, message = snap(partner.call(INQUIRY_PATH, {**good, "customerNumber": "12345"}))
    assert (status, code) == (400, "4003701")
    assert message.startswith("Invalid Field Format customerNumber")
    for value in ("10000", "10.000,00", 10000.0):
        bad_amount = {**good, "amount": {"value": value, "currency": "IDR"}}
        assert snap(partner.call(INQUIRY_PATH, bad_amount)) == (404, "4043713", "Invalid Amount")
    broken = b'{"partnerReferenceNo": '  # cannot be signed: refused before the signature
    status, code, message = snap(partner.call(INQUIRY_PATH, broken, signature="00"))
    assert (status, code) == (400, "4003700")
    assert message.startswith("Bad Request: The body is not valid JSON")
    status, code, message = snap(partner.call(TOPUP_PATH, b"[1, 2]"))
    assert (code, message) == ("4003800", "Bad Request: the body must be a JSON object")
    status, code, message = snap(partner.call(STATUS_PATH, {"originalPartnerReferenceNo": "r"}))
    assert (code, message) == ("4003902", "Invalid Mandatory Field serviceCode")


# --- account inquiry: the accounts table ------------------------------------------------


def test_inquiry_success_has_the_sops_shape(partner):
    answer = partner.inquiry(BUDI, "50000.00", reference="20220728000000001")
    assert snap(answer) == (200, "2003700", "Request has been processed succesfully")
    body = answer.json()
    assert body["partnerReferenceNo"] == "20220728000000001"
    assert body["referenceNo"] and body["sessionId"]
    assert body["customerNumber"] == "XXXXXXXX7890"
    assert body["customerName"] == "B**i S****so"
    assert body["customerMonthlyLimit"] == "40000000"
    assert body["minAmount"] == {"value": "10000.00", "currency": "IDR"}
    assert body["maxAmount"] == {"value": "20000000.00", "currency": "IDR"}
    assert body["amount"] == {"value": "50000.00", "currency": "IDR"}
    assert body["feeAmount"] == {"value": "1000.00", "currency": "IDR"}
    assert body["feeType"] == "Admin fee"
    assert body["additionalInfo"] == {}
    assert "Budi" not in answer.text and BUDI not in answer.text


@pytest.mark.parametrize(
    ("number", "code", "message"),
    [
        (NOT_FOUND, "4033718", "Customer Account Not Found"),
        (INACTIVE, "4033705", "Account or User Status is Inactive"),
        (OVER_LIMIT, "4033702", "Exceeds Transaction Amount Limit"),
        ("081277777777", "4033718", "Customer Account Not Found"),  # not in the file
    ],
)
def test_inquiry_refusals_of_the_table(partner, number, code, message):
    assert snap(partner.inquiry(number)) == (403, code, message)
    assert snap(partner.topup(number))[1] == "4043818"  # and no top-up after them


@pytest.mark.parametrize(
    ("number", "name"),
    [
        (FAULT_TIMEOUT, "F**lt T****ut"),
        (FAULT_ERROR, "F**lt E**or"),
        (FAULT_DROP, "F**lt D**p"),
        (FAULT_REJECT, "F**lt R***ct"),
    ],
)
def test_fault_accounts_answer_inquiry_normally(partner, number, name):
    answer = partner.inquiry(number)
    assert snap(answer)[1] == "2003700"
    assert answer.json()["customerName"] == name


@pytest.mark.parametrize("value", ["9999.99", "20000000.01"])
def test_inquiry_amount_outside_min_max(partner, value):
    assert snap(partner.inquiry(BUDI, value)) == (404, "4043713", "Invalid Amount")


# --- top up --------------------------------------------------------------------------------


def test_topup_after_inquiry_and_its_status(partner):
    assert snap(partner.inquiry(BUDI, "25000.00"))[1] == "2003700"
    answer = partner.topup(BUDI, "25000.00", reference="ref-0001")
    assert snap(answer) == (200, "2003800", "Successful")
    body = answer.json()
    assert body["partnerReferenceNo"] == "ref-0001"
    assert body["customerNumber"] == "XXXXXXXX7890"
    assert body["amount"] == {"value": "25000.00", "currency": "IDR"}
    assert body["feeAmount"] == {"value": "1000.00", "currency": "IDR"}
    assert body["additionalInfo"] == {"preInquiryFlag": "N", "senderInstitutionID": "999"}
    external_id = partner.sent_external_ids[-1]

    status = partner.status("ref-0001")
    assert snap(status) == (200, "2003900", "Successful")
    assert status.json() == {
        "responseCode": "2003900",
        "responseMessage": "Successful",
        "originalPartnerReferenceNo": "ref-0001",
        "originalReferenceNo": body["referenceNo"],
        "originalExternalId": external_id,
        "serviceCode": "38",
        "latestTransactionStatus": "00",
        "transactionStatusDesc": "Success",
        "amount": {"value": "25000.00", "currency": "IDR"},
        "feeAmount": {"value": "1000.00", "currency": "IDR"},
        "additionalInfo": {},
    }
    by_all = partner.call(
        STATUS_PATH,
        bodies.topup_status_body("ref-0001", body["referenceNo"], external_id),
    )
    assert snap(by_all)[1] == "2003900"
    mismatch = partner.call(STATUS_PATH, bodies.topup_status_body("ref-0001", "999"))
    assert snap(mismatch)[:2] == (404, "4043901")


def test_status_of_an_unknown_transaction(partner):
    assert snap(partner.status("never-sent")) == (404, "4043901", "Transaction Not Found")


def test_status_shows_only_the_partners_own_transactions(partner, exchange_key):
    partner.inquiry()
    assert snap(partner.topup(reference="mine"))[1] == "2003800"
    with SandboxStore() as store:  # registered from outside the server, as the CLI does
        registration = register(store, exchange_key, partner.signing_key)
    other = Partner(partner.http, registration, partner.signing_key)
    assert snap(other.status("mine"))[1] == "4043901"


def test_topup_without_inquiry_is_refused(partner):
    status, code, message = snap(partner.topup(BUDI))
    assert (status, code) == (404, "4043818")
    assert message.startswith(
        "Inconsistent Request: no successful account inquiry for this customer"
    )
    assert partner.ledger(BUDI)["transactions"] == []


def test_topup_in_the_inquirys_session(partner):
    session = partner.inquiry().json()["sessionId"]
    _, code, message = snap(partner.topup(session_id="another-session"))
    assert code == "4043818" and "another-session" in message
    assert snap(partner.topup(session_id=session))[1] == "2003800"


def test_an_old_inquiry_does_not_count(start):
    partner = start(inquiry_validity=0)
    partner.inquiry()
    time.sleep(0.01)
    assert snap(partner.topup())[1] == "4043818"


@pytest.mark.parametrize("value", ["9999.00", "20000001.00"])
def test_topup_amount_outside_min_max(partner, value):
    partner.inquiry()
    assert snap(partner.topup(BUDI, value)) == (404, "4043813", "Invalid Amount")


def test_topup_amount_not_two_decimals(partner):
    partner.inquiry()
    body = bodies.topup_body("r", BUDI, "Budi", "10000.00", "1000.00", datetime.now(UTC))
    body["amount"]["value"] = "10000"
    assert snap(partner.call(TOPUP_PATH, body)) == (404, "4043813", "Invalid Amount")


def test_the_monthly_limit(partner):
    partner.inquiry()
    for _ in range(2):
        assert snap(partner.topup(BUDI, "20000000.00"))[1] == "2003800"
    status, code, message = snap(partner.topup(BUDI, "10000.00"))
    assert (status, code) == (403, "4033802")
    assert message.startswith("Exceeds Transaction Amount Limit")
    assert "40000000.00" in message
    assert partner.ledger(BUDI)["balance"] == {"value": "40000000.00", "currency": "IDR"}


def test_a_duplicate_partner_reference_no_credits_once(partner):
    partner.inquiry()
    first = partner.topup(BUDI, "15000.00", reference="dup-1")
    assert snap(first)[1] == "2003800"
    again = partner.topup(BUDI, "15000.00", reference="dup-1")
    assert snap(again) == (409, "4093801", "Duplicate partnerReferenceNo")
    ledger = partner.ledger(BUDI)
    assert ledger["balance"] == {"value": "15000.00", "currency": "IDR"}
    assert [t["partnerReferenceNo"] for t in ledger["transactions"]] == ["dup-1"]
    assert ledger["transactions"][0]["referenceNo"] == first.json()["referenceNo"]


# --- the fault accounts: outcomes a partner must resolve with top-up status -------------


def test_fault_timeout_commits_then_answers_too_late(partner):
    partner.inquiry(FAULT_TIMEOUT)
    with pytest.raises(httpx.TimeoutException):
        partner.topup(FAULT_TIMEOUT, reference="slow-1", timeout=0.5)
    assert snap(partner.status("slow-1"))[1] == "2003900"
    assert partner.ledger(FAULT_TIMEOUT)["balance"]["value"] == "10000.00"


def test_fault_timeout_answers_success_to_a_patient_client(partner):
    partner.inquiry(FAULT_TIMEOUT)
    answer = partner.topup(FAULT_TIMEOUT, reference="slow-2", timeout=10)
    assert snap(answer) == (200, "2003800", "Successful")


def test_fault_error_commits_then_answers_500(partner):
    partner.inquiry(FAULT_ERROR)
    answer = partner.topup(FAULT_ERROR, reference="err-1")
    assert snap(answer) == (500, "5003801", "Internal Server Error")
    assert snap(partner.status("err-1"))[1] == "2003900"


def test_fault_drop_commits_then_closes_the_connection(partner):
    partner.inquiry(FAULT_DROP)
    with pytest.raises(httpx.RemoteProtocolError):
        partner.topup(FAULT_DROP, reference="drop-1")
    assert snap(partner.status("drop-1"))[1] == "2003900"
    assert partner.ledger(FAULT_DROP)["balance"]["value"] == "10000.00"


def test_fault_reject_answers_500_and_commits_nothing(partner):
    partner.inquiry(FAULT_REJECT)
    answer = partner.topup(FAULT_REJECT, reference="rej-1")
    assert snap(answer) == (500, "5003801", "Internal Server Error")
    assert snap(partner.status("rej-1")) == (404, "4043901", "Transaction Not Found")
    assert partner.ledger(FAULT_REJECT) == {
        "about": "sandbox only: OVO has no such API",
        "customerNumber": FAULT_REJECT,
        "balance": {"value": "0.00", "currency": "IDR"},
        "transactions": [],
    }


# --- the rest of the HTTP surface -----------------------------------------------------------


def test_unknown_paths_and_methods_answer_json(partner):
    status, code, message = snap(partner.http.post("/OVOSNAP/v1.0/emoney/topup", json={}))
    assert (status, code) == (404, "4043800")
    assert f"Did you mean POST {TOPUP_PATH}?" in message
    assert snap(partner.http.get("/"))[:2] == (404, "4040000")
    status, code, message = snap(partner.http.get(TOPUP_PATH))
    assert (status, code) == (405, "4053800") and "POST" in message
    answer = partner.http.get("/sandbox/ledger")
    assert answer.status_code == 400 and "customerNumber" in answer.json()["error"]


def test_state_survives_a_restart(home, exchange_key, signing_key):
    with SandboxServer(config=SandboxConfig()) as first:
        registration = register(first.store, exchange_key, signing_key)
        with httpx.Client(base_url=first.url) as http:
            partner = Partner(http, registration, signing_key)
            partner.inquiry()
            assert snap(partner.topup(reference="before-restart"))[1] == "2003800"
            old_token = partner.token
            used_id = partner.sent_external_ids[-1]
    with SandboxServer(config=SandboxConfig()) as second, httpx.Client(base_url=second.url) as http:
        partner = Partner(http, registration, signing_key)
        assert snap(partner.status("before-restart", token=old_token))[1] == "2003900"
        assert snap(partner.inquiry(external_id=used_id))[1] == "4093700"
        partner.get_token()
        assert partner.ledger(BUDI)["balance"]["value"] == "10000.00"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT stands for Ctrl-C on POSIX")
def test_cli_serve_prints_where_it_listens_and_stops_on_ctrl_c(home, exchange_key, signing_key):
    with SandboxStore() as store:
        registration = register(store, exchange_key, signing_key)
    env = {**os.environ, "WORKBENCH_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "main.py", "sandbox", "serve", "--token-ttl", "120"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl-C"):
                break
        printed = "".join(lines)
        url = re.search(r"listening on (http://127\.0\.0\.1:\d+)", printed).group(1)
        for path in OVO_PATHS.values():
            assert f"POST {url}{path}" in printed
        assert re.search(r"partners registered +1\n", printed)
        assert re.search(r"token lifetime +120 s\n", printed)
        with httpx.Client(base_url=url) as http:
            answer = Partner(http, registration, signing_key).request_token()
        assert answer.json()["expiresIn"] == "120"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert TOKEN_PATH in out  # the request log
    assert "Sandbox stopped." in out


def test_cli_serve_on_a_port_in_use_says_so(cli, home):
    with SandboxServer(config=SandboxConfig()) as running:
        result = cli("sandbox", "serve", "--port", str(running.port))
    assert result.code == 2
    assert f"cannot listen on 127.0.0.1:{running.port}" in result.err
    assert "--port" in result.err
