"""State and time: statuses move on the manual clock; responses have the wire shapes."""

from __future__ import annotations

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs, IntegrationFile, ManualClock

from .helpers import KEY, create_index, upload


def status_of(http: httpx.Client, task_id: str) -> str:
    return str(http.get(f"/tasks/{task_id}").json()["status"])


def test_task_moves_through_every_status_on_the_manual_clock(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    index_id = create_index(http)
    task = upload(http, index_id)
    seen = []
    for _ in range(6):
        seen.append(status_of(http, task["_id"]))
        fake.advance(2)
    assert seen == ["validating", "pending", "queued", "indexing", "ready", "ready"]


def test_time_stands_still_without_advance(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id)
    assert {status_of(http, task["_id"]) for _ in range(5)} == {"validating"}


def test_stage_seconds_is_configurable() -> None:
    fake = FakeTwelveLabs(KEY, stage_seconds=10)
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        task = upload(http, create_index(http))
        fake.advance(9.9)
        assert status_of(http, task["_id"]) == "validating"
        fake.advance(0.1)
        assert status_of(http, task["_id"]) == "pending"


def test_create_task_answers_200_with_task_and_video_ids(http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id)
    assert set(task) == {"_id", "video_id"}
    assert len(task["_id"]) == 24 and len(task["video_id"]) == 24
    assert task["_id"] != task["video_id"]


def test_task_object_shape(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id, "talk.mp4", user_metadata={"duration": 42.5})
    early = http.get(f"/tasks/{task['_id']}").json()
    assert early["system_metadata"] == {"filename": "talk.mp4"}  # facts come after validation
    assert "hls" not in early
    fake.settle()
    body = http.get(f"/tasks/{task['_id']}").json()
    assert body["status"] == "ready"
    assert body["index_id"] == index_id and body["video_id"] == task["video_id"]
    assert body["system_metadata"]["duration"] == 42.5
    assert body["created_at"].endswith("Z") and "." in body["created_at"]
    assert body["updated_at"] > body["created_at"]


def test_hls_only_with_enable_video_stream(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    streamed = upload(http, index_id, enable_video_stream="true")
    plain = upload(http, index_id, enable_video_stream="false")
    first = http.get(f"/tasks/{streamed['_id']}").json()["hls"]
    assert first["status"] == "PROCESSING" and first["video_url"] is None
    fake.settle()
    assert http.get(f"/tasks/{streamed['_id']}").json()["hls"]["status"] == "COMPLETE"
    assert "hls" not in http.get(f"/tasks/{plain['_id']}").json()
    video = http.get(f"/indexes/{index_id}/videos/{streamed['video_id']}").json()
    assert video["hls"]["video_url"].endswith(".m3u8")
    listed = http.get("/tasks").json()["data"]
    assert all("hls" not in item for item in listed)


def test_fail_next_upload_ends_failed(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    fake.fail_next_upload("broken file")
    bad = upload(http, index_id)
    good = upload(http, index_id)
    fake.advance(1)
    assert status_of(http, bad["_id"]) == "validating"
    fake.settle()
    assert status_of(http, bad["_id"]) == "failed"
    assert status_of(http, good["_id"]) == "ready"
    assert http.get(f"/tasks/{bad['_id']}").json()["error"] == {"message": "broken file"}
    assert "error" not in http.get(f"/tasks/{good['_id']}").json()
    videos = http.get(f"/indexes/{index_id}/videos").json()["data"]
    assert [v["_id"] for v in videos] == [good["video_id"]]


def test_fail_uploads_named(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    fake.fail_uploads_named("corrupt.mp4")
    first = upload(http, index_id, "corrupt.mp4")
    second = upload(http, index_id, "corrupt.mp4")
    fake.settle()
    assert status_of(http, first["_id"]) == status_of(http, second["_id"]) == "failed"


def test_video_exists_only_once_ready(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id)
    assert http.get(f"/indexes/{index_id}/videos/{task['video_id']}").status_code == 404
    assert http.get(f"/indexes/{index_id}").json()["video_count"] == 0
    fake.settle()
    assert http.get(f"/indexes/{index_id}/videos/{task['video_id']}").status_code == 200
    index = http.get(f"/indexes/{index_id}").json()
    assert index["video_count"] == 1 and index["total_duration"] > 0


def test_delete_rules_for_tasks(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id)
    running = http.delete(f"/tasks/{task['_id']}")
    assert running.status_code == 400 and running.json()["code"] == "task_cannot_be_deleted"
    fake.settle()
    ready = http.delete(f"/tasks/{task['_id']}")
    assert ready.status_code == 400 and ready.json()["code"] == "task_cannot_be_deleted"
    assert http.delete(f"/indexes/{index_id}/videos/{task['video_id']}").status_code == 204
    done = http.delete(f"/tasks/{task['_id']}")
    assert done.status_code == 204 and done.content == b""
    assert http.get(f"/tasks/{task['_id']}").json()["code"] == "resource_not_exist"


def test_failed_task_can_be_deleted(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.fail_next_upload()
    task = upload(http, create_index(http))
    fake.settle()
    assert http.delete(f"/tasks/{task['_id']}").status_code == 204


def test_embed_task_moves_processing_to_ready(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    created = http.post(
        "/embed/tasks",
        data={"model_name": "Marengo-retrieval-2.7", "video_url": "https://example.com/a.mp4"},
        files={"_": ("", b"")},
    )
    assert created.status_code == 200 and set(created.json()) == {"_id"}
    task_id = created.json()["_id"]
    status = http.get(f"/embed/tasks/{task_id}/status").json()
    assert status["status"] == "processing"
    assert "created_at" not in status
    assert status["video_embedding"]["metadata"]["input_url"] == "https://example.com/a.mp4"
    assert "segments" not in http.get(f"/embed/tasks/{task_id}").json()["video_embedding"]
    fake.advance(4)
    body = http.get(f"/embed/tasks/{task_id}").json()
    assert body["status"] == "ready"
    segments = body["video_embedding"]["segments"]
    assert {s["embedding_option"] for s in segments} == {"visual-text", "audio"}
    assert all(len(s["float"]) == 1024 for s in segments)
    assert all(s["end_offset_sec"] - s["start_offset_sec"] >= 2 for s in segments)


def test_embed_task_failure_switch(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.fail_next_upload()
    created = http.post(
        "/embed/tasks",
        data={"model_name": "Marengo-retrieval-2.7"},
        files={"video_file": ("a.mp4", b"x" * 100, "video/mp4")},
    )
    fake.settle()
    status = http.get(f"/embed/tasks/{created.json()['_id']}/status").json()
    assert status["status"] == "failed"
    assert status["error"] == {"message": "The video could not be processed."}
    assert http.get(f"/embed/tasks/{created.json()['_id']}").json()["error"] == status["error"]


def test_auto_advance_moves_time_per_request() -> None:
    fake = FakeTwelveLabs(KEY, auto_advance=1.0)
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        task = upload(http, create_index(http))
        statuses = [status_of(http, task["_id"]) for _ in range(12)]
    assert statuses[-1] == "ready"
    assert statuses.index("ready") < 12


def test_advance_refuses_a_real_clock() -> None:
    fake = FakeTwelveLabs(KEY, realtime=True, speed=100)
    with pytest.raises(TypeError):
        fake.advance(1)


def test_injected_clock_is_used() -> None:
    clock = ManualClock(start=0)
    fake = FakeTwelveLabs(KEY, clock=clock)
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        index_id = create_index(http)
        assert http.get(f"/indexes/{index_id}").json()["created_at"] == "1970-01-01T00:00:00.000Z"


def test_list_pagination_and_page_info(http: httpx.Client) -> None:
    for n in range(5):
        create_index(http, f"index-{n}")
    first = http.get("/indexes", params={"page_limit": 2}).json()
    assert first["page_info"] == {
        "limit_per_page": 2,
        "page": 1,
        "total_page": 3,
        "total_results": 5,
    }
    assert [i["index_name"] for i in first["data"]] == ["index-4", "index-3"]  # newest first
    last = http.get("/indexes", params={"page_limit": 2, "page": 3}).json()
    assert [i["index_name"] for i in last["data"]] == ["index-0"]
    asc = http.get("/indexes", params={"sort_option": "asc", "page_limit": 50}).json()
    assert asc["data"][0]["index_name"] == "index-0"


def test_empty_list_has_zero_pages(http: httpx.Client) -> None:
    body = http.get("/embed/tasks").json()
    assert body == {
        "data": [],
        "page_info": {"limit_per_page": 10, "page": 1, "total_page": 0, "total_results": 0},
    }


def test_index_object_fields(http: httpx.Client) -> None:
    index_id = create_index(http)
    body = http.get(f"/indexes/{index_id}").json()
    assert set(body) == {
        "_id",
        "index_name",
        "models",
        "video_count",
        "total_duration",
        "created_at",
        "updated_at",
        "expires_at",
    }  # no `addons` key when there are none
    with_addon = http.post(
        "/indexes",
        json={
            "index_name": "thumbs",
            "models": [{"model_name": "marengo2.7", "model_options": ["visual"]}],
            "addons": ["thumbnail"],
        },
    )
    assert http.get(f"/indexes/{with_addon.json()['_id']}").json()["addons"] == ["thumbnail"]


def test_null_expires_at_option() -> None:
    fake = FakeTwelveLabs(KEY, index_expiry_days=None)
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        index_id = create_index(http)
        assert http.get(f"/indexes/{index_id}").json()["expires_at"] is None


def test_update_and_delete_index(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id)
    fake.settle()
    renamed = http.put(f"/indexes/{index_id}", json={"index_name": "renamed"})
    assert renamed.status_code == 204 and renamed.content == b""
    assert http.get(f"/indexes/{index_id}").json()["index_name"] == "renamed"
    deleted = http.delete(f"/indexes/{index_id}")
    assert deleted.status_code == 204 and deleted.content == b""
    assert http.get(f"/indexes/{index_id}").status_code == 400
    assert http.get(f"/tasks/{task['_id']}").status_code == 400


@pytest.mark.parametrize("method", ["PATCH", "PUT"])  # PATCH today; PUT from older clients
def test_update_video_metadata_merges(
    fake: FakeTwelveLabs, http: httpx.Client, method: str
) -> None:
    index_id = create_index(http)
    task = upload(http, index_id, user_metadata={"category": "a"})
    fake.settle()
    url = f"/indexes/{index_id}/videos/{task['video_id']}"
    response = http.request(method, url, json={"user_metadata": {"rating": 9.5, "reviewed": True}})
    assert response.status_code == 204 and response.content == b""
    assert http.get(url).json()["user_metadata"] == {
        "category": "a",
        "rating": 9.5,
        "reviewed": True,
    }


def test_video_without_user_metadata_has_no_key(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id)
    fake.settle()
    body = http.get(f"/indexes/{index_id}/videos/{task['video_id']}").json()
    assert "user_metadata" not in body and "embedding" not in body
    assert "transcription" not in body and "hls" not in body
    assert body["system_metadata"]["size"] == len(b"not really a video" * 10)


def test_video_embeddings_and_transcription(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id, user_metadata={"duration": 20})
    fake.settle()
    url = f"/indexes/{index_id}/videos/{task['video_id']}"
    assert http.get(url, params={"transcription": "true"}).json()["transcription"] is None
    fake.set_transcript(task["video_id"], "Hello there. Lift with care!")
    body = http.get(
        url,
        params=[
            ("embedding_option", "visual-text"),
            ("embedding_option", "audio"),
            ("transcription", "true"),
        ],
    ).json()
    assert body["embedding"]["model_name"] == "Marengo-retrieval-2.7"
    segments = body["embedding"]["video_embedding"]["segments"]
    assert {s["embedding_option"] for s in segments} == {"visual-text", "audio"}
    assert [t["value"] for t in body["transcription"]] == ["Hello there.", "Lift with care!"]


def test_import_flow(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    fake.add_integration(
        "integration-1",
        [
            "harbor.mp4",
            IntegrationFile("standup.mp4", duration=120),
            IntegrationFile("broken.mp4", error_message="cannot read the file"),
        ],
    )
    started = http.post(
        "/tasks/transfers/import/integration-1",
        json={"index_id": index_id, "user_metadata": {"source": "s3"}},
    )
    assert started.status_code == 201
    body = started.json()
    assert [v["filename"] for v in body["videos"]] == ["harbor.mp4", "standup.mp4"]
    assert body["failed_files"] == [
        {"filename": "broken.mp4", "error_message": "cannot read the file"}
    ]
    status = http.get(
        "/tasks/transfers/import/integration-1/status", params={"index_id": index_id}
    ).json()
    assert set(status) == {
        "not_imported",
        "validating",
        "pending",
        "queued",
        "indexing",
        "ready",
        "failed",
    }
    assert len(status["validating"]) == 2 and status["ready"] == []
    logs = http.get("/tasks/transfers/import/integration-1/logs").json()["data"]
    assert logs[0]["ended_at"] is None
    assert logs[0]["video_status"]["validating"] == 2
    fake.settle()
    logs = http.get("/tasks/transfers/import/integration-1/logs").json()["data"]
    assert logs[0]["ended_at"] is not None and logs[0]["video_status"]["ready"] == 2
    video_id = body["videos"][0]["video_id"]
    video = http.get(f"/indexes/{index_id}/videos/{video_id}").json()
    assert video["user_metadata"] == {"source": "s3"}
    again = http.post("/tasks/transfers/import/integration-1", json={"index_id": index_id})
    assert again.json()["videos"] == []  # incremental: nothing twice
    forced = http.post(
        "/tasks/transfers/import/integration-1",
        json={"index_id": index_id, "incremental_import": False},
    )
    assert len(forced.json()["videos"]) == 2


def test_default_integration_files_are_deterministic(http: httpx.Client) -> None:
    index_id = create_index(http)
    status = http.get("/tasks/transfers/import/any-id/status", params={"index_id": index_id})
    first = status.json()["not_imported"]
    again = http.get("/tasks/transfers/import/any-id/status", params={"index_id": index_id})
    assert first == again.json()["not_imported"] and len(first) >= 4


def test_reset_forgets_everything(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    create_index(http)
    fake.faults.rate_limit(times=None)
    fake.reset()
    assert fake.requests == []
    assert http.get("/indexes").json()["data"] == []


def test_requests_are_recorded(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    upload(http, index_id, "a.mp4")
    recorded = fake.requests
    assert [r.operation_id for r in recorded] == ["create_index", "create_task"]
    assert recorded[0].json["index_name"] == "demo"
    form = recorded[1].form
    assert form is not None and form.file("video_file") is not None
    assert recorded[1].status == 200
