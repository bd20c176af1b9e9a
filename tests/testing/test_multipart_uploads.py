"""Multipart upload sessions: presigned chunk URLs served by the fake's storage (no API key),
quoted ETags, reports with duplicates, status and list pagers, expiry, chunk faults, memory."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import KEY, error_code, tiny_mp4

CHUNK = 4096


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(KEY, multipart_chunk_size=CHUNK, initial_presigned_urls=2)


@pytest.fixture
def storage(fake: FakeTwelveLabs) -> Iterator[httpx.Client]:
    """A client WITHOUT the API key, for the presigned URLs (absolute URLs)."""
    with httpx.Client(transport=fake.transport()) as client:
        yield client


def start(http: httpx.Client, data: bytes, filename: str = "big.mp4", **extra: Any) -> Any:
    response = http.post(
        "/assets/multipart-uploads",
        json={"filename": filename, "type": "video", "total_size": len(data), **extra},
    )
    assert response.status_code == 201, response.text
    return response.json()


def urls_for(http: httpx.Client, upload_id: str, start_at: int, count: int) -> dict[int, str]:
    response = http.post(
        f"/assets/multipart-uploads/{upload_id}/presigned-urls",
        json={"start": start_at, "count": count},
    )
    assert response.status_code == 200, response.text
    return {u["chunk_index"]: u["url"] for u in response.json()["upload_urls"]}


def put_all(
    http: httpx.Client, storage: httpx.Client, session: Any, data: bytes
) -> list[dict[str, Any]]:
    """PUT every chunk; returns the CompletedChunk items to report."""
    total = session["total_chunks"]
    urls = {u["chunk_index"]: u["url"] for u in session["upload_urls"]}
    urls.update(urls_for(http, session["upload_id"], len(urls) + 1, total - len(urls)))
    done = []
    for index in range(1, total + 1):
        piece = data[(index - 1) * CHUNK : index * CHUNK]
        response = storage.put(urls[index], content=piece)
        assert response.status_code == 200, response.text
        done.append(
            {
                "chunk_index": index,
                "proof": response.headers["ETag"].strip('"'),
                "proof_type": "etag",
                "chunk_size": len(piece),
            }
        )
    return done


def report(http: httpx.Client, upload_id: str, chunks: list[dict[str, Any]]) -> httpx.Response:
    return http.post(f"/assets/multipart-uploads/{upload_id}", json={"completed_chunks": chunks})


def test_session_layout_and_first_urls(http: httpx.Client) -> None:
    session = start(http, b"x" * (CHUNK * 2 + 10))
    assert session["chunk_size"] == CHUNK and session["total_chunks"] == 3
    assert [u["chunk_index"] for u in session["upload_urls"]] == [1, 2]  # the first set only
    assert session["upload_headers"] == {}
    assert session["expires_at"] == "2025-05-02T09:00:00Z"  # 24 h of fake time
    url = httpx.URL(session["upload_urls"][0]["url"])
    assert url.host == "fake.twelvelabs.local" and url.path.startswith("/storage/")
    assert "X-Amz-Signature" in url.params
    assert session["upload_urls"][0]["expires_at"] == "2025-05-01T10:00:00Z"  # 1 h


def test_upload_report_complete_then_asset_processes(
    fake: FakeTwelveLabs, http: httpx.Client, storage: httpx.Client
) -> None:
    data = tiny_mp4(7.5, 640, 360, 180, mdat_bytes=CHUNK * 2)  # moov in the last chunk
    session = start(http, data, user_metadata={"take": 3})
    chunks = put_all(http, storage, session, data)
    upload_id, asset_id = session["upload_id"], session["asset_id"]
    assert http.get(f"/assets/{asset_id}").status_code == 404  # reserved, not usable yet

    first = report(http, upload_id, chunks[:2] + chunks[:1]).json()
    assert first == {
        "asset_id": asset_id,
        "processed_chunks": 2,
        "duplicate_chunks": 1,
        "total_completed": 2,
    }
    last = report(http, upload_id, chunks[1:]).json()
    assert (last["processed_chunks"], last["duplicate_chunks"]) == (1, 1)
    assert last["total_completed"] == 3 and last["url"]  # url only once complete

    asset = http.get(f"/assets/{asset_id}").json()
    assert asset["status"] == "processing" and asset["method"] == "multipart"
    assert asset["user_metadata"] == {"take": 3}
    assert "hls" not in asset and "thumbnail" not in asset  # sessions default to false
    fake.advance(2.0)
    ready = http.get(f"/assets/{asset_id}").json()
    assert ready["status"] == "ready" and ready["size"] == len(data)
    meta = ready["technical_metadata"]
    assert (meta["video_duration_seconds"], meta["video_width"], meta["video_fps"]) == (
        7.5,
        640,
        24.0,
    )
    status = http.get(f"/assets/multipart-uploads/{upload_id}").json()
    assert status["status"] == "completed" and status["uploaded_size"] == len(data)


def test_storage_needs_no_key_and_the_fake_records_whether_one_came(
    fake: FakeTwelveLabs, http: httpx.Client, storage: httpx.Client
) -> None:
    session = start(http, b"a" * 10)
    url = session["upload_urls"][0]["url"]
    fake.clear_requests()
    plain = storage.put(url, content=b"a" * 10)
    assert plain.status_code == 200
    assert plain.headers["ETag"] == '"e09c80c42fda55f9d992e59ca6b3307d"'  # MD5, quoted
    with_key = http.put(url, content=b"a" * 10)  # a careless client sends the key along
    assert with_key.status_code == 200
    sent = [(r.route, r.api_key_sent) for r in fake.requests]
    route = "/storage/{upload_id}/{chunk_index}"
    assert sent == [(route, False), (route, True)]
    assert fake.requests[1].headers["x-api-key"] == "<redacted>"


def test_storage_refuses_tampered_and_expired_urls(
    fake: FakeTwelveLabs, http: httpx.Client, storage: httpx.Client
) -> None:
    session = start(http, b"b" * CHUNK * 2)
    url = session["upload_urls"][0]["url"]
    tampered = storage.put(url.replace("partNumber=1", "partNumber=2"), content=b"b")
    assert tampered.status_code == 403 and b"SignatureDoesNotMatch" in tampered.content
    fake.advance(3600)
    expired = storage.put(url, content=b"b" * CHUNK)
    assert expired.status_code == 403
    assert expired.headers["content-type"] == "application/xml"
    assert b"<Code>AccessDenied</Code>" in expired.content and b"expired" in expired.content
    fresh = urls_for(http, session["upload_id"], 1, 1)[1]
    assert storage.put(fresh, content=b"b" * CHUNK).status_code == 200


def test_report_checks_what_storage_received(http: httpx.Client, storage: httpx.Client) -> None:
    session = start(http, b"c" * (CHUNK + 1))
    upload_id = session["upload_id"]
    item = {"chunk_index": 1, "proof": "abc", "proof_type": "etag", "chunk_size": CHUNK}
    not_put = report(http, upload_id, [item])
    assert not_put.status_code == 400 and error_code(not_put) == "parameter_invalid"
    etag = storage.put(session["upload_urls"][0]["url"], content=b"c" * CHUNK).headers["ETag"]
    wrong = report(http, upload_id, [item])
    assert wrong.status_code == 400 and "ETag" in wrong.json()["message"]
    quoted = report(http, upload_id, [dict(item, proof=etag)])  # quotes are tolerated
    assert quoted.status_code == 200 and quoted.json()["total_completed"] == 1
    out_of_range = report(http, upload_id, [dict(item, chunk_index=3)])
    assert out_of_range.status_code == 400
    unknown = report(http, "0" * 24, [item])
    assert unknown.status_code == 404


def test_status_pages_over_uploaded_chunks_and_list_shows_incomplete(
    fake: FakeTwelveLabs, http: httpx.Client, storage: httpx.Client
) -> None:
    data = b"d" * (CHUNK * 4)
    session = start(http, data)
    upload_id = session["upload_id"]
    chunks = put_all(http, storage, session, data)
    report(http, upload_id, [chunks[0], chunks[2]])
    page1 = http.get(f"/assets/multipart-uploads/{upload_id}", params={"page_limit": 3}).json()
    assert page1["status"] == "active"
    assert [(c["index"], c["status"]) for c in page1["uploaded_chunks"]] == [
        (1, "completed"),
        (2, "pending"),  # uploaded but not reported
        (3, "completed"),
    ]
    assert page1["uploaded_chunks"][1]["uploaded_at"] is None
    assert (page1["chunks_completed"], page1["chunks_pending"], page1["chunks_failed"]) == (2, 2, 0)
    assert page1["page_info"]["total_page"] == 2 and page1["uploaded_size"] == CHUNK * 2
    page2 = http.get(
        f"/assets/multipart-uploads/{upload_id}", params={"page": 2, "page_limit": 3}
    ).json()
    assert [c["index"] for c in page2["uploaded_chunks"]] == [4]

    other = start(http, b"e" * 10, filename="other.mp4")["upload_id"]
    listed = http.get("/assets/multipart-uploads").json()["data"]
    assert [u["upload_id"] for u in listed] == [other, upload_id]
    assert listed[1] == {
        "upload_id": upload_id,
        "status": "active",
        "total_size": CHUNK * 4,
        "chunk_size": CHUNK,
        "total_chunks": 4,
        "created_at": "2025-05-01T09:00:00Z",
        "expires_at": "2025-05-02T09:00:00Z",
    }
    report(http, upload_id, chunks[1:2] + chunks[3:])
    still = http.get("/assets/multipart-uploads").json()["data"]
    assert [u["upload_id"] for u in still] == [other]  # completed sessions leave the list


def test_sessions_expire_after_a_day(
    fake: FakeTwelveLabs, http: httpx.Client, storage: httpx.Client
) -> None:
    session = start(http, b"f" * 10)
    upload_id = session["upload_id"]
    fake.advance(86400)
    listed = http.get("/assets/multipart-uploads").json()["data"]
    assert [(u["upload_id"], u["status"]) for u in listed] == [(upload_id, "expired")]
    more = http.post(
        f"/assets/multipart-uploads/{upload_id}/presigned-urls", json={"start": 1, "count": 1}
    )
    assert more.status_code == 403 and "start a new upload" in more.json()["message"]
    item = {"chunk_index": 1, "proof": "x", "proof_type": "etag", "chunk_size": 10}
    assert report(http, upload_id, [item]).status_code == 403
    assert http.get(f"/assets/multipart-uploads/{upload_id}").json()["status"] == "expired"


def test_more_urls_are_bounded(http: httpx.Client) -> None:
    upload_id = start(http, b"g" * (CHUNK * 3))["upload_id"]
    urls = urls_for(http, upload_id, 2, 50)
    assert sorted(urls) == [2, 3]  # capped at the last chunk
    too_many = http.post(
        f"/assets/multipart-uploads/{upload_id}/presigned-urls", json={"start": 1, "count": 51}
    )
    assert too_many.status_code == 400 and error_code(too_many) == "parameter_invalid"


def test_chunk_faults(fake: FakeTwelveLabs, http: httpx.Client, storage: httpx.Client) -> None:
    session = start(http, b"h" * 10)
    url = session["upload_urls"][0]["url"]
    fake.faults.fail_chunks(times=1, status=503)
    fake.faults.expire_chunks(times=1)
    fake.faults.drop_chunks(times=1)
    assert storage.put(url, content=b"h" * 10).status_code == 503
    assert storage.put(url, content=b"h" * 10).status_code == 403
    with pytest.raises(httpx.RemoteProtocolError):
        storage.put(url, content=b"h" * 10)
    assert http.get("/indexes").status_code == 200  # API requests never take chunk faults
    assert fake.store.assets.uploads[session["upload_id"]].stored == {}
    fake.faults.drop_chunks(after_storing=True)
    with pytest.raises(httpx.RemoteProtocolError):
        storage.put(url, content=b"h" * 10)
    ok = storage.put(url, content=b"h" * 10)  # the URL is reusable until it expires
    assert ok.status_code == 200
    assert [r.fault for r in fake.requests if r.route and r.route.startswith("/storage")] == [
        "chunk_error",
        "chunk_expired",
        "chunk_drop",
        "chunk_drop",
        None,
    ]


def test_chunk_faults_can_target_one_chunk(
    fake: FakeTwelveLabs, http: httpx.Client, storage: httpx.Client
) -> None:
    session = start(http, b"i" * (CHUNK + 5))
    urls = {u["chunk_index"]: u["url"] for u in session["upload_urls"]}
    fake.faults.fail_chunks(chunk_index=2)
    assert storage.put(urls[1], content=b"i" * CHUNK).status_code == 200
    assert storage.put(urls[2], content=b"i" * 5).status_code == 500


def test_a_large_upload_is_hashed_not_kept(http: httpx.Client) -> None:
    """256 MiB through storage (in-process) adds far less than a chunk to traced memory."""
    fake = FakeTwelveLabs(KEY, multipart_chunk_size=64 * 1024**2)
    total = 256 * 1024**2
    piece = b"\0" * (1024**2)
    with (
        fake.http_client(headers={"x-api-key": KEY}) as api,
        httpx.Client(transport=fake.transport()) as raw,
    ):
        response = api.post(
            "/assets/multipart-uploads",
            json={"filename": "huge.mp4", "type": "video", "total_size": total},
        )
        session = response.json()
        tracemalloc.start()
        try:
            for item in session["upload_urls"]:

                def body() -> Iterator[bytes]:
                    for _ in range(64):
                        yield piece

                assert raw.put(item["url"], content=body()).status_code == 200
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 16 * 1024**2
    stored = fake.store.assets.uploads[session["upload_id"]].stored
    assert len(stored) == 4 and all(
        c.data is None and c.size == 64 * 1024**2 for c in stored.values()
    )


def test_served_storage_answers_on_the_server_host(fake: FakeTwelveLabs) -> None:
    with (
        fake.serve() as base_url,
        httpx.Client(base_url=base_url, headers={"x-api-key": KEY}, timeout=10) as api,
        httpx.Client(timeout=10) as raw,
    ):
        data = b"j" * (CHUNK + 100)
        session = start(api, data)
        urls = {u["chunk_index"]: u["url"] for u in session["upload_urls"]}
        assert all(
            u.startswith(base_url.removesuffix("/v1.3") + "/storage/") for u in urls.values()
        )
        chunks = []
        for index, url in urls.items():
            piece = data[(index - 1) * CHUNK : index * CHUNK]
            etag = raw.put(url, content=piece).headers["ETag"].strip('"')
            chunks.append(
                {
                    "chunk_index": index,
                    "proof": etag,
                    "proof_type": "etag",
                    "chunk_size": len(piece),
                }
            )
        done = report(api, session["upload_id"], chunks).json()
        assert done["total_completed"] == 2 and "url" in done
        assert not any(r.api_key_sent for r in fake.requests if r.route and "storage" in r.route)


def test_command_line_chunk_size() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "twelvelabs_client.testing",
            "serve",
            "--port",
            "0",
            "--api-key",
            KEY,
            "--chunk-size",
            "1024",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip().rsplit(" ", 1)[-1]
        with httpx.Client(base_url=base_url, headers={"x-api-key": KEY}, timeout=10) as api:
            session = start(api, b"k" * 2500)
        assert (session["chunk_size"], session["total_chunks"]) == (1024, 3)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_async_transport_serves_storage_too(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    session = start(http, b"l" * 100)

    async def put() -> httpx.Response:
        async with httpx.AsyncClient(transport=fake.async_transport()) as client:
            return await client.put(session["upload_urls"][0]["url"], content=b"l" * 100)

    response = asyncio.run(put())
    assert response.status_code == 200 and response.headers["ETag"].startswith('"')
    item = {
        "chunk_index": 1,
        "proof": response.headers["ETag"].strip('"'),
        "proof_type": "etag",
        "chunk_size": 100,
    }
    assert "url" in report(http, session["upload_id"], [item]).json()
