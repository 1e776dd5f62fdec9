"""The money flow under load and kills, sized by WORKBENCH_SOAK: a few seconds' worth in
`make test`, hundreds of top-ups and dozens of kills in `make soak`."""

from __future__ import annotations

import os

LONG = os.environ.get("WORKBENCH_SOAK") == "1"
CONCURRENT_TOPUPS = 400 if LONG else 30
KILLED_RUNS = 40 if LONG else 4
# Every behaviour the sandbox has for a top-up: answered, late, 500 after commit, dropped
# after commit, 500 without commit.
ACCOUNTS = ("081234567890", "081299000001", "081299000002", "081299000003", "081299000004")
