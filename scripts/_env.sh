# Sourced by scripts/test and scripts/demo: make .venv (Python >= 3.11) and install the project
# into it, editable, with the extras named in $1 (may be empty). Re-installs only when
# pyproject.toml changed since the last install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ ! -x .venv/bin/python ]]; then
  echo "setting up .venv (first run)..." >&2
  py="${PYTHON:-}"
  if [[ -z "$py" ]]; then
    # Probe quietly: a pyenv shim for a version that is not active prints an error and fails.
    for candidate in python3.13 python3.12 python3.11 python3; do
      if command -v "$candidate" >/dev/null \
        && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
        py="$candidate"; break
      fi
    done
  fi
  [[ -n "$py" ]] || { echo "Python 3.11 or newer is required" >&2; exit 2; }
  "$py" -m venv .venv
fi
extras="${1:-}"
stamp=".venv/.installed-$(cat pyproject.toml | cksum | cut -d' ' -f1)-${extras:-none}"
if [[ ! -f "$stamp" ]]; then
  if ls .venv/.installed-* >/dev/null 2>&1; then
    echo "updating .venv (pyproject.toml or the extras changed)..." >&2
  fi
  spec="."
  [[ -n "$extras" ]] && spec=".[$extras]"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
export PATH="$root/.venv/bin:$PATH"
