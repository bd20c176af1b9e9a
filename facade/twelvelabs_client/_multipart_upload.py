"""The resumable multipart upload engine (``POST /assets/multipart-uploads`` and friends).

How a file becomes an asset through a multipart session:

1. The session is created (or, given ``upload_id``, found again among the incomplete
   uploads, which is the only call that gives back its ``chunk_size`` and ``total_chunks``;
   the chunks already completed come from paging the session's status).
2. Each chunk still missing is PUT to its presigned URL on the storage host, at most
   ``concurrency`` at a time, streamed from its offset in the file in 64 KiB pieces with an
   explicit ``Content-Length`` (no temporary file and no copy of the chunk in memory). The PUT
   is built by hand, not through ``client.build_request``, so the API's default headers (the
   ``x-api-key`` above all) never reach the storage host; the session's ``upload_headers`` are
   added instead. The ETag of each answer is kept without its quotes.
3. A failed PUT is retried with backoff after a connection error, a timeout, a 408/429 or a
   5xx; a 403 means the presigned URL is no longer accepted, so a fresh one is requested before
   the retry (the storage host's answer decides, not a comparison of clocks).
4. Finished chunks are reported in batches while others are still in flight. The session is
   complete when a report answer carries ``url`` or ``total_completed == total_chunks``; the
   asset then still has to become ``ready``, which the caller waits for.

If a chunk exhausts its retries, the other PUTs are abandoned, every chunk that did reach the
storage host is reported, and :class:`UploadInterruptedError` says how to resume. A
``KeyboardInterrupt`` (or the cancellation of the async call) is re-raised as itself with the
upload id in a note; in-flight PUTs are abandoned, and the worker threads are daemons, so none
of them holds the interpreter at exit (a thread waiting for a storage answer cannot be
interrupted: it sends nothing more and ends with that PUT's read timeout).

Progress is ``progress(bytes_sent, total)``: the bytes of the chunks already confirmed plus the
bytes of the chunks in flight. It never goes down (a retried chunk starts over below the value
already shown, which is then held), it is always called from the thread that called the upload
(the event loop's thread for the async twin), and its last call is ``(total, total)``.

The engine is written once, for both clients, and does no I/O: :func:`_upload` and the
methods of :class:`_Run` are generators that yield steps (ask the session API, PUT a chunk,
take the workers' events, sleep before a retry, start the workers...) and are resumed with
each step's answer, or with the exception it raised thrown in. A driver does the steps:
:class:`_Threads` (daemon threads, an ``httpx.Client``) for :func:`upload_multipart`,
:class:`_Tasks` (tasks, an ``httpx.AsyncClient``) for :func:`upload_multipart_async`. A new
rule goes into the engine; a driver changes only with a new kind of step.

The engine knows nothing of the client's structure: the API calls come in through
:class:`SessionCalls` (:data:`MultipartSessions`, or :data:`AsyncMultipartSessions` for the
async driver), which return the wire dictionaries of the API, and the PUTs go through the
``httpx`` client given.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import math
import os
import queue
import stat
import threading
import time
from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import (
    IO,
    Any,
    BinaryIO,
    Protocol,
    TypeAlias,
    TypedDict,
    TypeGuard,
    TypeVar,
    Unpack,
    cast,
)

import httpx

from ._polling import MIN_ATTEMPT_TIMEOUT, DeadlineExceeded, cap_timeout
from ._retry import RetryPolicy, backoff_delay, retry_delay
from ._send import ERROR_BODY_CAP, BodyReader
from ._uploads import DEFAULT_PROGRESS_INTERVAL
from .errors import InvalidInputError, UnexpectedResponseError, UploadInterruptedError

__all__ = [
    "DEFAULT_CHUNK_RETRY",
    "AsyncMultipartSessions",
    "MultipartSessions",
    "MultipartSource",
    "MultipartUploadResult",
    "SessionCalls",
    "UploadOptions",
    "upload_multipart",
    "upload_multipart_async",
]

#: What the engine uploads: a path, an open seekable binary file, or bytes.
MultipartSource: TypeAlias = (
    "str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | BinaryIO"
)
WireDict: TypeAlias = Mapping[str, Any]
T = TypeVar("T")

#: Per-chunk retries: 4 retries, 1 s doubling up to 30 s (jittered).
DEFAULT_CHUNK_RETRY = RetryPolicy(max_retries=4, initial_delay=1.0, max_delay=30.0)
DEFAULT_CONCURRENCY = 4
#: Chunks reported per call while others are still uploading.
REPORT_BATCH = 10
_PIECE = 64 * 1024
_MAX_URLS_PER_CALL = 50  # the API's limit for `count`
#: Most chunks a session may have; more means the API's answer is not to be trusted.
MAX_CHUNKS = 10_000
#: Most bytes of a storage host's 2xx answer read (it is empty or a few lines of XML; the
#: ETag is in a header). The rest is discarded; an error answer keeps 1 MiB.
STORAGE_ANSWER_CAP = 64 * 1024
#: The bound of the report sent after an interrupt (Ctrl-C, a failing callback): one attempt,
#: each phase at most this many seconds, so the exit is never held for long.
QUIET_REPORT_TIMEOUT = 3.0
#: The longest an interrupted upload waits for that report (whatever the transport does).
QUIET_REPORT_WAIT = 5.0


Answer = TypeVar("Answer", covariant=True)
Listing = TypeVar("Listing", covariant=True)


class SessionCalls(Protocol[Answer, Listing]):
    """The session calls the engine needs, each giving the API's wire dictionaries (§4): as
    they are for the sync engine (:data:`MultipartSessions`), awaitable for the async one
    (:data:`AsyncMultipartSessions`, whose listings are async iterables)."""

    def create(
        self,
        *,
        filename: str,
        type: str,
        total_size: int,
        enable_hls: bool,
        enable_thumbnail: bool,
        user_metadata: Mapping[str, Any] | None,
    ) -> Answer:
        """``POST /assets/multipart-uploads``: the ``CreateAssetUploadResponse``."""
        ...

    def presigned_urls(self, upload_id: str, *, start: int, count: int) -> Answer:
        """``POST /assets/multipart-uploads/{upload_id}/presigned-urls`` (``count`` <= 50)."""
        ...

    def report(
        self, upload_id: str, completed_chunks: Sequence[WireDict], *, quick: bool = False
    ) -> Answer:
        """``POST /assets/multipart-uploads/{upload_id}``: the ``ReportChunkBatchResponse``.

        ``quick``: the report made on the way out of an interrupted upload; one attempt of at
        most :data:`QUIET_REPORT_TIMEOUT` seconds per phase, no retries."""
        ...

    def uploaded_chunks(self, upload_id: str) -> Listing:
        """Every ``ChunkInfo`` of ``GET /assets/multipart-uploads/{upload_id}``, all pages."""
        ...

    def incomplete_uploads(self) -> Listing:
        """Every ``IncompleteUploadSummary`` of ``GET /assets/multipart-uploads``, all pages."""
        ...


MultipartSessions: TypeAlias = SessionCalls[WireDict, Iterable[WireDict]]
AsyncMultipartSessions: TypeAlias = SessionCalls[Awaitable[WireDict], AsyncIterable[WireDict]]


class UploadOptions(TypedDict, total=False):
    """The options both engines take, explained in :func:`upload_multipart`."""

    filename: str | None
    type: str
    enable_hls: bool
    enable_thumbnail: bool
    user_metadata: Mapping[str, Any] | None
    upload_id: str | None
    concurrency: int
    progress: Callable[[int, int], object] | None
    retry: RetryPolicy
    now: Callable[[], float]
    timeout: httpx.Timeout | None
    clock: Callable[[], float]
    time_left: Callable[[], float] | None


@dataclass(frozen=True)
class MultipartUploadResult:
    """A completed session. The asset exists but may still be ``processing``."""

    upload_id: str
    asset_id: str | None
    #: The ``url`` of the last report answer, when the API gave one.
    url: str | None
    total_size: int
    #: Chunks PUT by this call (fewer than ``total_chunks`` after a resume).
    chunks_sent: int


# --------------------------------------------------------------------------- the file


class _Source:
    """Thread-safe reads at any offset of the file, without moving a shared position."""

    def __init__(self, value: MultipartSource, filename: str | None) -> None:
        self._owned: IO[bytes] | None = None
        self._data: memoryview | None = None
        self._raw: IO[bytes] | BinaryIO | None = None
        self._fd: int | None = None
        self._lock = threading.Lock()
        if isinstance(value, bytes | bytearray | memoryview):
            if not filename:
                raise InvalidInputError("filename", "is required when the file is given as bytes.")
            self._data = memoryview(value).cast("B")
            self.size = len(self._data)
        elif isinstance(value, str | os.PathLike):
            path = os.fsdecode(os.fspath(value))
            try:
                st = os.stat(path)
            except OSError:
                raise InvalidInputError("file", f"there is no readable file at {path!r}.") from None
            if not stat.S_ISREG(st.st_mode):
                raise InvalidInputError("file", f"{path!r} is not a regular file.")
            self._raw = self._owned = open(path, "rb")  # noqa: SIM115 (closed by close())
            filename = filename or os.path.basename(path)
            self.size = st.st_size
        else:
            self._raw = _checked_file(value)
            self.size = _file_size(self._raw)
            name = getattr(value, "name", None)
            if not filename and isinstance(name, str | bytes) and name:
                filename = os.path.basename(os.fsdecode(name))
        if self._raw is not None and hasattr(os, "pread"):
            try:
                fd = self._raw.fileno()
                if stat.S_ISREG(os.fstat(fd).st_mode):
                    self._fd = fd
            except (AttributeError, OSError, io.UnsupportedOperation):
                pass
        if not filename:
            self.close()
            raise InvalidInputError("filename", "is required: the file has no name to use.")
        if self.size == 0:
            self.close()
            raise InvalidInputError("file", f"the file {filename!r} is empty.")
        self.filename = filename

    def read_at(self, offset: int, size: int) -> bytes:
        if self._data is not None:
            return bytes(self._data[offset : offset + size])
        if self._fd is not None:
            return os.pread(self._fd, size, offset)
        assert self._raw is not None
        with self._lock:
            self._raw.seek(offset)
            return bytes(self._raw.read(size))

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()
            self._owned = None


def _checked_file(value: object) -> IO[bytes]:
    mode = getattr(value, "mode", None)
    if isinstance(value, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
        raise InvalidInputError("file", "the file is open in text mode; open it with 'rb'.")
    if not callable(getattr(value, "read", None)) or not callable(getattr(value, "seek", None)):
        raise InvalidInputError(
            "file", f"expected a path, bytes or an open binary file, got {type(value).__name__}."
        )
    if getattr(value, "closed", False):
        raise InvalidInputError("file", "the file is closed.")
    seekable = getattr(value, "seekable", None)
    if callable(seekable) and not seekable():
        raise InvalidInputError(
            "file", "the file is not seekable; chunks are read from their offsets in the file."
        )
    return cast(IO[bytes], value)


def _file_size(raw: IO[bytes] | BinaryIO) -> int:
    try:
        return os.fstat(raw.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):
        pass
    position = raw.tell()
    size = raw.seek(0, os.SEEK_END)
    raw.seek(position)
    return size


# --------------------------------------------------------------------------- the session


@dataclass(frozen=True)
class _Layout:
    upload_id: str
    total_size: int
    chunk_size: int
    total_chunks: int
    upload_headers: Mapping[str, str]

    def span(self, index: int) -> tuple[int, int]:
        """(offset, length) of the 1-based chunk ``index``."""
        offset = (index - 1) * self.chunk_size
        return offset, min(self.chunk_size, self.total_size - offset)


def _layout(data: object, *, total_size: int, what: str) -> _Layout:
    """The chunk layout of a session answer, every field checked (a bad one is named)."""
    if not isinstance(data, Mapping):
        raise _bad(what, "the answer", data, "an object")
    upload_id = data.get("upload_id")
    if not isinstance(upload_id, str) or not upload_id:
        raise _bad(what, "upload_id", upload_id, "a non-empty string")
    chunk_size = data.get("chunk_size")
    if not _is_int(chunk_size) or chunk_size <= 0:
        raise _bad(what, "chunk_size", chunk_size, "a positive integer")
    expected = math.ceil(total_size / chunk_size)
    if expected > MAX_CHUNKS:
        raise _bad(
            what,
            "chunk_size",
            chunk_size,
            f"a size that cuts {total_size} bytes into at most "
            f"{MAX_CHUNKS} chunks (it makes {expected})",
        )
    total_chunks = data.get("total_chunks")
    if not _is_int(total_chunks) or total_chunks != expected:
        raise _bad(
            what,
            "total_chunks",
            total_chunks,
            f"{expected} ({total_size} bytes in chunks of {chunk_size})",
        )
    headers = data.get("upload_headers")
    if headers is None:
        headers = {}
    if not isinstance(headers, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and _header_safe(k) and _header_safe(v)
        for k, v in headers.items()
    ):
        raise _bad(what, "upload_headers", headers, "an object of header names to text values")
    return _Layout(upload_id, total_size, chunk_size, total_chunks, dict(headers))


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _header_safe(text: str) -> bool:
    return bool(text) and not any(c in text for c in "\r\n\x00")


def _bad(what: str, field: str, value: object, expected: str) -> UnexpectedResponseError:
    shown = repr(value)
    if len(shown) > 100:
        shown = shown[:100] + "..."
    return UnexpectedResponseError(
        f"The multipart {what} answer is not usable: {field} is {shown}, expected {expected}."
    )


def _find_incomplete(summaries: Iterable[WireDict], upload_id: str, size: int) -> _Layout:
    for summary in summaries:
        if isinstance(summary, Mapping) and summary.get("upload_id") == upload_id:
            break
    else:
        raise InvalidInputError(
            "upload_id",
            f"{upload_id!r} is not among the incomplete multipart uploads: it completed, "
            "expired (sessions last 24 hours) or never existed. Start a new upload without "
            "upload_id.",
        )
    return _resumable(summary, upload_id, size)


def _resumable(summary: WireDict, upload_id: str, size: int) -> _Layout:
    # The API's status decides whether a session expired, not its expires_at against this
    # machine's clock: a clock that is off by a day (or the fake's simulated one) must not
    # refuse a session the API still lists as active.
    status = summary.get("status")
    if status == "expired":
        raise InvalidInputError(
            "upload_id",
            f"the multipart upload {upload_id!r} expired (sessions last 24 hours) and cannot "
            "be resumed. Start over: upload the file again without upload_id.",
        )
    if status == "failed":
        raise InvalidInputError(
            "upload_id",
            f"the multipart upload {upload_id!r} failed on the API's side and cannot be "
            "resumed. Start over: upload the file again without upload_id.",
        )
    total_size = summary.get("total_size")
    if total_size != size:
        raise InvalidInputError(
            "file",
            f"the file has {size} bytes but the multipart upload {upload_id!r} was created "
            f"for {total_size} bytes; resume it with the same file, or start a new upload.",
        )
    return _layout(summary, total_size=size, what="upload listing")


def _completed_indexes(chunks: Iterable[WireDict]) -> set[int]:
    return {
        c["index"]
        for c in chunks
        if isinstance(c, Mapping) and c.get("status") == "completed" and _is_int(c.get("index"))
    }


class _Urls:
    """Presigned URLs by chunk index; not locked (the drivers lock around it)."""

    def __init__(self, layout: _Layout) -> None:
        self._layout = layout
        self._urls: dict[int, str] = {}

    def store(self, data: object, what: str) -> None:
        """Keep the ``upload_urls`` of a session or presigned-URL answer, each one checked."""
        if not isinstance(data, Mapping):
            raise _bad(what, "the answer", data, "an object")
        items = data.get("upload_urls")
        if items is None:
            return
        if not isinstance(items, list):
            raise _bad(what, "upload_urls", items, "a list")
        total = self._layout.total_chunks
        for position, item in enumerate(items):
            field = f"upload_urls[{position}]"
            if not isinstance(item, Mapping):
                raise _bad(what, field, item, "an object")
            index, url = item.get("chunk_index"), item.get("url")
            if not _is_int(index) or not 1 <= index <= total:
                raise _bad(what, f"{field}.chunk_index", index, f"an integer from 1 to {total}")
            if not isinstance(url, str) or not url.lower().startswith(("https://", "http://")):
                raise _bad(what, f"{field}.url", url, "an http(s) URL")
            self._urls[index] = url

    def get(self, index: int) -> str | None:
        return self._urls.get(index)

    def request_for(self, index: int) -> tuple[int, int]:
        """(start, count) of the presigned-URL request that covers ``index`` and what follows."""
        return index, min(_MAX_URLS_PER_CALL, self._layout.total_chunks - index + 1)

    def discard(self, index: int, url: str) -> None:
        # Another worker may already have replaced it; keep that one.
        if self._urls.get(index) == url:
            del self._urls[index]

    def require(self, index: int) -> str:
        url = self._urls.get(index)
        if url is None:
            raise UnexpectedResponseError(
                f"The API gave no presigned URL for chunk {index} of the multipart upload "
                f"{self._layout.upload_id!r}."
            )
        return url


# --------------------------------------------------------------------------- one PUT


@dataclass(frozen=True)
class _Put:
    """A step: PUT a chunk, streamed from ``pieces``. The driver answers with the response,
    its body read (see :func:`_answer_reader`) and closed, or raises what the send raised."""

    url: str
    headers: Mapping[str, str]
    pieces: Iterator[bytes]
    timeout: httpx.Timeout

    def request(self, content: Iterable[bytes] | AsyncIterable[bytes]) -> httpx.Request:
        # httpx.Request, not client.build_request: the client's default headers are the API's.
        # The timeout is the client's (or the call's): connect, pool and each write of the body
        # are bounded by it as usual; the answer, head to last byte, by its read value.
        return httpx.Request(
            "PUT",
            self.url,
            headers=self.headers,
            content=content,
            extensions={"timeout": self.timeout.as_dict()},
        )


def _put(
    layout: _Layout, index: int, url: str, pieces: Iterator[bytes], timeout: httpx.Timeout
) -> _Put:
    _, length = layout.span(index)
    headers = {"Content-Type": "application/octet-stream"}
    for name, value in layout.upload_headers.items():
        if name.lower() not in ("content-length", "host", "x-api-key", "authorization"):
            headers[name] = value
    headers["Content-Length"] = str(length)
    return _Put(url, headers, pieces, timeout)


def _answer_reader(response: httpx.Response, timeout: httpx.Timeout) -> BodyReader:
    """What reads a storage answer: at most :data:`STORAGE_ANSWER_CAP` bytes of a 2xx (1 MiB
    of an error), the rest discarded, and no later than the read timeout after its head (the
    send path's reader, so a trickling or endless answer ends the same way). A body that does
    not decode is let be: the status and the ETag decide, the body is only informative."""
    cap = STORAGE_ANSWER_CAP if response.is_success else ERROR_BODY_CAP
    limit_at = None if timeout.read is None else time.monotonic() + timeout.read
    return BodyReader(response, cap, "", limit_at, True)


@dataclass(frozen=True)
class _Outcome:
    etag: str | None = None  # set when the chunk is stored
    refresh_url: bool = False
    delay: float | None = None  # None with no etag: give up
    problem: str = ""


def _judge(
    response: httpx.Response | None,
    error: Exception | None,
    *,
    attempt: int,
    policy: RetryPolicy,
    now: float,
) -> _Outcome:
    """What to do after one PUT: done, retry (after a delay, maybe with a new URL), or stop."""
    if error is not None:
        problem = f"{type(error).__name__} while sending it"
        return _Outcome(
            delay=retry_delay(attempt=attempt, policy=policy, retry_safe=True, error=error),
            problem=problem,
        )
    assert response is not None
    status = response.status_code
    problem = f"HTTP {status} from the storage host {response.request.url.host}"
    if 200 <= status < 300:
        etag = response.headers.get("etag", "").strip().strip('"')
        if etag:
            return _Outcome(etag=etag)
        problem += " without an ETag"
        retry = backoff_delay(attempt, policy) if attempt < policy.max_retries else None
        return _Outcome(delay=retry, problem=problem)
    if status == 403:
        # The URL expired (or was used up): a new one, then a retry.
        retry = backoff_delay(attempt, policy) if attempt < policy.max_retries else None
        return _Outcome(refresh_url=True, delay=retry, problem=problem)
    delay = retry_delay(
        attempt=attempt,
        policy=policy,
        retry_safe=True,
        status_code=status,
        headers=response.headers,
        now=now,
    )
    return _Outcome(delay=delay, problem=problem)


class _ChunkAttempts:
    """The retry count of one chunk.

    The first 403 after any other outcome costs no retry and no wait: presigned URLs expire
    after an hour and are meant for one use, so a retry after a 5xx may well meet a 403 on the
    same URL. A 403 on a URL fetched just after a 403 counts like any other failure.
    """

    def __init__(self, index: int, policy: RetryPolicy) -> None:
        self.index = index
        self.policy = policy
        self.retries = 0
        self.tries = 0
        self.refreshed = False

    def judge(
        self, response: httpx.Response | None, error: Exception | None, *, now: float
    ) -> _Outcome:
        self.tries += 1
        outcome = _judge(response, error, attempt=self.retries, policy=self.policy, now=now)
        if outcome.etag is not None:
            return outcome
        if outcome.refresh_url and not self.refreshed:
            self.refreshed = True
            return _Outcome(refresh_url=True, delay=0.0, problem=outcome.problem)
        self.refreshed = outcome.refresh_url
        if outcome.delay is None:
            return _Outcome(
                problem=f"chunk {self.index} failed after {self.tries} attempts ({outcome.problem})"
            )
        self.retries += 1
        return outcome


class _Abandoned(Exception):
    """Raised inside a chunk body to abandon its PUT."""


class _OutOfTime(Exception):
    """The caller's deadline (``time_left``) ran out."""


_OUT_OF_TIME = "the call's timeout ran out before every chunk was sent"
_OPENING = "while the multipart session was created or looked up"


class _FileChanged(OSError):
    """The file is shorter than when the upload started."""


def _pieces(
    source: _Source, offset: int, length: int, sent: Callable[[int], None], stop: Callable[[], bool]
) -> Iterator[bytes]:
    done = 0
    while done < length:
        if stop():
            raise _Abandoned
        piece = source.read_at(offset + done, min(_PIECE, length - done))
        if not piece:
            raise _FileChanged(
                f"the file ended {length - done} bytes before the end of a chunk (it shrank "
                "after the upload started)"
            )
        done += len(piece)
        yield piece
        sent(done)


# --------------------------------------------------------------------------- bookkeeping

# Events from the chunk workers to the coordinator (`_Run.coordinate`, in the caller's thread).
_Event: TypeAlias = tuple[str, int, Any]  # ("sent", i, bytes) | ("done", i, etag) | ...


class _Tracker:
    """Progress, finished chunks and the reports, owned by the coordinator."""

    def __init__(
        self,
        layout: _Layout,
        completed: set[int],
        progress: Callable[[int, int], object] | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.layout = layout
        self.confirmed = sum(layout.span(i)[1] for i in completed)  # stored
        self.reported_bytes = self.confirmed  # stored and reported: what a resume skips
        self.in_flight: dict[int, int] = {}
        self.unreported: list[dict[str, Any]] = []
        self.failure: str | None = None
        self.file_changed = False  # the file changed size while it was sent
        self.result: WireDict | None = None
        self.sent_chunks = 0
        self._progress = progress
        self._clock = clock
        self._shown = -1
        self._shown_at: float | None = None

    def handle(self, event: _Event) -> None:
        kind, index, value = event
        if kind == "sent":
            self.in_flight[index] = value
        elif kind == "done":
            self.in_flight.pop(index, None)
            size = self.layout.span(index)[1]
            self.confirmed += size
            self.sent_chunks += 1
            self.unreported.append(
                {"chunk_index": index, "proof": value, "proof_type": "etag", "chunk_size": size}
            )
        elif kind in ("failed", "changed"):
            self.in_flight.pop(index, None)
            self.failure = self.failure or value
            self.file_changed = self.file_changed or kind == "changed"
        elif kind == "abandoned":
            self.in_flight.pop(index, None)

    def show(self) -> None:
        """Call ``progress`` if the value grew, at most once per 0.1 s (the interval of the
        other uploads, :data:`~._uploads.DEFAULT_PROGRESS_INTERVAL`); the first value and
        the total are always shown."""
        if self._progress is None:
            return
        total = self.layout.total_size
        value = min(self.confirmed + sum(self.in_flight.values()), total)
        if value <= self._shown:
            return
        now = self._clock()
        if (
            self._shown_at is not None
            and value < total
            and now - self._shown_at < DEFAULT_PROGRESS_INTERVAL
        ):
            return
        self._shown, self._shown_at = value, now
        self._progress(value, total)

    def take_report(self, *, everything: bool) -> list[dict[str, Any]]:
        """The next batch to report: ``REPORT_BATCH`` chunks, or what is left if ``everything``."""
        if len(self.unreported) >= REPORT_BATCH or (everything and self.unreported):
            batch = self.unreported[:REPORT_BATCH]
            del self.unreported[:REPORT_BATCH]
            return batch
        return []

    def reported(self, batch: list[dict[str, Any]], answer: object) -> None:
        self.reported_bytes += sum(chunk["chunk_size"] for chunk in batch)
        if not isinstance(answer, Mapping):
            raise _bad("report", "the answer", answer, "an object")
        total = answer.get("total_completed")
        if answer.get("url") or total == self.layout.total_chunks:
            self.result = answer

    def finish(self, failure: str | None) -> MultipartUploadResult:
        layout = self.layout
        if failure is not None:
            if self.file_changed:
                advice = (
                    "the file changed while it was sent, so this upload cannot be resumed: "
                    "start over with the file as it is now (without upload_id)."
                )
            else:
                advice = (
                    f"pass the same file with upload_id={layout.upload_id!r} within 24 hours "
                    "of its start to send the chunks not yet confirmed."
                )
            raise UploadInterruptedError(
                f"The multipart upload {layout.upload_id!r} stopped: {failure}. "
                f"{self.reported_bytes} of {layout.total_size} bytes are confirmed; {advice}",
                upload_id=layout.upload_id,
                confirmed_bytes=self.reported_bytes,
                total_bytes=layout.total_size,
            )
        if self.result is None:
            raise UnexpectedResponseError(
                f"Every chunk of the multipart upload {layout.upload_id!r} was reported, but the "
                "API did not say the upload is complete."
            )
        self.show()  # the last call, at total
        asset_id = self.result.get("asset_id")
        url = self.result.get("url")
        return MultipartUploadResult(
            upload_id=layout.upload_id,
            asset_id=asset_id if isinstance(asset_id, str) else None,
            url=url if isinstance(url, str) else None,
            total_size=layout.total_size,
            chunks_sent=self.sent_chunks,
        )


def _note(exc: BaseException, upload_id: str) -> None:
    """Say how to resume, once, on an exception leaving an upload whose session exists."""
    text = (
        f"The multipart upload {upload_id!r} can be resumed within 24 hours of its start: "
        f"pass the same file with upload_id={upload_id!r} (client.assets.multipart_uploads"
        ".list() lists the uploads not yet completed)."
    )
    if text not in getattr(exc, "__notes__", ()):
        exc.add_note(text)


def _report_failed(tracker: _Tracker, error: Exception) -> UploadInterruptedError:
    try:
        tracker.finish(f"reporting the finished chunks failed ({error})")
    except UploadInterruptedError as interrupted:
        return interrupted
    raise AssertionError("unreachable")  # pragma: no cover


def _created(created: WireDict, size: int) -> tuple[_Layout, _Urls, set[int]]:
    """A new session's layout and first URLs (from its create answer); no chunk is stored."""
    layout = _layout(created, total_size=size, what="session")
    urls = _Urls(layout)
    urls.store(created, "session")
    return layout, urls, set()


def _todo(layout: _Layout, completed: set[int]) -> deque[int]:
    """The chunks left to send, in order."""
    return deque(i for i in range(1, layout.total_chunks + 1) if i not in completed)


def _last_event(outcome: _Outcome, index: int, stopped: bool) -> _Event | None:
    """The event that ends chunk ``index``'s attempts after ``outcome`` (stored; abandoned as
    the upload stops; failed, which stops the upload), or None: it is tried again."""
    if outcome.etag is not None:
        return ("done", index, outcome.etag)
    if stopped:
        return ("abandoned", index, None)
    if outcome.delay is None:
        return ("failed", index, outcome.problem)
    return None


# --------------------------------------------------------------------------- the steps

# What the engine asks its driver to do. The engine is a set of generators: each yields a
# step, the driver does it (the only I/O there is) and resumes the generator with the answer,
# or throws in what the step raised. `_Put` is above.

#: Steps of the engine ending with a ``T``: a generator resumed with each step's answer.
Steps: TypeAlias = Generator["_Step", Any, T]


@dataclass(frozen=True)
class _Ask:
    """Call the session API: ``call(sessions)``. A ``listing`` is answered with an iterable
    (the sync driver's reads its pages as it is read, the async driver's is a list)."""

    call: Callable[[SessionCalls[Any, Any]], Any]
    listing: bool = False


@dataclass(frozen=True)
class _Events:
    """The workers' events not yet taken: waiting for the first at most ``timeout`` seconds
    (``None``: no limit) when ``wait``; an empty list when none came."""

    wait: bool
    timeout: float | None = None


@dataclass(frozen=True)
class _Sleep:
    """Wait ``seconds`` before a chunk's retry."""

    seconds: float


@dataclass(frozen=True)
class _Locked:
    """Run ``steps`` holding the driver's URL lock (one presigned-URL request at a time)."""

    steps: Steps[str]


@dataclass(frozen=True)
class _Start:
    """Run each of ``workers`` on its own (a thread, a task) until it ends."""

    workers: list[Steps[None]]


@dataclass(frozen=True)
class _Quietly:
    """Run ``steps`` on their own for at most :data:`QUIET_REPORT_WAIT` seconds, errors ignored."""

    steps: Steps[None]


class _Abandon:
    """Give up the workers' PUTs and backoff waits now (``stop`` is set): the async driver
    cancels its tasks; threads cannot be cancelled, they stop at their next piece or wait."""


_ABANDON = _Abandon()
_Step: TypeAlias = _Ask | _Events | _Put | _Sleep | _Locked | _Start | _Quietly | _Abandon


def _resume(
    steps: Steps[T], answer: object = None, error: BaseException | None = None
) -> tuple[Any, bool]:
    """Resume ``steps`` with the answer to its last step (or the error it raised): its next
    step and False, or its result and True when it has ended."""
    try:
        return (steps.send(answer) if error is None else steps.throw(error)), False
    except StopIteration as end:
        return end.value, True


# --------------------------------------------------------------------------- the engine


def _upload(
    file: MultipartSource,
    stop: threading.Event,
    emit: Callable[[_Event], None],
    http_timeout: httpx.Timeout,
    *,
    filename: str | None = None,
    type: str = "video",
    enable_hls: bool = False,
    enable_thumbnail: bool = False,
    user_metadata: Mapping[str, Any] | None = None,
    upload_id: str | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Callable[[int, int], object] | None = None,
    retry: RetryPolicy = DEFAULT_CHUNK_RETRY,
    now: Callable[[], float] = time.time,
    timeout: httpx.Timeout | None = None,
    clock: Callable[[], float] = time.monotonic,
    time_left: Callable[[], float] | None = None,
) -> Steps[MultipartUploadResult]:
    """A whole upload, as steps for a driver: ``stop`` is set when the upload stops and
    ``emit`` takes the workers' events (the driver's; the rest is explained in
    :func:`upload_multipart`)."""
    if concurrency < 1:
        raise InvalidInputError("concurrency", "must be at least 1.")
    source = _Source(file, filename)
    try:
        try:
            if upload_id is None:
                created = yield _Ask(
                    lambda s: s.create(
                        filename=source.filename,
                        type=type,
                        total_size=source.size,
                        enable_hls=enable_hls,
                        enable_thumbnail=enable_thumbnail,
                        user_metadata=user_metadata,
                    )
                )
                layout, urls, completed = _created(created, source.size)
            else:
                summaries = yield _Ask(lambda s: s.incomplete_uploads(), listing=True)
                layout = _find_incomplete(summaries, upload_id, source.size)
                urls = _Urls(layout)
                try:
                    chunks = yield _Ask(lambda s: s.uploaded_chunks(upload_id), listing=True)
                    completed = _completed_indexes(chunks)
                except BaseException as exc:
                    _note(exc, upload_id)
                    raise
        except DeadlineExceeded as exc:
            # Nothing sent, nothing to report: the error of the request that ran out of time.
            exc.error.add_note(
                f"The call's timeout ran out before any chunk was sent ({_OPENING})."
            )
            raise exc.error from exc.error.__cause__
        tracker = _Tracker(layout, completed, progress, clock)
        timeout = timeout or http_timeout
        run = _Run(source, layout, urls, tracker, retry, now, timeout, time_left, stop, emit)
        return (yield from run.coordinate(_todo(layout, completed), concurrency))
    finally:
        source.close()


@dataclass
class _Run:
    """The upload of a session's missing chunks: :meth:`coordinate` runs in the caller's
    thread (or task), each :meth:`work` in a worker of the driver."""

    source: _Source
    layout: _Layout
    urls: _Urls
    tracker: _Tracker
    retry: RetryPolicy
    now: Callable[[], float]
    timeout: httpx.Timeout
    time_left: Callable[[], float] | None
    #: Set when the upload stops (the driver's: its default backoff wait ends when it is set).
    stop: threading.Event
    #: Takes the workers' events (into the driver's queue).
    emit: Callable[[_Event], None]

    def coordinate(self, todo: deque[int], concurrency: int) -> Steps[MultipartUploadResult]:
        """Start the workers, show progress, report finished chunks, and end the upload."""
        tracker = self.tracker
        try:
            tracker.show()  # the first value: what a resume starts from (or 0)
            running = min(concurrency, len(todo))
            yield _Start([self.work(todo) for _ in range(running)])
            while running:
                for event in (yield from self._next_events()):
                    if event[0] == "exit":
                        running -= 1
                    else:
                        tracker.handle(event)
                if tracker.failure is not None:
                    # Abandon the other PUTs now; keep what they finished.
                    yield from self._halt()
                tracker.show()
                if self._late():  # the workers took no chunk after it, and may all have exited
                    raise _OutOfTime
                yield from self._report(everything=running == 0 or tracker.failure is not None)
            yield from self._report(everything=True)
        except _OutOfTime:
            yield from self._halt()
            yield from self._report_quietly()
            # Complete after all (the last chunks made it): the caller's wait sees the deadline.
            return tracker.finish(None if tracker.result is not None else _OUT_OF_TIME)
        except BaseException as exc:
            yield from self._halt()  # in-flight PUTs end at their next piece (or are cancelled)
            if not isinstance(exc, UploadInterruptedError):  # Ctrl-C, or the callback raised
                _note(exc, self.layout.upload_id)
                yield from self._report_quietly()
            raise
        return tracker.finish(tracker.failure)

    def _halt(self) -> Steps[None]:
        self.stop.set()
        yield _ABANDON

    def _put_timeout(self) -> httpx.Timeout:
        """A PUT's timeouts, each phase cut to the time left of the call's deadline (at least
        :data:`~._polling.MIN_ATTEMPT_TIMEOUT`), as the send path cuts its requests'."""
        if self.time_left is None:
            return self.timeout
        return cap_timeout(self.timeout, max(self.time_left(), MIN_ATTEMPT_TIMEOUT))

    def _late(self) -> bool:
        return self.time_left is not None and self.time_left() <= 0

    def _next_events(self) -> Steps[list[_Event]]:
        while True:
            left = None if self.time_left is None else self.time_left()
            if left is not None and left <= 0:
                raise _OutOfTime
            events = yield _Events(wait=True, timeout=None if left is None else min(left, 1.0))
            if events:
                return cast(list[_Event], events)

    def _report(self, *, everything: bool, quick: bool = False) -> Steps[None]:
        upload_id = self.layout.upload_id
        while batch := self.tracker.take_report(everything=everything):
            if quick:
                ask = _Ask(lambda s: s.report(upload_id, batch, quick=True))
            else:
                ask = _Ask(lambda s: s.report(upload_id, batch))
            try:
                answer = yield ask
            except DeadlineExceeded:
                raise _OutOfTime from None  # the batch is sent again by a resume
            except Exception as exc:
                raise _report_failed(self.tracker, exc) from exc
            self.tracker.reported(batch, answer)

    def _report_quietly(self) -> Steps[None]:
        # Interrupted: report the chunks already known to be stored, without waiting for more.
        for event in (yield _Events(wait=False)):
            self.tracker.handle(event)
        # The interrupt matters more than a failed report (a resume re-sends those chunks); the
        # driver bounds it in time, whatever the transport does with its timeout (a test
        # transport, a proxy), and runs it apart from the caller's thread or cancelled task.
        yield _Quietly(self._report(everything=True, quick=True))

    def work(self, todo: deque[int]) -> Steps[None]:
        """A worker: the next chunk of ``todo`` until none is left or the upload stops."""
        try:
            while not self.stop.is_set() and not self._late():
                try:
                    index = todo.popleft()
                except IndexError:
                    return
                yield from self._chunk(index)
        except _FileChanged as exc:
            self.emit(("changed", -1, str(exc)))
        except DeadlineExceeded:  # asking for presigned URLs ran into the call's deadline
            self.emit(("failed", -1, _OUT_OF_TIME))
        except Exception as exc:  # a bug, or the file vanished: stop the upload
            self.emit(("failed", -1, f"{type(exc).__name__}: {exc}"))
        finally:
            self.emit(("exit", -1, None))

    def _url(self, index: int, refused: str | None) -> Steps[str]:
        """The URL of chunk ``index``, asked for (with those after it) when there is none or
        the storage host ``refused`` the one there is (unless another worker replaced it)."""
        if refused is not None:
            self.urls.discard(index, refused)
        url = self.urls.get(index)
        if url is None:
            upload_id = self.layout.upload_id
            start, count = self.urls.request_for(index)
            answer = yield _Ask(lambda s: s.presigned_urls(upload_id, start=start, count=count))
            self.urls.store(answer, "presigned-URL")
            url = self.urls.require(index)
        return url

    def _chunk(self, index: int) -> Steps[None]:
        """Chunk ``index``, PUT until it is stored, it fails, or the upload stops."""
        offset, length = self.layout.span(index)
        attempts = _ChunkAttempts(index, self.retry)
        refused: str | None = None
        while True:
            url = yield _Locked(self._url(index, refused))
            self.emit(("sent", index, 0))
            body = _pieces(
                self.source,
                offset,
                length,
                lambda n: self.emit(("sent", index, n)),
                self.stop.is_set,
            )
            response: httpx.Response | None = None
            error: Exception | None = None
            try:
                response = yield _put(self.layout, index, url, body, self._put_timeout())
            except _Abandoned:
                self.emit(("abandoned", index, None))
                return
            except httpx.TransportError as exc:
                error = exc
            outcome = attempts.judge(response, error, now=self.now())
            if (event := _last_event(outcome, index, self.stop.is_set())) is not None:
                if event[0] == "failed":
                    self.stop.set()  # no new chunk starts once one has failed
                self.emit(event)
                return
            refused = url if outcome.refresh_url else None
            if outcome.delay:
                yield _Sleep(outcome.delay)
                if self.stop.is_set():
                    self.emit(("abandoned", index, None))
                    return


# --------------------------------------------------------------------------- sync


def upload_multipart(
    sessions: MultipartSessions,
    http: httpx.Client,
    file: MultipartSource,
    *,
    sleep: Callable[[float], object] | None = None,
    **options: Unpack[UploadOptions],
) -> MultipartUploadResult:
    """Upload ``file`` through a multipart session (a new one, or ``upload_id`` resumed).

    ``filename`` defaults to the file's name (required for bytes); ``type`` is the session's
    media type. ``sleep`` waits between retries, in the worker threads (by default a wait that
    ends early when the upload stops); ``now`` (wall clock,
    epoch seconds) is used to refuse a session past its expiry. ``timeout`` bounds each chunk
    PUT (default: the ``http`` client's): connect, pool and each write of the body by its
    phases, the storage host's answer from head to last byte by its ``read`` value; there is
    no bound on the whole PUT, so a large chunk on a slow line is not cut. ``clock``
    (monotonic seconds) spaces the progress calls. ``time_left()``, when given, is the
    seconds left of the caller's deadline: once it reaches 0 the upload stops as if a chunk
    had failed (the stored chunks are reported, :class:`UploadInterruptedError` says how to
    resume), and each chunk PUT's timeouts are cut to it (never under 1 s). The session calls
    are held to the same deadline by ``sessions`` (they raise
    :class:`~._polling.DeadlineExceeded` when it runs out): during a report or a presigned-URL
    request the upload stops the same way; before the first chunk (the session not created or
    not found in time), the error of that request is raised with a note. The options left out
    (:class:`UploadOptions`) are: ``type`` ``"video"``, no HLS and no thumbnail, a new
    session, ``concurrency`` :data:`DEFAULT_CONCURRENCY`, no progress, ``retry``
    :data:`DEFAULT_CHUNK_RETRY`, the system clocks and no deadline.
    """
    threads = _Threads(sessions, http, sleep)
    return threads.drive(_upload(file, threads.stop, threads.events.put, http.timeout, **options))


class _Threads:
    """The sync driver: workers in daemon threads, PUTs through an ``httpx.Client``."""

    def __init__(
        self,
        sessions: MultipartSessions,
        http: httpx.Client,
        sleep: Callable[[float], object] | None,
    ) -> None:
        self.sessions, self.http = sessions, http
        self.events: queue.SimpleQueue[_Event] = queue.SimpleQueue()
        self.stop = threading.Event()
        self.sleep = sleep or self.stop.wait
        self.url_lock = threading.Lock()

    def drive(self, steps: Steps[T]) -> T:
        step, done = _resume(steps)
        while not done:
            try:
                answer = self._do(step)
            except BaseException as exc:
                step, done = _resume(steps, error=exc)
            else:
                step, done = _resume(steps, answer)
        return cast(T, step)

    def _do(self, step: _Step) -> object:
        match step:
            case _Put():
                request = step.request(step.pieces)
                response = self.http.send(request, auth=None, follow_redirects=False, stream=True)
                try:
                    _answer_reader(response, step.timeout).read()
                except httpx.DecodingError:
                    pass
                finally:
                    response.close()
                return response
            case _Events(wait, timeout):
                events: list[_Event] = []
                with contextlib.suppress(queue.Empty):
                    if wait:
                        events.append(self.events.get(timeout=timeout))
                    while True:
                        events.append(self.events.get_nowait())
                return events
            case _Ask(call):
                return call(self.sessions)  # a listing's pages are read as the engine reads it
            case _Locked(steps):
                with self.url_lock:
                    return self.drive(steps)
            case _Sleep(seconds):
                self.sleep(seconds)
            case _Start(workers):
                for n, worker in enumerate(workers):
                    name = f"twelvelabs-upload-{n}"
                    threading.Thread(
                        target=self.drive, args=(worker,), name=name, daemon=True
                    ).start()
            case _Quietly(steps):
                reporter = threading.Thread(
                    target=self._quietly,
                    args=(steps,),
                    name="twelvelabs-upload-report",
                    daemon=True,
                )
                reporter.start()
                reporter.join(QUIET_REPORT_WAIT)
        return None  # and for _Abandon: the threads see `stop` at their next piece or wait

    def _quietly(self, steps: Steps[None]) -> None:
        with contextlib.suppress(Exception):
            self.drive(steps)


# --------------------------------------------------------------------------- async


async def upload_multipart_async(
    sessions: AsyncMultipartSessions,
    http: httpx.AsyncClient,
    file: MultipartSource,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    **options: Unpack[UploadOptions],
) -> MultipartUploadResult:
    """The async twin of :func:`upload_multipart` (chunks are read from the file in the loop)."""
    tasks = _Tasks(sessions, http, sleep)
    put = tasks.events.put_nowait
    return await tasks.drive(_upload(file, tasks.stop, put, http.timeout, **options))


class _Tasks:
    """The async driver: workers in tasks, PUTs through an ``httpx.AsyncClient``."""

    def __init__(
        self,
        sessions: AsyncMultipartSessions,
        http: httpx.AsyncClient,
        sleep: Callable[[float], Awaitable[None]],
    ) -> None:
        self.sessions, self.http, self.sleep = sessions, http, sleep
        self.events: asyncio.Queue[_Event] = asyncio.Queue()
        self.stop = threading.Event()
        self.url_lock = asyncio.Lock()
        self.workers: list[asyncio.Task[None]] = []

    async def drive(self, steps: Steps[T]) -> T:
        step, done = _resume(steps)
        while not done:
            try:
                answer = await self._do(step)
            except BaseException as exc:
                step, done = _resume(steps, error=exc)
            else:
                step, done = _resume(steps, answer)
        return cast(T, step)

    async def _do(self, step: _Step) -> object:
        match step:
            case _Put():
                request = step.request(_yielding(step.pieces))
                response = await self.http.send(
                    request, auth=None, follow_redirects=False, stream=True
                )
                try:
                    await _answer_reader(response, step.timeout).aread()
                except httpx.DecodingError:
                    pass
                finally:
                    await response.aclose()
                return response
            case _Events(wait, timeout):
                events: list[_Event] = []
                if wait:
                    try:
                        events.append(await asyncio.wait_for(self.events.get(), timeout))
                    except TimeoutError:
                        return events
                while not self.events.empty():
                    events.append(self.events.get_nowait())
                return events
            case _Ask(call, listing):
                if listing:
                    return [item async for item in call(self.sessions)]
                return await call(self.sessions)
            case _Locked(steps):
                async with self.url_lock:
                    return await self.drive(steps)
            case _Sleep(seconds):
                await self.sleep(seconds)
            case _Start(workers):
                self.workers = [asyncio.create_task(self.drive(w)) for w in workers]
            case _Quietly(steps):
                # A task of its own: the caller's task may be being cancelled, but the report
                # should still go out.
                report = asyncio.ensure_future(self.drive(steps))
                try:
                    await asyncio.wait({report}, timeout=QUIET_REPORT_WAIT)
                finally:
                    if not report.done():
                        report.cancel()
                    elif not report.cancelled():
                        report.exception()  # retrieved: a failed report is not worth a warning
            case _Abandon():
                for worker in self.workers:
                    worker.cancel()
        return None


async def _yielding(pieces: Iterator[bytes]) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece
        # Let the coordinating task show progress even when the transport never waits.
        await asyncio.sleep(0)
