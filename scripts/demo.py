"""A tour of the TwelveLabs API through twelvelabs_client.

    scripts/demo                            # offline: the built-in fake API over loopback HTTP
    scripts/demo --video clip.mp4           # the real API (needs TWELVELABS_API_KEY)
    scripts/demo --video https://.../v.mp4  # the real API, video by URL

The live API first: creates a Marengo 3.0 index, uploads the videos as assets (the first one as
a resumable multipart upload, with a progress bar) and indexes them, lists the indexed assets,
searches (also what is said) and walks the result pages, analyzes a video (one answer, a JSON
document, a stream, a task) and embeds it with Embed v2. Then the 2025 operations the API marks
for deprecation (an indexing task, Embed v1) and, offline only, those it retired (gist,
summary, generate), which the fake still serves. Exits non-zero with a clear message on any
failure.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
from twelvelabs_client import TwelveLabs, TwelveLabsError, parse_json_output
from twelvelabs_client.testing import FakeTwelveLabs

# What the offline run uploads: small stand-in files (the fake reads names, sizes and the
# metadata given with the upload, never the pixels).
DEMO_VIDEOS = {
    "forklift-safety-training.mp4": "warehouse forklift safety training: check the forks",
    "kitchen-knife-skills.mp4": "cooking class: knife skills, dicing onions",
    "forklift-pallet-stacking.mp4": "forklift stacking pallets in a warehouse aisle",
    "city-cycling-tour.mp4": "cycling tour through the old town",
}

#: The offline fake cuts multipart uploads into chunks of this size (the live API picks its own,
#: megabytes), so the small stand-in file goes up in several chunks.
DEMO_CHUNK_SIZE = 64 * 1024


def say(step: str) -> None:
    print(f"\n== {step}", flush=True)


def progress_bar(label: str):  # type: ignore[no-untyped-def]
    """A tiny terminal progress bar for upload callbacks (tqdm_progress() is the fuller one)."""

    def show(sent: int, total: int) -> None:
        width = 30
        done = int(width * sent / total) if total else width
        end = "\n" if sent >= total else ""
        print(
            f"\r   {label:<32} [{'#' * done}{'.' * (width - done)}] {sent / 1e6:6.2f} / {total / 1e6:.2f} MB",
            end=end,
            flush=True,
        )

    return show


def on_status(task) -> None:  # type: ignore[no-untyped-def]
    print(f"   task {task.id}: {task.status}", flush=True)


@contextlib.contextmanager
def offline_client() -> Iterator[tuple[TwelveLabs, FakeTwelveLabs]]:
    """The fake API on a free loopback port, on its simulated clock: the client's waits move
    the fake's time forward instead of sleeping, so indexing takes no real time."""
    fake = FakeTwelveLabs(multipart_chunk_size=DEMO_CHUNK_SIZE)
    with fake.serve() as base_url, httpx.Client() as http:
        print(f"   fake TwelveLabs API serving at {base_url} (simulated time)")
        with fake.client(base_url=base_url, http_client=http) as client:
            yield client, fake


def run(
    client: TwelveLabs, videos: list[tuple[str | Path, dict[str, str]]], *, retired: bool = True
) -> None:
    """The tour; ``retired``: also the operations the live API removed (the fake serves them)."""
    models = [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}]
    title = "Create an index with marengo3.0"
    if retired:  # the retired generate operations need a Pegasus 1.2 index
        models.append({"model_name": "pegasus1.2", "model_options": ["visual", "audio"]})
        title += " (and pegasus1.2, only for the retired operations at the end)"
    say(title)
    created = client.indexes.create(f"demo-{int(time.time())}", models=models)
    index = client.indexes.retrieve(created.id)
    print(f"   index {index.id} {index.index_name!r}: {[str(m.model_name) for m in index.models]}")

    try:
        say("Upload videos as assets and index them (the first one as a multipart upload)")
        asset_ids = []
        for number, (source, metadata) in enumerate(videos):
            is_url = isinstance(source, str) and _is_url(source)
            name = str(source) if is_url else Path(source).name
            indexed = client.indexed_assets.create_and_wait(
                index.id,
                url=str(source) if is_url else None,
                file=None if is_url else source,
                user_metadata=metadata or None,
                multipart=number == 0 or None,  # a small file would go in one request
                progress=None if is_url else progress_bar(name),
                on_update=on_asset_status,
                timeout=3600,
            )
            print(f"   indexed asset {indexed.id} from asset {indexed.asset_id}")
            asset_ids.append(str(indexed.asset_id))

        say("List the indexed assets of the index")
        for item in client.indexed_assets.list(index.id, page_limit=10):
            meta = item.system_metadata
            print(f"   {item.id}  {meta.filename}  {meta.duration:.1f}s  {item.status}")

        say('Search "forklift": the best 9 clips, 3 a page (pages follow next_page_token)')
        results = client.search.query(
            index.id,
            query_text="forklift",
            search_options=["visual", "audio", "transcription"],
            transcription_options=["lexical", "semantic"],
            page_limit=3,
            max_results=9,
        )
        for number, page in enumerate(results.pages(), start=1):
            for clip in page.data:
                said = f' "{clip.transcription}"' if clip.transcription else ""
                print(
                    f"   page {number}: video {clip.video_id} {clip.start:6.1f}-{clip.end:6.1f}s "
                    f"rank {clip.rank}{said}"
                )

        _live_tour(client, asset_ids[0])
        video_id = _deprecated_tour(client, index.id, videos[0][0])
        if retired:
            with warnings.catch_warnings():  # each call warns that the live API retired it
                warnings.simplefilter("ignore", DeprecationWarning)
                _retired_tour(client, video_id)
    finally:
        say("Clean up: delete the demo index")
        client.indexes.delete(index.id)
        print(f"   deleted index {index.id}")


def on_asset_status(obj) -> None:  # type: ignore[no-untyped-def]
    print(f"   {type(obj).__name__} {obj.id}: {obj.status}", flush=True)


def _live_tour(client: TwelveLabs, asset_id: str) -> None:
    """analyze (one answer, JSON, stream, task) and Embed v2 on the first video's asset."""
    say("Analyze: one answer")
    answer = client.analyze.text(asset_id=asset_id, prompt="What happens in this video?")
    print(f"   [{answer.finish_reason}] {_short(answer.data)}")

    say("Analyze: a JSON document")
    schema = {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "topics": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["title", "topics"],
    }
    document = client.analyze.text(
        asset_id=asset_id,
        prompt="Give a title and the topics of this video.",
        response_format={"type": "json_schema", "json_schema": schema},
    )
    print(f"   {parse_json_output(document)}")

    say("Analyze: streamed")
    with client.analyze.stream(
        asset_id=asset_id, prompt="Describe the video.", max_tokens=512
    ) as stream:
        print("   ", end="")
        for piece in stream.text_stream():
            print(piece, end="", flush=True)
    print(f"\n   ({stream.finish_reason}, {stream.usage}, generation {stream.generation_id})")

    say("Analyze task: create and wait")
    job = client.analyze.tasks.create_and_wait(
        asset_id=asset_id,
        prompt="Summarize the video in one sentence.",
        custom_id="demo",
        on_update=lambda t: print(f"   analyze task {t.task_id}: {t.status}", flush=True),
        timeout=3600,
    )
    print(f"   {_short(job.result.data) if job.result else job.error}")
    client.analyze.tasks.delete(job.task_id)

    say("Embed v2: text and video (Marengo 3.0)")
    text = client.embed.v2.create("text", text={"input_text": "a forklift lifting a pallet"})
    vector = text.data[0].embedding
    print(f"   text: {len(vector)} floats, starting {[round(x, 4) for x in vector[:3]]}")
    clips = client.embed.v2.create(
        "video",
        video={
            "media_source": {"asset_id": asset_id},
            "embedding_option": ["visual", "transcription"],
        },
    )
    print(f"   video: {len(clips.data)} vectors")
    for item in clips.data[:2]:
        print(f"   {item.embedding_option} {item.start_sec}-{item.end_sec}s")


def _deprecated_tour(client: TwelveLabs, index_id: str, source: str | Path) -> str:
    """The 2025 operations the API marks for deprecation (they still work): returns a video id."""
    say("2025, marked for deprecation: Upload and index through a task (tasks.create_and_wait)")
    is_url = isinstance(source, str) and _is_url(source)
    task = client.tasks.create_and_wait(
        index_id,
        video_url=str(source) if is_url else None,
        video_file=None if is_url else source,
        on_update=on_status,
        timeout=3600,
    )
    print(f"   video {task.video_id}")

    say("2025, marked for deprecation: Text embedding (embed.create; Embed v2 replaces it)")
    text = client.embed.create(text="a forklift lifting a pallet")
    vector = text.text_embedding.segments[0].float_
    print(f"   {len(vector)} floats, starting {[round(x, 4) for x in vector[:3]]}")

    say("2025, marked for deprecation: Video embedding task (embed.tasks)")
    embed_task = client.embed.tasks.create_and_wait(
        video_url=str(source) if is_url else None,
        video_file=None if is_url else source,
        on_update=lambda t: print(f"   embed task {t.id}: {t.status}", flush=True),
        timeout=3600,
    )
    segments = embed_task.video_embedding.segments
    print(f"   {len(segments)} segments of {len(segments[0].float_)} floats")
    return str(task.video_id)


def _retired_tour(client: TwelveLabs, video_id: str) -> None:
    """The 2025 text operations the live API retired (the fake still serves them)."""
    say("Retired 2025 operations (offline only; use client.analyze): Gist")
    gist = client.generate.gist(video_id, types=["title", "topic", "hashtag"])
    print(f"   title: {gist.title}\n   topics: {gist.topics}\n   hashtags: {gist.hashtags}")

    say("Retired (offline only): Summary and chapters")
    summary = client.generate.summarize(video_id, type="summary")
    print(f"   {summary.summary}")
    chapters = client.generate.summarize(video_id, type="chapter")
    for chapter in chapters.chapters:
        print(
            f"   #{chapter.chapter_number} {chapter.start:.0f}-{chapter.end:.0f}s {chapter.chapter_title}"
        )

    say("Retired (offline only): Streamed generation")
    with client.generate.stream(video_id, prompt="What happens in this video?") as stream:
        print("   ", end="")
        for piece in stream.text_stream():
            print(piece, end="", flush=True)
    print(
        f"\n   ({stream.usage.output_tokens if stream.usage else '?'} tokens, "
        f"generation {stream.generation_id})"
    )


def _short(text: object, width: int = 160) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 3] + "..."


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _stand_in_videos(folder: Path) -> list[tuple[str | Path, dict[str, str]]]:
    """Small files with deterministic bytes, so every offline tour prints the same facts."""
    videos: list[tuple[str | Path, dict[str, str]]] = []
    for i, (name, description) in enumerate(DEMO_VIDEOS.items()):
        path = folder / name
        path.write_bytes(hashlib.sha256(name.encode()).digest() * (8192 * (i + 2)))
        videos.append((path, {"description": description}))
    return videos


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--video", help="a video path or URL: runs against the real API")
    args = parser.parse_args(argv)

    if args.video:
        if not os.environ.get("TWELVELABS_API_KEY"):
            print(
                "--video runs against the real API: set TWELVELABS_API_KEY first", file=sys.stderr
            )
            return 2
        if not _is_url(args.video) and not Path(args.video).is_file():
            print(f"--video {args.video}: no such file (give a video path or URL)", file=sys.stderr)
            return 2
    try:
        if args.video:
            say("Real API")
            with TwelveLabs() as client:
                run(client, [(args.video, {})], retired=False)
        else:
            say(
                "Offline: the built-in fake TwelveLabs API (scripts/demo --video PATH for the real one)"
            )
            with tempfile.TemporaryDirectory() as tmp, offline_client() as (client, _fake):
                run(client, _stand_in_videos(Path(tmp)))
    except (TwelveLabsError, OSError) as error:
        print(f"\ndemo failed: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ndemo interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug in the demo or the client: keep the traceback
        traceback.print_exc()
        print(f"\ndemo failed unexpectedly: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("\nDone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
