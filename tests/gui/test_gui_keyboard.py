"""Every action without a mouse: the Tab chain of each tab in reading order, every button
on it, mnemonics unique per page, Ctrl+1..7 for the tabs, and a top-up by keyboard."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from gui.main_window import TAB_KEYS
from tests.gui.helpers import run, until


def focus_chain(window, key: str) -> list[QWidget]:
    """Press Tab from the tab's first field until focus leaves the page."""
    window.show_tab(key)
    QApplication.processEvents()
    page = window.pages[key]
    widget = QApplication.focusWidget()
    assert widget is not None and page.isAncestorOf(widget), key
    chain = []
    while page.isAncestorOf(widget) and widget not in chain:
        chain.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    return chain


def expected_chains(window) -> dict[str, list[QWidget]]:
    journey, keys, creds, token = window.journey, window.keys, window.credentials, window.token
    topup, log, sig = window.topup.form, window.log, window.signature
    exchange, signing = keys.exchange_card, keys.signing_card
    return {
        "journey": [row.button for row in journey.rows.values() if row.button.isVisibleTo(row)],
        "keys": [
            exchange.passphrase.edit, exchange.repeat.edit, exchange.generate,
            signing.protect, signing.generate,
            keys.folder_field.browse, keys.next_button, keys.import_button, keys.export_button,
            keys.commands_button,
        ],
        "credentials": [
            creds.next_button, creds.sandbox_passphrase.edit, creds.request_button,
            creds.key_file.edit, creds.key_file.browse, creds.cred_file.edit,
            creds.cred_file.browse, creds.private_key.edit, creds.private_key.browse,
            creds.passphrase.edit, creds.decrypt_button,
        ],
        "token": [  # a fresh token: Get token is not offered, Refresh now not yet
            token.token.reveal, token.token.copy, token.auto,
        ],
        "topup": [topup.number, topup.amount, topup.inquiry_button, topup.lookup_button],
        "log": [
            log.search, log.environment, log.service, log.outcome, log.period, log.table,
            log.detail_tabs.tabBar(), log.detail_tabs.currentWidget(), log.shell,
            log.with_token, log.copy_curl, log.export_button,
        ],
        "signature": [
            sig.token_mode, sig.client_id, sig.token_timestamp, sig.token_now,
            sig.private_key.edit, sig.private_key.browse, sig.key_passphrase.edit,
            sig.token_encoding, sig.calculate_button,
            sig.fill_button, sig.given, sig.verify_button, sig.string_to_sign.copy,
            sig.signature_hex.copy, sig.signature_base64.copy,
        ],
    }  # fmt: skip


@pytest.fixture
def with_a_token(registered, window, loop):
    """A token and a journal entry, so the Token and Log tabs have their buttons enabled."""
    run(loop, window.token.get_token(force=False))
    window.clock.tick()
    window.log.apply_filters()
    return window


def test_each_tab_is_walked_with_tab_in_reading_order(with_a_token):
    window = with_a_token
    window.activateWindow()
    for key, expected in expected_chains(window).items():
        chain = focus_chain(window, key)
        assert chain == expected, (key, [_name(w) for w in chain])


def test_every_visible_button_is_in_its_tab_chain(with_a_token):
    window = with_a_token
    for key in TAB_KEYS:
        chain = focus_chain(window, key)
        page = window.pages[key]
        for button in page.findChildren(QAbstractButton):
            focusable = button.focusPolicy() & Qt.FocusPolicy.TabFocus
            if focusable and button.isEnabled() and _shown(button, page):
                assert button in chain, (key, button.text())


@pytest.mark.parametrize("language", ["en", "id"])
def test_mnemonics_are_unique_on_each_page_and_primary_buttons_have_one(
    workspace, qtbot, loop, language
):
    from gui import i18n
    from gui.main_window import MainWindow

    assert i18n.install(language) == language
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    # The window's own: Environment, Settings and the menus, in this language.
    window_letters = {
        _mnemonic(text)
        for text in [window.banner.caption.text(), window.banner.settings_button.text()]
        + [action.text() for action in window.menuBar().actions()]
    }
    assert None not in window_letters and len(window_letters) == 4, window_letters
    pages = {key: window.pages[key] for key in TAB_KEYS}
    pages["topup-confirmation"] = window.topup.confirm
    pages["topup-result"] = window.topup.result
    pages["topup-lookup"] = window.topup.lookup
    for name, page in pages.items():
        window.show_tab(name.split("-")[0])
        if page in (window.topup.confirm, window.topup.result, window.topup.lookup):
            window.topup.stack.setCurrentWidget(page)
        letters: dict[str, str] = {}
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(page) or not isinstance(widget, QLabel | QAbstractButton):
                continue
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue
            letter = _mnemonic(widget.text())
            if widget.property("primary") == "true":
                assert letter, (language, name, widget.text())
            if letter:
                assert letter not in window_letters, (language, name, widget.text())
                assert letter not in letters, (language, name, widget.text(), letters[letter])
                letters[letter] = widget.text()
        assert letters, name
    window.clock.stop()


def test_tabs_and_the_environment_have_shortcuts(window):
    window.activateWindow()
    for number, key in enumerate(TAB_KEYS, start=1):
        QTest.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.current_tab() == key
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.banner.combo
    assert "Ctrl+5" in window.tabs.tabToolTip(4)


def test_a_top_up_by_keyboard_alone(registered, window, loop):
    window.activateWindow()
    form = window.topup.form

    async def scenario():
        QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is form.number
        QTest.keyClicks(form.number, "081234567890")
        QTest.keyClick(form.number, Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), "50000")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: inquiry
        await until(lambda: form.continue_button.isEnabled())
        assert QApplication.focusWidget() is form.continue_button
        QTest.keyClick(form.continue_button, Qt.Key.Key_Space)
        confirm = window.topup.confirm
        assert window.topup.stack.currentWidget() is confirm
        assert QApplication.focusWidget() is confirm.send_button
        QTest.keyClick(confirm.send_button, Qt.Key.Key_Space)
        await until(lambda: window.topup.stack.currentWidget() is window.topup.result)
        assert window.topup.result.title.text() == "Top-up successful"
        assert QApplication.focusWidget() is window.topup.result.new_button

    run(loop, scenario())


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _shown(widget: QWidget, page: QWidget) -> bool:
    """Visible on the page as it stands (not on a hidden page of a stack)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if not parent.isVisible():
            return False
        parent = parent.parentWidget()
    return widget.isVisible()


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return f"{type(widget).__name__}:{text() if callable(text) else ''}"


def test_a_passphrase_then_tab_then_its_repeat_lands_in_the_repeat_field(window):
    """Typed as a person does at first start: passphrase, Tab, the same again. The Show
    buttons are not in the way (a space typed on one would show the passphrase)."""
    window.show_tab("journey")
    QApplication.processEvents()
    row = window.journey
    assert QApplication.focusWidget() is row.passphrase.edit
    QTest.keyClicks(row.passphrase.edit, "correct horse")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.repeat.edit
    QTest.keyClicks(row.repeat.edit, "correct horse")
    assert row.repeat.text() == row.passphrase.text() == "correct horse"
    assert not row.passphrase.toggle.isChecked()
