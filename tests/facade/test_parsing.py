"""What comes back: each response shape parsed through the client into the generated models."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import httpx
import pytest
from facade_support import example, examples, json_response, make_client
from twelvelabs_client import (
    Chapters,
    Highlights,
    SearchClip,
    SearchVideoGroup,
    Summary,
    UnexpectedResponseError,
)
from twelvelabs_generated import models
from twelvelabs_generated.models import KnownTaskStatus
from twelvelabs_generated.types import UNSET

IDX = examples.INDEX_ID
VID = examples.VIDEO_ID


def _client(body: Any, status: int = 200) -> Any:
    return make_client(json_response(status, body)).client


def test_index_with_null_expiry_addons_and_millisecond_timestamps() -> None:
    index = _client(example("Index")).indexes.retrieve(IDX)
    assert index.id == IDX
    assert index.expires_at is None
    assert index.addons == ["thumbnail"]
    assert isinstance(index.total_duration, float) or index.total_duration == 1834.5
    assert index.video_count == 12
    assert [m.model_name for m in index.models] == ["marengo2.7", "pegasus1.2"]


def test_index_from_the_future_keeps_unknown_names_and_fields() -> None:
    index = _client(examples.VARIANTS["Index"][0]).indexes.retrieve(IDX)
    assert index.addons is UNSET  # absent, not an error
    assert index.models[0].model_name == "marengo3.0"
    assert index.models[0].model_options == ["visual", "audio-v2"]
    assert index.additional_properties == {"region": "us-west-2"}
    assert index.total_duration == 0


def test_a_parsed_model_owns_its_unknown_fields_and_leaves_the_body_as_it_was() -> None:
    body = {**example("Index"), "region": "us-west-2"}
    body["models"] = [{**body["models"][0], "tier": "gold"}, *body["models"][1:]]
    before = copy.deepcopy(body)
    index = models.Index.from_dict(body)
    assert body == before
    assert index.additional_properties == {"region": "us-west-2"}
    assert index.models[0].additional_properties == {"tier": "gold"}
    assert index.models[1].additional_properties == {}
    index.additional_properties["region"] = "eu"
    index.models[1].additional_properties["x"] = 1
    assert body == before
    assert models.Index.from_dict(example("Index")).additional_properties == {}
    tags = {"topic": "cats", "views": 3}
    metadata = models.UserMetadata.from_dict(tags)
    metadata["topic"] = "dogs"
    assert tags == {"topic": "cats", "views": 3}
    assert metadata.additional_properties == {"topic": "dogs", "views": 3}


def test_listed_index_models_read_after_the_client_is_closed() -> None:
    # Index.models is built when first read (types.build_on_first_read): that needs nothing
    # from the client, and gives the same models as a retrieve.
    client = _client(example("IndexList"))
    listed = list(client.indexes.list())
    client.close()
    assert listed and all(type(index.models) is list for index in listed)
    expected = [models.IndexModel.from_dict(m) for m in example("IndexList")["data"][0]["models"]]
    assert listed[0].models == expected


@pytest.mark.parametrize(
    "bad_models",
    [[{"model_options": ["visual"]}], [{"model_name": "marengo3.0", "model_options": 3}], [7]],
)
def test_a_malformed_index_model_fails_the_call_not_a_later_read(bad_models: Any) -> None:
    body = example("IndexList")
    body["data"][1]["models"] = bad_models
    with pytest.raises(UnexpectedResponseError):
        list(_client(body).indexes.list())
    with pytest.raises(UnexpectedResponseError):
        _client({**example("Index"), "models": bad_models}).indexes.retrieve(IDX)


def test_task_parses_enums_and_both_timestamp_forms() -> None:
    task = _client(example("Task")).tasks.retrieve(examples.TASK_ID)
    assert task.status == KnownTaskStatus.READY and task.status == "ready"
    assert task.hls.status == "COMPLETE"
    assert task.created_at == dt.datetime(2025, 2, 17, 9, 44, 51, 207000, tzinfo=dt.UTC)
    variant = _client(examples.VARIANTS["Task"][0]).tasks.retrieve(examples.TASK_ID)
    assert variant.created_at == dt.datetime(2025, 2, 17, 10, 3, tzinfo=dt.UTC)
    assert variant.hls.status == "PROCESSING_V2"  # unknown value kept as a string
    assert variant.hls.video_url is None
    assert variant.system_metadata.duration == 60


def test_task_list_item_without_video_id_and_with_an_unknown_status() -> None:
    tasks = list(_client(example("TaskList")).tasks.list())
    assert tasks[1].video_id is UNSET
    assert tasks[1].status == "processing_v2"
    assert not isinstance(tasks[1].status, KnownTaskStatus)
    assert tasks[0].hls is UNSET


def test_video_with_embeddings_transcription_and_int_looking_floats() -> None:
    video = _client(example("Video")).videos.retrieve(IDX, VID)
    assert video.system_metadata.fps == 30
    segment = video.embedding.video_embedding.segments[0]
    assert segment.start_offset_sec == 0 and segment.end_offset_sec == 6
    assert len(segment.float_) == 1024
    assert video.transcription[0].start == 0
    assert video.user_metadata.additional_properties["needsReview"] is False
    assert video.hls.video_url is None
    assert video.created_at == dt.datetime(2025, 2, 17, 9, 44, 51, tzinfo=dt.UTC)


def test_video_with_null_transcription_and_no_optional_blocks() -> None:
    video = _client(examples.VARIANTS["Video"][0]).videos.retrieve(IDX, VID)
    assert video.transcription is None
    assert video.hls is UNSET and video.embedding is UNSET and video.user_metadata is UNSET


def test_video_list_items_with_and_without_user_metadata() -> None:
    body = example("VideoList")
    body["data"][0]["brand_new_field"] = {"nested": [1, 2]}
    videos = list(_client(body).videos.list(IDX))
    assert videos[0].additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert videos[0].user_metadata is UNSET
    assert videos[1].user_metadata.additional_properties == {"category": "recentlyAdded"}
    assert videos[1].system_metadata.fps == 29.97


def test_search_clip_page_and_grouped_page() -> None:
    page = _client(example("SearchPage")).search.retrieve_page("t")
    assert all(isinstance(item, SearchClip) for item in page.data)
    assert page.data[0].score == 84.31 and page.data[0].start == 0
    assert page.page_info.next_page_token == examples.NEXT_PAGE_TOKEN
    assert page.search_pool.total_count == 12
    grouped = _client(examples.VARIANTS["SearchPage"][0]).search.retrieve_page("t")
    assert all(isinstance(item, SearchVideoGroup) for item in grouped.data)
    assert grouped.data[0].id == VID
    assert grouped.page_info.total_inner_matches == 2


def test_last_search_page_has_no_next_token() -> None:
    last = examples.VARIANTS["SearchPage"][1]
    page = _client(last).search.retrieve_page("t")
    assert page.page_info.next_page_token is UNSET


def test_embedding_response_with_a_failed_modality() -> None:
    result = _client(example("EmbeddingResponse")).embed.create(text="x")
    assert len(result.text_embedding.segments[0].float_) == 1024
    assert result.audio_embedding.segments[1].start_offset_sec == 10
    variant = _client(examples.VARIANTS["EmbeddingResponse"][0]).embed.create(text="x")
    failed = [
        block
        for block in (variant.text_embedding, variant.image_embedding, variant.audio_embedding)
        if block is not UNSET and block.error_message is not UNSET
    ]
    assert failed


def test_embed_task_list_with_unknown_status_and_scope() -> None:
    tasks = list(_client(example("EmbedTaskList")).embed.tasks.list())
    assert tasks[1].status == "queued_v2"
    assert tasks[1].model_name == "marengo3.0"
    assert tasks[1].video_embedding.metadata.video_embedding_scope == ["asset"]


def test_embed_task_status_nested_metadata() -> None:
    status = _client(example("EmbedTaskStatus")).embed.tasks.status(examples.EMBED_TASK_ID)
    assert status.status == "processing"
    assert status.video_embedding.metadata.video_clip_length == 6


def test_import_shapes() -> None:
    client = make_client(
        json_response(201, example("ImportResult")),
        json_response(200, example("ImportStatus")),
        json_response(200, example("ImportLogs")),
    ).client
    result = client.imports.start("int", index_id=IDX)
    assert result.failed_files[0].filename == "corrupt.avi"
    status = client.imports.status("int", index_id=IDX)
    assert status.validating == [] and status.ready[0].video_id == VID
    logs = client.imports.logs("int")
    assert logs.data[1].ended_at is None
    assert logs.data[0].video_status.failed == 1


def test_gist_plural_keys() -> None:
    gist = _client(example("Gist")).generate.gist(VID, types=["title", "topic", "hashtag"])
    assert gist.topics and gist.hashtags and gist.title
    assert gist.usage.output_tokens == 38


@pytest.mark.parametrize(
    ("kind", "cls"), [("summary", Summary), ("chapter", Chapters), ("highlight", Highlights)]
)
def test_summarize_dispatches_on_the_type_sent_even_if_the_body_says_otherwise(
    kind: str, cls: type
) -> None:
    body = example(cls.__name__)
    body["summarize_type"] = "something_else"
    result = _client(body).generate.summarize(VID, type=kind)
    assert type(result) is cls


def test_chapters_start_at_zero_with_fractional_times() -> None:
    chapters = _client(example("Chapters")).generate.summarize(VID, type="chapter")
    assert chapters.chapters[0].chapter_number == 0
    assert chapters.chapters[1].end == 180.25


def test_generated_text_keeps_unknown_fields() -> None:
    body = example("GeneratedText")
    body["reasoning_trace"] = None
    text = _client(body).generate.text(VID, prompt="p")
    assert text.data.startswith("The video shows")
    assert text.usage.output_tokens == 14
    assert text.additional_properties == {"reasoning_trace": None}


def test_an_empty_2xx_on_a_no_content_route_is_fine() -> None:
    h = make_client(httpx.Response(204, headers={"content-type": "application/json"}))
    assert h.client.videos.delete(IDX, VID) is None
