"""An unexpected error: a plain dialog with "Copy details", a log file entry, no secret in
either, and a window that keeps working."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from core.diagnostics import scrub, start_log_file, stop_log_file
from gui import error_hook, tasks
from tests.gui.helpers import click, run, until

SECRET = "client-secret-Zq81xYw0LmN4"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwYXJ0bmVyIn0.c2lnbmF0dXJlLXZhbHVl"
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"


def test_an_unexpected_error_is_shown_logged_scrubbed_and_survived(
    registered, window, loop, monkeypatch
):
    registered.journal.redactor.add_secret(SECRET)  # a secret this session knows
    log_file = start_log_file(registered.home, registered.journal.redactor.text)
    reporter = error_hook.install(registered.journal.redactor.text, log_file, loop)
    reported = []
    # pytest-qt wraps sys.excepthook to fail tests on stray errors; this test wants ours.
    monkeypatch.setattr(sys, "excepthook", reporter.report)

    async def failing_slot():
        raise RuntimeError(
            f"boom with secret {SECRET}, passphrase=hunter2-long, Bearer {TOKEN}\n{PEM}"
        )

    button = QPushButton("&Fail")
    button.clicked.connect(lambda: reported.append(tasks.start(failing_slot())))
    window.topup.form.body.addWidget(button)
    window.show_tab("topup")

    async def scenario():
        click(button)
        await until(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        dialog = reporter.dialog
        click(dialog.copy_button)
        copied = QGuiApplication.clipboard().text()
        assert "RuntimeError" in copied and "failing_slot" in copied  # the traceback
        for secret in (SECRET, "hunter2-long", TOKEN, "MIIEpAIBAAKCAQEA7"):
            assert secret not in copied
            assert secret not in dialog.details
        click(dialog.close_button)
        # The window still works: an inquiry goes through afterwards.
        window.show_tab("topup")
        window.topup.form.number.setText("081234567890")
        window.topup.form.amount.setText("50000")
        await window.topup.check_account()
        assert window.topup.form.continue_button.isEnabled()

    try:
        run(loop, scenario())
        logged = log_file.read_text()
    finally:
        error_hook.uninstall()
        stop_log_file()
    assert reporter.count == 1
    assert "Unexpected error" in logged and "RuntimeError" in logged
    for secret in (SECRET, "hunter2-long", TOKEN, "MIIEpAIBAAKCAQEA7"):
        assert secret not in logged


def test_an_error_in_a_task_nobody_awaited_reaches_the_dialog(registered, window, loop):
    reporter = error_hook.install(None, None, loop)

    async def orphan():
        raise ValueError("lost in the loop")

    async def scenario():
        task = asyncio.ensure_future(orphan())
        await asyncio.sleep(0.05)
        del task
        import gc

        gc.collect()
        await until(lambda: reporter.count == 1)

    try:
        run(loop, scenario())
    finally:
        error_hook.uninstall()
        loop.set_exception_handler(None)


def test_scrub_keeps_paths_and_removes_what_looks_secret():
    text = (
        "open /home/ana/keys/private.pem failed; client_secret='abcDEF123456' "
        "token: eyJhbGciOi.eyJzdWIiOi.sig Authorization: Bearer abcdef123456 "
        "passphrase=b'correct horse' "
        "hex 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    )
    cleaned = scrub(text)
    assert "/home/ana/keys/private.pem" in cleaned
    for secret in ("abcDEF123456", "eyJhbGciOi", "abcdef123456", "correct horse", "9f86d0818"):
        assert secret not in cleaned
