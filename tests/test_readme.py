"""Every Python example in README.md runs as written.

The examples run in order in one namespace (later ones use `client`, `index`, `task` and
`fake` from earlier ones), in a temporary folder with small stand-in video files, with
TWELVELABS_API_KEY and TWELVELABS_BASE_URL pointing at the fake API served on loopback
(in real time, 200 times faster than the service). Blocks that start with `# file: NAME` are
written to files instead, and run as a pytest session of their own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from twelvelabs_client.testing import FakeTwelveLabs

# These tests run a subprocess bounded at 300 s; the suite-wide limit is shorter.
pytestmark = pytest.mark.timeout(330)

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
STAND_INS = ("forklift.mp4", "forklift-2.mp4", "talk.mp4")


def _blocks() -> list[str]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


@pytest.fixture
def served_fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTwelveLabs]:
    fake = FakeTwelveLabs(api_key="tlk_readme", realtime=True, speed=200.0)
    with fake.serve() as base_url:
        monkeypatch.setenv("TWELVELABS_API_KEY", fake.api_key)
        monkeypatch.setenv("TWELVELABS_BASE_URL", base_url)
        monkeypatch.chdir(tmp_path)
        for i, name in enumerate(STAND_INS):
            (tmp_path / name).write_bytes(bytes([i + 1]) * (300_000 + 7_000 * i))
        yield fake


def test_readme_has_examples_for_every_section() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.M)
    expected = [
        "Quickstart",
        "Usage",
        "Pagination",
        "Uploads",
        "Waiting",
        "Streaming",
        "Errors",
        "Retries",
        "Timeouts",
        "Logging",
        "Async",
        "Testing your application without the network",
        "Regenerating after an API change",
        "Vendoring",
    ]
    assert [h for h in headings if h in expected] == expected  # present, in this order
    assert len(_blocks()) >= 15


def test_readme_examples_run(
    served_fake: FakeTwelveLabs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, object] = {"__name__": "readme"}
    files: dict[str, str] = {}
    for number, code in enumerate(_blocks(), start=1):
        first = code.splitlines()[0]
        if first.startswith("# file: "):
            files[first.removeprefix("# file: ").strip()] = code
            continue
        try:
            exec(compile(code, f"README.md python block {number}", "exec"), namespace)
        except Exception as error:  # pragma: no cover - the message is the point
            raise AssertionError(f"README python block {number} failed:\n{code}") from error
    out = capsys.readouterr().out
    assert "indexed asset" in out and "page 2" in out and "uploading 100%" in out
    assert "tlk_readme" not in out  # the key never shows
    # Errors: an unknown id is a 400 on the 2025 routes and a 404 on the 2026 ones.
    assert "no such resource: 400 resource_not_exist" in out
    assert "no such resource: 404 resource_not_exist" in out

    suite = tmp_path / "user_suite"
    suite.mkdir()
    for name, code in files.items():
        (suite / name).write_text(code, encoding="utf-8")
    assert {"conftest.py", "test_app.py"} <= set(files)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWELVELABS_")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(suite)],
        capture_output=True,
        text=True,
        cwd=suite,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
