"""Settings: the optional body fields, the additionalInfo table, the presets and each
path's version, as the window shows and saves them."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QTableWidgetItem

from core.environments import STAGING
from core.snap.profile import OVO, Service
from tests.gui.helpers import click

SAMPLE_INFO = {"preInquiryFlag": "N", "senderInstitutionID": "999"}


def test_each_path_shows_its_version_and_whether_it_is_ovos(workspace, window):
    dialog = window.open_settings()
    dialog.select(STAGING)
    notes = dialog.path_notes
    assert notes[Service.TOPUP].text() == "v2.0, OVO's published path"
    assert notes[Service.ACCESS_TOKEN].text() == "v1.0, OVO's published path"
    dialog.fields["path.topup"].setText("/OVOSNAP/v1.0/emoney/topup")
    assert notes[Service.TOPUP].text() == "v1.0, changed from OVO's published v2.0"
    dialog.fields["path.topup"].setText("/topup")
    assert notes[Service.TOPUP].text() == "no version, changed from OVO's published v2.0"
    dialog.close()


def test_the_ovo_sample_preset_is_filled_in_and_kept_on_save(workspace, window):
    dialog = window.open_settings()
    dialog.select(STAGING)
    dialog.preset.setCurrentIndex(dialog.preset.findData("ovo-sample"))
    click(dialog.fill_preset_button)
    assert dialog.env_message.property("kind") == "info"
    assert "/OVOSNAP/v1.0/emoney/topup" in dialog.env_message.detail.text()
    assert workspace.environment(STAGING).profile == OVO  # nothing saved yet
    click(dialog.save_env_button)
    assert dialog.env_message.property("kind") == "success"
    profile = workspace.environment(STAGING).profile
    assert profile.additional_info == {Service.TOPUP: SAMPLE_INFO}
    assert not profile.topup_fee_amount and not profile.topup_session_id
    assert profile.topup_customer_name == "none"
    assert profile.paths == OVO.paths  # the preset leaves paths alone

    # Shown again when the environment is shown again; a removed row is removed on save.
    dialog.select("Sandbox")
    dialog.select(STAGING)
    table = dialog.additional_info
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows == SAMPLE_INFO
    assert not dialog.fields["topup.fee_amount"].isChecked()
    table.setCurrentCell(0, 0)
    table.removeRow(0)
    dialog.fields["topup.customer_name"].setCurrentIndex(
        dialog.fields["topup.customer_name"].findData("inquiry")
    )
    click(dialog.save_env_button)
    profile = workspace.environment(STAGING).profile
    assert len(profile.additional_info[Service.TOPUP]) == 1
    assert profile.topup_customer_name == "inquiry"

    # The defaults preset gives back the workbench's defaults.
    dialog.preset.setCurrentIndex(dialog.preset.findData("snap-default"))
    click(dialog.fill_preset_button)
    click(dialog.save_env_button)
    assert workspace.environment(STAGING).profile == OVO
    dialog.close()


def test_a_bad_additional_info_entry_saves_nothing_and_names_the_setting(workspace, window):
    dialog = window.open_settings()
    dialog.select(STAGING)
    before = (workspace.home / "settings.json").read_bytes()
    dialog.fields["topup.session_id"].setChecked(False)
    dialog.additional_info.insertRow(0)
    for column, text in enumerate(("topup", "pre inquiry", "N")):
        dialog.additional_info.setItem(0, column, QTableWidgetItem(text))
    click(dialog.save_env_button)
    assert dialog.env_message.property("kind") == "error"
    assert "additional_info.topup.pre inquiry" in dialog.env_message.headline.text()
    assert (workspace.home / "settings.json").read_bytes() == before
    assert json.loads(before)["environments"][STAGING]["profile"]["topup_session_id"] is True
    dialog.close()
