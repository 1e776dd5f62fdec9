"""The Signature tab: the same values as the `sign` calculator, and a check that says
whether a pasted signature matches and where it differs."""

from __future__ import annotations

import hashlib
import hmac

from core import keys
from core.snap.signatures import sign_service_request, sign_token_request
from tests.gui.helpers import click, place_keys, run

TIMESTAMP = "2023-09-06T05:02:58.247+07:00"
BODY = '{ "partnerReferenceNo": "2023090600000001", "amount": {"value": "10000.00"} }'


def test_the_token_signature_and_its_check(workspace, partner_keys, window, loop):
    folder = place_keys(workspace, partner_keys)
    window.show_tab("signature")
    tab = window.signature
    tab.client_id.setText("oamerchantam")
    tab.token_timestamp.setText(TIMESTAMP)
    tab.private_key.set_path(folder / "private.pem")
    run(loop, tab.calculate())
    private = keys.require_rsa(
        keys.load_key((folder / "private.pem").read_bytes()), keys.Role.SIGNING
    )
    expected = sign_token_request(private, "oamerchantam", TIMESTAMP)
    assert tab.string_to_sign.text() == f"oamerchantam|{TIMESTAMP}"
    assert tab.signature_base64.text() == expected.base64
    assert tab.signature_hex.text() == expected.hex
    assert "X-SIGNATURE" in tab.base64_caption.text()  # base64 is what OVO expects here
    tab.given.setText(expected.base64)
    click(tab.verify_button)
    assert tab.verdict.text() == "✓ The signatures match."
    tab.given.setText(expected.hex)
    click(tab.verify_button)
    assert "written in hex" in tab.verdict.text()


def test_the_service_signature_shows_every_value_and_names_a_slip(workspace, window):
    window.show_tab("signature")
    tab = window.signature
    click(tab.service_mode)
    assert tab.minified.isVisible() and tab.body_hash.isVisible()
    tab.path.setText("/OVOSNAP/v2.0/emoney/topup")
    tab.access_token.edit.setText("token-value-0123456789")
    tab.client_secret.edit.setText("client-secret-value")
    tab.request_body.setPlainText(BODY)
    tab.service_timestamp.setText(TIMESTAMP)
    click(tab.calculate_button)
    expected = sign_service_request(
        "client-secret-value", "POST", "/OVOSNAP/v2.0/emoney/topup",
        "token-value-0123456789", BODY, TIMESTAMP,
    )  # fmt: skip
    assert tab.minified.text() == expected.minified_body.decode()
    assert tab.body_hash.text() == expected.body_hash
    assert tab.signature_hex.text() == expected.hex
    assert "token-value-0123456789" not in tab.string_to_sign.text()  # masked on screen
    assert expected.body_hash in tab.string_to_sign.text()
    # A partner's code that hashed the body as typed, not minified (computed here by hand):
    typed_hash = hashlib.sha256(BODY.encode()).hexdigest()
    slipped = hmac.new(
        b"client-secret-value",
        f"POST:/OVOSNAP/v2.0/emoney/topup:token-value-0123456789:{typed_hash}:{TIMESTAMP}".encode(),
        hashlib.sha512,
    ).hexdigest()
    tab.given.setText(slipped)
    click(tab.verify_button)
    assert tab.verdict.text().startswith("✕ The signatures differ from byte")
    assert "minify the body before hashing it" in tab.verdict.text()
    assert slipped[:8] in tab.difference.text() or "given" in tab.difference.text()
    tab.given.setText("not a signature!")
    click(tab.verify_button)
    assert tab.verdict.text() == "✕ This is neither hex nor base64."
