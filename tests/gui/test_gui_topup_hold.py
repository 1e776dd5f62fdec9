"""A damaged journal that may hold unsettled top-ups holds new ones back in the window too,
before the inquiry, and the window offers the way out: check them, then release the hold."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from core.journal import JournalFilter
from tests.gui.helpers import click, run, type_into, until

BUDI = "081234567890"


def hold(home) -> None:
    """As a journal found damaged leaves it: the hold file naming what it may hold."""
    from core import journal_damage

    journal_damage._write(
        home,
        [
            journal_damage.Hold(
                str(home / "journal.damaged-20261201-080000.sqlite3"),
                str(home / "journal.sqlite3"),
                0.0,
                "file is not a database",
                [{"partner_reference_no": "2026112800000000001", "environment": "Sandbox",
                  "customer_number": BUDI, "amount": "50000", "state": "pending"}],
                True,
            )
        ],
    )  # fmt: skip


def test_the_hold_is_shown_before_the_inquiry_and_released_from_the_window(
    registered, window, loop, home
):
    hold(home)
    topup = window.topup
    form = topup.form
    window.show_tab("topup")
    type_into(form.number, BUDI)
    type_into(form.amount, "50000")

    async def refused():
        click(form.inquiry_button)
        await until(lambda: form.release_button.isVisible(), what="the release button")

    run(loop, refused())
    assert form.message.property("kind") == "error"
    assert "New top-ups are on hold" in form.message.headline.text()
    assert "2026112800000000001" in form.message.headline.text()
    assert "Look up a top-up by reference" in form.message.detail.text()
    assert registered.journal.count(JournalFilter(service="37")) == 0  # nothing was asked

    click(form.release_button)
    box = QApplication.activeModalWidget() or topup.question
    assert isinstance(box, QMessageBox)
    assert "credited twice" in box.text()
    [release] = [b for b in box.buttons() if "release" in b.text()]
    click(release)
    assert not (home / "journal.damaged.json").exists()
    assert not form.release_button.isVisible()
    assert form.message.headline.text() == "The hold is released: new top-ups are possible again."

    async def inquired():
        click(form.inquiry_button)
        await until(lambda: form.continue_button.isEnabled(), what="the inquiry")

    run(loop, inquired())
