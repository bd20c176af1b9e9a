"""scripts/generate is reproducible and its --check catches drift, from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# These tests run a subprocess bounded at 300 s; the suite-wide limit is shorter.
pytestmark = pytest.mark.timeout(330)

ROOT = Path(__file__).resolve().parents[2]


def _copy_project(dest: Path) -> Path:
    for name in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    # the generator and ruff of this interpreter's environment (the project's .venv in CI)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return subprocess.run(
        [str(project / "scripts" / "generate"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_generating_in_another_folder_gives_the_committed_tree(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "elsewhere")
    shutil.rmtree(project / "generated")
    result = _run(project)
    assert result.returncode == 0, result.stderr
    diff = subprocess.run(
        [
            "diff",
            "-r",
            "--exclude=__pycache__",
            str(ROOT / "generated"),
            str(project / "generated"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert diff.returncode == 0, diff.stdout


def test_check_fails_with_a_readable_diff_when_the_spec_changes(tmp_path: Path) -> None:
    project = _copy_project(tmp_path / "drift")
    spec = project / "openapi" / "twelvelabs-v1.3.yaml"
    text = spec.read_text()
    assert "video_count:" in text
    spec.write_text(text.replace("video_count:", "video_total:", 1))

    result = _run(project, "--check")

    assert result.returncode == 1
    assert "generated/ differs from what openapi/ produces" in result.stderr
    assert "+++ " in result.stderr and "video_total" in result.stderr
    assert str(tmp_path) not in result.stderr  # paths are shown relative to the project
