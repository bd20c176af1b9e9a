"""scripts/bench keeps working: it runs (quick mode) and reports a ratio for every row.

Nothing about speed is asserted here; the numbers belong in the README, not in a test."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

# These tests run a subprocess bounded at 300 s; the suite-wide limit is shorter.
pytestmark = pytest.mark.timeout(330)

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_run_reports_ratios_against_raw_httpx() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["benchmark", "facade", "raw", "httpx", "ratio"]
    rows = [line for line in lines[1:] if re.search(r"\d+\.\d{2}$", line)]
    assert len(rows) == 4
    assert re.search(
        r"peak Python memory during the \d+ MiB facade upload: [\d.]+ MiB", result.stdout
    )
