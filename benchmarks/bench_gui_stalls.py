"""The window's longest event-loop stall during its slow work, against an idle loop.

A QTimer beats every 10 ms on the qasync loop while the window (offscreen) generates an
RSA 4096 signing pair through the Keys tab, decrypts OVO's two files through the
Credentials tab, sends a burst of 20 account inquiries to the embedded sandbox while the
Log tab shows each one arrive, and then works the Log tab on a journal of 100,000
entries (filter, scroll deep, select, search). The longest gap between two beats is the
stall a user would feel; each is printed as a ratio against the longest gap of the same
loop left idle for as long, measured first in the same run. Run: `make bench` or
`python benchmarks/bench_gui_stalls.py`.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_journal import populate
from PySide6.QtCore import QTimer

from core import key_files, keys
from core.envelope import encrypt_credentials
from core.secrets import ProbeResult, SessionSecrets
from core.topup import account_inquiry
from core.workspace import Workspace
from gui.app import application
from gui.event_loop import close_loop, new_loop
from gui.main_window import MainWindow

PASSPHRASE = "benchmark passphrase"
BURST = 20
IDLE_SECONDS = 2.0
# (name, budget as a multiple of the idle loop's longest gap)
BUDGETS = {
    "keygen 4096": 25.0,
    "decryption": 25.0,
    f"burst of {BURST} calls": 25.0,
    "log tab, 100,000 entries": 25.0,
}


class Heartbeat:
    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    async def measure(self, work) -> tuple[float, float]:
        """(longest gap, elapsed) while `work` (a coroutine) runs."""
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()
        started = time.perf_counter()
        await work
        elapsed = time.perf_counter() - started
        await asyncio.sleep(0.05)  # the beat right after the work counts too
        self.timer.stop()
        return self.longest, elapsed


async def scenario(window: MainWindow, workspace: Workspace, home: Path) -> dict[str, tuple]:
    heart = Heartbeat()
    results: dict[str, tuple] = {}
    results["idle"] = await heart.measure(asyncio.sleep(IDLE_SECONDS))

    window.show_tab("keys")
    card = window.keys.signing_card
    results["keygen 4096"] = await heart.measure(card.generate_now(None, overwrite=False))

    exchange = key_files.generate_pair_files(
        keys.Role.EXCHANGE, PASSPHRASE.encode(), workspace.key_folder("Sandbox")
    )
    public = keys.load_key(exchange.public_path.read_bytes()).public_key
    key_bin_enc, cred_file_enc = encrypt_credentials(
        public, b'{"clientId": "bench01", "clientSecret": "bench-secret-0123456789"}\n'
    )
    inbox = home / "inbox"
    inbox.mkdir()
    (inbox / "key.bin.enc").write_bytes(key_bin_enc)
    (inbox / "cred_file.enc").write_bytes(cred_file_enc)
    window.show_tab("credentials")
    creds = window.credentials
    creds.key_file.set_path(inbox / "key.bin.enc")
    creds.cred_file.set_path(inbox / "cred_file.enc")
    creds.private_key.set_path(exchange.private_path)
    creds.passphrase.edit.setText(PASSPHRASE)
    results["decryption"] = await heart.measure(creds.decrypt())
    assert creds.client_id.text() == "bench01", creds.message.headline.text()

    await asyncio.to_thread(
        workspace.request_sandbox_credentials,
        exchange.private_path,
        card.tab.folder() / "private.pem",
        PASSPHRASE.encode(),
    )
    client = workspace.client("Sandbox")
    await client.tokens.get()
    window.show_tab("log")

    async def burst() -> None:
        await asyncio.gather(
            *(account_inquiry(client, "081234567890", Decimal(50000)) for _ in range(BURST))
        )

    results[f"burst of {BURST} calls"] = await heart.measure(burst())

    await asyncio.to_thread(populate, workspace.journal.path)
    log = window.log

    async def browse_large_log() -> None:
        log.apply_filters()  # what the user sees on opening the tab: count + first page
        await asyncio.sleep(0.02)
        for _ in range(10):  # scroll far down: the model fetches page after page
            log.table.scrollToBottom()
            await asyncio.sleep(0.02)
        log.table.selectRow(log.model.rowCount() - 1)
        await asyncio.sleep(0.02)
        log.search.setText("2026112810000004321")  # a reference deep in the file
        await asyncio.sleep(0.6)  # the search box's debounce, then the query
        assert log.model.rowCount() >= 1, "the search found nothing"
        log.search.clear()
        await asyncio.sleep(0.6)

    results["log tab, 100,000 entries"] = await heart.measure(browse_large_log())
    return results


def main() -> int:
    app = application()
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as folder:
        home = Path(folder)
        os.environ["WORKBENCH_HOME"] = str(home)
        loop = new_loop(app)
        workspace = Workspace(home, secrets=ProbeResult(SessionSecrets("benchmark"), None))
        window = MainWindow(workspace)
        window.resize(1200, 820)
        window.show()
        try:
            results = loop.run_until_complete(scenario(window, workspace, home))
        finally:
            window.clock.stop()
            window.close()
            loop.run_until_complete(workspace.aclose())
            workspace.close()
            close_loop(loop)
    idle, _ = results.pop("idle")
    print(f"gui stalls: idle loop, longest gap between 10 ms beats: {idle * 1000:.1f} ms")
    failed = False
    for name, (stall, elapsed) in results.items():
        ratio = stall / idle
        budget = BUDGETS[name]
        verdict = "ok" if ratio <= budget else "OVER BUDGET"
        failed |= ratio > budget
        print(
            f"gui stalls: {name} ({elapsed:.2f} s): longest stall {stall * 1000:.1f} ms = "
            f"{ratio:.1f}x idle (budget {budget:g}x) {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
