"""Videos of an index: list (with range and user-metadata filters), retrieve, update, delete.

Indexed assets are videos too: their list and retrieve use ``video_list_page``, ``read_details``
and ``add_details`` from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ._clock import rfc3339
from ._content import blob_embedding
from ._errors import invalid, not_exist, unknown
from ._ops_indexes import get_index
from ._ops_tasks import check_user_metadata, render_hls
from ._params import RANGE_OPERATORS, JsonReader, QueryReader, Range, parse_number, split_range_key
from ._routing import Call, Route, no_query, page_response, read_page, read_sort, sort_key
from ._state import EMBED_MODEL, SYSTEM_METADATA_KEYS, IndexRecord, Scalar, Store, TaskRecord
from ._wire import Response, empty_response, json_response

EMBEDDING_OPTIONS = {"visual-text": "visual", "audio": "audio"}
FACTS = ("duration", "fps", "width", "height", "size")
"""The system metadata a list can filter by range."""
VIDEO_CLIP_SECONDS = 6.0


def get_video(store: Store, index: IndexRecord, video_id: str) -> TaskRecord:
    task = store.task_for_video(video_id)
    if task is None or task.index_id != index.id:
        raise not_exist(video_id, "videos", status=404)
    return task


def system_metadata(task: TaskRecord) -> dict[str, Any]:
    info = task.source.info
    return {
        "filename": task.source.filename,
        "duration": info.duration,
        "fps": info.fps,
        "width": info.width,
        "height": info.height,
        "size": task.source.size,
    }


def render_video_item(store: Store, task: TaskRecord) -> dict[str, Any]:
    stage = store.settings.stage_seconds
    body: dict[str, Any] = {
        "_id": task.video_id,
        "created_at": rfc3339(task.created_at, millis=False),
        "updated_at": rfc3339(task.video_updated_at(stage), millis=False),
        "indexed_at": rfc3339(task.finished_at(stage), millis=False),
        "system_metadata": system_metadata(task),
    }
    if task.asset_id is not None:  # an indexed asset seen as a video
        body["asset_id"] = task.asset_id
    return body


def clip_segments(duration: float, clip_length: float) -> list[tuple[float, float]]:
    """Fixed-length clips; a last clip shorter than 2 s is dropped (as the API does)."""
    segments: list[tuple[float, float]] = []
    start = 0.0
    while start < duration:
        end = min(duration, start + clip_length)
        if end - start >= 2.0 or not segments:
            segments.append((round(start, 3), round(end, 3)))
        start += clip_length
    return segments


def video_segments(task: TaskRecord, options: list[str]) -> list[dict[str, Any]]:
    segments = []
    for option in options:
        for start, end in clip_segments(task.source.info.duration, VIDEO_CLIP_SECONDS):
            segments.append(
                {
                    "start_offset_sec": start,
                    "end_offset_sec": end,
                    "embedding_option": option,
                    "embedding_scope": "clip",
                    "float": blob_embedding("video", task.source.fingerprint, option, start),
                }
            )
    return segments


def transcription(task: TaskRecord) -> list[dict[str, Any]] | None:
    if not task.transcript:
        return None
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", task.transcript) if s.strip()]
    step = task.source.info.duration / max(1, len(sentences))
    return [
        {"start": round(i * step, 2), "end": round((i + 1) * step, 2), "value": s}
        for i, s in enumerate(sentences)
    ]


def _metadata_matches(stored: Scalar | None, key: str, raw: str) -> bool:
    if stored is None:
        return False
    if isinstance(stored, bool):
        return raw == ("true" if stored else "false")
    if isinstance(stored, int | float):
        try:
            return float(raw) == float(stored)
        except ValueError:
            return False
    return raw == stored


def check_embedding_options(
    index: IndexRecord, options: Sequence[str], needs: Mapping[str, str]
) -> None:
    """Refuse an ``embedding_option`` whose model option (``needs[option]``) the index's
    Marengo model lacks."""
    if not options:
        return
    enabled = index.marengo_options()
    if enabled is None:
        raise invalid("embedding_option", "Embeddings need an index with a Marengo model.")
    for option in options:
        if needs[option] not in enabled:
            raise invalid(
                "embedding_option",
                f"`{option}` needs the `{needs[option]}` model option on the index.",
            )


def read_metadata_filter(q: QueryReader) -> Callable[[Mapping[str, Any]], bool]:
    """The user-metadata filters of a list query (every key the operation does not define,
    flattened to the top level of the query), as a test of one item's metadata."""
    exact: dict[str, str] = {}
    ranges: dict[str, Range] = {}
    for key in q.extra_keys():
        base, op = split_range_key(key)
        if base == "user_metadata":
            raise unknown([key])  # the filter keys go at the top level, not under user_metadata
        value = q.string(key)
        if value is None:
            continue
        if op is None:
            exact[key] = value
        elif op in RANGE_OPERATORS:
            setattr(ranges.setdefault(base, Range()), op, parse_number(key, value))
        else:
            raise invalid(key, "Use [gte] or [lte].")

    def matches(metadata: Mapping[str, Any]) -> bool:
        for key, raw in exact.items():
            if not _metadata_matches(metadata.get(key), key, raw):
                return False
        for key, wanted in ranges.items():
            stored = metadata.get(key)
            if isinstance(stored, bool) or not isinstance(stored, int | float):
                return False
            if not wanted.matches(float(stored)):
                return False
        return True

    return matches


def video_list_page(
    call: Call,
    candidates: Iterable[TaskRecord],
    updated_at: Callable[[TaskRecord], float],
    render: Callable[[TaskRecord], dict[str, Any]],
    statuses: Sequence[str] = (),
) -> Response:
    """One page of a list of videos (the videos of an index, or its indexed assets, which can
    also be filtered by ``status``, one of ``statuses``). Both take the same query: the page,
    the sort (by ``created_at`` or ``updated_at``, as ``updated_at`` tells it), ``filename``,
    ranges over the system metadata and the creation and update times, and user-metadata
    filters at the top level."""
    store = call.store
    allowed = {"page", "page_limit", "sort_by", "sort_option", "filename"}
    q = QueryReader(
        call.query,
        {*allowed, "status"} if statuses else allowed,
        ranged={*FACTS, "created_at", "updated_at"},
    )
    metadata_matches = read_metadata_filter(q)
    page, limit = read_page(q)
    sort_by, descending = read_sort(q)
    wanted = q.choices("status", statuses) if statuses else []
    filename = q.string("filename")
    ranges = {k: q.range(k) for k in FACTS}
    created = q.range("created_at", datetimes=True)
    updated = q.range("updated_at", datetimes=True)
    now, stage = store.now(), store.settings.stage_seconds

    def keep(task: TaskRecord) -> bool:
        facts = system_metadata(task)
        if wanted and task.status(now, stage) not in wanted:
            return False
        if filename is not None and task.source.filename != filename:
            return False
        if any(r is not None and not r.matches(float(facts[k])) for k, r in ranges.items()):
            return False
        if created is not None and not created.matches(task.created_at):
            return False
        if updated is not None and not updated.matches(updated_at(task)):
            return False
        return metadata_matches(task.user_metadata)

    found = [t for t in candidates if keep(t)]
    found.sort(
        key=lambda t: sort_key(sort_by, t.created_at, updated_at(t), t.seq), reverse=descending
    )
    return page_response(found, page, limit, render)


def list_videos(call: Call) -> Response:
    store = call.store
    index = get_index(store, call.params["index-id"])
    stage = store.settings.stage_seconds
    return video_list_page(
        call,
        store.videos_of(index.id),
        lambda t: t.video_updated_at(stage),
        lambda t: render_video_item(store, t),
    )


def read_details(call: Call, needs: Mapping[str, str]) -> tuple[list[str], bool]:
    """The query of a retrieve: the ``embedding_option`` values (each once; ``needs`` maps
    them to index model options) and whether ``transcription`` is asked for."""
    q = QueryReader(call.query, {"embedding_option", "transcription"})
    q.check_unknown()
    options = list(dict.fromkeys(q.choices("embedding_option", needs)))
    return options, q.boolean("transcription") or False


def add_details(
    store: Store,
    body: dict[str, Any],
    task: TaskRecord,
    options: list[str],
    want_transcription: bool,
    *,
    ready: bool,
) -> None:
    """What a retrieve adds to the list item: user metadata, HLS, and when asked, the
    embeddings and the transcription (both only once the video is ready)."""
    if task.user_metadata:
        body["user_metadata"] = dict(task.user_metadata)
    if task.enable_video_stream:
        body["hls"] = render_hls(store, task)
    if options and ready:
        body["embedding"] = {
            "model_name": EMBED_MODEL,
            "video_embedding": {"segments": video_segments(task, options)},
        }
    if want_transcription:
        body["transcription"] = transcription(task) if ready else None


def retrieve_video(call: Call) -> Response:
    store = call.store
    options, want_transcription = read_details(call, EMBEDDING_OPTIONS)
    index = get_index(store, call.params["index-id"])
    task = get_video(store, index, call.params["video-id"])
    check_embedding_options(index, options, EMBEDDING_OPTIONS)
    body = render_video_item(store, task)
    body["system_metadata"].update(
        video_title=task.source.filename.rsplit(".", 1)[0],
        model_names=[name for name, _ in index.models],
    )
    add_details(store, body, task, options, want_transcription, ready=True)
    return json_response(200, body)


def update_video(call: Call) -> Response:
    store = call.store
    no_query(call)
    index = get_index(store, call.params["index-id"])
    task = get_video(store, index, call.params["video-id"])
    body = JsonReader(call.json, {"user_metadata"})
    raw = body.obj("user_metadata", required=True)
    assert raw is not None
    # A partial update, as PATCH on indexed assets: a key set to null is deleted.
    deleted = [key for key, value in raw.items() if value is None]
    metadata = check_user_metadata("user_metadata", {k: v for k, v in raw.items() if v is not None})
    clash = sorted(set(metadata) & SYSTEM_METADATA_KEYS)
    if clash:
        raise invalid("user_metadata", f"System keys cannot be set: {', '.join(clash)}.")
    # Merge: keys not mentioned keep their values (2025 sources do not say; merging is kinder).
    task.user_metadata.update(metadata)
    for key in deleted:
        task.user_metadata.pop(key, None)
    task.metadata_updated_at = store.now()
    return empty_response(204)


def delete_video(call: Call) -> Response:
    store = call.store
    no_query(call)
    index = get_index(store, call.params["index-id"])
    task = get_video(store, index, call.params["video-id"])
    task.video_deleted = True
    return empty_response(204)


ROUTES = [
    Route("GET", "/indexes/{index-id}/videos", "list_videos", list_videos),
    Route("GET", "/indexes/{index-id}/videos/{video-id}", "retrieve_video", retrieve_video),
    # PATCH since August 2025; PUT is what the 2025 reference documented (older clients).
    Route("PATCH", "/indexes/{index-id}/videos/{video-id}", "update_video", update_video, "json"),
    Route("PUT", "/indexes/{index-id}/videos/{video-id}", "update_video", update_video, "json"),
    Route("DELETE", "/indexes/{index-id}/videos/{video-id}", "delete_video", delete_video),
]
