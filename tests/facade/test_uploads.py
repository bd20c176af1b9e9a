"""Uploads: argument checks, streaming with constant memory, progress callbacks."""

from __future__ import annotations

import asyncio
import gc
import io
import os
import sys
import tracemalloc
import types
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from twelvelabs_client import AsyncTwelveLabs, TwelveLabs
from twelvelabs_client._uploads import (
    MAX_SEARCH_IMAGE_BYTES,
    MAX_VIDEO_FILE_BYTES,
    ProgressReader,
    file_upload,
)
from twelvelabs_client.errors import InvalidInputError

MiB = 1024 * 1024


class StreamingTransport(httpx.BaseTransport):
    """Consumes the request body chunk by chunk (never buffering it) and counts the bytes."""

    def __init__(self, on_chunk: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.body_sizes: list[int] = []
        self.chunk_counts: list[int] = []
        self.on_chunk = on_chunk

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        total = 0
        chunks = 0
        assert isinstance(request.stream, httpx.SyncByteStream)
        for chunk in request.stream:
            total += len(chunk)
            chunks += 1
            if self.on_chunk is not None:
                self.on_chunk(total)
        self.body_sizes.append(total)
        self.chunk_counts.append(chunks)
        return httpx.Response(200, json={"_id": "t1", "video_id": "v1"})


class FakeClock:
    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def post_upload(transport: httpx.BaseTransport, upload: Any) -> httpx.Response:
    with httpx.Client(transport=transport, base_url="https://api.test") as client:
        return client.post(
            "/tasks", data={"index_id": "i1"}, files=[("video_file", upload.to_tuple())]
        )


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "clip.mp4"
    path.write_bytes(bytes(range(256)) * 8192)  # 2 MiB, not all zeros
    return path


# --------------------------------------------------------------------------- kinds of value


def test_path_gives_name_type_size_and_is_open_only_inside_with(video: Path) -> None:
    upload = file_upload(str(video), argument="video_file")
    assert (upload.filename, upload.content_type, upload.size) == ("clip.mp4", "video/mp4", 2 * MiB)
    assert upload._owned is None  # checked, not opened
    with upload:
        owned = upload._owned
        assert owned is not None and not owned.closed
        assert upload.payload.read(4) == video.read_bytes()[:4]
    assert owned.closed and upload._owned is None


def test_pathlike_is_accepted(video: Path) -> None:
    with file_upload(video, argument="video_file") as upload:
        assert upload.filename == "clip.mp4"
        assert upload.payload.read() == video.read_bytes()


def test_users_open_file_is_never_closed_and_is_sent_whole(video: Path) -> None:
    with video.open("rb") as f:
        f.seek(1000)  # httpx rewinds file payloads: the whole file goes out
        with file_upload(f, argument="video_file") as upload:
            assert upload.filename == "clip.mp4"
            assert upload.size == 2 * MiB
            transport = StreamingTransport()
            response = post_upload(transport, upload)
        assert not f.closed
    assert response.status_code == 200
    request = transport.requests[0]
    assert transport.body_sizes == [int(request.headers["content-length"])]
    assert transport.body_sizes[0] > 2 * MiB


def test_bytes_are_sent_with_a_default_name() -> None:
    with file_upload(b"\x00\x01\x02", argument="image_file") as upload:
        assert (upload.filename, upload.content_type, upload.size) == (
            "upload",
            "application/octet-stream",
            3,
        )
        transport = StreamingTransport()
        post_upload(transport, upload)
        body = b"".join(_render(transport))
    assert b'filename="upload"' in body
    assert b"Content-Type: application/octet-stream" in body


def _render(transport: StreamingTransport) -> Iterator[bytes]:
    # Re-render the recorded multipart request (the payload rewinds).
    request = transport.requests[0]
    assert isinstance(request.stream, httpx.SyncByteStream)
    yield from request.stream


def test_tuple_sets_name_and_content_type() -> None:
    with file_upload(("cat.png", b"png!"), argument="image_file") as upload:
        assert (upload.filename, upload.content_type) == ("cat.png", "image/png")
    with file_upload(("x.bin", io.BytesIO(b"abc"), "image/jpeg"), argument="image_file") as upload:
        assert (upload.filename, upload.content_type, upload.size) == ("x.bin", "image/jpeg", 3)


def test_unknown_extension_falls_back_to_octet_stream(tmp_path: Path) -> None:
    path = tmp_path / "data.weird-extension"
    path.write_bytes(b"x")
    with file_upload(path, argument="video_file") as upload:
        assert upload.content_type == "application/octet-stream"


def test_bytesio_without_name() -> None:
    with file_upload(io.BytesIO(b"hello"), argument="audio_file") as upload:
        assert (upload.filename, upload.size) == ("upload", 5)


# --------------------------------------------------------------------------- refusals


def _refused(value: Any, *, max_bytes: int | None = None) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as info:
        file_upload(value, argument="video_file", max_bytes=max_bytes)
    assert info.value.argument == "video_file"
    return info.value


def test_missing_file(tmp_path: Path) -> None:
    error = _refused(str(tmp_path / "nope.mp4"))
    assert "there is no file" in str(error)
    assert isinstance(error, ValueError)


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in str(_refused(tmp_path))


def test_text_mode_file(video: Path) -> None:
    with video.open("r", encoding="latin-1") as f:
        assert "text mode" in str(_refused(f))
    assert "text mode" in str(_refused(io.StringIO("abc")))


def test_over_the_limit(video: Path) -> None:
    error = _refused(video, max_bytes=1 * MiB)
    assert "2 MB" in str(error) and "at most 1 MB" in str(error)


def test_checking_a_path_opens_nothing(video: Path, monkeypatch: Any) -> None:
    opened: list[Any] = []
    real_open = open

    def spy_open(*args: Any, **kwargs: Any) -> Any:
        f = real_open(*args, **kwargs)
        opened.append(f)
        return f

    monkeypatch.setattr("builtins.open", spy_open)
    _refused(video, max_bytes=10)
    file_upload(video, argument="video_file")
    assert opened == []


def test_limits_match_the_api() -> None:
    assert MAX_VIDEO_FILE_BYTES == 2 * 1024**3
    assert 5 * MiB == MAX_SEARCH_IMAGE_BYTES


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mp4"
    path.write_bytes(b"")
    assert "is empty" in str(_refused(path))


def test_closed_file(video: Path) -> None:
    f = video.open("rb")
    f.close()
    assert "closed" in str(_refused(f))


def test_non_seekable_pipe() -> None:
    read_fd, write_fd = os.pipe()
    try:
        with open(read_fd, "rb") as f:
            assert "not seekable" in str(_refused(f))
    finally:
        os.close(write_fd)


def test_write_only_file(tmp_path: Path) -> None:
    with (tmp_path / "out.mp4").open("wb") as f:
        assert "not open for reading" in str(_refused(f))


def test_wrong_type() -> None:
    assert "expected a path" in str(_refused(12345))
    assert "tuple" in str(_refused(("a", b"b", "c", "d")))


# --------------------------------------------------------------------------- streaming


def test_one_gib_upload_streams_with_constant_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.mp4"
    with path.open("wb") as f:
        f.truncate(1024**3)  # sparse: takes no disk space
    calls: list[tuple[int, int]] = []
    transport = StreamingTransport()
    gc.collect()
    tracemalloc.start()
    try:
        baseline, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with file_upload(
            path,
            argument="video_file",
            max_bytes=MAX_VIDEO_FILE_BYTES,
            progress=lambda s, t: calls.append((s, t)),
        ) as upload:
            response = post_upload(transport, upload)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 200
    rise = peak - baseline
    print(f"peak traced memory rise for a 1 GiB upload: {rise / MiB:.2f} MiB")
    assert rise <= 32 * MiB
    request = transport.requests[0]
    assert transport.body_sizes == [int(request.headers["content-length"])]
    assert transport.body_sizes[0] > 1024**3
    assert transport.chunk_counts[0] > 1000  # really streamed in pieces
    assert calls[-1] == (1024**3, 1024**3)


class ConsumingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads each request body piece by piece (sync or async), keeping only its length."""

    def __init__(self) -> None:
        self.body_sizes: list[int] = []
        self.content_lengths: list[int] = []

    def _reply(self, request: httpx.Request, size: int) -> httpx.Response:
        self.body_sizes.append(size)
        self.content_lengths.append(int(request.headers["content-length"]))
        replies = {"/tasks": {"_id": "t1", "video_id": "v1"}, "/embed/tasks": {"_id": "e1"}}
        body = replies.get(
            request.url.path.removeprefix("/v1.3"),
            {"model_name": "Marengo-retrieval-2.7", "data": []},
        )
        return httpx.Response(200, json=body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        return self._reply(request, sum(len(chunk) for chunk in request.stream))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        size = 0
        async for chunk in request.stream:
            size += len(chunk)
        return self._reply(request, size)


UPLOADS: dict[str, Any] = {
    "tasks.create": lambda c, f, p: c.tasks.create("i1", video_file=f, progress=p),
    "embed.tasks.create": lambda c, f, p: c.embed.tasks.create(video_file=f, progress=p),
    "embed.create": lambda c, f, p: c.embed.create(audio_file=f, progress=p),
    "search.query": lambda c, f, p: c.search.query(
        "i1", search_options="visual", query_media_file=f, progress=p
    ),
}


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("method", list(UPLOADS))
def test_every_upload_method_streams_with_constant_memory(
    tmp_path: Path, method: str, is_async: bool
) -> None:
    # A search image may be 5 MB at most; the other files get 128 MiB.
    size = MAX_SEARCH_IMAGE_BYTES if method == "search.query" else 128 * MiB
    path = tmp_path / ("query.png" if method == "search.query" else "big.mp4")
    with path.open("wb") as f:
        f.truncate(size)
    transport = ConsumingTransport()
    calls: list[tuple[int, int]] = []
    options: Any = {"api_key": "k", "base_url": "https://api.test/v1.3"}

    def progress(sent: int, total: int) -> None:
        calls.append((sent, total))

    def upload() -> None:
        if is_async:

            async def go() -> None:
                http = httpx.AsyncClient(transport=transport)
                await UPLOADS[method](AsyncTwelveLabs(**options, http_client=http), path, progress)

            asyncio.run(go())
        else:
            http = httpx.Client(transport=transport)
            UPLOADS[method](TwelveLabs(**options, http_client=http), path, progress)

    upload()  # once to warm up imports and caches, once measured
    gc.collect()
    tracemalloc.start()
    try:
        baseline, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        upload()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    rise = peak - baseline
    print(f"{method} ({'async' if is_async else 'sync'}): +{rise / MiB:.2f} MiB for {size} B")
    assert rise < size // 4  # buffering the body would cost at least its size
    assert transport.body_sizes == transport.content_lengths
    assert transport.body_sizes[-1] > size
    assert calls[-1] == (size, size)


#: The same uploads, and the create_and_wait methods that start with one.
UPLOADS_AND_WAITS: dict[str, Any] = {
    **UPLOADS,
    "tasks.create_and_wait": lambda c, f, p: c.tasks.create_and_wait("i1", video_file=f),
    "embed.tasks.create_and_wait": lambda c, f, p: c.embed.tasks.create_and_wait(video_file=f),
}


@pytest.mark.parametrize("method", list(UPLOADS_AND_WAITS))
def test_an_async_upload_never_awaited_leaves_no_file_open(
    video: Path, method: str, monkeypatch: Any
) -> None:
    unraisable: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    opened: list[Any] = []
    real_open = open

    def spy_open(*args: Any, **kwargs: Any) -> Any:
        f = real_open(*args, **kwargs)
        opened.append(f)
        return f

    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(500)))
    client = AsyncTwelveLabs(api_key="k", http_client=http)
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResourceWarning)  # an unclosed file fails the test
        warnings.simplefilter("ignore", RuntimeWarning)  # "never awaited": that is the point
        monkeypatch.setattr("builtins.open", spy_open)
        coroutine = UPLOADS_AND_WAITS[method](client, video, None)
        del coroutine
        gc.collect()
        monkeypatch.undo()
    assert opened == []
    assert [hook.exc_value for hook in unraisable] == []


def test_an_async_upload_opens_its_file_when_awaited_and_closes_it(video: Path) -> None:
    opened: list[Any] = []
    real_open = open

    def spy_open(*args: Any, **kwargs: Any) -> Any:
        f = real_open(*args, **kwargs)
        opened.append(f)
        return f

    http = httpx.AsyncClient(
        transport=httpx.MockTransport(
            lambda request: httpx.Response(200, json={"_id": "t1", "video_id": "v1"})
        )
    )
    client = AsyncTwelveLabs(api_key="k", http_client=http)
    coroutine = client.tasks.create("i1", video_file=video)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("builtins.open", spy_open)
        created = asyncio.run(coroutine)
    assert created.id == "t1"
    assert len(opened) == 1 and opened[0].closed


# --------------------------------------------------------------------------- progress


def test_progress_is_reported_during_the_upload(video: Path) -> None:
    calls: list[tuple[int, int]] = []
    seen_mid_upload: list[int] = []
    total_body = video.stat().st_size

    def on_chunk(sent_so_far: int) -> None:
        if sent_so_far < total_body // 2:
            seen_mid_upload.append(len(calls))

    transport = StreamingTransport(on_chunk=on_chunk)
    with file_upload(
        video,
        argument="video_file",
        progress=lambda s, t: calls.append((s, t)),
        clock=FakeClock(step=0.05),  # every read "takes" 50 ms: a call every other read
    ) as upload:
        post_upload(transport, upload)

    total = 2 * MiB
    assert calls[-1] == (total, total)
    assert all(t == total for _, t in calls)
    sent = [s for s, _ in calls]
    assert sent == sorted(sent) and len(set(sent)) == len(sent)  # strictly increasing
    assert len(calls) >= 5  # several calls before the end
    assert max(seen_mid_upload) > 0  # some arrived while the body was still going out
    # Bounded rate: 32 reads of 64 KiB, at most one call per 0.1 s of (fake) time.
    assert len(calls) <= 17


def test_progress_rate_is_bounded_by_time(video: Path) -> None:
    calls: list[tuple[int, int]] = []
    frozen = FakeClock(step=0.0)  # no time passes: only the final call
    with file_upload(
        video, argument="video_file", progress=lambda s, t: calls.append((s, t)), clock=frozen
    ) as upload:
        post_upload(StreamingTransport(), upload)
    assert calls == [(2 * MiB, 2 * MiB)]


class Cancelled(Exception):
    pass


def test_progress_exceptions_abort_the_upload(video: Path) -> None:
    def cancel(sent: int, total: int) -> None:
        raise Cancelled

    with (
        file_upload(video, argument="video_file", progress=cancel, progress_interval=0) as upload,
        pytest.raises(Cancelled),
    ):
        post_upload(StreamingTransport(), upload)


def test_rewind_for_a_retry_resets_progress(video: Path) -> None:
    calls: list[tuple[int, int]] = []
    transport = StreamingTransport()
    with file_upload(
        video,
        argument="video_file",
        progress=lambda s, t: calls.append((s, t)),
        progress_interval=0,
    ) as upload:
        post_upload(transport, upload)
        first = list(calls)
        post_upload(transport, upload)  # the same payload sent again, as a retry does
    total = 2 * MiB
    assert first[-1] == (total, total)
    second = calls[len(first) :]
    assert second[0] == (0, total)
    assert second[-1] == (total, total)
    assert transport.body_sizes[0] == transport.body_sizes[1]


def test_reader_is_a_seekable_window() -> None:
    raw = io.BytesIO(b"0123456789")
    reader = ProgressReader(raw, 6)  # a file that grew after its size was taken
    assert reader.read() == b"012345"
    assert reader.read() == b""
    assert reader.seek(0, os.SEEK_END) == 6
    assert reader.seek(-2, os.SEEK_CUR) == 4
    assert reader.read(10) == b"45"
    assert reader.seek(2) == 2 and reader.tell() == 2
    assert reader.read(2) == b"23"
    with pytest.raises(ValueError):
        reader.seek(-1)
    reader.close()
    with pytest.raises(ValueError):
        reader.read()
    assert not raw.closed


def test_multipart_part_headers(video: Path) -> None:
    transport = StreamingTransport()
    with file_upload(video, argument="video_file") as upload:
        post_upload(transport, upload)
        body = b"".join(_render(transport))
    assert b'name="video_file"; filename="clip.mp4"\r\nContent-Type: video/mp4\r\n\r\n' in body
    assert video.read_bytes() in body


# --------------------------------------------------------------------------- progress adapter


def test_tqdm_progress_without_tqdm(monkeypatch: Any) -> None:
    from twelvelabs_client.progress import tqdm_progress

    monkeypatch.setitem(sys.modules, "tqdm", None)  # import fails as if not installed
    with pytest.raises(ImportError, match=r"pip install twelvelabs-client\[progress\]"):
        tqdm_progress(desc="x")


def test_tqdm_progress_drives_a_bar(monkeypatch: Any) -> None:
    from twelvelabs_client.progress import tqdm_progress

    log: list[tuple[Any, ...]] = []

    class Bar:
        def __init__(self, **kwargs: Any) -> None:
            log.append(("new", kwargs["total"], kwargs["desc"], kwargs["unit"]))

        def update(self, n: int) -> None:
            log.append(("update", n))

        def reset(self, total: int) -> None:
            log.append(("reset", total))

        def close(self) -> None:
            log.append(("close",))

    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=Bar))
    callback = tqdm_progress(desc="clip.mp4")
    for sent in (10, 40, 0, 30, 100):
        callback(sent, 100)
    assert log == [
        ("new", 100, "clip.mp4", "B"),
        ("update", 10),
        ("update", 30),
        ("reset", 100),
        ("update", 0),
        ("update", 30),
        ("update", 70),
        ("close",),
    ]


# --------------------------------------------------------------------------- part header injection


@pytest.mark.parametrize(
    "content_type",
    [
        "video/mp4\r\nX-Injected: 1",
        "video/mp4\nX-Injected: 1",
        "video/mp4\x00",
        "video",
        "video/",
        "/mp4",
        "video/mp4; charset",
        "video mp4",
        "",
        'video/mp4; name="a\r\nb"',
    ],
)
def test_a_content_type_that_is_not_a_media_type_is_refused(content_type: str) -> None:
    error = _refused(("a.mp4", b"data", content_type))
    assert "content type" in str(error)


@pytest.mark.parametrize("filename", ["a\r\nX-Injected: 1.mp4", "a\n.mp4", "a\x00.mp4", "a\r.mp4"])
def test_a_file_name_with_a_line_break_or_nul_is_refused(filename: str) -> None:
    assert "file name" in str(_refused((filename, b"data", "video/mp4")))


def test_a_file_object_whose_name_has_a_line_break_is_refused() -> None:
    raw = io.BytesIO(b"data")
    raw.name = "/tmp/evil\r\nX-Injected: 1.mp4"  # type: ignore[attr-defined]
    assert "file name" in str(_refused(raw))


@pytest.mark.parametrize(
    "content_type",
    ["video/mp4", "video/mp4; codecs=avc1", 'audio/ogg ; codecs="opus, vorbis"', "image/svg+xml"],
)
def test_media_types_with_parameters_reach_the_part_header(content_type: str) -> None:
    transport = StreamingTransport()
    with file_upload(("a.mp4", b"data", content_type), argument="video_file") as upload:
        post_upload(transport, upload)
        body = b"".join(_render(transport))
    assert f"Content-Type: {content_type}\r\n\r\ndata".encode() in body


def test_progress_that_is_not_callable_is_refused_before_anything_is_read() -> None:
    with pytest.raises(InvalidInputError) as info:
        file_upload(b"data", argument="video_file", progress=42)  # type: ignore[arg-type]
    assert info.value.argument == "progress"
