"""Text from videos: gist, summarize, and open-ended generate (streamed as NDJSON by default)."""

from __future__ import annotations

from typing import Any

from ._content import (
    describe_metadata,
    generation_uuid,
    join_words,
    key_words,
    split_bytes,
    split_pieces,
    title_from_filename,
    token_count,
)
from ._errors import bad_request, invalid, not_exist
from ._params import JsonReader
from ._routing import Call, Route
from ._state import Store, TaskRecord
from ._wire import NDJSON_CONTENT_TYPE, Response, dumps, json_response

MAX_PROMPT_TOKENS = 2000


def get_generate_video(store: Store, video_id: str) -> TaskRecord:
    task = store.task_for_video(video_id)
    if task is None:
        raise not_exist(video_id, "videos")
    index = store.indexes.get(task.index_id)
    if index is None or "pegasus" not in index.families():
        raise bad_request(
            "index_not_supported_for_generate",
            "Text generation works only on videos in an index that has a Pegasus model.",
        )
    return task


def _prompt(body: JsonReader, *, required: bool) -> str | None:
    prompt = body.string("prompt", required=required)
    if prompt is not None and token_count(prompt) > MAX_PROMPT_TOKENS:
        raise invalid("prompt", f"The prompt must not exceed {MAX_PROMPT_TOKENS} tokens.")
    return prompt


class VideoFacts:
    """The material every generated text is built from."""

    def __init__(self, task: TaskRecord) -> None:
        self.task = task
        self.title = title_from_filename(task.source.filename)
        self.duration = task.source.info.duration
        self.metadata = dict(task.user_metadata)
        self.transcript = task.transcript or ""
        material = " ".join([self.title, *map(str, self.metadata.values()), self.transcript])
        self.keywords = key_words(material, 6) or ["video"]

    def summary(self, prompt: str | None) -> str:
        text = (
            f'"{self.title}" is a {self.duration:.0f}-second video about '
            f"{join_words(self.keywords[:3])}.{describe_metadata(self.metadata)}"
        )
        if self.transcript:
            text += f' The speaker says: "{self.transcript[:160]}".'
        if prompt:
            text += f' (Written for the request: "{prompt[:120]}".)'
        return text

    def chapters(self) -> list[dict[str, Any]]:
        count = max(2, min(6, int(self.duration // 30) + 1))
        step = self.duration / count
        out = []
        for i in range(count):
            word = self.keywords[i % len(self.keywords)]
            out.append(
                {
                    "chapter_number": i,
                    "start": round(i * step, 2),
                    "end": round((i + 1) * step, 2),
                    "chapter_title": f"{word.title()} ({i + 1} of {count})",
                    "chapter_summary": f"Part {i + 1} of {self.title} focuses on {word}.",
                }
            )
        return out

    def highlights(self) -> list[dict[str, Any]]:
        out = []
        for chapter in self.chapters()[:3]:
            middle = (chapter["start"] + chapter["end"]) / 2
            out.append(
                {
                    "start": round(chapter["start"], 2),
                    "end": round(middle, 2),
                    "highlight": f"{chapter['chapter_title']}",
                    "highlight_summary": chapter["chapter_summary"],
                }
            )
        return out

    def answer(self, prompt: str) -> str:
        text = (
            f'In answer to "{prompt[:200]}": the video "{self.title}" runs for '
            f"{self.duration:.1f} seconds at {self.task.source.info.width}x"
            f"{self.task.source.info.height}."
        )
        if self.metadata:
            text += f"{describe_metadata(self.metadata)}"
        if self.transcript:
            text += f' Someone in it says: "{self.transcript[:200]}".'
        text += f" Its main themes are {join_words(self.keywords)}."
        return text


def create_gist(call: Call) -> Response:
    store = call.store
    body = JsonReader(call.json, {"video_id", "types"})
    video_id = body.string("video_id", required=True)
    types = body.string_list("types", required=True, allowed=("title", "topic", "hashtag"))
    assert video_id is not None and types is not None
    facts = VideoFacts(get_generate_video(store, video_id))
    result: dict[str, Any] = {"id": generation_uuid("gist", video_id, store.next_seq())}
    if "title" in types:
        result["title"] = facts.title
    if "topic" in types:
        result["topics"] = [w.title() for w in facts.keywords[:3]]
    if "hashtag" in types:
        result["hashtags"] = [f"#{w}" for w in facts.keywords[:5]]
    words = " ".join(str(v) for k, v in result.items() if k != "id")
    result["usage"] = {"output_tokens": token_count(words)}
    return json_response(200, result)


def create_summary(call: Call) -> Response:
    store = call.store
    body = JsonReader(call.json, {"video_id", "type", "prompt", "temperature"})
    video_id = body.string("video_id", required=True)
    kind = body.string("type", required=True)
    if kind not in ("summary", "chapter", "highlight"):
        raise invalid("type", "Use one of: summary, chapter, highlight.")
    prompt = _prompt(body, required=False)
    body.number("temperature", 0.0, 1.0)
    assert video_id is not None
    facts = VideoFacts(get_generate_video(store, video_id))
    result: dict[str, Any] = {
        "summarize_type": kind,
        "id": generation_uuid("summarize", video_id, store.next_seq()),
    }
    if kind == "summary":
        result["summary"] = facts.summary(prompt)
        produced = result["summary"]
    elif kind == "chapter":
        result["chapters"] = facts.chapters()
        produced = " ".join(c["chapter_summary"] for c in result["chapters"])
    else:
        result["highlights"] = facts.highlights()
        produced = " ".join(h["highlight_summary"] for h in result["highlights"])
    result["usage"] = {"output_tokens": token_count(produced)}
    return json_response(200, result)


def stream_events(text: str, generation_id: str, error: str | None) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = [
        {"event_type": "stream_start", "metadata": {"generation_id": generation_id}}
    ]
    pieces = split_pieces(text, generation_id)
    if error is not None:
        pieces = pieces[:2]
    events.extend({"event_type": "text_generation", "text": piece} for piece in pieces)
    if error is not None:
        events.append({"event_type": "stream_error", "error": {"message": error}})
        return events
    events.append(
        {
            "event_type": "stream_end",
            "metadata": {
                "generation_id": generation_id,
                "usage": {"output_tokens": token_count(text)},
            },
        }
    )
    return events


def ndjson_chunks(events: list[dict[str, Any]], seed: object) -> list[bytes]:
    """One JSON object per line, cut into several chunks; the first object is always split."""
    lines = [dumps(e) + b"\n" for e in events]
    payload = b"".join(lines)
    first_cut = max(1, len(lines[0]) // 2)
    return [payload[:first_cut], *split_bytes(payload[first_cut:], seed, min_chunks=3)]


def generate_text(call: Call) -> Response:
    store = call.store
    body = JsonReader(call.json, {"video_id", "prompt", "temperature", "stream"})
    video_id = body.string("video_id", required=True)
    prompt = _prompt(body, required=True)
    body.number("temperature", 0.0, 1.0)  # `null` is accepted and means the default
    stream = body.boolean("stream")
    assert video_id is not None and prompt is not None
    facts = VideoFacts(get_generate_video(store, video_id))
    generation_id = generation_uuid("generate", video_id, store.next_seq())
    text = facts.answer(prompt)
    if stream is False:
        return json_response(
            200,
            {"id": generation_id, "data": text, "usage": {"output_tokens": token_count(text)}},
        )
    fault = call.faults.take(("stream_error",), "POST", "/generate", call.request.path)
    events = stream_events(text, generation_id, fault.message if fault else None)
    return Response(
        status=200,
        headers=[("Content-Type", NDJSON_CONTENT_TYPE)],
        chunks=ndjson_chunks(events, generation_id),
        streamed=True,
    )


ROUTES = [
    Route("POST", "/gist", "create_gist", create_gist, "json"),
    Route("POST", "/summarize", "create_summary", create_summary, "json"),
    Route("POST", "/generate", "generate_text", generate_text, "json"),
]
