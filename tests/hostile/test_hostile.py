"""Hostile servers over real loopback sockets: each row is a server scenario, a client call
and the typed error the call must end with, run with the sync and the async client.

Every case is bounded: the server stops by itself (``lifetime``, ``max_connections``), the
client runs with a 0.5 s timeout, and pytest-timeout fails a case that still hangs. On every
row the API key must appear nowhere in the error, its chain or its traceback text.

A new fault is a scenario in ``scenarios.py`` and a row in ``ROWS`` here.
"""

from __future__ import annotations

import asyncio
import io
import math
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from twelvelabs_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncTwelveLabs,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    StreamDecodeError,
    StreamError,
    Task,
    TaskFailedError,
    TwelveLabs,
    TwelveLabsError,
    UnexpectedResponseError,
    WaitTimeoutError,
)

from . import scenarios
from .server import HostileServer, Scenario

KEY = "tlk_hostile_0123456789abcdef"
IDX = "67b2c41e9d3f5a0e1c7a4b12"
CLIENT_TIMEOUT = 0.5


# --------------------------------------------------------------------------- calls


def _stream_sync(client: TwelveLabs) -> str:
    with client.generate.stream("vid-1", prompt="Describe the video") as stream:
        return stream.final_text()


async def _stream_async(client: AsyncTwelveLabs) -> str:
    async with client.generate.stream("vid-1", prompt="Describe the video") as stream:
        return await stream.final_text()


async def _retrieve_async(client: AsyncTwelveLabs) -> Any:
    return await client.indexes.retrieve(IDX)


async def _create_index_async(client: AsyncTwelveLabs) -> Any:
    return await client.indexes.create("hostile", models=MODELS)


MODELS = [{"model_name": "marengo2.7", "model_options": ["visual"]}]
WAIT = 2.0  # the wait's timeout in the rows that wait


async def _list_async(client: AsyncTwelveLabs) -> Any:
    return [index async for index in client.indexes.list()]


def _search_sync(client: TwelveLabs) -> Any:
    return list(client.search.query(IDX, search_options="visual", query_text="x"))


async def _search_async(client: AsyncTwelveLabs) -> Any:
    results = await client.search.query(IDX, search_options="visual", query_text="x")
    return [item async for item in results]


async def _wait_async(client: AsyncTwelveLabs) -> Any:
    return await client.tasks.wait("task-1", timeout=WAIT, poll_interval=0.1)


@dataclass(frozen=True)
class Call:
    sync: Callable[[TwelveLabs], Any]
    async_: Callable[[AsyncTwelveLabs], Awaitable[Any]]


CALLS: dict[str, Call] = {
    "indexes.retrieve": Call(lambda c: c.indexes.retrieve(IDX), _retrieve_async),
    "indexes.create": Call(
        lambda c: c.indexes.create("hostile", models=MODELS), _create_index_async
    ),
    "generate.stream": Call(_stream_sync, _stream_async),
    "indexes.list": Call(lambda c: list(c.indexes.list()), _list_async),
    "search.query": Call(_search_sync, _search_async),
    "tasks.wait": Call(
        lambda c: c.tasks.wait("task-1", timeout=WAIT, poll_interval=0.1), _wait_async
    ),
}


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Row:
    name: str
    scenario: Callable[[], Scenario]
    call: str
    raises: type[Exception]
    max_retries: int = 0
    requests: int | None = None  # how many requests the server must have seen
    check: Callable[[Exception], None] | None = None
    timeout: float = CLIENT_TIMEOUT  # the client's; longer for rows that move many bytes


def _key_scrubbed_from_request(error: Exception) -> None:
    response = getattr(error, "response", None)
    assert response is not None
    assert response.request.headers.get("x-api-key") != KEY


ROWS: list[Row] = [
    # time: a per-read timeout catches a server that goes quiet
    Row("stall after headers", scenarios.stall_after_headers, "indexes.retrieve", APITimeoutError),
    Row("never answers", scenarios.silence, "indexes.retrieve", APITimeoutError),
    Row(
        "stream_start then silence",
        scenarios.stream_start_then_silence,
        "generate.stream",
        APITimeoutError,
    ),
    Row(
        "error status then stall",
        lambda: scenarios.stall_after_headers(status=500),
        "indexes.retrieve",
        APITimeoutError,
    ),
    # broken connections
    Row("reset mid-body", scenarios.reset_mid_body, "indexes.retrieve", APIConnectionError),
    Row("truncated body", scenarios.truncated_body, "indexes.retrieve", APIConnectionError),
    Row(
        "closed without an answer",
        scenarios.close_without_answer,
        "indexes.retrieve",
        APIConnectionError,
    ),
    Row(
        "garbage status line", scenarios.garbage_status_line, "indexes.retrieve", APIConnectionError
    ),
    Row(
        "reset mid-stream", scenarios.stream_start_then_reset, "generate.stream", APIConnectionError
    ),
    # retries: a GET is tried again, a create is never sent twice once it may have arrived
    Row(
        "reset on every attempt of a GET",
        scenarios.reset_mid_body,
        "indexes.retrieve",
        APIConnectionError,
        max_retries=2,
        requests=3,
    ),
    Row(
        "truncated answer to a create",
        lambda: scenarios.truncated_body(status=201),
        "indexes.create",
        APIConnectionError,
        max_retries=2,
        requests=1,
    ),
    Row(
        "500 on every attempt of a GET",
        lambda: scenarios.answer(500, b"{}"),
        "indexes.retrieve",
        InternalServerError,
        max_retries=2,
        requests=3,
    ),
    # time: the read timeout bounds the whole attempt, not each read
    Row(
        "headers then one byte per second",
        lambda: scenarios.trickle(header_interval=0.0),
        "indexes.retrieve",
        APITimeoutError,
    ),
    Row(
        "a head that never ends, one byte at a time",  # every read gets a byte in time
        scenarios.trickle_head,
        "indexes.retrieve",
        APITimeoutError,
    ),
    Row(
        "a streamed answer's head that never ends",
        scenarios.trickle_head,
        "generate.stream",
        APITimeoutError,
    ),
    Row(
        "a wait against a head that never ends ends at its deadline",
        scenarios.trickle_head,
        "tasks.wait",
        WaitTimeoutError,
        max_retries=10,
        check=lambda error: _caused_by(error, APITimeoutError),
    ),
    Row(
        "a wait against a trickling server ends at its deadline",
        lambda: scenarios.trickle(header_interval=0.0),
        "tasks.wait",
        WaitTimeoutError,
        max_retries=10,  # each poll times out and is retried until the wait's deadline
        check=lambda error: _caused_by(error, APITimeoutError),
    ),
    Row(
        "stream_start then only newlines",
        scenarios.stream_start_then_newlines,
        "generate.stream",
        APITimeoutError,
    ),
    Row(
        "a stream's error body stalls: retried like any request",
        lambda: scenarios.stall_after_headers(status=500),
        "generate.stream",
        APITimeoutError,
        max_retries=2,
        requests=3,
    ),
    Row(
        "a stream's error body is cut: retried like any request",
        lambda: scenarios.reset_mid_body(status=503),
        "generate.stream",
        APIConnectionError,
        max_retries=1,
        requests=2,
    ),
    # memory: every body is read with a cap
    Row(
        "a 300 MB 200",
        scenarios.huge_body,
        "indexes.retrieve",
        UnexpectedResponseError,
        timeout=15,  # 32 MiB arrive before the cap stops the read, also on a busy machine
        check=lambda error: _names_the_cap(error, 32 * 1024 * 1024),
    ),
    Row(
        "a 300 MB 200 with its Content-Length",
        lambda: scenarios.huge_body(chunked=False),
        "indexes.retrieve",
        UnexpectedResponseError,
        check=lambda error: _names_the_cap(error, 32 * 1024 * 1024),
    ),
    Row(
        "a 300 MB 500: 1 MiB read, the status mapped",
        lambda: scenarios.huge_body(status=500),
        "indexes.retrieve",
        InternalServerError,
        timeout=15,
    ),
    Row(
        "a gzip bomb",
        scenarios.gzip_bomb,
        "indexes.retrieve",
        UnexpectedResponseError,
        timeout=15,
        check=lambda error: _names_the_cap(error, 32 * 1024 * 1024),
    ),
    Row(
        "a gzip, gzip bomb: every layer inflated piece by piece",
        scenarios.double_gzip_bomb,
        "indexes.retrieve",
        UnexpectedResponseError,
        timeout=15,
        check=lambda error: _names_the_cap(error, 32 * 1024 * 1024),
    ),
    Row(
        "a gzip, gzip bomb on an error body: the status mapped",
        lambda: scenarios.double_gzip_bomb(status=500),
        "indexes.retrieve",
        InternalServerError,
        timeout=15,
    ),
    Row(
        "a gzipped stream of 300 MB of newlines",
        scenarios.stream_gzip_newlines,
        "generate.stream",
        StreamError,  # read through quickly: it ends without stream_end
        timeout=15,
    ),
    Row(
        "gzip that is not gzip",
        scenarios.not_gzip,
        "indexes.retrieve",
        UnexpectedResponseError,
        max_retries=2,
        requests=1,  # not a transient failure: not retried
    ),
    Row(
        "gzip that is not gzip on an error body",
        lambda: scenarios.not_gzip(status=400),
        "indexes.retrieve",
        UnexpectedResponseError,
    ),
    # runaway pagination
    Row(
        "a list that always answers page 1",
        scenarios.page_never_advances,
        "indexes.list",
        UnexpectedResponseError,
        requests=2,
    ),
    Row(
        "empty search pages with ever new tokens",
        scenarios.search_tokens_forever,
        "search.query",
        UnexpectedResponseError,
        requests=3,
    ),
    # the key echoed by the server
    Row(
        "stream_error echoing the key",
        scenarios.echo_key_stream_error,
        "generate.stream",
        StreamError,
    ),
    Row(
        "a stream line echoing the key",
        scenarios.stream_line_echoing_the_key,
        "generate.stream",
        StreamDecodeError,
    ),
    Row(
        "a stream line cut in the middle of the key it echoes",
        scenarios.stream_line_cutting_the_key,
        "generate.stream",
        StreamDecodeError,
        check=lambda error: _shows_no_start_of_the_key(error),
    ),
    Row(
        "a stream object with an integer too long for int()",
        scenarios.stream_object_with_a_huge_integer,
        "generate.stream",
        StreamDecodeError,
    ),
    Row(
        "a failed task echoing the key",
        scenarios.failed_task_echoing_the_key,
        "tasks.wait",
        TaskFailedError,
        check=lambda error: _is_a(getattr(error, "task", None), Task),
    ),
    Row(
        "an unparseable 200 echoing the key",
        scenarios.unparseable_echoing_the_key,
        "indexes.retrieve",
        UnexpectedResponseError,
    ),
    Row(
        "401 echoing the key",
        scenarios.echo_key_error,
        "indexes.retrieve",
        AuthenticationError,
        check=_key_scrubbed_from_request,
    ),
    Row(
        "400 echoing the key on a stream",
        lambda: scenarios.echo_key_error(400),
        "generate.stream",
        BadRequestError,
        check=_key_scrubbed_from_request,
    ),
]


# --------------------------------------------------------------------------- the test


def _names_the_cap(error: Exception, cap: int) -> None:
    assert f"larger than {cap} bytes" in str(error), str(error)


def _is_a(value: object, kind: type) -> None:
    assert isinstance(value, kind), repr(value)


def _shows_no_start_of_the_key(error: Exception) -> None:
    text = str(error) + repr(getattr(error, "line", None))
    assert KEY[:8] not in text, text


def _caused_by(error: Exception, cause: type[Exception]) -> None:
    assert any(isinstance(linked, cause) for linked in _chain(error)[1:]), _chain(error)


def _chain(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 20:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _run(row: Row, mode: str, base_url: str) -> Exception:
    options: dict[str, Any] = {
        "api_key": KEY,
        "base_url": base_url,
        "timeout": row.timeout,
        "max_retries": row.max_retries,
    }
    call = CALLS[row.call]
    if mode == "sync":
        with TwelveLabs(**options)._use_clock(lambda _: None) as client:
            with pytest.raises(Exception) as info:
                call.sync(client)
            return info.value

    async def no_sleep(_: float) -> None:
        return None

    async def run() -> Exception:
        async with AsyncTwelveLabs(**options)._use_clock(no_sleep) as client:
            with pytest.raises(Exception) as info:
                await call.async_(client)
            return info.value

    return asyncio.run(run())


@pytest.mark.timeout(30)
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_hostile_server(row: Row, mode: str) -> None:
    with HostileServer(row.scenario(), lifetime=20) as server:
        error = _run(row, mode, server.base_url)
    assert not server.errors, server.errors
    assert type(error) is row.raises, repr(error)
    assert isinstance(error, TwelveLabsError)
    if row.requests is not None:
        assert len(server.requests) == row.requests
    text = "".join(traceback.format_exception(error)) + repr(error)
    for name in ("detail", "event", "line", "body", "task"):
        text += repr(getattr(error, name, None))
    assert KEY not in text
    for linked in _chain(error):  # a chained httpx error holds the request: masked
        request = getattr(linked, "_request", None) or getattr(linked, "request", None)
        if isinstance(request, httpx.Request):
            assert request.headers.get("x-api-key") != KEY
    if row.check is not None:
        row.check(error)


# --------------------------------------------------------------------------- uploads


UPLOAD = 16 * 1024 * 1024  # more than loopback socket buffers hold: the server's pace shows


def _upload(mode: str, base_url: str, timeout: httpx.Timeout) -> Any:
    options: dict[str, Any] = {
        "api_key": KEY,
        "base_url": base_url,
        "timeout": timeout,
        "max_retries": 0,
    }
    if mode == "sync":
        with TwelveLabs(**options) as client:
            return client.tasks.create(IDX, video_file=("clip.mp4", io.BytesIO(b"v" * UPLOAD)))

    async def run() -> Any:
        async with AsyncTwelveLabs(**options) as client:
            return await client.tasks.create(
                IDX, video_file=("clip.mp4", io.BytesIO(b"v" * UPLOAD))
            )

    return asyncio.run(run())


@pytest.mark.timeout(30)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_slowly_read_upload_is_not_cut_by_a_shorter_read_timeout(mode: str) -> None:
    # The server takes the first 8 MiB of the body 256 KiB per 0.05 s (1.6 s), the rest at
    # once, then answers: the 0.5 s read bound counts from the answer's first read, not from
    # the connect (the upload's duration is not counted; each write has its own bound).
    answer = scenarios.answer(200, b'{"_id": "task-1", "video_id": "video-1"}')
    with HostileServer(answer, lifetime=20, body_pace=0.05) as server:
        created = _upload(mode, server.base_url, httpx.Timeout(5.0, read=0.5))
    assert not server.errors, server.errors
    assert created.id == "task-1"
    assert len(server.requests) == 1 and len(server.requests[0].body) > UPLOAD


@pytest.mark.timeout(30)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_upload_the_server_stops_reading_ends_by_the_write_timeout(mode: str) -> None:
    server = HostileServer(scenarios.answer(200, b"{}"), lifetime=20, body_pace=math.inf)
    with server, pytest.raises(APITimeoutError) as info:
        _upload(mode, server.base_url, httpx.Timeout(5.0, write=0.3))
    assert not server.errors, server.errors
    assert any(isinstance(linked, httpx.WriteTimeout) for linked in _chain(info.value))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_upload_under_a_call_deadline_is_cut_at_it_however_slowly_it_is_read(mode: str) -> None:
    # The server takes the first 8 MiB of the body 256 KiB per 0.5 s (16 s): every write ends
    # within its own bound, so only the call's timeout= (one deadline over the upload) stops
    # it, at the deadline, as a write timeout.
    answer = scenarios.answer(201, b'{"_id": "asset-1", "status": "processing"}')
    options: dict[str, Any] = {"filename": "clip.mp4", "multipart": False, "wait": False}
    server = HostileServer(answer, lifetime=25, body_pace=0.5)
    with server, pytest.raises(APITimeoutError) as info:
        if mode == "sync":
            with TwelveLabs(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
                client.assets.upload(b"v" * UPLOAD, timeout=2, **options)
        else:

            async def run() -> None:
                async with AsyncTwelveLabs(
                    api_key=KEY, base_url=server.base_url, max_retries=0
                ) as client:
                    await client.assets.upload(b"v" * UPLOAD, timeout=2, **options)

            asyncio.run(run())
    assert not server.errors, server.errors
    assert any(isinstance(linked, httpx.WriteTimeout) for linked in _chain(info.value))
    assert any("timeout ran out" in note for note in info.value.__notes__)
