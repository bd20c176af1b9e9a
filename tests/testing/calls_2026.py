"""Full requests for the 2026 operations (every request field of the spec), the objects they
need, and the ``Call`` type the contract tests drop or change fields of. The keys are the
spec's operationIds, which are also the fake's route operation ids."""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from twelvelabs_client.testing import FakeTwelveLabs

VIDEO_URL = "https://cdn.example.com/v/forklift-safety.mp4"
IMAGE_B64 = base64.b64encode(b"\x89PNG fake image").decode()
CHUNK = 1024
"""The multipart chunk size of the fake these calls run against (``chunk_size`` reports)."""


@dataclass
class Call:
    """A request described by its parts, so tests can drop or change one field."""

    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    json: dict[str, Any] | None = None
    form: list[tuple[str, str]] | None = None
    files: list[tuple[str, tuple[str, bytes, str]]] = field(default_factory=list)

    def send(self, http: httpx.Client, **kwargs: Any) -> httpx.Response:
        if self.form is not None:
            files = self.files or [("_", ("", b"", "application/octet-stream"))]
            return http.request(
                self.method,
                self.path,
                params=self.query,
                data=_form_dict(self.form),
                files=files,
                **kwargs,
            )
        return http.request(self.method, self.path, params=self.query, json=self.json, **kwargs)

    def names(self) -> set[str]:
        names = {k for k, _ in self.query}
        names |= set(self.json or {})
        names |= {k for k, _ in self.form or []}
        names |= {k for k, _ in self.files}
        return names


def _form_dict(pairs: list[tuple[str, str]]) -> dict[str, str | list[str]]:
    out: dict[str, str | list[str]] = {}
    for key, value in pairs:
        if key in out:
            existing = out[key]
            out[key] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            out[key] = value
    return out


IDS_2026 = (
    "index3",
    "video3",
    "analyze_task",
    "running_analyze_task",
    "embed_v2_task",
    "asset",
    "indexed_asset",
    "upload",
    "chunk_etag",
)


def build_ids(fake: FakeTwelveLabs, http: httpx.Client) -> dict[str, str]:
    """A Marengo 3.0 index with two videos and an indexed asset; a finished analyze task and a
    running one; a finished Embed v2 task; a ready asset; a multipart session (``CHUNK``-byte
    chunks) whose first chunk is in storage but not reported yet."""
    ids: dict[str, str] = {}
    ids["index3"] = fake.create_index("live", ["marengo3.0"], options=["visual", "audio"])
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
    ids["asset"] = fake.add_asset("dock.mp4", user_metadata={"site": "north"}, transcript="hi")
    ids["indexed_asset"] = http.post(
        f"/indexes/{ids['index3']}/indexed-assets", json={"asset_id": ids["asset"]}
    ).json()["_id"]
    fake.settle()
    ids["running_analyze_task"] = http.post(
        "/analyze/tasks", json={"video": source, "prompt": "Later"}
    ).json()["task_id"]
    session = http.post(
        "/assets/multipart-uploads",
        json={"filename": "big.mp4", "type": "video", "total_size": 3 * CHUNK},
    ).json()
    assert session["chunk_size"] == CHUNK, "build the fake with multipart_chunk_size=CHUNK"
    ids["upload"] = session["upload_id"]
    with httpx.Client(transport=fake.transport()) as storage:  # presigned: no API key
        put = storage.put(session["upload_urls"][0]["url"], content=b"\x00" * CHUNK)
    ids["chunk_etag"] = put.headers["ETag"].strip('"')
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
IMAGES = [{"name": "sign", "url": "https://e.com/sign.png"}]
MP4 = ("clip.mp4", b"\x00" * 2048, "video/mp4")

Builder = Callable[[dict[str, str]], Call]


def _indexed(ids: dict[str, str], rest: str = "") -> str:
    return f"/indexes/{ids['index3']}/indexed-assets{rest}"


FULL_CALLS: dict[str, Builder] = {
    "analyze": lambda ids: Call(
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
    "create_analyze_task": lambda ids: Call(
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
    "list_analyze_tasks": lambda ids: Call(
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
    "retrieve_analyze_task": lambda ids: Call("GET", f"/analyze/tasks/{ids['analyze_task']}"),
    "delete_analyze_task": lambda ids: Call("DELETE", f"/analyze/tasks/{ids['analyze_task']}"),
    "cancel_analyze_task": lambda ids: Call(
        "POST", f"/analyze/tasks/{ids['running_analyze_task']}/cancel"
    ),
    "create_embeddings_v2": lambda ids: Call(
        "POST",
        "/embed-v2",
        json={
            "input_type": "video",
            "model_name": "marengo3.0",
            "video": {**TIMED, "embedding_option": ["visual", "audio", "transcription"]},
        },
    ),
    "create_embed_v2_task": lambda ids: Call(
        "POST",
        "/embed-v2/tasks",
        json={
            "input_type": "audio",
            "model_name": "marengo3.0",
            "audio": {**TIMED, "embedding_option": ["audio", "transcription"]},
        },
    ),
    "list_embed_v2_tasks": lambda ids: Call(
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
    "retrieve_embed_v2_task": lambda ids: Call("GET", f"/embed-v2/tasks/{ids['embed_v2_task']}"),
    "create_asset": lambda ids: Call(
        "POST",
        "/assets",
        form=[
            ("method", "direct"),
            ("filename", "renamed.mp4"),
            ("enable_hls", "false"),
            ("enable_thumbnail", "true"),
            ("user_metadata", '{"site": "south", "shift": 2}'),
        ],
        files=[("file", MP4)],
    ),
    "list_assets": lambda ids: Call(
        "GET",
        "/assets",
        query=[
            ("page", "1"),
            ("page_limit", "5"),
            ("asset_ids", ids["asset"]),
            ("asset_types", "video"),
            ("asset_types", "audio"),
            ("filename", "dock.mp4"),
        ],
    ),
    "retrieve_asset": lambda ids: Call("GET", f"/assets/{ids['asset']}"),
    "delete_asset": lambda ids: Call(
        "DELETE", f"/assets/{ids['asset']}", query=[("force", "true")]
    ),
    "update_asset_user_metadata": lambda ids: Call(
        "PATCH",
        f"/assets/{ids['asset']}/user-metadata",
        json={"user_metadata": {"site": None, "crew": "b"}},
    ),
    "replace_asset_user_metadata": lambda ids: Call(
        "PUT", f"/assets/{ids['asset']}/user-metadata", json={"user_metadata": {"crew": "c"}}
    ),
    "delete_asset_user_metadata": lambda ids: Call(
        "DELETE", f"/assets/{ids['asset']}/user-metadata"
    ),
    "retrieve_asset_transcription": lambda ids: Call(
        "GET",
        f"/assets/{ids['asset']}/transcription",
        query=[("include", "words"), ("include", "sentences")],
    ),
    "list_asset_indexed_assets": lambda ids: Call(
        "GET",
        f"/assets/{ids['asset']}/indexed-assets",
        query=[("page", "1"), ("page_limit", "5")],
    ),
    "create_multipart_upload": lambda ids: Call(
        "POST",
        "/assets/multipart-uploads",
        json={
            "filename": "huge.mp4",
            "type": "video",
            "total_size": 5 * CHUNK + 7,
            "enable_hls": True,
            "enable_thumbnail": False,
            "user_metadata": {"camera": "a"},
        },
    ),
    "list_incomplete_multipart_uploads": lambda ids: Call(
        "GET", "/assets/multipart-uploads", query=[("page", "1"), ("page_limit", "5")]
    ),
    "report_multipart_upload_chunks": lambda ids: Call(
        "POST",
        f"/assets/multipart-uploads/{ids['upload']}",
        json={
            "completed_chunks": [
                {
                    "chunk_index": 1,
                    "proof": ids["chunk_etag"],
                    "proof_type": "etag",
                    "chunk_size": CHUNK,
                }
            ]
        },
    ),
    "retrieve_multipart_upload_status": lambda ids: Call(
        "GET",
        f"/assets/multipart-uploads/{ids['upload']}",
        query=[("page", "1"), ("page_limit", "5")],
    ),
    "create_multipart_upload_urls": lambda ids: Call(
        "POST",
        f"/assets/multipart-uploads/{ids['upload']}/presigned-urls",
        json={"start": 2, "count": 2},
    ),
    "create_indexed_asset": lambda ids: Call(
        "POST",
        _indexed(ids),
        json={
            "asset_id": ids["asset"],
            "enable_video_stream": True,
            "user_metadata": {"shift": "night", "n": 3},
        },
    ),
    "list_indexed_assets": lambda ids: Call(
        "GET",
        _indexed(ids),
        query=[
            ("page", "1"),
            ("page_limit", "5"),
            ("sort_by", "updated_at"),
            ("sort_option", "asc"),
            ("status", "ready"),
            ("status", "indexing"),
            ("filename", "dock.mp4"),
            ("created_at", "2020-01-01T00:00:00Z"),
            ("updated_at", "2020-01-01T00:00:00Z"),
        ],
    ),
    "retrieve_indexed_asset": lambda ids: Call(
        "GET",
        _indexed(ids, f"/{ids['indexed_asset']}"),
        query=[
            ("embedding_option", "visual"),
            ("embedding_option", "transcription"),
            ("transcription", "true"),
        ],
    ),
    "update_indexed_asset": lambda ids: Call(
        "PATCH",
        _indexed(ids, f"/{ids['indexed_asset']}"),
        json={"user_metadata": {"shift": "day", "gone": None}},
    ),
    "delete_indexed_asset": lambda ids: Call("DELETE", _indexed(ids, f"/{ids['indexed_asset']}")),
}

# Requests for the fields a full request cannot carry beside the others (exactly one source,
# one prompt, one input per `input_type`): with the full request they cover every field.
ALTERNATIVES: list[tuple[str, Builder]] = [
    (
        "analyze",
        lambda ids: Call(
            "POST",
            "/analyze",
            json={
                "video_id": ids["video"],
                "model_name": "pegasus1.2",
                "prompt": "What?",
                "stream": False,
            },
        ),
    ),
    (
        "analyze",
        lambda ids: Call(
            "POST",
            "/analyze",
            json={
                "image": IMAGES,
                "model_name": "pegasus1.6",
                "prompt": "Is <@sign> red?",
                "stream": False,
            },
        ),
    ),
    (
        "create_analyze_task",
        lambda ids: Call(
            "POST",
            "/analyze/tasks",
            json={
                "image": IMAGES,
                "model_name": "pegasus1.6",
                "prompt": "Describe <@sign>",
            },
        ),
    ),
    (
        "create_analyze_task",
        lambda ids: Call(
            "POST",
            "/analyze/tasks",
            json={
                "video": {"type": "url", "url": VIDEO_URL},
                "model_name": "pegasus1.6",
                "analysis_mode": "time_based_metadata",
                "response_format": SEGMENTS,
                "max_tokens": "unlimited",
            },
        ),
    ),
    (
        "create_analyze_task",
        lambda ids: Call(
            "POST",
            "/analyze/tasks",
            json={
                "video": {"type": "asset_id", "asset_id": ids["asset"]},
                "prompt_v2": {"input_text": "Summarize"},
            },
        ),
    ),
    (
        "create_embeddings_v2",
        lambda ids: Call(
            "POST",
            "/embed-v2",
            json={"input_type": "text", "model_name": "marengo3.0", "text": {"input_text": "hi"}},
        ),
    ),
    (
        "create_embeddings_v2",
        lambda ids: Call(
            "POST",
            "/embed-v2",
            json={
                "input_type": "image",
                "model_name": "marengo3.0",
                "image": {"media_source": {"url": "https://e.com/a.png"}},
            },
        ),
    ),
    (
        "create_embeddings_v2",
        lambda ids: Call(
            "POST",
            "/embed-v2",
            json={
                "input_type": "text_image",
                "model_name": "marengo3.0",
                "text_image": {
                    "input_text": "a red sign",
                    "media_source": {"base64_string": IMAGE_B64},
                },
            },
        ),
    ),
    (
        "create_embeddings_v2",
        lambda ids: Call(
            "POST",
            "/embed-v2",
            json={
                "input_type": "audio",
                "model_name": "marengo3.0",
                "audio": {**TIMED, "embedding_option": ["audio"]},
            },
        ),
    ),
    (
        "create_embeddings_v2",
        lambda ids: Call(
            "POST",
            "/embed-v2",
            json={
                "input_type": "multi_input",
                "model_name": "marengo3.0",
                "multi_input": {
                    "input_text": "<@a> on a dock",
                    "media_sources": [
                        {"name": "a", "media_type": "image", "url": "https://e.com/a.png"}
                    ],
                },
            },
        ),
    ),
    (
        "create_embeddings_v2",
        lambda ids: Call(
            "POST",
            "/embed-v2",
            json={
                "input_type": "multi_input",
                "model_name": "marengo3.5",
                "multi_input": {"input_text": "a forklift " * 1200},
                "embedding_dimension": 256,
                "auto_truncate": True,
                "embedding_uncertainty": True,
            },
        ),
    ),
    (
        "create_embed_v2_task",
        lambda ids: Call(
            "POST",
            "/embed-v2/tasks",
            json={
                "input_type": "video",
                "model_name": "marengo3.5",
                "video": {"media_source": {"asset_id": ids["asset"]}},
                "embedding_dimension": 1024,
            },
        ),
    ),
    (
        "create_embed_v2_task",
        lambda ids: Call(
            "POST",
            "/embed-v2/tasks",
            json={
                "input_type": "image",
                "model_name": "marengo3.5",
                "image": {"media_source": {"url": "https://e.com/a.png"}},
            },
        ),
    ),
    (
        "create_embed_v2_task",
        lambda ids: Call(
            "POST",
            "/embed-v2/tasks",
            json={
                "input_type": "document",
                "model_name": "marengo3.5",
                "document": {"media_source": {"url": "https://e.com/manual.pdf"}},
            },
        ),
    ),
    (
        "create_asset",
        lambda ids: Call(
            "POST",
            "/assets",
            form=[("method", "url"), ("url", "https://e.com/media/pier.mp4")],
        ),
    ),
]

EXPECTED_STATUS = {
    "create_analyze_task": 202,
    "create_embed_v2_task": 202,
    "create_asset": 201,
    "create_multipart_upload": 201,
    "create_indexed_asset": 202,
}
