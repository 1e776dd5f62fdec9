"""The request profile's optional body fields: settings, the presets, the bodies they make,
the sandbox accepting them, the path versions shown, and status naming the original."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.environments import Settings
from core.journal import JournalFilter
from core.snap import bodies
from core.snap.profile import OVO, Service, SnapProfile
from core.workspace import Workspace

BUDI = "081234567890"
NOW = datetime(2022, 7, 28, 3, 0, tzinfo=UTC)
SAMPLE_INFO = {"preInquiryFlag": "N", "senderInstitutionID": "999"}








def entries(service: Service) -> list:
    """The journal's entries of `service`, oldest first."""
    workspace = Workspace()
    try:
        found = workspace.journal.query(JournalFilter(service=service.value))
    finally:
        workspace.close()
    return list(reversed(found))


def request_of(entry) -> dict:
    return json.loads(entry.request_body)


# --- settings ------------------------------------------------------------------------------


def test_every_body_field_setting_round_trips_through_settings_json(home, cli):
    for setting, value in (
        ("topup.customer_name", "inquiry"),
        ("topup.fee_amount", "no"),
        ("topup.session_id", "off"),
        ("additional_info.topup.preInquiryFlag", "N"),
        ("additional_info.account_inquiry.channel_note", " kiosk 12 "),
    ):
        result = cli("env", "set", "Staging", setting, value)
        assert result.code == 0, result.err
        assert result.out == f"Staging: {setting} set.\n"
    saved = json.loads((home / "settings.json").read_text())["environments"]["Staging"]
    assert saved["profile"]["topup_customer_name"] == "inquiry"
    assert saved["profile"]["topup_fee_amount"] is False
    assert saved["profile"]["topup_session_id"] is False
    assert saved["profile"]["additional_info"] == {
        "topup": {"preInquiryFlag": "N"},
        "account_inquiry": {"channel_note": "kiosk 12"},  # outer spaces dropped
    }
    shown = cli("env", "show", "Staging", "--json").json["profile"]
    assert shown["additional_info"]["topup"] == {"preInquiryFlag": "N"}
    profile = Settings(home / "settings.json").environment("Staging").profile
    assert SnapProfile.from_dict(profile.to_dict()) == profile
    assert profile.additional_info_for(Service.TOPUP) == {"preInquiryFlag": "N"}

    # An empty value removes the entry; the last one leaves no empty object behind.
    assert cli("env", "set", "Staging", "additional_info.topup.preInquiryFlag", "").code == 0
    saved = json.loads((home / "settings.json").read_text())["environments"]["Staging"]
    assert "topup" not in saved["profile"]["additional_info"]


def test_a_settings_file_from_before_these_fields_loads_with_the_defaults(home, cli):
    home.mkdir(parents=True)
    old = {"environments": {"Mine": {"kind": "custom", "profile": {"name": "ovo"}}}}
    (home / "settings.json").write_text(json.dumps(old))
    profile = cli("env", "show", "Mine", "--json").json["profile"]
    assert profile["topup_customer_name"] == "none"
    assert (profile["topup_fee_amount"], profile["topup_session_id"]) == (True, True)
    assert profile["additional_info"] == {}


@pytest.mark.parametrize(
    ("setting", "value", "said"),
    [
        ("topup.customer_name", "full", "must be one of none, inquiry"),
        ("topup.fee_amount", "maybe", "must be yes or no"),
        ("topup.session_id", "", "must be yes or no"),
        ("additional_info.topup.pre-inquiry", "N", "an additionalInfo key is a letter or _"),
        ("additional_info.topup.9lives", "N", "an additionalInfo key is a letter or _"),
        ("additional_info.topup.", "N", "an additionalInfo key is a letter or _"),
        ("additional_info.topup.a.b", "N", "an additionalInfo key is a letter or _"),
        ("additional_info.topup." + "k" * 65, "N", "an additionalInfo key is a letter or _"),
        ("additional_info.topup.flag", "a\nb", "printable ASCII on one line, at most 256"),
        ("additional_info.topup.flag", "é", "printable ASCII on one line, at most 256"),
        ("additional_info.topup.flag", "x" * 257, "printable ASCII on one line, at most 256"),
        ("additional_info.topup_status.flag", "N", "for account_inquiry and topup requests only"),
        ("additional_info.access_token.flag", "N", "for account_inquiry and topup requests only"),
        ("additional_info.colour.flag", "N", "not 'colour'"),
    ],
)
def test_a_body_field_setting_that_cannot_be_used_is_refused_and_nothing_is_saved(
    home, cli, setting, value, said
):
    assert cli("env", "set", "Staging", "additional_info.topup.kept", "1").code == 0
    before = (home / "settings.json").read_bytes()
    result = cli("env", "set", "Staging", setting, value)
    assert result.code == 2
    assert said in result.err
    fix = result.err.split("\n  what to do: ", 1)[1]
    expected = {
        "topup.customer_name": "none (OVO's sample sends none) or inquiry",
        "topup.fee_amount": "yes or no: send the inquiry's fee as feeAmount",
        "topup.session_id": "yes or no: send the inquiry's sessionId",
    }.get(setting, "e.g. additional_info.topup.preInquiryFlag N (empty value removes it)")
    assert expected in fix
    assert (home / "settings.json").read_bytes() == before


def test_a_hand_edited_additional_info_is_refused_before_any_request(registered, cli):
    path = registered / "settings.json"
    data = json.loads(path.read_text())
    data["environments"]["Sandbox"]["profile"]["additional_info"] = {"topup": {"a b": "N"}}
    path.write_text(json.dumps(data))
    result = cli("inquiry", "--customer", BUDI, "--amount", "10000")
    assert result.code == 2
    assert "additional_info.topup.a b" in result.err
    assert entries(Service.ACCOUNT_INQUIRY) == []  # nothing left

    data["environments"]["Sandbox"]["profile"]["additional_info"] = {"topup": ["N"]}
    path.write_text(json.dumps(data))
    damaged = cli("env", "show", "Sandbox")
    assert damaged.code == 2
    assert "is damaged" in damaged.err and "additional_info holds something other" in damaged.err


PROFILE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.text(max_size=8),
    st.lists(st.text(max_size=4), max_size=2),
    st.dictionaries(
        st.sampled_from(["topup", "account_inquiry", "topup_status", "x"]),
        st.one_of(
            st.text(max_size=4),
            st.dictionaries(st.text(max_size=6), st.text(max_size=6) | st.integers()),
        ),
        max_size=3,
    ),
)


@given(
    st.dictionaries(
        st.sampled_from(
            ["topup_customer_name", "topup_fee_amount", "topup_session_id", "additional_info"]
        ),
        PROFILE_VALUES | st.sampled_from(["none", "inquiry"]),
        max_size=4,
    )
)
@settings(max_examples=150, deadline=None)
def test_any_profile_in_settings_json_loads_or_says_which_value_is_wrong(data):
    try:
        profile = SnapProfile.from_dict(data)
    except ValueError as exc:
        assert any(key in str(exc) for key in data) or "additional_info" in str(exc)
    else:
        assert SnapProfile.from_dict(profile.to_dict()) == profile


# --- presets -------------------------------------------------------------------------------


def test_the_ovo_sample_preset_sets_the_samples_fields_and_says_what_changed(home, cli):
    assert cli("env", "set", "Staging", "additional_info.topup.extra", "x").code == 0
    assert cli("env", "set", "Staging", "additional_info.account_inquiry.note", "y").code == 0
    paths_before = cli("env", "show", "Staging", "--json").json["profile"]["paths"]
    result = cli("env", "preset", "Staging", "ovo-sample")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Staging: ovo-sample (OVO's sample top-up, as in the SOP's log) set:"
    changed = {line.split()[0]: " ".join(line.split()[1:]) for line in lines[1:-1]}
    assert changed == {
        "topup.fee_amount": "yes -> no",
        "topup.session_id": "yes -> no",
        "additional_info.topup.preInquiryFlag": "(not sent) -> N",
        "additional_info.topup.senderInstitutionID": "(not sent) -> 999",
        "additional_info.topup.extra": "x -> (not sent)",
        "additional_info.account_inquiry.note": "y -> (not sent)",
    }
    assert lines[-1] == (
        "note: The top-up posts to /OVOSNAP/v2.0/emoney/topup (v2.0); OVO's sample log posts "
        "to /OVOSNAP/v1.0/emoney/topup. If OVO gave you v1.0: env set Staging path.topup "
        "/OVOSNAP/v1.0/emoney/topup"
    )
    profile = cli("env", "show", "Staging", "--json").json["profile"]
    assert profile["additional_info"] == {"topup": SAMPLE_INFO}
    assert profile["topup_customer_name"] == "none"
    assert (profile["topup_fee_amount"], profile["topup_session_id"]) == (False, False)
    assert profile["paths"] == paths_before  # a preset leaves the paths alone
    assert profile["custom_headers"] == {"topup": {"X-SCOPE-ID": "customer_topup"}}

    again = cli("env", "preset", "Staging", "ovo-sample", "--json")
    assert again.code == 0 and again.json["changes"] == {}


def test_the_default_preset_gives_back_the_workbench_defaults(home, cli):
    assert cli("env", "preset", "Staging", "ovo-sample").code == 0
    assert cli("env", "set", "Staging", "topup.customer_name", "inquiry").code == 0
    result = cli("env", "preset", "Staging", "snap-default", "--json")
    assert result.code == 0
    assert result.json["changes"]["topup.customer_name"] == {"before": "inquiry", "after": "none"}
    assert result.json["changes"]["additional_info.topup.preInquiryFlag"] == {
        "before": "N",
        "after": "",
    }
    env = Settings(home / "settings.json").environment("Staging")
    assert env.profile == OVO


def test_an_unknown_preset_is_refused_with_the_list(home, cli):
    result = cli("env", "preset", "Staging", "ovo")
    assert result.code == 2
    assert "There is no preset called 'ovo'." in result.err
    assert "ovo-sample (OVO's sample top-up" in result.err and "snap-default" in result.err
    assert not (home / "settings.json").exists()
    assert cli("env", "preset", "Nowhere", "ovo-sample").code == 2


# --- bodies --------------------------------------------------------------------------------


def topup_with(profile: SnapProfile) -> dict:
    return bodies.topup_body_for(
        profile, "R1", BUDI, "B**i S****so", Decimal(10000), Decimal(1000), NOW, "S1"
    )


def test_the_default_top_up_carries_fee_and_session_but_no_customer_name():
    body = topup_with(OVO)
    assert list(body) == [
        "partnerReferenceNo",
        "customerNumber",
        "amount",
        "feeAmount",
        "transactionDate",
        "sessionId",
        "additionalInfo",
    ]
    assert body["feeAmount"] == {"value": "1000.00", "currency": "IDR"}
    assert body["sessionId"] == "S1" and body["additionalInfo"] == {}


@pytest.mark.parametrize(
    ("change", "present", "absent"),
    [
        ({"topup_customer_name": "inquiry"}, {"customerName": "B**i S****so"}, set()),
        ({"topup_fee_amount": False}, {}, {"feeAmount"}),
        ({"topup_session_id": False}, {}, {"sessionId"}),
        (
            {"additional_info": {Service.TOPUP: {"preInquiryFlag": "N"}}},
            {"additionalInfo": {"preInquiryFlag": "N"}},
            set(),
        ),
        (
            {"additional_info": {Service.ACCOUNT_INQUIRY: {"preInquiryFlag": "N"}}},
            {"additionalInfo": {}},  # the inquiry's entries stay in the inquiry
            set(),
        ),
    ],
)
def test_each_optional_field_is_sent_or_left_out_as_the_profile_says(change, present, absent):
    body = topup_with(OVO.with_changes(**change))
    for name, value in present.items():
        assert body[name] == value
    assert not absent & set(body)
    assert bodies.validate_request(Service.TOPUP, body) == []


def test_the_samples_top_up_has_exactly_the_samples_fields():
    sample = OVO.with_changes(
        topup_fee_amount=False, topup_session_id=False, additional_info={Service.TOPUP: SAMPLE_INFO}
    )
    body = topup_with(sample)
    # The SOP's sample log, field for field (values aside).
    assert list(body) == [
        "partnerReferenceNo",
        "customerNumber",
        "amount",
        "transactionDate",
        "additionalInfo",
    ]
    assert body["additionalInfo"] == SAMPLE_INFO
    body["additionalInfo"]["x"] = "changed"
    assert sample.additional_info[Service.TOPUP] == SAMPLE_INFO  # the profile is untouched


def test_the_inquiry_carries_its_own_additional_info():
    profile = OVO.with_changes(additional_info={Service.ACCOUNT_INQUIRY: {"note": "kiosk"}})
    body = bodies.account_inquiry_body_for(profile, "R1", BUDI, 10000, NOW)
    assert body["additionalInfo"] == {"note": "kiosk"}
    assert bodies.account_inquiry_body_for(OVO, "R1", BUDI, 10000, NOW)["additionalInfo"] == {}


# --- against the sandbox -------------------------------------------------------------------


def test_with_the_ovo_sample_preset_a_top_up_succeeds_and_carries_the_samples_fields(
    registered, cli
):
    assert cli("env", "preset", "Sandbox", "ovo-sample").code == 0
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes", "--json")
    assert result.code == 0, result.err
    assert result.json["outcome"] == "success"
    [entry] = entries(Service.TOPUP)
    sent = request_of(entry)
    assert sent["additionalInfo"] == SAMPLE_INFO
    assert not {"customerName", "feeAmount", "sessionId"} & set(sent)
    assert json.loads(entry.response_body)["additionalInfo"] == SAMPLE_INFO
    assert entry.partner_reference_no == result.json["partner_reference_no"]


def test_the_masked_name_and_inquiry_entries_are_accepted_when_chosen(registered, cli):
    assert cli("env", "set", "Sandbox", "topup.customer_name", "inquiry").code == 0
    assert cli("env", "set", "Sandbox", "additional_info.account_inquiry.note", "k1").code == 0
    result = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes")
    assert result.code == 0, result.err
    [inquiry] = entries(Service.ACCOUNT_INQUIRY)
    assert request_of(inquiry)["additionalInfo"] == {"note": "k1"}
    [topup] = entries(Service.TOPUP)
    masked = json.loads(inquiry.response_body)["customerName"]
    assert request_of(topup)["customerName"] == masked == "B**i S****so"
    assert request_of(topup)["additionalInfo"] == {}


# --- path versions -------------------------------------------------------------------------


def test_env_show_names_each_paths_version_and_the_samples(home, cli):
    shown = cli("env", "show", "Staging")
    assert shown.code == 0
    assert (
        "  path.topup            /OVOSNAP/v2.0/emoney/topup            v2.0, OVO's published path"
        in shown.out.splitlines()
    )
    assert "/OVOSNAP/v1.0/access-token/b2b        v1.0, OVO's published path" in shown.out
    assert "OVO's sample log posts to /OVOSNAP/v1.0/emoney/topup" in shown.out
    assert cli("env", "set", "Staging", "path.topup", "/OVOSNAP/v1.0/emoney/topup").code == 0
    shown = cli("env", "show", "Staging")
    [line] = [line for line in shown.out.splitlines() if line.startswith("  path.topup ")]
    assert line.split() == [
        "path.topup",
        "/OVOSNAP/v1.0/emoney/topup",
        "v1.0,",
        "changed",
        "from",
        "OVO's",
        "published",
        "v2.0",
    ]
    assert "note: The top-up posts to /OVOSNAP/v1.0/emoney/topup, as OVO's sample" in shown.out
    versions = cli("env", "show", "Staging", "--json").json["path_versions"]
    assert versions == {
        "access_token": "v1.0",
        "account_inquiry": "v2.0",
        "topup": "v1.0",
        "topup_status": "v2.0",
    }


# --- status names the original top-up ------------------------------------------------------


def status_request() -> dict:
    return request_of(entries(Service.TOPUP_STATUS)[-1])


def test_status_sends_the_original_reference_and_external_id(registered, cli):
    done = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes", "--json")
    assert done.code == 0, done.err
    [topup] = entries(Service.TOPUP)
    reference_no = json.loads(topup.response_body)["referenceNo"]
    ref = done.json["partner_reference_no"]
    status = cli("status", "--partner-reference-no", ref)
    assert status.code == 0, status.err
    assert status.out.startswith("2003900 - ")
    assert status_request() == {
        "originalPartnerReferenceNo": ref,
        "originalReferenceNo": reference_no,
        "originalExternalId": topup.external_id,
        "serviceCode": "38",
    }


def test_status_finds_the_originals_in_the_journal_when_the_record_is_gone(registered, cli):
    done = cli("topup", "--customer", BUDI, "--amount", "20000", "--yes", "--json")
    ref = done.json["partner_reference_no"]
    with sqlite3.connect(registered / "journal.sqlite3") as db:
        db.execute("DELETE FROM topups")
    [topup] = entries(Service.TOPUP)
    status = cli("status", "--partner-reference-no", ref, "--json")
    assert status.code == 0 and status.json["latestTransactionStatus"] == "00"
    sent = status_request()
    assert sent["originalReferenceNo"] == json.loads(topup.response_body)["referenceNo"]
    assert sent["originalExternalId"] == topup.external_id


def test_status_of_a_reference_this_home_never_sent_names_only_that_reference(registered, cli):
    status = cli("status", "--partner-reference-no", "20220728000000001")
    assert status.code == 1
    assert status.out.startswith("4043901 - ")
    assert status_request() == {
        "originalPartnerReferenceNo": "20220728000000001",
        "serviceCode": "38",
    }


@pytest.fixture
def registered(registered, home):
    """Here: the home the partner is registered in."""
    return home
