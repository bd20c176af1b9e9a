"""Every response schema round-trips realistic wire bodies through the generated models.

``Model.from_dict(body).to_dict()`` must give back the body: unknown fields kept, unknown enum
values kept as plain strings, absent fields left absent, nulls kept where allowed. Timestamps
are compared by value (the models re-render them with ``datetime.isoformat``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from twelvelabs_generated import models

from .examples import EXAMPLES, VARIANTS

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "twelvelabs-v1.3.yaml"
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _response_schema_names() -> set[str]:
    """Schemas of every 2xx body, every stream event, and Error, as listed in the spec."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    names = {"Error"}
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for code, response in op["responses"].items():
                if not code.startswith("2") or "content" not in response:
                    continue
                schema = response["content"]["application/json"]["schema"]
                for member in schema.get("anyOf", [schema]):
                    names.add(member["$ref"].rsplit("/", 1)[-1])
            for event in op.get("x-stream", {}).get("events", []):
                names.add(event["$ref"].rsplit("/", 1)[-1])
    return names


RESPONSE_SCHEMAS = sorted(_response_schema_names())
CASES = [(name, body) for name, body in EXAMPLES.items()] + [
    (name, body) for name, bodies in VARIANTS.items() for body in bodies
]


def normalize(value: Any) -> Any:
    """Timestamps become aware datetimes so that `Z` and `+00:00`, `.463` and `.463000` compare equal."""
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return dt.datetime.fromisoformat(value)
    return value


def test_every_response_schema_has_an_example() -> None:
    assert set(RESPONSE_SCHEMAS) <= set(EXAMPLES)
    assert set(VARIANTS) <= set(EXAMPLES)


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_response_schema_has_a_model(name: str) -> None:
    assert hasattr(getattr(models, name), "from_dict")


@pytest.mark.parametrize(
    ("name", "body"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)]
)
def test_roundtrip(name: str, body: dict[str, Any]) -> None:
    model_cls = getattr(models, name)
    original = json.loads(json.dumps(body))  # exactly what a JSON decoder would hand over
    parsed = model_cls.from_dict(original)
    out = parsed.to_dict()
    json.dumps(out)  # still JSON-serialisable
    assert normalize(out) == normalize(body)
    assert original == json.loads(json.dumps(body)), "from_dict must not mutate its input"


def test_timestamps_parse_with_and_without_milliseconds() -> None:
    index = models.Index.from_dict(EXAMPLES["Index"])
    assert index.created_at == dt.datetime(2025, 2, 17, 9, 41, 18, 463000, tzinfo=dt.UTC)
    video = models.Video.from_dict(EXAMPLES["Video"])
    assert video.created_at == dt.datetime(2025, 2, 17, 9, 44, 51, tzinfo=dt.UTC)
    assert index.expires_at is None


def test_ids_and_keywords_map_to_python_names() -> None:
    task = models.Task.from_dict(EXAMPLES["Task"])
    assert task.id == EXAMPLES["Task"]["_id"]
    segment = models.EmbedTask.from_dict(EXAMPLES["EmbedTask"]).video_embedding.segments[0]
    assert len(segment.float_) == 1024
    assert models.SummarizeRequest(video_id="v", type_=models.SummarizeType.CHAPTER).to_dict() == {
        "video_id": "v",
        "type": "chapter",
    }


def test_absent_fields_stay_unset_and_nulls_stay_none() -> None:
    from twelvelabs_generated.types import UNSET

    page = models.SearchPage.from_dict(VARIANTS["SearchPage"][1])
    assert page.page_info.next_page_token is UNSET
    assert page.page_info.prev_page_token
    video = models.Video.from_dict(VARIANTS["Video"][0])
    assert video.transcription is None
    assert video.hls is UNSET
    logs = models.ImportLogs.from_dict(EXAMPLES["ImportLogs"])
    assert logs.data[1].ended_at is None


def test_search_items_become_clips_or_video_groups() -> None:
    clips = models.SearchPage.from_dict(EXAMPLES["SearchPage"]).data
    assert all(isinstance(item, models.SearchClip) for item in clips)
    grouped = models.SearchPage.from_dict(VARIANTS["SearchPage"][0]).data
    assert all(isinstance(item, models.SearchVideoGroup) for item in grouped)
    assert isinstance(grouped[0].clips[0], models.SearchClip)
    late = models.SearchPage.from_dict(VARIANTS["SearchPage"][1]).data[0]
    assert isinstance(late, models.SearchClip)
    assert late.rank == 11 and late.confidence == "extremely low"


def test_unknown_fields_are_kept() -> None:
    text = models.GeneratedText.from_dict(VARIANTS["GeneratedText"][1])
    assert text.additional_properties == {"model": "pegasus1.5"}
    assert models.Index.from_dict(VARIANTS["Index"][0]).additional_properties == {
        "region": "us-west-2"
    }
    error = models.Error.from_dict(VARIANTS["Error"][0])
    assert error.additional_properties == {"error_code": 400}


def test_forward_compat_fields_are_typed() -> None:
    text = models.GeneratedText.from_dict(VARIANTS["GeneratedText"][0])
    assert text.finish_reason == models.KnownFinishReason.LENGTH
    assert text.usage.input_tokens == 2318
    end = models.StreamEndEvent.from_dict(VARIANTS["StreamEndEvent"][1])
    assert end.finish_reason == models.KnownFinishReason.LENGTH
    chapter = models.Chapters.from_dict(VARIANTS["Chapters"][0]).chapters[0]
    assert (chapter.start, chapter.end_sec) == (0, 64.5)
    assert models.Video.from_dict(VARIANTS["Video"][1]).asset_id == "68a1b2c3d4e5f60718293a4a"
    task = models.EmbedTask.from_dict(VARIANTS["EmbedTask"][0])
    assert task.updated_at == dt.datetime(2024, 3, 1, 0, 6, 40, tzinfo=dt.UTC)
    audio = models.EmbeddingResponse.from_dict(VARIANTS["EmbeddingResponse"][1]).audio_embedding
    assert audio.segments[1].end_offset_sec == 14.6


def test_stream_events_check_their_event_type() -> None:
    start = models.StreamStartEvent.from_dict(EXAMPLES["StreamStartEvent"])
    assert start.metadata.generation_id == EXAMPLES["StreamStartEvent"]["metadata"]["generation_id"]
    with pytest.raises(ValueError):
        models.StreamStartEvent.from_dict(EXAMPLES["StreamEndEvent"])


# (model, body, read the field, known enum class, expected known member)
_KNOWN: list[tuple[str, dict[str, Any], Callable[[Any], Any], Any, str]] = [
    ("Task", {"_id": "t", "status": "ready"}, lambda m: m.status, "KnownTaskStatus", "ready"),
    ("Hls", {"status": "COMPLETE"}, lambda m: m.status, "KnownHlsStatus", "COMPLETE"),
    (
        "EmbedTask",
        {"_id": "e", "status": "processing"},
        lambda m: m.status,
        "KnownEmbedTaskStatus",
        "processing",
    ),
    (
        "EmbedTaskStatus",
        {"_id": "e", "model_name": "Marengo-retrieval-2.7"},
        lambda m: m.model_name,
        "KnownEmbedModelName",
        "Marengo-retrieval-2.7",
    ),
    (
        "IndexModel",
        {"model_name": "pegasus1.2"},
        lambda m: m.model_name,
        "KnownIndexModelName",
        "pegasus1.2",
    ),
    (
        "IndexModel",
        {"model_name": "marengo2.7", "model_options": ["audio"]},
        lambda m: m.model_options[0],
        "KnownModelOption",
        "audio",
    ),
    (
        "Index",
        {"_id": "i", "addons": ["thumbnail"]},
        lambda m: m.addons[0],
        "KnownIndexAddon",
        "thumbnail",
    ),
    (
        "VideoEmbeddingSegment",
        {"embedding_option": "visual-text"},
        lambda m: m.embedding_option,
        "KnownEmbeddingOption",
        "visual-text",
    ),
    (
        "VideoEmbeddingSegment",
        {"embedding_scope": "clip"},
        lambda m: m.embedding_scope,
        "KnownEmbeddingScope",
        "clip",
    ),
    (
        "EmbedTaskMetadata",
        {"video_embedding_scope": ["video"]},
        lambda m: m.video_embedding_scope[0],
        "KnownEmbeddingScope",
        "video",
    ),
    (
        "GeneratedText",
        {"id": "g", "finish_reason": "stop"},
        lambda m: m.finish_reason,
        "KnownFinishReason",
        "stop",
    ),
    (
        "StreamEndEvent",
        {"event_type": "stream_end", "finish_reason": "length"},
        lambda m: m.finish_reason,
        "KnownFinishReason",
        "length",
    ),
    (
        "Summary",
        {"id": "s", "summarize_type": "summary"},
        lambda m: m.summarize_type,
        "KnownSummarizeType",
        "summary",
    ),
]

_UNKNOWN_VALUE = {
    "KnownTaskStatus": "processing_v2",
    "KnownHlsStatus": "PROCESSING_V2",
    "KnownEmbedTaskStatus": "queued_v2",
    "KnownEmbedModelName": "marengo3.0",
    "KnownIndexModelName": "marengo3.0",
    "KnownModelOption": "transcription",
    "KnownIndexAddon": "logo",
    "KnownEmbeddingOption": "visual",
    "KnownEmbeddingScope": "asset",
    "KnownSummarizeType": "outline",
    "KnownFinishReason": "content_filter",
}


@pytest.mark.parametrize(("name", "body", "get", "enum_name", "member"), _KNOWN)
def test_open_enums(
    name: str, body: dict[str, Any], get: Callable[[Any], Any], enum_name: str, member: str
) -> None:
    model_cls = getattr(models, name)
    enum_cls = getattr(models, enum_name)

    known = get(model_cls.from_dict(body))
    assert isinstance(known, enum_cls)
    assert known == enum_cls(member)

    unknown_body = json.loads(
        json.dumps(body).replace(json.dumps(member), json.dumps(_UNKNOWN_VALUE[enum_name]))
    )
    parsed = model_cls.from_dict(unknown_body)
    unknown = get(parsed)
    assert type(unknown) is str and not isinstance(unknown, enum_cls)
    assert unknown == _UNKNOWN_VALUE[enum_name]
    assert parsed.to_dict() == unknown_body


def test_request_enums_are_closed() -> None:
    with pytest.raises(ValueError):
        models.SearchOption("transcription")
    assert {m.value for m in models.SearchOption} == {"visual", "audio"}
    assert {m.value for m in models.GistType} == {"title", "topic", "hashtag"}
    assert {m.value for m in models.EmbeddingOption} == {"visual-text", "audio"}
