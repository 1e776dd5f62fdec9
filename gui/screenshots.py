"""Every tab rendered to PNG in a scripted sandbox state, offscreen.

`render_all(out_dir)` walks the SOP's journey for real in a throwaway home folder: keys
generated, sandbox credentials requested and decrypted, a token, inquiries, a top-up and
a refusal, against the embedded sandbox over loopback HTTP. Secrets stay masked and are
kept for the session only (the OS keyring is never touched). `python main.py screenshots
--out DIR` calls it; so does the packaged self-test.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget  # PySide6 before qasync

from core.sandbox.app import SandboxConfig
from core.secrets import ProbeResult, SessionSecrets
from core.snap.signature_check import Slip
from core.workspace import Workspace
from gui import i18n, tasks
from gui.app import application
from gui.event_loop import close_loop, new_loop
from gui.main_window import MainWindow

WINDOW_SIZE = (1366, 768)  # a common laptop screen, the window maximised on it
PASSPHRASE = "screenshot passphrase"  # a throwaway key's, in a folder deleted afterwards


@contextlib.contextmanager
def _home(folder: Path) -> Iterator[None]:
    previous = os.environ.get("WORKBENCH_HOME")
    os.environ["WORKBENCH_HOME"] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("WORKBENCH_HOME", None)
        else:
            os.environ["WORKBENCH_HOME"] = previous


def render_all(out_dir: Path, *, language: str = "en") -> list[Path]:
    """Render each tab (and the Top-up confirmation, success and error pages) to PNG files
    in `out_dir`; returns their paths in order. Must be called with no asyncio loop
    running; it makes its own qasync loop (and the QApplication if there is none)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    previous_language = i18n.current_language()
    with tempfile.TemporaryDirectory(prefix="workbench-screenshots-") as temp, _home(Path(temp)):
        loop = new_loop(app)
        workspace = Workspace(
            Path(temp),
            secrets=ProbeResult(SessionSecrets("screenshots"), None),
            sandbox_config=SandboxConfig(fault_delay=2),
        )
        i18n.install(language)
        window = None
        try:
            window = MainWindow(workspace)
            window.resize(*WINDOW_SIZE)
            window.show()
            return loop.run_until_complete(_script(app, window, out_dir))
        finally:
            if window is not None:
                window.allow_close = True
                window.close()
                window.deleteLater()
            loop.run_until_complete(_close(workspace))
            workspace.close()
            close_loop(loop)
            i18n.install(previous_language)


async def _close(workspace: Workspace) -> None:
    await tasks.cancel_all()
    await workspace.aclose()


async def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        await asyncio.sleep(0.03)


async def _done(task: asyncio.Task | None, message_bar=None) -> None:
    if task is not None:
        await task
    if message_bar is not None and message_bar.property("kind") == "error":
        raise RuntimeError(
            f"screenshot script: {message_bar.headline.text()} {message_bar.detail.text()}"
        )


async def _script(app: QApplication, window: MainWindow, out: Path) -> list[Path]:
    shots: list[Path] = []

    async def shoot(name: str, widget: QWidget | None = None) -> None:
        window.tabs.tabBar().setFocus()  # no field caught mid-selection
        await _settle(app)
        path = out / f"{name}.png"
        (widget or window).grab().save(str(path))
        shots.append(path)

    # The first start: every step in view, the passphrase typed on the Journey itself.
    window.show_tab("journey")
    window.journey.passphrase.edit.setText(PASSPHRASE)
    window.journey.repeat.edit.setText(PASSPHRASE)
    await shoot("journey-start")
    window.journey.passphrase.clear()
    window.journey.repeat.clear()

    keys_tab, creds, topup = window.keys, window.credentials, window.topup
    window.show_tab("keys")
    exchange = keys_tab.exchange_card
    exchange.passphrase.edit.setText(PASSPHRASE)
    exchange.repeat.edit.setText(PASSPHRASE)
    await _done(exchange.generate_now(exchange.wanted_passphrase(), overwrite=False))
    await _done(keys_tab.signing_card.generate_now(None, overwrite=False), keys_tab.message)

    window.show_tab("credentials")
    creds.sandbox_passphrase.edit.setText(PASSPHRASE)
    await _done(creds.request_sandbox_credentials(), creds.message)

    window.show_tab("token")
    await _done(window.token.get_token(force=False), window.token.message)

    window.show_tab("topup")
    for number in ("081200000002", "081200000003", "081234567890"):
        topup.new_topup()
        topup.form.number.setText(number)
        topup.form.amount.setText("50.000")
        await _done(topup.check_account())
    await shoot("topup")
    topup.show_confirmation()
    await shoot("topup-confirmation")
    await _done(topup.send_topup())
    await shoot("topup-success")
    topup.new_topup()
    topup.form.number.setText("081200000001")
    topup.form.amount.setText("50.000")
    await _done(topup.check_account())
    await shoot("topup-error")
    topup.new_topup()

    window.show_tab("signature")
    signature = window.signature
    signature.service_mode.setChecked(True)
    signature.fill_from_environment()
    signature.calculate()
    # A partner's code that hashed the body as typed: the check names that slip.
    signature.given.setText(signature.slips[Slip.BODY_NOT_MINIFIED].value)
    signature.verify()

    window.show_tab("log")
    window.log.apply_filters()
    for row in range(window.log.model.rowCount()):
        entry = window.log.model.entry(row)
        if entry is not None and entry.service == "38":
            window.log.table.selectRow(row)
            break

    shots_in_order = ("journey", "keys", "credentials", "token", "log", "signature")
    for key in shots_in_order:
        window.show_tab(key)
        if key == "signature":  # the check's verdict, at the bottom of the page
            await _settle(app)
            bar = window.signature.verticalScrollBar()
            bar.setValue(bar.maximum())
        await shoot(key)
    order = [
        "journey-start",
        "journey",
        "keys",
        "credentials",
        "token",
        "topup",
        "topup-confirmation",
        "topup-success",
        "topup-error",
        "log",
        "signature",
    ]
    return sorted(shots, key=lambda p: order.index(p.stem))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="workbench screenshots",
        description="Render each tab of the window to PNG, offscreen, in a scripted sandbox "
        "state (a temporary home folder; the OS keyring is not touched).",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--language", choices=sorted(i18n.LANGUAGES), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render_all(args.out, language=args.language):
        print(path)
    return 0
