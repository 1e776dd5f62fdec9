"""Per-call cost of the workbench's pipeline against a bare httpx call to the same sandbox.

The pipeline is what every account inquiry pays: build and validate the body, sign it
(HMAC-SHA512 with the client secret), write the journal entry before sending, redact,
complete it when the answer arrives, and render the exchange as a bash trace. The
baseline sends the very same signed request (with a fresh X-EXTERNAL-ID, as the gateway
requires) through a bare `httpx.AsyncClient`, so the server does the same work for both
and the ratio is the workbench's own overhead. Rounds alternate between the two to cancel
drift. Run: `make bench` or `python benchmarks/bench_pipeline.py`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path

ROUNDS = 5
CALLS_PER_ROUND = 40
BUDGET = 2.5  # the pipeline may cost this many bare calls (measured: about 1.4)
CUSTOMER = "081234567890"  # the sandbox's ordinary account (Budi)
PASSPHRASE = b"bench-only passphrase"


def set_up(home: Path):
    """A workspace on a fresh home, registered with its embedded sandbox, secrets in memory."""
    os.environ["WORKBENCH_HOME"] = str(home)
    from core import key_files, keys
    from core.secrets import ProbeResult, SessionSecrets
    from core.workspace import Workspace

    workspace = Workspace(home, secrets=ProbeResult(SessionSecrets(), None))
    folder = home / "keys"
    folder.mkdir()
    exchange, signing = (
        key_files.generate_pair_files(role, PASSPHRASE, folder)
        for role in (keys.Role.EXCHANGE, keys.Role.SIGNING)
    )
    workspace.request_sandbox_credentials(exchange.private_path, signing.private_path, PASSPHRASE)
    return workspace


async def measure(workspace) -> tuple[list[float], list[float]]:
    import httpx

    from core.topup import account_inquiry
    from core.traces import Shell, trace_text

    client = workspace.client("Sandbox")
    await account_inquiry(client, CUSTOMER, Decimal(20000))  # the token, and a warm path
    template = workspace.journal.query(limit=1)[0]
    token = workspace.live_token("Sandbox")
    assert token, "the warm-up call left no live token"
    headers = {**template.request_headers, "Authorization": f"Bearer {token}"}

    async def pipeline() -> None:
        await account_inquiry(client, CUSTOMER, Decimal(20000))
        trace_text(workspace.journal.query(limit=1)[0], Shell.BASH)

    async def bare(http: httpx.AsyncClient) -> None:
        answer = await http.post(
            template.url,
            content=template.request_body,
            headers={**headers, "X-EXTERNAL-ID": str(uuid.uuid4().int)[:20]},
        )
        if answer.json().get("responseCode") != "2003700":
            raise SystemExit(f"the bare call was refused: {answer.text[:200]}")

    pipeline_rounds, bare_rounds = [], []
    async with httpx.AsyncClient(timeout=10) as http:
        await bare(http)
        for _ in range(ROUNDS):
            started = time.perf_counter()
            for _ in range(CALLS_PER_ROUND):
                await bare(http)
            bare_rounds.append((time.perf_counter() - started) / CALLS_PER_ROUND)
            started = time.perf_counter()
            for _ in range(CALLS_PER_ROUND):
                await pipeline()
            pipeline_rounds.append((time.perf_counter() - started) / CALLS_PER_ROUND)
    await workspace.aclose()
    return pipeline_rounds, bare_rounds


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        workspace = set_up(Path(folder) / "home")
        try:
            pipeline_rounds, bare_rounds = asyncio.run(measure(workspace))
        finally:
            workspace.close()
    pipeline, bare = statistics.median(pipeline_rounds), statistics.median(bare_rounds)
    ratio = pipeline / bare
    verdict = "ok" if ratio <= BUDGET else "OVER BUDGET"
    print(f"pipeline: bare httpx call to the sandbox {bare * 1000:.2f} ms (baseline)")
    print(
        f"pipeline: sign + journal + trace {pipeline * 1000:.2f} ms = {ratio:.2f}x baseline "
        f"(budget {BUDGET:g}x) {verdict}"
    )
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
