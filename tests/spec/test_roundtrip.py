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
    """Schemas of every 2xx body, every stream event, and both error shapes, as listed in the spec."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    names = {"Error", "ErrorEnvelope"}
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


def test_nullable_timestamps_parse_or_keep_what_was_sent() -> None:
    sent = {**EXAMPLES["Index"], "expires_at": "2025-05-04T15:02:11Z"}
    assert models.Index.from_dict(sent).expires_at == dt.datetime(
        2025, 5, 4, 15, 2, 11, tzinfo=dt.UTC
    )
    # Not a timestamp: a nullable one is kept as the API sent it (the generator's rule).
    odd = {**EXAMPLES["Index"], "expires_at": "soon"}
    assert models.Index.from_dict(odd).expires_at == "soon"
    assert models.Index.from_dict(odd).to_dict()["expires_at"] == "soon"


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
    error = models.Error.from_dict({**VARIANTS["Error"][0], "request_id": "r1"})
    assert error.additional_properties == {"request_id": "r1"}


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
    (
        "Task",
        {"_id": "t", "index_id": "i", "status": "ready"},
        lambda m: m.status,
        "KnownTaskStatus",
        "ready",
    ),
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
        {"model_name": "pegasus1.2", "model_options": ["visual"]},
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
        {"_id": "i", "index_name": "n", "models": [], "addons": ["thumbnail"]},
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
        "Highlights",
        {"id": "s", "highlights": [], "summarize_type": "highlight"},
        lambda m: m.summarize_type,
        "KnownSummarizeType",
        "highlight",
    ),
    # 2026
    (
        "CreatedAnalyzeTask",
        {"task_id": "t", "status": "canceled"},
        lambda m: m.status,
        "KnownAnalyzeTaskStatus",
        "canceled",
    ),
    (
        "AnalyzeTaskRequestParams",
        {"analysis_mode": "general"},
        lambda m: m.analysis_mode,
        "KnownAnalysisMode",
        "general",
    ),
    (
        "AnalyzeVideoSource",
        {"type": "video_id"},
        lambda m: m.type_,
        "KnownAnalyzeVideoSourceType",
        "video_id",
    ),
    (
        "AnalyzeRequest",
        {"model_name": "pegasus1.6"},
        lambda m: m.model_name,
        "KnownAnalyzeModelName",
        "pegasus1.6",
    ),
    (
        "EmbedV2Request",
        {"input_type": "text", "model_name": "marengo3.5"},
        lambda m: m.model_name,
        "KnownEmbedV2ModelName",
        "marengo3.5",
    ),
    (
        "EmbedV2Data",
        {"embedding": [0.5], "embedding_option": "fused"},
        lambda m: m.embedding_option,
        "KnownEmbedV2Option",
        "fused",
    ),
    (
        "EmbedV2Data",
        {"embedding": [0.5], "embedding_scope": "asset"},
        lambda m: m.embedding_scope,
        "KnownEmbedV2Scope",
        "asset",
    ),
    (
        "Asset",
        {"_id": "a", "status": "ready"},
        lambda m: m.status,
        "KnownAssetStatus",
        "ready",
    ),
    (
        "Asset",
        {"_id": "a", "status": "x", "method": "multipart"},
        lambda m: m.method,
        "KnownAssetMethod",
        "multipart",
    ),
    (
        "AssetHls",
        {"status": "pending"},
        lambda m: m.status,
        "KnownAssetRenditionStatus",
        "pending",
    ),
    (
        "AssetTranscription",
        {"status": "ready"},
        lambda m: m.status,
        "KnownAssetTranscriptionStatus",
        "ready",
    ),
    (
        "MultipartUploadStatus",
        {"status": "completed"},
        lambda m: m.status,
        "KnownMultipartUploadState",
        "completed",
    ),
    (
        "UploadedChunk",
        {"status": "failed"},
        lambda m: m.status,
        "KnownChunkState",
        "failed",
    ),
    (
        "IndexedAsset",
        {"_id": "i", "status": "indexing"},
        lambda m: m.status,
        "KnownIndexedAssetStatus",
        "indexing",
    ),
    (
        "EmbedV2Task",
        {"_id": "e", "status": "ready", "data": None},
        lambda m: m.status,
        "KnownEmbedV2TaskStatus",
        "ready",
    ),
]

_UNKNOWN_VALUE = {
    "KnownTaskStatus": "processing_v2",
    "KnownHlsStatus": "PROCESSING_V2",
    "KnownEmbedTaskStatus": "queued_v2",
    "KnownEmbedModelName": "marengo4.0",
    "KnownIndexModelName": "marengo4.0",
    "KnownModelOption": "audio-v2",
    "KnownIndexAddon": "logo",
    "KnownEmbeddingOption": "visual-v2",
    "KnownEmbeddingScope": "asset",
    "KnownSummarizeType": "outline",
    "KnownFinishReason": "content_filter",
    "KnownAnalyzeTaskStatus": "paused_v2",
    "KnownAnalysisMode": "batch_mode_v2",
    "KnownAnalyzeVideoSourceType": "connector",
    "KnownAnalyzeModelName": "pegasus2.0",
    "KnownEmbedV2ModelName": "marengo4.0",
    "KnownEmbedV2Option": "smell",
    "KnownEmbedV2Scope": "chapter",
    "KnownEmbedV2TaskStatus": "archived_v2",
    "KnownAssetStatus": "quarantined_v2",
    "KnownAssetMethod": "dropbox_v2",
    "KnownAssetRenditionStatus": "queued_v2",
    "KnownAssetTranscriptionStatus": "archived_v2",
    "KnownMultipartUploadState": "paused_v2",
    "KnownChunkState": "verifying_v2",
    "KnownIndexedAssetStatus": "reindexing_v2",
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
        models.SearchOption("smell")
    assert {m.value for m in models.SearchOption} == {"visual", "audio", "transcription"}
    assert {m.value for m in models.TranscriptionOption} == {"lexical", "semantic"}
    with pytest.raises(ValueError):
        models.AnalysisMode("segments")
    assert {m.value for m in models.GistType} == {"title", "topic", "hashtag"}
    assert {m.value for m in models.EmbeddingOption} == {
        "visual-text",
        "visual",
        "audio",
        "transcription",
    }


# ------------------------------------------------------------------ the 2026 API


def test_required_fields_are_plain_attributes() -> None:
    """Fields the API always sends parse to plain values; a body without one raises KeyError
    (the facade turns that into UnexpectedResponseError naming the field)."""
    index = models.Index.from_dict(EXAMPLES["Index"])
    assert isinstance(index.index_name, str) and isinstance(index.models[0].model_options, list)
    video = models.Video.from_dict(EXAMPLES["Video"])
    assert video.system_metadata.filename == "forklift-safety-briefing.mp4"
    page = models.TaskList.from_dict(EXAMPLES["TaskList"]).page_info
    assert (page.page, page.limit_per_page, page.total_page, page.total_results) == (1, 10, 1, 2)
    clip = models.SearchPage.from_dict(EXAMPLES["SearchPage"]).data[0]
    assert isinstance(clip, models.SearchClip) and (clip.start, clip.end) == (0, 12.5)
    body = {k: v for k, v in EXAMPLES["Index"].items() if k != "index_name"}
    with pytest.raises(KeyError, match="index_name"):
        models.Index.from_dict(body)


def test_analyze_request_sends_only_what_is_given() -> None:
    body = models.AnalyzeRequest(
        video=models.AnalyzeVideoUrl(type_="url", url="https://cdn.example.com/a.mp4"),
        prompt="Describe it",
        stream=False,
    ).to_dict()
    assert body == {
        "video": {"type": "url", "url": "https://cdn.example.com/a.mp4"},
        "prompt": "Describe it",
        "stream": False,
    }
    parsed = models.AnalyzeRequest.from_dict(
        {"video": {"type": "asset_id", "asset_id": "a1"}, "max_tokens": 512}
    )
    assert isinstance(parsed.video, models.AnalyzeVideoAssetId)
    assert parsed.video.asset_id == "a1"


def test_analyze_task_token_budget_may_be_unlimited() -> None:
    request = models.CreateAnalyzeTaskRequest.from_dict(
        {"max_tokens": "unlimited", "analysis_mode": "time_based_metadata"}
    )
    assert request.max_tokens == models.UnlimitedTokens.UNLIMITED
    assert models.CreateAnalyzeTaskRequest(max_tokens=2048).to_dict() == {"max_tokens": 2048}
    echoed = models.AnalyzeTask.from_dict(VARIANTS["AnalyzeTask"][2]).request_params
    assert isinstance(echoed, models.AnalyzeTaskRequestParams)
    assert echoed.max_tokens == "unlimited"


def test_analyze_task_nulls_and_absent_fields() -> None:
    from twelvelabs_generated.types import UNSET

    listed = models.AnalyzeTaskList.from_dict(EXAMPLES["AnalyzeTaskList"]).data
    assert listed[0].custom_id is None
    source = listed[0].video_source
    assert isinstance(source, models.AnalyzeVideoSource)
    assert source.asset_id is None and source.system_metadata is None
    failed = listed[1]
    assert failed.video_source is UNSET and failed.result is UNSET
    assert isinstance(failed.error, models.ProcessingError) and failed.error.code is UNSET
    canceled = models.AnalyzeTask.from_dict(VARIANTS["AnalyzeTask"][1])
    assert canceled.video_source is None and canceled.request_params is None
    assert canceled.batch_id == "6a21000000000000000000aa"
    ready = models.AnalyzeTask.from_dict(EXAMPLES["AnalyzeTask"])
    assert isinstance(ready.result, models.AnalyzeTaskResult)
    assert ready.result.usage.input_tokens == 40311
    assert ready.webhooks[1].last_error == "connection refused"


def test_analyze_truncation_warning_is_typed() -> None:
    result = models.AnalyzeResponse.from_dict(VARIANTS["AnalyzeResponse"][0])
    assert result.finish_reason == models.KnownFinishReason.LENGTH
    assert result.error.message == "The output was truncated at max_tokens."
    end = models.AnalyzeStreamEndEvent.from_dict(VARIANTS["AnalyzeStreamEndEvent"][0])
    assert end.error.message == "Output truncated."
    with pytest.raises(ValueError):
        models.AnalyzeStreamEndEvent.from_dict(EXAMPLES["StreamStartEvent"])


def test_embed_v2_vectors_are_plain_floats_and_text_vectors_have_nulls() -> None:
    data = models.EmbedV2Response.from_dict(EXAMPLES["EmbedV2Response"]).data
    assert len(data[0].embedding) == 512 and all(isinstance(x, float) for x in data[0].embedding)
    text = models.EmbedV2Response.from_dict(VARIANTS["EmbedV2Response"][0]).data[0]
    assert text.embedding_option is None and text.start_sec is None
    pending = models.EmbedV2Task.from_dict(VARIANTS["EmbedV2Task"][0])
    assert pending.data is None


def test_embed_v2_request_shapes() -> None:
    body = models.EmbedV2Request(
        input_type=models.EmbedV2InputType.VIDEO,
        model_name="marengo3.0",
        video=models.EmbedV2VideoInput(
            media_source=models.MediaSource(asset_id="a1"),
            segmentation=models.FixedSegmentation(
                strategy="fixed", fixed=models.FixedSegmentationSettings(duration_sec=6)
            ),
            embedding_option=[models.EmbedV2VideoOption.VISUAL],
        ),
    ).to_dict()
    assert body == {
        "input_type": "video",
        "model_name": "marengo3.0",
        "video": {
            "media_source": {"asset_id": "a1"},
            "segmentation": {"strategy": "fixed", "fixed": {"duration_sec": 6}},
            "embedding_option": ["visual"],
        },
    }


def test_search_request_repeats_transcription_options_and_query_images() -> None:
    request = models.SearchRequest(
        index_id="i",
        search_options=[models.SearchOption.TRANSCRIPTION],
        transcription_options=[models.TranscriptionOption.LEXICAL],
        query_media_url=["https://a.example/1.png", "https://a.example/2.png"],
    )
    parts = [(name, value[1]) for name, value in request.to_multipart()]
    assert ("transcription_options", b"lexical") in parts
    assert [v for n, v in parts if n == "query_media_url"] == [
        b"https://a.example/1.png",
        b"https://a.example/2.png",
    ]
    single = models.SearchRequest(index_id="i", search_options=[], query_media_url="u")
    assert next(v for n, v in single.to_multipart() if n == "query_media_url")[1] == b"u"


def test_envelope_errors_parse() -> None:
    envelope = models.ErrorEnvelope.from_dict(EXAMPLES["ErrorEnvelope"])
    assert envelope.error.code == "task_in_progress"
    assert envelope.error.details.additional_properties == {"status": "processing"}
    from twelvelabs_generated.types import UNSET

    flat = models.Error.from_dict(VARIANTS["Error"][0])
    assert flat.error_code == 400 and flat.code is UNSET


def test_asset_fields_and_metadata_lists() -> None:
    from twelvelabs_generated.types import UNSET

    asset = models.Asset.from_dict(EXAMPLES["Asset"])
    assert asset.size == 184320512 and asset.duration == 612.4
    assert asset.user_metadata.additional_properties["tags"] == ["outdoor", "dawn"]
    tech = asset.technical_metadata
    assert tech.video_streams[0].codec == "h264" and tech.audio_streams[0].channels == 2
    created = models.Asset.from_dict(VARIANTS["Asset"][0])
    assert created.technical_metadata is UNSET and created.hls is UNSET
    failed = models.Asset.from_dict(VARIANTS["Asset"][1])
    assert failed.error.message == "The file could not be decoded."


def test_multipart_upload_shapes() -> None:
    from twelvelabs_generated.types import UNSET

    upload = models.MultipartUpload.from_dict(EXAMPLES["MultipartUpload"])
    assert [u.chunk_index for u in upload.upload_urls] == [1, 2]
    assert upload.upload_headers.additional_properties == {}
    assert models.ReportChunksResponse.from_dict(EXAMPLES["ReportChunksResponse"]).url is UNSET
    done = models.ReportChunksResponse.from_dict(VARIANTS["ReportChunksResponse"][0])
    assert done.url.endswith("source.mp4") and done.total_completed == 37
    status = models.MultipartUploadStatus.from_dict(EXAMPLES["MultipartUploadStatus"])
    assert status.uploaded_chunks[1].uploaded_at is None
    assert status.uploaded_chunks[1].error == "ETag mismatch"
    body = models.ReportChunksRequest(
        completed_chunks=[
            models.CompletedChunk(
                chunk_index=1,
                proof="9b2cf535f27731c974343645a3985328",
                proof_type=models.ChunkProofType.ETAG,
                chunk_size=5242880,
            )
        ]
    ).to_dict()
    assert body == {
        "completed_chunks": [
            {
                "chunk_index": 1,
                "proof": "9b2cf535f27731c974343645a3985328",
                "proof_type": "etag",
                "chunk_size": 5242880,
            }
        ]
    }


def test_indexed_asset_and_metadata_patch() -> None:
    from twelvelabs_generated.types import UNSET

    listed = models.IndexedAssetList.from_dict(EXAMPLES["IndexedAssetList"]).data
    assert listed[1].system_metadata is UNSET and listed[1].indexed_at is UNSET
    detailed = models.IndexedAsset.from_dict(EXAMPLES["IndexedAsset"])
    assert len(detailed.embedding.video_embedding.segments[0].float_) == 512
    assert models.IndexedAsset.from_dict(VARIANTS["IndexedAsset"][1]).transcription is None
    patch = models.UserMetadataPatch.from_dict({"camera": None, "take": 4})
    assert models.UpdateIndexedAssetRequest(user_metadata=patch).to_dict() == {
        "user_metadata": {"camera": None, "take": 4}
    }


def _schemas() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        schemas: dict[str, Any] = yaml.safe_load(fh)["components"]["schemas"]
    return schemas


def _minimal(body: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k in schema.get("required", [])}


@pytest.mark.parametrize("name", [n for n in RESPONSE_SCHEMAS if n != "Error"])
def test_bodies_with_every_optional_field_absent(name: str) -> None:
    """Only the required top-level fields: nothing more is needed to parse, nothing is added."""
    schema = _schemas()[name]
    body = _minimal(EXAMPLES[name], schema)
    parsed = getattr(models, name).from_dict(body)
    assert normalize(parsed.to_dict()) == normalize(body)


NEW_2026_ENUM_CASES = [
    ("AnalyzeStreamEndEvent", lambda m: m.finish_reason, "content_filter"),
    ("CanceledAnalyzeTask", lambda m: m.status, "canceling_v2"),
    ("AnalyzeTaskList", lambda m: m.data[0].status, "paused_v2"),
    ("CreatedEmbedV2Task", lambda m: m.status, "queued_v2"),
    ("EmbedV2TaskList", lambda m: m.data[0].status, "archived_v2"),
    ("AssetList", lambda m: m.data[0].method, "dropbox_v2"),
    ("IncompleteMultipartUploadList", lambda m: m.data[0].status, "paused_v2"),
    ("IndexedAssetList", lambda m: m.data[0].status, "reindexing_v2"),
    ("AnalyzeTask", lambda m: m.status, "paused_v2"),
    ("EmbedV2Task", lambda m: m.status, "archived_v2"),
    ("Asset", lambda m: m.status, "quarantined_v2"),
    ("AssetTranscription", lambda m: m.status, "archived_v2"),
    ("MultipartUploadStatus", lambda m: m.uploaded_chunks[0].status, "verifying_v2"),
    ("IndexedAsset", lambda m: m.status, "reindexing_v2"),
    ("EmbedV2Response", lambda m: m.data[0].embedding_option, "smell"),
    ("AnalyzeResponse", lambda m: m.finish_reason, "content_filter"),
]


@pytest.mark.parametrize(("name", "get", "value"), NEW_2026_ENUM_CASES)
def test_unknown_2026_enum_values_parse_as_plain_strings(
    name: str, get: Callable[[Any], Any], value: str
) -> None:
    body = next(b for b in VARIANTS[name] if value in json.dumps(b))
    parsed = getattr(models, name).from_dict(body)
    assert type(get(parsed)) is str and get(parsed) == value
