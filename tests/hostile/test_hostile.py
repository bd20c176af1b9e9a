"""Hostile servers over real loopback sockets: each row is a server scenario, a client call
and the typed error the call must end with, run with the sync and the async client.

Every case is bounded: the server stops by itself (``lifetime``, ``max_connections``), the
client runs with a 0.5 s timeout, and pytest-timeout fails a case that still hangs. On every
row the API key must appear nowhere in the error, its chain or its traceback text.

Rows are added for behaviour that holds; ``scenarios.py`` has more servers (trickling,
huge and gzip-bomb bodies, pagers that never advance, newline-only streams...) whose rows come
with the fixes for them (issue 9, part B).
"""

from __future__ import annotations

import asyncio
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from twelvelabs_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncTwelveLabs,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    StreamError,
    TwelveLabs,
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
    # the key echoed by the server
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


def _run(row: Row, mode: str, base_url: str) -> Exception:
    options: dict[str, Any] = {
        "api_key": KEY,
        "base_url": base_url,
        "timeout": CLIENT_TIMEOUT,
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
    assert isinstance(error, APIConnectionError | APIStatusError | StreamError)
    if row.requests is not None:
        assert len(server.requests) == row.requests
    text = "".join(traceback.format_exception(error)) + repr(error)
    assert KEY not in text
    if row.check is not None:
        row.check(error)
