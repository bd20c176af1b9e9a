"""Every refusal answers with the API's status and error body: {code, message, docs_url?}."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import BOTH_MODELS, KEY, create_index, upload

MARENGO_VISUAL = [{"model_name": "marengo2.7", "model_options": ["visual"]}]
PEGASUS_ONLY = [{"model_name": "pegasus1.2", "model_options": ["visual", "audio"]}]
MARENGO_ONLY = [{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]
NO_FILE = {"_": ("", b"")}


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    assert isinstance(body["message"], str) and body["message"]
    assert set(body) <= {"code", "message", "docs_url"}
    return body


@pytest.fixture
def ready_video(fake: FakeTwelveLabs, http: httpx.Client) -> tuple[str, str]:
    index_id = create_index(http)
    task = upload(http, index_id, "safety.mp4")
    fake.settle()
    return index_id, str(task["video_id"])


# ---------------------------------------------------------------- auth


@pytest.mark.parametrize(
    "headers", [{}, {"x-api-key": "wrong"}, {"Authorization": f"Bearer {KEY}"}]
)
def test_bad_or_missing_key_is_401(fake: FakeTwelveLabs, headers: dict[str, str]) -> None:
    with fake.http_client(headers=headers) as http:
        body = assert_error(http.get("/indexes"), 401, "api_key_invalid")
    assert "docs_url" not in body


def test_recorded_requests_never_hold_a_key(fake: FakeTwelveLabs) -> None:
    real_looking = "tlk_REALKEY0123456789"
    for headers in ({"x-api-key": KEY}, {"x-api-key": real_looking}, {}):
        with fake.http_client(headers=headers) as http:
            http.get("/indexes", headers={"Authorization": f"Bearer {real_looking}"})
    good, wrong, missing = fake.requests
    assert (good.api_key_sent, good.api_key_matched) == (True, True)
    assert (wrong.api_key_sent, wrong.api_key_matched) == (True, False)
    assert (missing.api_key_sent, missing.api_key_matched) == (False, False)
    assert good.headers["x-api-key"] == wrong.headers["authorization"] == "<redacted>"
    assert "x-api-key" not in missing.headers
    for text in (repr(fake.requests), repr(fake)):
        assert KEY not in text and real_looking not in text


def test_key_is_checked_on_every_route(fake: FakeTwelveLabs) -> None:
    with fake.http_client() as http:
        assert_error(http.post("/generate", json={}), 401, "api_key_invalid")
        assert_error(http.delete("/tasks/x"), 401, "api_key_invalid")


# ---------------------------------------------------------------- parameter_not_provided


@pytest.mark.parametrize(
    "body",
    [
        {"models": BOTH_MODELS},
        {"index_name": "x"},
        {"index_name": "x", "models": [{"model_options": ["visual"]}]},
        {"index_name": "x", "models": [{"model_name": "marengo2.7"}]},
    ],
)
def test_create_index_missing_fields(http: httpx.Client, body: dict[str, Any]) -> None:
    body_out = assert_error(http.post("/indexes", json=body), 400, "parameter_not_provided")
    assert body_out["docs_url"].startswith("https://")


def test_create_task_missing_fields(http: httpx.Client) -> None:
    assert_error(
        http.post("/tasks", files={"video_file": ("a.mp4", b"x", "video/mp4")}),
        400,
        "parameter_not_provided",
    )
    index_id = create_index(http)
    assert_error(
        http.post("/tasks", data={"index_id": index_id}, files=NO_FILE),
        400,
        "parameter_not_provided",
    )


def test_multipart_endpoint_refuses_other_encodings(http: httpx.Client) -> None:
    index_id = create_index(http)
    urlencoded = http.post("/tasks", data={"index_id": index_id, "video_url": "https://x/a.mp4"})
    body = assert_error(urlencoded, 400, "parameter_not_provided")
    assert "multipart/form-data" in body["message"]
    as_json = http.post("/search", json={"index_id": index_id, "query_text": "x"})
    assert_error(as_json, 400, "parameter_not_provided")


def test_search_needs_options_and_a_query(http: httpx.Client) -> None:
    index_id = create_index(http)
    assert_error(
        http.post("/search", data={"index_id": index_id, "query_text": "cat"}, files=NO_FILE),
        400,
        "parameter_not_provided",
    )
    assert_error(
        http.post(
            "/search", data={"index_id": index_id, "search_options": "visual"}, files=NO_FILE
        ),
        400,
        "parameter_not_provided",
    )
    media_without_type = http.post(
        "/search",
        data={
            "index_id": index_id,
            "search_options": "visual",
            "query_media_url": "https://x/a.png",
        },
        files=NO_FILE,
    )
    assert_error(media_without_type, 400, "parameter_not_provided")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/gist", {"video_id": "x"}),
        ("/gist", {"types": ["title"]}),
        ("/summarize", {"video_id": "x"}),
        ("/generate", {"video_id": "x"}),
        ("/generate", {"prompt": "hi"}),
        ("/tasks/transfers/import/abc", {}),
    ],
)
def test_json_endpoints_missing_fields(http: httpx.Client, path: str, body: dict[str, Any]) -> None:
    assert_error(http.post(path, json=body), 400, "parameter_not_provided")


def test_import_status_needs_index_id(http: httpx.Client) -> None:
    assert_error(http.get("/tasks/transfers/import/abc/status"), 400, "parameter_not_provided")


def test_embed_needs_model_and_input(http: httpx.Client) -> None:
    assert_error(
        http.post("/embed", data={"text": "hi"}, files=NO_FILE), 400, "parameter_not_provided"
    )
    assert_error(
        http.post("/embed", data={"model_name": "Marengo-retrieval-2.7"}, files=NO_FILE),
        400,
        "parameter_not_provided",
    )
    assert_error(
        http.post("/embed/tasks", data={"model_name": "Marengo-retrieval-2.7"}, files=NO_FILE),
        400,
        "parameter_not_provided",
    )


# ---------------------------------------------------------------- parameter_invalid


@pytest.mark.parametrize(
    "params",
    [
        {"page_limit": "51"},
        {"page_limit": "0"},
        {"page": "0"},
        {"page": "one"},
        {"sort_option": "newest"},
        {"sort_by": "name"},
        {"model_family": "gpt"},
        {"model_options": "visual,smell"},
        {"model_options": "transcription"},  # a search option, not a model option
        {"created_at": "yesterday"},
        {"page": ["1", "2"]},
    ],
)
def test_list_indexes_invalid_query(http: httpx.Client, params: dict[str, Any]) -> None:
    assert_error(http.get("/indexes", params=params), 400, "parameter_invalid")


@pytest.mark.parametrize(
    "params", [{"status": "done"}, {"status": "Ready"}, {"page_limit": "100"}, {"duration": "long"}]
)
def test_list_tasks_invalid_query(http: httpx.Client, params: dict[str, Any]) -> None:
    assert_error(http.get("/tasks", params=params), 400, "parameter_invalid")


def test_python_style_booleans_are_refused(
    http: httpx.Client, ready_video: tuple[str, str]
) -> None:
    index_id, video_id = ready_video
    response = http.get(f"/indexes/{index_id}/videos/{video_id}", params={"transcription": "True"})
    assert_error(response, 400, "parameter_invalid")
    multipart = http.post(
        "/tasks",
        data={"index_id": index_id, "video_url": "https://x/a.mp4", "enable_video_stream": "True"},
        files=NO_FILE,
    )
    assert_error(multipart, 400, "parameter_invalid")


@pytest.mark.parametrize(
    "models",
    [
        [{"model_name": "marengo2.6", "model_options": ["visual"]}],
        [{"model_name": "marengo2.7", "model_options": []}],
        [{"model_name": "marengo2.7", "model_options": ["smell"]}],
        [{"model_name": "marengo3.0", "model_options": ["visual", "audio", "transcription"]}],
        [{"model_name": "marengo2.7", "model_options": ["transcription"]}],
        [{"model_name": "marengo2.7", "model_options": "visual"}],
        [
            {"model_name": "marengo2.7", "model_options": ["visual"]},
            {"model_name": "marengo2.7", "model_options": ["audio"]},
        ],
        [],
        "marengo2.7",
    ],
)
def test_create_index_invalid_models(http: httpx.Client, models: Any) -> None:
    response = http.post("/indexes", json={"index_name": "x", "models": models})
    assert_error(response, 400, "parameter_invalid")


def test_thumbnail_addon_needs_marengo(http: httpx.Client) -> None:
    response = http.post(
        "/indexes", json={"index_name": "x", "models": PEGASUS_ONLY, "addons": ["thumbnail"]}
    )
    assert_error(response, 400, "parameter_invalid")


def test_json_array_search_options_are_refused(http: httpx.Client) -> None:
    # The API reference's curl example puts a JSON array in one part; the service wants one
    # part per value.
    index_id = create_index(http)
    response = http.post(
        "/search",
        data={"index_id": index_id, "search_options": '["visual"]', "query_text": "x"},
        files=NO_FILE,
    )
    body = assert_error(response, 400, "parameter_invalid")
    assert "one part per value" in body["message"]


@pytest.mark.parametrize(
    "fields",
    [
        {"page_limit": "51"},
        {"threshold": "extreme"},
        {"group_by": "scene"},
        {"operator": "xor"},
        {"sort_option": "clip_count"},
        {"adjust_confidence_level": "2"},
        {"query_text": "word " * 80},
        {"query_media_type": "video", "query_media_url": "https://x/a.mp4"},
    ],
)
def test_search_invalid_fields(http: httpx.Client, fields: dict[str, str]) -> None:
    index_id = create_index(http)
    data = {"index_id": index_id, "search_options": "visual", "query_text": "cat", **fields}
    assert_error(http.post("/search", data=data, files=NO_FILE), 400, "parameter_invalid")


def test_invalid_json_body(http: httpx.Client) -> None:
    response = http.post(
        "/indexes", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_error(response, 400, "parameter_invalid")
    assert_error(http.post("/indexes", json=["a list"]), 400, "parameter_invalid")


def test_temperature_out_of_range(http: httpx.Client, ready_video: tuple[str, str]) -> None:
    _, video_id = ready_video
    response = http.post(
        "/generate",
        json={"video_id": video_id, "prompt": "hi", "temperature": 1.5, "stream": False},
    )
    assert_error(response, 400, "parameter_invalid")
    wrong_type = http.post("/summarize", json={"video_id": video_id, "type": "novel"})
    assert_error(wrong_type, 400, "parameter_invalid")
    gist = http.post("/gist", json={"video_id": video_id, "types": ["topics"]})
    assert_error(gist, 400, "parameter_invalid")
    empty = http.post("/gist", json={"video_id": video_id, "types": []})
    assert_error(empty, 400, "parameter_invalid")


@pytest.mark.parametrize(
    "fields",
    [
        {"model_name": "marengo2.7"},
        {"text_truncate": "middle"},
        {"text": "word " * 100, "text_truncate": "none"},
    ],
)
def test_embed_invalid_fields(http: httpx.Client, fields: dict[str, str]) -> None:
    data = {"model_name": "Marengo-retrieval-2.7", "text": "hello", **fields}
    assert_error(http.post("/embed", data=data, files=NO_FILE), 400, "parameter_invalid")


@pytest.mark.parametrize(
    "fields",
    [
        {"video_clip_length": "11"},
        {"video_clip_length": "1"},
        {"video_start_offset_sec": "5"},
        {"video_start_offset_sec": "5", "video_end_offset_sec": "3"},
        {"video_embedding_scope": "scene"},
        {"video_url": "ftp://x/a.mp4"},
    ],
)
def test_embed_task_invalid_fields(http: httpx.Client, fields: dict[str, str]) -> None:
    data = {"model_name": "Marengo-retrieval-2.7", "video_url": "https://x/a.mp4", **fields}
    assert_error(http.post("/embed/tasks", data=data, files=NO_FILE), 400, "parameter_invalid")


def test_embed_tasks_status_filter_is_single_valued(http: httpx.Client) -> None:
    response = http.get("/embed/tasks", params=[("status", "ready"), ("status", "failed")])
    assert_error(response, 400, "parameter_invalid")


def test_embedding_option_must_match_index_options(
    http: httpx.Client, fake: FakeTwelveLabs
) -> None:
    index_id = create_index(http, "visual-only", MARENGO_VISUAL)
    task = upload(http, index_id)
    fake.settle()
    response = http.get(
        f"/indexes/{index_id}/videos/{task['video_id']}", params={"embedding_option": "audio"}
    )
    assert_error(response, 400, "parameter_invalid")


def test_user_metadata_must_be_flat(http: httpx.Client, ready_video: tuple[str, str]) -> None:
    index_id, video_id = ready_video
    url = f"/indexes/{index_id}/videos/{video_id}"
    assert_error(http.put(url, json={"user_metadata": {"tags": ["a"]}}), 400, "parameter_invalid")
    assert_error(http.put(url, json={"user_metadata": {"duration": 5}}), 400, "parameter_invalid")
    assert_error(http.put(url, json={}), 400, "parameter_not_provided")
    bad_json = http.post(
        "/tasks",
        data={"index_id": index_id, "video_url": "https://x/a.mp4", "user_metadata": "{oops"},
        files=NO_FILE,
    )
    assert_error(bad_json, 400, "parameter_invalid")


# ---------------------------------------------------------------- parameter_unknown


def test_unknown_json_field(http: httpx.Client) -> None:
    response = http.post("/indexes", json={"index_name": "x", "models": BOTH_MODELS, "engines": []})
    body = assert_error(response, 400, "parameter_unknown")
    assert "engines" in body["message"]


def test_unknown_query_parameter(http: httpx.Client) -> None:
    assert_error(http.get("/indexes", params={"pageLimit": "5"}), 400, "parameter_unknown")
    assert_error(http.get("/tasks", params={"PageLimit": "5"}), 400, "parameter_unknown")


def test_unknown_multipart_field(http: httpx.Client) -> None:
    index_id = create_index(http)
    response = http.post(
        "/search",
        data={"index_id": index_id, "search_options": "visual", "query_text": "x", "limit": "5"},
        files=NO_FILE,
    )
    assert_error(response, 400, "parameter_unknown")


def test_nested_user_metadata_filter_is_refused(http: httpx.Client) -> None:
    index_id = create_index(http)
    response = http.get(f"/indexes/{index_id}/videos", params={"user_metadata[category]": "a"})
    assert_error(response, 400, "parameter_unknown")


# ---------------------------------------------------------------- resources


@pytest.mark.parametrize(
    "path",
    [
        "/indexes/000000000000000000000000",
        "/tasks/000000000000000000000000",
        "/embed/tasks/000000000000000000000000",
        "/embed/tasks/000000000000000000000000/status",
        "/indexes/000000000000000000000000/videos",
    ],
)
def test_unknown_ids_are_400_resource_not_exist(http: httpx.Client, path: str) -> None:
    assert_error(http.get(path), 400, "resource_not_exist")


def test_unknown_video_is_404(http: httpx.Client) -> None:
    index_id = create_index(http)
    url = f"/indexes/{index_id}/videos/000000000000000000000000"
    body = assert_error(http.get(url), 404, "resource_not_exist")
    assert "docs_url" not in body
    assert_error(http.put(url, json={"user_metadata": {"a": 1}}), 404, "resource_not_exist")
    assert_error(http.delete(url), 404, "resource_not_exist")


def test_generate_on_unknown_video(http: httpx.Client) -> None:
    response = http.post("/gist", json={"video_id": "000000000000000000000000", "types": ["title"]})
    assert_error(response, 400, "resource_not_exist")


def test_index_name_already_exists(http: httpx.Client) -> None:
    create_index(http, "taken")
    other = create_index(http, "other")
    response = http.post("/indexes", json={"index_name": "taken", "models": BOTH_MODELS})
    assert_error(response, 400, "index_name_already_exists")
    rename = http.put(f"/indexes/{other}", json={"index_name": "taken"})
    assert_error(rename, 400, "index_name_already_exists")


def test_search_option_not_supported(http: httpx.Client) -> None:
    index_id = create_index(http, "visual-only", MARENGO_VISUAL)
    response = http.post(
        "/search",
        data={"index_id": index_id, "search_options": ["visual", "audio"], "query_text": "x"},
        files=NO_FILE,
    )
    body = assert_error(response, 400, "search_option_not_supported")
    assert "audio" in body["message"]


def test_index_not_supported_for_search(http: httpx.Client) -> None:
    index_id = create_index(http, "pegasus", PEGASUS_ONLY)
    response = http.post(
        "/search",
        data={"index_id": index_id, "search_options": "visual", "query_text": "x"},
        files=NO_FILE,
    )
    assert_error(response, 400, "index_not_supported_for_search")


def test_index_not_supported_for_generate(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http, "marengo", MARENGO_ONLY)
    task = upload(http, index_id)
    fake.settle()
    for path, body in [
        ("/gist", {"video_id": task["video_id"], "types": ["title"]}),
        ("/summarize", {"video_id": task["video_id"], "type": "summary"}),
        ("/generate", {"video_id": task["video_id"], "prompt": "hi"}),
    ]:
        assert_error(http.post(path, json=body), 400, "index_not_supported_for_generate")


def test_video_filesize_too_large() -> None:
    fake = FakeTwelveLabs(KEY, max_video_bytes=1000)
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        index_id = create_index(http)
        response = http.post(
            "/tasks",
            data={"index_id": index_id},
            files={"video_file": ("big.mp4", b"x" * 1001, "video/mp4")},
        )
        assert_error(response, 400, "video_filesize_too_large")
        embed = http.post(
            "/embed/tasks",
            data={"model_name": "Marengo-retrieval-2.7"},
            files={"video_file": ("big.mp4", b"x" * 1001, "video/mp4")},
        )
        assert_error(embed, 400, "video_filesize_too_large")
        assert http.get("/tasks").json()["data"] == []


def test_video_duration_limits(http: httpx.Client) -> None:
    index_id = create_index(http)
    short = http.post(
        "/tasks",
        data={"index_id": index_id, "user_metadata": json.dumps({"duration": 2})},
        files={"video_file": ("a.mp4", b"x", "video/mp4")},
    )
    assert_error(short, 400, "video_duration_too_short")
    long = http.post(
        "/tasks",
        data={"index_id": index_id, "user_metadata": json.dumps({"duration": 4000})},
        files={"video_file": ("a.mp4", b"x", "video/mp4")},
    )
    assert_error(long, 400, "video_duration_too_long")  # Pegasus allows one hour


def test_search_filter_invalid(http: httpx.Client) -> None:
    index_id = create_index(http)
    for raw in ["{not json", "[1, 2]", '{"duration": {"between": [1, 2]}}', '{"id": 5}']:
        response = http.post(
            "/search",
            data={
                "index_id": index_id,
                "search_options": "visual",
                "query_text": "x",
                "filter": raw,
            },
            files=NO_FILE,
        )
        assert_error(response, 400, "search_filter_invalid")


def test_unknown_route_and_method(http: httpx.Client) -> None:
    assert http.get("/nothing-here").status_code == 404
    assert http.get("https://fake.twelvelabs.local/v1.2/indexes").status_code == 404
    wrong_method = http.patch("/indexes")
    assert wrong_method.status_code == 405
    assert "GET" in wrong_method.headers["allow"]
