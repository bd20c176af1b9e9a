"""Hostile storage hosts over loopback sockets, against the multipart upload engine: an
answer that never ends, an answer that trickles, a host that never answers. Every server is
bounded in lifetime and connections (see ``server.py``); the engine gets no retries, so each
case is one PUT."""

from __future__ import annotations

import asyncio
import gc
import tracemalloc
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import httpx
import pytest
from twelvelabs_client import UploadInterruptedError
from twelvelabs_client._multipart_upload import (
    MultipartUploadResult,
    upload_multipart,
    upload_multipart_async,
)
from twelvelabs_client._retry import RetryPolicy

from .scenarios import head
from .server import HostileServer, Wire

MiB = 1024 * 1024
NO_RETRY = RetryPolicy(max_retries=0, initial_delay=0.0, max_delay=0.0, jitter=lambda d: d)


class OneChunk:
    """A session of one 1 KiB chunk whose presigned URL is the hostile server's."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.reported: list[Mapping[str, Any]] = []

    def create(self, **body: Any) -> Mapping[str, Any]:
        return {
            "upload_id": "up1",
            "asset_id": "a1",
            "chunk_size": 1024,
            "total_chunks": 1,
            "upload_urls": [{"chunk_index": 1, "url": self.url}],
        }

    def report(
        self, upload_id: str, chunks: Sequence[Mapping[str, Any]], *, quick: bool = False
    ) -> Mapping[str, Any]:
        self.reported += chunks
        return {"asset_id": "a1", "total_completed": len(self.reported)}

    def presigned_urls(self, upload_id: str, *, start: int, count: int) -> Mapping[str, Any]:
        return {"upload_urls": [{"chunk_index": 1, "url": self.url}]}

    def uploaded_chunks(self, upload_id: str) -> Iterator[Mapping[str, Any]]:
        return iter(())

    def incomplete_uploads(self) -> Iterator[Mapping[str, Any]]:
        return iter(())


class AsyncOneChunk:
    def __init__(self, inner: OneChunk) -> None:
        self.inner = inner

    async def create(self, **body: Any) -> Mapping[str, Any]:
        return self.inner.create(**body)

    async def report(
        self, upload_id: str, chunks: Sequence[Mapping[str, Any]], *, quick: bool = False
    ) -> Mapping[str, Any]:
        return self.inner.report(upload_id, chunks)

    async def presigned_urls(self, upload_id: str, *, start: int, count: int) -> Mapping[str, Any]:
        return self.inner.presigned_urls(upload_id, start=start, count=count)


def upload(mode: str, server: HostileServer, timeout: float) -> MultipartUploadResult:
    sessions = OneChunk(server.base_url.replace("/v1.3", "/bucket/1"))
    options: dict[str, Any] = {"filename": "a.mp4", "retry": NO_RETRY}
    if mode == "sync":
        with httpx.Client(timeout=timeout) as http:
            return upload_multipart(sessions, http, b"a" * 1024, **options)

    async def go() -> MultipartUploadResult:
        async with httpx.AsyncClient(timeout=timeout) as http:
            return await upload_multipart_async(
                AsyncOneChunk(sessions),  # type: ignore[arg-type]
                http,
                b"a" * 1024,
                **options,
            )

    return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def endless_answer(wire: Wire) -> None:
    """200 with an ETag, then a chunked body that never ends (until the client goes)."""
    if not wire.send(head(200, {"etag": '"e1"'}, chunked=True)):
        return
    block = b"x" * (1024 * 1024)
    frame = b"%x\r\n%s\r\n" % (len(block), block)
    while wire.send(frame):
        pass


def trickling_answer(wire: Wire) -> None:
    """200 with an ETag and a 100-byte body, one byte every 0.3 s: each read gets a byte in
    time, so only a bound on the whole answer ends it."""
    if not wire.send(head(200, {"etag": '"e1"'}, length=100)):
        return
    for _ in range(100):
        if not (wire.send(b"x") and wire.pause(0.3)):
            return


def test_an_endless_storage_answer_is_read_up_to_a_small_cap_and_closed(mode: str) -> None:
    gc.collect()
    tracemalloc.start()
    try:
        with HostileServer(endless_answer, max_connections=2, lifetime=20) as server:
            result = upload(mode, server, timeout=10)
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.chunks_sent == 1 and result.asset_id == "a1"  # the ETag was enough
    assert peak < 16 * MiB  # not the gigabytes the server would have sent
    assert len(server.requests) == 1 and server.errors == []


def test_a_trickling_storage_answer_ends_at_the_read_timeout(mode: str) -> None:
    server = HostileServer(trickling_answer, max_connections=2, lifetime=25)
    with server, pytest.raises(UploadInterruptedError, match="ReadTimeout") as caught:
        upload(mode, server, timeout=1.0)
    assert caught.value.confirmed_bytes == 0
    assert len(server.requests) == 1


def test_a_storage_host_that_never_answers_ends_at_the_read_timeout(mode: str) -> None:
    server = HostileServer(lambda wire: wire.hold(), max_connections=2, lifetime=25)
    with server, pytest.raises(UploadInterruptedError, match="ReadTimeout"):
        upload(mode, server, timeout=1.0)
    assert len(server.requests) == 1
