"""The fake's ``/analyze`` and ``/analyze/tasks`` on the wire (raw httpx, shapes from the 2026
wire facts §1, §2 and §9)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import KEY

URL_SOURCE = {"type": "url", "url": "https://cdn.example.com/v/harbor-tour.mp4"}


def _analyze(http: httpx.Client, **body: Any) -> httpx.Response:
    body.setdefault("video", URL_SOURCE)
    body.setdefault("prompt", "What happens?")
    return http.post("/analyze", json=body)


def _lines(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


def test_stream_is_the_default_and_matches_the_plain_answer(http: httpx.Client) -> None:
    streamed = _analyze(http)
    assert streamed.status_code == 200
    assert streamed.headers["content-type"].startswith("application/x-ndjson")
    events = _lines(streamed)
    assert [events[0]["event_type"], events[-1]["event_type"]] == ["stream_start", "stream_end"]
    end = events[-1]
    assert end["finish_reason"] == "stop" and "error" not in end
    assert end["metadata"]["generation_id"] == events[0]["metadata"]["generation_id"]
    assert end["metadata"]["usage"]["output_tokens"] > 0
    text = "".join(e["text"] for e in events if e["event_type"] == "text_generation")

    plain = _analyze(http, stream=False).json()
    assert set(plain) == {"id", "data", "finish_reason", "usage"}
    assert plain["data"] == text
    assert "Harbor Tour" in text


def test_text_quotes_the_indexed_video_for_legacy_video_id(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    index_id = fake.create_index("legacy", ["marengo2.7", "pegasus1.2"])
    video_id = fake.add_video(
        index_id,
        "team-standup.mp4",
        transcript="ship the release on friday",
        user_metadata={"team": "core"},
    )
    body = http.post(
        "/analyze", json={"video_id": video_id, "prompt": "Summarize", "stream": False}
    ).json()
    assert "ship the release on friday" in body["data"]
    assert "team core" in body["data"]
    refused = http.post(
        "/analyze",
        json={"video_id": video_id, "prompt": "x", "model_name": "pegasus1.5", "stream": False},
    )
    assert refused.status_code == 400 and refused.json()["code"] == "parameter_invalid"


def test_max_tokens_cuts_with_finish_reason_length_and_warning(http: httpx.Client) -> None:
    body = _analyze(http, stream=False, model_name="pegasus1.2", max_tokens=8).json()
    assert body["finish_reason"] == "length"
    assert body["usage"]["output_tokens"] == 8
    assert body["error"]["message"]
    events = _lines(_analyze(http, model_name="pegasus1.2", max_tokens=8))
    assert events[-1]["finish_reason"] == "length" and events[-1]["error"]["message"]


SCHEMA = {
    "type": "object",
    "properties": {
        "summary": {"type": "string", "description": "ignored annotation"},
        "title": {"type": "string"},
        "mood": {"enum": ["calm", "busy"]},
        "rating": {"type": "integer", "minimum": 1, "maximum": 5},
        "id": {"type": "string", "format": "uuid"},
        "code": {"type": "string", "pattern": "^[a-z]+$"},
        "outdoors": {"type": "boolean"},
        "chapters": {
            "type": "array",
            "minItems": 1,
            "items": {"$ref": "#/$defs/chapter"},
        },
        "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
    },
    "required": ["title", "chapters"],
    "$defs": {
        "chapter": {
            "type": "object",
            "properties": {
                "start_time": {"type": "number"},
                "end_time": {"type": "number"},
                "label": {"type": "string"},
            },
            "required": ["start_time", "end_time"],
        }
    },
}


def test_json_schema_output_validates_and_keeps_order(http: httpx.Client) -> None:
    body = _analyze(
        http, stream=False, response_format={"type": "json_schema", "json_schema": SCHEMA}
    ).json()
    document = json.loads(body["data"])
    jsonschema.validate(document, SCHEMA)
    # the first property is optional, so the first required one moves to the front
    assert list(document)[:2] == ["title", "summary"]
    for chapter in document["chapters"]:
        assert chapter["start_time"] < chapter["end_time"]


def test_timestamp_type_and_its_rules(http: httpx.Client) -> None:
    schema = {
        "type": "object",
        "properties": {"at": {"type": "timestamp", "format": "hh:mm:ss"}},
    }
    body = _analyze(
        http, stream=False, response_format={"type": "json_schema", "json_schema": schema}
    ).json()
    assert json.loads(body["data"])["at"] == "00:00:00"
    nested = {
        "type": "object",
        "properties": {
            "a": {
                "type": "object",
                "properties": {"at": {"type": "timestamp", "format": "seconds"}},
            }
        },
    }
    assert (
        _analyze(
            http, stream=False, response_format={"type": "json_schema", "json_schema": nested}
        ).status_code
        == 400
    )
    no_format = {"type": "object", "properties": {"at": {"type": "timestamp"}}}
    response = _analyze(
        http, stream=False, response_format={"type": "json_schema", "json_schema": no_format}
    )
    assert response.status_code == 400 and response.json()["code"] == "parameter_invalid"


@pytest.mark.parametrize(
    "keyword", ["minLength", "maxLength", "additionalProperties", "uniqueItems", "maxItems"]
)
def test_unsupported_schema_keywords_give_422(http: httpx.Client, keyword: str) -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, keyword: 1}
    response = _analyze(
        http, stream=False, response_format={"type": "json_schema", "json_schema": schema}
    )
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"video": None}, 400, "parameter_not_provided"),
        ({"prompt": None}, 400, "parameter_not_provided"),
        ({"prompt_v2": {"input_text": "x"}}, 400, "parameter_invalid"),  # with prompt
        ({"video": {"type": "asset_id", "asset_id": "nope"}}, 404, "resource_not_exist"),
        ({"video": {"type": "base64_string", "base64_string": "%%%"}}, 400, "parameter_invalid"),
        ({"model_name": "pegasus9"}, 400, "parameter_invalid"),
        ({"temperature": 2}, 400, "parameter_invalid"),
        ({"max_tokens": 100}, 400, "parameter_invalid"),  # pegasus1.5 takes 512..98304
        ({"start_time": 5, "end_time": 6}, 400, "parameter_invalid"),  # window under 4 s
        ({"bogus": 1}, 400, "parameter_unknown"),
    ],
)
def test_request_checks_use_the_flat_error(
    http: httpx.Client, body: dict[str, Any], status: int, code: str
) -> None:
    response = _analyze(http, stream=False, **body)
    assert response.status_code == status
    assert response.json()["code"] == code


def test_base64_video_prompt_v2_and_window(http: httpx.Client) -> None:
    import base64

    source = {"type": "base64_string", "base64_string": base64.b64encode(b"x" * 500).decode()}
    body = _analyze(
        http,
        video=source,
        prompt=None,
        prompt_v2={
            "input_text": "Is <@logo> visible?",
            "media_sources": [
                {"name": "logo", "media_type": "image", "url": "https://e.com/l.png"}
            ],
        },
        start_time=2,
        end_time=10,
        stream=False,
    ).json()
    assert "from 2.0 s to 10.0 s" in body["data"] and "logo" in body["data"]


def test_images_need_pegasus16_and_all_or_no_names(http: httpx.Client) -> None:
    images = [
        {"name": "front", "url": "https://e.com/f.jpg"},
        {"name": "back", "url": "https://e.com/b.jpg"},
    ]
    ok = http.post(
        "/analyze",
        json={
            "image": images,
            "prompt": "Compare <@front> and <@back>",
            "model_name": "pegasus1.6",
            "stream": False,
        },
    )
    assert ok.status_code == 200 and "front" in ok.json()["data"]
    some = http.post(
        "/analyze",
        json={
            "image": images,
            "prompt": "Describe <@front>",
            "model_name": "pegasus1.6",
            "stream": False,
        },
    )
    assert some.status_code == 400
    old = http.post("/analyze", json={"image": images, "prompt": "x", "stream": False})
    assert old.status_code == 400


def test_stream_error_fault_ends_without_stream_end(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    fake.faults.stream_error(path="/analyze")
    events = _lines(_analyze(http))
    assert events[0]["event_type"] == "stream_start"
    assert all(e["event_type"] != "stream_end" for e in events)


# ---------------------------------------------------------------- tasks


def _create_task(http: httpx.Client, **body: Any) -> httpx.Response:
    body.setdefault("video", URL_SOURCE)
    body.setdefault("prompt", "Summarize")
    return http.post("/analyze/tasks", json=body)


def test_task_state_machine_and_result(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    created = _create_task(http, custom_id="nightly-42")
    assert created.status_code == 202
    assert created.json()["status"] == "queued"
    task_id = created.json()["task_id"]
    seen = []
    for _ in range(5):
        body = http.get(f"/analyze/tasks/{task_id}").json()
        seen.append(body["status"])
        fake.advance(2.0)
    assert seen == ["queued", "pending", "processing", "processing", "ready"]
    assert body["custom_id"] == "nightly-42"
    assert body["video_source"]["type"] == "url"
    assert body["video_source"]["url"] == URL_SOURCE["url"]
    assert body["request_params"]["prompt"] == "Summarize"
    assert body["result"]["finish_reason"] == "stop" and body["result"]["data"]
    assert "completed_at" in body and "error" not in body


def test_failed_task_has_error_and_no_result(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.fail_next_upload("Video duration exceeds maximum allowed duration")
    task_id = _create_task(http).json()["task_id"]
    fake.settle()
    body = http.get(f"/analyze/tasks/{task_id}").json()
    assert body["status"] == "failed" and "result" not in body
    assert body["error"] == {"message": "Video duration exceeds maximum allowed duration"}


def test_cancel_delete_and_envelope_errors(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    task_id = _create_task(http).json()["task_id"]
    busy = http.delete(f"/analyze/tasks/{task_id}")
    assert busy.status_code == 409
    assert set(busy.json()) == {"error"}
    assert busy.json()["error"]["details"] == {"status": "queued"}
    for _ in range(2):  # a repeat cancel answers the same
        canceled = http.post(f"/analyze/tasks/{task_id}/cancel")
        assert canceled.json() == {"task_id": task_id, "status": "canceled"}
    body = http.get(f"/analyze/tasks/{task_id}").json()
    assert body["status"] == "canceled" and "completed_at" in body
    assert body["error"]["code"] == "user_canceled"
    deleted = http.delete(f"/analyze/tasks/{task_id}")
    assert deleted.status_code == 200 and deleted.content == b""
    missing = http.get(f"/analyze/tasks/{task_id}")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "resource_not_exist"
    bad = _create_task(http, custom_id="")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "parameter_invalid"


def test_list_filters_pages_and_cuts_prompts(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    long_prompt = "Summarize the keynote in five bullet points please"
    first = _create_task(http, prompt=long_prompt).json()["task_id"]
    fake.advance(1)
    other_url = {"type": "url", "url": "https://cdn.example.com/v/other.mp4"}
    second = _create_task(http, video=other_url).json()["task_id"]
    listed = http.get("/analyze/tasks", params={"page_limit": 1}).json()
    assert [t["task_id"] for t in listed["data"]] == [second]
    assert listed["page_info"] == {
        "limit_per_page": 1,
        "page": 1,
        "total_page": 2,
        "total_results": 2,
    }
    by_url = http.get("/analyze/tasks", params={"video_url": URL_SOURCE["url"]}).json()["data"]
    assert [t["task_id"] for t in by_url] == [first]
    assert by_url[0]["request_params"]["prompt"] == long_prompt[:30]
    assert http.get("/analyze/tasks", params={"status": "ready"}).json()["data"] == []
    bad = http.get("/analyze/tasks", params={"status": "sleeping"})
    assert bad.status_code == 400 and "code" in bad.json()  # the list uses the flat shape


def test_segmentation_task(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    response_format = {
        "type": "segment_definitions",
        "segment_time_format": "hh:mm:ss",
        "segment_definitions": [
            {
                "id": "scene",
                "description": "A scene",
                "fields": [
                    {
                        "name": "mood",
                        "description": "mood",
                        "type": "string",
                        "enum": ["calm", "tense"],
                    },
                    {"name": "people", "description": "count", "type": "integer"},
                ],
            }
        ],
    }
    task_id = _create_task(
        http, prompt=None, analysis_mode="time_based_metadata", response_format=response_format
    ).json()["task_id"]
    fake.settle()
    body = http.get(f"/analyze/tasks/{task_id}").json()
    assert body["request_params"]["max_tokens"] == 32768
    segments = json.loads(body["result"]["data"])["scene"]
    assert segments
    for segment in segments:
        assert len(segment["start_time"]) == 8  # hh:mm:ss
        assert segment["metadata"]["mood"] in ("calm", "tense")
        assert isinstance(segment["metadata"]["people"], int)
    with_prompt = _create_task(
        http, analysis_mode="time_based_metadata", response_format=response_format
    )
    assert with_prompt.status_code == 400


def test_settle_finishes_analyze_tasks(fake: FakeTwelveLabs) -> None:
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        task_id = _create_task(http).json()["task_id"]
        fake.settle()
        assert http.get(f"/analyze/tasks/{task_id}").json()["status"] == "ready"


def test_analyze_reads_an_uploaded_asset_and_refuses_one_still_processing(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    ready = fake.add_asset("harbor-tour.mp4", transcript="boats leave at dawn")
    busy = fake.add_asset("late.mp4", ready=False)
    ok = _analyze(http, video={"type": "asset_id", "asset_id": ready}, stream=False)
    assert ok.status_code == 200, ok.text
    assert "boats leave at dawn" in ok.json()["data"]
    refused = _analyze(http, video={"type": "asset_id", "asset_id": busy}, stream=False)
    assert refused.status_code == 400
    assert "not ready" in refused.json()["message"]
