"""scripts/_env.sh, which scripts/demo and scripts/test source: it says what it does on the first
run and probes for a Python quietly. Run in a copy of the project with stand-in interpreters
(no venv is really built, nothing is installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# A pyenv shim for a version that is installed but not active: an error on stderr, exit 127.
SHIM = """#!/bin/sh
echo "pyenv: $(basename "$0"): command not found" >&2
echo "The \\`$(basename "$0")' command exists in these Python versions:" >&2
exit 127
"""
# A good interpreter: passes the version probe, "creates" a venv with a copy of itself in it,
# and "installs" by recording the pip arguments.
PYTHON = """#!/bin/sh
case "$1 $2" in
  "-m venv") mkdir -p "$3/bin" && cp "$0" "$3/bin/python" ;;
  "-m pip") echo "$@" >> "$(dirname "$0")/../pip.log" ;;
esac
exit 0
"""


def _project(tmp_path: Path) -> tuple[Path, Path]:
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "_env.sh", project / "scripts" / "_env.sh")
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in (("python3.13", SHIM), ("python3.12", SHIM), ("python3.11", PYTHON)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    return project, bin_dir


def _source(project: Path, bin_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", 'source scripts/_env.sh "" && echo "ready: $(command -v python)"'],
        cwd=project,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(project)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_first_run_says_it_sets_up_and_probes_quietly(tmp_path: Path) -> None:
    project, bin_dir = _project(tmp_path)
    first = _source(project, bin_dir)
    assert first.returncode == 0, first.stderr
    assert first.stderr == "setting up .venv (first run)...\n"  # no pyenv noise
    assert first.stdout == f"ready: {project}/.venv/bin/python\n"
    assert "install" in (project / ".venv" / "pip.log").read_text()

    again = _source(project, bin_dir)
    assert again.returncode == 0 and again.stderr == ""  # set up: silent

    with (project / "pyproject.toml").open("a") as fh:
        fh.write("\n# changed\n")
    changed = _source(project, bin_dir)
    assert changed.stderr == "updating .venv (pyproject.toml or the extras changed)...\n"


def test_no_suitable_python_is_a_clear_error(tmp_path: Path) -> None:
    project, bin_dir = _project(tmp_path)
    for name in ("python3.11", "python3"):  # python3 would otherwise be the system's
        (bin_dir / name).write_text(SHIM)
        (bin_dir / name).chmod(0o755)
    result = subprocess.run(
        ["bash", "-c", 'source scripts/_env.sh ""'],
        cwd=project,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(project)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "pyenv" not in result.stderr
    assert result.stderr.endswith("Python 3.11 or newer is required\n")
