"""The official SDK (``twelvelabs==1.3.6``, pinned in the test extra) against the served fake:
analyze (plain and streamed), analyze tasks, embed v2 and search. This is what backs the
README's word that other clients can use the fake."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from twelvelabs import TwelveLabs
from twelvelabs.core.api_error import ApiError as SdkApiError
from twelvelabs_client.testing import FakeTwelveLabs

VIDEO_URL = "https://cdn.example.com/v/harbor-tour.mp4"


@pytest.fixture
def served() -> Iterator[tuple[FakeTwelveLabs, TwelveLabs]]:
    fake = FakeTwelveLabs()
    with fake.serve() as base_url:
        yield fake, TwelveLabs(api_key=fake.api_key, base_url=base_url, timeout=10)


def test_analyze_plain_and_streamed(served: tuple[FakeTwelveLabs, TwelveLabs]) -> None:
    fake, sdk = served
    result = sdk.analyze(
        video={"type": "url", "url": VIDEO_URL}, prompt="What happens?", temperature=0.2
    )
    assert result.finish_reason == "stop"
    assert "Harbor Tour" in (result.data or "")
    assert result.usage is not None and result.usage.output_tokens > 0
    assert fake.requests[-1].json["stream"] is False

    events = list(
        sdk.analyze_stream(video={"type": "url", "url": VIDEO_URL}, prompt="What happens?")
    )
    kinds = [e.event_type for e in events]
    assert kinds[0] == "stream_start" and kinds[-1] == "stream_end"
    text = "".join(e.text or "" for e in events if e.event_type == "text_generation")
    assert text == result.data
    assert fake.requests[-1].json["stream"] is True


def test_analyze_truncation_reaches_the_sdk(served: tuple[FakeTwelveLabs, TwelveLabs]) -> None:
    _, sdk = served
    result = sdk.analyze(
        video={"type": "url", "url": VIDEO_URL},
        prompt="Describe every scene.",
        model_name="pegasus1.2",
        max_tokens=10,
    )
    assert result.finish_reason == "length"
    assert result.error is not None and result.error.message


def test_analyze_tasks(served: tuple[FakeTwelveLabs, TwelveLabs]) -> None:
    fake, sdk = served
    created = sdk.analyze_async.tasks.create(
        video={"type": "url", "url": VIDEO_URL}, prompt="Summarize", custom_id="job-1"
    )
    assert created.status == "queued"
    listed = sdk.analyze_async.tasks.list(status="queued")
    assert [t.task_id for t in listed.data] == [created.task_id]
    assert listed.page_info is not None and listed.page_info.total_results == 1
    fake.settle()
    task = sdk.analyze_async.tasks.retrieve(created.task_id)
    assert task.status == "ready" and task.custom_id == "job-1"
    assert task.result is not None and "Harbor Tour" in task.result.data
    sdk.analyze_async.tasks.delete(created.task_id)
    with pytest.raises(SdkApiError) as raised:
        sdk.analyze_async.tasks.retrieve(created.task_id)
    assert raised.value.status_code == 404

    other = sdk.analyze_async.tasks.create(video={"type": "url", "url": VIDEO_URL}, prompt="x")
    canceled = sdk.analyze_async.tasks.cancel(other.task_id)
    assert canceled.status == "canceled"
    assert sdk.analyze_async.tasks.retrieve(other.task_id).status == "canceled"


def test_embed_v2(served: tuple[FakeTwelveLabs, TwelveLabs]) -> None:
    fake, sdk = served
    response = sdk.embed.v_2.create(
        input_type="text", model_name="marengo3.0", text={"input_text": "a red car"}
    )
    assert len(response.data[0].embedding) == 512

    task = sdk.embed.v_2.tasks.create(
        input_type="video",
        model_name="marengo3.0",
        video={"media_source": {"url": VIDEO_URL}, "embedding_option": ["visual"]},
    )
    assert task.status == "processing"
    fake.settle()
    done = sdk.embed.v_2.tasks.retrieve(task.id)
    assert done.status == "ready"
    assert done.data and all(len(d.embedding) == 512 for d in done.data)
    assert [t.id for t in sdk.embed.v_2.tasks.list()] == [task.id]


def test_search_with_rank(served: tuple[FakeTwelveLabs, TwelveLabs]) -> None:
    fake, sdk = served
    index_id = fake.create_index("live", ["marengo3.0"], options=["visual", "audio"])
    fake.add_video(index_id, "harbor-tour.mp4", transcript="boats leave the harbor at dawn")
    fake.add_video(index_id, "cooking-pasta.mp4", transcript="salt the pasta water")
    items = list(
        sdk.search.query(
            index_id=index_id,
            search_options=["visual", "transcription"],
            transcription_options=["lexical"],
            query_text="harbor boats",
        )
    )
    assert items and [i.rank for i in items] == list(range(1, len(items) + 1))
    assert all(getattr(i, "score", None) is None for i in items)
    sent = fake.requests[0].form
    assert sent is not None and sent.texts("transcription_options") == ["lexical"]

    urls = [f"https://cdn.example.com/q/{n}.jpg" for n in range(10)]
    by_images = list(
        sdk.search.query(
            index_id=index_id,
            search_options=["visual"],
            query_media_type="image",
            query_media_urls=urls,
        )
    )
    assert by_images and by_images[0].rank == 1
    form = next(r.form for r in fake.requests if r.form and r.form.texts("query_media_url"))
    assert form.texts("query_media_url") == urls
