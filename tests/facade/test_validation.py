"""Client-side validation: InvalidInputError naming the argument, and zero requests sent."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, BASE_URL, Recorder, example, json_response, make_client
from twelvelabs_client import AsyncTwelveLabs, InvalidInputError, TwelveLabs
from twelvelabs_client._validation import check_enum, to_rfc3339
from twelvelabs_generated.models import SearchOption

NAN = math.nan
INF = math.inf
IDX = "67b2c41e9d3f5a0e1c7a4b12"
VID = "67b2c6d79d3f5a0e1c7a4b1f"
MARENGO = [{"model_name": "marengo2.7", "model_options": ["visual"]}]

Call = Callable[[TwelveLabs], Any]

CASES: list[tuple[str, Call, str]] = [
    # ids
    ("empty index id", lambda c: c.indexes.retrieve(""), "index_id"),
    ("dot id", lambda c: c.indexes.delete("."), "index_id"),
    ("dot-dot id", lambda c: c.videos.retrieve(IDX, ".."), "video_id"),
    ("blank task id", lambda c: c.tasks.retrieve("  "), "task_id"),
    ("non-string id", lambda c: c.tasks.delete(123), "task_id"),
    ("empty page token", lambda c: c.search.retrieve_page(""), "page_token"),
    ("dot integration", lambda c: c.imports.logs("."), "integration_id"),
    # file / url
    ("neither file nor url", lambda c: c.tasks.create(IDX), "video_file"),
    (
        "both file and url",
        lambda c: c.tasks.create(IDX, video_file=b"x", video_url="https://x.test/v.mp4"),
        "video_file",
    ),
    ("missing file", lambda c: c.tasks.create(IDX, video_file="/nonexistent/v.mp4"), "video_file"),
    ("directory", lambda c: c.embed.tasks.create(video_file="/tmp"), "video_file"),
    ("url not http", lambda c: c.tasks.create(IDX, video_url="ftp://x/v.mp4"), "video_url"),
    (
        "embed image file and url",
        lambda c: c.embed.create(image_file=b"x", image_url="https://x.test/a.png"),
        "image_file",
    ),
    ("embed nothing", lambda c: c.embed.create(), "text"),
    # page_limit
    ("page_limit 0", lambda c: list(c.tasks.list(page_limit=0)), "page_limit"),
    ("page_limit 51", lambda c: list(c.indexes.list(page_limit=51)), "page_limit"),
    (
        "search page_limit 51",
        lambda c: c.search.query(IDX, search_options="visual", query_text="x", page_limit=51),
        "page_limit",
    ),
    ("page 0", lambda c: list(c.tasks.list(page=0)), "page"),
    # enums
    ("bad status", lambda c: list(c.tasks.list(status=["ready", "done"])), "status"),
    ("bad embed status", lambda c: list(c.embed.tasks.list(status="indexing")), "status"),
    ("bad sort_by", lambda c: list(c.indexes.list(sort_by="name")), "sort_by"),
    (
        "model option not a string",  # the values are open: marengo3.0 adds transcription
        lambda c: c.indexes.create(
            "x", models=[{"model_name": "marengo2.7", "model_options": [3]}]
        ),
        "models[0].model_options",
    ),
    (
        "missing model options",
        lambda c: c.indexes.create("x", models=[{"model_name": "marengo2.7"}]),
        "models[0].model_options",
    ),
    ("no models", lambda c: c.indexes.create("x", models=[]), "models"),
    ("bad addon", lambda c: c.indexes.create("x", models=MARENGO, addons=["logo"]), "addons"),
    (
        "bad search option",
        lambda c: c.search.query(IDX, search_options=["visual", "smell"], query_text="x"),
        "search_options",
    ),
    (
        "bad embedding option",
        lambda c: c.videos.retrieve(IDX, VID, embedding_option="visual_text"),
        "embedding_option",
    ),
    ("bad gist type", lambda c: c.generate.gist(VID, types=["title", "topics"]), "types"),
    ("empty gist types", lambda c: c.generate.gist(VID, types=[]), "types"),
    ("bad summarize type", lambda c: c.generate.summarize(VID, type="chapters"), "type"),
    (
        "bad scope",
        lambda c: c.embed.tasks.create(
            video_url="https://x.test/v.mp4", video_embedding_scope="asset"
        ),
        "video_embedding_scope",
    ),
    # search
    ("search without query", lambda c: c.search.query(IDX, search_options="visual"), "query_text"),
    (
        "search image file and url",
        lambda c: c.search.query(
            IDX,
            search_options="visual",
            query_media_file=b"x",
            query_media_url="https://x.test/a.png",
        ),
        "query_media_file",
    ),
    (
        "clip_count without group_by video",
        lambda c: c.search.query(
            IDX, search_options="visual", query_text="x", sort_option="clip_count"
        ),
        "sort_option",
    ),
    (
        "confidence out of range",
        lambda c: c.search.query(
            IDX, search_options="visual", query_text="x", adjust_confidence_level=2
        ),
        "adjust_confidence_level",
    ),
    (
        "filter not a dict",
        lambda c: c.search.query(IDX, search_options="visual", query_text="x", filter=[1]),
        "filter",
    ),
    (
        "filter string not JSON object",
        lambda c: c.search.query(IDX, search_options="visual", query_text="x", filter="[1]"),
        "filter",
    ),
    # dates
    (
        "naive datetime",
        lambda c: list(c.tasks.list(created_at=dt.datetime(2025, 1, 1))),
        "created_at",
    ),
    ("not a date", lambda c: list(c.indexes.list(updated_at="yesterday")), "updated_at"),
    (
        "date without zone",
        lambda c: list(c.embed.tasks.list(started_at="2025-01-01T00:00:00")),
        "started_at",
    ),
    # numbers, booleans, metadata
    ("temperature > 1", lambda c: c.generate.text(VID, prompt="p", temperature=1.5), "temperature"),
    ("empty prompt", lambda c: c.generate.text(VID, prompt=""), "prompt"),
    (
        "clip length 1",
        lambda c: c.embed.tasks.create(video_url="https://x.test/v", video_clip_length=1),
        "video_clip_length",
    ),
    (
        "one offset only",
        lambda c: c.embed.tasks.create(video_url="https://x.test/v", video_start_offset_sec=1),
        "video_start_offset_sec",
    ),
    (
        "bool as string",
        lambda c: c.videos.retrieve(IDX, VID, transcription="true"),
        "transcription",
    ),
    (
        "metadata list value",
        lambda c: c.videos.update(IDX, VID, user_metadata={"tags": ["a", "b"]}),
        "user_metadata",
    ),
    (
        "metadata clashes with a documented parameter",
        lambda c: list(c.videos.list(IDX, user_metadata={"duration": 5})),
        "user_metadata",
    ),
    (
        "metadata clashes with a range key",
        lambda c: list(c.videos.list(IDX, user_metadata={"width[gte]": 5})),
        "user_metadata",
    ),
    ("unknown range operator", lambda c: list(c.videos.list(IDX, duration={"gt": 5})), "duration"),
    ("width float", lambda c: list(c.videos.list(IDX, width=19.5)), "width"),
    ("empty index name", lambda c: c.indexes.update(IDX, index_name=" "), "index_name"),
    # page_limit of the wrong type
    ("page_limit True", lambda c: list(c.tasks.list(page_limit=True)), "page_limit"),
    ("page_limit string", lambda c: list(c.videos.list(IDX, page_limit="10")), "page_limit"),
    ("page_limit float", lambda c: list(c.embed.tasks.list(page_limit=2.5)), "page_limit"),
    (
        "search page_limit True",
        lambda c: c.search.query(IDX, search_options="visual", query_text="x", page_limit=True),
        "page_limit",
    ),
    # user_metadata
    (
        "metadata empty key",
        lambda c: c.tasks.create(IDX, video_url="https://x.test/v", user_metadata={"": 1}),
        "user_metadata",
    ),
    (
        "metadata non-string key",
        lambda c: c.videos.update(IDX, VID, user_metadata={1: "a"}),
        "user_metadata",
    ),
    (
        "metadata not a dict",
        lambda c: c.videos.update(IDX, VID, user_metadata=[("a", 1)]),
        "user_metadata",
    ),
    (
        "metadata NaN value",
        lambda c: c.videos.update(IDX, VID, user_metadata={"score": NAN}),
        "user_metadata",
    ),
    (
        "metadata infinite value",
        lambda c: c.tasks.create(IDX, video_url="https://x.test/v", user_metadata={"s": INF}),
        "user_metadata",
    ),
    (
        "list filter by NaN metadata",
        lambda c: list(c.videos.list(IDX, user_metadata={"score": NAN})),
        "user_metadata",
    ),
    # filter
    (
        "filter string not JSON",
        lambda c: c.search.query(IDX, search_options="visual", query_text="x", filter="{a: 1}"),
        "filter",
    ),
    (
        "filter string a JSON number",
        lambda c: c.search.query(IDX, search_options="visual", query_text="x", filter="5"),
        "filter",
    ),
    (
        "filter NaN value",
        lambda c: c.search.query(
            IDX, search_options="visual", query_text="x", filter={"duration": {"gte": NAN}}
        ),
        "filter",
    ),
    (
        "filter infinite value",
        lambda c: c.search.query(IDX, search_options="visual", query_text="x", filter={"w": INF}),
        "filter",
    ),
    # NaN and infinity in float arguments
    ("temperature NaN", lambda c: c.generate.text(VID, prompt="p", temperature=NAN), "temperature"),
    (
        "summarize temperature inf",
        lambda c: c.generate.summarize(VID, type="summary", temperature=INF),
        "temperature",
    ),
    (
        "stream temperature NaN",
        lambda c: c.generate.stream(VID, prompt="p", temperature=NAN),
        "temperature",
    ),
    (
        "confidence NaN",
        lambda c: c.search.query(
            IDX, search_options="visual", query_text="x", adjust_confidence_level=NAN
        ),
        "adjust_confidence_level",
    ),
    (
        "clip length NaN",
        lambda c: c.embed.tasks.create(video_url="https://x.test/v", video_clip_length=NAN),
        "video_clip_length",
    ),
    ("videos.list duration NaN", lambda c: list(c.videos.list(IDX, duration=NAN)), "duration"),
    (
        "videos.list duration range inf",
        lambda c: list(c.videos.list(IDX, duration={"lte": INF})),
        "duration[lte]",
    ),
    ("tasks.list duration inf", lambda c: list(c.tasks.list(duration=INF)), "duration"),
    (
        "per-call timeout NaN",
        lambda c: c.indexes.retrieve(IDX, request_timeout=NAN),
        "request_timeout",
    ),
    (
        "per-call timeout inf",
        lambda c: c.tasks.retrieve("t1", request_timeout=INF),
        "request_timeout",
    ),
    (
        "per-call timeout past a year",
        lambda c: c.indexes.retrieve(IDX, request_timeout=1e300),
        "request_timeout",
    ),
    (
        "per-call httpx.Timeout NaN",
        lambda c: c.indexes.retrieve(IDX, request_timeout=httpx.Timeout(NAN)),
        "request_timeout.connect",
    ),
    (
        "per-call httpx.Timeout negative read",
        lambda c: c.indexes.retrieve(IDX, request_timeout=httpx.Timeout(5, read=-1)),
        "request_timeout.read",
    ),
    ("wait timeout NaN", lambda c: c.tasks.wait("t1", timeout=NAN), "timeout"),
    (
        "wait timeout past a year",
        lambda c: c.tasks.wait("t1", timeout=dt.timedelta(days=10**8)),
        "timeout",
    ),
    ("wait poll_interval inf", lambda c: c.tasks.wait("t1", poll_interval=INF), "poll_interval"),
    # ranges
    ("tasks.list negative duration", lambda c: list(c.tasks.list(duration=-5)), "duration"),
    ("tasks.list negative width", lambda c: list(c.tasks.list(width=-1)), "width"),
    ("tasks.list negative height", lambda c: list(c.tasks.list(height=-1)), "height"),
    (
        "embed offsets reversed",
        lambda c: c.embed.tasks.create(
            video_url="https://x.test/v", video_start_offset_sec=10, video_end_offset_sec=5
        ),
        "video_start_offset_sec",
    ),
    (
        "embed offsets equal",
        lambda c: c.embed.tasks.create(
            video_url="https://x.test/v", video_start_offset_sec=5, video_end_offset_sec=5
        ),
        "video_start_offset_sec",
    ),
    (
        "embed end offset NaN",
        lambda c: c.embed.tasks.create(
            video_url="https://x.test/v", video_start_offset_sec=0, video_end_offset_sec=NAN
        ),
        "video_end_offset_sec",
    ),
    (
        "create_and_wait offsets reversed",
        lambda c: c.embed.tasks.create_and_wait(
            video_url="https://x.test/v", video_start_offset_sec=9, video_end_offset_sec=1
        ),
        "video_start_offset_sec",
    ),
    # callbacks
    ("on_update not callable", lambda c: c.tasks.wait("t1", on_update="print"), "on_update"),
    (
        "embed on_update not callable",
        lambda c: c.embed.tasks.wait("t1", on_update=1),
        "on_update",
    ),
    (
        "imports on_update not callable",
        lambda c: c.imports.wait("int1", index_id=IDX, on_update=[]),
        "on_update",
    ),
    (
        "create_and_wait on_update not callable",
        lambda c: c.tasks.create_and_wait(IDX, video_file=b"x", on_update=True),
        "on_update",
    ),
    (
        "progress not callable",
        lambda c: c.tasks.create(IDX, video_file=b"x", progress="bar"),
        "progress",
    ),
    # multipart part headers
    (
        "content type with a header line",
        lambda c: c.tasks.create(IDX, video_file=("a.mp4", b"x", "video/mp4\r\nX-Injected: 1")),
        "video_file",
    ),
    (
        "content type not type/subtype",
        lambda c: c.embed.create(image_file=("a.png", b"x", "png")),
        "image_file",
    ),
    (
        "file name with a line break",
        lambda c: c.search.query(
            IDX, search_options="visual", query_media_file=("a\n.png", b"x", "image/png")
        ),
        "query_media_file",
    ),
]


@pytest.mark.parametrize(("label", "call", "argument"), CASES, ids=[c[0] for c in CASES])
def test_invalid_input_is_refused_before_sending(label: str, call: Call, argument: str) -> None:
    h = make_client(strict=True)
    with pytest.raises(InvalidInputError) as info:
        call(h.client)
    assert info.value.argument == argument
    assert isinstance(info.value, ValueError)
    assert argument in str(info.value)
    assert h.recorder.requests == []


@pytest.mark.parametrize(("label", "call", "argument"), CASES, ids=[c[0] for c in CASES])
def test_async_client_refuses_the_same_input_before_sending(
    label: str, call: Call, argument: str
) -> None:
    recorder = Recorder(strict=True)

    async def run() -> InvalidInputError:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL, http_client=http) as c:
            with pytest.raises(InvalidInputError) as info:
                result = call(c)  # type: ignore[arg-type]
                if inspect.isawaitable(result):
                    await result
        return info.value

    error = asyncio.run(run())
    assert error.argument == argument
    assert recorder.requests == []


# Every wait method, as a call taking the wait's keyword arguments.
WAITS: list[tuple[str, Callable[..., Any]]] = [
    ("tasks.wait", lambda c, **kw: c.tasks.wait("t1", **kw)),
    ("embed.tasks.wait", lambda c, **kw: c.embed.tasks.wait("t1", **kw)),
    ("embed.v2.tasks.wait", lambda c, **kw: c.embed.v2.tasks.wait("t1", **kw)),
    ("analyze.tasks.wait", lambda c, **kw: c.analyze.tasks.wait("t1", **kw)),
    ("assets.wait", lambda c, **kw: c.assets.wait("a1", **kw)),
    ("indexed_assets.wait", lambda c, **kw: c.indexed_assets.wait(IDX, "ia1", **kw)),
]
BAD_WAIT_OPTIONS = [
    ({"timeout": NAN}, "timeout"),
    ({"poll_interval": -1}, "poll_interval"),
    ({"on_update": "print"}, "on_update"),
]


@pytest.mark.parametrize(("method", "wait"), WAITS, ids=[w[0] for w in WAITS])
@pytest.mark.parametrize(("bad", "argument"), BAD_WAIT_OPTIONS, ids=lambda v: str(v))
def test_every_wait_refuses_bad_wait_options_when_called(
    method: str, wait: Callable[..., Any], bad: dict[str, Any], argument: str
) -> None:
    # Also in async: the error comes from the call itself, not from awaiting what it returns.
    recorder = Recorder(strict=True)

    async def call_async() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        async with AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL, http_client=http) as c:
            with pytest.raises(InvalidInputError) as info:
                wait(c, **bad)
            assert info.value.argument == argument

    asyncio.run(call_async())
    h = make_client(strict=True)
    with pytest.raises(InvalidInputError) as info:
        wait(h.client, **bad)
    assert info.value.argument == argument
    assert recorder.requests == [] and h.recorder.requests == []


def test_search_image_over_5_mb_is_refused(tmp_path: Path) -> None:
    image = tmp_path / "big.png"
    with open(image, "wb") as f:
        f.truncate(5 * 1024 * 1024 + 1)
    h = make_client(strict=True)
    with pytest.raises(InvalidInputError) as info:
        h.client.search.query(IDX, search_options="visual", query_media_file=image)
    assert info.value.argument == "query_media_file"
    assert h.recorder.requests == []


def test_video_over_2_gb_is_refused(tmp_path: Path) -> None:
    video = tmp_path / "huge.mp4"
    with open(video, "wb") as f:
        f.truncate(2 * 1024**3 + 1)  # sparse: no disk space used
    h = make_client(strict=True)
    with pytest.raises(InvalidInputError) as info:
        h.client.tasks.create(IDX, video_file=video)
    assert info.value.argument == "video_file"
    assert "2 GB" in str(info.value)
    assert h.recorder.requests == []


def test_enum_check_uses_the_generated_enum_so_regeneration_widens_it() -> None:
    assert check_enum("search_options", "audio", SearchOption) is SearchOption.AUDIO
    assert check_enum("search_options", SearchOption.VISUAL, SearchOption) is SearchOption.VISUAL
    # `transcription` arrived with the 2026 spec: the check accepts it without a facade change.
    transcription = check_enum("search_options", "transcription", SearchOption)
    assert transcription is SearchOption.TRANSCRIPTION
    with pytest.raises(InvalidInputError, match="'audio', 'transcription', 'visual'"):
        check_enum("search_options", "smell", SearchOption)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "2025-01-02T03:04:05Z"),
        (dt.datetime(2025, 1, 2, 3, 4, 5, 463000, tzinfo=dt.UTC), "2025-01-02T03:04:05.463Z"),
        (
            dt.datetime(2025, 1, 2, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            "2025-01-02T03:00:00Z",
        ),
        ("2025-01-02T03:04:05+01:00", "2025-01-02T02:04:05Z"),
    ],
)
def test_datetimes_become_utc_rfc3339(value: object, expected: str) -> None:
    assert to_rfc3339("created_at", value) == expected


def test_rfc3339_strings_are_sent_as_given() -> None:
    h = make_client(json_response(200, example("TaskList")))
    list(h.client.tasks.list(created_at="2025-01-02T03:04:05.463+01:00"))
    assert h.recorder.last.url.params["created_at"] == "2025-01-02T03:04:05.463+01:00"


CLIENT_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("timeout NaN", {"timeout": NAN}, "timeout"),
    ("timeout inf", {"timeout": INF}, "timeout"),
    ("timeout negative", {"timeout": -1}, "timeout"),
    ("timeout past a year", {"timeout": 1e300}, "timeout"),
    ("timeout timedelta past a year", {"timeout": dt.timedelta(days=10**8)}, "timeout"),
    ("httpx.Timeout NaN", {"timeout": httpx.Timeout(NAN)}, "timeout.connect"),
    ("httpx.Timeout negative pool", {"timeout": httpx.Timeout(5, pool=-1)}, "timeout.pool"),
    ("httpx.Timeout inf write", {"timeout": httpx.Timeout(5, write=INF)}, "timeout.write"),
    ("max_retries negative", {"max_retries": -1}, "max_retries"),
    ("max_retries float", {"max_retries": 2.5}, "max_retries"),
]


@pytest.mark.parametrize(
    ("label", "options", "argument"), CLIENT_CASES, ids=[c[0] for c in CLIENT_CASES]
)
@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
def test_client_options_are_refused_at_construction(
    client_class: type[Any], label: str, options: dict[str, Any], argument: str
) -> None:
    with pytest.raises(InvalidInputError) as info:
        client_class(api_key=API_KEY, **options)
    assert info.value.argument == argument


def test_the_sync_client_refuses_an_async_http_client() -> None:
    http = httpx.AsyncClient()
    with pytest.raises(InvalidInputError, match=r"httpx\.AsyncClient") as info:
        TwelveLabs(api_key=API_KEY, http_client=http)  # type: ignore[arg-type]
    assert info.value.argument == "http_client" and "async client" in str(info.value)


def test_the_async_client_refuses_a_sync_http_client() -> None:
    with httpx.Client() as http, pytest.raises(InvalidInputError, match=r"httpx\.Client") as info:
        AsyncTwelveLabs(api_key=API_KEY, http_client=http)  # type: ignore[arg-type]
    assert info.value.argument == "http_client" and "sync client" in str(info.value)


def test_a_year_is_the_longest_timeout_taken() -> None:
    h = make_client(json_response(200, example("Index")), timeout=dt.timedelta(days=365))
    h.client.indexes.retrieve(IDX, request_timeout=httpx.Timeout(365 * 24 * 3600, pool=None))
    assert h.recorder.last.extensions["timeout"]["read"] == 365 * 24 * 3600


def test_a_wait_may_still_run_forever() -> None:
    """``timeout=math.inf`` on a wait is the documented way to wait without a deadline."""
    h = make_client(json_response(200, {**example("Task"), "status": "ready"}))
    assert h.client.tasks.wait("t1", timeout=math.inf).status == "ready"
