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

# (method, path) -> (tag, operationId). The 26 HTTP operations of 2025 (the streamed POST
# /generate is the x-stream extension on generate_text) and those of the 2026 API (the streamed
# POST /analyze is the x-stream extension on analyze).
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
    ("patch", "/indexes/{index-id}/videos/{video-id}"): ("videos", "update_video"),
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
    # 2026
    ("post", "/analyze"): ("analyze", "analyze"),
    ("post", "/analyze/tasks"): ("analyze", "create_analyze_task"),
    ("get", "/analyze/tasks"): ("analyze", "list_analyze_tasks"),
    ("get", "/analyze/tasks/{task_id}"): ("analyze", "retrieve_analyze_task"),
    ("delete", "/analyze/tasks/{task_id}"): ("analyze", "delete_analyze_task"),
    ("post", "/analyze/tasks/{task_id}/cancel"): ("analyze", "cancel_analyze_task"),
    ("post", "/embed-v2"): ("embed_v2", "create_embeddings_v2"),
    ("post", "/embed-v2/tasks"): ("embed_v2", "create_embed_v2_task"),
    ("get", "/embed-v2/tasks"): ("embed_v2", "list_embed_v2_tasks"),
    ("get", "/embed-v2/tasks/{task_id}"): ("embed_v2", "retrieve_embed_v2_task"),
    ("post", "/assets"): ("assets", "create_asset"),
    ("get", "/assets"): ("assets", "list_assets"),
    ("get", "/assets/{asset_id}"): ("assets", "retrieve_asset"),
    ("delete", "/assets/{asset_id}"): ("assets", "delete_asset"),
    ("patch", "/assets/{asset_id}/user-metadata"): ("assets", "update_asset_user_metadata"),
    ("put", "/assets/{asset_id}/user-metadata"): ("assets", "replace_asset_user_metadata"),
    ("delete", "/assets/{asset_id}/user-metadata"): ("assets", "delete_asset_user_metadata"),
    ("get", "/assets/{asset_id}/transcription"): ("assets", "retrieve_asset_transcription"),
    ("get", "/assets/{asset_id}/indexed-assets"): ("assets", "list_asset_indexed_assets"),
    ("post", "/assets/multipart-uploads"): ("multipart_uploads", "create_multipart_upload"),
    ("get", "/assets/multipart-uploads"): (
        "multipart_uploads",
        "list_incomplete_multipart_uploads",
    ),
    ("post", "/assets/multipart-uploads/{upload_id}"): (
        "multipart_uploads",
        "report_multipart_upload_chunks",
    ),
    ("get", "/assets/multipart-uploads/{upload_id}"): (
        "multipart_uploads",
        "retrieve_multipart_upload_status",
    ),
    ("post", "/assets/multipart-uploads/{upload_id}/presigned-urls"): (
        "multipart_uploads",
        "create_multipart_upload_urls",
    ),
    ("post", "/indexes/{index-id}/indexed-assets"): ("indexed_assets", "create_indexed_asset"),
    ("get", "/indexes/{index-id}/indexed-assets"): ("indexed_assets", "list_indexed_assets"),
    ("get", "/indexes/{index-id}/indexed-assets/{indexed-asset-id}"): (
        "indexed_assets",
        "retrieve_indexed_asset",
    ),
    ("patch", "/indexes/{index-id}/indexed-assets/{indexed-asset-id}"): (
        "indexed_assets",
        "update_indexed_asset",
    ),
    ("delete", "/indexes/{index-id}/indexed-assets/{indexed-asset-id}"): (
        "indexed_assets",
        "delete_indexed_asset",
    ),
}

EMPTY = ("200", "204")  # deletes and updates: 200 (live API) or 204 (2025), no body

# Success code(s) and the schema(s) each operation returns (None = empty body).
EXPECTED_SUCCESS: dict[str, tuple[str | tuple[str, ...], tuple[str, ...] | None]] = {
    "create_index": ("201", ("CreatedResource",)),
    "list_indexes": ("200", ("IndexList",)),
    "retrieve_index": ("200", ("Index",)),
    "update_index": (EMPTY, None),
    "delete_index": (EMPTY, None),
    "create_task": ("200", ("CreateTaskResponse",)),
    "list_tasks": ("200", ("TaskList",)),
    "retrieve_task": ("200", ("Task",)),
    "delete_task": (EMPTY, None),
    "create_import": ("201", ("ImportResult",)),
    "retrieve_import_status": ("200", ("ImportStatus",)),
    "retrieve_import_logs": ("200", ("ImportLogs",)),
    "list_videos": ("200", ("VideoList",)),
    "retrieve_video": ("200", ("Video",)),
    "update_video": (EMPTY, None),
    "delete_video": (EMPTY, None),
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
    "analyze": ("200", ("AnalyzeResponse",)),
    "create_analyze_task": ("202", ("CreatedAnalyzeTask",)),
    "list_analyze_tasks": ("200", ("AnalyzeTaskList",)),
    "retrieve_analyze_task": ("200", ("AnalyzeTask",)),
    "delete_analyze_task": (EMPTY, None),
    "cancel_analyze_task": ("200", ("CanceledAnalyzeTask",)),
    "create_embeddings_v2": ("200", ("EmbedV2Response",)),
    "create_embed_v2_task": ("202", ("CreatedEmbedV2Task",)),
    "list_embed_v2_tasks": ("200", ("EmbedV2TaskList",)),
    "retrieve_embed_v2_task": ("200", ("EmbedV2Task",)),
    "create_asset": ("201", ("Asset",)),
    "list_assets": ("200", ("AssetList",)),
    "retrieve_asset": ("200", ("Asset",)),
    "delete_asset": (EMPTY, None),
    "update_asset_user_metadata": (EMPTY, None),
    "replace_asset_user_metadata": (EMPTY, None),
    "delete_asset_user_metadata": (EMPTY, None),
    "retrieve_asset_transcription": ("200", ("AssetTranscription",)),
    "list_asset_indexed_assets": ("200", ("AssetIndexReferenceList",)),
    "create_multipart_upload": ("201", ("MultipartUpload",)),
    "list_incomplete_multipart_uploads": ("200", ("IncompleteMultipartUploadList",)),
    "report_multipart_upload_chunks": ("200", ("ReportChunksResponse",)),
    "retrieve_multipart_upload_status": ("200", ("MultipartUploadStatus",)),
    "create_multipart_upload_urls": ("200", ("PresignedUrls",)),
    "create_indexed_asset": ("202", ("CreatedIndexedAsset",)),
    "list_indexed_assets": ("200", ("IndexedAssetList",)),
    "retrieve_indexed_asset": ("200", ("IndexedAsset",)),
    "update_indexed_asset": (EMPTY, None),
    "delete_indexed_asset": (EMPTY, None),
}

BODYLESS_POSTS = {"cancel_analyze_task"}
MULTIPART_OPERATIONS = {
    "create_task",
    "create_search",
    "create_embeddings",
    "create_embed_task",
    "create_asset",
}
STREAM_EVENTS = ("StreamStartEvent", "StreamTextEvent", "StreamEndEvent", "StreamErrorEvent")
ANALYZE_STREAM_EVENTS = ("StreamStartEvent", "StreamTextEvent", "AnalyzeStreamEndEvent")

# Operations whose 400/404/5XX errors use the envelope `{"error": {code, message, details}}`
# (wire-facts-2026 §9.1); every other operation uses the flat Error. 401 is flat everywhere.
ENVELOPE_OPERATIONS = {
    "create_analyze_task",
    "retrieve_analyze_task",
    "delete_analyze_task",
    "cancel_analyze_task",
    "create_embeddings_v2",
    "create_embed_v2_task",
    "retrieve_embed_v2_task",
}

# Removed by the API: operationId -> (date, a word of the replacement).
RETIRED = {
    "generate_text": ("2026-02-12", "/analyze"),
    "create_gist": ("2026-03-11", "/analyze"),
    "create_summary": ("2026-03-11", "/analyze"),
    "create_import": ("2026-04-11", "connections"),
    "retrieve_import_status": ("2026-04-11", "connections"),
    "retrieve_import_logs": ("2026-04-11", "connections"),
}
# Announced for removal by the API: operationId -> the path of the replacement.
ANNOUNCED = {
    "create_task": "/indexed-assets",
    "list_tasks": "/indexed-assets",
    "retrieve_task": "/indexed-assets",
    "delete_task": "/indexed-assets",
    "list_videos": "/indexed-assets",
    "retrieve_video": "/indexed-assets",
    "update_video": "/indexed-assets",
    "delete_video": "/indexed-assets",
    "create_embeddings": "/embed-v2",
    "create_embed_task": "/embed-v2/tasks",
    "list_embed_tasks": "/embed-v2/tasks",
    "retrieve_embed_task_status": "/embed-v2/tasks",
    "retrieve_embed_task": "/embed-v2/tasks",
}


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
        codes, schemas = EXPECTED_SUCCESS[op["operationId"]]
        successes = [c for c in op["responses"] if c.startswith("2")]
        if schemas is None:
            assert successes == list(codes), where
            for code in codes:
                assert "content" not in resolve(spec, op["responses"][code]), where
            continue
        assert isinstance(codes, str) and successes == [codes], where
        code = codes
        response = resolve(spec, op["responses"][code])
        # Only JSON goes to the generator (NDJSON stays in x-stream).
        assert list(response["content"]) == ["application/json"], where
        schema = response["content"]["application/json"]["schema"]
        members = schema.get("anyOf", [schema])
        assert tuple(ref_name(m) for m in members) == schemas, where


def test_error_responses_use_the_shape_of_their_operation(spec: dict[str, Any]) -> None:
    for method, path, _, op in operations(spec):
        envelope = op["operationId"] in ENVELOPE_OPERATIONS
        for code in op["responses"]:
            if code.startswith("2"):
                continue
            where = f"{method.upper()} {path} {code}"
            response = resolve(spec, op["responses"][code])
            schema = response["content"]["application/json"]["schema"]
            flat = code in ("401", "429") or not envelope
            assert ref_name(schema) == ("Error" if flat else "ErrorEnvelope"), where
        for code in ERROR_CODES:
            assert code in op["responses"], f"{method.upper()} {path} lacks {code}"
    error = spec["components"]["schemas"]["Error"]
    assert "required" not in error  # bodies may carry error_code instead of code, or be empty
    assert set(error["properties"]) == {"code", "error_code", "message", "docs_url"}
    assert error["properties"]["error_code"]["type"] == "integer"
    envelope = spec["components"]["schemas"]["ErrorEnvelope"]
    assert envelope["required"] == ["error"]
    detail = resolve(spec, envelope["properties"]["error"])
    assert detail["required"] == ["code", "message"]
    assert set(detail["properties"]) == {"code", "message", "details"}


def test_retired_and_announced_operations_say_so(spec: dict[str, Any]) -> None:
    for _, _, _, op in operations(spec):
        op_id = op["operationId"]
        if op_id in RETIRED:
            date, replacement = RETIRED[op_id]
            assert op["deprecated"] is True, op_id
            assert op["x-retired"]["date"] == date, op_id
            assert replacement in op["x-retired"]["replacement"], op_id
            assert f"removed this route on {date}" in op["description"], op_id
        else:
            assert "deprecated" not in op and "x-retired" not in op, op_id
        if op_id in ANNOUNCED:
            assert ANNOUNCED[op_id] in op["x-replaced-by"], op_id
            assert "announces this operation for removal" in op["description"], op_id
        else:
            assert "x-replaced-by" not in op, op_id


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
            assert method in ("get", "delete") or op["operationId"] in BODYLESS_POSTS, path


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
    assert query("list_assets", "asset_ids")["type"] == "array"
    assert query("list_assets", "asset_types")["type"] == "array"
    assert query("list_indexed_assets", "status")["type"] == "array"
    assert query("retrieve_asset_transcription", "include")["type"] == "array"
    assert query("delete_asset", "force") == {"type": "boolean"}


def test_range_filters_are_declared_for_the_facade(spec: dict[str, Any]) -> None:
    ranges = ["duration", "fps", "width", "height", "size"]
    for path in ("/indexes/{index-id}/videos", "/indexes/{index-id}/indexed-assets"):
        op = spec["paths"][path]["get"]
        assert op["x-range-filters"] == ranges, path
        names = {resolve(spec, p)["name"] for p in op.get("parameters", [])}
        assert not any("[" in name for name in names), path  # the facade adds bracket keys


@pytest.mark.parametrize(
    ("path", "request_schema", "events"),
    [
        ("/generate", "GenerateRequest", STREAM_EVENTS),
        ("/analyze", "AnalyzeRequest", ANALYZE_STREAM_EVENTS),
    ],
)
def test_stream_extensions(
    spec: dict[str, Any], path: str, request_schema: str, events: tuple[str, ...]
) -> None:
    op = spec["paths"][path]["post"]
    ext = op["x-stream"]
    assert ext["content-type"] == "application/x-ndjson"
    assert ext["request-field"] == "stream"
    assert tuple(ref_name(e) for e in ext["events"]) == events
    stream = spec["components"]["schemas"][request_schema]["properties"]["stream"]
    assert stream == {**stream, "type": "boolean"} and "default" not in stream
    for name in events:
        event = spec["components"]["schemas"][name]
        assert "const" in event["properties"]["event_type"]
        assert event["required"] == ["event_type"]
    end = spec["components"]["schemas"]["AnalyzeStreamEndEvent"]
    assert ref_name(end["properties"]["error"]) == "ProcessingError"


def test_object_schemas_are_titled_with_their_names(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        assert schema.get("title") == name, name


# The fields the API sends in every documented shape, required so that the generated
# attribute is a plain type. Exactly these (and the 2026 ids and statuses of the same kind);
# everything else stays optional (a search clip's `score`, a task's `video_id`, list items'
# `user_metadata`...).
REQUIRED_2025 = {
    "CreatedResource": {"_id"},
    "Index": {"_id", "index_name", "models"},
    "IndexModel": {"model_name", "model_options"},
    "CreateTaskResponse": {"_id"},
    "Task": {"_id", "index_id", "status"},
    "Video": {"_id", "system_metadata"},
    "VideoSystemMetadata": {"filename"},
    "PageInfo": {"limit_per_page", "page", "total_page", "total_results"},
    "Chapters": {"id", "chapters"},
    "Chapter": {"chapter_number", "start", "end"},
    "Highlights": {"id", "highlights"},
    "Highlight": {"highlight", "start", "end"},
    "Summary": {"id", "summary"},
    "Gist": {"id"},
    "GeneratedText": {"id"},
    "SearchClip": {"video_id", "start", "end"},
    "SearchVideoGroup": {"id"},
    "EmbedTask": {"_id"},
    "EmbedTaskStatus": {"_id"},
}
# The 2026 objects of the same kind: ids, statuses and the page-list envelope the facts mark
# required.
REQUIRED_2026 = {
    "Asset": {"_id", "status"},
    "IndexedAsset": {"_id", "status"},
    "CreatedIndexedAsset": {"_id"},
    "AssetIndexReference": {"_id"},
    "IndexReference": {"_id"},
    "MultipartUpload": {"upload_id"},
    "IncompleteMultipartUpload": {
        "upload_id",
        "status",
        "total_size",
        "chunk_size",
        "total_chunks",
    },
    "IncompleteMultipartUploadList": {"data", "page_info"},
    "AnalyzeResponse": {"id"},
    "AnalyzeTask": {"task_id", "custom_id", "status", "created_at"},
    "AnalyzeTaskList": {"data", "page_info"},
    "AnalyzeTaskResult": {"generation_id", "data", "finish_reason", "usage"},
    "CreatedAnalyzeTask": {"task_id", "status"},
    "CanceledAnalyzeTask": {"task_id", "status"},
    "EmbedV2Response": {"data"},
    "EmbedV2Data": {"embedding"},
    "EmbedV2Task": {"_id", "status", "data"},
    "CreatedEmbedV2Task": {"_id", "status"},
    "EmbedV2TaskSummary": {"_id"},
    "AssetTranscription": {"status"},
}


@pytest.mark.parametrize("name", sorted(REQUIRED_2025 | REQUIRED_2026))
def test_exactly_the_reviewed_fields_are_required(spec: dict[str, Any], name: str) -> None:
    schema = spec["components"]["schemas"][name]
    assert set(schema.get("required", [])) == (REQUIRED_2025 | REQUIRED_2026)[name]


def test_optional_fields_that_look_required_stay_optional(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert "score" not in schemas["SearchClip"]["required"]
    assert "video_id" not in schemas["Task"]["required"]
    assert "system_metadata" not in schemas["IndexedAsset"]["required"]  # absent while pending
    for name in (
        "SearchPage",
        "IndexList",
        "TaskList",
        "VideoList",
        "SearchPageInfo",
        "AssetList",
        "IndexedAssetList",
    ):
        assert "required" not in schemas[name], name
