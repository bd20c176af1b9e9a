"""Embeddings, gist/summarize/generate, and NDJSON streaming."""

from __future__ import annotations

import json
import math
import uuid
from typing import Any

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

NO_FILE = {"_": ("", b"")}
MODEL = "Marengo-retrieval-2.7"


def embed_text(http: httpx.Client, text: str) -> list[float]:
    response = http.post("/embed", data={"model_name": MODEL, "text": text}, files=NO_FILE)
    assert response.status_code == 200, response.text
    vector: list[float] = response.json()["text_embedding"]["segments"][0]["float"]
    return vector


def cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def test_text_embedding_shape_and_determinism(http: httpx.Client) -> None:
    response = http.post("/embed", data={"model_name": MODEL, "text": "a dog"}, files=NO_FILE)
    body = response.json()
    assert set(body) == {"model_name", "text_embedding"}
    assert body["model_name"] == MODEL
    vector = body["text_embedding"]["segments"][0]["float"]
    assert len(vector) == 1024
    assert math.isclose(math.sqrt(sum(v * v for v in vector)), 1.0, abs_tol=1e-3)
    assert embed_text(http, "a dog") == vector
    assert embed_text(http, "a cat") != vector


def test_similar_texts_are_closer(http: httpx.Client) -> None:
    base = embed_text(http, "a man driving a red forklift")
    near = embed_text(http, "red forklift driving")
    far = embed_text(http, "chocolate cake recipe")
    assert cosine(base, near) > cosine(base, far) + 0.3


def test_several_modalities_in_one_call(http: httpx.Client) -> None:
    response = http.post(
        "/embed",
        data={
            "model_name": MODEL,
            "text": "hello",
            "image_url": "https://example.com/cat.png",
            "audio_start_offset_sec": "2.5",
        },
        files={"audio_file": ("song.mp3", b"ID3 fake audio", "audio/mpeg")},
    )
    body = response.json()
    assert body["image_embedding"]["metadata"] == {"input_url": "https://example.com/cat.png"}
    audio = body["audio_embedding"]
    assert audio["metadata"] == {"input_filename": "song.mp3"}
    assert audio["segments"][0]["start_offset_sec"] == 2.5
    assert len(audio["segments"][0]["float"]) == 1024


def test_long_text_is_truncated_by_default(http: httpx.Client) -> None:
    long = " ".join(f"word{i}" for i in range(200))
    end = embed_text(http, long)
    response = http.post(
        "/embed", data={"model_name": MODEL, "text": long, "text_truncate": "start"}, files=NO_FILE
    )
    assert response.status_code == 200
    assert response.json()["text_embedding"]["segments"][0]["float"] != end


@pytest.fixture
def video_id(fake: FakeTwelveLabs) -> str:
    index_id = fake.create_index("gen")
    video = fake.add_video(
        index_id, "forklift_training.mp4", duration=95.5, user_metadata={"site": "Rotterdam"}
    )
    fake.set_transcript(video, "Check the forks before every lift.")
    return video


def test_gist(http: httpx.Client, video_id: str) -> None:
    body = http.post("/gist", json={"video_id": video_id, "types": ["title", "hashtag"]}).json()
    assert set(body) == {"id", "title", "hashtags", "usage"}  # only what was asked for
    assert uuid.UUID(body["id"]).version == 4
    assert body["title"] == "Forklift Training"
    assert "#forklift" in body["hashtags"]
    assert body["usage"]["output_tokens"] > 0
    topics = http.post("/gist", json={"video_id": video_id, "types": ["topic"]}).json()
    assert topics["topics"] and "title" not in topics


def test_summarize_summary(http: httpx.Client, video_id: str) -> None:
    body = http.post(
        "/summarize", json={"video_id": video_id, "type": "summary", "prompt": "Keep it short"}
    ).json()
    assert body["summarize_type"] == "summary"
    assert "Forklift Training" in body["summary"] and "Rotterdam" in body["summary"]
    again = http.post(
        "/summarize", json={"video_id": video_id, "type": "summary", "prompt": "Keep it short"}
    ).json()
    assert again["summary"] == body["summary"] and again["id"] != body["id"]


def test_summarize_chapters_start_at_zero(http: httpx.Client, video_id: str) -> None:
    chapters = http.post("/summarize", json={"video_id": video_id, "type": "chapter"}).json()[
        "chapters"
    ]
    assert [c["chapter_number"] for c in chapters] == list(range(len(chapters)))
    assert chapters[0]["start"] == 0 and chapters[-1]["end"] == 95.5
    assert any(not float(c["start"]).is_integer() for c in chapters)  # fractional seconds
    assert set(chapters[0]) == {
        "chapter_number",
        "start",
        "end",
        "chapter_title",
        "chapter_summary",
    }


def test_summarize_highlights(http: httpx.Client, video_id: str) -> None:
    body = http.post("/summarize", json={"video_id": video_id, "type": "highlight"}).json()
    assert body["highlights"]
    assert set(body["highlights"][0]) == {"start", "end", "highlight", "highlight_summary"}


def test_generate_without_stream(http: httpx.Client, video_id: str) -> None:
    body = http.post(
        "/generate", json={"video_id": video_id, "prompt": "What is checked?", "stream": False}
    ).json()
    assert set(body) == {"id", "data", "usage"}
    assert "forks" in body["data"]


def read_stream(
    http: httpx.Client, body: dict[str, Any]
) -> tuple[list[bytes], list[dict[str, Any]]]:
    with http.stream("POST", "/generate", json=body) as response:
        assert response.status_code == 200
        chunks = list(response.iter_raw())
    events = [json.loads(line) for line in b"".join(chunks).splitlines() if line.strip()]
    return chunks, events


def test_generate_streams_by_default(http: httpx.Client, video_id: str) -> None:
    chunks, events = read_stream(http, {"video_id": video_id, "prompt": "What is checked?"})
    assert len(chunks) >= 3
    assert any(not c.endswith(b"\n") for c in chunks[:-1])  # an object split across chunks
    assert events[0]["event_type"] == "stream_start"
    generation_id = events[0]["metadata"]["generation_id"]
    assert uuid.UUID(generation_id)
    texts = [e for e in events if e["event_type"] == "text_generation"]
    assert len(texts) > 3
    assert events[-1]["event_type"] == "stream_end"
    assert events[-1]["metadata"]["generation_id"] == generation_id
    assert events[-1]["metadata"]["usage"]["output_tokens"] > 0
    full = "".join(e["text"] for e in texts)
    non_stream = http.post(
        "/generate", json={"video_id": video_id, "prompt": "What is checked?", "stream": False}
    ).json()["data"]
    assert full == non_stream


def test_stream_true_is_the_same_as_absent(http: httpx.Client, video_id: str) -> None:
    _, events = read_stream(http, {"video_id": video_id, "prompt": "hi", "stream": True})
    assert events[0]["event_type"] == "stream_start"


def test_stream_error_switch(fake: FakeTwelveLabs, http: httpx.Client, video_id: str) -> None:
    fake.faults.stream_error("model overloaded")
    _, events = read_stream(http, {"video_id": video_id, "prompt": "hi"})
    assert events[-1] == {"event_type": "stream_error", "error": {"message": "model overloaded"}}
    assert all(e["event_type"] != "stream_end" for e in events)
    _, events = read_stream(http, {"video_id": video_id, "prompt": "hi"})
    assert events[-1]["event_type"] == "stream_end"  # fired once only


def test_async_client_streams(fake: FakeTwelveLabs, video_id: str) -> None:
    import asyncio

    async def run() -> list[bytes]:
        async with (
            fake.async_http_client(headers={"x-api-key": "tlk_test"}) as client,
            client.stream(
                "POST", "/generate", json={"video_id": video_id, "prompt": "hi"}
            ) as response,
        ):
            return [chunk async for chunk in response.aiter_raw()]

    chunks = asyncio.run(run())
    assert len(chunks) >= 3
    assert b"stream_end" in b"".join(chunks)
