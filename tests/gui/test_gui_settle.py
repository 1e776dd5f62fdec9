"""A window closed while a top-up waits for its answer: the next start checks that top-up
with the status call, says so above the tabs, and the Log shows the settled outcome on the
top-up's own row."""

from __future__ import annotations

import pytest

from core.environments import apply_setting
from core.journal import JournalFilter
from core.sandbox.app import SandboxConfig
from core.workspace import Workspace
from gui import tasks
from gui.main_window import MainWindow
from tests.gui.helpers import click, run, until
from tests.gui.test_gui_topup import inquire

SLOW = "081299000001"  # commits its top-up, then answers only after the fault delay


@pytest.fixture
def sandbox_config() -> SandboxConfig:
    return SandboxConfig(fault_delay=30)  # the window is closed long before


def test_a_top_up_cut_off_by_closing_is_settled_at_the_next_start(
    registered, window, loop, qtbot, sandbox_config
):
    topup = window.topup
    window.show_tab("topup")
    journal = registered.journal

    async def send_then_close():
        await inquire(topup, SLOW, "20000")
        click(topup.form.continue_button)
        click(topup.confirm.send_button)
        await until(lambda: journal.query(JournalFilter(service="38")), what="the top-up sent")
        await tasks.cancel_all()  # what closing the window does to the work still running

    run(loop, send_then_close())
    [sent] = journal.query(JournalFilter(service="38"))
    ref = sent.partner_reference_no
    window.clock.stop()
    window.close()
    loop.run_until_complete(registered.aclose())
    registered.close()

    # The next start, on the same home.
    again = Workspace(sandbox_config=sandbox_config)
    again.settings.put(apply_setting(again.environment("Sandbox"), "read_timeout", "1"))
    try:
        reopened = MainWindow(again)
        qtbot.addWidget(reopened)
        reopened.show()
        [settling] = reopened.settle_earlier_topups()
        notice = reopened.notice
        assert notice.isVisible()
        assert "Checking 1 earlier top-up(s) in Sandbox" in notice.headline.text()
        assert ref in notice.detail.text() and "never sends them again" in notice.detail.text()

        run(loop, settling)
        assert notice.headline.text() == "Earlier top-ups in Sandbox checked with the status call."
        assert f"{ref}: successful." in notice.detail.text()
        assert notice.property("kind") == "success"

        reopened.show_tab("log")
        model = reopened.log.model

        async def row_shown():
            await until(lambda: any(e.id == sent.id for e in model.entries), what="the row")

        run(loop, row_shown())
        row = next(e for e in model.entries if e.id == sent.id)
        assert model.text(row, "outcome").endswith("→ success (status)")
        reopened.clock.stop()
    finally:
        loop.run_until_complete(again.aclose())
        again.close()
