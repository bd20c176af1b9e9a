"""Indexed assets: an asset put into an index (create 202, list, retrieve, update, delete).

An indexed asset is kept as an indexing task whose video id is the indexed asset's id (the
facts suggest the two ids are the same), so it shows up in ``GET /indexes/{id}/videos`` (with
its ``asset_id``), in search results and in the index's counts once ``ready``. It moves
``validating -> pending -> queued -> indexing -> ready`` (or ``failed``) on the fake's clock.
"""

from __future__ import annotations

from typing import Any

from ._clock import rfc3339
from ._errors import ApiError, found, invalid, missing
from ._ops_assets import get_asset
from ._ops_tasks import (
    check_accepts_videos,
    check_user_metadata,
    duration_problem,
    new_task,
)
from ._ops_videos import (
    add_details,
    check_embedding_options,
    read_details,
    system_metadata,
    video_list_page,
)
from ._params import JsonReader
from ._routing import Call, Route, no_query
from ._state import TASK_STATUSES, IndexRecord, Store, TaskRecord
from ._wire import Response, empty_response, json_response

STATUSES = tuple(s for s in TASK_STATUSES if s != "uploading")
# embedding option -> the index model option it needs
EMBEDDING_OPTIONS = {
    "visual": "visual",
    "visual-text": "visual",
    "audio": "audio",
    "transcription": "audio",
}


def _index(store: Store, index_id: str) -> IndexRecord:
    return found(store.indexes, index_id, IndexRecord, missing("index", index_id))


def get_indexed_asset(store: Store, index_id: str, indexed_asset_id: str) -> TaskRecord:
    task_id = store.video_to_task.get(indexed_asset_id)
    task = store.tasks.get(task_id) if task_id else None
    if task is None or task.index_id != index_id or task.asset_id is None or task.video_deleted:
        raise ApiError(
            404,
            "resource_not_exist",
            f"No indexed asset with id `{indexed_asset_id}` exists in index `{index_id}`.",
            docs_url=None,
        )
    return task


def create_indexed_asset(call: Call) -> Response:
    store = call.store
    no_query(call)
    index = _index(store, call.params["index-id"])
    check_accepts_videos(index)
    body = JsonReader(call.json, {"asset_id", "enable_video_stream", "user_metadata"})
    asset_id = body.string("asset_id", required=True)
    assert asset_id is not None
    enable_stream = body.boolean("enable_video_stream") or False
    metadata = check_user_metadata("user_metadata", body.obj("user_metadata") or {})
    asset = get_asset(store, asset_id)
    status = asset.status(store.now(), store.settings)
    if status != "ready":
        raise invalid("asset_id", f"The asset is `{status}`; it must be `ready` to be indexed.")
    task = new_task(
        store,
        index,
        asset.source,
        enable_video_stream=enable_stream,
        user_metadata=metadata,
    )
    task.asset_id = asset.id
    task.transcript = asset.transcript
    problem = duration_problem(index, asset.source.info.duration)
    if problem is not None and task.fail_reason is None:
        task.fail_reason = problem[1]
    return json_response(202, {"_id": task.video_id, "asset_id": asset.id})


def render_indexed_asset(store: Store, task: TaskRecord) -> dict[str, Any]:
    now, stage = store.now(), store.settings.stage_seconds
    status = task.status(now, stage)
    body: dict[str, Any] = {
        "_id": task.video_id,
        "asset_id": task.asset_id,
        "status": status,
        "created_at": rfc3339(task.created_at, millis=False),
        "updated_at": rfc3339(
            max(task.updated_at(now, stage), task.metadata_updated_at or 0.0), millis=False
        ),
    }
    if status == "ready":
        body["indexed_at"] = rfc3339(task.finished_at(stage), millis=False)
    facts = system_metadata(task)
    body["system_metadata"] = facts if status != "validating" else {"filename": facts["filename"]}
    return body


def list_indexed_assets(call: Call) -> Response:
    store = call.store
    index = _index(store, call.params["index-id"])
    now, stage = store.now(), store.settings.stage_seconds
    indexed_assets = [
        t
        for t in store.tasks.values()
        if t.index_id == index.id and t.asset_id is not None and not t.video_deleted
    ]
    return video_list_page(
        call,
        indexed_assets,
        lambda t: t.updated_at(now, stage),
        lambda t: render_indexed_asset(store, t),
        STATUSES,
    )


def retrieve_indexed_asset(call: Call) -> Response:
    store = call.store
    options, want_transcription = read_details(call, EMBEDDING_OPTIONS)
    index = _index(store, call.params["index-id"])
    task = get_indexed_asset(store, index.id, call.params["indexed-asset-id"])
    check_embedding_options(index, options, EMBEDDING_OPTIONS)
    body = render_indexed_asset(store, task)
    add_details(store, body, task, options, want_transcription, ready=body["status"] == "ready")
    return json_response(200, body)


def update_indexed_asset(call: Call) -> Response:
    """PATCH: merge; a key set to ``null`` is deleted."""
    store = call.store
    no_query(call)
    task = get_indexed_asset(store, call.params["index-id"], call.params["indexed-asset-id"])
    body = JsonReader(call.json, {"user_metadata"})
    raw = body.body.get("user_metadata") or {}
    if not isinstance(raw, dict):
        raise invalid("user_metadata", "It must be an object.")
    for key, value in raw.items():
        if value is None:
            task.user_metadata.pop(key, None)
        elif isinstance(value, str | int | float | bool):
            task.user_metadata[key] = value
        else:
            raise invalid("user_metadata", f"The value of `{key}` must be a scalar.")
    task.metadata_updated_at = store.now()
    return empty_response(200)


def delete_indexed_asset(call: Call) -> Response:
    """The indexed asset goes; the asset stays (deleting it is a separate call)."""
    store = call.store
    no_query(call)
    task = get_indexed_asset(store, call.params["index-id"], call.params["indexed-asset-id"])
    del store.tasks[task.id]
    store.video_to_task.pop(task.video_id, None)
    return empty_response(200)


_ONE = "/indexes/{index-id}/indexed-assets/{indexed-asset-id}"
ROUTES = [
    Route(
        "POST",
        "/indexes/{index-id}/indexed-assets",
        "create_indexed_asset",
        create_indexed_asset,
        "json",
    ),
    Route("GET", "/indexes/{index-id}/indexed-assets", "list_indexed_assets", list_indexed_assets),
    Route("GET", _ONE, "retrieve_indexed_asset", retrieve_indexed_asset),
    Route("PATCH", _ONE, "update_indexed_asset", update_indexed_asset, "json"),
    Route("DELETE", _ONE, "delete_indexed_asset", delete_indexed_asset),
]
