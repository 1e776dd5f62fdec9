"""OVO's answers are untrusted input: bad ones are never a success and never a traceback.

Answers come from a real HTTP server on loopback whose answers each test scripts
(tests/bad_answers.py): wrong codes, other transactions' references, amounts and customers,
unreadable values, HTML, truncated bodies and cut connections. Account inquiries end in a
clear message; top-ups whose answer does not prove success go to the status call (the
server counts the calls) and are never sent twice. The late-commit account of the real
sandbox shows that "not found" is not "failed".
"""

from __future__ import annotations

import asyncio
import json
import re
from decimal import Decimal
from pathlib import Path

import httpx
import keyring
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import keys
from core.atomic_files import FileToWrite, write_files
from core.client import NoAnswer, UnusableAnswer
from core.errors import BadInput, WorkbenchError
from core.journal import JournalFilter
from core.sandbox.accounts import load_accounts
from core.snap import answers
from core.snap.profile import Service
from core.topup import Outcome, account_inquiry, resolve, status_window, topup
from core.workspace import Workspace
from tests.bad_answers import (
    CUT,
    DELETE,
    EMPTY,
    HTML_PAGE,
    NOT_FOUND,
    SOP_SAMPLE_VERBATIM,
    TOKEN,
    BadAnswersServer,
    broken_off,
    change,
    inquiry_success,
    json_answer,
    point_environment,
    raw,
    sop_sample_answer,
    status_answer,
    topup_success,
    truncated,
)
from tests.keyring_backends import use_test_keyring

CUSTOMER = "081234567890"
AMOUNT = Decimal("10000")
WINDOW = 0.3  # the status window of these tests, instead of twice the read timeout
BACKOFF = (0.05, 0.1)


# --- the environment pointed at the bad gateway -------------------------------------------------


@pytest.fixture(scope="module")
def signing_key(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("signing")
    pair = keys.generate_pair(keys.Role.SIGNING, None)
    write_files([FileToWrite(folder / pair.private_name, pair.private_pem)])
    return folder / pair.private_name


@pytest.fixture
def gateway():
    server = BadAnswersServer().start()
    yield server
    server.stop()


@pytest.fixture
def staging(tmp_path, monkeypatch, gateway, signing_key):
    """The Staging environment with credentials, its base URL the bad gateway's."""
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    previous = keyring.get_keyring()
    use_test_keyring()
    workspace = Workspace()
    try:
        point_environment(workspace, "Staging", gateway.url, str(signing_key))
    finally:
        workspace.close()
    yield gateway
    keyring.set_keyring(previous)


def run(flow):
    """`flow(workspace, client)` on a fresh loop and workspace; its result."""
    workspace = Workspace()

    async def main():
        try:
            return await flow(workspace, workspace.client("Staging"))
        finally:
            await workspace.aclose()

    try:
        return asyncio.run(main())
    finally:
        workspace.close()


def inquire(amount: Decimal = AMOUNT):
    return run(lambda _workspace, client: account_inquiry(client, CUSTOMER, amount))


def send_topup(window: float = WINDOW):
    async def flow(workspace, client):
        inquiry = await account_inquiry(client, CUSTOMER, AMOUNT)
        return await topup(
            client, inquiry, workspace.pending, "Staging", backoff=BACKOFF, window=window
        )

    return run(flow)


def entry_number(message: str) -> int:
    found = re.search(r"it is in the Log as entry (\d+)", message)
    assert found, message
    return int(found.group(1))


# --- account inquiry: a bad answer is a clear message, and no top-up ----------------------------


def _inquiry(**changes):
    return lambda request: json_answer(change(inquiry_success(request), **changes))


BAD_INQUIRIES = {
    "comma-decimal fee": (
        _inquiry(feeAmount__value="1.000,00"),
        'unreadable feeAmount.value: "1.000,00", where digits with two decimals',
    ),
    "fee null": (_inquiry(feeAmount=None), "unreadable feeAmount: null"),
    "min a list": (_inquiry(minAmount=[]), "unreadable minAmount: []"),
    "fee a number": (_inquiry(feeAmount__value=1000), "unreadable feeAmount.value: 1000,"),
    "huge max": (
        _inquiry(maxAmount__value="1" * 40 + ".00"),
        'unreadable maxAmount.value: "' + "1" * 38 + "…, where",  # shortened
    ),
    "infinite fee": (
        lambda request: raw(
            json.dumps(inquiry_success(request)).replace('"1000.00"', "1e400", 1).encode()
        ),
        "unreadable feeAmount.value: Infinity",
    ),
    "fee in dollars": (
        _inquiry(feeAmount__currency="USD"),
        'unreadable feeAmount.currency: "USD", where the currency IDR',
    ),
    "fee without value": (_inquiry(feeAmount__value=DELETE), "unreadable feeAmount.value: nothing"),
    "arabic-indic digits": (
        _inquiry(feeAmount__value="\u0661\u0660\u0660\u0660.\u0660\u0660"),
        'unreadable feeAmount.value: "\u0661\u0660\u0660\u0660.\u0660\u0660"',
    ),
    "min above max": (
        _inquiry(minAmount__value="30000000.00"),
        'unreadable minAmount.value: "30000000.00", where an amount not above maxAmount',
    ),
    "name an object": (_inquiry(customerName={"first": "Budi"}), "unreadable customerName"),
    "session a number": (_inquiry(sessionId=12), "unreadable sessionId: 12"),
    "reference with a newline": (
        _inquiry(referenceNo="INQ\n123"),
        'unreadable referenceNo: "INQ\\n123"',
    ),
    "another customer": (
        _inquiry(customerNumber="XXXXXXXX0001"),
        'not about this inquiry: its customerNumber is "XXXXXXXX0001", where the inquiry '
        "has 081234567890",
    ),
    "another reference": (
        _inquiry(partnerReferenceNo="20220728000000001"),
        'its partnerReferenceNo is "20220728000000001"',
    ),
    "another amount": (
        _inquiry(amount__value="100000.00"),
        'its amount.value is "100000.00", where the inquiry has 10000.00',
    ),
    "a top-up's code": (
        _inquiry(responseCode="2003800"),
        "with 2003800 - Successful, which is not its success code 2003700",
    ),
    "in progress": (_inquiry(responseCode="2023700"), "which is not its success code 2003700"),
    "full-width code": (
        _inquiry(responseCode="\uff12\uff10\uff10\uff13\uff17\uff10\uff10"),
        "answered HTTP 200 with application/json",
    ),
    "html": (HTML_PAGE, "answered HTTP 200 with text/html (107 bytes), not a SNAP answer"),
    "truncated json": (
        lambda request: truncated(inquiry_success(request)),
        "answered HTTP 200 with application/json",
    ),
    "empty body": (EMPTY, "answered HTTP 200 with application/json (0 bytes)"),
    "a json list": (raw(b"[]"), "(2 bytes), not a SNAP answer"),
    "nested too deep": (raw(b"[" * 100_000), "(100,000 bytes), not a SNAP answer"),
    "not utf-8": (raw(b'{"responseCode": "\xff\xfe"}'), "not a SNAP answer"),
    "no response code": (_inquiry(responseCode=DELETE), "not a SNAP answer"),
    "sop sample verbatim": (SOP_SAMPLE_VERBATIM, "not a SNAP answer"),
}


@pytest.mark.parametrize(("script", "expected"), BAD_INQUIRIES.values(), ids=BAD_INQUIRIES)
def test_a_bad_inquiry_answer_is_a_clear_message_with_its_log_entry(staging, script, expected):
    staging.then(Service.ACCOUNT_INQUIRY, script)
    with pytest.raises(WorkbenchError) as caught:
        inquire()
    error = caught.value
    assert isinstance(error, UnusableAnswer | NoAnswer)
    assert expected in str(error.problem)
    assert "network" not in str(error)  # something arrived: the network is not the question
    number = entry_number(str(error.problem))
    workspace = Workspace()
    try:
        entry = workspace.journal.get(number)
    finally:
        workspace.close()
    assert entry is not None and entry.service == Service.ACCOUNT_INQUIRY.value
    assert staging.calls(Service.TOPUP) == 0


def test_cut_and_broken_off_inquiry_answers_are_no_answer(staging):
    staging.then(Service.ACCOUNT_INQUIRY, CUT)
    with pytest.raises(NoAnswer, match="closed without an answer"):
        inquire()
    staging.then(Service.ACCOUNT_INQUIRY, lambda request: broken_off(inquiry_success(request)))
    with pytest.raises(NoAnswer, match="closed without an answer"):
        inquire()


def test_the_cli_names_the_unreadable_field_and_the_log_entry(staging, cli):
    staging.then(Service.ACCOUNT_INQUIRY, _inquiry(feeAmount__value="1.000,00"))
    result = cli("inquiry", "--env", "Staging", "--customer", CUSTOMER, "--amount", "10000")
    assert result.code == 2, result.err
    assert (
        "OVO's answer to the account inquiry has an unreadable feeAmount.value: "
        '"1.000,00", where digits with two decimals, like 10000.00 was expected; it is in '
        "the Log as entry" in result.err
    )
    assert "No top-up is possible from this answer" in result.err
    assert "Traceback" not in result.err
    shown = cli("log", "show", str(entry_number(result.err)), "--json")
    assert shown.code == 0 and "1.000,00" in json.dumps(shown.json)


def test_the_cli_says_what_arrived_instead_of_a_snap_answer(staging, cli):
    staging.then(Service.ACCOUNT_INQUIRY, HTML_PAGE)
    result = cli("inquiry", "--env", "Staging", "--customer", CUSTOMER, "--amount", "10000")
    assert result.code == 2
    assert (
        "Account inquiry: the server answered HTTP 200 with text/html (107 bytes), not a "
        "SNAP answer; it is in the Log as entry" in result.err
    )
    assert "network" not in result.err and "Open that entry in the Log" in result.err


def test_a_masked_customer_number_is_the_customer_sent(staging):
    for shown in ("XXXXXXXX7890", "0812****7890", "****7890", CUSTOMER):
        staging.then(Service.ACCOUNT_INQUIRY, _inquiry(customerNumber=shown))
        assert inquire().shown_number == shown
    for foreign in ("XXXXXXXX0001", "0813****7890", "XXXXXXXX789", "081234567891"):
        staging.then(Service.ACCOUNT_INQUIRY, _inquiry(customerNumber=foreign))
        with pytest.raises(UnusableAnswer, match="not about this inquiry"):
            inquire()


# --- top-up: only a proven success is a success; the rest goes to the status call -----------


def _topup(**changes):
    return lambda request: json_answer(change(topup_success(request), **changes))


BAD_TOPUPS = {
    "the sop sample": (
        lambda request: json_answer(sop_sample_answer(request)),
        "Request has been processed succesfully, which is not the top-up's success code 2003800",
    ),
    "the sop sample verbatim": (SOP_SAMPLE_VERBATIM, "not a SNAP answer"),
    "an inquiry's code": (_topup(responseCode="2003700"), "not the top-up's success code"),
    "in progress": (_topup(responseCode="2023800"), "not the top-up's success code"),
    "a number code": (_topup(responseCode=2003700), "not the top-up's success code"),
    "another amount": (
        _topup(amount__value="100000.00"),
        'but its amount.value is "100000.00", where the top-up has 10000.00',
    ),
    "another reference": (
        _topup(partnerReferenceNo="20220728000000001"),
        'but its partnerReferenceNo is "20220728000000001"',
    ),
    "another customer": (
        _topup(customerNumber="XXXXXXXX0001"),
        'but its customerNumber is "XXXXXXXX0001", where the top-up has 081234567890',
    ),
    "no reference": (
        _topup(partnerReferenceNo=DELETE),
        "its partnerReferenceNo cannot be read: nothing (the field is missing)",
    ),
    "no amount": (_topup(amount=DELETE), "its amount cannot be read"),
    "comma-decimal amount": (
        _topup(amount__value="10.000,00"),
        'its amount.value cannot be read: "10.000,00"',
    ),
    "amount null": (_topup(amount=None), "its amount cannot be read: null"),
    "amount a list": (_topup(amount=[]), "its amount cannot be read: []"),
    "amount a float": (_topup(amount__value=10000.0), "its amount.value cannot be read: 10000.0"),
    "referenceNo a list": (_topup(referenceNo=["OVO1"]), "its referenceNo cannot be read"),
    "a duplicate": (
        lambda _request: json_answer(
            {"responseCode": "4093801", "responseMessage": "Conflict"}, status=409
        ),
        "4093801 - Conflict",
    ),
    "html": (HTML_PAGE, "answered HTTP 200 with text/html"),
    "truncated json": (lambda request: truncated(topup_success(request)), "not a SNAP answer"),
    "empty body": (EMPTY, "(0 bytes), not a SNAP answer"),
    "json null": (raw(b"null"), "not a SNAP answer"),
    "cut": (CUT, "closed without an answer"),
    "broken off": (
        lambda request: broken_off(topup_success(request)),
        "closed without an answer",
    ),
    "server error": (
        lambda _request: json_answer(
            {"responseCode": "5003801", "responseMessage": "Internal Server Error"}, status=500
        ),
        "5003801 - Internal Server Error",
    ),
}


@pytest.mark.parametrize(("script", "reason"), BAD_TOPUPS.values(), ids=BAD_TOPUPS)
def test_a_top_up_answer_that_proves_nothing_goes_to_the_status_call(staging, script, reason):
    staging.then(Service.TOPUP, script)
    result = send_topup()
    assert staging.calls(Service.TOPUP) == 1  # never sent again
    assert staging.calls(Service.TOPUP_STATUS) == result.status_checks == 1
    assert result.resolved_by_status and result.outcome is Outcome.SUCCESS
    assert (
        result.message.startswith("2003900 - Successful") and "(status: Success)" in result.message
    )
    reference = result.partner_reference_no
    assert result.reference_no == "OVO" + reference[-10:]  # the status answer's, not the bad one's


@pytest.mark.parametrize(("script", "reason"), BAD_TOPUPS.values(), ids=BAD_TOPUPS)
def test_what_status_does_not_know_within_the_window_is_not_processed(staging, script, reason):
    staging.then(Service.TOPUP, script)
    staging.then(Service.TOPUP_STATUS, *[NOT_FOUND] * 100)
    result = send_topup()
    # Asked again and again while the window lasts; "not found" after it settles the top-up.
    assert staging.calls(Service.TOPUP) == 1
    assert staging.calls(Service.TOPUP_STATUS) == result.status_checks >= 3
    assert result.outcome is Outcome.FAILED and result.resolved_by_status
    assert result.message.startswith("4043901 - Transaction Not Found: not processed")
    assert result.reference_no is None
    workspace = Workspace()
    try:
        unresolved = workspace.pending.unresolved("Staging")
    finally:
        workspace.close()
    assert unresolved == []


@pytest.mark.parametrize(("script", "reason"), BAD_TOPUPS.values(), ids=BAD_TOPUPS)
def test_while_status_cannot_say_the_outcome_stays_unknown_and_says_why(staging, script, reason):
    staging.then(Service.TOPUP, script)
    staging.then(Service.TOPUP_STATUS, *[_status("03")] * 100)  # Pending, however long
    result = send_topup()
    assert result.outcome is Outcome.UNKNOWN and not result.resolved_by_status
    assert reason in result.message
    assert "Do not send it again" in result.message and result.reference_no is None
    assert staging.calls(Service.TOPUP) == 1
    assert staging.calls(Service.TOPUP_STATUS) == result.status_checks >= 3  # asked again
    workspace = Workspace()
    try:
        unresolved = workspace.pending.unresolved("Staging")
    finally:
        workspace.close()
    assert [row["partner_reference_no"] for row in unresolved] == [result.partner_reference_no]


def test_an_honest_answer_is_a_success_without_a_status_call(staging):
    result = send_topup()
    assert result.outcome is Outcome.SUCCESS and not result.resolved_by_status
    assert staging.calls(Service.TOPUP_STATUS) == 0
    assert result.message == "2003800 - Successful"


def test_a_top_up_without_a_token_is_not_recorded_as_sent(staging):
    async def flow(workspace, client):
        inquiry = await account_inquiry(client, CUSTOMER, AMOUNT)
        client.tokens.invalidate()
        staging.then(Service.ACCESS_TOKEN, HTML_PAGE)
        with pytest.raises(NoAnswer, match="text/html"):
            await topup(client, inquiry, workspace.pending, "Staging")
        return workspace.pending.unresolved("Staging")

    assert run(flow) == []  # nothing to resolve later: it never left
    assert staging.calls(Service.TOPUP) == 0


def test_the_cli_treats_the_sop_sample_answer_as_unknown(staging, cli):
    staging.then(Service.TOPUP, lambda request: json_answer(sop_sample_answer(request)))
    staging.then(Service.TOPUP_STATUS, *[_status("03")] * 100)  # status cannot say yet
    result = cli("topup", "--env", "Staging", "--customer", CUSTOMER, "--amount", "10000", "--yes")
    assert result.code == 3, result.err
    assert "Top-up unknown: Outcome unknown after" in result.err
    assert "2003700 - Request has been processed succesfully, which is not the top-up's" in (
        result.err
    )
    assert "Traceback" not in result.err
    assert staging.calls(Service.TOPUP) == 1


# --- the status call: only an answer about this top-up settles it -------------------------------


def _status(status: str = "00", **changes):
    return lambda request, topup: json_answer(
        change(status_answer(request, topup, status), **changes)
    )


def resolve_after_a_cut(staging, *status_answers, window: float = WINDOW):
    staging.then(Service.TOPUP, CUT)
    staging.then(Service.TOPUP_STATUS, *status_answers)
    return send_topup(window)


def test_not_found_is_asked_again_until_the_top_up_appears(staging):
    result = resolve_after_a_cut(staging, NOT_FOUND, NOT_FOUND, _status("07"), _status("00"))
    assert result.outcome is Outcome.SUCCESS and result.resolved_by_status
    assert result.status_checks == staging.calls(Service.TOPUP_STATUS) == 4


def test_pending_is_asked_again_and_a_failed_status_settles_as_failed(staging):
    result = resolve_after_a_cut(staging, _status("03"), _status("06"))
    assert result.outcome is Outcome.FAILED and result.resolved_by_status
    assert result.message == "2003900 - Successful (status: Failed)"
    assert result.status_checks == 2


BAD_STATUSES = {
    "another top-up": (
        _status(originalPartnerReferenceNo="20220728000000001"),
        'its originalPartnerReferenceNo is "20220728000000001"',
    ),
    "another amount": (
        _status(amount__value="100000.00"),
        'its amount.value is "100000.00", where the top-up has 10000.00',
    ),
    "status a number": (
        _status(latestTransactionStatus=0),
        "its latestTransactionStatus cannot be read: 0",
    ),
    "status a word": (
        _status(latestTransactionStatus="success"),
        'its latestTransactionStatus cannot be read: "success"',
    ),
    "no status": (
        _status(latestTransactionStatus=DELETE),
        "latestTransactionStatus cannot be read",
    ),
    "an unknown status": (_status("42"), "(status: 42)"),
    "amount unreadable": (_status(amount__value="10.000,00"), "its amount.value cannot be read"),
    "reference a list": (_status(originalReferenceNo=[]), "originalReferenceNo cannot be read"),
    "an inquiry's code": (_status(responseCode="2003700"), "2003700 - Successful"),
    "in progress": (_status(responseCode="2023900"), "2023900 - Successful"),
    "html": (HTML_PAGE, "text/html"),
    "cut": (CUT, "closed without an answer"),
}


@pytest.mark.parametrize(("script", "last"), BAD_STATUSES.values(), ids=BAD_STATUSES)
def test_a_status_answer_that_is_not_about_this_top_up_settles_nothing(staging, script, last):
    result = resolve_after_a_cut(staging, *[script] * 100)
    assert result.outcome is Outcome.UNKNOWN and not result.resolved_by_status
    assert last in result.message.split("the last status answer:", 1)[1]
    assert result.status_checks == staging.calls(Service.TOPUP_STATUS) >= 3


def test_the_window_is_twice_the_read_timeout_and_runs_from_the_send(staging):
    assert status_window(30) == 60  # the default read timeout: a minute of asking

    async def flow(workspace, client):
        inquiry = await account_inquiry(client, CUSTOMER, AMOUNT)
        staging.then(Service.TOPUP, CUT)
        staging.then(Service.TOPUP_STATUS, *[NOT_FOUND] * 100)
        fresh = await topup(client, inquiry, workspace.pending, "Staging", backoff=(0.2,))
        # An unknown top-up from an earlier run: its window is long over, one question.
        fresh.sent_at -= 3600
        checks = fresh.status_checks
        await resolve(client, fresh, backoff=(0.2,))
        return fresh, checks

    result, checks = run(flow)
    # read_timeout 1 s: not found for 2 s after the send, asked every 0.2 s meanwhile, then
    # settled as not processed; asked about an hour later, one question settles it again
    assert result.outcome is Outcome.FAILED and checks >= 6
    assert result.status_checks == checks + 1


def test_the_status_lookup_checks_its_answer(staging, cli):
    assert cli("status", "--env", "Staging", "--partner-reference-no", "REF-1").code == 1
    staging.topups["REF-1"] = {
        "partnerReferenceNo": "REF-1",
        "amount": {"value": "10000.00", "currency": "IDR"},
    }
    ok = cli("status", "--env", "Staging", "--partner-reference-no", "REF-1", "--json")
    assert ok.code == 0 and ok.json["latestTransactionStatus"] == "00"
    staging.then(Service.TOPUP_STATUS, _status(originalPartnerReferenceNo="REF-2"))
    foreign = cli("status", "--env", "Staging", "--partner-reference-no", "REF-1")
    assert foreign.code == 2
    assert "OVO's top-up status answer is about partnerReferenceNo REF-2, not REF-1" in foreign.err
    staging.then(Service.TOPUP_STATUS, _status(amount__value="1.000,00"))
    unreadable = cli("status", "--env", "Staging", "--partner-reference-no", "REF-1")
    assert unreadable.code == 2
    assert 'unreadable amount.value: "1.000,00"' in unreadable.err
    staging.then(Service.TOPUP_STATUS, HTML_PAGE)
    html = cli("status", "--env", "Staging", "--partner-reference-no", "REF-1")
    assert html.code == 2 and "text/html" in html.err and "it is in the Log as entry" in html.err


# --- the token answer -------------------------------------------------------------------------


def _token(**changes):
    good = {
        "responseCode": "2007300",
        "responseMessage": "Successful",
        "accessToken": TOKEN,
        "tokenType": "Bearer",
        "expiresIn": "900",
    }
    return json_answer(change(good, **changes))


BAD_TOKENS = {
    "expiresIn NaN": (_token(expiresIn="NaN"), 'unreadable expiresIn: "NaN"'),
    "expiresIn huge": (_token(expiresIn="1e400"), 'unreadable expiresIn: "1e400"'),
    "expiresIn a year": (_token(expiresIn=31_536_000), "unreadable expiresIn: 31536000"),
    "token with a newline": (
        _token(accessToken=TOKEN + "\r\nX-Injected: 1"),
        "unreadable accessToken: a hidden value of",
    ),
    "token with a space": (_token(accessToken="two words"), "a hidden value of 9 characters"),
    "token null": (_token(accessToken=None), "unreadable accessToken: a hidden value"),
    "no token": (_token(accessToken=DELETE), "unreadable accessToken: nothing"),
    "html": (HTML_PAGE, "text/html"),
}


@pytest.mark.parametrize(("answer", "expected"), BAD_TOKENS.values(), ids=BAD_TOKENS)
def test_a_bad_token_answer_is_a_clear_message_without_the_token(staging, cli, answer, expected):
    staging.then(Service.ACCESS_TOKEN, answer)
    result = cli("token", "--env", "Staging")
    assert result.code == 2, result.err
    assert expected in result.err and "Traceback" not in result.err
    assert TOKEN not in result.err and "two words" not in result.err


# --- fuzzing ----------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["10000.00", "1.000,00", "10000", "2003800", "IDR", "00", CUSTOMER]),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(["value", "currency", "x"]), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(value=JSON_VALUES)
def test_the_readers_return_a_value_or_name_the_field(value):
    for read in (
        lambda d: answers.money(d, "amount"),
        lambda d: answers.text(d, "amount"),
        lambda d: answers.reference(d, "amount", required=False),
        lambda d: answers.transaction_status(d, "amount"),
        lambda d: answers.lifetime_seconds(d, "amount"),
    ):
        try:
            read({"amount": value})
        except answers.BadField as exc:
            assert exc.field.startswith("amount") and len(exc.arrived) <= answers.SHOWN_LENGTH


TOPUP_FIELDS = [
    "responseCode",
    "partnerReferenceNo",
    "referenceNo",
    "customerNumber",
    "amount",
    "amount__value",
    "amount__currency",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=st.sampled_from(TOPUP_FIELDS), value=JSON_VALUES)
def test_a_top_up_answer_with_any_value_anywhere_is_never_a_success_by_itself(
    staging, field, value
):
    staging.reset()
    staging.then(Service.TOPUP, _topup(**{field: value}))
    staging.then(Service.TOPUP_STATUS, _status("03"))  # in progress: the status call decides
    result = send_topup(window=0)
    assert staging.calls(Service.TOPUP) == 1
    if result.outcome is Outcome.SUCCESS:  # only if the value is one an honest OVO may send
        assert _honest(field, value), (field, value)
        assert staging.calls(Service.TOPUP_STATUS) == 0
    else:
        assert not _honest(field, value), (field, value)
        assert result.outcome is Outcome.UNKNOWN and staging.calls(Service.TOPUP_STATUS) == 1


def _honest(field: str, value: object) -> bool:
    """Whether `value` in `field` of a top-up answer may come from an honest OVO: the
    request's own values, any readable referenceNo (OVO's own), a masked number."""

    def text(limit: int) -> bool:
        return (
            isinstance(value, str)
            and value.isprintable()
            and len(value.strip()) > 0
            and len(value) <= limit
        )

    return {
        "responseCode": value in ("2003800", 2003800, " 2003800", "2003800 "),
        "partnerReferenceNo": False,  # the request's is a 22-digit reference: never drawn
        "referenceNo": text(64),
        "customerNumber": text(32) and answers.same_customer_number(str(value), CUSTOMER),
        "amount": isinstance(value, dict)
        and value.get("value") == "10000.00"
        and value.get("currency") == "IDR",
        "amount__value": value == "10000.00",
        "amount__currency": value == "IDR",
    }[field]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.binary(max_size=300) | JSON_VALUES.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_as_an_inquiry_answer_are_a_message_never_a_traceback(staging, body):
    staging.then(Service.ACCOUNT_INQUIRY, raw(body))
    try:
        inquire()
    except WorkbenchError as exc:
        assert str(exc.problem)
    else:  # only an answer that is an honest inquiry answer could be used
        raise AssertionError(body)


# --- the sandbox's late-commit account ----------------------------------------------------------

LATE = "081299000005"






def test_the_late_commit_account_ends_in_success_through_status_with_one_credit(registered, cli):
    # The production default: read timeout 30 s, so "not found" is asked about for 60 s;
    # the account commits 5 s after the connection dropped.
    result = cli("topup", "--customer", LATE, "--amount", "20000", "--yes", "--json")
    assert result.code == 0, result.err
    assert result.json["outcome"] == "success" and result.json["resolved_by_status"]
    reference = result.json["partner_reference_no"]
    workspace = Workspace()
    try:
        book = httpx.get(
            f"{workspace.sandbox().url}/sandbox/ledger", params={"customerNumber": LATE}
        ).json()
        status_codes = [
            entry.code
            for entry in reversed(
                workspace.journal.query(JournalFilter(service="39", partner_reference_no=reference))
            )
        ]
        topups = workspace.journal.query(JournalFilter(service="38"))
        unresolved = workspace.pending.unresolved("Sandbox")
    finally:
        workspace.close()
    assert [tx["partnerReferenceNo"] for tx in book["transactions"]] == [reference]
    assert book["balance"] == {"value": "20000.00", "currency": "IDR"}
    assert len(topups) == 1 and topups[0].failure == "dropped"
    # "not found" while the commit was pending, then the success; nothing else
    assert status_codes[0] == "4043901" and status_codes[-1] == "2003900"
    assert set(status_codes[:-1]) == {"4043901"}
    assert unresolved == []


def test_the_accounts_file_checks_the_commit_delay(tmp_path):
    shipped = load_accounts()
    assert shipped.find(LATE).commit_after == 5
    data = json.loads(shipped.source.read_text())
    for account in data["accounts"]:
        if account["customerNumber"] == LATE:
            account["commitAfterSeconds"] = "soon"
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps(data))
    with pytest.raises(BadInput, match='commitAfterSeconds "soon" is not a number of seconds'):
        load_accounts(path)
