"""The whole SOP rehearsed through the window, against the embedded sandbox over HTTP:
keys made, sandbox credentials requested and decrypted, a token, the inquiry, the
confirmation, the top-up, the success page, and the journey's steps ticked off."""

from __future__ import annotations

import httpx

from core import keys
from core.client import TokenState
from core.journey import Step
from core.sandbox import LEDGER_PATH
from tests.conftest import PASSPHRASE
from tests.gui.helpers import click, run, type_into, until

BUDI = "081234567890"


def test_the_whole_sop_through_the_widgets(window, workspace, loop):
    async def rehearsal():
        # Journey: nothing done; its first step is next (the Keys tab does it too).
        journey = window.journey
        assert journey.rows[Step.KEYS].property("next") == "true"
        window.show_tab("keys")
        assert window.current_tab() == "keys"

        # Keys: the exchange pair with a passphrase, then the signing pair without.
        tab = window.keys
        exchange, signing = tab.exchange_card, tab.signing_card
        type_into(exchange.passphrase.edit, PASSPHRASE)
        type_into(exchange.repeat.edit, PASSPHRASE)
        click(exchange.generate)
        await until(lambda: "Ready" in exchange.state.text(), what="the exchange pair")
        assert not signing.protect.isChecked()
        click(signing.generate)
        await until(lambda: "Ready" in signing.state.text(), what="the signing pair")
        folder = workspace.key_folder("Sandbox")
        for name in ("id_rsa.pem", "id_rsa.pub.pem", "private.pem", "public.pem"):
            assert (folder / name).exists(), name
        assert b"ENCRYPTED" in (folder / "id_rsa.pem").read_bytes()
        assert (folder / "private.pem").read_bytes().startswith(b"-----BEGIN RSA PRIVATE KEY")
        fingerprint = keys.fingerprint(
            keys.load_key((folder / "public.pem").read_bytes()).public_key
        )
        assert fingerprint[:23] in signing.fingerprint.text()

        # Credentials: the one-button rehearsal of the exchange.
        window.show_tab("credentials")
        creds = window.credentials
        assert creds.sandbox_card.isVisible()
        type_into(creds.sandbox_passphrase.edit, PASSPHRASE)
        click(creds.request_button)
        await until(lambda: creds.result_card.isVisible(), what="the decrypted record")
        assert creds.message.property("kind") == "success"
        client_id = workspace.environment("Sandbox").client_id
        assert client_id and creds.client_id.text() == client_id
        secret = workspace.stored_client_secret("Sandbox")
        assert secret and secret not in creds.secret.value.text()  # masked
        click(creds.secret.reveal)
        assert creds.secret.value.text() == secret  # from memory, on request
        click(creds.secret.reveal)
        assert secret not in creds.secret.value.text()

        # Token: one click, the countdown starts near 15:00 and the status bar shows it.
        window.show_tab("token")
        click(window.token.get_button)
        await until(lambda: window.clock.status.state is TokenState.VALID, what="a token")
        window.clock.tick()
        assert window.token.countdown.text() in ("15:00", "14:59", "14:58")
        assert window.status.token.text().startswith("Token 1")
        token = window.clock.status.token
        assert token.value not in window.token.token.value.text()

        # Top-up: inquiry first; the top-up button opens only after it.
        window.show_tab("topup")
        topup = window.topup
        form = topup.form
        type_into(form.number, BUDI)
        type_into(form.amount, "50000")
        assert not form.continue_button.isEnabled()
        click(form.inquiry_button)
        await until(lambda: form.continue_button.isEnabled(), what="the inquiry")
        assert form.name.text() == "B**i S****so"
        assert "Rp 10.000" in form.limits.text() and "Rp 20.000.000" in form.limits.text()
        click(form.continue_button)
        confirm = topup.confirm
        assert topup.stack.currentWidget() is confirm
        assert confirm.destination.text() == "B**i S****so (XXXXXXXX7890)"
        assert confirm.amount.text() == "Rp 50.000"
        assert confirm.fee.text() == "Rp 1.000"
        assert confirm.total.text() == "Rp 51.000"
        click(confirm.send_button)
        result = topup.result
        await until(lambda: topup.stack.currentWidget() is result, what="the result page")
        assert result.title.text() == "Top-up successful"
        assert result.amount.text() == "Rp 50.000"
        assert result.code.text().startswith("2003800 - ")
        reference = result.partner_reference.text()
        assert reference and result.reference.text() not in ("", "-")

        ledger = httpx.get(
            f"{workspace.sandbox().url}{LEDGER_PATH}", params={"customerNumber": BUDI}
        ).json()
        assert [c["partnerReferenceNo"] for c in ledger["transactions"]] == [reference]

        # The journey now shows six steps done; the UAT scenarios are next.
        journey.refresh()
        done = {facts.step for facts in journey.facts if facts.done}
        assert done == set(Step) - {Step.UAT}
        assert journey.rows[Step.UAT].property("next") == "true"

    run(loop, rehearsal())
