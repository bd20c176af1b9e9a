"""The long-work methods of the client over a fake transport, with injected time.

tasks.wait / create_and_wait, embed.tasks.wait / create_and_wait, imports.wait,
search.query -> SearchResults, generate.stream, and progress= on every upload.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, BASE_URL, Recorder, multipart, path, query
from twelvelabs_client import TwelveLabs
from twelvelabs_client._paging import SearchResults
from twelvelabs_client._polling import cap_timeout
from twelvelabs_client._streaming import GenerateStream, UnknownStreamEvent
from twelvelabs_client.errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SearchPageExpiredError,
    StreamError,
    TaskFailedError,
    WaitTimeoutError,
)
from twelvelabs_generated.models import (
    EmbedTask,
    EmbedTaskStatus,
    ImportStatus,
    SearchClip,
    SearchPage,
    SearchVideoGroup,
    StreamEndEvent,
    StreamStartEvent,
    StreamTextEvent,
    Task,
)

INDEX = "67b2c41e9d3f5a0e1c7a4b12"
TASK = "67b2c6d79d3f5a0e1c7a4b1e"
VIDEO = "67b2c6d79d3f5a0e1c7a4b1f"
EMBED_TASK = "67c0a1f29d3f5a0e1c7a4c30"
INTEGRATION = "67d1e2f39d3f5a0e1c7a4d40"
GEN = "56dd2567-1c8a-4b0e-9a52-3f0e6c1d7a90"


class Time:
    """Clock and sleep for the client: time passes only when the client sleeps (or a reply
    says a request took a while)."""

    def __init__(self) -> None:
        self.now = 5000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Harness:
    def __init__(self, *replies: Any, strict: bool = True) -> None:
        self.time = Time()
        self.recorder = Recorder(*replies, strict=strict)
        self.client = TwelveLabs(
            api_key=API_KEY,
            base_url=BASE_URL,
            http_client=httpx.Client(transport=httpx.MockTransport(self.recorder)),
        )._use_clock(self.time.sleep, self.time.clock)

    @property
    def requests(self) -> list[httpx.Request]:
        return self.recorder.requests

    def routes(self) -> list[str]:
        return [f"{r.method} {path(r).removeprefix('/v1.3')}" for r in self.requests]


def ok(body: Any, *, took: float = 0.0, time: Time | None = None) -> Any:
    if not took:
        return httpx.Response(200, json=body)

    def reply(request: httpx.Request) -> httpx.Response:
        assert time is not None
        time.now += took
        return httpx.Response(200, json=body)

    return reply


def error(status: int, code: str | None = None, message: str = "nope") -> httpx.Response:
    body = {"message": message} if code is None else {"code": code, "message": message}
    return httpx.Response(status, json=body)


def task(status: str, **extra: Any) -> dict[str, Any]:
    return {"_id": TASK, "index_id": INDEX, "video_id": VIDEO, "status": status, **extra}


def embed_status(status: str) -> dict[str, Any]:
    return {"_id": EMBED_TASK, "model_name": "Marengo-retrieval-2.7", "status": status}


# --------------------------------------------------------------------------- tasks.wait


def test_wait_until_ready_with_backoff_and_on_update() -> None:
    statuses = ["validating", "pending", "indexing", "indexing", "indexing", "ready"]
    h = Harness(*[ok(task(s)) for s in statuses])
    seen: list[str] = []
    result = h.client.tasks.wait(TASK, on_update=lambda t: seen.append(str(t.status)))
    assert isinstance(result, Task) and result.status == "ready"
    assert h.routes() == [f"GET /tasks/{TASK}"] * 6
    assert h.time.sleeps == [1, 2, 4, 8, 10]
    assert seen == ["validating", "pending", "indexing", "ready"]


def test_wait_poll_interval() -> None:
    h = Harness(ok(task("indexing")), ok(task("indexing")), ok(task("ready")))
    h.client.tasks.wait(TASK, poll_interval=2.5)
    assert h.time.sleeps == [2.5, 2.5]


def test_wait_takes_timedeltas() -> None:
    h = Harness(ok(task("indexing")), strict=False)
    with pytest.raises(WaitTimeoutError) as info:
        h.client.tasks.wait(
            TASK, timeout=dt.timedelta(seconds=6), poll_interval=dt.timedelta(milliseconds=2500)
        )
    assert info.value.timeout == 6
    assert h.time.sleeps == [2.5, 2.5, 1]


def test_create_and_wait_takes_timedeltas() -> None:
    h = Harness(ok({"_id": TASK, "video_id": VIDEO}), ok(task("indexing")), ok(task("ready")))
    result = h.client.tasks.create_and_wait(
        INDEX,
        video_url="https://e.com/v.mp4",
        timeout=dt.timedelta(minutes=5),
        poll_interval=dt.timedelta(seconds=3),
    )
    assert result.status == "ready" and h.time.sleeps == [3]


def test_wait_already_ready_sends_one_request() -> None:
    h = Harness(ok(task("ready")))
    seen: list[Any] = []
    assert h.client.tasks.wait(TASK, on_update=seen.append).status == "ready"
    assert len(h.requests) == 1 and h.time.sleeps == [] and len(seen) == 1


def test_wait_failed_raises_with_the_task() -> None:
    h = Harness(ok(task("indexing")), ok(task("failed", error={"message": "Unsupported codec"})))
    seen: list[str] = []
    with pytest.raises(TaskFailedError) as info:
        h.client.tasks.wait(TASK, on_update=lambda t: seen.append(str(t.status)))
    assert isinstance(info.value.task, Task) and info.value.task.id == TASK
    assert info.value.detail == "Unsupported codec"
    assert "Unsupported codec" in str(info.value) and TASK in str(info.value)
    assert seen == ["indexing", "failed"]


def test_wait_already_failed_at_first_look() -> None:
    h = Harness(ok(task("failed")))
    seen: list[Any] = []
    with pytest.raises(TaskFailedError):
        h.client.tasks.wait(TASK, on_update=seen.append)
    assert len(h.requests) == 1 and len(seen) == 1


def test_wait_deadline() -> None:
    h = Harness(ok(task("indexing")), strict=False)
    with pytest.raises(WaitTimeoutError) as info:
        h.client.tasks.wait(TASK, timeout=20)
    assert isinstance(info.value.last, Task) and info.value.timeout == 20
    assert h.time.sleeps == [1, 2, 4, 8, 5]
    assert len(h.requests) == 6


def test_wait_default_deadline_is_an_hour() -> None:
    h = Harness(ok(task("queued")), strict=False)
    with pytest.raises(WaitTimeoutError):
        h.client.tasks.wait(TASK)
    assert sum(h.time.sleeps) == 3600


@pytest.mark.parametrize(
    ("reply", "error_class"),
    [
        (error(400, "resource_not_exist", "Task does not exist."), BadRequestError),
        (error(404, "not_found"), NotFoundError),
        (error(401, "api_key_invalid"), AuthenticationError),
        (error(403, "forbidden"), PermissionDeniedError),
    ],
)
def test_wait_stops_at_once_on_a_client_error(
    reply: httpx.Response, error_class: type[Exception]
) -> None:
    h = Harness(ok(task("indexing")), reply)
    with pytest.raises(error_class):
        h.client.tasks.wait(TASK)
    assert len(h.requests) == 2
    assert h.time.sleeps == [1]  # no retry of the 4xx, no further poll


def test_wait_rides_over_a_transient_error() -> None:
    h = Harness(ok(task("indexing")), httpx.Response(503), ok(task("ready")))
    assert h.client.tasks.wait(TASK).status == "ready"
    assert len(h.requests) == 3
    assert h.time.sleeps[0] == 1 and len(h.time.sleeps) == 2  # the poll sleep, then the retry's


def test_create_and_wait_shares_one_deadline(tmp_path: Path) -> None:
    video = tmp_path / "talk.mp4"
    video.write_bytes(b"\x00" * 300_000)
    time_holder: list[Time] = []

    def slow_upload(request: httpx.Request) -> httpx.Response:
        time_holder[0].now += 15  # the upload took 15 s of the 20 s budget
        return httpx.Response(200, json={"_id": TASK, "video_id": VIDEO})

    h = Harness(slow_upload, ok(task("indexing")), strict=False)
    time_holder.append(h.time)
    progress: list[tuple[int, int]] = []
    with pytest.raises(WaitTimeoutError):
        h.client.tasks.create_and_wait(
            INDEX, video_file=video, timeout=20, progress=lambda s, t: progress.append((s, t))
        )
    assert h.routes()[0] == "POST /tasks"
    assert set(h.routes()[1:]) == {f"GET /tasks/{TASK}"}
    assert sum(h.time.sleeps) == 5  # 1 + 2 + 2: the remaining 5 s, not 20
    assert progress[-1] == (300_000, 300_000)


def test_create_and_wait_returns_the_final_task() -> None:
    h = Harness(ok({"_id": TASK, "video_id": VIDEO}), ok(task("pending")), ok(task("ready")))
    seen: list[str] = []
    result = h.client.tasks.create_and_wait(
        INDEX,
        video_url="https://example.com/v.mp4",
        enable_video_stream=False,
        on_update=lambda t: seen.append(str(t.status)),
    )
    assert result.status == "ready" and result.video_id == VIDEO
    assert seen == ["pending", "ready"]
    parts = {p.name: p.text for p in multipart(h.requests[0])}
    assert parts == {
        "index_id": INDEX,
        "video_url": "https://example.com/v.mp4",
        "enable_video_stream": "false",
    }


def test_create_and_wait_checks_timing_before_uploading() -> None:
    h = Harness(strict=True)
    with pytest.raises(ValueError):
        h.client.tasks.create_and_wait(INDEX, video_url="https://e.com/v.mp4", timeout=-1)
    assert h.requests == []


def test_create_and_wait_does_not_cut_the_upload_but_bounds_the_polls(tmp_path: Path) -> None:
    video = tmp_path / "talk.mp4"
    video.write_bytes(b"\x00" * 1000)
    time_holder: list[Time] = []

    def slow_upload(request: httpx.Request) -> httpx.Response:
        time_holder[0].now += 25  # longer than the whole deadline: still not aborted
        return httpx.Response(200, json={"_id": TASK, "video_id": VIDEO})

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    h = Harness(slow_upload, refused)
    time_holder.append(h.time)
    with pytest.raises(WaitTimeoutError) as info:
        h.client.tasks.create_and_wait(INDEX, video_file=video, timeout=20)
    upload, poll = (q.extensions["timeout"] for q in h.requests)
    assert upload == {"connect": 5.0, "read": 600.0, "write": 600.0, "pool": 30.0}
    assert poll == {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}  # the floor
    assert h.routes() == ["POST /tasks", f"GET /tasks/{TASK}"]  # no retry past the deadline
    assert info.value.last is None and isinstance(info.value.__cause__, APIConnectionError)


def test_cap_timeout_cuts_every_phase() -> None:
    capped = cap_timeout(httpx.Timeout(None, connect=5.0), 2.5)
    assert capped.as_dict() == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    unlimited = httpx.Timeout(10.0)
    assert cap_timeout(unlimited, float("inf")) is unlimited  # timeout=inf: nothing to cut


# --------------------------------------------------------------------------- embed tasks


def test_embed_tasks_wait_polls_the_status_route() -> None:
    h = Harness(ok(embed_status("processing")), ok(embed_status("ready")))
    result = h.client.embed.tasks.wait(EMBED_TASK)
    assert isinstance(result, EmbedTaskStatus) and result.status == "ready"
    assert h.routes() == [f"GET /embed/tasks/{EMBED_TASK}/status"] * 2


def test_embed_tasks_wait_failed() -> None:
    h = Harness(ok(embed_status("failed")))
    with pytest.raises(TaskFailedError) as info:
        h.client.embed.tasks.wait(EMBED_TASK)
    assert isinstance(info.value.task, EmbedTaskStatus)


def test_embed_tasks_create_and_wait_retrieves_the_embeddings(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"v" * 1000)
    segment = {
        "start_offset_sec": 0,
        "end_offset_sec": 6,
        "embedding_scope": "clip",
        "embedding_option": "visual-text",
        "float": [0.5] * 4,
    }
    full = {**embed_status("ready"), "video_embedding": {"segments": [segment]}}
    h = Harness(
        ok({"_id": EMBED_TASK}), ok(embed_status("processing")), ok(embed_status("ready")), ok(full)
    )
    progress: list[tuple[int, int]] = []
    result = h.client.embed.tasks.create_and_wait(
        video_file=clip,
        video_embedding_scope=["clip", "video"],
        embedding_option="visual-text",
        progress=lambda s, t: progress.append((s, t)),
    )
    assert isinstance(result, EmbedTask)
    assert result.video_embedding.segments[0].float_ == [0.5] * 4
    assert h.routes() == [
        "POST /embed/tasks",
        f"GET /embed/tasks/{EMBED_TASK}/status",
        f"GET /embed/tasks/{EMBED_TASK}/status",
        f"GET /embed/tasks/{EMBED_TASK}",
    ]
    assert query(h.requests[-1]) == [("embedding_option", "visual-text")]
    assert progress[-1] == (1000, 1000)


# --------------------------------------------------------------------------- imports


def test_imports_wait_until_nothing_is_in_progress() -> None:
    video = {"video_id": VIDEO, "filename": "a.mp4", "created_at": "2025-03-01T10:00:00Z"}
    failed = {
        "filename": "b.mp4",
        "created_at": "2025-03-01T10:00:00Z",
        "error_message": "too short",
    }
    h = Harness(
        ok({"not_imported": [], "validating": [video], "ready": [], "failed": []}),
        ok({"indexing": [video], "ready": [], "failed": [failed]}),
        ok({"indexing": [], "ready": [video], "failed": [failed]}),
    )
    seen: list[Any] = []
    result = h.client.imports.wait(INTEGRATION, index_id=INDEX, on_update=seen.append)
    assert isinstance(result, ImportStatus)
    assert [v.filename for v in result.ready] == ["a.mp4"]
    assert [f.filename for f in result.failed] == ["b.mp4"]  # failures do not fail the wait
    assert h.routes() == [f"GET /tasks/transfers/import/{INTEGRATION}/status"] * 3
    assert query(h.requests[0]) == [("index_id", INDEX)]
    assert h.time.sleeps == [2, 4]
    assert len(seen) == 3


def test_imports_wait_deadline() -> None:
    h = Harness(ok({"queued": [{"video_id": VIDEO, "filename": "a.mp4"}]}), strict=False)
    with pytest.raises(WaitTimeoutError, match="1 queued"):
        h.client.imports.wait(INTEGRATION, index_id=INDEX, timeout=60)
    assert sum(h.time.sleeps) == 60


# --------------------------------------------------------------------------- search


def clip(n: int) -> dict[str, Any]:
    return {"score": 90 - n, "start": n, "end": n + 5, "video_id": f"v{n}", "confidence": "high"}


def search_page(items: list[Any], token: str | None, **info: Any) -> dict[str, Any]:
    page_info: dict[str, Any] = {
        "limit_per_page": 2,
        "total_results": 5,
        "page_expires_at": "2025-03-01T11:00:00Z",
        **info,
    }
    if token:
        page_info["next_page_token"] = token
    return {
        "search_pool": {"total_count": 3, "total_duration": 300, "index_id": INDEX},
        "data": items,
        "page_info": page_info,
    }


def three_pages() -> list[httpx.Response]:
    return [
        ok(search_page([clip(0), clip(1)], "tok-2")),
        ok(search_page([clip(2), clip(3)], "tok-3", prev_page_token="tok-1")),
        ok(search_page([clip(4)], None, prev_page_token="tok-2")),
    ]


def test_search_follows_tokens_until_absent() -> None:
    h = Harness(*three_pages())
    results = h.client.search.query(
        INDEX, search_options=["visual", "audio"], query_text="forklift", threshold="medium"
    )
    assert isinstance(results, SearchResults)
    assert len(h.requests) == 1  # only the search itself so far
    clips = list(results)
    assert [c.video_id for c in clips] == ["v0", "v1", "v2", "v3", "v4"]
    assert all(isinstance(c, SearchClip) for c in clips)
    assert h.routes() == ["POST /search", "GET /search/tok-2", "GET /search/tok-3"]
    assert results.search_pool.index_id == INDEX
    assert results.page_info.total_results == 5


def test_search_keeps_options_on_later_pages() -> None:
    h = Harness(*three_pages())
    results = h.client.search.query(
        INDEX, search_options="visual", query_text="x", include_user_metadata=True, page_limit=2
    )
    list(results)
    parts = [(p.name, p.text) for p in multipart(h.requests[0])]
    assert ("page_limit", "2") in parts and ("include_user_metadata", "true") in parts
    for request in h.requests[1:]:
        assert query(request) == [("include_user_metadata", "true")]


def test_search_pages_and_a_second_pass_refetches_only_the_later_pages() -> None:
    h = Harness(*three_pages(), *three_pages()[1:])
    results = h.client.search.query(INDEX, search_options="visual", query_text="x")
    pages = list(results.pages())
    assert all(isinstance(p, SearchPage) for p in pages)
    assert [p.page_info.prev_page_token or None for p in pages] == [None, "tok-1", "tok-2"]
    assert not pages[-1].page_info.next_page_token
    assert len(h.requests) == 3
    assert len(list(results)) == 5  # iterating again: the first page is kept, not the others
    assert [r.url.path.rsplit("/", 1)[-1] for r in h.requests[3:]] == ["tok-2", "tok-3"]


def test_search_single_page_sends_one_request() -> None:
    h = Harness(ok(search_page([clip(0)], None)))
    assert len(list(h.client.search.query(INDEX, search_options="visual", query_text="x"))) == 1
    assert len(h.requests) == 1


@pytest.mark.parametrize(("limit", "requests"), [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (50, 3)])
def test_search_max_results_stops_early(limit: int, requests: int) -> None:
    h = Harness(*three_pages())
    results = h.client.search.query(
        INDEX, search_options="visual", query_text="x", page_limit=2, max_results=limit
    )
    assert len(list(results)) == min(limit, 5)
    assert len(h.requests) == requests


def test_search_max_results_sets_a_smaller_page_limit() -> None:
    h = Harness(ok(search_page([clip(0), clip(1), clip(2)], "tok-2")))
    results = h.client.search.query(INDEX, search_options="visual", query_text="x", max_results=3)
    assert len(list(results)) == 3
    assert ("page_limit", "3") in [(p.name, p.text) for p in multipart(h.requests[0])]
    assert len(h.requests) == 1


def test_search_expired_token() -> None:
    h = Harness(
        ok(search_page([clip(0)], "old-token")),
        httpx.Response(400, json={"error_code": 7, "message": "Page token expired."}),
    )
    results = h.client.search.query(INDEX, search_options="visual", query_text="x")
    iterator = iter(results)
    next(iterator)
    with pytest.raises(SearchPageExpiredError) as info:
        next(iterator)
    assert "run the search again" in str(info.value)
    assert len(h.requests) == 2  # not retried


def test_search_group_by_video() -> None:
    h = Harness(
        ok(
            search_page([{"id": "v1", "clips": [clip(0), clip(1)]}], "tok-2", total_inner_matches=3)
        ),
        ok(search_page([{"id": "v2", "clips": [clip(2)]}], None)),
    )
    results = h.client.search.query(
        INDEX, search_options="visual", query_text="x", group_by="video"
    )
    groups = list(results)
    assert all(isinstance(g, SearchVideoGroup) for g in groups)
    assert [(g.id, len(g.clips)) for g in groups] == [("v1", 2), ("v2", 1)]
    assert results.page_info.total_inner_matches == 3


def test_search_retrieve_page_stays_available() -> None:
    h = Harness(ok(search_page([clip(9)], None)))
    page = h.client.search.retrieve_page("tok-9")
    assert isinstance(page, SearchPage) and page.data[0].video_id == "v9"
    assert h.routes() == ["GET /search/tok-9"]


def test_search_image_upload_progress(tmp_path: Path) -> None:
    image = tmp_path / "query.png"
    image.write_bytes(b"\x89PNG" + b"\x00" * 5000)
    h = Harness(ok(search_page([clip(0)], None)))
    progress: list[tuple[int, int]] = []
    results = h.client.search.query(
        INDEX,
        search_options="visual",
        query_media_file=image,
        progress=lambda s, t: progress.append((s, t)),
    )
    assert len(list(results)) == 1
    assert progress[-1] == (5004, 5004)
    files = [p for p in multipart(h.requests[0]) if p.filename]
    assert [(p.name, p.filename, p.content_type) for p in files] == [
        ("query_media_file", "query.png", "image/png")
    ]


def test_embed_create_upload_progress(tmp_path: Path) -> None:
    audio = tmp_path / "voice.mp3"
    audio.write_bytes(b"\x01" * 2048)
    h = Harness(ok({"model_name": "Marengo-retrieval-2.7", "audio_embedding": {"segments": []}}))
    progress: list[tuple[int, int]] = []
    h.client.embed.create(audio_file=audio, progress=lambda s, t: progress.append((s, t)))
    assert progress[-1] == (2048, 2048)


# --------------------------------------------------------------------------- generate.stream


class ChunkStream(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk

    def close(self) -> None:
        self.closed = True


def ndjson(*objects: Any) -> bytes:
    return b"".join(json.dumps(o).encode() + b"\n" for o in objects)


START = {"event_type": "stream_start", "metadata": {"generation_id": GEN}}
END = {
    "event_type": "stream_end",
    "metadata": {"generation_id": GEN, "usage": {"output_tokens": 12}},
}


def text(piece: str) -> dict[str, Any]:
    return {"event_type": "text_generation", "text": piece}


def streaming(body: ChunkStream) -> Any:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body, headers={"content-type": "application/x-ndjson"})

    return reply


def test_stream_sends_stream_true_and_yields_every_event() -> None:
    body = ChunkStream(
        [ndjson(START, text("A forklift ")), ndjson(text("moves "), text("pallets.")), ndjson(END)]
    )
    h = Harness(streaming(body))
    stream = h.client.generate.stream(VIDEO, prompt="What happens?", temperature=0.3)
    assert isinstance(stream, GenerateStream)
    assert h.requests == []  # sent when the with block starts
    with stream:
        events = list(stream)
    assert [type(e) for e in events] == [
        StreamStartEvent,
        StreamTextEvent,
        StreamTextEvent,
        StreamTextEvent,
        StreamEndEvent,
    ]
    assert stream.text == "A forklift moves pallets."
    assert stream.generation_id == GEN and stream.usage.output_tokens == 12
    assert h.routes() == ["POST /generate"]
    assert json.loads(h.requests[0].content) == {
        "video_id": VIDEO,
        "prompt": "What happens?",
        "temperature": 0.3,
        "stream": True,
    }
    assert body.closed


def test_stream_without_temperature_leaves_it_out() -> None:
    h = Harness(streaming(ChunkStream([ndjson(START, END)])))
    with h.client.generate.stream(VIDEO, prompt="p") as stream:
        assert stream.final_text() == ""
    assert json.loads(h.requests[0].content) == {"video_id": VIDEO, "prompt": "p", "stream": True}


def test_stream_unknown_event_and_split_lines() -> None:
    raw = ndjson(START, {"event_type": "thinking", "note": "hmm"}, text("split"), text(" ✓"), END)
    body = ChunkStream([raw[i : i + 5] for i in range(0, len(raw), 5)])
    h = Harness(streaming(body))
    with h.client.generate.stream(VIDEO, prompt="p") as stream:
        events = list(stream)
    assert UnknownStreamEvent("thinking", {"event_type": "thinking", "note": "hmm"}) in events
    assert stream.text == "split ✓"


def test_stream_text_stream() -> None:
    h = Harness(streaming(ChunkStream([ndjson(START, text("a"), text("b"), END)])))
    with h.client.generate.stream(VIDEO, prompt="p") as stream:
        assert list(stream.text_stream()) == ["a", "b"]


def test_stream_error_event() -> None:
    failure = {
        "event_type": "stream_error",
        "error": {"code": "token_limit_exceeded", "message": "Too many tokens."},
    }
    body = ChunkStream([ndjson(START, text("par"), failure)])
    h = Harness(streaming(body))
    with pytest.raises(StreamError) as info, h.client.generate.stream(VIDEO, prompt="p") as stream:
        list(stream)
    assert info.value.code == "token_limit_exceeded"
    assert stream.text == "par"
    assert body.closed


def test_stream_early_close_closes_the_transport_stream() -> None:
    body = ChunkStream([ndjson(START), *[ndjson(text(f"{i} ")) for i in range(100)], ndjson(END)])
    h = Harness(streaming(body))
    with h.client.generate.stream(VIDEO, prompt="p") as stream:
        for piece in stream.text_stream():
            if piece == "1 ":
                break
    assert body.closed
    assert body.sent < 10
    assert stream.text == "0 1 "


def test_stream_http_error_is_raised_on_enter() -> None:
    h = Harness(httpx.Response(429, headers={"retry-after": "1"}), strict=False)
    stream = h.client.generate.stream(VIDEO, prompt="p", max_retries=0)
    with pytest.raises(RateLimitError), stream:
        pass
    assert len(h.requests) == 1


def test_stream_validates_before_sending() -> None:
    h = Harness()
    with pytest.raises(ValueError):
        h.client.generate.stream(VIDEO, prompt="p", temperature=3)
    with pytest.raises(ValueError):
        h.client.generate.stream("..", prompt="p")
    assert h.requests == []
