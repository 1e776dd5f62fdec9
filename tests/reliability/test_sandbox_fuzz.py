"""Fuzzing the sandbox's request handling over real loopback HTTP.

Any JSON value, any bytes, a good body with one field changed or a few bytes damaged,
with correct headers (so the body is read as far as it goes) or with odd header bytes,
to each of the four services. Every answer must be a SNAP answer of that service: JSON, a
7-digit responseCode whose first three digits are the HTTP status, never a 5xx. A
refused top-up moves no money, and nothing a client sends leaves a warning or a
traceback in the sandbox's log.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.snap import bodies
from core.snap.profile import OVO_PATHS, Service
from core.snap.signatures import sign_service_request, sign_token_request
from core.snap.timestamps import now_timestamp
from tests.reliability.sandbox_helpers import Partner, running_sandbox, snap_answer, tracebacks

BUDI = "081234567890"
SERVICES = list(Service)
NOW = datetime.now(UTC)
GOOD = {
    Service.ACCESS_TOKEN: bodies.token_body(),
    Service.ACCOUNT_INQUIRY: bodies.account_inquiry_body("fuzz-inquiry", BUDI, "10000.00", NOW),
    Service.TOPUP: bodies.topup_body(
        "fuzz-topup", BUDI, "Budi Santoso", "10000.00", "1000.00", NOW, session_id="s1"
    ),
    Service.TOPUP_STATUS: bodies.topup_status_body("fuzz-topup", "1", "2"),
}
TOKEN_HEADERS = ("X-TIMESTAMP", "X-CLIENT-KEY", "X-SIGNATURE", "Content-Type")
CALL_HEADERS = (
    "Authorization",
    "X-TIMESTAMP",
    "X-SIGNATURE",
    "X-PARTNER-ID",
    "X-EXTERNAL-ID",
    "CHANNEL-ID",
    "Content-Type",
)
SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text as JSON can spell it: any character, lone surrogates included (`\ud800`).
texts = st.text(st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=12)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities too: json.dumps writes them as NaN, Infinity
    | texts
    | st.sampled_from([BUDI, "081200000001", "10000.00", "IDR", "38", "client_credentials"])
    | st.sampled_from(["\ud800", "ref\udfff", "\ud83d\ude00", "\udc00\ud800"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(texts, children, max_size=4),
    max_leaves=12,
)
# bytes HTTP lets through in a header value (h11 refuses control characters)
header_values = st.lists(
    st.sampled_from([*range(0x21, 0x7F), *range(0x80, 0x100)]), max_size=24
).map(bytes)


def field_names(service: Service) -> list[str]:
    return [*GOOD[service], "sessionId", "originalReferenceNo", "originalExternalId"]


@st.composite
def json_bodies(draw, service: Service) -> bytes:
    """Any JSON value; an object of the service's own field names with any values; the
    good body with one field given any value; or with a lone surrogate put into one of
    its strings."""
    kind = draw(st.sampled_from(["any", "fields", "one field", "surrogate"]))
    if kind == "surrogate":
        value = json.loads(json.dumps(GOOD[service]))
        holder, key = draw(st.sampled_from(_string_places(value)))
        text = holder[key]
        at = draw(st.integers(0, len(text)))
        holder[key] = text[:at] + draw(st.characters(categories=["Cs"])) + text[at:]
    elif kind == "any":
        value = draw(json_values)
    elif kind == "fields":
        names = field_names(service)
        value = draw(st.fixed_dictionaries({}, optional=dict.fromkeys(names, json_values)))
    else:
        value = {**GOOD[service], draw(st.sampled_from(field_names(service))): draw(json_values)}
    return json.dumps(value).encode()


def _string_places(value: dict) -> list[tuple[dict, str]]:
    """(object, key) of every string value in a body, nested ones included."""
    places = []
    for key, item in value.items():
        if isinstance(item, str):
            places.append((value, key))
        elif isinstance(item, dict):
            places.extend(_string_places(item))
    return places


@st.composite
def damaged_bodies(draw, service: Service) -> bytes:
    """The good body with a few bytes changed, inserted or removed."""
    raw = bytearray(json.dumps(GOOD[service]).encode())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(raw) - 1))
        how = draw(st.sampled_from(["change", "insert", "remove"]))
        byte = draw(st.integers(0, 255))
        if how == "change":
            raw[at] = byte
        elif how == "insert":
            raw.insert(at, byte)
        elif len(raw) > 1:
            del raw[at]
    return bytes(raw)


@st.composite
def awkward_bodies(draw, service: Service) -> bytes:
    """What Python's JSON reader has corners for: deep nesting, long integers, NaN,
    duplicate keys, other encodings, a BOM."""
    good = json.dumps(GOOD[service])
    depth = draw(st.integers(1, 4000))
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
    nested = opener * depth + "1" + closer * depth if opener != "[" else "[" * depth + "]" * depth
    return draw(
        st.sampled_from(
            [
                nested.encode(),
                ('{"a": [' + nested + "]," + good[1:]).encode(),
                good.replace("{", '{"n": ' + "9" * draw(st.integers(4000, 5000)) + ",", 1).encode(),
                good.replace("{", '{"n": NaN, ', 1).encode(),
                good.replace("{", '{"n": -1e400, ', 1).encode(),
                (good[:-1] + ", " + good[1:]).encode(),  # every key twice
                good.encode("utf-16"),
                good.encode("utf-16-le"),
                good.encode("utf-32"),
                b"\xef\xbb\xbf" + good.encode(),
                good.encode() + b"\x00",
                good.encode()[: draw(st.integers(0, len(good) - 1))],
            ]
        )
    )


def odd_headers(service: Service):
    names = TOKEN_HEADERS if service is Service.ACCESS_TOKEN else CALL_HEADERS
    return st.dictionaries(st.sampled_from(names), header_values, max_size=3)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    with running_sandbox(tmp_path_factory.mktemp("sandbox")) as running:
        yield running


def send(partner: Partner, service: Service, raw: bytes, odd: dict[str, bytes]) -> httpx.Response:
    """`raw` with correct, signed headers (the HMAC over the body where it can be signed),
    then `odd` put over them."""
    path = OVO_PATHS[service]
    timestamp = now_timestamp()
    if service is Service.ACCESS_TOKEN:
        signed = sign_token_request(partner.signing_key, partner.client_id, timestamp)
        headers: dict[str, str | bytes] = {
            "Content-Type": "application/json",
            "X-TIMESTAMP": timestamp,
            "X-CLIENT-KEY": partner.client_id,
            "X-SIGNATURE": signed.value,
        }
        return partner.http.post(path, content=raw, headers={**headers, **odd})
    token = partner.token or partner.get_token()
    try:
        signature = sign_service_request(
            partner.registration.client_secret, "POST", path, token, raw, timestamp
        ).value
    except Exception:  # the client's own rules refuse to hash it; the sandbox must too
        signature = "00"
    return partner.call(path, raw, timestamp=timestamp, signature=signature, headers=odd)


def check(partner: Partner, service: Service, raw: bytes, odd: dict, log) -> None:
    before = partner.ledger(BUDI)
    status, code, message = snap_answer(send(partner, service, raw, odd), service)
    assert status < 500, (code, message)
    if service is Service.TOPUP and status != 200:
        assert partner.ledger(BUDI) == before, (code, message)
    assert tracebacks(log.records) == []


@pytest.fixture
def log(caplog):
    caplog.set_level(logging.INFO)
    return caplog


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name.lower())
def test_any_json_body_gets_a_snap_answer(sandbox, log, service):
    @SETTINGS
    @given(
        raw=json_bodies(service),
        odd=st.one_of(st.just({}), st.just({}), st.just({}), odd_headers(service)),
    )
    def run(raw, odd):
        check(sandbox[1], service, raw, odd, log)

    run()


@pytest.mark.parametrize("service", SERVICES, ids=lambda s: s.name.lower())
def test_any_bytes_as_body_get_a_snap_answer(sandbox, log, service):
    @SETTINGS
    @given(
        raw=st.one_of(st.binary(max_size=200), damaged_bodies(service), awkward_bodies(service)),
        odd=st.one_of(st.just({}), odd_headers(service)),
    )
    def run(raw, odd):
        check(sandbox[1], service, raw, odd, log)

    run()
