"""From an empty home to the success page on the Sandbox in at most ten user actions (a
click, a field typed, a key that matters, a dialog answered; Tab presses are free), as a
person does it: the real window, real widgets, the embedded sandbox over HTTP."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from core.journey import Step
from tests.conftest import PASSPHRASE
from tests.gui.helpers import run, until

BUDI = "081234567890"
MOST = 10


class Person:
    """Does what a user does to the focused widget, and counts what counts."""

    def __init__(self) -> None:
        self.actions: list[str] = []

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the focus"
        return widget

    def tab(self) -> None:  # free
        QTest.keyClick(self.focused(), Qt.Key.Key_Tab)

    def type(self, text: str, what: str) -> None:
        QTest.keyClicks(self.focused(), text)
        self.actions.append(f"type {what}")

    def enter(self, what: str) -> None:
        QTest.keyClick(self.focused(), Qt.Key.Key_Return)
        self.actions.append(f"Enter: {what}")

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.actions.append(f"click {button.text().replace('&', '')}")


def test_an_empty_home_reaches_the_success_page_in_ten_actions(window, workspace, loop):
    person = Person()
    journey = window.journey
    # Every step is on the page and explained; none is done; the passphrase is where
    # typing goes.
    assert window.current_tab() == "journey"
    assert all(row.isVisible() and row.detail.text() for row in journey.rows.values())
    assert journey.rows[Step.KEYS].property("next") == "true"
    assert person.focused() is journey.passphrase.edit

    async def rehearsal():
        person.type(PASSPHRASE, "the passphrase")
        person.tab()  # straight to Repeat: the Show buttons are not in the Tab chain
        assert person.focused() is journey.repeat.edit
        person.type(PASSPHRASE, "the passphrase again")
        person.enter("make both key pairs")
        await until(lambda: journey.facts[0].done, timeout=60, what="both key pairs")
        # Next: the credentials, done from the Journey's own button (it has the focus).
        row = journey.rows[Step.CREDENTIALS]
        assert row.property("next") == "true"
        assert person.focused() is row.button
        person.enter(row.button.text())
        creds = window.credentials
        assert window.current_tab() == "credentials"
        await until(lambda: workspace.is_set_up("Sandbox"), what="the sandbox's credentials")
        await until(lambda: creds.next_button.hasFocus(), what="the next step offered")
        assert creds.message.property("kind") == "success"
        assert creds.save_files_button.isVisible()  # the .enc files, to practise with
        person.click(creds.next_button)
        topup = window.topup
        assert window.current_tab() == "topup"
        assert person.focused() is topup.form.number
        person.type(BUDI, "the customer number")
        person.tab()
        person.type("50000", "the amount")
        person.enter("the account inquiry")
        await until(lambda: topup.form.continue_button.isEnabled(), what="the inquiry")
        person.enter("Continue")
        confirm = topup.confirm
        assert topup.stack.currentWidget() is confirm
        assert confirm.fee.text() == "Rp 1.000" and confirm.total.text() == "Rp 51.000"
        person.click(confirm.send_button)
        await until(lambda: topup.stack.currentWidget() is topup.result, what="the result")
        assert topup.result.title.text() == "Top-up successful"
        assert topup.result.code.text().startswith("2003800 - ")

    run(loop, rehearsal(), timeout=120)
    # The token was not a step of its own: the inquiry got one.
    assert workspace.client("Sandbox").tokens.minted == 1
    assert len(person.actions) <= MOST, person.actions


def test_the_sandboxs_enc_files_are_opened_as_ovos_will_be(registered, window, loop):
    creds = window.credentials
    window.show_tab("credentials")
    folder = registered.key_folder("Sandbox")

    async def practise():
        creds.sandbox_passphrase.edit.setText(PASSPHRASE)
        await creds.request_sandbox_credentials()
        creds.save_files_button.click()
        assert creds.key_file.path().name == "key.bin.enc"
        assert creds.cred_file.path().name == "cred_file.enc"
        assert creds.key_file.path().parent == registered.home / "inbox" / "Sandbox"
        assert creds.private_key.path() == folder / "id_rsa.pem"
        assert creds.passphrase.edit.hasFocus() or not window.isActiveWindow()
        creds.passphrase.edit.setText(PASSPHRASE)
        creds.decrypt_button.click()
        await until(lambda: creds.decrypt_button.isEnabled() and creds.message.isVisible())
        assert creds.message.property("kind") == "success", creds.message.headline.text()
        assert creds.message.headline.text() == "Decrypted cred_file.enc."
        assert creds.client_id.text() == registered.environment("Sandbox").client_id

    run(loop, practise())
