"""Full requests for the 2026 operations of the fake (every request field of the wire facts),
and the objects they need. ``tests/testing/test_contract.py`` can merge these into its
``FULL_CALLS`` once the spec has the operations (the keys are the fake's operation ids; map
them to the spec's operationIds there)."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

import httpx
from twelvelabs_client.testing import FakeTwelveLabs

VIDEO_URL = "https://cdn.example.com/v/forklift-safety.mp4"
IMAGE_B64 = base64.b64encode(b"\x89PNG fake image").decode()


@dataclass
class Call2026:
    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    json: dict[str, Any] | None = None
    form: dict[str, Any] | None = None

    def send(self, http: httpx.Client) -> httpx.Response:
        if self.form is not None:
            return http.request(
                self.method, self.path, params=self.query, data=self.form, files={"_": ("", b"")}
            )
        return http.request(self.method, self.path, params=self.query, json=self.json)


def build_ids(fake: FakeTwelveLabs, http: httpx.Client) -> dict[str, str]:
    """A Marengo 3.0 index with two videos, a finished analyze task, a running one, and a
    finished Embed v2 task."""
    ids: dict[str, str] = {}
    ids["index3"] = fake.create_index(
        "live", ["marengo3.0"], options=["visual", "audio", "transcription"]
    )
    ids["video3"] = fake.add_video(ids["index3"], "forklift_safety.mp4", transcript="lift it")
    fake.add_video(ids["index3"], "harbor_tour.mp4")
    source = {"type": "url", "url": VIDEO_URL}
    ids["analyze_task"] = http.post(
        "/analyze/tasks", json={"video": source, "prompt": "Summarize"}
    ).json()["task_id"]
    ids["embed_v2_task"] = http.post(
        "/embed-v2/tasks",
        json={
            "input_type": "video",
            "model_name": "marengo3.0",
            "video": {"media_source": {"url": VIDEO_URL}},
        },
    ).json()["_id"]
    fake.settle()
    ids["running_analyze_task"] = http.post(
        "/analyze/tasks", json={"video": source, "prompt": "Later"}
    ).json()["task_id"]
    return ids


SCHEMA = {
    "type": "object",
    "properties": {"title": {"type": "string"}, "at": {"type": "timestamp", "format": "seconds"}},
    "required": ["title"],
}
SEGMENTS = {
    "type": "segment_definitions",
    "segment_time_format": "hh:mm:ss.fff",
    "segment_definitions": [
        {
            "id": "lift",
            "description": "A pallet is lifted",
            "fields": [
                {
                    "name": "load",
                    "description": "what is lifted",
                    "type": "string",
                    "enum": ["box", "pallet"],
                },
                {"name": "at", "description": "when", "type": "timestamp", "format": "seconds"},
                {
                    "name": "tags",
                    "description": "tags",
                    "type": "array",
                    "items": {"type": "string"},
                },
            ],
            "media_sources": [{"name": "ref", "media_type": "image", "url": "https://e.com/r.png"}],
        }
    ],
}
TIMED = {
    "media_source": {"url": VIDEO_URL},
    "start_sec": 0,
    "end_sec": 10,
    "segmentation": {"strategy": "fixed", "fixed": {"duration_sec": 5}},
    "embedding_scope": ["clip", "asset"],
    "embedding_type": ["separate_embedding"],
}


def full_calls(ids: dict[str, str]) -> dict[str, Call2026]:
    return {
        "analyze": Call2026(
            "POST",
            "/analyze",
            json={
                "model_name": "pegasus1.5",
                "video": {"type": "url", "url": VIDEO_URL},
                "prompt_v2": {
                    "input_text": "Is <@sign> visible?",
                    "media_sources": [
                        {"name": "sign", "media_type": "image", "base64_string": IMAGE_B64}
                    ],
                },
                "temperature": 0.3,
                "stream": False,
                "response_format": {"type": "json_schema", "json_schema": SCHEMA},
                "max_tokens": 2048,
                "start_time": 0,
                "end_time": 8,
            },
        ),
        "create_analyze_task": Call2026(
            "POST",
            "/analyze/tasks",
            json={
                "model_name": "pegasus1.5",
                "custom_id": "nightly-42",
                "video": {"type": "url", "url": VIDEO_URL},
                "analysis_mode": "time_based_metadata",
                "temperature": 0.1,
                "max_tokens": 4096,
                "response_format": SEGMENTS,
                "min_segment_duration": 2,
                "max_segment_duration": 6,
                "start_time": 0,
                "end_time": 10,
            },
        ),
        "list_analyze_tasks": Call2026(
            "GET",
            "/analyze/tasks",
            query=[
                ("page", "1"),
                ("page_limit", "5"),
                ("status", "ready"),
                ("video_url", VIDEO_URL),
                ("asset_id", "none"),
                ("video_id", "none"),
                ("analysis_mode", "general"),
            ],
        ),
        "retrieve_analyze_task": Call2026("GET", f"/analyze/tasks/{ids['analyze_task']}"),
        "delete_analyze_task": Call2026("DELETE", f"/analyze/tasks/{ids['analyze_task']}"),
        "cancel_analyze_task": Call2026(
            "POST", f"/analyze/tasks/{ids['running_analyze_task']}/cancel"
        ),
        "create_embedding_v2": Call2026(
            "POST",
            "/embed-v2",
            json={
                "input_type": "video",
                "model_name": "marengo3.0",
                "video": {**TIMED, "embedding_option": ["visual", "audio", "transcription"]},
            },
        ),
        "create_embed_v2_task": Call2026(
            "POST",
            "/embed-v2/tasks",
            json={
                "input_type": "audio",
                "model_name": "marengo3.0",
                "audio": {**TIMED, "embedding_option": ["audio", "transcription"]},
            },
        ),
        "list_embed_v2_tasks": Call2026(
            "GET",
            "/embed-v2/tasks",
            query=[
                ("started_at", "2020-01-01T00:00:00Z"),
                ("ended_at", "2100-01-01T00:00:00Z"),
                ("status", "ready"),
                ("page", "1"),
                ("page_limit", "5"),
            ],
        ),
        "retrieve_embed_v2_task": Call2026("GET", f"/embed-v2/tasks/{ids['embed_v2_task']}"),
        "create_search": Call2026(
            "POST",
            "/search",
            form={
                "index_id": ids["index3"],
                "search_options": ["visual", "transcription"],
                "transcription_options": ["lexical", "semantic"],
                "query_text": "forklift",
                "query_media_type": "image",
                "query_media_url": ["https://e.com/a.jpg", "https://e.com/b.jpg"],
                "group_by": "video",
                "operator": "or",
                "page_limit": "5",
                "filter": '{"duration": {"gte": 1}}',
                "include_user_metadata": "true",
            },
        ),
    }


EXPECTED_STATUS = {
    "create_analyze_task": 202,
    "create_embed_v2_task": 202,
}
