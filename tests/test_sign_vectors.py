"""The calculator reproduces other SNAP providers' published vectors: it signs exactly the
timestamp it is given, in any ISO-8601 form, and says when OVO would refuse that form."""

from __future__ import annotations

import pytest

from core.errors import BadInput
from core.snap.timestamps import calculator_timestamp, parse_timestamp

# Midtrans's published transaction-signature vector.
MIDTRANS_BODY = (
    '{"partnerReferenceNo":"2020102900000000000001","amount":{"value":"12345678.00",'
    '"currency":"IDR"},"feeAmount":{"value":"12345678.00","currency":"IDR"},'
    '"merchantId":"00007100010926","terminalId":"213141251124",'
    '"validityPeriod":"2009-07-03T12:08:56-07:00"}'
)
MIDTRANS_SIGNATURE = (
    "wmzT7yjg1SxxCsxNsFgCR9SYXiZGGbceF6fV8xe97sAMHxZ+7OEBMIBmvb6Sj6GcksGp3iv77DiomgSbcST3XQ=="
)


def test_sign_service_reproduces_midtranss_z_timestamp_vector(cli, tmp_path):
    (tmp_path / "secret.txt").write_text("myclientsecret\n")
    (tmp_path / "body.json").write_text(MIDTRANS_BODY)
    result = cli(
        "sign", "service", "--method", "POST", "--path", "/v1.0/qr/qr-mpm-generate",
        "--token", "myaccesstoken", "--client-secret-file", tmp_path / "secret.txt",
        "--body-file", tmp_path / "body.json", "--timestamp", "2024-03-05T10:37:16.196Z",
        "--encoding", "base64", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.json["signature_base64"] == MIDTRANS_SIGNATURE
    assert result.json["headers"]["X-TIMESTAMP"] == "2024-03-05T10:37:16.196Z"
    assert "not the form OVO expects" in result.err


@pytest.mark.parametrize("text", ["2023-09-06T05:02:58.247+07:00", "2023-09-06T05:02:58+07:00"])
def test_ovos_forms_sign_without_a_warning(text):
    assert calculator_timestamp(text) is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2024-03-05T10:37:16.196Z", "not the form OVO expects"),
        ("2024-03-05T10:37:16+00:00", "not the form OVO expects"),
        ("2024-03-05T03:37:16.196-07:00", "not the form OVO expects"),
        ("2024-03-05T10:37:16", "has no UTC offset"),
    ],
)
def test_other_iso_forms_are_signed_with_a_warning(text, says):
    assert says in calculator_timestamp(text)


@pytest.mark.parametrize(
    "text", ["yesterday", "2024-03-05", "2024-13-05T10:37:16Z", "2023-02-30T05:02:58.247+07:00"]
)
def test_what_is_not_a_date_and_time_is_refused(text):
    with pytest.raises(BadInput):
        calculator_timestamp(text)


def test_the_sandbox_and_the_calls_keep_the_strict_form():
    with pytest.raises(BadInput, match="not a SNAP timestamp"):
        parse_timestamp("2024-03-05T10:37:16.196Z")
