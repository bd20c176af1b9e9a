"""What goes over the wire for each of the 26 operations (method, path, query, body)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import httpx
import pytest
from facade_support import (
    API_KEY,
    Recorder,
    boundary,
    example,
    fields,
    json_body,
    json_response,
    make_client,
    multipart,
    path,
    query,
)
from twelvelabs_client import (
    Chapters,
    CreatedResource,
    CreateTaskResponse,
    EmbeddingResponse,
    EmbedTask,
    EmbedTaskStatus,
    GeneratedText,
    Gist,
    Highlights,
    ImportLogs,
    ImportResult,
    ImportStatus,
    Index,
    IndexModel,
    SearchPage,
    Summary,
    Task,
    Video,
)

IDX = "67b2c41e9d3f5a0e1c7a4b12"
VID = "67b2c6d79d3f5a0e1c7a4b1f"
TASK = "67b2c6d79d3f5a0e1c7a4b1e"
EMB = "67c0a1f29d3f5a0e1c7a4c30"
INTEGRATION = "int-7f3a"


def _one(reply: httpx.Response) -> tuple[object, Recorder]:
    harness = make_client(reply)
    return harness.client, harness.recorder


def assert_common(request: httpx.Request, method: str, raw_path: str) -> None:
    assert request.method == method
    assert request.url.scheme == "https"
    assert request.url.host == "api.example.test"
    assert path(request) == raw_path
    assert request.headers["x-api-key"] == API_KEY


# ----------------------------------------------------------------------------- indexes


def test_create_index_sends_json_and_returns_the_id_without_another_request() -> None:
    h = make_client(json_response(201, {"_id": IDX}))
    result = h.client.indexes.create(
        "warehouse",
        models=[
            {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
            IndexModel(model_name="pegasus1.2", model_options=["visual"]),
        ],
        addons="thumbnail",
    )
    assert isinstance(result, CreatedResource)
    assert result.id == IDX
    assert len(h.recorder.requests) == 1
    request = h.recorder.last
    assert_common(request, "POST", "/v1.3/indexes")
    assert request.headers["content-type"] == "application/json"
    assert json_body(request) == {
        "index_name": "warehouse",
        "models": [
            {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
            {"model_name": "pegasus1.2", "model_options": ["visual"]},
        ],
        "addons": ["thumbnail"],
    }


def test_create_index_without_addons_sends_no_addons_key() -> None:
    h = make_client(json_response(201, {"_id": IDX}))
    h.client.indexes.create("x", models=[{"model_name": "marengo2.7", "model_options": "visual"}])
    assert json_body(h.recorder.last) == {
        "index_name": "x",
        "models": [{"model_name": "marengo2.7", "model_options": ["visual"]}],
    }


def test_list_indexes_query_with_comma_joined_model_options() -> None:
    h = make_client(json_response(200, example("IndexList")))
    pager = h.client.indexes.list(
        page_limit=50,
        sort_by="updated_at",
        sort_option="asc",
        index_name="ware",
        model_options=["visual", "audio"],
        model_family="marengo",
        created_at=dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        updated_at="2025-02-01T00:00:00Z",
    )
    assert h.recorder.requests == []  # lazy: nothing is sent before iterating
    items = list(pager)
    assert all(isinstance(item, Index) for item in items) and items
    request = h.recorder.last
    assert_common(request, "GET", "/v1.3/indexes")
    assert query(request) == [
        ("page", "1"),
        ("page_limit", "50"),
        ("sort_by", "updated_at"),
        ("sort_option", "asc"),
        ("index_name", "ware"),
        ("model_options", "visual,audio"),
        ("model_family", "marengo"),
        ("created_at", "2025-01-02T03:04:05Z"),
        ("updated_at", "2025-02-01T00:00:00Z"),
    ]
    assert "model_options=visual%2Caudio" in str(request.url)


def test_list_indexes_without_filters_sends_only_the_page() -> None:
    h = make_client(json_response(200, example("IndexList")))
    list(h.client.indexes.list())
    assert query(h.recorder.last) == [("page", "1")]


def test_retrieve_index_quotes_the_id() -> None:
    h = make_client(json_response(200, example("Index")))
    index = h.client.indexes.retrieve("a/b c")
    assert isinstance(index, Index)
    assert_common(h.recorder.last, "GET", "/v1.3/indexes/a%2Fb%20c")


def test_update_index_sends_the_name_and_reads_no_body() -> None:
    h = make_client(httpx.Response(204))
    assert h.client.indexes.update(IDX, index_name="renamed") is None
    assert_common(h.recorder.last, "PUT", f"/v1.3/indexes/{IDX}")
    assert json_body(h.recorder.last) == {"index_name": "renamed"}


@pytest.mark.parametrize("reply", [httpx.Response(204), httpx.Response(200, text="OK, deleted")])
def test_delete_index_accepts_any_2xx_without_parsing(reply: httpx.Response) -> None:
    h = make_client(reply)
    assert h.client.indexes.delete(IDX) is None
    assert_common(h.recorder.last, "DELETE", f"/v1.3/indexes/{IDX}")
    assert h.recorder.last.content == b""


# ----------------------------------------------------------------------------- tasks


def test_create_task_with_url_is_multipart_with_lowercase_booleans() -> None:
    h = make_client(json_response(200, example("CreateTaskResponse")))
    result = h.client.tasks.create(
        IDX,
        video_url="https://cdn.example.com/v.mp4",
        enable_video_stream=False,
        user_metadata={"category": "safety", "reviewed": True, "shift": 2},
    )
    assert isinstance(result, CreateTaskResponse)
    request = h.recorder.last
    assert_common(request, "POST", "/v1.3/tasks")
    parts = multipart(request)
    assert fields(parts) == [
        ("index_id", IDX),
        ("video_url", "https://cdn.example.com/v.mp4"),
        ("enable_video_stream", "false"),
        ("user_metadata", '{"category":"safety","reviewed":true,"shift":2}'),
    ]
    assert all(p.filename is None for p in parts)  # no empty file part for the unused file


def test_create_task_uploads_a_path_with_filename_and_content_type(tmp_path: Path) -> None:
    video = tmp_path / "dock camera.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"x" * 1000)
    h = make_client(json_response(200, example("CreateTaskResponse")))
    h.client.tasks.create(IDX, video_file=video, enable_video_stream=True)
    parts = multipart(h.recorder.last)
    assert [p.name for p in parts] == ["index_id", "video_file", "enable_video_stream"]
    file_part = parts[1]
    assert file_part.filename == "dock camera.mp4"
    assert file_part.content_type == "video/mp4"
    assert file_part.data == video.read_bytes()
    assert parts[2].text == "true"


def test_create_task_uploads_bytes_and_open_files() -> None:
    h = make_client(json_response(200, example("CreateTaskResponse")))
    h.client.tasks.create(IDX, video_file=b"raw-bytes")
    h.client.tasks.create(IDX, video_file=io.BytesIO(b"from-a-buffer"))
    first, second = (multipart(r)[1] for r in h.recorder.requests)
    assert (first.filename, first.data) == ("upload", b"raw-bytes")
    assert (second.filename, second.data) == ("upload", b"from-a-buffer")
    assert first.content_type and second.content_type


def test_multipart_boundary_is_random_per_request() -> None:
    h = make_client(json_response(200, example("CreateTaskResponse")))
    h.client.tasks.create(IDX, video_url="https://cdn.example.com/a.mp4")
    h.client.tasks.create(IDX, video_url="https://cdn.example.com/a.mp4")
    first, second = (boundary(r) for r in h.recorder.requests)
    assert first != second
    assert "+++" not in (first, second)


def test_list_tasks_repeats_the_status_key() -> None:
    h = make_client(json_response(200, example("TaskList")))
    list(
        h.client.tasks.list(
            index_id=IDX,
            status=["ready", "indexing"],
            filename="dock.mp4",
            duration=12.5,
            width=1920,
            height=1080,
            page_limit=5,
            sort_option="desc",
        )
    )
    request = h.recorder.last
    assert_common(request, "GET", "/v1.3/tasks")
    assert query(request) == [
        ("page", "1"),
        ("page_limit", "5"),
        ("sort_option", "desc"),
        ("index_id", IDX),
        ("status", "ready"),
        ("status", "indexing"),
        ("filename", "dock.mp4"),
        ("duration", "12.5"),
        ("width", "1920"),
        ("height", "1080"),
    ]


def test_list_tasks_single_status() -> None:
    h = make_client(json_response(200, example("TaskList")))
    list(h.client.tasks.list(status="failed"))
    assert ("status", "failed") in query(h.recorder.last)


def test_retrieve_and_delete_task() -> None:
    h = make_client(json_response(200, example("Task")), httpx.Response(204))
    assert isinstance(h.client.tasks.retrieve(TASK), Task)
    assert h.client.tasks.delete(TASK) is None
    assert_common(h.recorder.requests[0], "GET", f"/v1.3/tasks/{TASK}")
    assert_common(h.recorder.requests[1], "DELETE", f"/v1.3/tasks/{TASK}")


# ----------------------------------------------------------------------------- imports


def test_start_import_json_body() -> None:
    h = make_client(json_response(201, example("ImportResult")))
    result = h.client.imports.start(
        INTEGRATION,
        index_id=IDX,
        incremental_import=False,
        retry_failed=True,
        user_metadata={"source": "s3", "batch": 3},
    )
    assert isinstance(result, ImportResult)
    request = h.recorder.last
    assert_common(request, "POST", f"/v1.3/tasks/transfers/import/{INTEGRATION}")
    assert json_body(request) == {
        "index_id": IDX,
        "incremental_import": False,
        "retry_failed": True,
        "user_metadata": {"source": "s3", "batch": 3},
    }


def test_start_import_minimal_body() -> None:
    h = make_client(json_response(200, example("ImportResult")))
    h.client.imports.start(INTEGRATION, index_id=IDX)
    assert json_body(h.recorder.last) == {"index_id": IDX}


def test_import_status_and_logs() -> None:
    h = make_client(
        json_response(200, example("ImportStatus")), json_response(200, example("ImportLogs"))
    )
    assert isinstance(h.client.imports.status(INTEGRATION, index_id=IDX), ImportStatus)
    assert isinstance(h.client.imports.logs(INTEGRATION), ImportLogs)
    status, logs = h.recorder.requests
    assert_common(status, "GET", f"/v1.3/tasks/transfers/import/{INTEGRATION}/status")
    assert query(status) == [("index_id", IDX)]
    assert_common(logs, "GET", f"/v1.3/tasks/transfers/import/{INTEGRATION}/logs")
    assert query(logs) == []


# ----------------------------------------------------------------------------- videos


def test_list_videos_ranges_exact_values_and_flattened_user_metadata() -> None:
    h = make_client(json_response(200, example("VideoList")))
    list(
        h.client.videos.list(
            IDX,
            page_limit=20,
            duration={"gte": 60, "lte": 700},
            width=1920,
            filename="dock.mp4",
            created_at={"gte": "2025-01-01T00:00:00Z"},
            user_metadata={"category": "onboarding", "needsReview": False, "batch": 3},
        )
    )
    request = h.recorder.last
    assert_common(request, "GET", f"/v1.3/indexes/{IDX}/videos")
    assert query(request) == [
        ("page", "1"),
        ("page_limit", "20"),
        ("filename", "dock.mp4"),
        ("duration[gte]", "60"),
        ("duration[lte]", "700"),
        ("width", "1920"),
        ("created_at[gte]", "2025-01-01T00:00:00Z"),
        ("category", "onboarding"),
        ("needsReview", "false"),
        ("batch", "3"),
    ]
    assert "duration%5Bgte%5D=60" in str(request.url)


def test_retrieve_video_repeats_embedding_option_and_lowercases_transcription() -> None:
    h = make_client(json_response(200, example("Video")))
    video = h.client.videos.retrieve(
        IDX, VID, embedding_option=["visual-text", "audio"], transcription=True
    )
    assert isinstance(video, Video)
    request = h.recorder.last
    assert_common(request, "GET", f"/v1.3/indexes/{IDX}/videos/{VID}")
    assert query(request) == [
        ("embedding_option", "visual-text"),
        ("embedding_option", "audio"),
        ("transcription", "true"),
    ]


def test_update_and_delete_video() -> None:
    # The live API answers 200 with an empty body, the 2025 one 204: both are success.
    h = make_client(httpx.Response(200), httpx.Response(204))
    h.client.videos.update(IDX, VID, user_metadata={"category": "x", "score": 0.5, "ok": True})
    h.client.videos.delete(IDX, VID)
    update, delete = h.recorder.requests
    assert_common(update, "PATCH", f"/v1.3/indexes/{IDX}/videos/{VID}")
    assert json_body(update) == {"user_metadata": {"category": "x", "score": 0.5, "ok": True}}
    assert_common(delete, "DELETE", f"/v1.3/indexes/{IDX}/videos/{VID}")


# ----------------------------------------------------------------------------- search


def test_search_text_repeats_search_options_and_sends_filter_as_one_json_part() -> None:
    h = make_client(json_response(200, example("SearchPage")))
    page = h.client.search.query(
        IDX,
        search_options=["visual", "audio"],
        query_text="a person driving a forklift",
        group_by="video",
        threshold="medium",
        sort_option="clip_count",
        operator="and",
        page_limit=20,
        filter={"duration": {"gte": 60}, "needsReview": False},
        adjust_confidence_level=0.7,
        include_user_metadata=True,
    )
    assert isinstance(page.first_page, SearchPage)  # query returns SearchResults
    request = h.recorder.last
    assert_common(request, "POST", "/v1.3/search")
    parts = multipart(request)
    assert all(p.filename is None for p in parts)
    assert fields(parts) == [
        ("index_id", IDX),
        ("search_options", "visual"),
        ("search_options", "audio"),
        ("query_text", "a person driving a forklift"),
        ("adjust_confidence_level", "0.7"),
        ("group_by", "video"),
        ("threshold", "medium"),
        ("sort_option", "clip_count"),
        ("operator", "and"),
        ("page_limit", "20"),
        ("filter", '{"duration":{"gte":60},"needsReview":false}'),
        ("include_user_metadata", "true"),
    ]


def test_search_with_an_image_file_defaults_the_media_type(tmp_path: Path) -> None:
    image = tmp_path / "forklift.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"p" * 100)
    h = make_client(json_response(200, example("SearchPage")))
    h.client.search.query(IDX, search_options="visual", query_media_file=image)
    parts = multipart(h.recorder.last)
    assert [p.name for p in parts] == [
        "index_id",
        "search_options",
        "query_media_type",
        "query_media_file",
    ]
    assert parts[2].text == "image"
    assert (parts[3].filename, parts[3].content_type) == ("forklift.png", "image/png")
    assert parts[3].data == image.read_bytes()


def test_search_with_an_image_url() -> None:
    h = make_client(json_response(200, example("SearchPage")))
    h.client.search.query(IDX, search_options=["visual"], query_media_url="https://x.test/a.jpg")
    assert fields(multipart(h.recorder.last)) == [
        ("index_id", IDX),
        ("search_options", "visual"),
        ("query_media_type", "image"),
        ("query_media_url", "https://x.test/a.jpg"),
    ]


def test_retrieve_search_page_quotes_the_token() -> None:
    h = make_client(json_response(200, example("SearchPage")))
    page = h.client.search.retrieve_page("tok/en=1", include_user_metadata=False)
    assert isinstance(page, SearchPage)
    assert_common(h.recorder.last, "GET", "/v1.3/search/tok%2Fen%3D1")
    assert query(h.recorder.last) == [("include_user_metadata", "false")]


# ----------------------------------------------------------------------------- embed


def test_create_embed_task_repeats_scope_parts() -> None:
    h = make_client(json_response(200, {"_id": EMB}))
    result = h.client.embed.tasks.create(
        video_url="https://cdn.example.com/teaser.mp4",
        video_clip_length=6,
        video_start_offset_sec=0,
        video_end_offset_sec=30.5,
        video_embedding_scope=["clip", "video"],
    )
    assert isinstance(result, CreatedResource) and result.id == EMB
    request = h.recorder.last
    assert_common(request, "POST", "/v1.3/embed/tasks")
    assert fields(multipart(request)) == [
        ("model_name", "Marengo-retrieval-2.7"),
        ("video_url", "https://cdn.example.com/teaser.mp4"),
        ("video_start_offset_sec", "0"),
        ("video_end_offset_sec", "30.5"),
        ("video_clip_length", "6"),
        ("video_embedding_scope", "clip"),
        ("video_embedding_scope", "video"),
    ]


def test_create_embed_task_with_a_file(tmp_path: Path) -> None:
    video = tmp_path / "clip.mov"
    video.write_bytes(b"m" * 2048)
    h = make_client(json_response(200, {"_id": EMB}))
    h.client.embed.tasks.create(video_file=str(video))
    parts = multipart(h.recorder.last)
    assert [p.name for p in parts] == ["model_name", "video_file"]
    assert (parts[1].filename, parts[1].content_type) == ("clip.mov", "video/quicktime")


def test_list_embed_tasks_single_status() -> None:
    h = make_client(json_response(200, example("EmbedTaskList")))
    list(
        h.client.embed.tasks.list(
            status="ready",
            started_at="2025-03-01T00:00:00Z",
            ended_at=dt.datetime(2025, 3, 2, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            page_limit=10,
        )
    )
    request = h.recorder.last
    assert_common(request, "GET", "/v1.3/embed/tasks")
    assert query(request) == [
        ("started_at", "2025-03-01T00:00:00Z"),
        ("ended_at", "2025-03-01T22:00:00Z"),
        ("status", "ready"),
        ("page", "1"),
        ("page_limit", "10"),
    ]


def test_embed_task_status_and_retrieve() -> None:
    h = make_client(
        json_response(200, example("EmbedTaskStatus")), json_response(200, example("EmbedTask"))
    )
    assert isinstance(h.client.embed.tasks.status(EMB), EmbedTaskStatus)
    assert isinstance(h.client.embed.tasks.retrieve(EMB, embedding_option="audio"), EmbedTask)
    status, retrieve = h.recorder.requests
    assert_common(status, "GET", f"/v1.3/embed/tasks/{EMB}/status")
    assert_common(retrieve, "GET", f"/v1.3/embed/tasks/{EMB}")
    assert query(retrieve) == [("embedding_option", "audio")]


def test_create_text_embedding_is_multipart_even_without_a_file() -> None:
    h = make_client(json_response(200, example("EmbeddingResponse")))
    result = h.client.embed.create(text="a forklift", text_truncate="none")
    assert isinstance(result, EmbeddingResponse)
    request = h.recorder.last
    assert_common(request, "POST", "/v1.3/embed")
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert fields(multipart(request)) == [
        ("model_name", "Marengo-retrieval-2.7"),
        ("text", "a forklift"),
        ("text_truncate", "none"),
    ]


def test_create_embedding_with_image_file_and_audio_url(tmp_path: Path) -> None:
    image = tmp_path / "frame.jpg"
    image.write_bytes(b"\xff\xd8" + b"j" * 64)
    h = make_client(json_response(200, example("EmbeddingResponse")))
    h.client.embed.create(
        image_file=image, audio_url="https://x.test/a.mp3", audio_start_offset_sec=2.5
    )
    parts = multipart(h.recorder.last)
    assert [(p.name, p.filename) for p in parts] == [
        ("model_name", None),
        ("image_file", "frame.jpg"),
        ("audio_url", None),
        ("audio_start_offset_sec", None),
    ]
    assert parts[1].content_type == "image/jpeg"
    assert parts[3].text == "2.5"


# ----------------------------------------------------------------------------- generate


def test_gist_sends_singular_types() -> None:
    h = make_client(json_response(200, example("Gist")))
    gist = h.client.generate.gist(VID, types=["title", "hashtag"])
    assert isinstance(gist, Gist)
    assert_common(h.recorder.last, "POST", "/v1.3/gist")
    assert json_body(h.recorder.last) == {"video_id": VID, "types": ["title", "hashtag"]}


@pytest.mark.parametrize(
    ("kind", "model"),
    [("summary", Summary), ("chapter", Chapters), ("highlight", Highlights)],
)
def test_summarize_returns_the_model_of_the_type_sent(kind: str, model: type) -> None:
    # The body carries no summarize_type: dispatch must come from the request.
    body = example(model.__name__)
    body.pop("summarize_type", None)
    h = make_client(json_response(200, body))
    result = h.client.generate.summarize(VID, type=kind, prompt="Keep it short", temperature=0.3)
    assert type(result) is model
    assert_common(h.recorder.last, "POST", "/v1.3/summarize")
    assert json_body(h.recorder.last) == {
        "video_id": VID,
        "type": kind,
        "prompt": "Keep it short",
        "temperature": 0.3,
    }


def test_summarize_sends_no_unset_fields() -> None:
    h = make_client(json_response(200, example("Summary")))
    h.client.generate.summarize(VID, type="summary")
    assert json_body(h.recorder.last) == {"video_id": VID, "type": "summary"}


def test_generate_text_sends_stream_false() -> None:
    h = make_client(json_response(200, example("GeneratedText")))
    result = h.client.generate.text(VID, prompt="What happens?")
    assert isinstance(result, GeneratedText)
    assert_common(h.recorder.last, "POST", "/v1.3/generate")
    assert json_body(h.recorder.last) == {
        "video_id": VID,
        "prompt": "What happens?",
        "stream": False,
    }


def test_generate_text_with_temperature() -> None:
    h = make_client(json_response(200, example("GeneratedText")))
    h.client.generate.text(VID, prompt="p", temperature=0)
    assert json_body(h.recorder.last)["temperature"] == 0
