"""Indexed assets: create (202), the status clock, list filters, retrieve with embeddings and
transcription, PATCH, delete, and the same objects seen through /indexes/{id}/videos."""

from __future__ import annotations

from typing import Any

import httpx
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import create_index, error_code


def index_asset(http: httpx.Client, index_id: str, asset_id: str, **extra: Any) -> str:
    response = http.post(
        f"/indexes/{index_id}/indexed-assets", json={"asset_id": asset_id, **extra}
    )
    assert response.status_code == 202, response.text
    assert response.json()["asset_id"] == asset_id
    return str(response.json()["_id"])


def test_create_walks_the_statuses_to_ready(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    asset_id = fake.add_asset("walk.mp4", duration=30.0)
    indexed_id = index_asset(http, index_id, asset_id, user_metadata={"site": "dock"})
    url = f"/indexes/{index_id}/indexed-assets/{indexed_id}"
    seen = []
    for _ in range(5):
        body = http.get(url).json()
        seen.append(body["status"])
        fake.advance(2.0)
    assert seen == ["validating", "pending", "queued", "indexing", "ready"]
    ready = http.get(url).json()
    assert ready["asset_id"] == asset_id and ready["user_metadata"] == {"site": "dock"}
    assert ready["system_metadata"]["filename"] == "walk.mp4"
    assert ready["system_metadata"]["duration"] == 30.0
    assert ready["indexed_at"] == "2025-05-01T09:00:08Z"


def test_create_needs_a_ready_asset_and_a_known_index(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    index_id = create_index(http)
    processing = fake.add_asset(ready=False)
    early = http.post(f"/indexes/{index_id}/indexed-assets", json={"asset_id": processing})
    assert early.status_code == 400 and "ready" in early.json()["message"]
    unknown_asset = http.post(f"/indexes/{index_id}/indexed-assets", json={"asset_id": "0" * 24})
    assert unknown_asset.status_code == 404
    unknown_index = http.post(
        "/indexes/" + "0" * 24 + "/indexed-assets", json={"asset_id": processing}
    )
    assert unknown_index.status_code == 404 and error_code(unknown_index) == "resource_not_exist"


def test_a_failed_upload_fails_indexing(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    asset_id = fake.add_asset("bad.mp4")
    fake.fail_next_upload("The video could not be processed.")
    indexed_id = index_asset(http, index_id, asset_id)
    fake.settle()
    body = http.get(f"/indexes/{index_id}/indexed-assets/{indexed_id}").json()
    assert body["status"] == "failed"


def test_list_filters(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    short = index_asset(
        http, index_id, fake.add_asset("short.mp4", duration=20.0), user_metadata={"team": "a"}
    )
    fake.settle()
    long = index_asset(
        http, index_id, fake.add_asset("long.mp4", duration=90.0), user_metadata={"team": "b"}
    )
    url = f"/indexes/{index_id}/indexed-assets"

    def ids(params: Any) -> list[str]:
        response = http.get(url, params=params)
        assert response.status_code == 200, response.text
        return [item["_id"] for item in response.json()["data"]]

    assert ids({}) == [long, short]  # newest first
    assert ids({"sort_option": "asc"}) == [short, long]
    assert ids([("status", "ready"), ("status", "failed")]) == [short]
    assert ids({"status": "validating"}) == [long]
    fake.settle()
    assert ids({"duration[gte]": 60}) == [long]
    assert ids({"duration[lte]": 60}) == [short]
    assert ids({"team": "a"}) == [short]  # user metadata as bare top-level keys
    assert ids({"filename": "long.mp4"}) == [long]
    nested = http.get(url, params={"user_metadata[team]": "a"})
    assert nested.status_code == 400 and error_code(nested) == "parameter_unknown"
    bad = http.get(url, params={"status": "sleeping"})
    assert bad.status_code == 400


def test_retrieve_with_embeddings_and_transcription(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    index_id = create_index(http)
    asset_id = fake.add_asset("talk.mp4", duration=12.0, transcript="One. Two.")
    indexed_id = index_asset(http, index_id, asset_id, enable_video_stream=True)
    fake.settle()
    body = http.get(
        f"/indexes/{index_id}/indexed-assets/{indexed_id}",
        params=[
            ("embedding_option", "visual"),
            ("embedding_option", "audio"),
            ("transcription", "true"),
        ],
    ).json()
    segments = body["embedding"]["video_embedding"]["segments"]
    assert {s["embedding_option"] for s in segments} == {"visual", "audio"}
    assert [(s["start_offset_sec"], s["end_offset_sec"]) for s in segments[:2]] == [
        (0.0, 6.0),
        (6.0, 12.0),
    ]
    assert body["transcription"] == [
        {"start": 0.0, "end": 6.0, "value": "One."},
        {"start": 6.0, "end": 12.0, "value": "Two."},
    ]
    assert body["hls"]["status"] == "COMPLETE"


def test_update_merges_and_null_deletes(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    indexed_id = index_asset(
        http, index_id, fake.add_asset(), user_metadata={"keep": 1, "drop": "x"}
    )
    url = f"/indexes/{index_id}/indexed-assets/{indexed_id}"
    response = http.patch(url, json={"user_metadata": {"drop": None, "new": True}})
    assert response.status_code == 200 and response.content == b""
    assert http.get(url).json()["user_metadata"] == {"keep": 1, "new": True}


def test_delete_keeps_the_asset_and_frees_it(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    asset_id = fake.add_asset()
    indexed_id = index_asset(http, index_id, asset_id)
    url = f"/indexes/{index_id}/indexed-assets/{indexed_id}"
    assert http.delete(url).status_code == 200
    assert http.get(url).status_code == 404
    assert http.get(f"/assets/{asset_id}").json()["status"] == "ready"
    assert http.get(f"/assets/{asset_id}/indexed-assets").json()["data"] == []
    assert http.delete(f"/assets/{asset_id}").status_code == 200  # no force needed now


def test_indexed_assets_show_as_videos_with_their_asset_id(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    index_id = create_index(http)
    asset_id = fake.add_asset("seen.mp4", user_metadata={"a": 1})
    indexed_id = index_asset(http, index_id, asset_id, user_metadata={"room": "lab"})
    assert http.get(f"/indexes/{index_id}/videos").json()["data"] == []  # not ready yet
    fake.settle()
    videos = http.get(f"/indexes/{index_id}/videos", params={"room": "lab"}).json()["data"]
    assert [(v["_id"], v["asset_id"]) for v in videos] == [(indexed_id, asset_id)]
    video = http.get(f"/indexes/{index_id}/videos/{indexed_id}").json()
    assert video["asset_id"] == asset_id and video["user_metadata"] == {"room": "lab"}
    assert http.get(f"/indexes/{index_id}").json()["video_count"] == 1
    assert http.get("/tasks").json()["data"] == []  # an indexed asset has no task
