"""The same cases over the sync and the async client.

Every test takes ``runner``: a :class:`SyncRunner` or an :class:`AsyncRunner` over the same
recording ``httpx.MockTransport`` script, with injected clock and sleep. A test calls the
client through the runner (``runner.call(lambda c: c.tasks.retrieve(TASK))``) and the runner
awaits or iterates as that client needs, so one test body checks both clients.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import types
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import twelvelabs_client.resources
from facade_support import (
    API_KEY,
    BASE_URL,
    Recorder,
    example,
    fields,
    multipart,
    path,
    query,
)
from twelvelabs_client import (
    APIConnectionError,
    APIStatusError,
    AsyncPager,
    AsyncTwelveLabs,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SearchPageExpiredError,
    StreamError,
    SyncPager,
    TaskFailedError,
    TwelveLabs,
    WaitTimeoutError,
)
from twelvelabs_client._retry import RetryPolicy
from twelvelabs_client.testing import FakeTwelveLabs
from twelvelabs_generated.models import Chapters, StreamEndEvent, StreamTextEvent, Task

INDEX = "67b2c41e9d3f5a0e1c7a4b12"
TASK = "67b2c6d79d3f5a0e1c7a4b1e"
VIDEO = "67b2c6d79d3f5a0e1c7a4b1f"
INTEGRATION = "67d1e2f39d3f5a0e1c7a4d40"

Client = Any  # TwelveLabs | AsyncTwelveLabs: the test bodies use the shared method names


class Time:
    """Time passes only when the client sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class SyncRunner:
    name = "sync"

    def __init__(self, *replies: Any, http: dict[str, Any] | None = None, **options: Any) -> None:
        self.time = Time()
        self.recorder = Recorder(*replies)
        self.client: Client = TwelveLabs(
            api_key=API_KEY,
            base_url=BASE_URL,
            http_client=httpx.Client(transport=httpx.MockTransport(self.recorder), **(http or {})),
            **options,
        )._use_clock(self.time.advance, self.time.clock)

    def call(self, fn: Callable[[Client], Any]) -> Any:
        return fn(self.client)

    def items(self, fn: Callable[[Client], Any]) -> list[Any]:
        """Everything the (pager, search results) returned by ``fn`` iterates."""
        return list(fn(self.client))

    def pages(self, fn: Callable[[Client], Any]) -> list[Any]:
        return list(fn(self.client).pages())

    def stream(self, fn: Callable[[Client], Any], *, stop_after: int | None = None) -> Any:
        """(events read, stream) for the stream ``fn`` opens."""
        events = []
        with fn(self.client) as stream:
            for event in stream:
                events.append(event)
                if stop_after is not None and len(events) >= stop_after:
                    break
        return events, stream

    @property
    def requests(self) -> list[httpx.Request]:
        return self.recorder.requests


class AsyncRunner(SyncRunner):
    name = "async"

    def __init__(self, *replies: Any, http: dict[str, Any] | None = None, **options: Any) -> None:
        self.time = Time()
        self.recorder = Recorder(*replies)

        async def sleep(seconds: float) -> None:
            self.time.advance(seconds)

        self.client = AsyncTwelveLabs(
            api_key=API_KEY,
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(
                transport=httpx.MockTransport(self.recorder), **(http or {})
            ),
            **options,
        )._use_clock(sleep, self.time.clock)

    def call(self, fn: Callable[[Client], Any]) -> Any:
        async def go() -> Any:
            result = fn(self.client)
            return await result if inspect.isawaitable(result) else result

        return asyncio.run(go())

    def items(self, fn: Callable[[Client], Any]) -> list[Any]:
        async def go() -> list[Any]:
            result = fn(self.client)
            if inspect.isawaitable(result):
                result = await result
            return [item async for item in result]

        return asyncio.run(go())

    def pages(self, fn: Callable[[Client], Any]) -> list[Any]:
        async def go() -> list[Any]:
            result = fn(self.client)
            if inspect.isawaitable(result):
                result = await result
            return [page async for page in result.pages()]

        return asyncio.run(go())

    def stream(self, fn: Callable[[Client], Any], *, stop_after: int | None = None) -> Any:
        async def go() -> Any:
            events = []
            async with fn(self.client) as stream:
                async for event in stream:
                    events.append(event)
                    if stop_after is not None and len(events) >= stop_after:
                        break
            return events, stream

        return asyncio.run(go())


@pytest.fixture(params=[SyncRunner, AsyncRunner], ids=["sync", "async"])
def make(request: pytest.FixtureRequest) -> type[SyncRunner]:
    runner_class: type[SyncRunner] = request.param
    return runner_class


def ok(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body)


def task(status: str, **extra: Any) -> dict[str, Any]:
    return {"_id": TASK, "index_id": INDEX, "video_id": VIDEO, "status": status, **extra}


def list_page(page: int, total: int, *items: dict[str, Any]) -> dict[str, Any]:
    info = {"page": page, "total_page": total, "limit_per_page": 1, "total_results": total}
    return {"data": list(items), "page_info": info}


# ----------------------------------------------------------------------------- wire + parsing


def test_retrieve_sends_the_key_and_parses_the_model(make: type[SyncRunner]) -> None:
    r = make(ok(example("Task")))
    result = r.call(lambda c: c.tasks.retrieve(TASK))
    assert isinstance(result, Task) and result.id == TASK
    request = r.requests[0]
    assert (request.method, path(request)) == ("GET", f"/v1.3/tasks/{TASK}")
    assert request.headers["x-api-key"] == API_KEY


def test_upload_goes_out_as_multipart_and_is_not_retried(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(500), ok(example("CreateTaskResponse")))
    with pytest.raises(InternalServerError):
        r.call(lambda c: c.tasks.create(INDEX, video_file=("clip.mp4", b"\x00" * 10)))
    assert len(r.requests) == 1
    parts = multipart(r.requests[0])
    assert ("index_id", INDEX) in fields(parts)
    video = next(p for p in parts if p.name == "video_file")
    assert (video.filename, video.data) == ("clip.mp4", b"\x00" * 10)


def test_list_filters_go_out_on_every_page(make: type[SyncRunner]) -> None:
    video = {"_id": VIDEO, "system_metadata": {"filename": "a.mp4"}}
    r = make(ok(list_page(1, 2, video)), ok(list_page(2, 2, video)))
    items = r.items(lambda c: c.videos.list(INDEX, width=1920, duration={"gte": 60}))
    assert len(items) == 2 and len(r.requests) == 2
    for number, request in enumerate(r.requests, start=1):
        assert ("page", str(number)) in query(request)
        assert ("width", "1920") in query(request)
        assert ("duration[gte]", "60") in query(request)


def test_summarize_model_follows_the_type_sent(make: type[SyncRunner]) -> None:
    body = {"id": "g1", "chapters": [{"chapter_number": 0, "start": 0, "end": 5}]}
    r = make(ok(body))
    assert isinstance(r.call(lambda c: c.generate.summarize(VIDEO, type="chapter")), Chapters)


def test_delete_returns_none(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(204))
    assert r.call(lambda c: c.indexes.delete(INDEX)) is None
    assert r.requests[0].method == "DELETE"


# ----------------------------------------------------------------------------- validation


def test_invalid_input_is_refused_before_sending(make: type[SyncRunner]) -> None:
    r = make(ok({}))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.tasks.retrieve(".."))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.search.query(INDEX, search_options="visual"))
    with pytest.raises(InvalidInputError):
        r.items(lambda c: c.indexes.list(page_limit=51))
    assert r.requests == []


# ----------------------------------------------------------------------------- errors + retries


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (httpx.Response(404, json={"code": "not_found", "message": "no such task"}), NotFoundError),
        (httpx.Response(409, text="<html>conflict</html>"), ConflictError),
        (httpx.Response(520), InternalServerError),
    ],
)
def test_error_mapping(
    make: type[SyncRunner], reply: httpx.Response, error: type[Exception]
) -> None:
    r = make(reply, max_retries=0)
    with pytest.raises(error) as info:
        r.call(lambda c: c.tasks.retrieve(TASK))
    assert API_KEY not in str(info.value)


def test_retries_back_off_and_honour_retry_after(make: type[SyncRunner]) -> None:
    r = make(
        httpx.Response(503, headers={"retry-after": "3"}),
        httpx.ConnectError("refused"),
        ok(example("Task")),
    )
    r.call(lambda c: c.tasks.retrieve(TASK))
    assert len(r.requests) == 3
    assert r.time.sleeps[0] == 3.0 and 0.75 <= r.time.sleeps[1] <= 1.0


def test_connection_errors_give_up_after_max_retries(
    make: type[SyncRunner], caplog: pytest.LogCaptureFixture
) -> None:
    r = make(httpx.ConnectError("refused"), max_retries=1)
    with (
        caplog.at_level(logging.DEBUG, logger="twelvelabs_client"),
        pytest.raises(APIConnectionError),
    ):
        r.call(lambda c: c.indexes.retrieve(INDEX))
    assert len(r.requests) == 2
    assert caplog.records and all(API_KEY not in rec.getMessage() for rec in caplog.records)


#: One call per endpoint (26; the streamed generate is tested with streaming), named after its
#: generated module, each taking the per-call options ``**o``. "items" calls return a pager,
#: iterated to send the first request.
ENDPOINTS: list[tuple[str, str, Callable[..., Any]]] = [
    ("create_index", "call", lambda c, **o: c.indexes.create("n", models=MODELS, **o)),
    ("list_indexes", "items", lambda c, **o: c.indexes.list(**o)),
    ("retrieve_index", "call", lambda c, **o: c.indexes.retrieve(INDEX, **o)),
    ("update_index", "call", lambda c, **o: c.indexes.update(INDEX, index_name="n", **o)),
    ("delete_index", "call", lambda c, **o: c.indexes.delete(INDEX, **o)),
    ("create_task", "call", lambda c, **o: c.tasks.create(INDEX, video_url=URL, **o)),
    ("list_tasks", "items", lambda c, **o: c.tasks.list(**o)),
    ("retrieve_task", "call", lambda c, **o: c.tasks.retrieve(TASK, **o)),
    ("delete_task", "call", lambda c, **o: c.tasks.delete(TASK, **o)),
    ("create_import", "call", lambda c, **o: c.imports.start(INTEGRATION, index_id=INDEX, **o)),
    (
        "retrieve_import_status",
        "call",
        lambda c, **o: c.imports.status(INTEGRATION, index_id=INDEX, **o),
    ),
    ("retrieve_import_logs", "call", lambda c, **o: c.imports.logs(INTEGRATION, **o)),
    ("list_videos", "items", lambda c, **o: c.videos.list(INDEX, **o)),
    ("retrieve_video", "call", lambda c, **o: c.videos.retrieve(INDEX, VIDEO, **o)),
    (
        "update_video",
        "call",
        lambda c, **o: c.videos.update(INDEX, VIDEO, user_metadata={"a": 1}, **o),
    ),
    ("delete_video", "call", lambda c, **o: c.videos.delete(INDEX, VIDEO, **o)),
    (
        "create_search",
        "call",
        lambda c, **o: c.search.query(INDEX, search_options="visual", query_text="x", **o),
    ),
    ("retrieve_search_page", "call", lambda c, **o: c.search.retrieve_page("tok", **o)),
    ("create_embeddings", "call", lambda c, **o: c.embed.create(text="x", **o)),
    ("create_embed_task", "call", lambda c, **o: c.embed.tasks.create(video_url=URL, **o)),
    ("list_embed_tasks", "items", lambda c, **o: c.embed.tasks.list(**o)),
    ("retrieve_embed_task_status", "call", lambda c, **o: c.embed.tasks.status(TASK, **o)),
    ("retrieve_embed_task", "call", lambda c, **o: c.embed.tasks.retrieve(TASK, **o)),
    ("create_gist", "call", lambda c, **o: c.generate.gist(VIDEO, types="title", **o)),
    ("create_summary", "call", lambda c, **o: c.generate.summarize(VIDEO, type="summary", **o)),
    ("generate_text", "call", lambda c, **o: c.generate.text(VIDEO, prompt="p", **o)),
    # assets, multipart upload sessions, indexed assets
    ("create_asset", "call", lambda c, **o: c.assets.create(url=URL, **o)),
    ("list_assets", "items", lambda c, **o: c.assets.list(**o)),
    ("retrieve_asset", "call", lambda c, **o: c.assets.retrieve(ASSET, **o)),
    ("delete_asset", "call", lambda c, **o: c.assets.delete(ASSET, **o)),
    (
        "update_asset_user_metadata",
        "call",
        lambda c, **o: c.assets.update_user_metadata(ASSET, {"a": 1}, **o),
    ),
    (
        "replace_asset_user_metadata",
        "call",
        lambda c, **o: c.assets.replace_user_metadata(ASSET, {"a": 1}, **o),
    ),
    (
        "delete_asset_user_metadata",
        "call",
        lambda c, **o: c.assets.delete_user_metadata(ASSET, **o),
    ),
    ("retrieve_asset_transcription", "call", lambda c, **o: c.assets.transcription(ASSET, **o)),
    ("list_asset_indexed_assets", "items", lambda c, **o: c.assets.indexed_assets(ASSET, **o)),
    (
        "create_multipart_upload",
        "call",
        lambda c, **o: c.assets.multipart_uploads.create(
            filename="a.mp4", type="video", total_size=10, **o
        ),
    ),
    (
        "report_multipart_upload_chunks",
        "call",
        lambda c, **o: c.assets.multipart_uploads.report(
            UPLOAD, [{"chunk_index": 1, "proof": "e", "chunk_size": 10}], **o
        ),
    ),
    (
        "create_multipart_upload_urls",
        "call",
        lambda c, **o: c.assets.multipart_uploads.presigned_urls(UPLOAD, start=1, count=2, **o),
    ),
    (
        "retrieve_multipart_upload_status",
        "items",
        lambda c, **o: c.assets.multipart_uploads.status(UPLOAD, **o),
    ),
    (
        "list_incomplete_multipart_uploads",
        "items",
        lambda c, **o: c.assets.multipart_uploads.list(**o),
    ),
    ("create_indexed_asset", "call", lambda c, **o: c.indexed_assets.create(INDEX, ASSET, **o)),
    ("list_indexed_assets", "items", lambda c, **o: c.indexed_assets.list(INDEX, **o)),
    (
        "retrieve_indexed_asset",
        "call",
        lambda c, **o: c.indexed_assets.retrieve(INDEX, INDEXED_ASSET, **o),
    ),
    (
        "update_indexed_asset",
        "call",
        lambda c, **o: c.indexed_assets.update(INDEX, INDEXED_ASSET, user_metadata={"a": 1}, **o),
    ),
    (
        "delete_indexed_asset",
        "call",
        lambda c, **o: c.indexed_assets.delete(INDEX, INDEXED_ASSET, **o),
    ),
    ("analyze", "call", lambda c, **o: c.analyze.text(video_url=URL, prompt="p", **o)),
    (
        "create_analyze_task",
        "call",
        lambda c, **o: c.analyze.tasks.create(video_url=URL, prompt="p", **o),
    ),
    ("list_analyze_tasks", "items", lambda c, **o: c.analyze.tasks.list(**o)),
    ("retrieve_analyze_task", "call", lambda c, **o: c.analyze.tasks.retrieve(TASK, **o)),
    ("delete_analyze_task", "call", lambda c, **o: c.analyze.tasks.delete(TASK, **o)),
    ("cancel_analyze_task", "call", lambda c, **o: c.analyze.tasks.cancel(TASK, **o)),
    (
        "create_embeddings_v2",
        "call",
        lambda c, **o: c.embed.v2.create("text", text={"input_text": "x"}, **o),
    ),
    (
        "create_embed_v2_task",
        "call",
        lambda c, **o: c.embed.v2.tasks.create("video", video={"media_source": {"url": URL}}, **o),
    ),
    ("list_embed_v2_tasks", "items", lambda c, **o: c.embed.v2.tasks.list(**o)),
    ("retrieve_embed_v2_task", "call", lambda c, **o: c.embed.v2.tasks.retrieve(TASK, **o)),
]
ASSET = "6a1f0b77c1d2e30012ab9f01"
INDEXED_ASSET = "6a1f31c4d5e6f70012a0b1c2"
UPLOAD = "6a1f2d90e3b4c50012f0a1b2"
MODELS = [{"model_name": "marengo2.7", "model_options": ["visual"]}]
URL = "https://x.test/v.mp4"


def test_every_endpoint_the_facade_calls_is_in_the_table() -> None:
    used = set()
    for module in vars(twelvelabs_client.resources).values():
        if isinstance(module, types.ModuleType):
            used |= {
                value.__name__.rsplit(".", 1)[1]
                for value in vars(module).values()
                if isinstance(value, types.ModuleType)
                and value.__name__.startswith("twelvelabs_generated.api.")
            }
    assert used and used == {label for label, _, _ in ENDPOINTS}


#: The POST operations that create nothing (they find or compute), so repeating one cannot
#: duplicate anything. Every other POST creates something and must never be sent twice.
REPEATABLE_POSTS = {
    "create_search",
    "create_embeddings",
    "create_gist",
    "create_summary",
    "generate_text",
    # reporting a chunk twice counts it once; fresh presigned URLs create nothing
    "report_multipart_upload_chunks",
    "create_multipart_upload_urls",
    "analyze",
    "cancel_analyze_task",
    "create_embeddings_v2",
}


@pytest.mark.parametrize(
    "failure",
    [httpx.Response(500), httpx.RemoteProtocolError("Server disconnected")],
    ids=["500", "dropped-connection"],
)
@pytest.mark.parametrize(("label", "kind", "call"), ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_a_creating_post_that_may_have_reached_the_server_is_sent_once(
    make: type[SyncRunner], label: str, kind: str, call: Callable[..., Any], failure: Any
) -> None:
    r = make(failure, max_retries=2)
    run = r.items if kind == "items" else r.call
    with pytest.raises((InternalServerError, APIConnectionError)):
        run(call)
    creates = r.requests[0].method == "POST" and label not in REPEATABLE_POSTS
    assert len(r.requests) == (1 if creates else 3)


def test_a_streamed_generation_is_repeated_after_a_server_error(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(500), max_retries=1)
    with pytest.raises(InternalServerError):
        r.stream(lambda c: c.generate.stream(VIDEO, prompt="p"))
    assert len(r.requests) == 2


@pytest.mark.parametrize(("label", "kind", "call"), ENDPOINTS, ids=[e[0] for e in ENDPOINTS])
def test_every_method_takes_request_timeout_and_max_retries(
    make: type[SyncRunner], label: str, kind: str, call: Callable[..., Any]
) -> None:
    # A 429 is retried for every request, creates included: max_retries=0 must stop that.
    r = make(httpx.Response(429), max_retries=3)
    run = r.items if kind == "items" else r.call
    with pytest.raises(RateLimitError):
        run(lambda c: call(c, request_timeout=httpx.Timeout(2.0, read=7.5), max_retries=0))
    [request] = r.requests
    assert request.extensions["timeout"] == {"connect": 2.0, "read": 7.5, "write": 2.0, "pool": 2.0}
    assert r.time.sleeps == []


def test_redirects_are_not_followed_so_the_key_stays_with_the_api(
    make: type[SyncRunner],
) -> None:
    moved = httpx.Response(302, headers={"location": "https://elsewhere.test/steal"})
    r = make(moved, ok(example("Task")), http={"follow_redirects": True})
    with pytest.raises(APIStatusError) as info:
        r.call(lambda c: c.tasks.retrieve(TASK))
    assert info.value.status_code == 302
    assert [request.url.host for request in r.requests] == ["api.example.test"]


def test_a_user_client_lends_its_headers_but_not_its_url_params_auth_or_content_type(
    make: type[SyncRunner],
) -> None:
    http = {
        "base_url": "https://elsewhere.test/v9",
        "params": {"page": "7", "other_api_token": "t"},
        "auth": httpx.BasicAuth("user", "password"),
        "headers": {"content-type": "application/json", "x-trace": "abc"},
    }
    r = make(ok({"_id": TASK, "video_id": VIDEO}), ok(list_page(1, 1)), http=http)
    r.call(lambda c: c.tasks.create(INDEX, video_url=URL))
    r.items(lambda c: c.tasks.list(page_limit=5))
    upload, listing = r.requests
    assert str(upload.url) == f"{BASE_URL}/tasks"
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert ("video_url", URL) in fields(multipart(upload))
    assert query(listing) == [("page", "1"), ("page_limit", "5")]
    for request in r.requests:
        assert request.headers["x-trace"] == "abc"
        assert request.headers["x-api-key"] == API_KEY
        assert "authorization" not in request.headers


# ----------------------------------------------------------------------------- pagers


@pytest.mark.parametrize(("total", "expected_requests"), [(0, 1), (1, 1), (3, 3)])
def test_pager_sends_one_request_per_page(
    make: type[SyncRunner], total: int, expected_requests: int
) -> None:
    item = example("Index")
    replies = [ok(list_page(n, total, item)) for n in range(1, total + 1)] or [ok(list_page(1, 0))]
    r = make(*replies)
    assert len(r.items(lambda c: c.indexes.list(page_limit=1))) == total
    assert len(r.requests) == expected_requests


def test_list_returns_the_pager_of_its_client(make: type[SyncRunner]) -> None:
    r = make(ok(list_page(1, 1)))
    pager = r.client.tasks.list()
    assert isinstance(pager, AsyncPager if r.name == "async" else SyncPager)
    assert r.requests == []  # nothing is sent before iterating
    assert len(r.pages(lambda c: c.tasks.list())) == 1


# ----------------------------------------------------------------------------- waiting


def test_wait_polls_until_ready_with_backoff(make: type[SyncRunner]) -> None:
    r = make(ok(task("pending")), ok(task("indexing")), ok(task("indexing")), ok(task("ready")))
    seen: list[str] = []
    result = r.call(lambda c: c.tasks.wait(TASK, on_update=lambda t: seen.append(t.status)))
    assert result.status == "ready"
    assert seen == ["pending", "indexing", "ready"]
    assert r.time.sleeps == [1.0, 2.0, 4.0]


def test_wait_failure_and_deadline(make: type[SyncRunner]) -> None:
    r = make(ok(task("failed", error={"message": "bad codec"})))
    with pytest.raises(TaskFailedError) as failed:
        r.call(lambda c: c.tasks.wait(TASK))
    assert failed.value.detail == "bad codec"

    r = make(ok(task("indexing")))
    with pytest.raises(WaitTimeoutError) as late:
        r.call(lambda c: c.tasks.wait(TASK, timeout=5, poll_interval=2))
    assert late.value.last.status == "indexing" and sum(r.time.sleeps) == 5


def test_create_and_wait_uploads_then_polls_under_one_deadline(make: type[SyncRunner]) -> None:
    r = make(ok(example("CreateTaskResponse")), ok(task("indexing")), ok(task("ready")))
    result = r.call(
        lambda c: c.tasks.create_and_wait(INDEX, video_url="https://e.com/v.mp4", poll_interval=3)
    )
    assert result.status == "ready"
    assert [q.method for q in r.requests] == ["POST", "GET", "GET"]
    assert r.time.sleeps == [3.0]


@pytest.mark.parametrize(
    ("status", "code", "error_class"),
    [
        (400, "resource_not_exist", BadRequestError),
        (401, "api_key_invalid", AuthenticationError),
        (403, "forbidden", PermissionDeniedError),
        (404, "not_found", NotFoundError),
    ],
)
def test_wait_stops_at_once_on_a_client_error(
    make: type[SyncRunner], status: int, code: str, error_class: type[Exception]
) -> None:
    r = make(ok(task("indexing")), httpx.Response(status, json={"code": code, "message": "no"}))
    with pytest.raises(error_class):
        r.call(lambda c: c.tasks.wait(TASK))
    assert len(r.requests) == 2 and r.time.sleeps == [1.0]  # no retry, no further poll


def test_wait_rides_over_a_transient_error_and_reports_a_finished_task(
    make: type[SyncRunner],
) -> None:
    r = make(ok(task("indexing")), httpx.Response(503), ok(task("ready")))
    assert r.call(lambda c: c.tasks.wait(TASK)).status == "ready"
    assert len(r.requests) == 3 and r.time.sleeps[0] == 1.0

    r = make(ok(task("failed")))
    seen: list[Any] = []
    with pytest.raises(TaskFailedError):
        r.call(lambda c: c.embed.tasks.wait(TASK, on_update=seen.append))
    assert len(seen) == 1 and len(r.requests) == 1


EMBED_PENDING = {"_id": TASK, "model_name": "Marengo-retrieval-2.7", "status": "processing"}


@pytest.mark.parametrize(
    ("resource", "created", "pending"),
    [
        ("tasks", example("CreateTaskResponse"), task("indexing")),
        ("embed", {"_id": TASK}, EMBED_PENDING),
    ],
)
def test_create_and_wait_deadline_starts_with_the_upload(
    make: type[SyncRunner], resource: str, created: dict[str, Any], pending: dict[str, Any]
) -> None:
    clock: list[Time] = []

    def slow_upload(request: httpx.Request) -> httpx.Response:
        clock[0].now += 15  # the upload takes 15 s of the 20 s budget
        return ok(created)

    r = make(slow_upload, ok(pending))
    clock.append(r.time)

    def start_later(c: Client) -> Any:
        upload = {"video_file": ("v.mp4", b"v" * 10), "timeout": 20}
        if resource == "tasks":
            call = c.tasks.create_and_wait(INDEX, **upload)
        else:
            call = c.embed.tasks.create_and_wait(**upload)
        r.time.now += 100  # an async call may be awaited long after it was made
        return call

    with pytest.raises(WaitTimeoutError):
        r.call(start_later)
    assert sum(r.time.sleeps) == 5  # the 5 s left after the upload, wherever it started


def test_embed_create_and_wait_retrieves_the_embeddings(make: type[SyncRunner]) -> None:
    created = {"_id": "e1"}
    status = {"_id": "e1", "model_name": "Marengo-retrieval-2.7", "status": "ready"}
    full = {**status, "video_embedding": {"segments": []}}
    r = make(ok(created), ok(status), ok(full))
    result = r.call(lambda c: c.embed.tasks.create_and_wait(video_url="https://e.com/v.mp4"))
    assert result.id == "e1"
    assert [path(q).removeprefix("/v1.3") for q in r.requests] == [
        "/embed/tasks",
        "/embed/tasks/e1/status",
        "/embed/tasks/e1",
    ]


def test_import_wait(make: type[SyncRunner]) -> None:
    busy = {"indexing": [{"video_id": VIDEO, "filename": "a.mp4"}]}
    done = {"ready": [{"video_id": VIDEO, "filename": "a.mp4"}]}
    r = make(ok(busy), ok(done))
    result = r.call(lambda c: c.imports.wait(INTEGRATION, index_id=INDEX))
    assert len(result.ready) == 1 and r.time.sleeps == [2.0]


# ----------------------------------------------------------------------------- bounded waits
# Every poll of a wait is bounded by the wait's deadline: its timeouts are cut to the time left
# and retries that would end past it are not taken. Time passes in these servers' replies.

UNAVAILABLE = httpx.Response(503, headers={"Retry-After": "3"}, json={"message": "busy"})


def timeouts(requests: list[httpx.Request]) -> list[float]:
    """The read timeout each request was sent with."""
    return [q.extensions["timeout"]["read"] for q in requests]


def hanging(r: SyncRunner) -> Callable[[httpx.Request], httpx.Response]:
    """A server that never answers: the request lasts its whole read timeout, then fails."""

    def reply(request: httpx.Request) -> httpx.Response:
        r.time.now += request.extensions["timeout"]["read"]
        raise httpx.ReadTimeout("no answer", request=request)

    return reply


def test_wait_on_a_server_that_keeps_answering_503_ends_at_the_deadline(
    make: type[SyncRunner],
) -> None:
    r = make(ok(task("indexing")), UNAVAILABLE, max_retries=10)
    start = r.time.now
    with pytest.raises(WaitTimeoutError) as info:
        r.call(lambda c: c.tasks.wait(TASK, timeout=20, poll_interval=5))
    # Looks at 0 s, then 5 s, retried after 3 s each (8, 11, 14, 17): a retry at 20 s would
    # end on the deadline, so it is not taken, although 10 retries were allowed.
    assert r.time.now - start <= 20
    assert r.time.sleeps == [5, 3, 3, 3, 3]
    assert len(r.requests) == 6
    assert info.value.last.status == "indexing" and info.value.timeout == 20
    assert isinstance(info.value.__cause__, InternalServerError)
    assert info.value.__cause__.status_code == 503
    assert "did not answer before the deadline" in str(info.value)


def test_wait_on_a_server_that_asks_to_come_back_after_the_deadline(
    make: type[SyncRunner],
) -> None:
    later = httpx.Response(429, headers={"Retry-After": "60"}, json={"message": "slow down"})
    r = make(later)
    with pytest.raises(WaitTimeoutError) as info:
        r.call(lambda c: c.tasks.wait(TASK, timeout=30))
    assert info.value.last is None  # no object was seen
    assert isinstance(info.value.__cause__, RateLimitError)
    assert len(r.requests) == 1 and r.time.sleeps == []  # the 60 s hint does not fit in 30 s


def test_a_hanging_poll_is_cut_at_the_deadline(make: type[SyncRunner]) -> None:
    r = make(ok(task("indexing")))
    r.recorder.replies.append(hanging(r))
    start = r.time.now
    with pytest.raises(WaitTimeoutError) as info:
        r.call(lambda c: c.tasks.wait(TASK, timeout=20))
    first, second = (q.extensions["timeout"] for q in r.requests)
    assert first == {"connect": 5.0, "read": 20.0, "write": 20.0, "pool": 20.0}
    assert second == {"connect": 5.0, "read": 19.0, "write": 19.0, "pool": 19.0}  # after 1 s
    assert r.time.now - start == 20  # not the 600 s read timeout of the client
    assert len(r.requests) == 2 and r.time.sleeps == [1.0]  # the retry would pass the deadline
    assert info.value.last.status == "indexing"
    assert isinstance(info.value.__cause__, APIConnectionError)
    assert isinstance(info.value.__cause__.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize("kind", ["tasks", "embed", "imports"])
def test_every_wait_is_bounded(make: type[SyncRunner], kind: str) -> None:
    r = make()
    r.recorder.replies = [hanging(r)]
    start = r.time.now
    waits = {
        "tasks": lambda c: c.tasks.wait(TASK, timeout=45),
        "embed": lambda c: c.embed.tasks.wait(TASK, timeout=45),
        "imports": lambda c: c.imports.wait(INTEGRATION, index_id=INDEX, timeout=45),
    }
    with pytest.raises(WaitTimeoutError) as info:
        r.call(waits[kind])
    assert info.value.last is None and "no answer came in time" in str(info.value)
    assert timeouts(r.requests) == [45.0] and r.time.now - start == 45


def test_the_last_look_at_the_deadline_gets_a_short_timeout(make: type[SyncRunner]) -> None:
    r = make(ok(task("indexing")))
    with pytest.raises(WaitTimeoutError):
        r.call(lambda c: c.tasks.wait(TASK, timeout=3, poll_interval=3))
    assert timeouts(r.requests) == [3.0, 1.0]  # at the deadline: MIN_ATTEMPT_TIMEOUT


def test_retries_still_happen_when_time_is_left(make: type[SyncRunner]) -> None:
    r = make(ok(task("indexing")), UNAVAILABLE, httpx.ReadTimeout("slow"), ok(task("ready")))
    r.client._sender.policy = RetryPolicy(jitter=lambda delay: delay)
    assert r.call(lambda c: c.tasks.wait(TASK, timeout=60)).status == "ready"
    assert r.time.sleeps == [1.0, 3.0, 1.0]  # poll, Retry-After, backoff of the 2nd retry
    assert timeouts(r.requests) == [60.0, 59.0, 56.0, 55.0]


def test_a_client_error_at_the_deadline_is_not_a_timeout(make: type[SyncRunner]) -> None:
    r = make(ok(task("indexing")), httpx.Response(404, json={"code": "not_found"}))
    with pytest.raises(NotFoundError):
        r.call(lambda c: c.tasks.wait(TASK, timeout=1))
    assert len(r.requests) == 2 and r.time.sleeps == [1.0]


def test_plain_calls_have_no_deadline(make: type[SyncRunner]) -> None:
    later = httpx.Response(503, headers={"Retry-After": "60"})
    r = make(later, ok(task("ready")))
    assert r.call(lambda c: c.tasks.retrieve(TASK)).status == "ready"
    assert r.time.sleeps == [60.0]  # the server's hint, honoured in full
    assert timeouts(r.requests) == [600.0, 600.0]


# ----------------------------------------------------------------------------- search


def search_page(token: str | None, *scores: float) -> dict[str, Any]:
    info: dict[str, Any] = {"limit_per_page": 1, "total_results": 3}
    if token:
        info["next_page_token"] = token
    clips = [{"score": s, "start": 0, "end": 1, "video_id": VIDEO} for s in scores]
    return {"data": clips, "page_info": info, "search_pool": {"total_count": 1}}


def test_search_follows_page_tokens(make: type[SyncRunner]) -> None:
    r = make(ok(search_page("t2", 9)), ok(search_page("t3", 8)), ok(search_page(None, 7)))
    clips = r.items(
        lambda c: c.search.query(
            INDEX, search_options="visual", query_text="dog", include_user_metadata=True
        )
    )
    assert [clip.score for clip in clips] == [9, 8, 7]
    assert all(query(q) == [("include_user_metadata", "true")] for q in r.requests[1:])
    assert [path(q).removeprefix("/v1.3") for q in r.requests] == [
        "/search",
        "/search/t2",
        "/search/t3",
    ]


def test_search_max_results_and_expired_token(make: type[SyncRunner]) -> None:
    r = make(ok(search_page("t2", 9, 8)))
    clips = r.items(
        lambda c: c.search.query(INDEX, search_options="visual", query_text="x", max_results=2)
    )
    assert len(clips) == 2 and len(r.requests) == 1

    r = make(ok(search_page("t2", 9)), httpx.Response(400, json={"message": "expired"}))
    with pytest.raises(SearchPageExpiredError):
        r.items(lambda c: c.search.query(INDEX, search_options="visual", query_text="x"))


# ----------------------------------------------------------------------------- streaming

STREAM = (
    b'{"event_type":"stream_start","metadata":{"generation_id":"g1"}}\n'
    b'{"event_type":"text_generation","text":"Hello"}\n\n'
    b'{"event_type":"future_event"}\n'
    b'{"event_type":"text_generation","text":" world"}\n'
    b'{"event_type":"stream_end","metadata":{"generation_id":"g1"}}'
)


def test_stream_events_and_text(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(200, content=STREAM))
    events, stream = r.stream(lambda c: c.generate.stream(VIDEO, prompt="Describe"))
    assert [type(e).__name__ for e in events] == [
        "StreamStartEvent",
        "StreamTextEvent",
        "UnknownStreamEvent",
        "StreamTextEvent",
        "StreamEndEvent",
    ]
    assert isinstance(events[1], StreamTextEvent) and isinstance(events[-1], StreamEndEvent)
    assert stream.text == "Hello world" and stream.generation_id == "g1"
    assert r.requests[0].content.count(b'"stream":true') == 1


def test_stream_error_event_and_early_stop(make: type[SyncRunner]) -> None:
    bad = b'{"event_type":"stream_error","error":{"code":"x","message":"boom"}}\n'
    r = make(httpx.Response(200, content=bad))
    with pytest.raises(StreamError, match="boom"):
        r.stream(lambda c: c.generate.stream(VIDEO, prompt="p"))

    r = make(httpx.Response(200, content=STREAM))
    events, stream = r.stream(lambda c: c.generate.stream(VIDEO, prompt="p"), stop_after=2)
    assert len(events) == 2 and stream.text == "Hello"


# ----------------------------------------------------------------------------- the fake API


def test_async_client_against_the_fake() -> None:
    fake = FakeTwelveLabs()

    async def scenario() -> list[str]:
        async with fake.async_client() as client:
            index = await client.indexes.create(
                "clips", models=[{"model_name": "marengo2.7", "model_options": ["visual"]}]
            )
            return [item.id async for item in client.indexes.list()] + [index.id]

    ids = asyncio.run(scenario())
    assert ids[0] == ids[-1]
