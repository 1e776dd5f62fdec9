"""Settings: every environment setting through apply_setting, all or nothing; a new
environment; the preferences (language, log retention); the banner's colours."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLineEdit

from core.environments import PRODUCTION, STAGING
from core.snap.profile import Service
from gui import i18n, style
from gui.app import Controller
from tests.gui.helpers import click, enter_production, run, type_into


def test_an_environment_is_changed_in_one_go_or_not_at_all(workspace, window):
    dialog = window.open_settings()
    dialog.select(STAGING)
    fields = dialog.fields
    fields["base_url"].setText("https://uat.partner.example")
    fields["channel_id"].setText("95221")
    fields["service_signature_encoding"].setCurrentText("base64")
    fields["timestamp_format"].setCurrentText("seconds")
    fields["read_timeout"].setValue(45)
    fields["path.topup_status"].setText("/OVOSNAP/v2.1/emoney/topup-status")
    dialog._add_header_row("account_inquiry", "X-SCOPE-ID", "customer_inquiry")
    click(dialog.save_env_button)
    assert dialog.env_message.property("kind") == "success"
    staging = workspace.environment(STAGING)
    assert staging.base_url == "https://uat.partner.example"
    assert staging.channel_id == "95221" and staging.read_timeout == 45
    assert staging.profile.service_signature_encoding.value == "base64"
    assert staging.profile.timestamp_format.value == "seconds"
    assert staging.profile.path(Service.TOPUP_STATUS) == "/OVOSNAP/v2.1/emoney/topup-status"
    assert staging.profile.custom_headers[Service.ACCOUNT_INQUIRY] == {
        "X-SCOPE-ID": "customer_inquiry"
    }
    assert staging.profile.custom_headers[Service.TOPUP] == {"X-SCOPE-ID": "customer_topup"}
    assert "Staging" in window.banner.combo.itemText(1)

    # A bad value: nothing at all is saved, and the message names the setting.
    fields["channel_id"].setText("1234567")
    fields["base_url"].setText("https://other.example")
    click(dialog.save_env_button)
    assert dialog.env_message.property("kind") == "error"
    assert "channel_id" in dialog.env_message.headline.text()
    saved = json.loads((workspace.home / "settings.json").read_text())
    assert saved["environments"][STAGING]["base_url"] == "https://uat.partner.example"
    dialog.close()


def test_a_new_environment_and_the_preferences(workspace, window):
    dialog = window.open_settings()
    dialog.select(STAGING)
    dialog.new_name.setText("Partner UAT")
    click(dialog.add_button)
    assert workspace.environment("Partner UAT").kind == "staging"
    assert window.banner.combo.findText("Partner UAT") >= 0
    dialog.tabs.setCurrentIndex(1)
    dialog.no_size_limit.setChecked(False)
    dialog.max_mb.setValue(50)
    dialog.any_age.setChecked(False)
    dialog.max_days.setValue(90)
    languages = []
    dialog.language_changed.connect(languages.append)
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    click(dialog.save_prefs_button)
    retention = workspace.retention()
    assert (retention.max_mb, retention.max_age_days) == (50, 90)
    assert workspace.settings.preferences["language"] == "id"
    assert languages == ["id"]
    dialog.close()


def test_the_banner_makes_production_unmistakable(workspace, window):
    window.banner.select("Sandbox")
    sandbox_style = window.banner.styleSheet()
    assert style.BANNER["sandbox"][0] in sandbox_style
    enter_production(window, PRODUCTION)
    assert style.BANNER["production"][0] in window.banner.styleSheet()
    assert window.banner.message.text().startswith("PRODUCTION")
    assert window.banner.message.font().bold()
    assert window.hub.environment == PRODUCTION


def test_what_was_typed_survives_a_change_of_language(workspace, qtbot, loop):
    controller = Controller(None, workspace)
    first = controller.window
    qtbot.addWidget(first)
    first.topup.form.number.setText("081234567890")
    first.topup.form.amount.setText("50.000")
    signature = first.signature
    signature.service_mode.setChecked(True)
    signature.method.setEditText("PATCH")
    signature.path.setText("/OVOSNAP/v2.0/emoney/topup")
    signature.request_body.setPlainText('{"amount": {"value": "50000.00"}}')
    signature.client_secret.edit.setText("typed secret")
    first.log.outcome.setCurrentIndex(2)
    first.show_tab("signature")

    controller.change_language("id")
    second = controller.window
    qtbot.addWidget(second)
    assert second.current_tab() == "signature" and second.tabs.tabText(4) == "Isi Saldo"
    form = second.topup.form
    assert (form.number.text(), form.amount.text()) == ("081234567890", "50.000")
    signature = second.signature
    assert signature.service_mode.isChecked() and not signature.token_mode.isChecked()
    assert signature.method.currentText() == "PATCH"
    assert signature.path.text() == "/OVOSNAP/v2.0/emoney/topup"
    assert signature.request_body.toPlainText() == '{"amount": {"value": "50000.00"}}'
    assert signature.client_secret.edit.text() == "typed secret"
    assert signature.client_secret.edit.echoMode() == QLineEdit.EchoMode.Password
    assert second.log.outcome.currentIndex() == 2
    for window in (first, second):
        window.allow_close = True
        window.close()


def test_changing_the_language_rebuilds_the_window_where_it_was(workspace, qtbot, loop):
    controller = Controller(None, workspace)
    first = controller.window
    qtbot.addWidget(first)
    first.banner.select(STAGING)
    first.show_tab("topup")
    controller.change_language("id")
    second = controller.window
    qtbot.addWidget(second)
    assert second is not first and not first.isVisible()
    assert second.environment() == STAGING and second.current_tab() == "topup"
    assert second.tabs.tabText(4) == "Isi Saldo"
    controller.change_language("en")
    assert controller.window.tabs.tabText(4) == "Top-up"
    assert i18n.current_language() == "en"
    for window in (first, second, controller.window):
        window.allow_close = True
        window.close()


def test_a_language_switch_keeps_the_top_up_page_and_the_log_selection(registered, qtbot, loop):
    controller = Controller(None, registered)
    first = controller.window
    qtbot.addWidget(first)
    topup = first.topup
    first.show_tab("topup")

    async def to_confirmation():
        type_into(topup.form.number, "081234567890")
        type_into(topup.form.amount, "50000")
        await topup.check_account()
        click(topup.form.continue_button)

    run(loop, to_confirmation())
    assert topup.stack.currentWidget() is topup.confirm
    log = first.log
    log.apply_filters()
    assert log.model.rowCount() >= 2
    log.table.selectRow(1)
    chosen = log.current_entry().id

    controller.change_language("id")
    second = controller.window
    qtbot.addWidget(second)
    assert second.current_tab() == "topup"
    confirm = second.topup.confirm
    assert second.topup.stack.currentWidget() is confirm
    assert confirm.total.text() == "Rp 51.000"
    assert confirm.send_button.text().startswith("&Isi")  # in the new language
    assert second.log.current_entry().id == chosen
    bar = second.tabs.tabBar()
    for index in range(bar.count()):  # no label cut ("Log API" once showed as ".og AP")
        text = bar.tabText(index).replace("&", "")
        assert bar.tabRect(index).width() >= bar.fontMetrics().horizontalAdvance(text), text
    for window in (first, second):
        window.allow_close = True
        window.close()
