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
RATIO = r"\d+\.\d{2} \(\d+\.\d{2}-\d+\.\d{2}\)"


def test_bench_quick_run_reports_every_workload_against_raw_httpx() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"server capacity with raw httpx .*: [\d,]+ small GETs/s", out)
    loopback = {m.group(1) for m in re.finditer(rf"^(W\d) .* {RATIO} [<>]= ", out, re.M)}
    assert loopback == {f"W{i}" for i in range(1, 10)}
    assert len(re.findall(rf"^W3 .* {RATIO} ", out, re.M)) == 2  # wall and CPU
    for workload in ("W3", "W4", "W8"):
        assert re.search(rf"^{workload} peak RSS: ours \d+ MiB, raw \d+ MiB", out, re.M)
    assert re.search(r"^W5: 10 requests$", out, re.M)
    polling = re.findall(r"^ +(\d+) s +\d+ +[\d.]+s +\d+ +[\d.]+s$", out, re.M)
    assert polling == ["10", "120", "1800"]
    in_memory = re.findall(rf"^M\d .* {RATIO}$", out, re.M)
    assert len(in_memory) == 4
    assert re.search(r"peak Python memory during the \d+ MiB facade upload: [\d.]+ MiB", out)
