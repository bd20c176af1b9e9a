"""Contract: the fake and our OpenAPI spec agree.

For every operation of ``openapi/twelvelabs-v1.3.yaml``: a request using every field the spec
documents is accepted, the status is one the spec declares, and the JSON body validates against
the spec's response schema (OpenAPI 3.1 schemas are JSON Schema 2020-12; ``$ref``s resolve
inside the spec document through a ``referencing`` registry). Requests the spec rules out
(a required field missing, a value outside a closed enum or a range, an unknown field, a
non-lowercase boolean) are refused with the API's error codes.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from twelvelabs_client.testing import FakeTwelveLabs, IntegrationFile

from . import calls_2026
from .calls_2026 import Call
from .helpers import KEY

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "twelvelabs-v1.3.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
SPEC_URI = "urn:twelvelabs:openapi"


def closed(node: Any) -> Any:
    """The spec with every object schema closed: the spec stays open to fields the API adds
    later, but the fake must send only fields the spec declares (a misspelt or invented
    field fails here instead of passing silently)."""
    if isinstance(node, list):
        return [closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: closed(value) for key, value in node.items()}
    if isinstance(out.get("properties"), dict) and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


REGISTRY: Registry[Any] = Registry().with_resource(
    SPEC_URI, Resource.from_contents(closed(SPEC), default_specification=DRAFT202012)
)
METHODS = ("get", "post", "put", "patch", "delete")
SUMMARY_MEMBERS = {"summary": "Summary", "chapter": "Chapters", "highlight": "Highlights"}


def pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def deref(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def validate(instance: Any, *path: str) -> None:
    """Validate against the schema at ``path`` inside the spec, $refs resolved in place."""
    schema = {"$ref": f"{SPEC_URI}#/{pointer(*path)}"}
    jsonschema.Draft202012Validator(schema, registry=REGISTRY).validate(instance)


OPERATIONS: dict[str, tuple[str, str]] = {
    op["operationId"]: (method.upper(), path)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in METHODS
}


def operation(operation_id: str) -> dict[str, Any]:
    method, path = OPERATIONS[operation_id]
    op: dict[str, Any] = SPEC["paths"][path][method.lower()]
    return op


def declared_response(operation_id: str, status: int) -> tuple[str, dict[str, Any]]:
    responses = operation(operation_id)["responses"]
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return key, deref(responses[key])
    raise AssertionError(f"{operation_id}: status {status} is not declared ({sorted(responses)})")


def check_response(operation_id: str, response: httpx.Response) -> None:
    key, declared = declared_response(operation_id, response.status_code)
    content = declared.get("content") or {}
    if not content:
        assert response.content == b"", f"{operation_id}: {key} must have an empty body"
        return
    assert "application/json" in content, f"{operation_id}: {key} declares {list(content)}"
    method, path = OPERATIONS[operation_id]
    responses = SPEC["paths"][path][method.lower()]["responses"]
    if operation_id == "create_summary" and key == "200":
        # Every member of the spec's `anyOf` only requires `id`, so any body would match the
        # union: check it against the member the `type` sent selects, as clients parse it.
        member = SUMMARY_MEMBERS[json.loads(response.request.content)["type"]]
        union = content["application/json"]["schema"]["anyOf"]
        assert {"$ref": f"#/components/schemas/{member}"} in union
        validate(response.json(), "components", "schemas", member)
        return
    if "$ref" in responses[key]:
        location = responses[key]["$ref"].lstrip("#/").split("/")
    else:
        location = ["paths", path, method.lower(), "responses", key]
    validate(response.json(), *location, "content", "application/json", "schema")


# ------------------------------------------------------------------ the world the calls run in


@dataclass
class World:
    fake: FakeTwelveLabs
    http: httpx.Client
    ids: dict[str, str] = field(default_factory=dict)


def build_world() -> World:
    fake = FakeTwelveLabs(KEY, multipart_chunk_size=calls_2026.CHUNK)
    http = fake.http_client(headers={"x-api-key": KEY})
    ids: dict[str, str] = {}
    models = [
        {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
        {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]},
    ]
    created = http.post(
        "/indexes", json={"index_name": "world", "models": models, "addons": ["thumbnail"]}
    )
    ids["index"] = created.json()["_id"]
    task = http.post(
        "/tasks",
        data={
            "index_id": ids["index"],
            "enable_video_stream": "true",
            "user_metadata": json.dumps({"category": "safety", "duration": 64}),
        },
        files={"video_file": ("forklift_safety.mp4", b"\x00" * 4096, "video/mp4")},
    ).json()
    ids["task"], ids["video"] = task["_id"], task["video_id"]
    fake.fail_next_upload("unreadable")
    ids["failed_task"] = http.post(
        "/tasks",
        data={"index_id": ids["index"], "video_url": "https://example.com/broken.mp4"},
        files={"_": ("", b"")},
    ).json()["_id"]
    ids["embed_task"] = http.post(
        "/embed/tasks",
        data={
            "model_name": "Marengo-retrieval-2.7",
            "video_url": "https://example.com/a.mp4",
            "video_embedding_scope": ["clip", "video"],
        },
        files={"_": ("", b"")},
    ).json()["_id"]
    ids["integration"] = "integration-42"
    fake.add_integration(
        ids["integration"],
        ["harbor.mp4", IntegrationFile("broken.mp4", error_message="cannot read the file")],
    )
    http.post(f"/tasks/transfers/import/{ids['integration']}", json={"index_id": ids["index"]})
    fake.settle()
    fake.set_transcript(ids["video"], "Check the forks. Then lift the pallet.")
    for n in range(3):
        fake.add_video(ids["index"], f"forklift_drill_{n}.mp4", duration=50, user_metadata={"n": n})
    search = http.post(
        "/search",
        data={
            "index_id": ids["index"],
            "search_options": "visual",
            "query_text": "forklift",
            "page_limit": "2",
        },
        files={"_": ("", b"")},
    ).json()
    ids["page_token"] = search["page_info"]["next_page_token"]
    # Something still running, so lists show more than one status.
    http.post(
        "/tasks",
        data={"index_id": ids["index"], "video_url": "https://example.com/late.mp4"},
        files={"_": ("", b"")},
    )
    ids.update(calls_2026.build_ids(fake, http))
    fake.clear_requests()
    return World(fake, http, ids)


@pytest.fixture
def world() -> Iterator[World]:
    built = build_world()
    yield built
    built.http.close()


# ------------------------------------------------------------------ one full request per operation


VIDEO = ("v.mp4", b"\x00" * 2048, "video/mp4")
IMAGE = ("cat.png", b"\x89PNG fake", "image/png")
AUDIO = ("a.mp3", b"ID3 fake", "audio/mpeg")

FULL_CALLS: dict[str, Callable[[dict[str, str]], Call]] = {
    "create_index": lambda ids: Call(
        "POST",
        "/indexes",
        json={
            "index_name": "full",
            "models": [
                {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
                {"model_name": "pegasus1.2", "model_options": ["visual"]},
            ],
            "addons": ["thumbnail"],
        },
    ),
    "list_indexes": lambda ids: Call(
        "GET",
        "/indexes",
        query=[
            ("page", "1"),
            ("page_limit", "50"),
            ("sort_by", "updated_at"),
            ("sort_option", "asc"),
            ("index_name", "world"),
            ("model_options", "visual,audio"),
            ("model_family", "marengo"),
            ("created_at", "2025-01-01T00:00:00Z"),
            ("updated_at", "2025-01-01T00:00:00Z"),
        ],
    ),
    "retrieve_index": lambda ids: Call("GET", f"/indexes/{ids['index']}"),
    "update_index": lambda ids: Call("PUT", f"/indexes/{ids['index']}", json={"index_name": "new"}),
    "delete_index": lambda ids: Call("DELETE", f"/indexes/{ids['index']}"),
    "create_task": lambda ids: Call(
        "POST",
        "/tasks",
        form=[
            ("index_id", ids["index"]),
            ("video_url", "https://example.com/b.mp4"),
            ("enable_video_stream", "false"),
            ("user_metadata", '{"team": "ops", "urgent": true}'),
        ],
        files=[("video_file", VIDEO)],
    ),
    "list_tasks": lambda ids: Call(
        "GET",
        "/tasks",
        query=[
            ("page", "1"),
            ("page_limit", "10"),
            ("sort_by", "created_at"),
            ("sort_option", "desc"),
            ("index_id", ids["index"]),
            ("status", "ready"),
            ("status", "validating"),
            ("filename", "forklift_safety.mp4"),
            ("duration", "64"),
            ("width", "1920"),
            ("height", "1080"),
            ("created_at", "2025-01-01T00:00:00Z"),
            ("updated_at", "2025-01-01T00:00:00.123Z"),
        ],
    ),
    "retrieve_task": lambda ids: Call("GET", f"/tasks/{ids['task']}"),
    "delete_task": lambda ids: Call("DELETE", f"/tasks/{ids['failed_task']}"),
    "create_import": lambda ids: Call(
        "POST",
        f"/tasks/transfers/import/{ids['integration']}",
        json={
            "index_id": ids["index"],
            "incremental_import": False,
            "retry_failed": True,
            "user_metadata": {"source": "s3", "batch": 2, "score": 1.5, "ok": True},
        },
    ),
    "retrieve_import_status": lambda ids: Call(
        "GET",
        f"/tasks/transfers/import/{ids['integration']}/status",
        query=[("index_id", ids["index"])],
    ),
    "retrieve_import_logs": lambda ids: Call(
        "GET", f"/tasks/transfers/import/{ids['integration']}/logs"
    ),
    "list_videos": lambda ids: Call(
        "GET",
        f"/indexes/{ids['index']}/videos",
        query=[
            ("page", "1"),
            ("page_limit", "5"),
            ("sort_by", "created_at"),
            ("sort_option", "asc"),
            ("filename", "forklift_safety.mp4"),
            ("duration", "64"),
            ("fps", "30"),
            ("width", "1920"),
            ("height", "1080"),
            ("size", "4096"),
            ("created_at", "2025-01-01T00:00:00Z"),
            ("updated_at", "2025-01-01T00:00:00Z"),
        ],
    ),
    "retrieve_video": lambda ids: Call(
        "GET",
        f"/indexes/{ids['index']}/videos/{ids['video']}",
        query=[
            ("embedding_option", "visual-text"),
            ("embedding_option", "audio"),
            ("transcription", "true"),
        ],
    ),
    "update_video": lambda ids: Call(
        "PATCH",
        f"/indexes/{ids['index']}/videos/{ids['video']}",
        json={"user_metadata": {"category": "training", "views": 3, "rating": 4.5, "new": False}},
    ),
    "delete_video": lambda ids: Call("DELETE", f"/indexes/{ids['index']}/videos/{ids['video']}"),
    "create_search": lambda ids: Call(
        "POST",
        "/search",
        form=[
            ("index_id", ids["index"]),
            ("search_options", "visual"),
            ("search_options", "audio"),
            ("transcription_options", "lexical"),
            ("query_text", "forklift"),
            ("query_media_type", "image"),
            ("query_media_url", "https://example.com/cat.png"),
            ("adjust_confidence_level", "0.5"),
            ("group_by", "video"),
            ("threshold", "none"),
            ("sort_option", "clip_count"),
            ("operator", "and"),
            ("page_limit", "2"),
            ("filter", '{"duration": {"gte": 10}, "category": "safety"}'),
            ("include_user_metadata", "true"),
        ],
        files=[("query_media_file", IMAGE)],
    ),
    "retrieve_search_page": lambda ids: Call(
        "GET",
        f"/search/{quote(ids['page_token'], safe='')}",
        query=[("include_user_metadata", "true")],
    ),
    "create_embeddings": lambda ids: Call(
        "POST",
        "/embed",
        form=[
            ("model_name", "Marengo-retrieval-2.7"),
            ("text", "a forklift"),
            ("text_truncate", "none"),
            ("image_url", "https://example.com/cat.png"),
            ("audio_url", "https://example.com/a.mp3"),
            ("audio_start_offset_sec", "1.5"),
        ],
        files=[("image_file", IMAGE), ("audio_file", AUDIO)],
    ),
    "create_embed_task": lambda ids: Call(
        "POST",
        "/embed/tasks",
        form=[
            ("model_name", "Marengo-retrieval-2.7"),
            ("video_url", "https://example.com/c.mp4"),
            ("video_start_offset_sec", "0"),
            ("video_end_offset_sec", "30"),
            ("video_clip_length", "5"),
            ("video_embedding_scope", "clip"),
            ("video_embedding_scope", "video"),
        ],
        files=[("video_file", VIDEO)],
    ),
    "list_embed_tasks": lambda ids: Call(
        "GET",
        "/embed/tasks",
        query=[
            ("started_at", "2025-01-01T00:00:00Z"),
            ("ended_at", "2026-01-01T00:00:00Z"),
            ("status", "ready"),
            ("page", "1"),
            ("page_limit", "10"),
        ],
    ),
    "retrieve_embed_task_status": lambda ids: Call(
        "GET", f"/embed/tasks/{ids['embed_task']}/status"
    ),
    "retrieve_embed_task": lambda ids: Call(
        "GET",
        f"/embed/tasks/{ids['embed_task']}",
        query=[("embedding_option", "visual-text"), ("embedding_option", "audio")],
    ),
    "create_gist": lambda ids: Call(
        "POST", "/gist", json={"video_id": ids["video"], "types": ["title", "topic", "hashtag"]}
    ),
    "create_summary": lambda ids: Call(
        "POST",
        "/summarize",
        json={
            "video_id": ids["video"],
            "type": "chapter",
            "prompt": "Be brief",
            "temperature": 0.3,
        },
    ),
    "generate_text": lambda ids: Call(
        "POST",
        "/generate",
        json={
            "video_id": ids["video"],
            "prompt": "What happens?",
            "temperature": 0.2,
            "stream": False,
        },
    ),
}


FULL_CALLS.update(calls_2026.FULL_CALLS)
ALTERNATIVES = calls_2026.ALTERNATIVES
WORLD_IDS = (
    "index",
    "video",
    "task",
    "failed_task",
    "embed_task",
    "integration",
    "page_token",
    *calls_2026.IDS_2026,
)


def spec_fields(operation_id: str) -> set[str]:
    op = operation(operation_id)
    _, path = OPERATIONS[operation_id]
    params = [
        deref(p) for p in SPEC["paths"][path].get("parameters", []) + op.get("parameters", [])
    ]
    names = {p["name"] for p in params if p["in"] == "query"}
    body = op.get("requestBody")
    if body:
        for content in body["content"].values():
            names |= set(deref(content["schema"]).get("properties", {}))
    return names


def test_the_spec_has_every_operation() -> None:
    assert set(OPERATIONS) == set(FULL_CALLS)
    assert {operation_id for operation_id, _ in ALTERNATIVES} <= set(FULL_CALLS)


@pytest.mark.parametrize("operation_id", sorted(FULL_CALLS))
def test_full_request_uses_every_documented_field(operation_id: str) -> None:
    ids = dict.fromkeys(WORLD_IDS, "x")
    names = FULL_CALLS[operation_id](ids).names()
    for other, build in ALTERNATIVES:
        if other == operation_id:
            names |= build(ids).names()
    assert names == spec_fields(operation_id)


@pytest.mark.parametrize("operation_id", sorted(FULL_CALLS))
def test_full_request_is_accepted_and_the_response_matches(world: World, operation_id: str) -> None:
    call = FULL_CALLS[operation_id](world.ids)
    method, template = OPERATIONS[operation_id]
    assert call.method == method
    response = call.send(world.http)
    assert 200 <= response.status_code < 300, response.text
    if operation_id in calls_2026.EXPECTED_STATUS:
        assert response.status_code == calls_2026.EXPECTED_STATUS[operation_id], response.text
    check_response(operation_id, response)
    assert world.fake.requests[-1].operation_id == operation_id
    assert world.fake.requests[-1].route == template


# Variants that reach response shapes the full requests do not.
VARIANTS: list[tuple[str, Callable[[dict[str, str]], Call]]] = [
    *ALTERNATIVES,
    (
        "create_search",
        lambda ids: Call(
            "POST",
            "/search",
            form=[
                ("index_id", ids["index"]),
                ("search_options", "visual"),
                ("query_text", "forklift"),
                ("page_limit", "1"),
            ],
        ),
    ),
    (
        "create_search",
        lambda ids: Call(
            "POST",
            "/search",
            form=[
                ("index_id", ids["index"]),
                ("search_options", "visual"),
                ("query_text", "zebra"),
            ],
        ),
    ),
    (
        "create_summary",
        lambda ids: Call("POST", "/summarize", json={"video_id": ids["video"], "type": "summary"}),
    ),
    (
        "create_summary",
        lambda ids: Call(
            "POST", "/summarize", json={"video_id": ids["video"], "type": "highlight"}
        ),
    ),
    (
        "create_gist",
        lambda ids: Call("POST", "/gist", json={"video_id": ids["video"], "types": ["topic"]}),
    ),
    ("retrieve_video", lambda ids: Call("GET", f"/indexes/{ids['index']}/videos/{ids['video']}")),
    ("retrieve_task", lambda ids: Call("GET", f"/tasks/{ids['failed_task']}")),
    ("list_tasks", lambda ids: Call("GET", "/tasks", query=[("page_limit", "50")])),
    ("list_embed_tasks", lambda ids: Call("GET", "/embed/tasks")),
    ("list_videos", lambda ids: Call("GET", f"/indexes/{ids['index']}/videos", query=[("n", "1")])),
    (
        "create_embeddings",
        lambda ids: Call(
            "POST", "/embed", form=[("model_name", "Marengo-retrieval-2.7"), ("text", "hi")]
        ),
    ),
    (
        "create_embed_task",
        lambda ids: Call(
            "POST",
            "/embed/tasks",
            form=[("model_name", "Marengo-retrieval-2.7")],
            files=[("video_file", VIDEO)],
        ),
    ),
    ("retrieve_embed_task", lambda ids: Call("GET", f"/embed/tasks/{ids['embed_task']}")),
    ("list_indexes", lambda ids: Call("GET", "/indexes", query=[("page", "9")])),
]


@pytest.mark.parametrize(("operation_id", "build"), VARIANTS)
def test_response_variants_match(
    world: World, operation_id: str, build: Callable[[dict[str, str]], Call]
) -> None:
    response = build(world.ids).send(world.http)
    assert 200 <= response.status_code < 300, response.text
    check_response(operation_id, response)


def test_running_embed_task_and_import_status_match(world: World) -> None:
    created = FULL_CALLS["create_embed_task"](world.ids).send(world.http).json()
    for path, operation_id in [
        (f"/embed/tasks/{created['_id']}", "retrieve_embed_task"),
        (f"/embed/tasks/{created['_id']}/status", "retrieve_embed_task_status"),
    ]:
        check_response(operation_id, world.http.get(path))
    FULL_CALLS["create_import"](world.ids).send(world.http)
    status = FULL_CALLS["retrieve_import_status"](world.ids).send(world.http)
    check_response("retrieve_import_status", status)
    logs = FULL_CALLS["retrieve_import_logs"](world.ids).send(world.http)
    assert any(log["ended_at"] is None for log in logs.json()["data"])
    check_response("retrieve_import_logs", logs)


def test_streamed_generate_events_match_the_stream_schemas(world: World) -> None:
    extension = operation("generate_text")["x-stream"]
    event_refs = [e["$ref"].lstrip("#/").split("/") for e in extension["events"]]
    world.fake.faults.stream_error("overloaded")
    for _ in range(2):  # with and without the stream_error switch
        with world.http.stream(
            "POST", "/generate", json={"video_id": world.ids["video"], "prompt": "Why?"}
        ) as response:
            assert response.status_code == 200
            check_status_declared = declared_response("generate_text", response.status_code)
            assert check_status_declared[0] == "200"
            lines = [json.loads(line) for line in response.iter_lines() if line.strip()]
        for event in lines:
            errors = []
            for ref in event_refs:
                try:
                    validate(event, *ref)
                    break
                except jsonschema.ValidationError as error:
                    errors.append(error.message)
            else:
                raise AssertionError(f"{event} matches no stream event schema: {errors}")


# ------------------------------------------------------------------ error responses


def error_code(response: httpx.Response) -> str | int:
    """The code of an error in any of the three shapes: flat ``code``, the envelope's
    ``error.code``, or the integer ``error_code`` of the search-page route (which carries no
    string code: only that route may answer with it)."""
    body = response.json()
    if "error" in body:
        code: str | int = body["error"]["code"]
    elif "error_code" in body:
        assert response.request.url.path.startswith("/v1.3/search/")
        code = body["error_code"]
    else:
        code = body["code"]
    return code


ERROR_CASES: list[tuple[str, Callable[[dict[str, str]], Call], int, str | int]] = [
    (
        "retrieve_index",
        lambda ids: Call("GET", "/indexes/000000000000000000000000"),
        400,
        "resource_not_exist",
    ),
    (
        "retrieve_video",
        lambda ids: Call("GET", f"/indexes/{ids['index']}/videos/000000000000000000000000"),
        404,
        "resource_not_exist",
    ),
    (
        "retrieve_search_page",
        lambda ids: Call("GET", "/search/expired-token"),
        400,
        400,
    ),
    (
        "delete_task",
        lambda ids: Call("DELETE", f"/tasks/{ids['task']}"),
        400,
        "task_cannot_be_deleted",
    ),
    (
        "create_index",
        lambda ids: Call(
            "POST",
            "/indexes",
            json={
                "index_name": "world",
                "models": [{"model_name": "marengo2.7", "model_options": ["visual"]}],
            },
        ),
        400,
        "index_name_already_exists",
    ),
]


@pytest.mark.parametrize(("operation_id", "build", "status", "code"), ERROR_CASES)
def test_error_responses_match(
    world: World,
    operation_id: str,
    build: Callable[[dict[str, str]], Call],
    status: int,
    code: str | int,
) -> None:
    response = build(world.ids).send(world.http)
    assert response.status_code == status and error_code(response) == code
    check_response(operation_id, response)


@pytest.mark.parametrize("operation_id", sorted(FULL_CALLS))
def test_wrong_key_is_a_declared_401(world: World, operation_id: str) -> None:
    response = FULL_CALLS[operation_id](world.ids).send(world.http, headers={"x-api-key": "nope"})
    assert response.status_code == 401
    check_response(operation_id, response)


@pytest.mark.parametrize("operation_id", sorted(FULL_CALLS))
def test_rate_limit_is_a_declared_429(world: World, operation_id: str) -> None:
    world.fake.faults.rate_limit()
    response = FULL_CALLS[operation_id](world.ids).send(world.http)
    assert response.status_code == 429
    _, declared = declared_response(operation_id, 429)
    for name, header in declared["headers"].items():  # the fake sends every declared header
        assert header["schema"]["type"] in ("string", "integer")
        assert response.headers[name].isdigit()


# ------------------------------------------------------------------ wrong shapes are refused


def _required(operation_id: str) -> list[str]:
    op = operation(operation_id)
    _, path = OPERATIONS[operation_id]
    params = [
        deref(p) for p in SPEC["paths"][path].get("parameters", []) + op.get("parameters", [])
    ]
    names = [p["name"] for p in params if p["in"] == "query" and p.get("required")]
    body = op.get("requestBody")
    if body:
        for content in body["content"].values():
            names += deref(content["schema"]).get("required", [])
    return names


def _field_schemas(operation_id: str) -> dict[str, dict[str, Any]]:
    op = operation(operation_id)
    _, path = OPERATIONS[operation_id]
    out: dict[str, dict[str, Any]] = {}
    params = [
        deref(p) for p in SPEC["paths"][path].get("parameters", []) + op.get("parameters", [])
    ]
    for p in params:
        if p["in"] == "query":
            out[p["name"]] = deref(p.get("schema", {}))
    body = op.get("requestBody")
    if body:
        for content in body["content"].values():
            for name, schema in deref(content["schema"]).get("properties", {}).items():
                out[name] = deref(schema)
    return out


def _without(call: Call, name: str) -> Call:
    changed = copy.deepcopy(call)
    changed.query = [(k, v) for k, v in changed.query if k != name]
    if changed.json is not None:
        changed.json.pop(name, None)
    if changed.form is not None:
        changed.form = [(k, v) for k, v in changed.form if k != name]
    changed.files = [(k, v) for k, v in changed.files if k != name]
    return changed


def _with_value(call: Call, name: str, value: Any) -> Call:
    changed = copy.deepcopy(call)
    if any(k == name for k, _ in changed.query):
        changed.query = [(k, v) for k, v in changed.query if k != name] + [(name, str(value))]
    elif changed.json is not None and name in changed.json:
        changed.json[name] = value
    elif changed.form is not None and any(k == name for k, _ in changed.form):
        changed.form = [(k, v) for k, v in changed.form if k != name] + [(name, str(value))]
    else:
        raise AssertionError(f"{name} is not in the call")
    return changed


def _requirement_cases() -> list[tuple[str, str]]:
    return [(op, name) for op in sorted(FULL_CALLS) for name in _required(op)]


@pytest.mark.parametrize(("operation_id", "name"), _requirement_cases())
def test_missing_required_field_is_parameter_not_provided(
    world: World, operation_id: str, name: str
) -> None:
    response = _without(FULL_CALLS[operation_id](world.ids), name).send(world.http)
    assert response.status_code == 400, response.text
    assert error_code(response) in ("parameter_not_provided", 400)
    check_response(operation_id, response)


def _bad_value_cases() -> list[tuple[str, str, Any]]:
    cases: list[tuple[str, str, Any]] = []
    for operation_id in sorted(FULL_CALLS):
        call = FULL_CALLS[operation_id](dict.fromkeys(WORLD_IDS, "x"))
        for name, schema in _field_schemas(operation_id).items():
            if name not in call.names() or any(k == name for k, _ in call.files):
                continue
            item = deref(schema.get("items", {})) if schema.get("type") == "array" else schema
            if "enum" in item:
                bad: Any = "not-a-known-value"
                cases.append(
                    (
                        operation_id,
                        name,
                        [bad] if call.json and schema.get("type") == "array" else bad,
                    )
                )
            if item.get("type") in ("integer", "number"):
                if "maximum" in item:
                    cases.append((operation_id, name, item["maximum"] + 1))
                if "minimum" in item:
                    cases.append((operation_id, name, item["minimum"] - 1))
                if call.json is None:
                    cases.append((operation_id, name, "not-a-number"))
            if item.get("type") == "boolean":
                cases.append((operation_id, name, "True" if call.json is None else "yes"))
    return cases


@pytest.mark.parametrize(("operation_id", "name", "value"), _bad_value_cases())
def test_value_outside_the_spec_is_parameter_invalid(
    world: World, operation_id: str, name: str, value: Any
) -> None:
    response = _with_value(FULL_CALLS[operation_id](world.ids), name, value).send(world.http)
    assert response.status_code == 400, response.text
    assert error_code(response) in ("parameter_invalid", 400), response.json()
    check_response(operation_id, response)


# On the video and indexed-asset lists, unknown query keys are user-metadata filters
# (wire-facts 1.9, wire-facts-2026 5), not errors.
@pytest.mark.parametrize(
    "operation_id", sorted(set(FULL_CALLS) - {"list_videos", "list_indexed_assets"})
)
def test_unknown_field_is_parameter_unknown(world: World, operation_id: str) -> None:
    call = FULL_CALLS[operation_id](world.ids)
    if call.json is not None:
        call.json["not_in_the_spec"] = 1
    elif call.form is not None:
        call.form.append(("not_in_the_spec", "1"))
    else:
        call.query.append(("not_in_the_spec", "1"))
    response = call.send(world.http)
    assert response.status_code == 400, response.text
    assert error_code(response) in ("parameter_unknown", 400)
    check_response(operation_id, response)
