"""Parsing the decrypted credential text: every shape partners report, nothing lost."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.credentials import mask, parse_credentials

SECRET = "Zq8vX2mN4pL7wR1t"


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(
            {"clientId": "oam1", "clientSecret": SECRET, "partnerId": "oam1", "channelId": "95221"}
        ),
        json.dumps(
            {
                "client_id": "oam1",
                "client_secret": SECRET,
                "partner_id": "oam1",
                "channel_id": "95221",
            }
        ),
        json.dumps(
            {
                "data": {"X-CLIENT-KEY": "oam1", "Client Secret": SECRET},
                "X-PARTNER-ID": "oam1",
                "CHANNEL-ID": 95221,
            }
        ),
        f"Client ID: oam1\nClient Secret: {SECRET}\nPartner ID: oam1\nChannel ID: 95221\n",
        f"CLIENT_ID=oam1\nCLIENT_SECRET={SECRET}\nPARTNER_ID=oam1\nCHANNEL_ID=95221\n",
        f'export clientId="oam1"\nexport clientSecret="{SECRET}"\nX-PARTNER-ID = oam1\n'
        "channelId: '95221'\r\n",
        f"X-CLIENT-KEY\toam1\nsecret\t{SECRET}\nX-PARTNER-ID\toam1\nChannel\t95221\n",
    ],
    ids=["json-camel", "json-snake", "json-nested-headers", "colon", "equals", "mixed", "tabs"],
)
def test_every_reported_shape_gives_the_four_fields(text):
    record = parse_credentials(text)
    assert (record.client_id, record.client_secret, record.partner_id, record.channel_id) == (
        "oam1",
        SECRET,
        "oam1",
        "95221",
    )
    assert record.missing == []
    assert record.raw == text


def test_other_fields_are_kept_under_their_own_names():
    record = parse_credentials(
        "Client ID: oam1\nClient Secret: s\n"
        "Base URL: https://app.byte-stack.net\nMerchant: Toko A\n"
    )
    assert record.extra == {"Base URL": "https://app.byte-stack.net", "Merchant": "Toko A"}
    assert record.found_as == {"client_id": "Client ID", "client_secret": "Client Secret"}


def test_json_numbers_keep_their_text():
    record = parse_credentials(
        '{"clientId": "a", "channelId": 00123.50, "limit": 1e3}'.replace("00123.50", "123.50")
    )
    assert record.channel_id == "123.50"
    assert record.extra == {"limit": "1e3"}


def test_an_unknown_shape_is_kept_raw_and_said_so():
    text = "Dear partner,\nplease find your credentials in the portal.\n"
    record = parse_credentials(text)
    assert record.shape == "unknown"
    assert record.raw == text
    assert record.missing == ["client_id", "client_secret", "partner_id", "channel_id"]
    assert any("not recognised" in note for note in record.notes)


def test_lines_that_are_not_fields_are_kept():
    record = parse_credentials("Client ID: a\nthis line is prose without a separator\n")
    assert record.client_id == "a"
    assert record.unparsed_lines == ["this line is prose without a separator"]


def test_a_field_given_twice_with_different_values_keeps_both_and_says_so():
    record = parse_credentials("clientId: first\nX-CLIENT-KEY: second\n")
    assert record.client_id == "first"
    assert record.extra == {"X-CLIENT-KEY": "second"}
    assert any("twice" in note for note in record.notes)


def test_the_secret_is_masked_in_the_record_unless_revealed():
    record = parse_credentials(f"clientId: a\nclientSecret: {SECRET}\n")
    shown = json.dumps(record.as_dict())
    assert SECRET not in shown
    assert record.masked_secret == "********" + SECRET[-4:]
    assert record.as_dict(reveal=True)["client_secret"] == SECRET


@given(st.text(max_size=40))
def test_mask_never_shows_more_than_four_characters_nor_the_length(secret):
    masked = mask(secret)
    assert masked.startswith("********")
    assert len(masked) <= 12
    if len(secret) <= 12:
        assert masked == "********"


_names = st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,15}", fullmatch=True)
_values = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"]),
        max_size=30,
    )
    .map(str.strip)
    .filter(lambda v: v == v.strip("\"'").strip().rstrip(",").strip())
)


@given(st.dictionaries(_names, _values, max_size=8), st.sampled_from([": ", "=", " = "]))
def test_any_key_value_lines_are_found_and_nothing_is_lost(fields, separator):
    text = "".join(f"{name}{separator}{value}\n" for name, value in fields.items())
    record = parse_credentials(text)
    assert record.raw == text
    recovered = dict(record.extra)
    for field, source in record.found_as.items():
        recovered[source] = getattr(record, field)
    assert recovered == fields


@given(st.dictionaries(_names, st.text(max_size=30) | st.integers(), max_size=8))
def test_any_json_object_is_found_and_nothing_is_lost(fields):
    record = parse_credentials(json.dumps(fields))
    assert record.shape == "json"
    found = dict(record.extra)
    for field, source in record.found_as.items():
        found[source] = getattr(record, field)
    assert found == {name: str(value) for name, value in fields.items()}


@given(st.text(max_size=300))
def test_parsing_never_fails_and_always_keeps_the_raw_text(text):
    assert parse_credentials(text).raw == text
