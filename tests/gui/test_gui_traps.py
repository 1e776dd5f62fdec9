"""The dead ends a non-developer walked into (issue 14's traps), each as a user meets it,
against the real window and the embedded sandbox."""

from __future__ import annotations

from datetime import datetime

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from core import keys
from core.client import TokenState
from core.snap.timestamps import JAKARTA
from gui.tabs import token as token_tab
from tests.conftest import PASSPHRASE
from tests.gui.helpers import click, place_keys, run, type_into, until
from tests.gui.test_gui_topup import BUDI, inquire

OTHER = "a passphrase of its own"


# --- 1. a signing key with a passphrase of its own -------------------------------------------


def test_a_signing_key_with_its_own_passphrase_is_named_and_asked_for(
    workspace, partner_keys, window, loop
):
    folder = place_keys(workspace, partner_keys)
    plain = keys.load_key((folder / "private.pem").read_bytes())
    (folder / "private.pem").write_bytes(
        plain.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.BestAvailableEncryption(OTHER.encode()),
        )
    )
    window.show_tab("credentials")
    creds = window.credentials
    assert not creds.signing_passphrase.isVisible()

    async def scenario():
        type_into(creds.sandbox_passphrase.edit, PASSPHRASE)
        click(creds.request_button)
        await until(lambda: creds.message.isVisible() and creds.request_button.isEnabled())
        headline = creds.message.headline.text()
        assert "id_rsa.pem" in headline and "private.pem" in headline, headline
        assert creds.signing_passphrase.isVisible()
        assert QApplication.focusWidget() is creds.signing_passphrase.edit
        QTest.keyClicks(creds.signing_passphrase.edit, OTHER)
        type_into(creds.sandbox_passphrase.edit, PASSPHRASE)
        click(creds.request_button)
        await until(lambda: creds.result_card.isVisible(), what="the credentials")
        assert creds.message.property("kind") == "success"
        assert workspace.is_set_up("Sandbox")

    run(loop, scenario())


# --- 2. the key folder is not a place to type into ------------------------------------------


def test_typing_on_keys_goes_to_the_passphrase_never_into_the_key_folder(
    workspace, window, tmp_path
):
    default = workspace.key_folder("Sandbox")
    window.show_tab("keys")
    tab = window.keys
    QTest.keyClicks(QApplication.focusWidget(), "typed straight away")
    assert tab.exchange_card.passphrase.text() == "typed straight away"
    assert tab.folder_field.edit.text() == str(default)
    assert tab.folder_field.edit.isReadOnly()
    assert not tab.folder_field.edit.isClearButtonEnabled()
    assert not tab.default_folder_button.isVisible()

    # Chosen with Change… elsewhere, the way back to the default is one click.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    tab.folder_field.set_path(elsewhere)
    assert workspace.key_folder("Sandbox") == elsewhere
    click(tab.default_folder_button)
    assert workspace.key_folder("Sandbox") == default
    assert tab.folder_field.edit.text() == str(default)
    assert not tab.default_folder_button.isVisible()


# --- 3. Production only after a yes ---------------------------------------------------------


def test_arrow_keys_on_the_environment_box_never_enter_production_unasked(window):
    combo = window.banner.combo
    assert [combo.itemText(i) for i in range(3)] == ["Sandbox", "Staging", "Production"]
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert window.hub.environment == "Staging"
    QTest.keyClick(combo, Qt.Key.Key_Down)
    question = window.banner.question
    assert question is not None and question.isVisible()
    assert window.hub.environment == "Staging" and combo.currentText() == "Staging"
    assert "Production" not in window.banner.message.text().title()
    click(question.reject_button)
    assert window.hub.environment == "Staging"

    combo.setCurrentIndex(2)  # the mouse wheel, a click in the list: the same question
    question = window.banner.question
    assert question.isVisible() and window.hub.environment == "Staging"
    click(question.accept_button)
    assert window.hub.environment == "Production"
    assert window.banner.message.text().startswith("PRODUCTION")


# --- 5. one token call at a time, and none while a fresh token is held ----------------------


def test_token_offers_one_button_per_state_and_never_a_token_per_click(
    registered, window, loop, monkeypatch
):
    tab = window.token
    window.show_tab("token")
    client = registered.client("Sandbox")
    assert tab.get_button.isVisible() and not tab.refresh_button.isVisible()

    async def scenario():
        for _ in range(3):
            QTest.mouseClick(tab.get_button, Qt.MouseButton.LeftButton)
        await until(lambda: window.clock.status.state is TokenState.VALID, what="a token")
        window.clock.tick()
        assert client.tokens.minted == 1
        assert not tab.get_button.isVisible() and tab.refresh_button.isVisible()
        assert not tab.refresh_button.isEnabled()  # a fresh token is not replaced
        await tab.get_token(force=True)  # however it is asked for
        assert client.tokens.minted == 1
        assert tab.message.headline.text() == "The kept token is still valid; it was not renewed."

        # Out of its first minute: one refresh, however many times it is asked for.
        monkeypatch.setattr(token_tab, "FRESH_SECONDS", 0)
        window.clock.tick()
        assert tab.refresh_button.isEnabled()
        calls = [tab.get_token(force=True) for _ in range(3)]
        assert calls[0] is calls[1] is calls[2]
        assert not tab.refresh_button.isEnabled()
        await calls[0]
        assert client.tokens.minted == 2
        assert tab.message.headline.text() == "Got a new access token from Sandbox."

    run(loop, scenario())


# --- 6. Invalid Amount names the limits it can know -----------------------------------------


def test_invalid_amount_names_the_limits_of_an_earlier_inquiry(registered, window, loop):
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        await inquire(topup, BUDI, "50000")
        assert topup.form.continue_button.isEnabled()
        await inquire(topup, BUDI, "5000")
        message = topup.form.message
        assert message.headline.text() == "4043713 - Invalid Amount"
        assert "Rp 10.000" in message.detail.text() and "Rp 20.000.000" in message.detail.text()
        assert "Rp 10.000" in topup.form.limits.text()

    run(loop, scenario())


# --- 7. a long wait explained, and a way to stop waiting ------------------------------------


@pytest.fixture
def sandbox_config():
    from core.sandbox.app import SandboxConfig

    return SandboxConfig(fault_delay=20)


def test_a_long_wait_is_explained_holds_the_window_and_can_be_stopped(registered, window, loop):
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        await inquire(topup, "081299000001", "50000")
        click(topup.form.continue_button)
        click(topup.confirm.send_button)
        sending = topup.sending
        assert topup.stack.currentWidget() is sending
        assert "cannot be cancelled" in sending.explanation.text()
        assert not window.banner.combo.isEnabled()
        assert [window.tabs.isTabEnabled(i) for i in range(7)] == [False] * 4 + [True, False, False]
        await until(lambda: registered.unsettled_topups("Sandbox"), what="the top-up to leave")
        click(sending.stop_button)
        result = topup.result
        await until(lambda: window.banner.combo.isEnabled(), what="the window to be free")
        assert topup.stack.currentWidget() is result
        assert result.title.text() == "Outcome unknown"
        assert "You stopped waiting" in result.note.text()
        assert result.note.objectName() != "muted"  # not small grey text
        assert result.status_button.isVisible()
        assert all(window.tabs.isTabEnabled(i) for i in range(7))
        assert registered.unsettled_topups("Sandbox") == [result.partner_reference.text()]

    run(loop, scenario())


# --- 8. Enter presses the focused button ---------------------------------------------------


def test_enter_alone_carries_the_top_up_from_the_inquiry_to_a_new_one(registered, window, loop):
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        type_into(topup.form.number, BUDI)
        type_into(topup.form.amount, "50000")
        QTest.keyClick(topup.form.amount, Qt.Key.Key_Return)  # the inquiry
        await until(lambda: topup.form.continue_button.isEnabled(), what="the inquiry")
        assert QApplication.focusWidget() is topup.form.continue_button
        QTest.keyClick(topup.form.continue_button, Qt.Key.Key_Return)
        assert topup.stack.currentWidget() is topup.confirm
        assert QApplication.focusWidget() is topup.confirm.send_button
        QTest.keyClick(topup.confirm.send_button, Qt.Key.Key_Enter)
        await until(lambda: topup.stack.currentWidget() is topup.result, what="the result")
        assert topup.result.title.text() == "Top-up successful"
        assert QApplication.focusWidget() is topup.result.new_button
        QTest.keyClick(topup.result.new_button, Qt.Key.Key_Return)
        assert topup.stack.currentWidget() is topup.form

    run(loop, scenario())


# --- 9. times in WIB, no stale banners, Show becomes Hide, nothing typed lingers ------------


def test_token_times_are_in_wib_as_in_the_log(registered, window, loop):
    tab = window.token
    window.show_tab("token")
    run(loop, tab.get_token(force=False))
    window.clock.tick()
    issued = window.clock.status.token.issued_at
    assert tab.issued.text() == datetime.fromtimestamp(issued, JAKARTA).strftime("%H:%M:%S WIB")


def test_banners_do_not_outlive_what_they_say(registered, window, loop):
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        await inquire(topup, BUDI, "50000")
        assert "Continue" in topup.form.message.detail.text()
        type_into(topup.form.amount, "60000")
        assert not topup.form.continue_button.isEnabled()
        assert not topup.form.message.isVisible()

    run(loop, scenario())

    window.show_tab("credentials")
    creds = window.credentials
    creds.decrypt()  # nothing chosen: an error
    assert creds.message.isVisible() and creds.message.property("kind") == "error"
    window.banner.select("Staging")
    assert not creds.message.isVisible()


def test_show_becomes_hide_and_a_cancelled_regeneration_forgets_the_passphrases(registered, window):
    window.show_tab("keys")
    card = window.keys.exchange_card
    type_into(card.passphrase.edit, "new passphrase")
    type_into(card.repeat.edit, "new passphrase")
    click(card.passphrase.toggle)
    assert card.passphrase.toggle.text() == "Hide"
    assert card.passphrase.edit.echoMode() is QLineEdit.EchoMode.Normal
    click(card.passphrase.toggle)
    assert card.passphrase.toggle.text() == "Show"
    click(card.generate)
    question = window.keys.last_question
    assert question is not None and question.isVisible()
    click(question.reject_button)
    assert card.passphrase.text() == "" and card.repeat.text() == ""


# --- layout: dialogs show what they hold ------------------------------------------------------


def test_the_e_mail_for_ovo_shows_whole_fingerprints_and_about_is_readable(
    registered, window, tmp_path
):
    window.show_tab("keys")
    dialog = window.keys.export_to(tmp_path / "to-ovo")
    assert dialog is not None and dialog.isVisible()
    QApplication.processEvents()
    text = dialog.text
    assert not text.horizontalScrollBar().isVisible() or text.horizontalScrollBar().maximum() == 0
    dialog.close()
    window.show_about()
    QApplication.processEvents()
    about = window.about_box
    informative = next(
        label for label in about.findChildren(QLabel) if "Home folder" in label.text()
    )
    assert informative.width() >= 440
    about.close()
