"""End to end: a demo-like workflow through the facade ``TwelveLabs`` against the fake,
once in-process and once over real loopback HTTP.

The client shares the fake's manual clock (``fake.client()``, or ``_use_clock`` over loopback), so
waiting for indexing takes no real time and the run is deterministic.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from twelvelabs_client import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    SearchPageExpiredError,
    TaskFailedError,
    TwelveLabs,
)
from twelvelabs_client.testing import FakeTwelveLabs

KEY = "tlk_e2e"
MODELS = [
    {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
    {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]},
]
VIDEOS = {
    "forklift_training.mp4": {"duration": 48, "category": "safety"},
    "pallet_stacking.mp4": {"duration": 36, "category": "safety"},
    "office_tour.mp4": {"duration": 30, "category": "onboarding"},
}


@pytest.fixture(params=["in-process", "loopback"])
def setup(request: pytest.FixtureRequest) -> Iterator[tuple[FakeTwelveLabs, TwelveLabs]]:
    fake = FakeTwelveLabs(KEY)
    if request.param == "in-process":
        with fake.client() as client:
            yield fake, client
    else:
        with (
            fake.serve() as base_url,
            TwelveLabs(api_key=KEY, base_url=base_url)._use_clock(fake.advance, fake.now) as client,
        ):
            yield fake, client


def test_demo_workflow(setup: tuple[FakeTwelveLabs, TwelveLabs]) -> None:
    fake, client = setup

    # 1. An index with Marengo (search, embeddings) and Pegasus (text generation).
    index = client.indexes.create("e2e-demo", models=MODELS)
    assert len(index.id) == 24
    assert client.indexes.retrieve(index.id).index_name == "e2e-demo"

    # 2. Upload a few small "videos" (any bytes) and wait for them with status updates.
    statuses: list[str] = []
    progress: list[tuple[int, int]] = []
    tasks = []
    for filename, metadata in VIDEOS.items():
        task = client.tasks.create_and_wait(
            index.id,
            video_file=(filename, f"fake video bytes of {filename}".encode() * 50, "video/mp4"),
            user_metadata=metadata,
            on_update=lambda t: statuses.append(str(t.status)),
            progress=lambda sent, total: progress.append((sent, total)),
            timeout=600,
        )
        assert str(task.status) == "ready"
        tasks.append(task)
    assert statuses[0] == "validating"
    assert "ready" in statuses
    assert progress and progress[-1][0] == progress[-1][1]
    fake.set_transcript(tasks[0].video_id, "Always check the forks before lifting a pallet.")

    # 3. List videos (page by page) and filter on user metadata.
    videos = list(client.videos.list(index.id, page_limit=2))
    assert {v.system_metadata.filename for v in videos} == set(VIDEOS)
    safety = list(client.videos.list(index.id, user_metadata={"category": "safety"}))
    assert len(safety) == 2
    long_ones = list(client.videos.list(index.id, duration={"gte": 40}))
    assert [v.system_metadata.filename for v in long_ones] == ["forklift_training.mp4"]
    video = client.videos.retrieve(index.id, tasks[0].video_id, transcription=True)
    assert video.system_metadata.duration == 48

    # 4. Search with text and walk several pages.
    results = client.search.query(
        index.id, search_options=["visual", "audio"], query_text="forklift pallet", page_limit=2
    )
    pages = list(results.pages())
    assert len(pages) >= 3
    clips = [clip for page in pages for clip in page.data]
    assert len(clips) == results.page_info.total_results
    assert clips[0].video_id in {tasks[0].video_id, tasks[1].video_id}
    assert results.search_pool.total_count == 3
    top = list(
        client.search.query(
            index.id, search_options=["visual"], query_text="forklift", max_results=3
        )
    )
    assert len(top) == 3

    # 5. A text embedding, and a video embedding task.
    embedding = client.embed.create(text="a person driving a forklift")
    assert len(embedding.text_embedding.segments[0].float_) == 1024
    video_embeddings = client.embed.tasks.create_and_wait(
        video_url="https://example.com/forklift.mp4", timeout=600
    )
    segments = video_embeddings.video_embedding.segments
    assert segments and len(segments[0].float_) == 1024

    # 6. Gist, summaries, open-ended text, streamed text.
    gist = client.generate.gist(tasks[0].video_id, types=["title", "topic", "hashtag"])
    assert gist.title == "Forklift Training" and "#forklift" in gist.hashtags
    summary = client.generate.summarize(tasks[0].video_id, type="summary")
    assert "Forklift Training" in summary.summary
    chapters = client.generate.summarize(tasks[0].video_id, type="chapter")
    assert chapters.chapters[0].chapter_number == 0
    answer = client.generate.text(tasks[0].video_id, prompt="What must be checked?")
    assert "forks" in answer.data
    with client.generate.stream(tasks[0].video_id, prompt="What must be checked?") as stream:
        streamed = "".join(stream.text_stream())
    assert streamed == answer.data
    assert stream.usage.output_tokens > 0

    # 7. Clean up: the video, then its task, then the index.
    client.videos.delete(index.id, tasks[0].video_id)
    client.tasks.delete(tasks[0].id)
    client.indexes.delete(index.id)
    with pytest.raises(BadRequestError):
        client.indexes.retrieve(index.id)


def test_errors_and_faults_through_the_facade(setup: tuple[FakeTwelveLabs, TwelveLabs]) -> None:
    fake, client = setup
    index_id = fake.create_index("faults")
    video_id = fake.add_video(index_id, "dog_park.mp4", duration=90)

    with pytest.raises(NotFoundError):
        client.videos.retrieve(index_id, "000000000000000000000000")

    fake.faults.rate_limit(times=2, retry_after=1)
    assert client.indexes.retrieve(index_id).id == index_id  # retried after Retry-After
    fake.faults.rate_limit(times=5, retry_after=1)
    with pytest.raises(RateLimitError):
        client.indexes.retrieve(index_id, max_retries=1)
    fake.faults.clear()

    fake.faults.server_error(times=1)
    assert client.videos.retrieve(index_id, video_id).id == video_id

    fake.fail_next_upload("the file is damaged")
    with pytest.raises(TaskFailedError) as failed:
        client.tasks.create_and_wait(
            index_id, video_url="https://example.com/broken.mp4", timeout=600
        )
    assert failed.value.detail == "the file is damaged"
    assert str(failed.value).endswith("failed: the file is damaged")
    assert failed.value.task.error.message == "the file is damaged"

    results = client.search.query(
        index_id, search_options=["visual"], query_text="dog", page_limit=1
    )
    fake.advance(3600)
    with pytest.raises(SearchPageExpiredError) as expired:  # {"error_code": 400, "message"}
        list(results.pages())
    assert expired.value.status_code == 400 and expired.value.code == "400"
    assert "run the search again" in str(expired.value)

    fake.api_key = "tlk_rotated"
    with pytest.raises(AuthenticationError):
        client.indexes.list().pages().__next__()


def test_a_failed_embed_task_says_why() -> None:
    fake = FakeTwelveLabs()
    fake.fail_next_upload("no audio track")
    with fake.client() as client, pytest.raises(TaskFailedError) as failed:
        client.embed.tasks.create_and_wait(video_url="https://example.com/silent.mp4")
    assert failed.value.detail == "no audio track"
    assert "no audio track" in str(failed.value)


@pytest.mark.parametrize("transport", ["in-process", "loopback"])
def test_async_workflow(transport: str) -> None:
    import asyncio
    import contextlib

    from twelvelabs_client import AsyncTwelveLabs

    fake = FakeTwelveLabs(KEY)

    async def run(client: AsyncTwelveLabs) -> None:
        index = await client.indexes.create("async-demo", models=MODELS)
        task = await client.tasks.create_and_wait(
            index.id,
            video_file=("forklift_training.mp4", b"async bytes" * 100, "video/mp4"),
            user_metadata={"duration": 40},
            timeout=600,
        )
        assert str(task.status) == "ready"
        names = [v.system_metadata.filename async for v in client.videos.list(index.id)]
        assert names == ["forklift_training.mp4"]
        results = await client.search.query(
            index.id, search_options=["visual"], query_text="forklift", page_limit=1
        )
        clips = [clip async for clip in results]
        assert len(clips) >= 2 and clips[0].video_id == task.video_id
        answer = await client.generate.text(task.video_id, prompt="What is shown?")
        async with client.generate.stream(task.video_id, prompt="What is shown?") as stream:
            pieces = [piece async for piece in stream.text_stream()]
        assert "".join(pieces) == answer.data

    async def main() -> None:
        async with contextlib.AsyncExitStack() as stack:
            if transport == "in-process":
                client = await stack.enter_async_context(fake.async_client())
            else:
                base_url = stack.enter_context(fake.serve())
                client = await stack.enter_async_context(
                    AsyncTwelveLabs(api_key=KEY, base_url=base_url)._use_clock(
                        fake.async_advance, fake.now
                    )
                )
            await run(client)

    asyncio.run(main())
