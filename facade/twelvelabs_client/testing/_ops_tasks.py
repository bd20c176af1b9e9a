"""Video indexing tasks (upload, list, retrieve, delete) and imports from integrations."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import unquote, urlsplit

from ._clock import rfc3339
from ._content import unit
from ._errors import bad_request, found, invalid, not_exist
from ._media import VideoInfo, derived_info, probe_moov
from ._multipart import FilePart
from ._ops_indexes import get_index
from ._params import FormReader, JsonReader, QueryReader
from ._routing import Call, Route, no_query, page_response, read_page, read_sort, sort_key
from ._state import (
    SYSTEM_METADATA_KEYS,
    TASK_STAGES,
    TASK_STATUSES,
    ImportRun,
    IndexRecord,
    IntegrationFile,
    Scalar,
    Store,
    TaskRecord,
    VideoSource,
)
from ._wire import Response, empty_response, json_response

MIN_DURATION = 4.0


def check_user_metadata(name: str, raw: dict[str, Any]) -> dict[str, Scalar]:
    """User metadata values are strings, numbers or booleans; nested values must be strings."""
    out: dict[str, Scalar] = {}
    for key, value in raw.items():
        if not isinstance(value, str | int | float | bool):
            raise invalid(name, f"The value of `{key}` must be a string, number or boolean.")
        out[key] = value
    return out


def source_from_file(part: FilePart) -> VideoSource:
    info = probe_moov(part.moov) if part.moov else None
    return VideoSource(
        filename=part.filename or "video.mp4",
        size=part.size,
        fingerprint=part.sha256,
        info=info or derived_info(part.sha256),
    )


def source_from_url(name: str, url: str) -> VideoSource:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise invalid(name, "It must be a public http(s) URL.")
    filename = unquote(parts.path.rsplit("/", 1)[-1]) or "video.mp4"
    fingerprint = hashlib.sha256(url.encode()).hexdigest()
    return VideoSource(
        filename=filename,
        size=1_000_000 + int(200_000_000 * unit("url-size", url)),
        fingerprint=fingerprint,
        info=derived_info(fingerprint),
        url=url,
    )


def apply_metadata_overrides(source: VideoSource, metadata: dict[str, Scalar]) -> None:
    """``duration`` (and ``width``/``height``/``fps``) in the user metadata set the video's facts.

    This is how a test chooses the duration of a few arbitrary bytes. System keys are then
    removed from the user metadata, since the API never lets user metadata shadow them.
    """
    info = source.info
    values: dict[str, float] = {}
    for key in ("duration", "width", "height", "fps"):
        value = metadata.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            values[key] = float(value)
    source.info = VideoInfo(
        duration=values.get("duration", info.duration),
        width=int(values.get("width", info.width)),
        height=int(values.get("height", info.height)),
        fps=values.get("fps", info.fps),
    )
    for key in SYSTEM_METADATA_KEYS:
        metadata.pop(key, None)


def check_accepts_videos(index: IndexRecord) -> None:
    """Since late 2026 an index whose only model is Pegasus 1.2 takes no new videos
    (wire-facts-2026 5.8; the facts give no error code, so the generic one is used)."""
    if index.models and all(name == "pegasus1.2" for name, _ in index.models):
        raise invalid(
            "index_id",
            "This index has only the retired pegasus1.2 model and takes no new videos; "
            "create an index with marengo3.0 and use analyze for text generation.",
        )


def duration_problem(index: IndexRecord, duration: float) -> tuple[str, str] | None:
    limit = 3600.0 if "pegasus" in index.families() else 7200.0
    if duration < MIN_DURATION:
        return (
            "video_duration_too_short",
            f"The video lasts {duration:g} s; it must last at least {MIN_DURATION:g} s.",
        )
    if duration > limit:
        return (
            "video_duration_too_long",
            f"The video lasts {duration:g} s; the models of this index accept at most {limit:g} s.",
        )
    return None


def video_source(store: Store, form: FormReader) -> VideoSource:
    """The video of an upload form: ``video_url`` (which wins) or ``video_file``."""
    url = form.string("video_url")
    if url is not None:
        return source_from_url("video_url", url)
    part = form.file("video_file")
    if part is None:
        raise bad_request(
            "parameter_not_provided", "Provide the video as `video_file` or `video_url`."
        )
    check_size(store, part.size)
    return source_from_file(part)


def check_size(store: Store, size: int) -> None:
    limit = store.settings.max_video_bytes
    if size > limit:
        raise bad_request(
            "video_filesize_too_large",
            f"The video is {size} bytes; the largest accepted size is {limit} bytes.",
        )
    if size == 0:
        raise bad_request("video_file_broken", "The uploaded video file is empty.")


def new_task(
    store: Store,
    index: IndexRecord,
    source: VideoSource,
    *,
    enable_video_stream: bool,
    user_metadata: dict[str, Scalar],
    integration_id: str | None = None,
    can_fail: bool = True,
) -> TaskRecord:
    task = TaskRecord(
        id=store.new_id("task"),
        index_id=index.id,
        video_id=store.new_id("video"),
        created_at=store.now(),
        seq=store.next_seq(),
        source=source,
        enable_video_stream=enable_video_stream,
        user_metadata=user_metadata,
        fail_reason=store.take_failure(source.filename) if can_fail else None,
        integration_id=integration_id,
    )
    store.tasks[task.id] = task
    store.video_to_task[task.video_id] = task.id
    return task


def create_task(call: Call) -> Response:
    store = call.store
    form = FormReader(
        call.form,
        {"index_id", "video_file", "video_url", "enable_video_stream", "user_metadata"},
        hint=call.form_hint,
    )
    index_id = form.string("index_id", required=True)
    assert index_id is not None
    enable_stream = form.boolean("enable_video_stream") or False
    metadata = check_user_metadata("user_metadata", form.json_object("user_metadata") or {})
    index = get_index(store, index_id)
    check_accepts_videos(index)
    source = video_source(store, form)
    apply_metadata_overrides(source, metadata)
    problem = duration_problem(index, source.info.duration)
    if problem is not None:
        raise bad_request(*problem)
    task = new_task(store, index, source, enable_video_stream=enable_stream, user_metadata=metadata)
    return json_response(200, {"_id": task.id, "video_id": task.video_id})


def failure(reason: str | None) -> dict[str, str]:
    """Why a task failed, as ``error: {"message": ...}``: the 2025 reference gives a task no
    failure field; this is the shape later API releases use on their failed objects (inferred)."""
    return {"message": reason or "The video could not be processed."}


def render_hls(store: Store, task: TaskRecord) -> dict[str, Any]:
    status = task.status(store.now(), store.settings.stage_seconds)
    hls_status = {"ready": "COMPLETE", "failed": "ERROR"}.get(status, "PROCESSING")
    base = f"https://hls.fake.twelvelabs.local/{task.video_id}"
    return {
        "video_url": f"{base}/stream.m3u8" if status == "ready" else None,
        "thumbnail_urls": [f"{base}/thumbnail.jpg"] if status == "ready" else [],
        "status": hls_status,
        "updated_at": rfc3339(
            task.updated_at(store.now(), store.settings.stage_seconds), millis=True
        ),
    }


def render_task(store: Store, task: TaskRecord, *, with_hls: bool) -> dict[str, Any]:
    now, stage = store.now(), store.settings.stage_seconds
    status = task.status(now, stage)
    system: dict[str, Any] = {"filename": task.source.filename}
    if status != "validating":  # the facts are known once validation is over
        info = task.source.info
        system.update(duration=info.duration, width=info.width, height=info.height)
    body: dict[str, Any] = {
        "_id": task.id,
        "index_id": task.index_id,
        "video_id": task.video_id,
        "status": status,
        "system_metadata": system,
        "created_at": rfc3339(task.created_at, millis=True),
        "updated_at": rfc3339(task.updated_at(now, stage), millis=True),
    }
    if with_hls and task.enable_video_stream:
        body["hls"] = render_hls(store, task)
    if status == "failed":
        body["error"] = failure(task.fail_reason)
    return body


def get_task(store: Store, task_id: str) -> TaskRecord:
    return found(store.tasks, task_id, TaskRecord, not_exist(task_id, "tasks"))


def list_tasks(call: Call) -> Response:
    store = call.store
    q = QueryReader(
        call.query,
        {"page", "page_limit", "sort_by", "sort_option", "index_id", "status", "filename"},
        ranged={"duration", "width", "height", "created_at", "updated_at"},
    )
    q.check_unknown()
    page, limit = read_page(q)
    sort_by, descending = read_sort(q)
    index_id = q.string("index_id")
    statuses = q.choices("status", TASK_STATUSES)
    filename = q.string("filename")
    duration = q.range("duration")
    width = q.range("width")
    height = q.range("height")
    created = q.range("created_at", datetimes=True)
    updated = q.range("updated_at", datetimes=True)
    now, stage = store.now(), store.settings.stage_seconds

    def keep(task: TaskRecord) -> bool:
        info = task.source.info
        return (
            task.asset_id is None  # indexed assets have no task
            and (index_id is None or task.index_id == index_id)
            and (not statuses or task.status(now, stage) in statuses)
            and (filename is None or task.source.filename == filename)
            and (duration is None or duration.matches(info.duration))
            and (width is None or width.matches(info.width))
            and (height is None or height.matches(info.height))
            and (created is None or created.matches(task.created_at))
            and (updated is None or updated.matches(task.updated_at(now, stage)))
        )

    found = [t for t in store.tasks.values() if keep(t)]
    found.sort(
        key=lambda t: sort_key(sort_by, t.created_at, t.updated_at(now, stage), t.seq),
        reverse=descending,
    )
    return page_response(found, page, limit, lambda t: render_task(store, t, with_hls=False))


def retrieve_task(call: Call) -> Response:
    no_query(call)
    task = get_task(call.store, call.params["task_id"])
    return json_response(200, render_task(call.store, task, with_hls=True))


def delete_task(call: Call) -> Response:
    no_query(call)
    store = call.store
    task = get_task(store, call.params["task_id"])
    status = task.status(store.now(), store.settings.stage_seconds)
    if status not in ("ready", "failed"):
        raise bad_request(
            "task_cannot_be_deleted",
            f"The task is `{status}`; only ready or failed tasks can be deleted.",
        )
    if status == "ready" and not task.video_deleted:
        raise bad_request(
            "task_cannot_be_deleted",
            f"The task is ready; delete its video `{task.video_id}` first.",
        )
    del store.tasks[task.id]
    store.video_to_task.pop(task.video_id, None)
    return empty_response(204)


# ------------------------------------------------------------------------------ imports


def _integration_tasks(store: Store, integration_id: str, index_id: str) -> list[TaskRecord]:
    return [
        t
        for t in store.tasks.values()
        if t.integration_id == integration_id and t.index_id == index_id
    ]


def _source_of(integration_id: str, file: IntegrationFile) -> VideoSource:
    return VideoSource(
        filename=file.filename,
        size=file.size,
        fingerprint=hashlib.sha256(f"{integration_id}/{file.filename}".encode()).hexdigest(),
        info=VideoInfo(file.duration, file.width, file.height, file.fps),
    )


def create_import(call: Call) -> Response:
    store = call.store
    integration_id = call.params["integration-id"]
    body = JsonReader(
        call.json, {"index_id", "incremental_import", "retry_failed", "user_metadata"}
    )
    index_id = body.string("index_id", required=True)
    assert index_id is not None
    incremental = body.boolean("incremental_import")
    retry_failed = body.boolean("retry_failed") or False
    metadata = check_user_metadata("user_metadata", body.obj("user_metadata") or {})
    index = get_index(store, index_id)
    check_accepts_videos(index)
    now, stage = store.now(), store.settings.stage_seconds
    earlier = _integration_tasks(store, integration_id, index.id)
    run = ImportRun(integration_id, index.id, index.name, now, [], [])
    videos: list[dict[str, str]] = []
    for file in store.integration_files(integration_id):
        problem = duration_problem(index, file.duration)
        if file.error_message is not None or problem is not None:
            message = file.error_message or (problem[1] if problem else "")
            run.failed_files.append((file.filename, message))
            continue
        previous = [t for t in earlier if t.source.filename == file.filename]
        if previous:
            failed_before = all(t.status(now, stage) == "failed" for t in previous)
            if (incremental is not False and not failed_before) or (
                failed_before and not retry_failed
            ):
                continue
        task = new_task(
            store,
            index,
            _source_of(integration_id, file),
            enable_video_stream=False,
            user_metadata=dict(metadata),
            integration_id=integration_id,
        )
        run.task_ids.append(task.id)
        videos.append({"video_id": task.video_id, "filename": file.filename})
    store.imports.append(run)
    result: dict[str, Any] = {"videos": videos}
    if run.failed_files:
        result["failed_files"] = [{"filename": f, "error_message": m} for f, m in run.failed_files]
    return json_response(201, result)


def import_status(call: Call) -> Response:
    store = call.store
    integration_id = call.params["integration-id"]
    q = QueryReader(call.query, {"index_id"})
    q.check_unknown()
    index_id = q.string("index_id", required=True)
    assert index_id is not None
    index = get_index(store, index_id)
    now, stage = store.now(), store.settings.stage_seconds
    result: dict[str, list[Any]] = {"not_imported": []}
    for status in (*TASK_STAGES, "ready", "failed"):
        result[status] = []
    attempted: set[str] = set()
    for run in store.imports:
        if run.integration_id != integration_id or run.index_id != index.id:
            continue
        for filename, message in run.failed_files:
            attempted.add(filename)
            result["failed"].append(
                {
                    "filename": filename,
                    "created_at": rfc3339(run.created_at, millis=False),
                    "error_message": message,
                }
            )
    for task in sorted(_integration_tasks(store, integration_id, index.id), key=lambda t: t.seq):
        attempted.add(task.source.filename)
        status = task.status(now, stage)
        created = rfc3339(task.created_at, millis=False)
        if status == "failed":
            result["failed"].append(
                {
                    "filename": task.source.filename,
                    "created_at": created,
                    "error_message": task.fail_reason or "The video could not be indexed.",
                }
            )
        else:
            result[status].append(
                {"video_id": task.video_id, "filename": task.source.filename, "created_at": created}
            )
    result["not_imported"] = [
        f.filename for f in store.integration_files(integration_id) if f.filename not in attempted
    ]
    return json_response(200, result)


def import_logs(call: Call) -> Response:
    store = call.store
    integration_id = call.params["integration-id"]
    no_query(call)
    now, stage = store.now(), store.settings.stage_seconds
    logs = []
    for run in store.imports:
        if run.integration_id != integration_id:
            continue
        tasks = [store.tasks[t] for t in run.task_ids if t in store.tasks]
        counts = dict.fromkeys(
            ("ready", "validating", "queued", "pending", "indexing", "failed"), 0
        )
        failed_files = [{"filename": f, "error_message": m} for f, m in run.failed_files]
        counts["failed"] += len(run.failed_files)
        for task in tasks:
            status = task.status(now, stage)
            counts[status] = counts.get(status, 0) + 1
            if status == "failed":
                failed_files.append(
                    {
                        "filename": task.source.filename,
                        "error_message": task.fail_reason or "The video could not be indexed.",
                    }
                )
        finished = all(t.status(now, stage) in ("ready", "failed") for t in tasks)
        ended = max([run.created_at] + [t.finished_at(stage) for t in tasks])
        log: dict[str, Any] = {
            "index_id": run.index_id,
            "index_name": run.index_name,
            "created_at": rfc3339(run.created_at, millis=False),
            "ended_at": rfc3339(ended, millis=False) if finished else None,
            "video_status": counts,
        }
        if failed_files:
            log["failed_files"] = failed_files
        logs.append(log)
    return json_response(200, {"data": logs})


ROUTES = [
    Route("POST", "/tasks", "create_task", create_task, "multipart"),
    Route("GET", "/tasks", "list_tasks", list_tasks),
    Route(
        "POST", "/tasks/transfers/import/{integration-id}", "create_import", create_import, "json"
    ),
    Route(
        "GET",
        "/tasks/transfers/import/{integration-id}/status",
        "retrieve_import_status",
        import_status,
    ),
    Route(
        "GET", "/tasks/transfers/import/{integration-id}/logs", "retrieve_import_logs", import_logs
    ),
    Route("GET", "/tasks/{task_id}", "retrieve_task", retrieve_task),
    Route("DELETE", "/tasks/{task_id}", "delete_task", delete_task),
]
