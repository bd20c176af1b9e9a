"""What ``client.assets``, ``client.assets.multipart_uploads``, ``client.indexed_assets`` and
``client.videos.update`` put on the wire and give back, over the sync and the async client."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, fields, multipart, path, query
from test_async import AsyncRunner, SyncRunner, list_page, ok
from twelvelabs_client import ConflictError, InvalidInputError, TaskFailedError
from twelvelabs_generated.models import Asset, IndexedAsset

INDEX = "67b2c41e9d3f5a0e1c7a4b12"
ASSET = "6a1f0b77c1d2e30012ab9f01"
INDEXED = "6a1f31c4d5e6f70012a0b1c2"
UPLOAD = "6a1f2d90e3b4c50012f0a1b2"
URL = "https://x.test/v.mp4"


@pytest.fixture(params=[SyncRunner, AsyncRunner], ids=["sync", "async"])
def make(request: pytest.FixtureRequest) -> type[SyncRunner]:
    runner_class: type[SyncRunner] = request.param
    return runner_class


def asset(status: str = "ready", **extra: Any) -> dict[str, Any]:
    return {"_id": ASSET, "status": status, "method": "direct", **extra}


def indexed(status: str = "ready", **extra: Any) -> dict[str, Any]:
    return {"_id": INDEXED, "asset_id": ASSET, "status": status, **extra}


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


# ----------------------------------------------------------------------------- assets


def test_create_from_a_url_sends_one_form_with_the_flags_always_set(
    make: type[SyncRunner],
) -> None:
    r = make(httpx.Response(201, json=asset("processing", method="url")))
    created = r.call(lambda c: c.assets.create(url=URL, user_metadata={"take": 3}))
    assert isinstance(created, Asset) and created.status == "processing"
    [request] = r.requests
    assert (request.method, path(request)) == ("POST", "/v1.3/assets")
    assert fields(multipart(request)) == [
        ("method", "url"),
        ("url", URL),
        ("enable_hls", "false"),
        ("enable_thumbnail", "false"),
        ("user_metadata", '{"take":3}'),
    ]


def test_create_from_a_file_sends_it_as_the_file_part(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(201, json=asset("processing")))
    r.call(lambda c: c.assets.create(file=("clip.mp4", b"\x00" * 10), enable_hls=True))
    parts = multipart(r.requests[0])
    assert ("method", "direct") in fields(parts) and ("enable_hls", "true") in fields(parts)
    [file] = [p for p in parts if p.name == "file"]
    assert (file.filename, file.data) == ("clip.mp4", b"\x00" * 10)


def test_create_refuses_a_file_over_200_mb_and_points_to_upload(
    make: type[SyncRunner], tmp_path: Path
) -> None:
    big = tmp_path / "big.mp4"
    with big.open("wb") as f:
        f.truncate(200 * 1000**2 + 1)  # sparse
    r = make(ok({}))
    with pytest.raises(InvalidInputError, match=r"client\.assets\.upload"):
        r.call(lambda c: c.assets.create(file=big))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.assets.create(file=big, url=URL))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.assets.create(url="ftp://x.test/v.mp4"))
    assert r.requests == []


def test_list_sends_repeated_ids_and_types(make: type[SyncRunner]) -> None:
    r = make(ok(list_page(1, 1, asset())))
    items = r.items(
        lambda c: c.assets.list(asset_ids=[ASSET, "b2"], asset_types="video", filename="run")
    )
    assert [a.id for a in items] == [ASSET]
    request = r.requests[0]
    assert path(request) == "/v1.3/assets"
    assert query(request) == [
        ("page", "1"),
        ("asset_ids", ASSET),
        ("asset_ids", "b2"),
        ("asset_types", "video"),
        ("filename", "run"),
    ]


def test_retrieve_and_delete_with_force(make: type[SyncRunner]) -> None:
    r = make(ok(asset(size=10)), httpx.Response(200))
    assert r.call(lambda c: c.assets.retrieve(ASSET)).size == 10
    assert r.call(lambda c: c.assets.delete(ASSET, force=True)) is None
    get, delete = r.requests
    assert (get.method, path(get)) == ("GET", f"/v1.3/assets/{ASSET}")
    assert (delete.method, path(delete), query(delete)) == (
        "DELETE",
        f"/v1.3/assets/{ASSET}",
        [("force", "true")],
    )


def test_a_409_on_delete_says_how_to_see_the_users_and_how_to_force(
    make: type[SyncRunner],
) -> None:
    r = make(httpx.Response(409, json={"code": "asset_in_use", "message": "in use"}))
    with pytest.raises(ConflictError) as info:
        r.call(lambda c: c.assets.delete(ASSET))
    text = str(info.value)
    assert f"client.assets.indexed_assets({ASSET!r})" in text and "force=True" in text
    assert "retrieve it and try again" not in text  # no generic hint beside the specific one
    assert info.value.status_code == 409 and info.value.code == "asset_in_use"
    assert API_KEY not in text


def test_user_metadata_merge_replace_and_clear(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(200))
    r.call(lambda c: c.assets.update_user_metadata(ASSET, {"camera": "gopro", "take": None}))
    r.call(lambda c: c.assets.replace_user_metadata(ASSET, {"camera": "sony"}))
    r.call(lambda c: c.assets.delete_user_metadata(ASSET))
    merge, replace, clear = r.requests
    url = f"/v1.3/assets/{ASSET}/user-metadata"
    assert (merge.method, path(merge)) == ("PATCH", url)
    assert body(merge) == {"user_metadata": {"camera": "gopro", "take": None}}
    assert (replace.method, path(replace)) == ("PUT", url)
    assert body(replace) == {"user_metadata": {"camera": "sony"}}
    assert (clear.method, path(clear), clear.content) == ("DELETE", url, b"")


def test_transcription_and_the_indexes_using_an_asset(make: type[SyncRunner]) -> None:
    reference = {"_id": INDEXED, "index": {"_id": INDEX, "name": "n"}}
    r = make(ok({"status": "ready", "words": []}), ok(list_page(1, 1, reference)))
    assert r.call(lambda c: c.assets.transcription(ASSET, include=["words", "sentences"])).status
    [ref] = r.items(lambda c: c.assets.indexed_assets(ASSET))
    assert ref.index.id == INDEX
    transcription, users = r.requests
    assert path(transcription) == f"/v1.3/assets/{ASSET}/transcription"
    assert query(transcription) == [("include", "words"), ("include", "sentences")]
    assert path(users) == f"/v1.3/assets/{ASSET}/indexed-assets"


def test_wait_returns_the_ready_asset_and_reports_each_status(make: type[SyncRunner]) -> None:
    r = make(ok(asset("processing")), ok(asset("processing")), ok(asset("ready")))
    seen: list[str] = []
    done = r.call(lambda c: c.assets.wait(ASSET, on_update=lambda a: seen.append(a.status)))
    assert done.status == "ready" and seen == ["processing", "ready"]
    assert r.time.sleeps == [1.0, 2.0]


def test_a_failed_asset_raises_with_its_error_message(make: type[SyncRunner]) -> None:
    r = make(ok(asset("failed", error={"message": "unsupported codec"})))
    with pytest.raises(TaskFailedError, match="unsupported codec"):
        r.call(lambda c: c.assets.wait(ASSET))


# ----------------------------------------------------------------------------- multipart sessions


def test_multipart_session_calls(make: type[SyncRunner]) -> None:
    session = {"upload_id": UPLOAD, "asset_id": ASSET, "chunk_size": 5, "total_chunks": 2}
    report = {"asset_id": ASSET, "processed_chunks": 1, "total_completed": 1}
    urls = {"upload_id": UPLOAD, "start_index": 2, "count": 1, "upload_urls": []}
    r = make(httpx.Response(201, json=session), ok(report), ok(urls))
    created = r.call(
        lambda c: c.assets.multipart_uploads.create(
            filename="a.mp4", type="video", total_size=9, user_metadata={"k": "v"}
        )
    )
    assert (created.chunk_size, created.total_chunks) == (5, 2)
    r.call(
        lambda c: c.assets.multipart_uploads.report(
            UPLOAD, [{"chunk_index": 1, "proof": "abc", "chunk_size": 5}]
        )
    )
    r.call(lambda c: c.assets.multipart_uploads.presigned_urls(UPLOAD, start=2, count=1))
    create, rep, more = r.requests
    assert (create.method, path(create)) == ("POST", "/v1.3/assets/multipart-uploads")
    assert body(create) == {
        "filename": "a.mp4",
        "type": "video",
        "total_size": 9,
        "enable_hls": False,
        "enable_thumbnail": False,
        "user_metadata": {"k": "v"},
    }
    assert path(rep) == f"/v1.3/assets/multipart-uploads/{UPLOAD}"
    assert body(rep) == {
        "completed_chunks": [
            {"chunk_index": 1, "proof": "abc", "proof_type": "etag", "chunk_size": 5}
        ]
    }
    assert path(more) == f"/v1.3/assets/multipart-uploads/{UPLOAD}/presigned-urls"
    assert body(more) == {"start": 2, "count": 1}


def test_multipart_status_pages_over_the_uploaded_chunks(make: type[SyncRunner]) -> None:
    def status(page: int, *indexes: int) -> dict[str, Any]:
        chunks = [{"index": i, "status": "completed"} for i in indexes]
        info = {"page": page, "total_page": 2, "limit_per_page": 2, "total_results": 3}
        return {
            "upload_id": UPLOAD,
            "status": "active",
            "uploaded_chunks": chunks,
            "page_info": info,
        }

    summary = {
        "upload_id": UPLOAD,
        "status": "active",
        "total_size": 9,
        "chunk_size": 5,
        "total_chunks": 2,
    }
    r = make(ok(status(1, 1, 2)), ok(status(2, 3)), ok(list_page(1, 1, summary)))
    chunks = r.items(lambda c: c.assets.multipart_uploads.status(UPLOAD))
    assert [chunk.index for chunk in chunks] == [1, 2, 3]
    [incomplete] = r.items(lambda c: c.assets.multipart_uploads.list())
    assert incomplete.chunk_size == 5
    assert [query(q) for q in r.requests[:2]] == [[("page", "1")], [("page", "2")]]
    assert path(r.requests[2]) == "/v1.3/assets/multipart-uploads"


def test_multipart_arguments_are_checked_before_sending(make: type[SyncRunner]) -> None:
    r = make(ok({}))
    uploads = lambda c: c.assets.multipart_uploads  # noqa: E731
    with pytest.raises(InvalidInputError):
        r.call(lambda c: uploads(c).presigned_urls(UPLOAD, start=1, count=51))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: uploads(c).report(UPLOAD, []))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: uploads(c).report(UPLOAD, [{"chunk_index": 1}]))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: uploads(c).create(filename="a", type="document", total_size=1))
    assert r.requests == []


# ----------------------------------------------------------------------------- indexed assets


def test_indexed_asset_create_sends_json_and_reads_the_202(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(202, json={"_id": INDEXED, "asset_id": ASSET}))
    created = r.call(
        lambda c: c.indexed_assets.create(
            INDEX, ASSET, enable_video_stream=True, user_metadata={"camera": "gopro"}
        )
    )
    assert created.id == INDEXED
    [request] = r.requests
    assert (request.method, path(request)) == ("POST", f"/v1.3/indexes/{INDEX}/indexed-assets")
    assert body(request) == {
        "asset_id": ASSET,
        "enable_video_stream": True,
        "user_metadata": {"camera": "gopro"},
    }


def test_indexed_asset_list_filters(make: type[SyncRunner]) -> None:
    r = make(ok(list_page(1, 1, indexed())))
    items = r.items(
        lambda c: c.indexed_assets.list(
            INDEX,
            status=["ready", "indexing"],
            duration={"gte": 60},
            width=1920,
            user_metadata={"camera": "gopro"},
        )
    )
    assert [i.id for i in items] == [INDEXED]
    request = r.requests[0]
    assert path(request) == f"/v1.3/indexes/{INDEX}/indexed-assets"
    assert query(request) == [
        ("page", "1"),
        ("status", "ready"),
        ("status", "indexing"),
        ("duration[gte]", "60"),
        ("width", "1920"),
        ("camera", "gopro"),
    ]


def test_indexed_asset_retrieve_update_delete(make: type[SyncRunner]) -> None:
    r = make(
        ok(indexed(transcription=[{"start": 0, "end": 1, "value": "hi"}])), httpx.Response(200)
    )
    got = r.call(
        lambda c: c.indexed_assets.retrieve(
            INDEX, INDEXED, embedding_option=["visual", "audio"], transcription=True
        )
    )
    assert isinstance(got, IndexedAsset) and got.transcription[0].value == "hi"
    r.call(lambda c: c.indexed_assets.update(INDEX, INDEXED, user_metadata={"a": 1, "b": None}))
    r.call(lambda c: c.indexed_assets.delete(INDEX, INDEXED))
    get, patch, delete = r.requests
    url = f"/v1.3/indexes/{INDEX}/indexed-assets/{INDEXED}"
    assert (get.method, path(get)) == ("GET", url)
    assert query(get) == [
        ("embedding_option", "visual"),
        ("embedding_option", "audio"),
        ("transcription", "true"),
    ]
    assert (patch.method, path(patch), body(patch)) == (
        "PATCH",
        url,
        {"user_metadata": {"a": 1, "b": None}},
    )
    assert (delete.method, path(delete)) == ("DELETE", url)


def test_create_and_wait_from_an_asset_id_waits_for_both_under_one_deadline(
    make: type[SyncRunner],
) -> None:
    r = make(
        ok(asset("ready")),
        httpx.Response(202, json={"_id": INDEXED, "asset_id": ASSET}),
        ok(indexed("indexing")),
        ok(indexed("ready")),
    )
    seen: list[tuple[str, str]] = []
    done = r.call(
        lambda c: c.indexed_assets.create_and_wait(
            INDEX, asset_id=ASSET, on_update=lambda o: seen.append((type(o).__name__, o.status))
        )
    )
    assert done.status == "ready"
    assert seen == [("Asset", "ready"), ("IndexedAsset", "indexing"), ("IndexedAsset", "ready")]
    assert [(q.method, path(q)) for q in r.requests] == [
        ("GET", f"/v1.3/assets/{ASSET}"),
        ("POST", f"/v1.3/indexes/{INDEX}/indexed-assets"),
        ("GET", f"/v1.3/indexes/{INDEX}/indexed-assets/{INDEXED}"),
        ("GET", f"/v1.3/indexes/{INDEX}/indexed-assets/{INDEXED}"),
    ]


def test_create_and_wait_needs_exactly_one_source(make: type[SyncRunner]) -> None:
    r = make(ok({}))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.indexed_assets.create_and_wait(INDEX))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.indexed_assets.create_and_wait(INDEX, asset_id=ASSET, url=URL))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.indexed_assets.create_and_wait(INDEX, asset_id=ASSET, timeout=-1))
    assert r.requests == []


# ----------------------------------------------------------------------------- videos.update


def test_videos_update_is_a_patch_and_none_deletes_a_key(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(200))
    r.call(lambda c: c.videos.update(INDEX, "v1", user_metadata={"a": 1, "old": None}))
    [request] = r.requests
    assert (request.method, path(request)) == ("PATCH", f"/v1.3/indexes/{INDEX}/videos/v1")
    assert body(request) == {"user_metadata": {"a": 1, "old": None}}
