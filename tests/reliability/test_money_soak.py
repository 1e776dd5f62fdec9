"""No double credit, whatever happens: many top-ups at once across the sandbox's fault
accounts, and CLI runs killed at random moments, with the sandbox's ledger, the outcomes
the workbench reported and its journal compared afterwards."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal

import httpx

from core.paths import workbench_home
from core.secrets import open_secret_store
from core.topup import Outcome, account_inquiry, confirmation, topup
from tests.conftest import ROOT
from tests.reliability.soak import ACCOUNTS, CONCURRENT_TOPUPS, KILLED_RUNS
from tests.test_flow import make_workspace


def credits(workspace) -> Counter:
    """How often each partnerReferenceNo was credited, over every account."""
    counted: Counter = Counter()
    for number in ACCOUNTS:
        book = httpx.get(
            f"{workspace.sandbox().url}/sandbox/ledger", params={"customerNumber": number}
        ).json()
        counted.update(tx["partnerReferenceNo"] for tx in book["transactions"])
    return counted


def records(home) -> dict[str, str]:
    with sqlite3.connect(home / "journal.sqlite3") as conn:
        return dict(conn.execute("SELECT partner_reference_no, state FROM topups"))


def settle_and_compare(home, reported: dict[str, Outcome] | None = None) -> Counter:
    """Settle what is unsettled, as the next start would, then hold the three accounts of
    what happened against each other. Returns the states, counted."""
    workspace = make_workspace(fault_delay=1)

    async def settle():
        try:
            for _ in range(3):
                if not await workspace.resolve_unsettled_topups("Sandbox"):
                    break
        finally:
            await workspace.aclose()

    try:
        asyncio.run(settle())
        credited = credits(workspace)
    finally:
        workspace.close()
    states = records(home)
    twice = {ref: n for ref, n in credited.items() if n > 1}
    assert not twice, f"credited more than once: {twice}"
    assert set(credited) <= set(states), "a credit the workbench has no record of"
    for ref, state in states.items():
        if ref in credited:
            assert state == "success", (ref, state)
        else:
            assert state in ("failed", "unknown"), (ref, state)
    for ref, outcome in (reported or {}).items():
        if outcome is Outcome.SUCCESS:
            assert credited[ref] == 1, ref
        if outcome is Outcome.FAILED:
            assert ref not in credited, ref
    return Counter(states.values())


def test_concurrent_top_ups_across_the_fault_accounts_credit_once(registered, home):
    workspace = make_workspace(fault_delay=2)
    reported: dict[str, Outcome] = {}
    rng = random.Random(12)

    async def one(number: str, gate: asyncio.Semaphore) -> None:
        async with gate:
            client = workspace.client("Sandbox")
            amount = Decimal(rng.randrange(10_000, 200_000, 1_000))
            inquiry = await account_inquiry(client, number, amount)
            confirmation(inquiry, "Sandbox", production=False)
            result = await topup(client, inquiry, workspace.pending, "Sandbox")
            reported[result.partner_reference_no] = result.outcome

    async def main():
        gate = asyncio.Semaphore(16)
        try:
            await asyncio.gather(
                *(one(ACCOUNTS[i % len(ACCOUNTS)], gate) for i in range(CONCURRENT_TOPUPS))
            )
        finally:
            await workspace.aclose()

    try:
        asyncio.run(main())
    finally:
        workspace.close()
    assert len(reported) == CONCURRENT_TOPUPS
    states = settle_and_compare(home, reported)
    assert states["success"] >= CONCURRENT_TOPUPS * 3 // 5  # four accounts of five commit


CHILD = """
import json, os, sys, keyring
from tests.keyring_backends import MemoryKeyring
from core.paths import workbench_home
from core.secrets import keyring_service
ring = MemoryKeyring()
for name, value in json.loads(os.environ.pop("CHILD_SECRETS")).items():
    ring.set_password(keyring_service(workbench_home()), name, value)
keyring.set_keyring(ring)
from core.cli import main
sys.exit(main(sys.argv[1:]))
"""


def wait_for_records(home, at_least: int, child, timeout: float = 60) -> None:
    """Until the journal holds `at_least` top-up records (or the child has ended)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and child.poll() is None:
        if (home / "journal.sqlite3").exists() and len(records(home)) >= at_least:
            return
        time.sleep(0.02)


def test_runs_killed_at_any_moment_never_credit_twice(registered, home, tmp_path):
    secrets = open_secret_store(home=workbench_home()).store
    names = ("Sandbox:client_secret", "Sandbox:signing_passphrase")
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CHILD_SECRETS": json.dumps({n: secrets.get(n) for n in names if secrets.get(n)}),
    }
    rng = random.Random(7)
    for run in range(KILLED_RUNS):
        child = subprocess.Popen(
            [sys.executable, str(script), "topup", "--yes", "--customer",
             ACCOUNTS[run % len(ACCOUNTS)], "--amount", str(rng.randrange(10, 90) * 1000)],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        if run % 2:
            time.sleep(rng.uniform(0.2, 2.5))  # anywhere: before the send, mostly
        else:  # once its top-up is recorded: on the wire, or just answered
            wait_for_records(home, at_least=len(records(home)) + 1, child=child)
            time.sleep(rng.uniform(0.0, 1.0))
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate(timeout=30)
        assert b"Traceback" not in err, err.decode(errors="replace")
    states = settle_and_compare(home)
    print("killed runs settled as", dict(states))
    assert states.total() >= KILLED_RUNS // 2, "the runs killed after the send are missing"
