"""The Log tab over the journal: pages fetched as the table scrolls, filters and search,
the detail of an exchange, live entries, copy as curl and export as HAR."""

from __future__ import annotations

import asyncio
import json
import time

from PySide6.QtGui import QGuiApplication

from core.client import Exchange
from core.journal import JournalFilter
from core.snap.profile import Service
from gui.log_model import PAGE
from tests.gui.helpers import click, run, type_into, until


def fill_journal(workspace, count: int) -> None:
    """`count` answered inquiries, as the client would have journalled them."""
    record = workspace.journal.recorder("Staging")
    for n in range(count):
        body = json.dumps(
            {"partnerReferenceNo": f"REF{n:06d}", "customerNumber": f"0812{n:08d}"}
        ).encode()
        exchange = Exchange(
            Service.ACCOUNT_INQUIRY,
            "POST",
            "https://app.byte-stack.net/OVOSNAP/v2.0/emoney/account-inquiry",
            {"Content-Type": "application/json", "X-EXTERNAL-ID": f"ext{n}"},
            body,
            external_id=f"ext{n}",
        )
        record(exchange)
        exchange.status = 200
        exchange.response_body = b'{"responseCode":"2003700","responseMessage":"Successful"}'
        exchange.response_json = json.loads(exchange.response_body)
        exchange.elapsed = 0.05
        record(exchange)


def test_a_long_journal_is_read_a_page_at_a_time_and_filtered(workspace, window, loop):
    fill_journal(workspace, 2 * PAGE + 50)
    log = window.log
    window.show_tab("log")
    log.environment.setCurrentIndex(log.environment.findData("Staging"))
    model = log.model
    assert model.rowCount() == PAGE and model.canFetchMore()
    assert model.entry(0).partner_reference_no == f"REF{2 * PAGE + 49:06d}"  # newest first
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE + 50 and not model.canFetchMore()
    assert log.count.text() == f"Exchanges: {2 * PAGE + 50}"
    assert model.data(model.index(0, 5)) == "2003700 - Successful"

    async def search():
        type_into(log.search, "REF000123")
        await until(lambda: model.rowCount() == 1)

    run(loop, search())
    assert log.count.text() == "Exchanges: 1"
    assert "REF000123" in log.request_text.toPlainText()
    assert log.answer_text.toPlainText().startswith("HTTP/1.1 200")
    log.search.clear()
    log.apply_filters()
    log.service.setCurrentIndex(log.service.findData("38"))
    assert model.rowCount() == 0 and not log.copy_curl.isEnabled()


def test_a_search_keeps_up_with_new_calls_and_a_stale_one_is_dropped(workspace, window, loop):
    fill_journal(workspace, 30)
    log = window.log
    window.show_tab("log")
    log.environment.setCurrentIndex(log.environment.findData("Staging"))

    async def search(text: str, shown: str):
        type_into(log.search, text)
        await until(lambda: log.count.text() == shown)

    run(loop, search("REF00001", "Exchanges: 10"))  # REF000010 to REF000019
    fill_journal(workspace, 12)  # REF000000 to REF000011 again: two more match
    run(loop, until(lambda: log.count.text() == "Exchanges: 12"))
    assert log.model.rowCount() == 12
    assert log.model.entry(0).partner_reference_no == "REF000011"

    # A search overtaken by a newer one never replaces its answer.
    log.search.setText("REF000029")
    log.apply_filters()
    log.search.setText("REF000028")
    log.apply_filters()
    run(loop, until(lambda: log.count.text() == "Exchanges: 1"))
    run(loop, asyncio.sleep(0.3))
    assert log.model.entry(0).partner_reference_no == "REF000028"


def test_new_calls_appear_on_top_and_are_copied_as_curl(registered, window, loop, tmp_path):
    log = window.log
    window.show_tab("log")
    assert log.model.rowCount() == 0

    async def scenario():
        await window.token.get_token(force=False)
        window.topup.form.number.setText("081234567890")
        window.topup.form.amount.setText("50000")
        await window.topup.check_account()
        await until(lambda: log.model.rowCount() == 2)

    run(loop, scenario())
    newest = log.model.entry(0)
    assert newest.service == "37" and newest.code == "2003700"
    log.table.selectRow(0)
    token = registered.token_status("Sandbox").token.value
    assert token not in log.request_text.toPlainText()  # the journal keeps the mark only
    for shell, marker in (("bash", "curl -sS -X POST"), ("cmd", "curl"), ("powershell", "curl")):
        log.shell.setCurrentIndex(log.shell.findData(shell))
        click(log.copy_curl)
        copied = QGuiApplication.clipboard().text()
        assert marker in copied and "account-inquiry" in copied
        assert token not in copied and "<token sha256:" in copied
    log.with_token.setChecked(True)
    log.shell.setCurrentIndex(log.shell.findData("bash"))
    click(log.copy_curl)
    assert token in QGuiApplication.clipboard().text()  # only when asked for

    har = tmp_path / "exchanges.har"
    run(loop, log.export_har(har))
    entries = json.loads(har.read_text())["log"]["entries"]
    assert len(entries) == registered.journal.count(JournalFilter(environment="Sandbox")) == 2
    assert token not in har.read_text()
    assert "Exported 2 exchanges" in log.message.headline.text()


def test_a_pending_entry_is_completed_in_place(workspace, window):
    log = window.log
    window.show_tab("log")
    log.environment.setCurrentIndex(0)  # all environments
    record = workspace.journal.recorder("Staging")
    exchange = Exchange(Service.TOPUP, "POST", "https://x/topup", {}, b"{}")
    record(exchange)
    QGuiApplication.processEvents()
    assert log.model.rowCount() == 1
    assert log.model.data(log.model.index(0, 6)) == "pending"
    started = time.time()
    exchange.status, exchange.elapsed = 200, 0.1
    exchange.response_body = b'{"responseCode":"2003800","responseMessage":"Successful"}'
    exchange.response_json = json.loads(exchange.response_body)
    record(exchange)
    QGuiApplication.processEvents()
    assert log.model.rowCount() == 1
    assert log.model.data(log.model.index(0, 6)) == "success"
    assert time.time() - started < 1
