"""The demo's workflow (scripts/demo.py) end to end against the fake: in-process, and over
real loopback HTTP. The fake's manual clock moves whenever the client sleeps while polling."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs, ManualClock

ROOT = Path(__file__).resolve().parents[1]


def _load_demo():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("demo_script", ROOT / "scripts" / "demo.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["demo_script"] = module
    spec.loader.exec_module(module)
    return module


def _videos(tmp_path: Path, demo) -> list[tuple[Path, dict[str, str]]]:  # type: ignore[no-untyped-def]
    videos = []
    for i, (name, description) in enumerate(demo.DEMO_VIDEOS.items()):
        path = tmp_path / name
        path.write_bytes(bytes([i]) * (200_000 + i * 1000))
        videos.append((path, {"description": description}))
    return videos


LIVE_STEPS = (
    "Create an index with marengo3.0",
    "Upload videos as assets and index them",
    "List the indexed assets",
    "Search",
    "Analyze: one answer",
    "Analyze: a JSON document",
    "Analyze: streamed",
    "Analyze task: create and wait",
    "Embed v2: text and video",
)
DEPRECATED_STEPS = (
    "2025, marked for deprecation: Upload and index through a task",
    "2025, marked for deprecation: Text embedding",
    "2025, marked for deprecation: Video embedding task",
)
RETIRED_STEPS = (
    "Retired 2025 operations (offline only; use client.analyze): Gist",
    "Retired (offline only): Summary and chapters",
    "Retired (offline only): Streamed generation",
)


def _assert_tour(output: str, fake: FakeTwelveLabs, *, retired: bool = True) -> None:
    steps = [*LIVE_STEPS, *DEPRECATED_STEPS, *(RETIRED_STEPS if retired else ()), "Clean up"]
    positions = [output.find(f"== {step}") for step in steps]
    assert -1 not in positions, [s for s, at in zip(steps, positions, strict=True) if at < 0]
    assert positions == sorted(positions)  # the live path first, 2025 operations after it
    if not retired:
        assert "Retired" not in output and "pegasus1.2" not in output
    assert output.count("IndexedAsset ") >= 4 and output.count("indexed asset ") == 4
    assert output.count(": ready") >= 10  # four assets, four indexed assets, the tasks
    assert "1024 floats" in output  # embed v1
    assert "text: 512 floats" in output  # embed v2, Marengo 3.0
    assert "{'title': " in output  # the JSON document, parsed
    assert output.count("analyze task ") >= 2
    assert "page 3:" in output and "page 4:" not in output  # 9 results, 3 a page
    paths = [(r.method, r.path) for r in fake.requests]
    assert sum(1 for m, p in paths if m == "POST" and p.endswith("/indexed-assets")) == 4
    assert sum(1 for m, p in paths if m == "POST" and p == "/v1.3/tasks") == 1
    assert sum(1 for m, p in paths if m == "POST" and p == "/v1.3/analyze") == 3
    assert ("POST", "/v1.3/analyze/tasks") in paths and ("POST", "/v1.3/embed-v2") in paths
    assert sum(1 for m, p in paths if m == "GET" and p.startswith("/v1.3/search/")) == 2
    assert paths[-1][0] == "DELETE"  # the index is removed at the end
    # The first upload is multipart in several chunks, none carrying the API key.
    chunks = [r for r in fake.requests if r.operation_id == "upload_chunk"]
    assert len(chunks) > 1 and not any(r.api_key_sent for r in chunks)


def test_demo_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = _load_demo()
    fake = FakeTwelveLabs(multipart_chunk_size=demo.DEMO_CHUNK_SIZE)
    with fake.client() as client:  # polling moves the fake's manual clock
        demo.run(client, _videos(tmp_path, demo))
    _assert_tour(capsys.readouterr().out, fake)


def test_demo_over_loopback_http(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = _load_demo()
    fake = FakeTwelveLabs(multipart_chunk_size=demo.DEMO_CHUNK_SIZE)
    with (
        fake.serve() as base_url,
        httpx.Client() as http,
        fake.client(base_url=base_url, http_client=http) as client,
    ):
        assert base_url.startswith("http://127.0.0.1:")
        demo.run(client, _videos(tmp_path, demo))
    _assert_tour(capsys.readouterr().out, fake)
    assert {r.path for r in fake.requests} >= {"/v1.3/tasks", "/v1.3/embed/tasks"}


def test_the_real_api_tour_uses_no_retired_route(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `--video` runs against the real API: the fake answers retired routes with 404."""
    demo = _load_demo()
    fake = FakeTwelveLabs(multipart_chunk_size=demo.DEMO_CHUNK_SIZE, retired_routes=False)
    with fake.client() as client:
        demo.run(client, _videos(tmp_path, demo), retired=False)
    _assert_tour(capsys.readouterr().out, fake, retired=False)
    assert all(r.status < 400 for r in fake.requests)


def _recording_fake(monkeypatch: pytest.MonkeyPatch, demo) -> list[FakeTwelveLabs]:  # type: ignore[no-untyped-def]
    """main()'s offline run as it is, with the fakes it makes kept for the test to inspect."""
    made: list[FakeTwelveLabs] = []

    class Recorded(FakeTwelveLabs):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.started_at = self.now()
            made.append(self)

    monkeypatch.setattr(demo, "FakeTwelveLabs", Recorded)
    return made


def test_main_runs_the_offline_tour_on_simulated_time(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = _load_demo()
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    made = _recording_fake(monkeypatch, demo)
    assert demo.main([]) == 0
    output = capsys.readouterr().out
    _assert_tour(output, made[0])
    assert output.rstrip().endswith("Done.")
    assert "(simulated time)" in output
    # The fake keeps its own time line, moved only by the client's waits: indexing four assets
    # and an embed task moved it by minutes (the waits' sleeps), none of them slept for real.
    assert isinstance(made[0].clock, ManualClock)
    assert made[0].now() - made[0].started_at >= 4 * made[0].settings.stage_seconds


def test_main_exits_non_zero_with_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = _load_demo()
    made = _recording_fake(monkeypatch, demo)
    real_run = demo.run

    def run_with_a_refused_search(client, videos):  # type: ignore[no-untyped-def]
        made[0].faults.server_error(
            status=400,
            body=b'{"code":"parameter_invalid","message":"The query_text parameter is invalid."}',
            content_type="application/json",
            path="/search",
        )
        real_run(client, videos)

    monkeypatch.setattr(demo, "run", run_with_a_refused_search)
    assert demo.main([]) == 1
    captured = capsys.readouterr()
    assert "demo failed:" in captured.err and "parameter_invalid" in captured.err
    assert "Traceback" not in captured.err
    assert "== Clean up" in captured.out  # the demo index is deleted even so


def test_demo_refuses_the_real_api_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    demo = _load_demo()
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    assert demo.main(["--video", "clip.mp4"]) == 2


def test_demo_refuses_a_missing_video_before_any_request(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = _load_demo()
    monkeypatch.setenv("TWELVELABS_API_KEY", "tlk_unused")
    monkeypatch.setenv("TWELVELABS_BASE_URL", "http://127.0.0.1:9/v1.3")  # never contacted
    assert demo.main(["--video", str(tmp_path / "missing.mp4")]) == 2
    assert "no such file" in capsys.readouterr().err
