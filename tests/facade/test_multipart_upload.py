"""The multipart upload engine, over a small session stub and a storage-host stub.

The storage stub is an httpx transport (sync and async) that drains each PUT body piece by
piece, hashes it and answers with an ETag; the session stub plays the API's side (§4 of the
2026 wire facts): presigned URLs it can expire, reports with duplicates counted, the status of
the completed chunks, and the list of incomplete uploads. One test runs over a loopback socket.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import http.server
import io
import itertools
import threading
import tracemalloc
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from twelvelabs_client import TwelveLabsError, UploadInterruptedError
from twelvelabs_client._multipart_upload import (
    MultipartUploadResult,
    upload_multipart,
    upload_multipart_async,
)
from twelvelabs_client._retry import RetryPolicy
from twelvelabs_client.errors import InternalServerError, InvalidInputError

KEY = "tlk_SECRET_KEY_never_on_storage"
MiB = 1024 * 1024
DAY = 24 * 3600.0
NOW = 1_790_000_000.0  # the stub's wall clock (epoch seconds)
NO_JITTER = RetryPolicy(max_retries=2, initial_delay=1.0, max_delay=8.0, jitter=lambda d: d)


def _iso(epoch: float) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- stubs


class Storage(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The storage host: accepts a PUT on a live presigned URL, answers with a quoted ETag.

    ``faults[index]`` is a list of what the next PUTs of that chunk get instead: an HTTP status,
    or ``"drop"`` (the connection breaks after the body was sent).
    """

    def __init__(self, *, keep: bool = True) -> None:
        self.keep = keep
        self.lock = threading.Lock()
        self.live: set[str] = set()  # signatures that are accepted
        self.one_use = False  # when set, a URL is spent by its first PUT, whatever the answer
        self.stored: dict[int, tuple[str, bytes | None]] = {}  # index -> (etag, bytes)
        self.puts: list[tuple[int, int]] = []  # (index, status) of every PUT answered
        self.headers: list[httpx.Headers] = []
        self.faults: dict[int, list[int | str]] = {}
        self.on_put: Any = None
        self.on_piece: Any = None  # (index, bytes received so far), sync transport only
        self.in_flight = 0
        self.most_in_flight = 0

    def expire_all(self) -> None:
        with self.lock:
            self.live.clear()

    def _start(self, request: httpx.Request) -> tuple[int, int | str | None]:
        assert request.method == "PUT"
        index = int(request.url.path.rsplit("/", 1)[1])
        sig = parse_qs(urlsplit(str(request.url)).query)["sig"][0]
        with self.lock:
            self.headers.append(request.headers)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            if sig not in self.live:
                return index, 403
            if self.one_use:
                self.live.discard(sig)
            pending = self.faults.get(index)
            return index, (pending.pop(0) if pending else None)

    def _finish(
        self, request: httpx.Request, index: int, fault: Any, digest: Any, size: int
    ) -> httpx.Response:
        assert size == int(request.headers["content-length"])
        with self.lock:
            self.in_flight -= 1
        if fault == "drop":
            raise httpx.RemoteProtocolError("connection closed", request=request)
        if fault == "timeout":
            raise httpx.ReadTimeout("no answer in time", request=request)
        if isinstance(fault, int):
            with self.lock:
                self.puts.append((index, fault))
            return httpx.Response(fault, text="storage says no")
        etag = digest[0].hexdigest()
        with self.lock:
            self.stored[index] = (etag, b"".join(digest[1]) if self.keep else None)
            self.puts.append((index, 200))
        if self.on_put is not None:
            self.on_put(index)
        return httpx.Response(200, headers={"ETag": f'"{etag}"'})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        index, fault = self._start(request)
        digest: tuple[Any, list[bytes]] = (hashlib.md5(), [])
        size = 0
        assert isinstance(request.stream, httpx.SyncByteStream)
        for piece in request.stream:
            digest[0].update(piece)
            if self.keep:
                digest[1].append(piece)
            size += len(piece)
            if self.on_piece is not None:
                self.on_piece(index, size)
        return self._finish(request, index, fault, digest, size)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        index, fault = self._start(request)
        digest: tuple[Any, list[bytes]] = (hashlib.md5(), [])
        size = 0
        assert isinstance(request.stream, httpx.AsyncByteStream)
        async for piece in request.stream:
            digest[0].update(piece)
            if self.keep:
                digest[1].append(piece)
            size += len(piece)
        return self._finish(request, index, fault, digest, size)


class Sessions:
    """The API's side of one multipart session, as the engine's protocol sees it."""

    def __init__(
        self,
        storage: Storage,
        *,
        chunk_size: int,
        first_urls: int = 3,
        base: str = "https://storage.test/bucket",
    ) -> None:
        self.storage = storage
        self.chunk_size = chunk_size
        self.first_urls = first_urls
        self.base = base
        self.calls: list[tuple[str, Any]] = []
        self.created: dict[str, Any] = {}
        self.total_size = 0
        self.total_chunks = 0
        self.reported: dict[int, str] = {}
        self.expires_at = NOW + DAY
        self.counter = 0
        self.give_url = True
        self.report_error: Exception | None = None  # raised by the next report call
        self.quick_reports = 0  # reports made on the way out of an interrupted upload

    def _urls(self, start: int, count: int) -> list[dict[str, Any]]:
        urls = []
        for index in range(start, start + count):
            self.counter += 1
            sig = f"s{self.counter}"
            with self.storage.lock:
                self.storage.live.add(sig)
            urls.append(
                {
                    "chunk_index": index,
                    "url": f"{self.base}/up1/{index}?sig={sig}",
                    "expires_at": _iso(NOW + 3600),
                }
            )
        return urls

    def create(self, **body: Any) -> Mapping[str, Any]:
        self.calls.append(("create", body))
        self.created = body
        self.total_size = body["total_size"]
        self.total_chunks = -(-self.total_size // self.chunk_size)
        return {
            "upload_id": "up1",
            "asset_id": "asset1",
            "upload_urls": self._urls(1, min(self.first_urls, self.total_chunks)),
            "upload_headers": {"x-amz-server-side-encryption": "AES256"},
            "chunk_size": self.chunk_size,
            "total_chunks": self.total_chunks,
            "expires_at": _iso(self.expires_at),
        }

    def presigned_urls(self, upload_id: str, *, start: int, count: int) -> Mapping[str, Any]:
        assert upload_id == "up1" and start >= 1 and 1 <= count <= 50
        assert start + count - 1 <= self.total_chunks
        self.calls.append(("presigned_urls", (start, count)))
        return {
            "upload_id": upload_id,
            "start_index": start,
            "count": count,
            "upload_urls": self._urls(start, count),
        }

    def report(
        self, upload_id: str, completed_chunks: Sequence[Mapping[str, Any]], *, quick: bool = False
    ) -> Mapping[str, Any]:
        assert upload_id == "up1"
        self.quick_reports += quick
        if self.report_error is not None:
            error, self.report_error = self.report_error, None
            raise error
        self.calls.append(("report", [dict(c) for c in completed_chunks]))
        new = duplicate = 0
        for chunk in completed_chunks:
            index = chunk["chunk_index"]
            assert chunk["proof_type"] == "etag"
            assert chunk["proof"] == self.storage.stored[index][0]  # the ETag, unquoted
            offset = (index - 1) * self.chunk_size
            assert chunk["chunk_size"] == min(self.chunk_size, self.total_size - offset)
            if index in self.reported:
                duplicate += 1
            else:
                new += 1
            self.reported[index] = chunk["proof"]
        answer: dict[str, Any] = {
            "asset_id": "asset1",
            "processed_chunks": new,
            "duplicate_chunks": duplicate,
            "total_completed": len(self.reported),
        }
        if len(self.reported) == self.total_chunks and self.give_url:
            answer["url"] = "https://assets.test/asset1"
        return answer

    def uploaded_chunks(self, upload_id: str) -> Iterator[Mapping[str, Any]]:
        self.calls.append(("status", upload_id))
        for index in sorted(self.reported):
            yield {"index": index, "status": "completed", "uploaded_at": _iso(NOW)}
        yield {"index": 10_000, "status": "pending", "uploaded_at": None}

    def incomplete_uploads(self) -> Iterator[Mapping[str, Any]]:
        self.calls.append(("list", None))
        yield {
            "upload_id": "other",
            "status": "active",
            "total_size": 5,
            "chunk_size": 5,
            "total_chunks": 1,
        }
        if self.total_chunks and len(self.reported) < self.total_chunks:
            yield {
                "upload_id": "up1",
                "status": "expired" if self.expires_at <= NOW else "active",
                "total_size": self.total_size,
                "chunk_size": self.chunk_size,
                "total_chunks": self.total_chunks,
                "created_at": _iso(self.expires_at - DAY),
                "expires_at": _iso(self.expires_at),
            }

    def assembled(self) -> bytes:
        parts = []
        for index in range(1, self.total_chunks + 1):
            etag, data = self.storage.stored[index]
            assert self.reported[index] == etag
            assert data is not None
            parts.append(data)
        return b"".join(parts)

    def count(self, name: str) -> int:
        return sum(1 for call, _ in self.calls if call == name)


class AsyncSessions:
    """The same session, through the async protocol."""

    def __init__(self, inner: Sessions) -> None:
        self.inner = inner

    async def create(self, **body: Any) -> Mapping[str, Any]:
        return self.inner.create(**body)

    async def presigned_urls(self, upload_id: str, *, start: int, count: int) -> Mapping[str, Any]:
        await asyncio.sleep(0)
        return self.inner.presigned_urls(upload_id, start=start, count=count)

    async def report(
        self, upload_id: str, completed_chunks: Sequence[Mapping[str, Any]], *, quick: bool = False
    ) -> Mapping[str, Any]:
        await asyncio.sleep(0)
        return self.inner.report(upload_id, completed_chunks, quick=quick)

    async def uploaded_chunks(self, upload_id: str) -> AsyncIterator[Mapping[str, Any]]:
        for chunk in self.inner.uploaded_chunks(upload_id):
            yield chunk

    async def incomplete_uploads(self) -> AsyncIterator[Mapping[str, Any]]:
        for summary in self.inner.incomplete_uploads():
            yield summary


class Runner:
    """Runs the sync engine or the async one with the same arguments."""

    def __init__(self, mode: str, sessions: Sessions, storage: httpx.BaseTransport) -> None:
        self.mode = mode
        self.sessions = sessions
        self.storage = storage
        self.sleeps: list[float] = []

    def __call__(self, file: Any, **options: Any) -> MultipartUploadResult:
        options.setdefault("retry", NO_JITTER)
        options.setdefault("now", lambda: NOW)
        # Progress calls are spaced by at least 0.1 s of this clock: 1 s passes per look, so
        # every new value is shown (the throttle has its own test).
        ticks = itertools.count()
        options.setdefault("clock", lambda: float(next(ticks)))
        if self.mode == "sync":
            with httpx.Client(transport=self.storage, headers={"x-api-key": KEY}) as http:
                return upload_multipart(
                    self.sessions, http, file, sleep=self.sleeps.append, **options
                )

        async def sleep(delay: float) -> None:
            self.sleeps.append(delay)

        async def go() -> MultipartUploadResult:
            transport: Any = self.storage
            async with httpx.AsyncClient(transport=transport, headers={"x-api-key": KEY}) as http:
                return await upload_multipart_async(
                    AsyncSessions(self.sessions), http, file, sleep=sleep, **options
                )

        return asyncio.run(go())


CHUNK = 100_000


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def storage() -> Storage:
    return Storage()


@pytest.fixture
def sessions(storage: Storage) -> Sessions:
    return Sessions(storage, chunk_size=CHUNK)


@pytest.fixture
def run(mode: str, sessions: Sessions, storage: Storage) -> Runner:
    return Runner(mode, sessions, storage)


def _data(size: int) -> bytes:
    return bytes((i * 7 + i // 251) % 256 for i in range(size))


@pytest.fixture
def video(tmp_path: Path) -> tuple[Path, bytes]:
    data = _data(11 * CHUNK - 12_345)  # 11 chunks, the last one shorter
    path = tmp_path / "trail-run.mp4"
    path.write_bytes(data)
    return path, data


# --------------------------------------------------------------------------- the happy path


def test_every_chunk_is_put_once_and_the_session_completes(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video
    result = run(path, type="video", user_metadata={"camera": "gopro"})

    assert result == MultipartUploadResult(
        upload_id="up1",
        asset_id="asset1",
        url="https://assets.test/asset1",
        total_size=len(data),
        chunks_sent=11,
    )
    assert sessions.created == {
        "filename": "trail-run.mp4",
        "type": "video",
        "total_size": len(data),
        "enable_hls": False,
        "enable_thumbnail": False,
        "user_metadata": {"camera": "gopro"},
    }
    assert sorted(i for i, status in storage.puts) == list(range(1, 12))
    assert sessions.assembled() == data
    # The first three URLs came with the session; the others were asked for in one call.
    assert ("presigned_urls", (4, 8)) in sessions.calls
    # Reported in batches, each chunk once.
    reports = [chunks for call, chunks in sessions.calls if call == "report"]
    assert [len(batch) for batch in reports] == [10, 1]
    assert sorted(c["chunk_index"] for batch in reports for c in batch) == list(range(1, 12))


def test_chunk_puts_carry_no_api_key_but_the_upload_headers_and_a_length(
    run: Runner, storage: Storage, video: tuple[Path, bytes]
) -> None:
    run(video[0])
    assert len(storage.headers) == 11
    for headers in storage.headers:
        assert "x-api-key" not in headers
        assert KEY not in str(headers.raw)
        assert headers["x-amz-server-side-encryption"] == "AES256"
        assert headers["content-type"] == "application/octet-stream"
        assert "transfer-encoding" not in headers
    lengths = sorted(int(h["content-length"]) for h in storage.headers)
    assert lengths == [CHUNK - 12_345] + [CHUNK] * 10


def test_bytes_and_open_files_are_accepted(
    run: Runner, sessions: Sessions, video: tuple[Path, bytes]
) -> None:
    path, data = video
    with path.open("rb") as f:
        f.seek(1234)  # the position does not matter: chunks are read at their offsets
        run(f, type="audio")
        assert not f.closed
    assert sessions.created["filename"] == "trail-run.mp4"
    assert sessions.created["type"] == "audio"
    assert sessions.assembled() == data


def test_bytes_upload(mode: str, video: tuple[Path, bytes]) -> None:
    _, data = video
    storage = Storage()
    sessions = Sessions(storage, chunk_size=CHUNK)
    Runner(mode, sessions, storage)(data, filename="clip.mp4")
    assert sessions.created["filename"] == "clip.mp4"
    assert sessions.assembled() == data


class NotSeekable(io.BytesIO):
    def seekable(self) -> bool:
        return False


@pytest.mark.parametrize(
    ("file", "options", "argument"),
    [
        (b"abc", {}, "filename"),
        (b"", {"filename": "empty.mp4"}, "file"),
        (b"abc", {"filename": "a.mp4", "concurrency": 0}, "concurrency"),
        ("/no/such/file.mp4", {}, "file"),
        (io.StringIO("text"), {"filename": "a.mp4"}, "file"),
        (NotSeekable(b"abc"), {"filename": "a.mp4"}, "file"),
    ],
)
def test_bad_input_is_refused_before_any_call(
    run: Runner, sessions: Sessions, storage: Storage, file: Any, options: Any, argument: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        run(file, **options)
    assert caught.value.argument == argument
    assert sessions.calls == [] and storage.puts == []


def test_no_more_than_concurrency_chunks_are_in_flight(
    run: Runner, storage: Storage, video: tuple[Path, bytes]
) -> None:
    run(video[0], concurrency=2)
    assert 1 <= storage.most_in_flight <= 2
    assert storage.in_flight == 0


def test_completion_is_read_from_total_completed_when_no_url_comes(
    run: Runner, sessions: Sessions, video: tuple[Path, bytes]
) -> None:
    sessions.give_url = False
    result = run(video[0])
    assert (result.asset_id, result.url) == ("asset1", None)


def test_a_failed_report_raises_a_resumable_error_caused_by_the_api_error(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video
    api_error = InternalServerError("boom", status_code=500)
    sessions.report_error = api_error
    with pytest.raises(UploadInterruptedError) as caught:
        run(path)
    assert caught.value.__cause__ is api_error
    assert caught.value.confirmed_bytes == 0  # nothing reached the API
    assert "reporting the finished chunks failed" in str(caught.value)
    result = run(path, upload_id="up1")  # nothing was reported: everything goes again
    assert result.chunks_sent == 11
    assert sessions.assembled() == data


def test_an_error_from_the_progress_callback_propagates_as_itself(
    run: Runner, sessions: Sessions, video: tuple[Path, bytes]
) -> None:
    def broken(sent: int, total: int) -> None:
        if sent > 0:
            raise ZeroDivisionError("a bug in the callback")

    with pytest.raises(ZeroDivisionError) as caught:
        run(video[0], progress=broken)
    assert any("upload_id='up1'" in note for note in caught.value.__notes__)


def test_progress_counts_bytes_never_decreases_and_ends_at_the_total(
    run: Runner, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video
    storage.faults = {5: [503]}  # a retried chunk starts over: the shown value must hold
    calls: list[tuple[int, int]] = []
    threads: set[int] = set()

    mid_chunk_shown = threading.Event()

    def progress(sent: int, total: int) -> None:
        calls.append((sent, total))
        threads.add(threading.get_ident())
        if 0 < sent < CHUNK:
            mid_chunk_shown.set()

    def hold_the_first_chunk(index: int, received: int) -> None:
        # The sync coordinator may see several events at once; hold the first chunk's PUT
        # (its first piece already counted) until a value inside it has been shown.
        if index == 1 and received > 65536:
            assert mid_chunk_shown.wait(timeout=10)

    storage.on_piece = hold_the_first_chunk
    run(path, progress=progress, concurrency=1)
    sent = [s for s, _ in calls]
    assert sent == sorted(sent) and len(set(sent)) == len(sent)
    assert calls[-1] == (len(data), len(data))
    assert {t for _, t in calls} == {len(data)}
    assert threads == {threading.get_ident()}  # the caller's thread only
    assert mid_chunk_shown.is_set()  # byte-level, not chunk-level


# --------------------------------------------------------------------------- retries


def test_server_errors_and_dropped_connections_are_retried_with_backoff(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video
    storage.faults = {2: [500, "drop", "timeout"]}
    three = RetryPolicy(max_retries=3, initial_delay=1.0, max_delay=8.0, jitter=lambda d: d)
    run(path, concurrency=1, retry=three)
    assert [(i, s) for i, s in storage.puts if i == 2] == [(2, 500), (2, 200)]
    assert run.sleeps == [1.0, 2.0, 4.0]
    assert sessions.assembled() == data


def test_a_403_gets_a_fresh_presigned_url_before_the_retry(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video
    # After the first chunk is stored, every URL handed out so far stops working.
    storage.on_put = lambda index: storage.expire_all() if index == 1 else None
    run(path, concurrency=1)
    assert (2, 403) in storage.puts
    assert ("presigned_urls", (2, 10)) in sessions.calls  # refreshed from the failed chunk on
    assert run.sleeps == []  # a new URL needs no backoff
    assert sessions.assembled() == data


def test_a_spent_url_is_replaced_without_costing_a_retry(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video
    storage.one_use = True  # as the API describes its URLs
    storage.faults = {2: [500]}
    retry_once = RetryPolicy(max_retries=1, initial_delay=1.0, jitter=lambda d: d)
    run(path, concurrency=1, retry=retry_once)
    assert [s for i, s in storage.puts if i == 2] == [500, 403, 200]
    assert run.sleeps == [1.0]
    assert sessions.assembled() == data


def test_a_url_refused_again_after_a_refresh_counts_as_a_failure(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, _ = video
    storage.faults = {1: [403, 403, 403, 403]}
    with pytest.raises(UploadInterruptedError, match=r"chunk 1 failed after 4 attempts.*403"):
        run(path, concurrency=1)
    assert [s for i, s in storage.puts if i == 1] == [403, 403, 403, 403]
    assert run.sleeps == [1.0, 2.0]  # the first 403 was free, the next two backed off
    assert sessions.count("presigned_urls") >= 3


def test_exhausted_retries_report_what_was_stored_then_raise_a_resumable_error(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video
    storage.faults = {4: [500, 502, 504]}
    with pytest.raises(UploadInterruptedError) as caught:
        run(path, concurrency=1)
    error = caught.value
    assert isinstance(error, TwelveLabsError)
    assert error.upload_id == "up1"
    assert error.total_bytes == len(data)
    assert sorted(sessions.reported) == [1, 2, 3]  # every stored chunk was reported
    assert error.confirmed_bytes == 3 * CHUNK
    assert "chunk 4" in str(error) and "HTTP 504" in str(error) and "upload_id='up1'" in str(error)
    assert KEY not in str(error)

    before = list(storage.puts)
    result = run(path, upload_id="up1")
    again = [i for i, status in storage.puts[len(before) :]]
    assert sorted(again) == list(range(4, 12))  # only the chunks not reported
    assert result.chunks_sent == 8
    assert sessions.assembled() == data


# --------------------------------------------------------------------------- interrupt, resume


def test_ctrl_c_half_way_propagates_and_the_upload_resumes(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, data = video

    interrupted = threading.Event()

    def interrupt_half_way(sent: int, total: int) -> None:
        if sent >= total // 2:
            interrupted.set()
            raise KeyboardInterrupt  # as Ctrl-C would, in the caller's thread

    def hold_the_second_half(index: int, received: int) -> None:
        # Threads race the coordinator: keep chunks 7+ from finishing before Ctrl-C.
        if index >= 7:
            assert interrupted.wait(timeout=10)

    storage.on_piece = hold_the_second_half
    with pytest.raises(KeyboardInterrupt) as caught:
        run(path, progress=interrupt_half_way, concurrency=2)
    assert any("upload_id='up1'" in note for note in caught.value.__notes__)
    assert 0 < len(sessions.reported) < 11
    workers = [t for t in threading.enumerate() if t.name.startswith("twelvelabs-upload")]
    assert all(t.daemon for t in workers)  # none holds the interpreter at exit
    for t in workers:  # let abandoned PUTs end before counting what the resume sends
        t.join(timeout=10)
    first_run = set(sessions.reported)
    stored_before = len(storage.puts)
    storage.on_piece = None

    calls: list[int] = []
    result = run(path, upload_id="up1", progress=lambda s, t: calls.append(s))
    resumed = [i for i, status in storage.puts[stored_before:] if status == 200]
    assert not first_run & set(resumed)  # no reported chunk was sent again
    assert sorted(first_run | set(resumed)) == list(range(1, 12))
    assert len(resumed) == len(set(resumed)) == result.chunks_sent
    assert calls[0] == sum(min(CHUNK, len(data) - (i - 1) * CHUNK) for i in first_run)
    assert calls[-1] == len(data)
    assert sessions.assembled() == data
    duplicates = [c["chunk_index"] for _, batch in sessions.calls if _ == "report" for c in batch]
    assert sorted(duplicates) == list(range(1, 12))  # every chunk reported exactly once
    # The chunk layout came from the listing, the completed chunks from the status.
    assert sessions.count("list") == 1 and sessions.count("status") == 1


def test_resume_refuses_a_file_of_another_size(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes], tmp_path: Path
) -> None:
    path, data = video
    storage.faults = {2: [500, 500, 500]}
    with pytest.raises(UploadInterruptedError):
        run(path, concurrency=1)
    other = tmp_path / "other.mp4"
    other.write_bytes(data + b"x")
    puts = len(storage.puts)
    with pytest.raises(InvalidInputError, match="created for") as caught:
        run(other, upload_id="up1")
    assert caught.value.argument == "file"
    assert len(storage.puts) == puts


def test_an_expired_session_says_to_start_over(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, _ = video
    storage.faults = {2: [500, 500, 500]}
    with pytest.raises(UploadInterruptedError):
        run(path, concurrency=1)
    puts = len(storage.puts)
    sessions.expires_at = NOW - 1
    with pytest.raises(InvalidInputError, match=r"expired.*Start over"):
        run(path, upload_id="up1")
    assert len(storage.puts) == puts


def test_a_session_listed_active_resumes_whatever_this_machines_clock_says(
    run: Runner, sessions: Sessions, storage: Storage, video: tuple[Path, bytes]
) -> None:
    """The API's status decides expiry: a clock two days ahead (or the fake's simulated one,
    which starts in 2025) does not refuse a session the API still lists as active."""
    path, data = video
    storage.faults = {2: [500, 500, 500]}
    with pytest.raises(UploadInterruptedError):
        run(path, concurrency=1)
    result = run(path, upload_id="up1", now=lambda: NOW + 2 * DAY)
    assert result.upload_id == "up1"
    assert sessions.assembled() == data


def test_an_unknown_upload_id_is_refused(run: Runner, video: tuple[Path, bytes]) -> None:
    with pytest.raises(InvalidInputError, match="not among the incomplete") as caught:
        run(video[0], upload_id="nope")
    assert caught.value.argument == "upload_id"


# --------------------------------------------------------------------------- memory


class DrainingStorage(Storage):
    """Hashes and forgets: nothing of the body is kept."""

    def __init__(self) -> None:
        super().__init__(keep=False)


def test_a_256_mib_file_uploads_with_flat_memory(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "big.mp4"
    with path.open("wb") as f:
        f.truncate(256 * MiB)  # sparse: no disk space
    storage = DrainingStorage()
    sessions = Sessions(storage, chunk_size=8 * MiB, first_urls=50)
    runner = Runner(mode, sessions, storage)
    gc.collect()
    tracemalloc.start()
    try:
        baseline, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        result = runner(path, concurrency=4)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rise = peak - baseline
    print(f"peak traced memory rise for a 256 MiB multipart upload ({mode}): {rise / MiB:.2f} MiB")
    assert rise < 16 * MiB
    assert result.chunks_sent == 32
    zeros = hashlib.md5(bytes(8 * MiB)).hexdigest()
    assert set(sessions.reported.values()) == {zeros}


# --------------------------------------------------------------------------- a real socket


class _StorageHandler(http.server.BaseHTTPRequestHandler):
    received: list[tuple[str, dict[str, str], bytes]]
    storage: Storage

    def do_PUT(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((self.path, dict(self.headers.items()), body))
        etag = hashlib.md5(body).hexdigest()
        index = int(self.path.split("?")[0].rsplit("/", 1)[1])
        self.storage.stored[index] = (etag, body)
        self.send_response(200)
        self.send_header("ETag", f'"{etag}"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_over_a_loopback_socket(video: tuple[Path, bytes]) -> None:
    path, data = video
    received: list[tuple[str, dict[str, str], bytes]] = []
    storage = Storage()
    handler = type("Handler", (_StorageHandler,), {"received": received, "storage": storage})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        sessions = Sessions(storage, chunk_size=CHUNK, base=f"http://{host!s}:{port}/bucket")
        with httpx.Client(headers={"x-api-key": KEY}, timeout=10.0) as http_client:
            result = upload_multipart(sessions, http_client, path, now=lambda: NOW)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert result.asset_id == "asset1"
    assert len(received) == 11
    assert sessions.assembled() == data
    for _, headers, body in received:
        assert "x-api-key" not in {k.lower() for k in headers}
        assert KEY not in str(headers)
        assert int(headers["Content-Length"]) == len(body)


# --------------------------------------------------------------------------- a real Ctrl-C

_CTRL_C_SCRIPT = """
import itertools, signal, threading
import httpx
# A shell may start the test run with SIGINT ignored; give the child Python's usual handler.
signal.signal(signal.SIGINT, signal.default_int_handler)
from twelvelabs_client._multipart_upload import upload_multipart

class Sessions:
    def create(self, **body):
        return {"upload_id": "up9", "chunk_size": 1000, "total_chunks": 8,
                "upload_urls": [{"chunk_index": i, "url": f"https://storage.test/{i}"}
                                for i in range(1, 9)]}
    def report(self, upload_id, chunks, quick=False):
        print("reported", sorted(c["chunk_index"] for c in chunks), flush=True)
        return {"asset_id": "a9", "total_completed": len(chunks)}

def hang(request):
    if request.url.path == "/1":
        return httpx.Response(200, headers={"ETag": '"e1"'})
    print("hanging", flush=True)
    threading.Event().wait()  # a PUT that never ends

def progress(sent, total):
    if sent >= 1000:
        print("ready", flush=True)

with httpx.Client(transport=httpx.MockTransport(hang)) as http:
    upload_multipart(Sessions(), http, bytes(8000), filename="x.mp4", progress=progress,
                     concurrency=1, clock=itertools.count().__next__)
"""


def test_ctrl_c_during_a_hung_put_exits_at_once(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    script = tmp_path / "ctrl_c.py"
    script.write_text(_CTRL_C_SCRIPT)
    child = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(30, child.kill)  # bounds the reads below
    watchdog.start()
    try:
        assert child.stdout is not None
        seen = ""
        for line in child.stdout:  # two threads print: lines may interleave
            seen += line
            if "hanging" in seen and "ready" in seen:
                break
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=20)  # a worker holding the exit would time out
    finally:
        watchdog.cancel()
        child.kill()
    assert "KeyboardInterrupt" in err, (child.returncode, seen, err)
    assert "upload_id='up9'" in err  # the note
    assert "reported [1]" in seen + out  # the stored chunk was reported first


# --------------------------------------------------------------------------- hostile answers


class _Answering(Sessions):
    """A session whose create answer is patched with ``changes`` (a key set to ``...`` is
    removed)."""

    def __init__(self, storage: Storage, changes: dict[str, Any]) -> None:
        super().__init__(storage, chunk_size=CHUNK)
        self.changes = changes

    def create(self, **body: Any) -> Mapping[str, Any]:
        answer = dict(super().create(**body))
        for key, value in self.changes.items():
            if value is ...:
                answer.pop(key, None)
            else:
                answer[key] = value
        return answer


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"upload_urls": [{"chunk_index": "one", "url": "https://s.test/1"}]}, "chunk_index"),
        ({"upload_urls": [{"chunk_index": None, "url": "https://s.test/1"}]}, "chunk_index"),
        ({"upload_urls": [{"chunk_index": True, "url": "https://s.test/1"}]}, "chunk_index"),
        ({"upload_urls": [{"chunk_index": 99, "url": "https://s.test/1"}]}, "chunk_index"),
        ({"upload_urls": [{"chunk_index": 1, "url": "file:///etc/passwd"}]}, "url"),
        ({"upload_urls": ["https://s.test/1"]}, "upload_urls[0]"),
        ({"upload_urls": 5}, "upload_urls"),
        ({"upload_id": ...}, "upload_id"),
        ({"chunk_size": ...}, "chunk_size"),
        ({"total_chunks": ...}, "total_chunks"),
        ({"chunk_size": True}, "chunk_size"),
        ({"chunk_size": 0}, "chunk_size"),
        ({"chunk_size": -5}, "chunk_size"),
        ({"chunk_size": "100000"}, "chunk_size"),
        ({"chunk_size": 10, "total_chunks": 108_766}, "chunk_size"),  # over 10,000 chunks
        ({"chunk_size": 10 * CHUNK}, "total_chunks"),  # bigger chunks than the count says
        ({"upload_headers": [["a", "b"]]}, "upload_headers"),
        ({"upload_headers": {"X-A": "b\r\nX-Api-Key: k"}}, "upload_headers"),
    ],
)
def test_a_malformed_session_answer_is_a_typed_error_naming_the_field_before_any_put(
    mode: str, storage: Storage, video: tuple[Path, bytes], changes: dict[str, Any], field: str
) -> None:
    from twelvelabs_client.errors import UnexpectedResponseError

    sessions = _Answering(storage, changes)
    with pytest.raises(UnexpectedResponseError) as caught:
        Runner(mode, sessions, storage)(video[0])
    assert field in str(caught.value)
    assert storage.headers == []  # no chunk was sent


def test_a_report_answer_that_is_not_an_object_is_a_typed_error(
    run: Runner, sessions: Sessions, video: tuple[Path, bytes]
) -> None:
    from twelvelabs_client.errors import UnexpectedResponseError

    sessions.report = lambda *a, **k: [1]  # type: ignore[method-assign,assignment,return-value]
    with pytest.raises(UnexpectedResponseError, match="report answer"):
        run(video[0])


def test_ctrl_c_at_the_first_progress_call_carries_the_upload_id_note(
    run: Runner, video: tuple[Path, bytes]
) -> None:
    def interrupt(sent: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as caught:
        run(video[0], progress=interrupt)
    notes = caught.value.__notes__
    assert len(notes) == 1
    assert "upload_id='up1'" in notes[0] and "multipart_uploads.list()" in notes[0]


def test_progress_is_called_at_most_once_per_interval_and_always_at_the_total(
    run: Runner, video: tuple[Path, bytes]
) -> None:
    path, data = video
    calls: list[tuple[int, int]] = []
    # A clock that never moves: after the first value, only the total may be shown.
    run(path, progress=lambda s, t: calls.append((s, t)), clock=lambda: 0.0)
    assert calls == [(0, len(data)), (len(data), len(data))]
    spaced: list[int] = []
    ticks = itertools.count()
    run(
        path,
        upload_id=None,
        progress=lambda s, t: spaced.append(s),
        clock=lambda: next(ticks) * 0.06,
    )
    assert spaced == sorted(set(spaced)) and spaced[-1] == len(data)


def test_a_file_that_shrinks_during_the_upload_says_to_start_over(
    run: Runner, storage: Storage, video: tuple[Path, bytes]
) -> None:
    path, _ = video

    def shrink(index: int) -> None:
        if index == 1:
            with path.open("r+b") as f:
                f.truncate(CHUNK + 10)

    storage.on_put = shrink
    with pytest.raises(UploadInterruptedError) as caught:
        run(path, concurrency=1)
    message = str(caught.value)
    assert "shrank" in message and "start over" in message
    assert "upload_id='up1' within" not in message  # no advice to resume: it would be refused


def test_the_report_after_ctrl_c_is_quick_and_does_not_hold_the_exit(
    mode: str,
    run: Runner,
    sessions: Sessions,
    storage: Storage,
    video: tuple[Path, bytes],
    monkeypatch: Any,
) -> None:
    import twelvelabs_client._multipart_upload as engine

    monkeypatch.setattr(engine, "QUIET_REPORT_WAIT", 0.2)
    release = threading.Event()
    finished = threading.Event()
    quick: list[bool] = []
    normal_report = sessions.report

    def stalling_report(upload_id: str, chunks: Any, *, quick: bool = False) -> Any:
        quick_calls.append(quick)
        if quick:
            release.wait(timeout=30)  # a stalled API
            finished.set()
        return normal_report(upload_id, chunks, quick=quick)

    async def async_stalling_report(
        self: AsyncSessions, upload_id: str, chunks: Any, *, quick: bool = False
    ) -> Any:
        quick_calls.append(quick)
        if quick:
            for _ in range(300):  # a stalled API, without blocking the event loop
                if release.is_set():
                    break
                await asyncio.sleep(0.1)
            finished.set()
        return normal_report(upload_id, chunks, quick=quick)

    quick_calls = quick
    if mode == "sync":
        sessions.report = stalling_report  # type: ignore[method-assign]
    else:
        monkeypatch.setattr(AsyncSessions, "report", async_stalling_report)

    def interrupt(sent: int, total: int) -> None:
        if sent >= CHUNK:  # after the first chunk is stored, before it is reported
            raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            run(video[0], progress=interrupt, concurrency=1)
        assert quick == [True]  # one report, marked quick (one short attempt through a client)
        assert not finished.is_set()  # the call ended while the report was still stalled
    finally:
        release.set()
