"""Assets: direct and URL upload, the processing -> ready/failed clock, technical metadata,
list filters, user metadata semantics, transcription, delete with ``force`` and 409."""

from __future__ import annotations

import json
from typing import Any

import httpx
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import create_index, error_code, tiny_mp4

NO_FILE = {"_": ("", b"")}


def create_asset(
    http: httpx.Client,
    filename: str = "clip.mp4",
    content: bytes = b"not really a video" * 10,
    content_type: str = "video/mp4",
    **fields: Any,
) -> dict[str, Any]:
    data = {"method": "direct"}
    for key, value in fields.items():
        data[key] = json.dumps(value) if isinstance(value, dict | bool) else value
    response = http.post("/assets", data=data, files={"file": (filename, content, content_type)})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def test_direct_upload_processes_then_is_ready_with_real_mp4_facts(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    created = create_asset(
        http,
        "run.mp4",
        tiny_mp4(9.0, 1280, 720, 270),
        user_metadata={"camera": "gopro"},
        enable_hls="false",
        enable_thumbnail="false",
    )
    assert created["status"] == "processing" and created["method"] == "direct"
    assert created["filename"] == "run.mp4" and created["file_type"] == "video/mp4"
    assert created["user_metadata"] == {"camera": "gopro"}
    assert "technical_metadata" not in created  # absent while processing
    fake.advance(2.0)
    ready = http.get(f"/assets/{created['_id']}").json()
    assert ready["status"] == "ready"
    meta = ready["technical_metadata"]
    assert (meta["video_width"], meta["video_height"], meta["video_fps"]) == (1280, 720, 30.0)
    assert meta["video_duration_seconds"] == ready["duration"] == 9.0
    assert meta["file_size_bytes"] == ready["size"] == len(tiny_mp4(9.0, 1280, 720, 270))
    assert "hls" not in ready and "thumbnail" not in ready


def test_hls_and_thumbnail_are_made_unless_refused(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    created = create_asset(http)  # the 1.3.5+ defaults: both true
    assert created["hls"] == {"status": "processing"}
    fake.settle()
    ready = http.get(f"/assets/{created['_id']}").json()
    assert ready["hls"]["status"] == "ready" and ready["hls"]["manifest_url"].endswith(".m3u8")
    assert ready["thumbnail"]["representative_url"].endswith(".jpg")


def test_url_upload_and_failed_asset(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.fail_next_upload("The file is not a video.")
    response = http.post(
        "/assets",
        data={"method": "url", "url": "https://example.com/media/broken.mp4"},
        files=NO_FILE,  # multipart/form-data with text fields only
    )
    assert response.status_code == 201
    assert response.json()["method"] == "url" and response.json()["filename"] == "broken.mp4"
    fake.settle()
    failed = http.get(f"/assets/{response.json()['_id']}").json()
    assert failed["status"] == "failed"
    assert failed["error"] == {"message": "The file is not a video."}
    assert "video_codec" not in failed["technical_metadata"]  # partial when failed


def test_create_refuses_bad_forms(http: httpx.Client) -> None:
    no_method = http.post("/assets", files={"file": ("a.mp4", b"x", "video/mp4")})
    assert no_method.status_code == 400 and error_code(no_method) == "parameter_not_provided"
    no_file = http.post("/assets", data={"method": "direct"}, files=NO_FILE)
    assert error_code(no_file) == "parameter_not_provided"
    json_body = http.post("/assets", json={"method": "url", "url": "https://x.test/a.mp4"})
    assert json_body.status_code == 400


def test_unknown_asset_is_404(http: httpx.Client) -> None:
    response = http.get("/assets/0123456789abcdef01234567")
    assert response.status_code == 404 and error_code(response) == "resource_not_exist"


def test_list_filters_and_pages(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    a = create_asset(http, "Harbor-Tour.mp4")["_id"]
    b = create_asset(http, "song.mp3", b"mp3 bytes", "audio/mpeg")["_id"]
    c = create_asset(http, "photo.jpg", b"jpeg bytes", "image/jpeg")["_id"]
    everything = http.get("/assets").json()
    assert [x["_id"] for x in everything["data"]] == [c, b, a]  # newest first
    assert everything["page_info"]["total_results"] == 3
    by_type = http.get("/assets", params=[("asset_types", "audio"), ("asset_types", "image")])
    assert [x["_id"] for x in by_type.json()["data"]] == [c, b]
    by_ids = http.get("/assets", params=[("asset_ids", a), ("asset_ids", c)])
    assert [x["_id"] for x in by_ids.json()["data"]] == [c, a]
    by_name = http.get("/assets", params={"filename": "harbor"})  # substring, any case
    assert [x["_id"] for x in by_name.json()["data"]] == [a]
    second = http.get("/assets", params={"page": 2, "page_limit": 2}).json()
    assert [x["_id"] for x in second["data"]] == [a]
    assert second["page_info"]["total_page"] == 2
    bad = http.get("/assets", params={"asset_types": "hologram"})
    assert bad.status_code == 400 and error_code(bad) == "parameter_invalid"


def test_user_metadata_merge_replace_delete(http: httpx.Client) -> None:
    asset_id = create_asset(http, user_metadata={"a": "1", "b": 2, "c": True})["_id"]
    url = f"/assets/{asset_id}/user-metadata"

    def current() -> Any:
        return http.get(f"/assets/{asset_id}").json().get("user_metadata")

    merged = http.patch(url, json={"user_metadata": {"a": None, "b": "", "d": 4.5}})
    assert merged.status_code == 200 and merged.content == b""
    assert current() == {"b": 2, "c": True, "d": 4.5}  # null deletes, "" is ignored
    replaced = http.put(url, json={"user_metadata": {"x": "y", "b": None, "c": ""}})
    assert replaced.status_code == 200
    assert current() == {"x": "y"}  # everything else removed
    assert http.delete(url).status_code == 200
    assert current() is None  # left out when nothing is set
    missing = http.patch(url, json={})
    assert missing.status_code == 400 and error_code(missing) == "parameter_not_provided"


def test_transcription_is_polled_until_ready(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    asset_id = fake.add_asset(
        "talk.mp4", duration=10.0, transcript="Hello there. General Kenobi!", ready=False
    )
    assert http.get(f"/assets/{asset_id}/transcription").json() == {"status": "processing"}
    fake.settle()
    body = http.get(
        f"/assets/{asset_id}/transcription", params={"include": "words,sentences"}
    ).json()
    assert body["status"] == "ready"
    assert [w["value"] for w in body["words"]] == ["Hello", "there.", "General", "Kenobi!"]
    assert [s["value"] for s in body["sentences"]] == ["Hello there.", "General Kenobi!"]
    assert body["sentences"][-1]["end"] == 10.0
    silent = fake.add_asset("silent.mp4")
    assert http.get(f"/assets/{silent}/transcription").status_code == 404


def test_delete_is_refused_while_an_index_uses_the_asset(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    index_id = create_index(http, "uses")
    asset_id = fake.add_asset("used.mp4")
    indexed = http.post(f"/indexes/{index_id}/indexed-assets", json={"asset_id": asset_id})
    assert indexed.status_code == 202
    refused = http.delete(f"/assets/{asset_id}")
    assert refused.status_code == 409 and error_code(refused) == "asset_in_use"
    users = http.get(f"/assets/{asset_id}/indexed-assets").json()
    assert users["data"] == [
        {"_id": indexed.json()["_id"], "index": {"_id": index_id, "name": "uses"}}
    ]
    forced = http.delete(f"/assets/{asset_id}", params={"force": "true"})
    assert forced.status_code == 200 and forced.content == b""
    assert http.get(f"/assets/{asset_id}").status_code == 404


def test_delete_without_users_needs_no_force(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    asset_id = fake.add_asset()
    assert http.delete(f"/assets/{asset_id}").status_code == 200
    assert http.delete(f"/assets/{asset_id}").status_code == 404
