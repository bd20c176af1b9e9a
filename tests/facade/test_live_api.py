"""The live API of 2026 through the facade: analyze (sync, stream, tasks), Embed v2, today's
search, the three error shapes, bodiless 2xx answers, and the retired 2025 operations.

Every test runs over the sync and the async client (``make``), against a recording mock
transport: what goes on the wire, what comes back, what is raised.
"""

from __future__ import annotations

import asyncio
import base64
import inspect
import json
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
from facade_support import example, fields, multipart, path, query
from test_async import AsyncRunner, SyncRunner
from twelvelabs_client import (
    AnalyzeResponse,
    AnalyzeStream,
    AnalyzeTask,
    AsyncAnalyzeStream,
    BadRequestError,
    CanceledAnalyzeTask,
    ConflictError,
    CreatedAnalyzeTask,
    CreatedEmbedV2Task,
    EmbedV2Response,
    EmbedV2Task,
    InvalidInputError,
    NotFoundError,
    StreamError,
    TaskFailedError,
    TruncatedOutputError,
    TwelveLabsError,
    UnexpectedResponseError,
    parse_json_output,
)
from twelvelabs_client.errors import SearchPageExpiredError
from twelvelabs_client.testing import FakeTwelveLabs

ASSET = "6a1f0b77c1d2e30012ab9f01"
TASK = "6a20aa01b2c3d40012e5f601"
EMB_TASK = "6a1f3a0b1c2d3e0012f4a5b6"
INDEX = "67b2c41e9d3f5a0e1c7a4b12"
VIDEO = "67b2c6d79d3f5a0e1c7a4b1f"
URL = "https://cdn.example.com/v/run.mp4"


@pytest.fixture(params=[SyncRunner, AsyncRunner], ids=["sync", "async"])
def make(request: pytest.FixtureRequest) -> type[SyncRunner]:
    runner: type[SyncRunner] = request.param
    return runner


def ok(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def body(request: httpx.Request) -> Any:
    return json.loads(request.content)


def envelope(status: int, code: str, message: str, details: Any = None) -> httpx.Response:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return httpx.Response(status, json={"error": error})


def ndjson(*lines: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, content=b"".join(json.dumps(x).encode() + b"\n" for x in lines))


# ----------------------------------------------------------------------------- analyze.text


def test_analyze_text_sends_only_what_was_given_and_stream_false(make: type[SyncRunner]) -> None:
    r = make(ok(example("AnalyzeResponse")))
    result = r.call(lambda c: c.analyze.text(video_url=URL, prompt="Describe"))
    (request,) = r.requests
    assert (request.method, path(request)) == ("POST", "/v1.3/analyze")
    # model_name, temperature, max_tokens: the server's defaults changed between versions,
    # so nothing is filled in.
    assert body(request) == {
        "video": {"type": "url", "url": URL},
        "prompt": "Describe",
        "stream": False,
    }
    assert isinstance(result, AnalyzeResponse)
    assert result.finish_reason == "stop"
    assert result.usage.output_tokens == 41


def test_analyze_text_sends_every_option(make: type[SyncRunner]) -> None:
    r = make(ok(example("AnalyzeResponse")))
    schema = {"type": "object", "properties": {"title": {"type": "string"}}}
    r.call(
        lambda c: c.analyze.text(
            asset_id=ASSET,
            prompt_v2={"input_text": "Is <@logo> shown?", "media_sources": []},
            model_name="pegasus1.6",
            temperature=0.5,
            max_tokens=2048,
            response_format={"type": "json_schema", "json_schema": schema},
            start_time=10,
            end_time=20.5,
        )
    )
    assert body(r.requests[0]) == {
        "model_name": "pegasus1.6",
        "video": {"type": "asset_id", "asset_id": ASSET},
        "prompt_v2": {"input_text": "Is <@logo> shown?", "media_sources": []},
        "temperature": 0.5,
        "stream": False,
        "response_format": {"type": "json_schema", "json_schema": schema},
        "max_tokens": 2048,
        "start_time": 10,
        "end_time": 20.5,
    }


def test_analyze_video_file_goes_inline_as_base64(make: type[SyncRunner], tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x01video bytes")
    r = make(ok(example("AnalyzeResponse")))
    r.call(lambda c: c.analyze.text(video_file=clip, prompt="p"))
    assert body(r.requests[0])["video"] == {
        "type": "base64_string",
        "base64_string": base64.b64encode(b"\x00\x01video bytes").decode(),
    }


def test_analyze_legacy_video_id_and_images(make: type[SyncRunner]) -> None:
    r = make(ok(example("AnalyzeResponse")))
    r.call(lambda c: c.analyze.text(video_id=VIDEO, prompt="p"))
    images = [{"name": "a", "url": "https://x.test/a.jpg"}, {"name": "b", "asset_id": ASSET}]
    r.call(lambda c: c.analyze.text(images=images, prompt="Compare <@a> and <@b>"))
    assert body(r.requests[0]) == {"video_id": VIDEO, "prompt": "p", "stream": False}
    assert body(r.requests[1])["image"] == images
    assert "video" not in body(r.requests[1])


def test_analyze_file_over_the_inline_limit_points_to_assets_upload(
    make: type[SyncRunner], tmp_path: Path
) -> None:
    big = tmp_path / "big.mp4"
    with open(big, "wb") as f:  # sparse: only the size is looked at before refusing
        f.truncate(30 * 1024 * 1024 // 4 * 3 + 1)
    r = make(ok(example("AnalyzeResponse")))
    with pytest.raises(InvalidInputError, match=r"client\.assets\.upload") as caught:
        r.call(lambda c: c.analyze.text(video_file=big, prompt="p"))
    assert caught.value.argument == "video_file"
    assert r.requests == []


def test_analyze_file_at_the_inline_limit_is_sent(make: type[SyncRunner]) -> None:
    data = b"x" * (30 * 1024 * 1024 // 4 * 3)  # encodes to exactly 30 MB
    r = make(ok(example("AnalyzeResponse")))
    r.call(lambda c: c.analyze.text(video_file=data, prompt="p"))
    assert len(body(r.requests[0])["video"]["base64_string"]) == 30 * 1024 * 1024


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        ({"prompt": "p"}, "video_url"),
        ({"prompt": "p", "video_url": URL, "asset_id": ASSET}, "asset_id"),
        ({"prompt": "p", "asset_id": ASSET, "images": [{"name": "a", "url": URL}]}, "images"),
        ({"asset_id": ASSET}, "prompt"),
        ({"asset_id": ASSET, "prompt": "p", "prompt_v2": {"input_text": "q"}}, "prompt"),
        ({"asset_id": ASSET, "prompt": "p", "start_time": 20, "end_time": 20}, "start_time"),
        ({"asset_id": ASSET, "prompt": "p", "temperature": 2}, "temperature"),
        ({"asset_id": ASSET, "prompt_v2": {"media_sources": []}}, "prompt_v2"),
        (
            {"asset_id": ASSET, "prompt": "p", "response_format": {"type": "yaml"}},
            "response_format",
        ),
        ({"images": [], "prompt": "p"}, "images"),
    ],
    ids=[
        "no source",
        "two sources",
        "video and images",
        "no prompt",
        "two prompts",
        "empty window",
        "temperature",
        "prompt_v2 without input_text",
        "unknown response format",
        "no images",
    ],
)
def test_analyze_refuses_what_no_model_accepts_before_sending(
    make: type[SyncRunner], kwargs: dict[str, Any], argument: str
) -> None:
    r = make(ok(example("AnalyzeResponse")))
    with pytest.raises(InvalidInputError) as caught:
        r.call(lambda c: c.analyze.text(**kwargs))
    assert caught.value.argument == argument
    assert r.requests == []


def test_analyze_model_dependent_limits_are_left_to_the_server(make: type[SyncRunner]) -> None:
    # A 2 s window and 100 tokens are refused by some models and not others.
    r = make(ok(example("AnalyzeResponse")))
    r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p", start_time=0, end_time=2))
    r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p", max_tokens=100))
    assert len(r.requests) == 2


def test_analyze_answer_with_only_its_id_and_an_unknown_finish_reason(
    make: type[SyncRunner],
) -> None:
    r = make(ok({"id": "g1"}), ok({"id": "g2", "finish_reason": "content_filter", "x": 1}))
    first = r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p"))
    second = r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p"))
    assert first.id == "g1" and not isinstance(first.data, str)
    assert second.finish_reason == "content_filter"
    assert second.additional_properties == {"x": 1}


def test_analyze_truncation_warning_is_the_result_error_and_no_python_warning(
    make: type[SyncRunner],
) -> None:
    answer = {
        "id": "g",
        "data": '{"title": "Morn',
        "finish_reason": "length",
        "usage": {"output_tokens": 512},
        "error": {"message": "output truncated"},
    }
    r = make(ok(answer))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        result = r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p", max_tokens=512))
    assert result.error.message == "output truncated"
    with pytest.raises(TruncatedOutputError) as caught:
        parse_json_output(result)
    assert isinstance(caught.value, UnexpectedResponseError)
    assert caught.value.text == '{"title": "Morn'
    assert caught.value.result is result


def test_parse_json_output(make: type[SyncRunner]) -> None:
    r = make(
        ok(example("AnalyzeResponse")), ok({"id": "g", "data": "plain", "finish_reason": "stop"})
    )
    result = r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p"))
    assert parse_json_output(result)["title"] == "Morning trail run"
    plain = r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p"))
    with pytest.raises(UnexpectedResponseError) as caught:
        parse_json_output(plain)
    assert not isinstance(caught.value, TruncatedOutputError)


def test_analyze_flat_errors_map_to_typed_errors(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(400, json={"code": "parameter_invalid", "message": "bad window"}))
    with pytest.raises(BadRequestError) as caught:
        r.call(lambda c: c.analyze.text(asset_id=ASSET, prompt="p"))
    assert (caught.value.code, caught.value.message, caught.value.details) == (
        "parameter_invalid",
        "bad window",
        None,
    )


# ----------------------------------------------------------------------------- analyze.stream

_START = {"event_type": "stream_start", "metadata": {"generation_id": "g1"}}
_TEXT = [
    {"event_type": "text_generation", "text": "A runner "},
    {"event_type": "text_generation", "text": "crosses."},
]
_END = {
    "event_type": "stream_end",
    "finish_reason": "length",
    "metadata": {"generation_id": "g1", "usage": {"output_tokens": 5, "input_tokens": 9}},
    "error": {"message": "cut at max_tokens"},
}


def test_analyze_stream_sends_stream_true_and_reads_the_end(make: type[SyncRunner]) -> None:
    r = make(ndjson(_START, *_TEXT, _END))
    events, stream = r.stream(lambda c: c.analyze.stream(asset_id=ASSET, prompt="Describe"))
    assert body(r.requests[0]) == {
        "video": {"type": "asset_id", "asset_id": ASSET},
        "prompt": "Describe",
        "stream": True,
    }
    assert isinstance(stream, AnalyzeStream | AsyncAnalyzeStream)
    assert [e.event_type for e in events] == [
        "stream_start",
        "text_generation",
        "text_generation",
        "stream_end",
    ]
    assert stream.text == "A runner crosses."
    assert stream.generation_id == "g1"
    assert stream.finish_reason == "length"
    assert stream.error.message == "cut at max_tokens"
    assert stream.usage.output_tokens == 5


def test_parse_json_output_of_a_truncated_stream(make: type[SyncRunner]) -> None:
    r = make(ndjson(_START, {"event_type": "text_generation", "text": '{"title": "Mor'}, _END))
    _, stream = r.stream(lambda c: c.analyze.stream(asset_id=ASSET, prompt="p"))
    with pytest.raises(TruncatedOutputError) as caught:
        parse_json_output(stream)
    assert caught.value.text == '{"title": "Mor'


def test_analyze_stream_end_without_optional_fields(make: type[SyncRunner]) -> None:
    r = make(ndjson(*_TEXT, {"event_type": "stream_end"}))
    _, stream = r.stream(lambda c: c.analyze.stream(asset_id=ASSET, prompt="p"))
    assert stream.finished
    assert (stream.finish_reason, stream.error, stream.usage) == (None, None, None)


def test_analyze_stream_without_stream_end_is_an_error(make: type[SyncRunner]) -> None:
    r = make(ndjson(_START, *_TEXT))
    with pytest.raises(StreamError, match="stream_end"):
        r.stream(lambda c: c.analyze.stream(asset_id=ASSET, prompt="p"))


def test_analyze_stream_refuses_bad_input_at_the_call(make: type[SyncRunner]) -> None:
    r = make(ndjson(_END))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.analyze.stream(prompt="p"))
    assert r.requests == []


# ----------------------------------------------------------------------------- analyze.tasks


def test_analyze_task_create_sends_segments_and_is_parsed(make: type[SyncRunner]) -> None:
    r = make(ok(example("CreatedAnalyzeTask"), 202))
    segments = {
        "type": "segment_definitions",
        "segment_definitions": [
            {
                "id": "goal",
                "description": "A goal is scored",
                "fields": [{"name": "team", "description": "who", "type": "string"}],
            }
        ],
    }
    created = r.call(
        lambda c: c.analyze.tasks.create(
            asset_id=ASSET,
            custom_id="clip-12",
            analysis_mode="time_based_metadata",
            response_format=segments,
            max_tokens="unlimited",
            min_segment_duration=4,
            model_name="pegasus1.6",
        )
    )
    (request,) = r.requests
    assert (request.method, path(request)) == ("POST", "/v1.3/analyze/tasks")
    assert body(request) == {
        "model_name": "pegasus1.6",
        "custom_id": "clip-12",
        "video": {"type": "asset_id", "asset_id": ASSET},
        "analysis_mode": "time_based_metadata",
        "max_tokens": "unlimited",
        "response_format": segments,
        "min_segment_duration": 4,
    }
    assert isinstance(created, CreatedAnalyzeTask)
    assert (created.task_id, created.status) == (TASK, "queued")


def test_analyze_task_create_general_prompt(make: type[SyncRunner]) -> None:
    r = make(ok({"task_id": TASK, "status": "pending"}, 202))
    r.call(lambda c: c.analyze.tasks.create(video_url=URL, prompt="p", max_tokens=4096))
    assert body(r.requests[0]) == {
        "video": {"type": "url", "url": URL},
        "prompt": "p",
        "max_tokens": 4096,
    }


def test_analyze_tasks_list_sends_the_filters(make: type[SyncRunner]) -> None:
    page = example("AnalyzeTaskList")
    page["page_info"]["total_page"] = 1
    r = make(ok(page))
    tasks = r.items(
        lambda c: c.analyze.tasks.list(
            status="ready", video_url=URL, asset_id=ASSET, analysis_mode="general", page_limit=5
        )
    )
    request = r.requests[0]
    assert (request.method, path(request)) == ("GET", "/v1.3/analyze/tasks")
    assert sorted(query(request)) == sorted(
        [
            ("page", "1"),
            ("page_limit", "5"),
            ("status", "ready"),
            ("video_url", URL),
            ("asset_id", ASSET),
            ("analysis_mode", "general"),
        ]
    )
    assert tasks and all(isinstance(t, AnalyzeTask) for t in tasks)


def test_analyze_task_retrieve_with_only_required_fields_and_unknown_status(
    make: type[SyncRunner],
) -> None:
    minimal = {
        "task_id": TASK,
        "custom_id": None,
        "status": "archived",
        "created_at": "2026-07-29T10:02:11Z",
    }
    r = make(ok(example("AnalyzeTask")), ok(minimal))
    full = r.call(lambda c: c.analyze.tasks.retrieve(TASK))
    bare = r.call(lambda c: c.analyze.tasks.retrieve(TASK))
    assert path(r.requests[0]) == f"/v1.3/analyze/tasks/{TASK}"
    assert full.custom_id == "batch-7_clip-12"
    assert json.loads(full.result.data)["goal"][0]["metadata"] == {"team": "home"}
    assert bare.status == "archived" and bare.custom_id is None


def test_analyze_task_retrieve_envelope_404(make: type[SyncRunner]) -> None:
    r = make(envelope(404, "resource_not_exist", "No analyze task", {"task_id": TASK}))
    with pytest.raises(NotFoundError) as caught:
        r.call(lambda c: c.analyze.tasks.retrieve(TASK))
    error = caught.value
    assert (error.code, error.message, error.details) == (
        "resource_not_exist",
        "No analyze task",
        {"task_id": TASK},
    )


@pytest.mark.parametrize("reply", [httpx.Response(200), httpx.Response(204)], ids=["200", "204"])
def test_analyze_task_delete_empty_2xx_is_success(
    make: type[SyncRunner], reply: httpx.Response
) -> None:
    r = make(reply)
    assert r.call(lambda c: c.analyze.tasks.delete(TASK)) is None
    assert (r.requests[0].method, path(r.requests[0])) == ("DELETE", f"/v1.3/analyze/tasks/{TASK}")


def test_analyze_task_delete_while_processing_is_a_conflict(make: type[SyncRunner]) -> None:
    r = make(envelope(409, "task_processing", "still processing"))
    with pytest.raises(ConflictError) as caught:
        r.call(lambda c: c.analyze.tasks.delete(TASK))
    assert caught.value.code == "task_processing"


def test_analyze_task_cancel(make: type[SyncRunner]) -> None:
    r = make(ok({"task_id": TASK, "status": "canceled"}))
    canceled = r.call(lambda c: c.analyze.tasks.cancel(TASK))
    assert (r.requests[0].method, path(r.requests[0])) == (
        "POST",
        f"/v1.3/analyze/tasks/{TASK}/cancel",
    )
    assert isinstance(canceled, CanceledAnalyzeTask) and canceled.status == "canceled"


def _task(status: str, **extra: Any) -> httpx.Response:
    return ok(
        {
            "task_id": TASK,
            "custom_id": None,
            "status": status,
            "created_at": "2026-07-29T10:02:11Z",
            **extra,
        }
    )


def test_analyze_task_wait_polls_until_ready(make: type[SyncRunner]) -> None:
    result = {
        "generation_id": "g",
        "data": "text",
        "finish_reason": "stop",
        "usage": {"output_tokens": 1},
    }
    r = make(_task("queued"), _task("pending"), _task("processing"), _task("ready", result=result))
    seen: list[str] = []
    task = r.call(lambda c: c.analyze.tasks.wait(TASK, on_update=lambda t: seen.append(t.status)))
    assert task.status == "ready" and task.result.data == "text"
    assert seen == ["queued", "pending", "processing", "ready"]
    assert r.time.sleeps == [2.0, 4.0, 8.0]


@pytest.mark.parametrize("status", ["failed", "canceled"])
def test_analyze_task_wait_failed_or_canceled_raises(make: type[SyncRunner], status: str) -> None:
    r = make(
        _task("processing"), _task(status, error={"message": "no luck", "code": "user_canceled"})
    )
    with pytest.raises(TaskFailedError, match="no luck") as caught:
        r.call(lambda c: c.analyze.tasks.wait(TASK, poll_interval=1))
    assert caught.value.task.status == status
    assert caught.value.task.error.message == "no luck"


def test_analyze_task_create_and_wait(make: type[SyncRunner]) -> None:
    r = make(ok({"task_id": TASK, "status": "queued"}, 202), _task("processing"), _task("ready"))
    task = r.call(
        lambda c: c.analyze.tasks.create_and_wait(asset_id=ASSET, prompt="p", poll_interval=3)
    )
    assert task.status == "ready"
    assert [q.method for q in r.requests] == ["POST", "GET", "GET"]
    assert r.time.sleeps == [3]


def test_analyze_task_create_and_wait_checks_everything_first(make: type[SyncRunner]) -> None:
    r = make(ok({"task_id": TASK, "status": "queued"}, 202))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.analyze.tasks.create_and_wait(asset_id=ASSET, prompt="p", timeout=-1))
    with pytest.raises(InvalidInputError):
        r.call(lambda c: c.analyze.tasks.create_and_wait(prompt="p"))
    assert r.requests == []


# ----------------------------------------------------------------------------- embed.v2


def test_embed_v2_text_sends_the_default_model(make: type[SyncRunner]) -> None:
    r = make(ok(example("EmbedV2Response")))
    result = r.call(lambda c: c.embed.v2.create("text", text={"input_text": "a goal"}))
    (request,) = r.requests
    assert (request.method, path(request)) == ("POST", "/v1.3/embed-v2")
    assert body(request) == {
        "input_type": "text",
        "model_name": "marengo3.0",
        "text": {"input_text": "a goal"},
    }
    assert isinstance(result, EmbedV2Response)
    vector = result.data[0].embedding
    assert type(vector) is list and all(type(x) is float for x in vector)


def test_embed_v2_video_with_a_local_file_sends_base64(
    make: type[SyncRunner], tmp_path: Path
) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"clip")
    r = make(ok(example("EmbedV2Response")))
    r.call(
        lambda c: c.embed.v2.create(
            "video",
            model_name="marengo3.5",
            video={
                "media_source": {"file": clip},
                "embedding_option": ["visual", "audio"],
                "segmentation": {"strategy": "fixed", "fixed": {"duration_sec": 6}},
            },
            embedding_dimension=256,
        )
    )
    assert body(r.requests[0]) == {
        "input_type": "video",
        "model_name": "marengo3.5",
        "video": {
            "media_source": {"base64_string": base64.b64encode(b"clip").decode()},
            "embedding_option": ["visual", "audio"],
            "segmentation": {"strategy": "fixed", "fixed": {"duration_sec": 6}},
        },
        "embedding_dimension": 256,
    }


def test_embed_v2_multi_input_files_are_encoded(make: type[SyncRunner]) -> None:
    r = make(ok(example("EmbedV2Response")))
    r.call(
        lambda c: c.embed.v2.create(
            "multi_input",
            multi_input={
                "input_text": "<@a> at night",
                "media_sources": [{"name": "a", "media_type": "image", "file": b"png"}],
            },
        )
    )
    assert body(r.requests[0])["multi_input"]["media_sources"] == [
        {"name": "a", "media_type": "image", "base64_string": base64.b64encode(b"png").decode()}
    ]


@pytest.mark.parametrize(
    ("kind", "limit"), [("image", 32 * 1024 * 1024), ("audio", 36 * 1024 * 1024)]
)
def test_embed_v2_inline_limits(
    make: type[SyncRunner], tmp_path: Path, kind: str, limit: int
) -> None:
    big = tmp_path / "big.bin"
    with open(big, "wb") as f:
        f.truncate(limit // 4 * 3 + 1)
    r = make(ok(example("EmbedV2Response")))
    with pytest.raises(InvalidInputError, match=r"client\.assets\.upload"):
        r.call(lambda c: c.embed.v2.create(kind, **{kind: {"media_source": {"file": big}}}))
    assert r.requests == []


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda c: c.embed.v2.create("text"), "text"),
        (lambda c: c.embed.v2.create("text", text={"input_text": "a"}, image={}), "image"),
        (lambda c: c.embed.v2.create("smell", text={"input_text": "a"}), "input_type"),
        (lambda c: c.embed.v2.create("text", text={}), "text"),
        (
            lambda c: c.embed.v2.create(
                "image", image={"media_source": {"file": b"x", "url": URL}}
            ),
            "image.media_source",
        ),
    ],
    ids=[
        "missing input",
        "extra input",
        "unknown input type",
        "missing input_text",
        "file and url",
    ],
)
def test_embed_v2_refuses_bad_input(make: type[SyncRunner], call: Any, argument: str) -> None:
    r = make(ok(example("EmbedV2Response")))
    with pytest.raises(InvalidInputError) as caught:
        r.call(call)
    assert caught.value.argument == argument
    assert r.requests == []


def test_embed_v2_unknown_enum_values_and_absent_fields_are_kept(make: type[SyncRunner]) -> None:
    answer = {
        "data": [{"embedding": [0.5, -1], "embedding_option": "smell", "embedding_scope": "page"}]
    }
    r = make(ok(answer))
    result = r.call(lambda c: c.embed.v2.create("text", text={"input_text": "a"}))
    item = result.data[0]
    assert (item.embedding_option, item.embedding_scope) == ("smell", "page")
    assert item.embedding == [0.5, -1.0]
    assert not isinstance(result.metadata, dict)  # absent, not null


def test_embed_v2_envelope_errors(make: type[SyncRunner]) -> None:
    r = make(
        envelope(400, "parameter_invalid", "media unreachable", {"field": "video.media_source"})
    )
    with pytest.raises(BadRequestError) as caught:
        r.call(lambda c: c.embed.v2.create("text", text={"input_text": "a"}))
    assert caught.value.details == {"field": "video.media_source"}
    assert caught.value.code == "parameter_invalid"


def test_embed_v2_task_create(make: type[SyncRunner]) -> None:
    r = make(ok(example("CreatedEmbedV2Task"), 202))
    created = r.call(
        lambda c: c.embed.v2.tasks.create(
            "audio", audio={"media_source": {"asset_id": ASSET}, "embedding_option": ["audio"]}
        )
    )
    (request,) = r.requests
    assert (request.method, path(request)) == ("POST", "/v1.3/embed-v2/tasks")
    assert body(request) == {
        "input_type": "audio",
        "model_name": "marengo3.0",
        "audio": {"media_source": {"asset_id": ASSET}, "embedding_option": ["audio"]},
    }
    assert isinstance(created, CreatedEmbedV2Task) and created.id == EMB_TASK


def test_embed_v2_task_refuses_local_files(make: type[SyncRunner]) -> None:
    r = make(ok(example("CreatedEmbedV2Task"), 202))
    with pytest.raises(InvalidInputError, match=r"client\.assets\.upload"):
        r.call(lambda c: c.embed.v2.tasks.create("video", video={"media_source": {"file": b"v"}}))
    assert r.requests == []


def test_embed_v2_tasks_list_retrieve_and_wait(make: type[SyncRunner]) -> None:
    page = example("EmbedV2TaskList")
    page["page_info"]["total_page"] = 1
    processing = {"_id": EMB_TASK, "status": "processing", "data": None}
    r = make(ok(page), ok(example("EmbedV2Task")), ok(processing), ok(example("EmbedV2Task")))
    listed = r.items(
        lambda c: c.embed.v2.tasks.list(status="ready", started_at="2026-07-01T00:00:00Z")
    )
    assert listed[0].id == EMB_TASK
    assert path(r.requests[0]) == "/v1.3/embed-v2/tasks"
    assert ("status", "ready") in query(r.requests[0])
    assert ("started_at", "2026-07-01T00:00:00Z") in query(r.requests[0])
    task = r.call(lambda c: c.embed.v2.tasks.retrieve(EMB_TASK))
    assert isinstance(task, EmbedV2Task) and task.status == "ready"
    assert path(r.requests[1]) == f"/v1.3/embed-v2/tasks/{EMB_TASK}"
    waited = r.call(lambda c: c.embed.v2.tasks.wait(EMB_TASK))
    assert waited.status == "ready" and waited.data
    assert r.time.sleeps == [1.0]


def test_embed_v2_task_wait_failed(make: type[SyncRunner]) -> None:
    failed = {
        "_id": EMB_TASK,
        "status": "failed",
        "data": None,
        "error": {"message": "could not process"},
    }
    r = make(ok(failed))
    with pytest.raises(TaskFailedError) as caught:
        r.call(lambda c: c.embed.v2.tasks.wait(EMB_TASK))
    assert caught.value.task.status == "failed"


def test_embed_v2_task_create_and_wait(make: type[SyncRunner]) -> None:
    r = make(ok(example("CreatedEmbedV2Task"), 202), ok(example("EmbedV2Task")))
    task = r.call(
        lambda c: c.embed.v2.tasks.create_and_wait("video", video={"media_source": {"url": URL}})
    )
    assert task.status == "ready"
    assert [q.method for q in r.requests] == ["POST", "GET"]


# ----------------------------------------------------------------------------- search


def _page(items: list[dict[str, Any]]) -> httpx.Response:
    return ok({"data": items, "page_info": {"limit_per_page": 10, "total_results": len(items)}})


def test_search_transcription_options_and_ignored_params_still_sent(make: type[SyncRunner]) -> None:
    r = make(_page([{"video_id": VIDEO, "start": 1, "end": 2, "rank": 1, "transcription": "goal"}]))
    items = r.items(
        lambda c: c.search.query(
            INDEX,
            search_options=["visual", "transcription"],
            transcription_options=["lexical"],
            query_text="goal",
            threshold="high",
            adjust_confidence_level=0.5,
            sort_option="score",
        )
    )
    sent = fields(multipart(r.requests[0]))
    assert ("search_options", "transcription") in sent
    assert ("transcription_options", "lexical") in sent
    assert ("threshold", "high") in sent
    assert ("adjust_confidence_level", "0.5") in sent
    assert ("sort_option", "score") in sent
    assert items[0].rank == 1 and items[0].transcription == "goal"


def test_search_with_ten_image_urls_repeats_the_part(make: type[SyncRunner]) -> None:
    urls = [f"https://x.test/{i}.jpg" for i in range(10)]
    r = make(_page([]))
    r.items(lambda c: c.search.query(INDEX, search_options="visual", query_media_url=urls))
    sent = fields(multipart(r.requests[0]))
    assert [v for k, v in sent if k == "query_media_url"] == urls
    assert ("query_media_type", "image") in sent


def test_search_with_several_image_files(make: type[SyncRunner]) -> None:
    r = make(_page([]))
    r.items(
        lambda c: c.search.query(
            INDEX, search_options="visual", query_media_file=[("a.jpg", b"A"), ("b.png", b"B")]
        )
    )
    files = [p for p in multipart(r.requests[0]) if p.name == "query_media_file"]
    assert [(p.filename, p.data) for p in files] == [("a.jpg", b"A"), ("b.png", b"B")]


def test_search_refuses_eleven_images(make: type[SyncRunner]) -> None:
    r = make(_page([]))
    with pytest.raises(InvalidInputError, match="at most 10"):
        r.call(lambda c: c.search.query(INDEX, search_options="visual", query_media_url=[URL] * 11))
    assert r.requests == []


def test_search_items_keep_score_from_older_servers(make: type[SyncRunner]) -> None:
    r = make(
        _page([{"video_id": VIDEO, "start": 1, "end": 2, "score": 83.2, "confidence": "high"}])
    )
    (item,) = r.items(lambda c: c.search.query(INDEX, search_options="visual", query_text="x"))
    assert (item.score, item.confidence) == (83.2, "high")


def test_search_page_error_code_integer_shape(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(400, json={"error_code": 5, "message": "token expired"}))
    with pytest.raises(SearchPageExpiredError) as caught:
        r.call(lambda c: c.search.retrieve_page("tok-1"))
    assert (caught.value.code, caught.value.message) == ("5", "token expired")


# ----------------------------------------------------------------------------- empty 2xx


@pytest.mark.parametrize("status", [200, 204])
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.indexes.delete(INDEX),
        lambda c: c.indexes.update(INDEX, index_name="n"),
        lambda c: c.tasks.delete(TASK),
        lambda c: c.videos.delete(INDEX, VIDEO),
        lambda c: c.analyze.tasks.delete(TASK),
    ],
    ids=["delete index", "update index", "delete task", "delete video", "delete analyze task"],
)
def test_every_delete_and_update_takes_an_empty_2xx(
    make: type[SyncRunner], call: Any, status: int
) -> None:
    r = make(httpx.Response(status))
    assert r.call(call) is None


# ----------------------------------------------------------------------------- retired


RETIRED = [
    ("generate.gist", "client.analyze.text", lambda c: c.generate.gist(VIDEO, types="title")),
    (
        "generate.summarize",
        "client.analyze.text",
        lambda c: c.generate.summarize(VIDEO, type="summary"),
    ),
    ("generate.text", "client.analyze.text", lambda c: c.generate.text(VIDEO, prompt="p")),
    ("generate.stream", "client.analyze.stream", lambda c: c.generate.stream(VIDEO, prompt="p")),
    (
        "imports.start",
        "client.assets.upload",
        lambda c: c.imports.start("int-1", index_id=INDEX),
    ),
    ("imports.status", "client.assets.upload", lambda c: c.imports.status("int-1", index_id=INDEX)),
    ("imports.logs", "client.assets.upload", lambda c: c.imports.logs("int-1")),
    (
        "imports.wait",
        "client.assets.upload",
        lambda c: c.imports.wait("int-1", index_id=INDEX, poll_interval=1),
    ),
]


@pytest.mark.parametrize(("method", "replacement", "call"), RETIRED, ids=[m for m, _, _ in RETIRED])
def test_retired_methods_warn_once_naming_the_replacement(
    make: type[SyncRunner], method: str, replacement: str, call: Any
) -> None:
    r = make(httpx.Response(200, json={}))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = call(r.client)
        except TwelveLabsError:
            result = None  # the answer does not matter here, only the warning
        if inspect.iscoroutine(result):
            result.close()  # the async call warned when it was made
    retired = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(retired) == 1
    assert method in str(retired[0].message) and replacement in str(retired[0].message)
    assert retired[0].filename == __file__  # points at the caller


@pytest.mark.parametrize("status", [404, 410])
def test_a_retired_route_answering_404_or_410_says_what_to_call(
    make: type[SyncRunner], status: int
) -> None:
    r = make(httpx.Response(status, json={"code": "not_found", "message": "no such route"}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(NotFoundError, match=r"retired POST /gist.*client\.analyze\.text"):
            r.call(lambda c: c.generate.gist(VIDEO, types="title"))
        with pytest.raises(NotFoundError, match=r"retired .*client\.assets\.upload"):
            r.call(lambda c: c.imports.logs("int-1"))


def test_a_404_from_a_live_route_is_a_plain_not_found(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(404, json={"code": "resource_not_exist", "message": "no video"}))
    with pytest.raises(NotFoundError) as caught:
        r.call(lambda c: c.videos.retrieve(INDEX, VIDEO))
    assert "retired" not in str(caught.value)


def test_marked_for_deprecation_methods_do_not_warn(make: type[SyncRunner]) -> None:
    r = make(ok(example("EmbeddingResponse")))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r.call(lambda c: c.embed.create(text="x"))


def test_marked_for_deprecation_docstrings() -> None:
    from twelvelabs_client.resources import embed, tasks, videos

    for text in (
        embed.EmbedMethods.create.__doc__,
        embed.EmbedTasks.__doc__,
        tasks.__doc__,
        videos.__doc__,
    ):
        assert text and "deprecation" in " ".join(text.split())


def test_a_fake_without_retired_routes_gives_the_migration_message() -> None:
    fake = FakeTwelveLabs(retired_routes=False)
    video_id = fake.add_video(fake.create_index("legacy"), filename="ferry.mp4")
    with fake.client() as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(NotFoundError, match=r"retired POST /generate.*client\.analyze\.text"):
            client.generate.text(video_id, prompt="p")
        with pytest.raises(NotFoundError, match=r"retired POST /summarize"):
            client.generate.summarize(video_id, type="summary")
        # ... while the replacement answers.
        assert client.analyze.text(video_id=video_id, prompt="p").data


def test_async_client_against_the_fake_analyzes_and_embeds() -> None:
    fake = FakeTwelveLabs()
    asset_id = fake.add_asset(filename="goal.mp4", duration=30, transcript="a late goal")

    async def tour() -> tuple[Any, Any, Any]:
        async with fake.async_client() as client:
            answer = await client.analyze.text(asset_id=asset_id, prompt="What happens?")
            job = await client.analyze.tasks.create_and_wait(asset_id=asset_id, prompt="p")
            vectors = await client.embed.v2.create("text", text={"input_text": "late goal"})
            return answer, job, vectors

    answer, job, vectors = asyncio.run(tour())
    assert "goal" in answer.data.lower()
    assert job.status == "ready" and job.result.data
    assert len(vectors.data[0].embedding) == 512
