"""httpx transports that run the fake in-process (no sockets), sync and async.

They behave like a network would: streamed responses arrive in the fake's chunks, a dropped
connection raises ``httpx.RemoteProtocolError``, and a delay longer than the request's read
timeout raises ``httpx.ReadTimeout``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable, Iterator

import httpx

from ._app import FakeApp
from ._wire import Request, Response


def _fake_request(request: httpx.Request, body: bytes | Iterable[bytes]) -> Request:
    return Request.build(
        request.method,
        request.url.raw_path.decode("ascii"),
        headers=request.headers.multi_items(),
        body=body,
    )


def _wait(response: Response, request: httpx.Request) -> tuple[float, bool]:
    """How long to wait before answering, and whether the request times out instead.

    A delay longer than the request's read timeout ends in ``httpx.ReadTimeout`` after that
    timeout, as with a real server.
    """
    timeout = request.extensions.get("timeout")
    read = timeout.get("read") if isinstance(timeout, dict) else None
    if isinstance(read, int | float) and response.delay > read:
        return float(read), True
    return response.delay, False


def _timed_out(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("The fake API answered too slowly.", request=request)


def _cut(response: Response) -> tuple[list[bytes], bool]:
    """The chunks to deliver, and whether the connection breaks after them."""
    if response.drop != "mid_body":
        return response.chunks, False
    body = response.body
    return [body[: len(body) // 2]], True


def _broken(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body", request=request
    )


class _ChunkStream(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes], breaks: bool, request: httpx.Request) -> None:
        self._chunks = chunks
        self._breaks = breaks
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks
        if self._breaks:
            raise _broken(self._request)


class _AsyncChunkStream(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes], breaks: bool, request: httpx.Request) -> None:
        self._chunks = chunks
        self._breaks = breaks
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk
        if self._breaks:
            raise _broken(self._request)


def _answer(
    response: Response,
    request: httpx.Request,
    stream: type[_ChunkStream] | type[_AsyncChunkStream],
) -> httpx.Response:
    """The httpx response for the fake's answer (after any delay)."""
    if response.drop == "no_response":
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )
    headers = list(response.headers)
    if response.streamed:
        headers.append(("Transfer-Encoding", "chunked"))
    elif response.status not in (204, 304):
        headers.append(("Content-Length", str(len(response.body))))
    chunks, breaks = _cut(response)
    return httpx.Response(
        response.status, headers=headers, stream=stream(chunks, breaks, request), request=request
    )


class FakeTransport(httpx.BaseTransport):
    """Sync transport: ``httpx.Client(transport=FakeTransport(app))``."""

    def __init__(self, app: FakeApp) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer the request with the fake (no network)."""
        stream = request.stream
        body: bytes | Iterable[bytes] = (
            stream if isinstance(stream, httpx.SyncByteStream) else request.read()
        )
        response = self.app.handle(_fake_request(request, body))
        seconds, timed_out = _wait(response, request)
        if seconds > 0:
            time.sleep(seconds)
        if timed_out:
            raise _timed_out(request)
        return _answer(response, request, _ChunkStream)


class AsyncFakeTransport(httpx.AsyncBaseTransport):
    """Async transport: ``httpx.AsyncClient(transport=AsyncFakeTransport(app))``."""

    def __init__(self, app: FakeApp) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer the request with the fake (no network)."""
        stream = request.stream
        if isinstance(stream, httpx.AsyncByteStream):
            body = b"".join([chunk async for chunk in stream])
        else:
            body = request.read()
        response = self.app.handle(_fake_request(request, body))
        seconds, timed_out = _wait(response, request)
        if seconds > 0:
            await asyncio.sleep(seconds)
        if timed_out:
            raise _timed_out(request)
        return _answer(response, request, _AsyncChunkStream)
