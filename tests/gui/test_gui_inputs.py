"""The Top-up tab reads the number and amount with the command line's strict parsers:
what they refuse is refused here too, with the reason, and nothing is sent."""

from __future__ import annotations

import pytest

from core.journal import JournalFilter
from tests.gui.helpers import click, type_into

BUDI = "081234567890"


@pytest.mark.parametrize(
    ("number", "amount", "headline"),
    [
        (BUDI, "50.000,50", "'50.000,50' has a fraction of a rupiah"),
        (BUDI, "0.001", "'0.001' is not an amount in whole rupiah"),
        (BUDI, "1.2.3", "'1.2.3' is not an amount in whole rupiah"),
        (BUDI, "", "No amount was given"),
        ("0812", "50000", "'0812' is not an OVO number"),
        ("", "50000", "No customer number was given"),
    ],
)
def test_what_the_parsers_refuse_the_window_refuses_with_the_reason(
    workspace, window, number, amount, headline
):
    topup, form = window.topup, window.topup.form
    window.show_tab("topup")
    topup.new_topup()
    type_into(form.number, number)
    type_into(form.amount, amount)
    click(form.inquiry_button)
    assert form.message.isVisible()
    assert form.message.property("kind") == "error"
    assert form.message.headline.text().startswith(headline)
    assert not form.continue_button.isEnabled()
    assert workspace.journal.count(JournalFilter()) == 0  # nothing was sent


def test_a_whole_amount_typed_with_zero_decimals_is_shown_grouped(workspace, window):
    form = window.topup.form
    window.show_tab("topup")
    type_into(form.amount, "50000,00")
    form.number.setFocus()  # leaving the field finishes the editing
    form.amount.editingFinished.emit()
    assert form.amount.text() == "50.000"
