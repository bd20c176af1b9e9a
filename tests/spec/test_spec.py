"""Structural checks of openapi/twelvelabs-v1.3.yaml (no network, no generator run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "twelvelabs-v1.3.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ERROR_CODES = ("400", "401", "404", "429", "5XX")

# (method, path) -> (tag, operationId). Exactly the 26 HTTP operations of v1.3; the 27th
# (streamed POST /generate) is the x-stream extension on generate_text.
EXPECTED_OPERATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("post", "/indexes"): ("indexes", "create_index"),
    ("get", "/indexes"): ("indexes", "list_indexes"),
    ("get", "/indexes/{index-id}"): ("indexes", "retrieve_index"),
    ("put", "/indexes/{index-id}"): ("indexes", "update_index"),
    ("delete", "/indexes/{index-id}"): ("indexes", "delete_index"),
    ("post", "/tasks"): ("tasks", "create_task"),
    ("get", "/tasks"): ("tasks", "list_tasks"),
    ("get", "/tasks/{task_id}"): ("tasks", "retrieve_task"),
    ("delete", "/tasks/{task_id}"): ("tasks", "delete_task"),
    ("post", "/tasks/transfers/import/{integration-id}"): ("imports", "create_import"),
    ("get", "/tasks/transfers/import/{integration-id}/status"): (
        "imports",
        "retrieve_import_status",
    ),
    ("get", "/tasks/transfers/import/{integration-id}/logs"): ("imports", "retrieve_import_logs"),
    ("get", "/indexes/{index-id}/videos"): ("videos", "list_videos"),
    ("get", "/indexes/{index-id}/videos/{video-id}"): ("videos", "retrieve_video"),
    ("put", "/indexes/{index-id}/videos/{video-id}"): ("videos", "update_video"),
    ("delete", "/indexes/{index-id}/videos/{video-id}"): ("videos", "delete_video"),
    ("post", "/search"): ("search", "create_search"),
    ("get", "/search/{page-token}"): ("search", "retrieve_search_page"),
    ("post", "/embed"): ("embed", "create_embeddings"),
    ("post", "/embed/tasks"): ("embed", "create_embed_task"),
    ("get", "/embed/tasks"): ("embed", "list_embed_tasks"),
    ("get", "/embed/tasks/{task_id}/status"): ("embed", "retrieve_embed_task_status"),
    ("get", "/embed/tasks/{task_id}"): ("embed", "retrieve_embed_task"),
    ("post", "/gist"): ("generate", "create_gist"),
    ("post", "/summarize"): ("generate", "create_summary"),
    ("post", "/generate"): ("generate", "generate_text"),
}

# Success code and the schema(s) each operation returns (None = empty body).
EXPECTED_SUCCESS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "create_index": ("201", ("CreatedResource",)),
    "list_indexes": ("200", ("IndexList",)),
    "retrieve_index": ("200", ("Index",)),
    "update_index": ("204", None),
    "delete_index": ("204", None),
    "create_task": ("200", ("CreateTaskResponse",)),
    "list_tasks": ("200", ("TaskList",)),
    "retrieve_task": ("200", ("Task",)),
    "delete_task": ("204", None),
    "create_import": ("201", ("ImportResult",)),
    "retrieve_import_status": ("200", ("ImportStatus",)),
    "retrieve_import_logs": ("200", ("ImportLogs",)),
    "list_videos": ("200", ("VideoList",)),
    "retrieve_video": ("200", ("Video",)),
    "update_video": ("204", None),
    "delete_video": ("204", None),
    "create_search": ("200", ("SearchPage",)),
    "retrieve_search_page": ("200", ("SearchPage",)),
    "create_embeddings": ("200", ("EmbeddingResponse",)),
    "create_embed_task": ("200", ("CreatedResource",)),
    "list_embed_tasks": ("200", ("EmbedTaskList",)),
    "retrieve_embed_task_status": ("200", ("EmbedTaskStatus",)),
    "retrieve_embed_task": ("200", ("EmbedTask",)),
    "create_gist": ("200", ("Gist",)),
    "create_summary": ("200", ("Summary", "Chapters", "Highlights")),
    "generate_text": ("200", ("GeneratedText",)),
}

MULTIPART_OPERATIONS = {"create_task", "create_search", "create_embeddings", "create_embed_task"}
STREAM_EVENTS = ("StreamStartEvent", "StreamTextEvent", "StreamEndEvent", "StreamErrorEvent")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item, item[method]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[-1]


def walk(node: Any, trail: str = "") -> Iterator[tuple[str, Any]]:
    yield trail, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{trail}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{trail}/{i}")


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec)


def test_info_servers_and_security(spec: dict[str, Any]) -> None:
    assert spec["info"]["title"] == "TwelveLabs API"
    assert spec["info"]["version"] == "1.3"
    assert [s["url"] for s in spec["servers"]] == ["https://api.twelvelabs.io/v1.3"]
    scheme = spec["components"]["securitySchemes"]["apiKey"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "x-api-key"}
    assert spec["security"] == [{"apiKey": []}]


def test_exactly_the_expected_operations(spec: dict[str, Any]) -> None:
    found = {(m, p): (op["tags"][0], op["operationId"]) for m, p, _, op in operations(spec)}
    assert found == EXPECTED_OPERATIONS


def test_every_operation_is_documented(spec: dict[str, Any]) -> None:
    for method, path, _, op in operations(spec):
        where = f"{method.upper()} {path}"
        assert len(op.get("tags", [])) == 1, where
        assert op.get("operationId"), where
        assert op.get("summary", "").strip(), where
        assert op.get("description", "").strip(), where


def test_success_responses(spec: dict[str, Any]) -> None:
    for method, path, _, op in operations(spec):
        where = f"{method.upper()} {path}"
        code, schemas = EXPECTED_SUCCESS[op["operationId"]]
        successes = [c for c in op["responses"] if c.startswith("2")]
        assert successes == [code], where
        response = resolve(spec, op["responses"][code])
        if schemas is None:
            assert code == "204" and "content" not in response, where
            continue
        # Only JSON goes to the generator (NDJSON stays in x-stream).
        assert list(response["content"]) == ["application/json"], where
        schema = response["content"]["application/json"]["schema"]
        members = schema.get("anyOf", [schema])
        assert tuple(ref_name(m) for m in members) == schemas, where


def test_error_responses_share_one_error_schema(spec: dict[str, Any]) -> None:
    for method, path, _, op in operations(spec):
        for code in ERROR_CODES:
            assert code in op["responses"], f"{method.upper()} {path} lacks {code}"
            response = resolve(spec, op["responses"][code])
            schema = response["content"]["application/json"]["schema"]
            assert ref_name(schema) == "Error"
    error = spec["components"]["schemas"]["Error"]
    assert "required" not in error  # bodies may carry error_code instead of code, or be empty
    assert set(error["properties"]) == {"code", "message", "docs_url"}


def test_path_parameters_are_declared_and_required(spec: dict[str, Any]) -> None:
    for method, path, item, op in operations(spec):
        params = [resolve(spec, p) for p in item.get("parameters", []) + op.get("parameters", [])]
        in_path = {p["name"] for p in params if p["in"] == "path"}
        placeholders = {seg[1:-1] for seg in path.split("/") if seg.startswith("{")}
        assert in_path == placeholders, f"{method.upper()} {path}"
        assert all(p["required"] is True for p in params if p["in"] == "path")


def _request_schemas(spec: dict[str, Any], op: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every schema node reachable from the request body (refs followed)."""
    body = op.get("requestBody")
    if not body:
        return
    seen: set[int] = set()
    stack = [s["schema"] for s in resolve(spec, body)["content"].values()]
    while stack:
        node = stack.pop()
        if isinstance(node, dict) and "$ref" in node:
            node = resolve(spec, node)
        if id(node) in seen:
            continue
        seen.add(id(node))
        for trail, sub in walk(node):
            if isinstance(sub, dict) and "$ref" in sub:
                stack.append(sub)
            else:
                yield trail, sub


def test_no_defaults_in_requests(spec: dict[str, Any]) -> None:
    for method, path, item, op in operations(spec):
        where = f"{method.upper()} {path}"
        for param in item.get("parameters", []) + op.get("parameters", []):
            param = resolve(spec, param)
            schema = resolve(spec, param["schema"])
            assert "default" not in param and "default" not in schema, f"{where} {param['name']}"
            assert "default" not in resolve(spec, schema.get("items", {})), where
        for trail, node in _request_schemas(spec, op):
            if isinstance(node, dict) and "properties" in node:
                for name, prop in node["properties"].items():
                    assert "default" not in prop, f"{where} body {trail}/{name}"
            if isinstance(node, dict):
                assert "default" not in node, f"{where} body {trail}"


def test_no_additional_properties_false(spec: dict[str, Any]) -> None:
    for trail, node in walk(spec):
        if isinstance(node, dict):
            assert node.get("additionalProperties", True) is not False, trail


def test_request_body_content_types(spec: dict[str, Any]) -> None:
    for method, path, _, op in operations(spec):
        body = op.get("requestBody")
        if op["operationId"] in MULTIPART_OPERATIONS:
            assert list(body["content"]) == ["multipart/form-data"], path
        elif body is not None:
            assert list(body["content"]) == ["application/json"], path
        else:
            assert method in ("get", "delete"), path


def test_query_arrays_and_comma_string(spec: dict[str, Any]) -> None:
    def query(op_id: str, name: str) -> dict[str, Any]:
        for _, _, item, op in operations(spec):
            if op["operationId"] == op_id:
                for p in item.get("parameters", []) + op.get("parameters", []):
                    p = resolve(spec, p)
                    if p["name"] == name and p["in"] == "query":
                        return resolve(spec, p["schema"])
        raise AssertionError(f"{op_id} has no query parameter {name}")

    assert query("list_tasks", "status")["type"] == "array"
    assert query("retrieve_video", "embedding_option")["type"] == "array"
    assert query("retrieve_embed_task", "embedding_option")["type"] == "array"
    assert query("list_indexes", "model_options")["type"] == "string"
    page_limit = query("list_videos", "page_limit")
    assert (page_limit["minimum"], page_limit["maximum"]) == (1, 50)
    assert query("list_videos", "page")["minimum"] == 1
    for name in ("created_at", "updated_at"):
        assert query("list_videos", name) == {"type": "string"}  # RFC 3339 text, no format


def test_generate_stream_extension(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/generate"]["post"]
    ext = op["x-stream"]
    assert ext["content-type"] == "application/x-ndjson"
    assert tuple(ref_name(e) for e in ext["events"]) == STREAM_EVENTS
    stream = spec["components"]["schemas"]["GenerateRequest"]["properties"]["stream"]
    assert stream == {**stream, "type": "boolean"} and "default" not in stream
    for name in STREAM_EVENTS:
        event = spec["components"]["schemas"][name]
        assert "const" in event["properties"]["event_type"]
        assert event["required"] == ["event_type"]


def test_object_schemas_are_titled_with_their_names(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        assert schema.get("title") == name, name
