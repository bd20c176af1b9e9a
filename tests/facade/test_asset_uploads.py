"""``client.assets.upload`` and ``client.indexed_assets.create_and_wait`` against the fake API:
multipart uploads end to end (in-process, sync and async, and over a loopback socket), the key
never sent to the storage host, a fresh URL after a 403, resume after an interruption, and flat
memory for a 256 MiB file."""

from __future__ import annotations

import asyncio
import gc
import threading
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from twelvelabs_client import (
    InvalidInputError,
    TwelveLabs,
    UploadInterruptedError,
)
from twelvelabs_client.errors import InternalServerError
from twelvelabs_client.testing import FakeTwelveLabs
from twelvelabs_client.testing._app import RecordedRequest

KiB = 1024
MiB = 1024 * KiB
CHUNK = 64 * KiB
MODELS = [{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]


def content(size: int) -> bytes:
    return bytes((i * 7 + i // 251) % 256 for i in range(size))


def chunk_puts(fake: FakeTwelveLabs) -> list[RecordedRequest]:
    return [r for r in fake.requests if r.operation_id == "upload_chunk"]


def chunk_index(request: RecordedRequest) -> int:
    return int(request.path.rstrip("/").rsplit("/", 1)[1])


def operations(fake: FakeTwelveLabs) -> list[str | None]:
    return [r.operation_id for r in fake.requests]


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(multipart_chunk_size=CHUNK)


def run_upload(fake: FakeTwelveLabs, mode: str, file: Any, **kwargs: Any) -> Any:
    """``assets.upload`` through the sync or the async client bound to ``fake``."""
    if mode == "sync":
        with fake.client() as client:
            return client.assets.upload(file, **kwargs)

    async def go() -> Any:
        async with fake.async_client() as client:
            return await client.assets.upload(file, **kwargs)

    return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# ----------------------------------------------------------------------------- end to end


def test_a_multipart_upload_ends_with_a_ready_asset_and_no_key_on_storage(
    fake: FakeTwelveLabs, mode: str, tmp_path: Path
) -> None:
    data = content(5 * CHUNK + 123)
    path = tmp_path / "trail.mp4"
    path.write_bytes(data)
    sent: list[tuple[int, int]] = []
    asset = run_upload(
        fake,
        mode,
        path,
        multipart=True,
        user_metadata={"camera": "gopro"},
        progress=lambda done, total: sent.append((done, total)),
    )
    assert asset.status == "ready" and asset.method == "multipart"
    assert asset.size == len(data) and asset.filename == "trail.mp4"
    puts = chunk_puts(fake)
    assert sorted(chunk_index(p) for p in puts) == [1, 2, 3, 4, 5, 6]
    assert not any(p.api_key_sent for p in puts)
    assert all(r.api_key_matched for r in fake.requests if r.operation_id != "upload_chunk")
    [create] = [r for r in fake.requests if r.operation_id == "create_multipart_upload"]
    assert create.json["type"] == "video" and create.json["total_size"] == len(data)
    assert create.json["enable_hls"] is False and create.json["enable_thumbnail"] is False
    assert create.json["user_metadata"] == {"camera": "gopro"}
    # Byte progress: never down, ends at the total.
    assert [d for d, _ in sent] == sorted(d for d, _ in sent)
    assert sent[-1] == (len(data), len(data))


def test_small_files_go_direct_and_the_type_is_guessed_for_sessions(
    fake: FakeTwelveLabs, mode: str
) -> None:
    direct = run_upload(fake, mode, content(1000), filename="clip.mp4")
    assert direct.method == "direct" and direct.status == "ready"
    assert "create_asset" in operations(fake)
    song = run_upload(fake, mode, content(2 * CHUNK), filename="song.mp3", multipart=True)
    [create] = [r for r in fake.requests if r.operation_id == "create_multipart_upload"]
    assert create.json["type"] == "audio"
    assert song.status == "ready"


def test_wait_false_returns_the_asset_still_processing(fake: FakeTwelveLabs, mode: str) -> None:
    asset = run_upload(fake, mode, content(3 * CHUNK), filename="a.mp4", multipart=True, wait=False)
    assert asset.status == "processing"


def test_upload_arguments_are_checked_before_anything_is_sent(
    fake: FakeTwelveLabs, tmp_path: Path
) -> None:
    with fake.client() as client:
        with pytest.raises(InvalidInputError, match="filename"):
            client.assets.upload(b"bytes without a name")
        with pytest.raises(InvalidInputError):
            client.assets.upload(b"x", filename="a.mp4", type="document")
        with pytest.raises(InvalidInputError):
            client.assets.upload(b"x", filename="a.mp4", concurrency=0)
        with pytest.raises(InvalidInputError):
            client.assets.upload(b"x", filename="a.mp4", upload_id="u1", multipart=False)
        huge = tmp_path / "huge.mp4"
        with huge.open("wb") as f:
            f.truncate(10 * 1000**3 + 1)  # sparse
        with pytest.raises(InvalidInputError, match="at most"):
            client.assets.upload(huge)
    assert fake.requests == []


def test_indexing_a_file_in_one_call_reports_bytes_then_the_asset_then_the_indexed_asset(
    fake: FakeTwelveLabs, mode: str
) -> None:
    data = content(4 * CHUNK)
    sent: list[int] = []
    seen: list[str] = []

    def on_update(obj: Any) -> None:
        seen.append(f"{type(obj).__name__}:{obj.status}")

    def call(client: Any, index_id: str) -> Any:
        return client.indexed_assets.create_and_wait(
            index_id,
            file=("ridge.mp4", data),
            progress=lambda done, total: sent.append(done),
            on_update=on_update,
            user_metadata={"trail": "ridge"},
        )

    if mode == "sync":
        with fake.client() as client:
            index = client.indexes.create("i", models=MODELS)
            done = call(client, index.id)
    else:

        async def go() -> Any:
            async with fake.async_client() as client:
                index = await client.indexes.create("i", models=MODELS)
                return await call(client, index.id)

        done = asyncio.run(go())
    assert done.status == "ready" and done.user_metadata.additional_properties == {"trail": "ridge"}
    assert sent[-1] == len(data)
    kinds = [s.split(":")[0] for s in seen]
    assert kinds == sorted(kinds) and kinds[0] == "Asset" and kinds[-1] == "IndexedAsset"
    assert seen[-1] == "IndexedAsset:ready"


def test_over_a_loopback_socket(tmp_path: Path) -> None:
    fake = FakeTwelveLabs(multipart_chunk_size=CHUNK)
    path = tmp_path / "clip.mp4"
    path.write_bytes(content(3 * CHUNK + 5))
    with (
        fake.serve() as base_url,
        TwelveLabs(
            api_key=fake.api_key,
            base_url=base_url,
            timeout=10.0,
        )._use_clock(fake.advance, fake.now) as client,
    ):
        index = client.indexes.create("i", models=MODELS)
        done = client.indexed_assets.create_and_wait(
            index.id, file=path, multipart=True, timeout=600
        )
        assert done.status == "ready"
        asset = client.assets.retrieve(done.asset_id)
        assert asset.method == "multipart" and asset.size == path.stat().st_size
    puts = chunk_puts(fake)
    assert puts and not any(p.api_key_sent for p in puts)


# ----------------------------------------------------------------------------- failures


def test_a_403_from_storage_gets_a_fresh_presigned_url(fake: FakeTwelveLabs, mode: str) -> None:
    fake.faults.expire_chunks(1, chunk_index=2)
    asset = run_upload(fake, mode, content(3 * CHUNK), filename="a.mp4", multipart=True)
    assert asset.status == "ready"
    ops = operations(fake)
    assert "create_multipart_upload_urls" in ops
    puts = [chunk_index(p) for p in chunk_puts(fake)]
    assert puts.count(2) == 2
    # The refresh came between the refused PUT and its retry.
    refused = next(i for i, r in enumerate(fake.requests) if r.status == 403)
    assert "create_multipart_upload_urls" in ops[refused:]


def test_an_interrupted_upload_resumes_sending_only_the_missing_chunks(
    fake: FakeTwelveLabs, mode: str, tmp_path: Path
) -> None:
    data = content(6 * CHUNK)
    path = tmp_path / "long.mp4"
    path.write_bytes(data)
    fake.faults.fail_chunks(None, chunk_index=4)  # chunk 4 fails, every retry too
    with pytest.raises(UploadInterruptedError) as info:
        run_upload(fake, mode, path, multipart=True, concurrency=1)
    error = info.value
    assert error.total_bytes == len(data) and 0 < error.confirmed_bytes < len(data)
    reported_before = {
        chunk["chunk_index"]
        for r in fake.requests
        if r.operation_id == "report_multipart_upload_chunks"
        for chunk in r.json["completed_chunks"]
    }
    assert {1, 2, 3} <= reported_before and 4 not in reported_before
    fake.faults.clear()
    fake.clear_requests()

    asset = run_upload(fake, mode, path, upload_id=error.upload_id)
    assert asset.status == "ready" and asset.size == len(data)
    resent = [chunk_index(p) for p in chunk_puts(fake)]
    assert not set(resent) & reported_before  # no reported chunk is PUT again
    assert sorted(set(resent) | reported_before) == [1, 2, 3, 4, 5, 6]
    assert Counter(resent).most_common(1)[0][1] == 1
    with fake.client() as client:
        assert [s.upload_id for s in client.assets.multipart_uploads.list()] == []


def test_resume_refuses_a_file_of_another_size(fake: FakeTwelveLabs, tmp_path: Path) -> None:
    path = tmp_path / "long.mp4"
    path.write_bytes(content(4 * CHUNK))
    fake.faults.fail_chunks(None, chunk_index=3)
    with pytest.raises(UploadInterruptedError) as info:
        run_upload(fake, "sync", path, multipart=True, concurrency=1)
    fake.faults.clear()
    path.write_bytes(content(4 * CHUNK + 1))
    with pytest.raises(InvalidInputError):
        run_upload(fake, "sync", path, upload_id=info.value.upload_id)


def test_a_session_past_its_24_hours_says_to_start_over(
    fake: FakeTwelveLabs, tmp_path: Path
) -> None:
    path = tmp_path / "long.mp4"
    path.write_bytes(content(4 * CHUNK))
    fake.faults.fail_chunks(None, chunk_index=3)
    with pytest.raises(UploadInterruptedError) as info:
        run_upload(fake, "sync", path, multipart=True, concurrency=1)
    fake.faults.clear()
    fake.advance(25 * 3600)
    with pytest.raises(InvalidInputError, match=r"(?i)start over|start a new upload"):
        run_upload(fake, "sync", path, upload_id=info.value.upload_id)


# ----------------------------------------------------------------------------- memory


def test_a_256_mib_file_goes_multipart_with_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.mp4"
    with path.open("wb") as f:
        f.truncate(256 * MiB)  # sparse: no disk space
    # The fake's storage hashes each chunk as it streams past and keeps no bytes of it.
    fake = FakeTwelveLabs(multipart_chunk_size=8 * MiB)
    client = fake.client()
    gc.collect()
    tracemalloc.start()
    try:
        baseline, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        asset = client.assets.upload(path, concurrency=4, wait=False)  # over 200 MB: multipart
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        client.close()
    rise = peak - baseline
    print(f"peak traced memory rise, 256 MiB through client.assets.upload: {rise / MiB:.2f} MiB")
    assert rise < 16 * MiB
    assert asset.method == "multipart"
    assert len(chunk_puts(fake)) == 32


def test_videos_update_on_the_fake_merges_and_none_deletes(fake: FakeTwelveLabs) -> None:
    with fake.client() as client:
        index = client.indexes.create("i", models=MODELS)
        task = client.tasks.create_and_wait(index.id, video_file=("a.mp4", b"abc"))
        assert task.video_id
        client.videos.update(index.id, task.video_id, user_metadata={"a": 1, "b": "x"})
        client.videos.update(index.id, task.video_id, user_metadata={"a": None, "c": True})
        video = client.videos.retrieve(index.id, task.video_id)
    assert video.user_metadata.additional_properties == {"b": "x", "c": True}
    assert [r.method for r in fake.requests if r.operation_id == "update_video"] == ["PATCH"] * 2


class _Recording(httpx.BaseTransport):
    """The fake's transport, keeping the timeout extension of every chunk PUT."""

    def __init__(self, fake: FakeTwelveLabs) -> None:
        self.inner = fake.transport()
        self.timeouts: list[tuple[str, dict[str, float | None]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            self.timeouts.append((request.method, request.extensions["timeout"]))
        return self.inner.handle_request(request)


def test_chunk_puts_take_the_client_timeout_and_the_call_timeout(fake: FakeTwelveLabs) -> None:
    transport = _Recording(fake)
    with fake.client(http_client=httpx.Client(transport=transport), timeout=7) as client:
        client.assets.upload(content(3 * CHUNK), filename="a.mp4", multipart=True)
        client.assets.upload(
            content(2 * CHUNK), filename="b.mp4", multipart=True, request_timeout=2.5
        )
    puts = [t for method, t in transport.timeouts if method == "PUT"]
    assert len(puts) == 5
    assert puts[:3] == [{"connect": 7, "read": 7, "write": 7, "pool": 7}] * 3
    assert puts[3:] == [{"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}] * 2


def test_the_report_after_an_interrupt_is_one_short_attempt(fake: FakeTwelveLabs) -> None:
    from twelvelabs_client.resources.assets import _Sessions

    reports: list[httpx.Request] = []

    def api(request: httpx.Request) -> httpx.Response:
        reports.append(request)
        return httpx.Response(503, json={"code": "busy", "message": "busy"})

    http_client = httpx.Client(transport=httpx.MockTransport(api))
    with fake.client(http_client=http_client, max_retries=3, timeout=600) as client:
        sessions = _Sessions(client.assets.multipart_uploads, client.assets._sender, {})
        chunk = {"chunk_index": 1, "proof": "e1", "proof_type": "etag", "chunk_size": 5}
        with pytest.raises(InternalServerError):
            sessions.report("u1", [chunk], quick=True)
        assert len(reports) == 1  # no retry
        assert reports[0].extensions["timeout"]["read"] == 3.0
        reports.clear()
        with pytest.raises(InternalServerError):
            sessions.report("u1", [chunk])
        assert len(reports) == 4  # an ordinary report keeps the client's retries


def test_refused_before_sending_a_session_over_10_gb_and_an_empty_embedding_text(
    fake: FakeTwelveLabs,
) -> None:
    with fake.client() as client:
        with pytest.raises(InvalidInputError) as caught:
            client.assets.multipart_uploads.create(
                filename="a.mp4", type="video", total_size=10 * 1000**3 + 1
            )
        assert caught.value.argument == "total_size"
        for text in ("", "   ", None, 5):
            with pytest.raises(InvalidInputError) as caught:
                client.embed.v2.create("text", text={"input_text": text})
            assert caught.value.argument == "text.input_text"
        with pytest.raises(InvalidInputError) as caught:
            client.embed.v2.create(
                "text_image",
                text_image={"input_text": "", "media_source": {"url": "https://e.test/a.jpg"}},
            )
        assert caught.value.argument == "text_image.input_text"
    assert fake.requests == []


def test_the_timeout_of_upload_bounds_the_upload_and_the_wait_together(
    fake: FakeTwelveLabs, mode: str
) -> None:
    inner, ainner = fake.transport(), fake.async_transport()
    puts: list[str] = []
    reported = threading.Event()

    def is_report(request: httpx.Request) -> bool:
        return request.method == "POST" and "/multipart-uploads/" in request.url.path

    class Slow(httpx.BaseTransport, httpx.AsyncBaseTransport):
        """The first chunk takes 11 s of the fake's time and stays in flight until a report
        comes (the resume's): the deadline is seen while it is still being sent."""

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            reported.set() if is_report(request) else None
            if request.method == "PUT":
                puts.append(request.url.path)
                if len(puts) == 1:
                    fake.advance(11)
                    assert reported.wait(timeout=10)
            return inner.handle_request(request)

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            reported.set() if is_report(request) else None
            if request.method == "PUT":
                puts.append(request.url.path)
                if len(puts) == 1:
                    fake.advance(11)
                    for _ in range(1000):
                        if reported.is_set():
                            break
                        await asyncio.sleep(0.01)
            return await ainner.handle_async_request(request)

    data = content(4 * CHUNK)
    options: dict[str, Any] = {"filename": "a.mp4", "multipart": True, "concurrency": 1}
    with pytest.raises(UploadInterruptedError, match="timeout ran out") as caught:
        if mode == "sync":
            with fake.client(http_client=httpx.Client(transport=Slow())) as client:
                client.assets.upload(data, timeout=10, **options)
        else:

            async def go() -> None:
                async with fake.async_client(http_client=httpx.AsyncClient(transport=Slow())) as c:
                    await c.assets.upload(data, timeout=10, **options)

            asyncio.run(go())
    assert len(puts) == 1  # no chunk started after the deadline
    assert caught.value.confirmed_bytes == 0
    resumed = run_upload(fake, mode, data, upload_id=caught.value.upload_id, **options)
    assert resumed.status == "ready"


class _SlowChunks(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Every chunk PUT takes ``seconds`` of the fake's time (a slow line)."""

    def __init__(self, fake: FakeTwelveLabs, seconds: float) -> None:
        self.fake, self.seconds = fake, seconds
        self.inner, self.ainner = fake.transport(), fake.async_transport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            self.fake.advance(self.seconds)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            self.fake.advance(self.seconds)
        return await self.ainner.handle_async_request(request)


def _with_slow_chunks(fake: FakeTwelveLabs, mode: str, call: Any) -> Any:
    if mode == "sync":
        with fake.client(http_client=httpx.Client(transport=_SlowChunks(fake, 1500))) as client:
            return call(client)

    async def go() -> Any:
        transport = _SlowChunks(fake, 1500)
        async with fake.async_client(http_client=httpx.AsyncClient(transport=transport)) as c:
            return await call(c)

    return asyncio.run(go())


def test_without_a_timeout_a_long_upload_is_not_cut_and_the_wait_starts_after_it(
    fake: FakeTwelveLabs, mode: str
) -> None:
    """Four chunks of 25 minutes each (100 minutes of upload) finish, and the default hour of
    waiting for `ready` is counted from the end of the upload, not from the start."""
    data = content(4 * CHUNK)
    asset = _with_slow_chunks(
        fake,
        mode,
        lambda c: c.assets.upload(data, filename="a.mp4", multipart=True, concurrency=1),
    )
    assert asset.status == "ready"
    # each chunk stored (a URL issued at the start expires after an hour: it is refreshed)
    assert {chunk_index(r) for r in chunk_puts(fake) if r.status == 200} == {1, 2, 3, 4}


def test_create_and_wait_without_a_timeout_indexes_after_a_long_upload(
    fake: FakeTwelveLabs, mode: str
) -> None:
    index_id = fake.create_index("slow", ["marengo3.0"], options=["visual", "audio"])
    data = content(4 * CHUNK)
    done = _with_slow_chunks(
        fake,
        mode,
        lambda c: c.indexed_assets.create_and_wait(
            index_id, file=data, filename="a.mp4", multipart=True, concurrency=1
        ),
    )
    assert done.status == "ready"
    assert {chunk_index(r) for r in chunk_puts(fake) if r.status == 200} == {1, 2, 3, 4}


def test_create_and_wait_with_a_timeout_stops_a_long_upload(
    fake: FakeTwelveLabs, mode: str
) -> None:
    """`timeout=` is one deadline over everything: a 200-minute upload under a 1-hour timeout
    stops (resumable) long before its last chunk."""
    index_id = fake.create_index("slow", ["marengo3.0"], options=["visual", "audio"])
    data = content(8 * CHUNK)
    with pytest.raises(UploadInterruptedError) as caught:
        _with_slow_chunks(
            fake,
            mode,
            lambda c: c.indexed_assets.create_and_wait(
                index_id, file=data, filename="a.mp4", multipart=True, concurrency=1, timeout=3600
            ),
        )
    assert caught.value.upload_id
    assert {chunk_index(r) for r in chunk_puts(fake) if r.status == 200} < set(range(1, 9))
