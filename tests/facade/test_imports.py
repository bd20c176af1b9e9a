"""Importing the package is cheap: generated modules, asyncio and dateutil load on first use,
and every public name still resolves (README, Performance: W6)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import twelvelabs_client
import twelvelabs_generated.models

ROOT = Path(__file__).resolve().parents[2]


def test_every_public_name_resolves() -> None:
    for name in twelvelabs_client.__all__:
        assert getattr(twelvelabs_client, name) is not None, name
    listed = dir(twelvelabs_client)  # after every name was loaded: each listed once
    assert set(twelvelabs_client.__all__) <= set(listed) and len(listed) == len(set(listed))
    namespace: dict[str, object] = {}
    exec("from twelvelabs_client import *", namespace)
    assert namespace["Index"] is twelvelabs_generated.models.Index
    assert namespace["AsyncTwelveLabs"] is twelvelabs_client.AsyncTwelveLabs


def test_every_generated_model_name_resolves_and_unknown_names_raise() -> None:
    for name in twelvelabs_generated.models.__all__:
        assert isinstance(getattr(twelvelabs_generated.models, name), type), name
    assert set(twelvelabs_generated.models.__all__) <= set(dir(twelvelabs_generated.models))
    for module, name in ((twelvelabs_generated.models, "NoSuchModel"), (twelvelabs_client, "X")):
        with pytest.raises(AttributeError, match=f"has no attribute '{name}'"):
            getattr(module, name)


def test_import_and_construct_load_no_model_and_neither_asyncio_nor_dateutil() -> None:
    code = (
        "import json, sys\n"
        "import twelvelabs_client\n"
        "client = twelvelabs_client.TwelveLabs(api_key='k')\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    paths = [str(ROOT / "facade"), str(ROOT / "generated")]
    out = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path[:0] = {paths!r}\n" + code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    loaded = set(json.loads(out.stdout))
    assert not {m for m in loaded if m.startswith("twelvelabs_generated.models.")}
    assert not {m for m in loaded if m.startswith("twelvelabs_generated.api.")}
    assert not {m for m in loaded if m.startswith("twelvelabs_client.resources")}
    assert "asyncio" not in loaded
    assert "dateutil.parser" not in loaded


def test_every_model_module_imports_on_its_own_first() -> None:
    """Models import the models they parse at the end of their module (not inside from_dict):
    whichever is imported first, the cycles between them resolve."""
    code = (
        "import importlib, sys\n"
        "import twelvelabs_generated.models as m\n"
        "for name, module in m._MODULES.items():\n"
        "    for key in [k for k in sys.modules if k.startswith('twelvelabs_generated')]:\n"
        "        del sys.modules[key]\n"
        "    getattr(importlib.import_module('twelvelabs_generated.models' + module), name)\n"
        "print(len(m._MODULES))\n"
    )
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path[:0] = [{str(ROOT / 'generated')!r}]\n" + code,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert int(out.stdout) == len(twelvelabs_generated.models.__all__)
