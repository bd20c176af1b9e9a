"""The demo's whole workflow against the real API.

Runs only with TWELVELABS_API_KEY set (see conftest.py). The video comes from
TWELVELABS_LIVE_VIDEO (a path or URL of a clip of at least 4 seconds, with speech for the
generation steps); the test creates an index and deletes it at the end.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from twelvelabs_client import AuthenticationError, TwelveLabs

ROOT = Path(__file__).resolve().parents[2]


def test_bad_key_is_refused_with_authentication_error() -> None:
    with (
        TwelveLabs(api_key="tlk_not_a_real_key") as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.indexes.list(page_limit=1).first_page()
    assert "tlk_not_a_real_key" not in str(info.value)


def test_demo_workflow_against_the_real_api(capsys: pytest.CaptureFixture[str]) -> None:
    video = os.environ.get("TWELVELABS_LIVE_VIDEO")
    assert video, "set TWELVELABS_LIVE_VIDEO to a video path or URL to run the live workflow"
    spec = importlib.util.spec_from_file_location("demo_live", ROOT / "scripts" / "demo.py")
    assert spec and spec.loader
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    with TwelveLabs() as client:
        demo.run(client, [(video, {})])
    out = capsys.readouterr().out
    assert "== Streamed generation" in out and "deleted index" in out
