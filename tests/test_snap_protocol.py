"""Minification, timestamps, response codes, bodies and profiles of the SNAP core."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import BadInput
from core.snap import bodies
from core.snap.codes import display, parse_code, standard_message
from core.snap.minify import minify
from core.snap.profile import OVO, OVO_PATHS, Service, SnapProfile
from core.snap.signatures import Encoding
from core.snap.timestamps import (
    TimestampFormat,
    format_timestamp,
    jakarta_day,
    parse_timestamp,
)

# --- minification -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('{ "a" : "x  y" }', '{"a":"x  y"}'),  # spaces inside strings stay
        ('{"name": "Siti Aminah é 日本"}', '{"name":"Siti Aminah é 日本"}'),  # non-ASCII as sent
        ('{"e": "\\u00e9", "q": "say \\"hi\\" : {x}"}', '{"e":"\\u00e9","q":"say \\"hi\\" : {x}"}'),
        ('{\n\t"n": 1.50,\r\n "m": 1e3, "k": -0.0}', '{"n":1.50,"m":1e3,"k":-0.0}'),  # numbers
        ('{"b": {"c": [1, 2, {"d": null}]}, "t": true}', '{"b":{"c":[1,2,{"d":null}]},"t":true}'),
        ('{"z": 1, "a": 2}', '{"z":1,"a":2}'),  # key order kept
        ('{"slash": "a\\\\", "after": " x "}', '{"slash":"a\\\\","after":" x "}'),
        ("", ""),
        ("  \n", ""),
    ],
    ids=[
        "spaces",
        "unicode",
        "escapes",
        "numbers",
        "nested",
        "order",
        "backslash",
        "empty",
        "blank",
    ],
)
def test_minify_keeps_every_token_as_written(body, expected):
    assert minify(body) == expected.encode()


def test_minify_refuses_what_is_not_json():
    with pytest.raises(BadInput, match=r"not valid JSON.*line 1"):
        minify('{"a": 1,}')


_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(_json, st.sampled_from([None, 1, 2, 4]), st.booleans())
def test_minify_equals_compact_serialisation_of_any_document(doc, indent, ascii_only):
    pretty = json.dumps(doc, indent=indent, ensure_ascii=ascii_only)
    compact = json.dumps(doc, separators=(",", ":"), ensure_ascii=ascii_only)
    assert minify(pretty) == compact.encode()
    assert minify(minify(pretty)) == minify(pretty)  # idempotent


# --- timestamps ------------------------------------------------------------------------------


def test_timestamps_are_jakarta_time_with_millis_and_offset():
    moment = datetime(2023, 9, 5, 22, 2, 58, 247_900, tzinfo=UTC)
    assert format_timestamp(moment) == "2023-09-06T05:02:58.247+07:00"
    assert format_timestamp(moment, TimestampFormat.SECONDS) == "2023-09-06T05:02:58+07:00"
    assert parse_timestamp("2023-09-06T05:02:58.247+07:00") == moment.replace(microsecond=247_000)


def test_the_jakarta_day_turns_at_midnight_jakarta():
    assert jakarta_day(datetime(2023, 9, 5, 16, 59, 59, tzinfo=UTC)) == "2023-09-05"
    assert jakarta_day(datetime(2023, 9, 5, 17, 0, 0, tzinfo=UTC)) == "2023-09-06"


@pytest.mark.parametrize(
    "text",
    [
        "2023-09-06 05:02:58+07:00",
        "2023-09-06T05:02:58Z",
        "2023-09-06T05:02:58",
        "2023-13-01T00:00:00+07:00",
    ],
)
def test_malformed_timestamps_are_refused(text):
    with pytest.raises(BadInput):
        parse_timestamp(text)


# --- response codes --------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["4033718", 4033718, " 4033718 "])
def test_codes_parse_from_string_or_number(raw):
    code = parse_code(raw)
    assert (code.http_status, code.service, code.case) == (403, "37", "18")
    assert not code.is_success


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("4033718", "Customer Account Not Found"),
        ("4033705", "Account or User Status is Inactive"),
        ("4033702", "Exceeds Transaction Amount Limit"),
        ("4043713", "Invalid Amount"),
        ("4013701", "Invalid Token: Anda Tidak Memiliki Akses"),
    ],
)
def test_the_sops_codes_show_exactly_as_the_sop_asks(code, message):
    assert standard_message(code) == message
    assert display(code, None) == f"{code} - {message}"
    assert display(int(code), message) == f"{code} - {message}"


def test_generic_codes_come_from_the_snap_table():
    assert standard_message("4093800") == "Conflict"
    assert standard_message("4043801") == "Transaction Not Found"
    assert display("5043800", None) == "5043800 - Timeout"
    assert display("4003899", None) == "4003899 - Unknown response code"
    assert parse_code("20073") is None and parse_code("abc1234") is None


def test_the_server_message_wins_over_the_catalogue():
    assert display("4003802", "Invalid Mandatory Field customerNumber") == (
        "4003802 - Invalid Mandatory Field customerNumber"
    )


# --- bodies ----------------------------------------------------------------------------------

NOW = datetime(2022, 7, 28, 3, 0, tzinfo=UTC)


def test_inquiry_body_has_the_sops_shape():
    body = bodies.account_inquiry_body("20220728000000001", "081234567890", 10000, NOW)
    assert body == {
        "partnerReferenceNo": "20220728000000001",
        "customerNumber": "081234567890",
        "amount": {"value": "10000.00", "currency": "IDR"},
        "transactionDate": "2022-07-28T10:00:00+07:00",
        "additionalInfo": {},
    }
    assert bodies.validate_request(Service.ACCOUNT_INQUIRY, body) == []


def test_topup_and_status_bodies_validate():
    topup = bodies.topup_body("R1", "081234567890", "B**i", Decimal("10000"), "1000.00", NOW, "S1")
    assert topup["amount"] == {"value": "10000.00", "currency": "IDR"}
    assert topup["feeAmount"] == {"value": "1000.00", "currency": "IDR"}
    assert bodies.validate_request(Service.TOPUP, topup) == []
    status = bodies.topup_status_body("R1", "REF9", "123")
    assert status["serviceCode"] == "38"
    assert bodies.validate_request(Service.TOPUP_STATUS, status) == []


@pytest.mark.parametrize(
    ("change", "field", "kind"),
    [
        (lambda b: b.pop("partnerReferenceNo"), "partnerReferenceNo", "mandatory"),
        (lambda b: b.update(customerNumber="  "), "customerNumber", "mandatory"),
        (lambda b: b.update(customerNumber="6281234567890"), "customerNumber", "format"),
        (lambda b: b["amount"].update(value="10000"), "amount.value", "amount"),
        (lambda b: b["amount"].update(value=10000.0), "amount.value", "amount"),
        (lambda b: b["amount"].update(currency="USD"), "amount.currency", "format"),
        (lambda b: b["amount"].pop("currency"), "amount.currency", "mandatory"),
        (lambda b: b.update(transactionDate="28-07-2022"), "transactionDate", "format"),
        (lambda b: b.update(partnerReferenceNo="x" * 65), "partnerReferenceNo", "format"),
    ],
)
def test_each_problem_names_its_field(change, field, kind):
    body = bodies.account_inquiry_body("R1", "081234567890", 10000, NOW)
    change(body)
    problems = bodies.validate_request(Service.ACCOUNT_INQUIRY, body)
    assert [(p.field, p.kind) for p in problems] == [(field, kind)]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("10000", "10000"),
        ("10.000", "10000"),
        ("Rp 10.000", "10000"),
        ("10,000.00", "10000"),
        ("10.000,00", "10000"),
        ("IDR 1.500.000", "1500000"),
    ],
)
def test_amounts_as_people_type_them(typed, value):
    assert bodies.parse_user_amount(typed) == Decimal(value)


@pytest.mark.parametrize(
    "typed", ["", "abc", "-5", "0", "10.0001", "1.2.3", "10,000.50", "10.000,50"]
)
def test_amounts_that_are_not_amounts_are_refused(typed):
    with pytest.raises(BadInput):
        bodies.parse_user_amount(typed)


# --- profiles --------------------------------------------------------------------------------


def test_the_ovo_profile_has_the_sops_defaults():
    assert OVO.path(Service.TOPUP) == "/OVOSNAP/v2.0/emoney/topup"
    assert OVO.path(Service.ACCESS_TOKEN) == "/OVOSNAP/v1.0/access-token/b2b"
    assert OVO.service_signature_encoding is Encoding.HEX
    assert OVO.token_signature_encoding is Encoding.BASE64
    assert OVO.custom_headers[Service.TOPUP] == {"X-SCOPE-ID": "customer_topup"}


def test_every_setting_round_trips_through_settings():
    changed = OVO.with_changes(
        paths={**OVO_PATHS, Service.TOPUP: "/OVOSNAP/v1.0/emoney/topup"},
        service_signature_encoding=Encoding.BASE64,
        timestamp_format=TimestampFormat.SECONDS,
        sign_query_string=False,
        custom_headers={},
    )
    restored = SnapProfile.from_dict(json.loads(json.dumps(changed.to_dict())))
    assert restored == changed
    assert restored.signed_path("/a?b=1") == "/a"
    assert OVO.signed_path("/a?b=1") == "/a?b=1"


# --- X-EXTERNAL-ID and headers ------------------------------------------------------------


def test_external_ids_are_unique_per_partner_and_day_across_restarts(tmp_path):
    from core.snap.external_ids import ExternalIdStore

    path = tmp_path / "ids.sqlite3"
    day1 = datetime(2023, 9, 6, 3, 0, tzinfo=UTC)
    first = ExternalIdStore(path)
    ids = {first.next_id("oam", day1) for _ in range(200)}
    assert len(ids) == 200
    assert all(i.isdigit() and len(i) <= 36 for i in ids)
    again = ExternalIdStore(path)  # a new process: the same file
    assert all(again.used("oam", i, day1) for i in ids)
    assert not again.used("other-partner", next(iter(ids)), day1)
    later = datetime(2023, 9, 9, 3, 0, tzinfo=UTC)
    again.next_id("oam", later)
    assert not again.used("oam", next(iter(ids)), day1)  # old days are pruned
    first.close()
    again.close()


def test_transaction_headers_carry_identity_and_custom_headers():
    from core.snap.headers import PartnerIdentity, transaction_headers
    from core.snap.signatures import sign_service_request

    signature = sign_service_request(
        "s", "POST", "/p", "tok", "{}", "2023-09-06T05:02:58.247+07:00"
    )
    headers = transaction_headers(
        OVO,
        Service.TOPUP,
        PartnerIdentity("oam", "95221"),
        "tok",
        "2023-09-06T05:02:58.247+07:00",
        signature,
        "123",
    )
    assert headers["X-PARTNER-ID"] == "oam" and headers["CHANNEL-ID"] == "95221"
    assert headers["Authorization"] == "Bearer tok" and headers["X-EXTERNAL-ID"] == "123"
    assert headers["X-SCOPE-ID"] == "customer_topup"
    assert headers["X-SIGNATURE"] == signature.hex
