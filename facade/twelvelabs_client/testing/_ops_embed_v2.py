"""Embed API v2: ``POST /embed-v2`` (text, image, text_image, audio, video, multi_input at
once) and the asynchronous ``/embed-v2/tasks`` for audio and video.

Vectors have 512 floats (Marengo 3.0). Text vectors are the first 512 dimensions of the v1
text embedding, renormalised, so texts that share words are closer than unrelated texts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ._clock import rfc3339
from ._content import blob_embedding, text_embedding, token_count, unit
from ._errors import found, invalid, missing, not_provided
from ._ops_embed import embed_task_page
from ._ops_videos import clip_segments
from ._params import JsonReader, objects
from ._routing import Call, Route, no_query
from ._sources import Media, media_source
from ._state import EmbedJob, Store
from ._wire import Response, json_response

MODELS = ("marengo3.0", "marengo3.5")
NEWEST = "marengo3.5"
"""The model of the newest API (SDK 1.3.4+): multi-input only on the sync route, any
vector length, uncertainties, documents and images in tasks."""
DIMENSION = 512
INPUT_TYPES = ("text", "image", "text_image", "audio", "video", "multi_input")
TASK_INPUT_TYPES = ("audio", "video")
NEWEST_TASK_INPUT_TYPES = ("audio", "video", "image", "document")
NEWEST_MEDIA_TYPES = ("image", "video", "audio", "document")
NEWEST_MAX_TEXT_TOKENS = 2000
MAX_DIMENSION = 4096
"""The fake's own bound on ``embedding_dimension`` (the facts give only the default, 512)."""
MAX_TEXT_TOKENS = 500
IMAGE_BASE64_LIMIT = 32 * 1024 * 1024
AV_BASE64_LIMIT = 36 * 1024 * 1024
SYNC_MAX_SECONDS = 600.0
TASK_MAX_SECONDS = 4 * 3600.0
OPTIONS = {"audio": ("audio", "transcription"), "video": ("visual", "audio", "transcription")}
SCOPES = ("clip", "asset")
NEWER_FIELDS = ("auto_truncate", "embedding_uncertainty", "embedding_dimension")
PLACEHOLDER = re.compile(r"<@([^>]+)>")


def _cut(vector: list[float]) -> list[float]:
    head = vector[:DIMENSION]
    norm = math.sqrt(sum(v * v for v in head)) or 1.0
    return [round(v / norm, 6) for v in head]


def text_vector(text: str) -> list[float]:
    return _cut(text_embedding(text))


def media_vector(*parts: object) -> list[float]:
    return _cut(blob_embedding("embed-v2", *parts))


def _mix(*vectors: list[float]) -> list[float]:
    total = [sum(values) for values in zip(*vectors, strict=True)]
    return _cut(total)


def _text(raw: dict[str, Any], where: str, newer: Newer | None = None) -> str:
    text = raw.get("input_text")
    if text is None:
        raise not_provided(f"{where}.input_text")
    if not isinstance(text, str) or not text.strip():
        raise invalid(f"{where}.input_text", "It must be a non-empty string.")
    limit = MAX_TEXT_TOKENS if newer is None else NEWEST_MAX_TEXT_TOKENS
    if token_count(text) > limit:
        if newer is None or not newer.auto_truncate:
            raise invalid(f"{where}.input_text", f"The text must not exceed {limit} tokens.")
        words = text.split()
        while token_count(" ".join(words)) > limit:
            words = words[: max(1, len(words) * limit // token_count(" ".join(words)) - 1)]
        text = " ".join(words)
        newer.truncated = True
    if newer is not None:
        newer.tokens["text"] = newer.tokens.get("text", 0) + token_count(text)
    return text


@dataclass
class Newer:
    """The request fields of the newest model, and what the response reports about them."""

    dimension: int = DIMENSION
    uncertainty: bool = False
    auto_truncate: bool = False
    truncated: bool = False
    tokens: dict[str, int] = field(default_factory=dict)

    def apply(self, data: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Resize every vector (a shorter one is a prefix of a longer one) and add the
        uncertainties when asked."""
        for datum in data:
            datum["embedding"] = _resize(datum["embedding"], self.dimension)
            if self.uncertainty:
                datum["embedding_uncertainty"] = [
                    round(0.01 + abs(v) / 2, 6) for v in datum["embedding"]
                ]
        return data

    def usage(self) -> dict[str, Any]:
        usage: dict[str, Any] = {"input_tokens": dict(self.tokens), "truncated": self.truncated}
        if self.truncated:
            usage["truncation_reason"] = "model_context_window"
        return usage


def _resize(vector: list[float], dimension: int) -> list[float]:
    full = list(vector)
    n = 0
    while len(full) < dimension:
        full += [round(v / 32, 6) for v in blob_embedding(NEWEST, vector[0], n)]
        n += 1
    return full[:dimension]


def _obj(body: JsonReader, name: str) -> dict[str, Any]:
    value = body.obj(name, required=True)
    assert value is not None
    return value


def _check_keys(raw: dict[str, Any], where: str, allowed: set[str]) -> None:
    extra = set(raw) - allowed
    if extra:
        raise invalid(where, f"Unknown fields: {', '.join(sorted(extra))}.")


def _source(store: Store, raw: dict[str, Any], where: str, limit: int) -> Media:
    return media_source(store, f"{where}.media_source", raw.get("media_source"), base64_limit=limit)


@dataclass
class TimedRequest:
    """An audio or video input: what to embed and how."""

    input_type: str
    media: Media
    start: float
    end: float
    options: list[str]
    scopes: list[str]
    fused: bool
    strategy: str
    seconds: float

    def span_metadata(self, prefix: str = "") -> dict[str, Any]:
        """Options, scopes, duration and the embedded span, as task metadata reports them (the
        v1-shaped task list names the first two ``audio_embedding_...``)."""
        return {
            f"{prefix}embedding_options": list(self.options),
            f"{prefix}embedding_scopes": list(self.scopes),
            "duration": self.media.source.info.duration,
            "start_offset_sec": self.start,
            "end_offset_sec": self.end,
        }


def _timed(
    store: Store, input_type: str, raw: dict[str, Any], *, max_seconds: float
) -> TimedRequest:
    where = input_type
    _check_keys(
        raw,
        where,
        {
            "media_source",
            "start_sec",
            "end_sec",
            "segmentation",
            "embedding_option",
            "embedding_scope",
            "embedding_type",
        },
    )
    media = _source(store, raw, where, AV_BASE64_LIMIT)
    duration = media.source.info.duration
    if not 4.0 <= duration <= max_seconds:
        raise invalid(
            f"{where}.media_source",
            f"The media lasts {duration:g} s; this endpoint takes 4 s to {max_seconds:g} s.",
        )
    start = raw.get("start_sec", 0.0)
    end = raw.get("end_sec", duration)
    for name, value in (("start_sec", start), ("end_sec", end)):
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise invalid(f"{where}.{name}", "It must be a number of seconds.")
    end = min(float(end), duration)
    if end <= start:
        raise invalid(f"{where}.end_sec", "It must be greater than `start_sec`.")
    options = raw.get("embedding_option", list(OPTIONS[input_type]))
    if (
        not isinstance(options, list)
        or not options
        or any(o not in OPTIONS[input_type] for o in options)
    ):
        raise invalid(
            f"{where}.embedding_option", f"Use some of: {', '.join(OPTIONS[input_type])}."
        )
    scopes = raw.get("embedding_scope", list(SCOPES))
    if not isinstance(scopes, list) or not scopes or any(s not in SCOPES for s in scopes):
        raise invalid(f"{where}.embedding_scope", "Use some of: clip, asset.")
    types = raw.get("embedding_type", ["separate_embedding"])
    if isinstance(types, str):
        types = [types]
    if not isinstance(types, list) or any(
        t not in ("separate_embedding", "fused_embedding") for t in types
    ):
        raise invalid(f"{where}.embedding_type", "Use separate_embedding or fused_embedding.")
    fused = "fused_embedding" in types
    if fused and len(options) < 2:
        raise invalid(f"{where}.embedding_type", "A fused embedding needs two or more options.")
    strategy, seconds = ("fixed", 6.0) if input_type == "audio" else ("dynamic", 4.0)
    seg = raw.get("segmentation")
    if seg is not None:
        if not isinstance(seg, dict) or seg.get("strategy") not in ("fixed", "dynamic"):
            raise invalid(f"{where}.segmentation.strategy", "Use fixed or dynamic.")
        strategy = seg["strategy"]
        if strategy == "dynamic" and input_type == "audio":
            raise invalid(f"{where}.segmentation.strategy", "Audio takes `fixed` only.")
        key, low, high = (
            ("duration_sec", 2, 10) if strategy == "fixed" else ("min_duration_sec", 2, 5)
        )
        inner = seg.get(strategy)
        value = inner.get(key) if isinstance(inner, dict) else None
        if value is None:
            raise not_provided(f"{where}.segmentation.{strategy}.{key}")
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise invalid(f"{where}.segmentation.{strategy}.{key}", f"Use {low} to {high}.")
        seconds = float(value)
    return TimedRequest(
        input_type, media, float(start), end, list(options), list(scopes), fused, strategy, seconds
    )


def _clips(req: TimedRequest) -> list[tuple[float, float]]:
    span = req.end - req.start
    if req.strategy == "fixed":
        bounds = clip_segments(span, req.seconds)
    else:
        bounds = []
        t = 0.0
        while t < span:
            length = req.seconds * (1.0 + unit("dynamic", req.media.source.fingerprint, t))
            stop = min(span, t + length)
            if stop - t >= 2.0 or not bounds:
                bounds.append((round(t, 3), round(stop, 3)))
            t = stop
    return [(round(req.start + a, 3), round(req.start + b, 3)) for a, b in bounds]


def timed_data(req: TimedRequest) -> list[dict[str, Any]]:
    fp = req.media.source.fingerprint
    options = ["fused"] if req.fused else req.options
    out: list[dict[str, Any]] = []
    for option in options:
        if "clip" in req.scopes:
            for start, end in _clips(req):
                out.append(_datum(media_vector(fp, option, start), option, "clip", start, end))
        if "asset" in req.scopes:
            out.append(
                _datum(media_vector(fp, option, "asset"), option, "asset", req.start, req.end)
            )
    return out


def timed_metadata(req: TimedRequest) -> dict[str, Any]:
    meta = {"input_type": req.input_type, **req.media.input_fields(), **req.span_metadata()}
    if req.input_type == "video" and req.strategy == "fixed":
        meta["clip_length"] = int(req.seconds)
    return meta


def _datum(
    vector: list[float],
    option: str | None = None,
    scope: str | None = None,
    start: float | None = None,
    end: float | None = None,
) -> dict[str, Any]:
    return {
        "embedding": vector,
        "embedding_option": option,
        "embedding_scope": scope,
        "start_sec": start,
        "end_sec": end,
    }


def _read_model(body: JsonReader) -> tuple[str, Newer | None]:
    """The model, and for ``marengo3.5`` its newer fields (refused with ``marengo3.0``)."""
    model = body.string("model_name", required=True)
    if model not in MODELS:
        raise invalid("model_name", f"Use one of: {', '.join(MODELS)}.")
    assert model is not None
    if model != NEWEST:
        for name in NEWER_FIELDS:
            if body.has(name):
                raise invalid(name, f"It needs `{NEWEST}`.")
        return model, None
    dimension = body.body.get("embedding_dimension", DIMENSION)
    if isinstance(dimension, bool) or not isinstance(dimension, int):
        raise invalid("embedding_dimension", "It must be an integer.")
    if not 1 <= dimension <= MAX_DIMENSION:
        raise invalid("embedding_dimension", f"Use 1 to {MAX_DIMENSION}.")
    newer = Newer(
        dimension=dimension,
        uncertainty=body.boolean("embedding_uncertainty") or False,
        auto_truncate=body.boolean("auto_truncate") or False,
    )
    return model, newer


def create_embedding(call: Call) -> Response:
    store = call.store
    no_query(call)
    body = JsonReader(call.json, {"input_type", "model_name", *INPUT_TYPES, *NEWER_FIELDS})
    input_type = body.string("input_type", required=True)
    if input_type not in INPUT_TYPES:
        raise invalid("input_type", f"Use one of: {', '.join(INPUT_TYPES)}.")
    _, newer = _read_model(body)
    assert input_type is not None
    if newer is not None and input_type != "multi_input":
        raise invalid("input_type", f"With `{NEWEST}` this endpoint takes `multi_input` only.")
    for other in INPUT_TYPES:
        if other != input_type and body.has(other):
            raise invalid(other, f"Only `{input_type}` goes with `input_type: {input_type}`.")
    raw = _obj(body, input_type)
    result: dict[str, Any]
    if input_type == "text":
        _check_keys(raw, "text", {"input_text"})
        result = {"data": [_datum(text_vector(_text(raw, "text")))]}
    elif input_type in ("image", "text_image"):
        allowed = {"media_source", "input_text"} if input_type == "text_image" else {"media_source"}
        _check_keys(raw, input_type, allowed)
        media = _source(store, raw, input_type, IMAGE_BASE64_LIMIT)
        vector = media_vector(media.source.fingerprint, "image")
        if input_type == "text_image":
            vector = _mix(vector, text_vector(_text(raw, "text_image")))
        meta = {"input_type": input_type, **media.input_fields()}
        result = {"data": [_datum(vector)], "metadata": meta}
    elif input_type == "multi_input":
        result = _multi_input(store, raw, newer)
    else:
        req = _timed(store, input_type, raw, max_seconds=SYNC_MAX_SECONDS)
        result = {"data": timed_data(req), "metadata": timed_metadata(req)}
    if newer is not None:
        result["data"] = newer.apply(result["data"])
        result["usage"] = newer.usage()
    return json_response(200, result)


def _multi_input(store: Store, raw: dict[str, Any], newer: Newer | None) -> dict[str, Any]:
    _check_keys(raw, "multi_input", {"input_text", "media_sources"})
    sources = raw.get("media_sources")
    if sources is None and newer is None:
        raise not_provided("multi_input.media_sources")
    if sources is None:
        sources = []
        if raw.get("input_text") is None:
            raise not_provided("multi_input.input_text")
    elif not isinstance(sources, list) or not 1 <= len(sources) <= 10:
        raise invalid("multi_input.media_sources", "Give 1 to 10 sources.")
    media_types = ("image",) if newer is None else NEWEST_MEDIA_TYPES
    names: set[str] = set()
    kinds: set[str] = set()
    vectors = []
    for where, item in objects("multi_input.media_sources", sources):
        kind = str(item.get("media_type"))
        if kind not in media_types:
            raise invalid(f"{where}.media_type", f"Use one of: {', '.join(media_types)}.")
        kinds.add(kind)
        if isinstance(item.get("name"), str):
            names.add(item["name"])
        media = media_source(
            store,
            where,
            item,
            base64_limit=IMAGE_BASE64_LIMIT,
            extra=frozenset({"name", "media_type"}),
        )
        if newer is not None:
            newer.tokens[kind] = newer.tokens.get(kind, 0) + 64
        vectors.append(media_vector(media.source.fingerprint, kind))
    if "document" in kinds and len(sources) > 1:
        raise invalid("multi_input.media_sources", "A document must be the only source.")
    text = raw.get("input_text")
    if len(kinds) > 1 and text is None:
        raise not_provided("multi_input.input_text")
    if newer is not None and newer.uncertainty and ("document" in kinds or (kinds and text)):
        raise invalid(
            "embedding_uncertainty", "It is not available for documents or text mixed with media."
        )
    if text is not None:
        text = _text(raw, "multi_input", newer)
        missing = set(PLACEHOLDER.findall(text)) - names
        if missing:
            raise invalid(
                "multi_input.input_text", f"`<@{sorted(missing)[0]}>` names no media source."
            )
        vectors.append(text_vector(text))
    return {"data": [_datum(_mix(*vectors))], "metadata": {"input_type": "multi_input"}}


# ---------------------------------------------------------------- tasks


@dataclass
class StillRequest:
    """An image or a document (``marengo3.5`` tasks): one vector for the whole input."""

    input_type: str
    media: Media

    def data(self) -> list[dict[str, Any]]:
        vector = media_vector(self.media.source.fingerprint, self.input_type)
        if self.input_type == "document":
            datum = _datum(vector, "text", "page")
            datum.update(start_page_number=1, end_page_number=1)
            return [datum]
        return [_datum(vector)]

    def metadata(self) -> dict[str, Any]:
        return {"input_type": self.input_type, **self.media.input_fields()}


@dataclass
class EmbedV2Task(EmbedJob):
    request: TimedRequest | StillRequest
    newer: Newer | None = None

    def data(self) -> list[dict[str, Any]]:
        req = self.request
        data = req.data() if isinstance(req, StillRequest) else timed_data(req)
        return data if self.newer is None else self.newer.apply(data)

    def metadata(self) -> dict[str, Any]:
        req = self.request
        meta = req.metadata() if isinstance(req, StillRequest) else timed_metadata(req)
        if self.newer is not None:
            meta["embedding_dimension"] = self.newer.dimension
        return meta


def create_task(call: Call) -> Response:
    store = call.store
    no_query(call)
    body = JsonReader(
        call.json, {"input_type", "model_name", *NEWEST_TASK_INPUT_TYPES, "embedding_dimension"}
    )
    input_type = body.string("input_type", required=True)
    if input_type not in NEWEST_TASK_INPUT_TYPES:
        raise invalid("input_type", f"Use one of: {', '.join(NEWEST_TASK_INPUT_TYPES)}.")
    model, newer = _read_model(body)
    assert input_type is not None
    if newer is None and input_type not in TASK_INPUT_TYPES:
        raise invalid("input_type", f"`{input_type}` needs `{NEWEST}`.")
    for other in NEWEST_TASK_INPUT_TYPES:
        if other != input_type and body.has(other):
            raise invalid(other, f"Only `{input_type}` goes with `input_type: {input_type}`.")
    raw = _obj(body, input_type)
    req: TimedRequest | StillRequest
    if input_type in TASK_INPUT_TYPES:
        req = _timed(store, input_type, raw, max_seconds=TASK_MAX_SECONDS)
    else:
        _check_keys(raw, input_type, {"media_source"})
        req = StillRequest(input_type, _source(store, raw, input_type, IMAGE_BASE64_LIMIT))
    task = EmbedV2Task(
        **store.stamp("embed-v2-task"),
        model_name=model,
        request=req,
        fail_reason=store.take_failure(req.media.source.filename),
        newer=newer,
    )
    store.embed_v2_tasks[task.id] = task
    created: dict[str, Any] = {"_id": task.id, "status": "processing", "data": None}
    if newer is not None:
        created["metadata"] = {"input_type": input_type, "embedding_dimension": newer.dimension}
    return json_response(202, created)


def _get_task(store: Store, task_id: str) -> EmbedV2Task:
    return found(store.embed_v2_tasks, task_id, EmbedV2Task, missing("embed task", task_id))


def retrieve_task(call: Call) -> Response:
    store = call.store
    no_query(call)
    task = _get_task(store, call.params["task_id"])
    status = task.status(store.now(), store.settings)
    done = task.finished_at(store.settings)
    body: dict[str, Any] = {
        "_id": task.id,
        "status": status,
        "created_at": rfc3339(task.created_at, millis=False),
        "updated_at": rfc3339(done if status != "processing" else task.created_at, millis=False),
        "data": task.data() if status == "ready" else None,
        "metadata": task.metadata(),
    }
    if status == "failed":
        body["error"] = {"message": task.fail_reason}
    return json_response(200, body)


def _list_metadata(task: EmbedV2Task) -> dict[str, Any]:
    req = task.request
    if isinstance(req, StillRequest):
        return {}  # the v1 list shape has no place for images and documents
    meta: dict[str, Any] = dict(req.media.input_fields())
    if req.input_type == "video":
        meta.update(video_embedding_scope=list(req.scopes), duration=req.media.source.info.duration)
        if req.strategy == "fixed":
            meta["video_clip_length"] = int(req.seconds)
        return {"video_embedding": {"metadata": meta}}
    meta.update(req.span_metadata("audio_"))
    return {"audio_embedding": {"metadata": meta}}


def list_tasks(call: Call) -> Response:
    store = call.store

    def render(t: EmbedV2Task, now: float) -> dict[str, Any]:
        done = t.status(now, store.settings) != "processing"
        return {
            "_id": t.id,
            "model_name": t.model_name,
            "status": t.status(now, store.settings),
            "created_at": rfc3339(t.created_at, millis=False),
            "updated_at": rfc3339(
                t.finished_at(store.settings) if done else t.created_at, millis=False
            ),
            **_list_metadata(t),
        }

    return embed_task_page(call, store.embed_v2_tasks.values(), render)


ROUTES = [
    Route("POST", "/embed-v2", "create_embeddings_v2", create_embedding, "json", "envelope"),
    Route("POST", "/embed-v2/tasks", "create_embed_v2_task", create_task, "json", "envelope"),
    Route("GET", "/embed-v2/tasks", "list_embed_v2_tasks", list_tasks),
    Route(
        "GET",
        "/embed-v2/tasks/{task_id}",
        "retrieve_embed_v2_task",
        retrieve_task,
        None,
        "envelope",
    ),
]
