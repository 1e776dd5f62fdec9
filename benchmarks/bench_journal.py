"""The journal at scale: 100,000 entries, opened, paged and filtered.

Every figure is a ratio against a baseline measured in the same run on the same file: the
cheapest possible read of it (sqlite3 fetching the newest 200 rows by rowid). Absolute
times are printed too, for the reader, but the budgets are on the ratios, so a slow or
busy machine does not fail them. Run: `make bench` or `python benchmarks/bench_journal.py`.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from core.journal import Journal, JournalFilter
from core.journal_entry import Outcome

ENTRIES = 100_000
# (name, budget as a multiple of the baseline)
BUDGETS = {
    "open + first page": 10.0,
    "next page, deep (keyset)": 3.0,
    "filter by code, first page": 10.0,
    "filter by customer, first page": 10.0,
    "count by outcome": 20.0,
    "free-text search, first page": 250.0,
}


def populate(path: Path) -> None:
    """Rows shaped as the client writes them, inserted in bulk (the setup is not measured)."""
    Journal(path).close()  # the schema
    db = sqlite3.connect(path)
    headers = json.dumps(
        {
            "Content-Type": "application/json",
            "Authorization": "Bearer <token sha256:1a2b3c4d>",
            "X-TIMESTAMP": "2026-11-28T10:00:00.000+07:00",
            "X-SIGNATURE": "ab" * 64,
            "X-PARTNER-ID": "PARTNER01",
            "CHANNEL-ID": "00001",
        }
    )
    rows = []
    for i in range(ENTRIES):
        code = "2003700" if i % 10 else "4033718"
        body = json.dumps(
            {
                "partnerReferenceNo": f"2026112810{i:010d}",
                "customerNumber": f"0812{i % 5000:08d}",
                "amount": {"value": "20000.00", "currency": "IDR"},
                "additionalInfo": {},
            }
        ).encode()
        answer = json.dumps({"responseCode": code, "responseMessage": "Successful"}).encode()
        rows.append(
            (
                1_764_000_000.0 + i,
                1_764_000_000.2 + i,
                0.2,
                "Sandbox" if i % 3 else "Staging",
                "37",
                "POST",
                "http://127.0.0.1:8000/OVOSNAP/v2.0/emoney/account-inquiry",
                headers,
                body,
                200,
                "{}",
                answer,
                f"{i:020d}",
                f"2026112810{i:010d}",
                f"0812{i % 5000:08d}",
                code,
                "Successful",
                None,
                None,
                "success" if i % 10 else "refused",
                len(body) + len(answer) + len(headers),
            )
        )
    db.executemany(
        "INSERT INTO exchanges (started, finished, elapsed, environment, service, method, url,"
        " request_headers, request_body, status, response_headers, response_body, external_id,"
        " partner_reference_no, customer_number, code, message, string_to_sign, failure,"
        " outcome, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.commit()
    db.close()


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        started = time.perf_counter()
        populate(path)
        print(f"journal: {ENTRIES:,} entries written in {time.perf_counter() - started:.1f} s "
              f"({path.stat().st_size / 1_048_576:.0f} MB)")

        def baseline() -> None:
            db = sqlite3.connect(path)
            db.execute("SELECT * FROM exchanges ORDER BY rowid DESC LIMIT 200").fetchall()
            db.close()

        base = statistics.median(best_of(5, baseline) for _ in range(3))

        def open_first_page() -> None:
            journal = Journal(path)
            journal.query()
            journal.count()
            journal.close()

        journal = Journal(path)
        deep = journal.query(JournalFilter(), before_id=ENTRIES // 2, limit=1)[0].id
        measured = {
            "open + first page": best_of(5, open_first_page),
            "next page, deep (keyset)": best_of(5, lambda: journal.query(before_id=deep)),
            "filter by code, first page": best_of(
                5, lambda: journal.query(JournalFilter(code="4033718"))
            ),
            "filter by customer, first page": best_of(
                5, lambda: journal.query(JournalFilter(customer_number="081200001234"))
            ),
            "count by outcome": best_of(
                3, lambda: journal.count(JournalFilter(outcome=Outcome.REFUSED))
            ),
            "free-text search, first page": best_of(
                3, lambda: journal.query(JournalFilter(text="2026112810000004321"))
            ),
        }
        journal.close()

    print(f"journal: baseline (sqlite3, newest 200 rows) {base * 1000:.2f} ms")
    failed = False
    for name, seconds in measured.items():
        ratio = seconds / base
        budget = BUDGETS[name]
        verdict = "ok" if ratio <= budget else "OVER BUDGET"
        failed |= ratio > budget
        print(f"journal: {name}: {seconds * 1000:.1f} ms = {ratio:.1f}x baseline "
              f"(budget {budget:g}x) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
