"""The README's Python examples, read as one program, type-check under ``mypy --strict``.

The blocks are concatenated in order, as ``tests/test_readme.py`` runs them (``# file:`` blocks
excepted), and checked as a user's editor would check them: no error at all. ``PENDING`` stays
for a known error to be listed while its fix is on its way (keyed by the source line and mypy's
message); the test fails on any error not listed, and on a listed error that is gone.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
ERROR = re.compile(r"^readme_blocks\.py:(\d+): error: (.*)$")

#: Known errors still expected, as (source line, mypy's message): none left. A README
#: section added later must type-check as it stands (with the asserts a careful user writes).
PENDING: set[tuple[str, str]] = set()


def readme_program() -> str:
    """The README's Python blocks in order, as one module (``# file:`` blocks left out)."""
    blocks = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    return "".join(b for b in blocks if not b.splitlines()[0].startswith("# file: "))


def test_readme_examples_type_check(tmp_path: Path) -> None:
    program = readme_program()
    (tmp_path / "readme_blocks.py").write_text(program, encoding="utf-8")
    # Run from an empty folder so that the project's [tool.mypy] settings do not apply: the
    # user's own `mypy --strict`, with the installed package.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "readme_blocks.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = program.splitlines()
    found: set[tuple[str, str]] = set()
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        assert match or (line.startswith("readme_blocks.py:") and ": note: " in line), line
        if match:
            found.add((lines[int(match.group(1)) - 1].strip(), match.group(2)))
    new = sorted(found - PENDING)
    gone = sorted(PENDING - found)
    assert not new, "README type errors (fix the README or the types):\n" + "\n".join(
        f"  {code}\n    {message}" for code, message in new
    )
    assert not gone, "fixed, delete from PENDING in tests/test_readme_types.py:\n" + "\n".join(
        f"  {code}\n    {message}" for code, message in gone
    )
    assert result.returncode == (1 if PENDING else 0), result.stdout + result.stderr
