"""The Top-up tab against the sandbox: the SOP's refusals as `CODE - Message`, the inquiry
gate, unknown outcomes resolved by status, Production's question, the status lookup."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from core.credentials import Credentials
from core.environments import PRODUCTION
from core.journal import JournalFilter
from core.sandbox import LEDGER_PATH
from tests.gui.helpers import click, enter_production, run, type_into, until
from tests.tls_sandbox import TlsSandbox

BUDI = "081234567890"

# The SOP's refusal cases, each with the advice the user reads beneath it.
REFUSALS = [
    ("081200000001", "50000", "4033718 - Customer Account Not Found", "Check the OVO number"),
    ("081200000002", "50000", "4033705 - Account or User Status is Inactive", "inactive"),
    ("081200000003", "50000", "4033702 - Exceeds Transaction Amount Limit", "limit"),
    (BUDI, "5000", "4043713 - Invalid Amount", "OVO's published minimum and maximum"),
]


async def inquire(topup, number: str, amount: str) -> None:
    topup.new_topup()
    type_into(topup.form.number, number)
    type_into(topup.form.amount, amount)
    click(topup.form.inquiry_button)
    await until(lambda: topup.form.message.isVisible() and topup.form.inquiry_button.isEnabled())


def test_each_sop_refusal_reads_code_dash_message(registered, window, loop):
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        for number, amount, shown, advice in REFUSALS:
            await inquire(topup, number, amount)
            message = topup.form.message
            assert message.property("kind") == "error"
            assert message.headline.text() == shown  # as OVO sends it
            assert advice in message.detail.text()
            assert not topup.form.continue_button.isEnabled()
            assert not topup.form.inquiry_card.isVisible()

    run(loop, scenario())
    window.journey.refresh()
    uat = window.journey.facts[-1]
    assert uat.done and uat.counts == (4, 4)


def test_the_top_up_stays_shut_until_an_inquiry_of_that_number_and_amount(registered, window, loop):
    topup = window.topup
    form = topup.form
    window.show_tab("topup")

    async def scenario():
        type_into(form.number, BUDI)
        type_into(form.amount, "50.000")
        assert not form.continue_button.isEnabled()
        topup.show_confirmation()  # even called directly, no way round the inquiry
        assert topup.stack.currentWidget() is form
        click(form.inquiry_button)
        await until(lambda: form.continue_button.isEnabled())
        type_into(form.amount, "60000")  # another amount: inquire again
        assert not form.continue_button.isEnabled()
        topup.show_confirmation()
        assert topup.stack.currentWidget() is form
        type_into(form.amount, "50000")  # the same amount, written differently
        assert form.continue_button.isEnabled()
        type_into(form.number, "081200000002")
        assert not form.continue_button.isEnabled()

    run(loop, scenario())
    journal = registered.journal
    assert journal.count(JournalFilter(service="38")) == 0


@pytest.mark.parametrize(
    ("number", "headline", "note", "credited"),
    [
        # commits, answers after the timeout
        ("081299000001", "Top-up successful", "Confirmed by the top-up status call", 1),
        # HTTP 500, nothing committed: "not found" for the whole status window (2 s here),
        # then not processed
        ("081299000004", "Top-up not done", "Found out with the top-up status call", 0),
    ],
)
def test_an_unknown_outcome_shows_the_status_check_then_the_result(
    registered, window, loop, number, headline, note, credited
):
    topup = window.topup
    window.show_tab("topup")
    pages = []
    topup.stack.currentChanged.connect(lambda _i: pages.append(topup.stack.currentWidget()))

    async def scenario():
        await inquire(topup, number, "20000")
        click(topup.form.continue_button)
        click(topup.confirm.send_button)
        await until(lambda: topup.stack.currentWidget() is topup.result)

    run(loop, scenario())
    # The sending page said the status was being checked, then the result came.
    assert pages[-2:] == [topup.sending, topup.result]
    assert topup.sending.checks >= 1
    assert topup.sending.title.text() == "Checking the status of the top-up…"
    assert topup.result.title.text() == headline
    assert note in topup.result.note.text()
    ledger = httpx.get(
        f"{registered.sandbox().url}{LEDGER_PATH}", params={"customerNumber": number}
    ).json()
    assert len(ledger["transactions"]) == credited
    assert registered.journal.count(JournalFilter(service="38")) == 1  # sent once, never again


@pytest.fixture
def tls_sandbox(registered, tmp_path):
    """The sandbox over TLS: Production only talks https://."""
    with TlsSandbox(tmp_path / "tls") as tls:
        yield tls


def test_production_asks_first_and_cancelling_sends_nothing(registered, window, loop, tls_sandbox):
    production = registered.environment(PRODUCTION)
    registered.update_environment(
        PRODUCTION,
        {"base_url": tls_sandbox.url, "ca_bundle": str(tls_sandbox.ca), "read_timeout": "5"},
    )
    sandbox = registered.environment("Sandbox")
    registered.save_credentials(
        PRODUCTION, _record_of(registered), signing_key=Path(sandbox.signing_key)
    )
    assert production.is_production
    enter_production(window, PRODUCTION)
    assert window.hub.environment == PRODUCTION
    assert "PRODUCTION" in window.banner.message.text()
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        await inquire(topup, BUDI, "10000")
        click(topup.form.continue_button)
        assert "PRODUCTION" in topup.confirm.environment.text()
        click(topup.confirm.send_button)
        question = topup.last_question
        await until(lambda: question is not None and question.isVisible())
        assert PRODUCTION in question.text()
        click(question.reject_button)
        await until(lambda: not question.isVisible())
        assert topup.stack.currentWidget() is topup.confirm
        assert topup.confirm.message.headline.text() == "Not sent."

    run(loop, scenario())
    journal = registered.journal
    assert journal.count(JournalFilter(environment=PRODUCTION, service="38")) == 0
    ledger = httpx.get(
        f"{registered.sandbox().url}{LEDGER_PATH}", params={"customerNumber": BUDI}
    ).json()
    assert ledger["transactions"] == []

    async def accept():
        click(topup.confirm.send_button)
        question = topup.last_question
        await until(lambda: question.isVisible())
        click(question.accept_button)
        await until(lambda: topup.stack.currentWidget() is topup.result)

    run(loop, accept())
    assert topup.result.title.text() == "Top-up successful"
    assert journal.count(JournalFilter(environment=PRODUCTION, service="38")) == 1


def _record_of(workspace) -> Credentials:
    """The Sandbox's credentials, to point a Production environment at the sandbox."""
    env = workspace.environment("Sandbox")
    return Credentials(
        client_id=env.client_id,
        client_secret=workspace.stored_client_secret("Sandbox"),
        channel_id=env.channel_id,
    )


def test_a_top_up_is_found_again_by_its_reference(registered, window, loop):
    topup = window.topup
    window.show_tab("topup")

    async def scenario():
        await inquire(topup, BUDI, "25000")
        click(topup.form.continue_button)
        click(topup.confirm.send_button)
        await until(lambda: topup.stack.currentWidget() is topup.result)
        reference = topup.result.partner_reference.text()
        click(topup.result.new_button)
        click(topup.form.lookup_button)
        assert topup.stack.currentWidget() is topup.lookup
        type_into(topup.lookup.reference, reference)
        click(topup.lookup.lookup_button)
        await until(lambda: topup.lookup.answer_card.isVisible())
        assert topup.lookup.answer.text().startswith("2003900 - ")
        assert topup.lookup.status.text().startswith("00")
        assert topup.lookup.amount.text() == "Rp 25.000"
        type_into(topup.lookup.reference, "20991231000000000000")
        click(topup.lookup.lookup_button)
        await until(lambda: topup.lookup.answer_card.isVisible())
        assert topup.lookup.answer.text().startswith("404")

    run(loop, scenario())
