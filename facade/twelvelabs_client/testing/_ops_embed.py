"""Embeddings: text/image/audio at once (``POST /embed``) and video embedding tasks, with the
task list that embed v2 tasks share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from ._clock import rfc3339
from ._content import blob_embedding, text_embedding, token_count
from ._errors import bad_request, found, invalid, not_exist
from ._multipart import FilePart
from ._ops_tasks import failure, video_source
from ._ops_videos import EMBEDDING_OPTIONS, clip_segments
from ._params import FormReader, QueryReader
from ._routing import Call, Route, no_query, page_response, read_page
from ._state import EMBED_MODEL, EMBED_STATUSES, EmbedJob, EmbedTaskRecord, Store
from ._wire import Response, json_response

MAX_TEXT_TOKENS = 77
SEVEN_DAYS = 7 * 86400.0
# The form fields of POST /embed and of POST /embed/tasks, besides `model_name`.
EMBEDDINGS_FIELDS = {
    "text",
    "text_truncate",
    "image_url",
    "image_file",
    "audio_url",
    "audio_file",
    "audio_start_offset_sec",
}
EMBED_TASK_FIELDS = {
    "video_file",
    "video_url",
    "video_start_offset_sec",
    "video_end_offset_sec",
    "video_clip_length",
    "video_embedding_scope",
}


def _read_form(call: Call, fields: set[str]) -> tuple[FormReader, str]:
    """The form of an embed request (``model_name`` and ``fields``) and its checked model."""
    form = FormReader(call.form, {"model_name", *fields}, hint=call.form_hint)
    name = form.string("model_name", required=True)
    if name != EMBED_MODEL:
        raise invalid("model_name", f"Use `{EMBED_MODEL}`.")
    return form, name


def _truncate(text: str, mode: str) -> str:
    if token_count(text) <= MAX_TEXT_TOKENS:
        return text
    if mode == "none":
        raise invalid(
            "text",
            f"The text is longer than {MAX_TEXT_TOKENS} tokens and `text_truncate` is `none`.",
        )
    kept = text.split()
    while kept and token_count(" ".join(kept)) > MAX_TEXT_TOKENS:
        kept = kept[1:] if mode == "start" else kept[:-1]
    return " ".join(kept)


def _media_metadata(url: str | None, part: FilePart | None) -> dict[str, str]:
    if url is not None:
        return {"input_url": url}
    assert part is not None
    return {"input_filename": part.filename or "upload"}


def create_embeddings(call: Call) -> Response:
    store = call.store
    form, model_name = _read_form(call, EMBEDDINGS_FIELDS)
    text = form.string("text")
    truncate = form.choice("text_truncate", ("none", "start", "end"), "end") or "end"
    image_url = form.string("image_url")
    image_file = None if image_url is not None else form.file("image_file")
    audio_url = form.string("audio_url")
    audio_file = None if audio_url is not None else form.file("audio_file")
    audio_offset = form.number("audio_start_offset_sec", 0.0, 86400.0) or 0.0
    if (
        text is None
        and image_url is None
        and image_file is None
        and audio_url is None
        and audio_file is None
    ):
        raise bad_request(
            "parameter_not_provided",
            "Give at least one input: `text`, `image_url`/`image_file` or `audio_url`/`audio_file`.",
        )
    if image_file is not None and image_file.size > store.settings.max_image_bytes:
        raise invalid("image_file", "The image must not exceed 5 MB.")
    body: dict[str, Any] = {"model_name": model_name}
    if text is not None:
        body["text_embedding"] = {
            "segments": [{"float": text_embedding(_truncate(text, truncate))}]
        }
    if image_url is not None or image_file is not None:
        key = image_url if image_url is not None else image_file.sha256 if image_file else ""
        body["image_embedding"] = {
            "segments": [{"float": blob_embedding("image", key)}],
            "metadata": _media_metadata(image_url, image_file),
        }
    if audio_url is not None or audio_file is not None:
        key = audio_url if audio_url is not None else audio_file.sha256 if audio_file else ""
        body["audio_embedding"] = {
            "segments": [
                {
                    "start_offset_sec": audio_offset,
                    "float": blob_embedding("audio", key, audio_offset),
                }
            ],
            "metadata": _media_metadata(audio_url, audio_file),
        }
    return json_response(200, body)


def create_embed_task(call: Call) -> Response:
    store = call.store
    form, model_name = _read_form(call, EMBED_TASK_FIELDS)
    start = form.number("video_start_offset_sec", 0.0, 7200.0)
    end = form.number("video_end_offset_sec", 0.0, 7200.0)
    clip_length = form.number("video_clip_length", 2.0, 10.0)
    scopes = form.choices("video_embedding_scope", ("clip", "video")) or ["clip"]
    if (start is None) != (end is None):
        raise invalid(
            "video_end_offset_sec" if end is None else "video_start_offset_sec",
            "Set both `video_start_offset_sec` and `video_end_offset_sec`, or neither.",
        )
    if start is not None and end is not None and end <= start:
        raise invalid("video_end_offset_sec", "It must be greater than `video_start_offset_sec`.")
    source = video_source(store, form)
    duration = source.info.duration
    if not 4.0 <= duration <= 7200.0:
        code = "video_duration_too_short" if duration < 4.0 else "video_duration_too_long"
        raise bad_request(code, f"The video lasts {duration:g} s; it must last 4 s to 7200 s.")
    task = EmbedTaskRecord(
        **store.stamp("embed-task"),
        model_name=model_name,
        source=source,
        clip_length=clip_length or 6.0,
        scopes=scopes,
        start_offset=start,
        end_offset=end,
        fail_reason=store.take_failure(source.filename),
    )
    store.embed_tasks[task.id] = task
    return json_response(200, {"_id": task.id})


def _metadata(task: EmbedTaskRecord) -> dict[str, Any]:
    meta: dict[str, Any] = (
        {"input_url": task.source.url}
        if task.source.url is not None
        else {"input_filename": task.source.filename}
    )
    meta.update(
        video_clip_length=task.clip_length,
        video_embedding_scope=list(task.scopes),
        duration=task.source.info.duration,
    )
    return meta


def _segments(task: EmbedTaskRecord, options: list[str]) -> list[dict[str, Any]]:
    begin = task.start_offset or 0.0
    finish = min(task.end_offset or task.source.info.duration, task.source.info.duration)
    out: list[dict[str, Any]] = []
    for option in options:
        if "clip" in task.scopes:
            for start, end in clip_segments(finish - begin, task.clip_length):
                out.append(
                    {
                        "start_offset_sec": round(begin + start, 3),
                        "end_offset_sec": round(begin + end, 3),
                        "embedding_scope": "clip",
                        "embedding_option": option,
                        "float": blob_embedding(
                            "embed-task", task.source.fingerprint, option, begin + start
                        ),
                    }
                )
        if "video" in task.scopes:
            out.append(
                {
                    "start_offset_sec": round(begin, 3),
                    "end_offset_sec": round(finish, 3),
                    "embedding_scope": "video",
                    "embedding_option": option,
                    "float": blob_embedding("embed-task-video", task.source.fingerprint, option),
                }
            )
    return out


def get_embed_task(store: Store, task_id: str) -> EmbedTaskRecord:
    return found(store.embed_tasks, task_id, EmbedTaskRecord, not_exist(task_id, "embed_tasks"))


J = TypeVar("J", bound=EmbedJob)


def embed_task_page(
    call: Call, tasks: Iterable[J], render: Callable[[J, float], dict[str, Any]]
) -> Response:
    """One page of embed tasks (of either API), newest first, filtered by ``status`` and
    creation time (``started_at``/``ended_at``; by default the last seven days). ``render``
    gets each task and the clock time the page is computed at."""
    store = call.store
    q = QueryReader(call.query, {"started_at", "ended_at", "status", "page", "page_limit"})
    q.check_unknown()
    started = q.datetime("started_at")
    ended = q.datetime("ended_at")
    status = q.choice("status", EMBED_STATUSES)
    page, limit = read_page(q)
    now = store.now()
    if started is None and ended is None:
        started = now - SEVEN_DAYS

    def keep(task: J) -> bool:
        return (
            (started is None or task.created_at >= started)
            and (ended is None or task.created_at <= ended)
            and (status is None or task.status(now, store.settings) == status)
        )

    found = sorted(
        (t for t in tasks if keep(t)),
        key=lambda t: (t.created_at, t.seq),
        reverse=True,
    )
    return page_response(found, page, limit, lambda t: render(t, now))


def list_embed_tasks(call: Call) -> Response:
    store = call.store
    return embed_task_page(
        call,
        store.embed_tasks.values(),
        lambda t, now: {
            "_id": t.id,
            "model_name": t.model_name,
            "status": t.status(now, store.settings),
            "created_at": rfc3339(t.created_at, millis=False),
            "video_embedding": {"metadata": _metadata(t)},
        },
    )


def embed_task_status(call: Call) -> Response:
    store = call.store
    no_query(call)
    task = get_embed_task(store, call.params["task_id"])
    body: dict[str, Any] = {
        "_id": task.id,
        "model_name": task.model_name,
        "status": task.status(store.now(), store.settings),
        "video_embedding": {"metadata": _metadata(task)},
    }
    if body["status"] == "failed":
        body["error"] = failure(task.fail_reason)
    return json_response(200, body)


def retrieve_embed_task(call: Call) -> Response:
    store = call.store
    q = QueryReader(call.query, {"embedding_option"})
    q.check_unknown()
    options = list(dict.fromkeys(q.choices("embedding_option", EMBEDDING_OPTIONS))) or list(
        EMBEDDING_OPTIONS
    )
    task = get_embed_task(store, call.params["task_id"])
    status = task.status(store.now(), store.settings)
    video_embedding: dict[str, Any] = {"metadata": _metadata(task)}
    if status == "ready":
        video_embedding["segments"] = _segments(task, options)
    body: dict[str, Any] = {
        "_id": task.id,
        "model_name": task.model_name,
        "status": status,
        "created_at": rfc3339(task.created_at, millis=False),
        "video_embedding": video_embedding,
    }
    if status == "failed":
        body["error"] = failure(task.fail_reason)
    return json_response(200, body)


ROUTES = [
    Route("POST", "/embed", "create_embeddings", create_embeddings, "multipart"),
    Route("POST", "/embed/tasks", "create_embed_task", create_embed_task, "multipart"),
    Route("GET", "/embed/tasks", "list_embed_tasks", list_embed_tasks),
    Route("GET", "/embed/tasks/{task_id}/status", "retrieve_embed_task_status", embed_task_status),
    Route("GET", "/embed/tasks/{task_id}", "retrieve_embed_task", retrieve_embed_task),
]
