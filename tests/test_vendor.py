"""scripts/vendor: a vendored copy under another package works on its own, without orjson."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = textwrap.dedent(
    """
    import sys
    sys.modules["orjson"] = None          # as if orjson were not installed
    from myapp._vendor.twelvelabs_client import TwelveLabs, NotFoundError
    from myapp._vendor.twelvelabs_client.testing import FakeTwelveLabs
    import myapp._vendor.twelvelabs_client._json as codec

    fake = FakeTwelveLabs()
    client = TwelveLabs(api_key=fake.api_key, base_url=fake.base_url, http_client=fake.http_client())
    index = client.indexes.create("vendored", models=[{"model_name": "marengo2.7", "model_options": ["visual"]}])
    assert client.indexes.retrieve(index.id).index_name == "vendored"
    try:
        client.indexes.retrieve("0" * 24)
    except Exception as error:
        print("error:", type(error).__name__)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("twelvelabs_client", "twelvelabs_generated"))
    print("leaked:", leaked)
    print("file:", TwelveLabs.__module__, sys.modules[TwelveLabs.__module__].__file__)
    """
)


def test_vendored_copy_runs_under_a_prefix_without_orjson(tmp_path: Path) -> None:
    dest = tmp_path / "myapp" / "_vendor"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "vendor"), str(dest), "--prefix", "myapp._vendor"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (tmp_path / "myapp" / "__init__.py").write_text("")
    (dest / "__init__.py").write_text("")
    record = (dest / "TWELVELABS_VENDORED.txt").read_text()
    assert "prefix: myapp._vendor" in record and "spec sha256:" in record

    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )

    assert probe.returncode == 0, probe.stderr
    assert "leaked: []" in probe.stdout  # every import was rewritten to the prefix
    assert str(dest) in probe.stdout
    assert "error: BadRequestError" in probe.stdout or "error: NotFoundError" in probe.stdout


def test_vendor_refuses_a_bad_prefix(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "vendor"), str(tmp_path), "--prefix", "my-app"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "not a dotted Python package name" in result.stderr
