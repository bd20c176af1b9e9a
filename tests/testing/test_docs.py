"""The pytest fixture example in the package docstring runs as written."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import twelvelabs_client.testing


def docstring_example() -> tuple[str, str]:
    doc = twelvelabs_client.testing.__doc__ or ""
    block = doc.split("A pytest fixture for your own test suite::", 1)[1]
    lines = []
    for line in block.splitlines()[1:]:
        if line and not line.startswith("    "):
            break
        lines.append(line)
    code = textwrap.dedent("\n".join(lines))
    conftest, test = code.split("# test_app.py", 1)
    return conftest, test


def test_fixture_example_runs(tmp_path: Path) -> None:
    conftest, test = docstring_example()
    (tmp_path / "conftest.py").write_text(conftest)
    (tmp_path / "test_app.py").write_text(test)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
