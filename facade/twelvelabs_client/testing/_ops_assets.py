"""Assets: direct and URL upload, list, retrieve, delete (``force``, 409), user metadata,
transcription, and the indexes that use an asset."""

from __future__ import annotations

import mimetypes
import re
from typing import Any

from ._asset_state import ASSET_TYPES, AssetRecord
from ._clock import rfc3339
from ._errors import ApiError, bad_request, found, invalid, missing
from ._multipart import FilePart
from ._ops_tasks import source_from_file, source_from_url
from ._params import FormReader, JsonReader, QueryReader, check_allowed
from ._routing import Call, Route, no_query, only_page, page_response, read_page
from ._state import Store, VideoSource
from ._wire import Response, empty_response, json_response

MAX_DIRECT_BYTES = 200 * 1000**2
MAX_IMAGE_BYTES = 32 * 1000**2
ASSET_HOST = "https://assets.fake.twelvelabs.local"


def get_asset(store: Store, asset_id: str) -> AssetRecord:
    return found(store.assets.assets, asset_id, AssetRecord, missing("asset", asset_id))


def guess_kind(filename: str, content_type: str | None) -> tuple[str, str]:
    """(``video``/``audio``/``image``, MIME type) from the content type or the file name."""
    mime = content_type if content_type and "/" in content_type else None
    if mime is None or mime == "application/octet-stream":
        mime = mimetypes.guess_type(filename)[0] or "video/mp4"
    major = mime.split("/", 1)[0]
    return (major if major in ASSET_TYPES else "video"), mime


def check_asset_metadata(name: str, raw: dict[str, Any]) -> dict[str, Any]:
    """Values are strings, numbers, booleans or (since SDK 1.3.5) arrays of strings."""
    for key, value in raw.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            continue
        if not isinstance(value, str | int | float | bool):
            raise invalid(name, f"The value of `{key}` must be a string, number or boolean.")
    return dict(raw)


def new_asset(
    store: Store,
    *,
    method: str,
    kind: str,
    file_type: str,
    source: VideoSource,
    enable_hls: bool,
    enable_thumbnail: bool,
    user_metadata: dict[str, Any],
    probed: bool,
    asset_id: str | None = None,
    can_fail: bool = True,
) -> AssetRecord:
    asset = AssetRecord(
        id=asset_id or store.new_id("asset"),
        method=method,
        kind=kind,
        filename=source.filename,
        file_type=file_type,
        created_at=store.now(),
        seq=store.next_seq(),
        source=source,
        enable_hls=enable_hls and kind != "image",
        enable_thumbnail=enable_thumbnail,
        user_metadata=user_metadata,
        fail_reason=store.take_failure(source.filename) if can_fail else None,
        probed=probed,
    )
    store.assets.assets[asset.id] = asset
    return asset


def _media_status(status: str) -> str:
    return {"processing": "processing", "ready": "ready"}.get(status, "error")


def technical_metadata(asset: AssetRecord, status: str) -> dict[str, Any]:
    info = asset.source.info
    meta: dict[str, Any] = {
        "file_size_bytes": asset.source.size,
        "file_mime_type": asset.file_type,
    }
    if asset.file_type in ("video/mp4", "video/quicktime"):
        meta["file_container_format"] = "mov,mp4,m4a,3gp,3g2,mj2"
    if status == "failed":
        return meta  # partial when failed
    if asset.kind == "image":
        meta.update(
            image_width=info.width,
            image_height=info.height,
            image_format=asset.file_type.split("/", 1)[1],
            image_orientation="landscape" if info.width >= info.height else "portrait",
        )
        return meta
    audio = {
        "index": 1 if asset.kind == "video" else 0,
        "codec": "aac",
        "codec_long": "AAC (Advanced Audio Coding)",
        "sample_rate": 48000,
        "channels": 2,
        "channel_layout": "stereo",
        "bitrate_bps": 128000,
        "duration_seconds": info.duration,
    }
    meta.update(
        audio_codec="aac",
        audio_sample_rate=48000,
        audio_channels=2,
        audio_duration_seconds=info.duration,
        audio_streams=[audio],
        total_audio_streams=1,
        has_audio=True,
    )
    if asset.kind == "video":
        bitrate = int(asset.source.size * 8 / info.duration) if info.duration else 0
        meta.update(
            video_codec="h264",
            video_width=info.width,
            video_height=info.height,
            video_fps=info.fps,
            video_duration_seconds=info.duration,
            video_bitrate_bps=bitrate,
            video_streams=[
                {
                    "index": 0,
                    "codec": "h264",
                    "width": info.width,
                    "height": info.height,
                    "fps": info.fps,
                    "avg_fps": info.fps,
                    "duration_seconds": info.duration,
                    "bitrate_bps": bitrate,
                    "rotation": 0,
                    "pixel_format": "yuv420p",
                }
            ],
            total_video_streams=1,
            is_hdr=False,
            has_alpha=False,
        )
    return meta


def render_asset(store: Store, asset: AssetRecord) -> dict[str, Any]:
    status = asset.status(store.now(), store.settings)
    body: dict[str, Any] = {
        "_id": asset.id,
        "method": asset.method,
        "status": status,
        "filename": asset.filename,
        "file_type": asset.file_type,
        "created_at": rfc3339(asset.created_at, millis=True),
    }
    if asset.user_metadata:
        body["user_metadata"] = dict(asset.user_metadata)
    base = f"{ASSET_HOST}/{asset.id}"
    if asset.enable_hls:
        hls: dict[str, Any] = {"status": _media_status(status)}
        if status == "ready":
            hls["manifest_url"] = f"{base}/hls/stream.m3u8"
        body["hls"] = hls
    if asset.enable_thumbnail:
        thumbnail: dict[str, Any] = {"status": _media_status(status)}
        if status == "ready":
            thumbnail["representative_url"] = f"{base}/thumbnail.jpg"
        body["thumbnail"] = thumbnail
    if status != "processing":
        body["technical_metadata"] = technical_metadata(asset, status)
        body["size"] = asset.source.size
        if asset.kind != "image" and status == "ready":
            body["duration"] = asset.source.info.duration
    if status == "failed":
        body["error"] = {"message": asset.fail_reason}
    return body


def create_asset(call: Call) -> Response:
    store = call.store
    form = FormReader(
        call.form,
        {"method", "file", "url", "filename", "enable_hls", "enable_thumbnail", "user_metadata"},
        hint=call.form_hint,
    )
    method = form.choice("method", ("direct", "url"))
    if method is None:
        raise form._missing("method")
    filename = form.string("filename")
    # Since SDK 1.3.5 a direct upload makes HLS and a thumbnail unless told not to (multipart
    # sessions still default to false): a client that wants the same asset whatever the file
    # size must send both.
    enable_hls = form.boolean("enable_hls") is not False
    enable_thumbnail = form.boolean("enable_thumbnail") is not False
    metadata = check_asset_metadata("user_metadata", form.json_object("user_metadata") or {})
    probed = False
    if method == "url":
        url = form.string("url", required=True)
        assert url is not None
        if form.file("file") is not None:
            raise invalid("file", "Send `file` with `method=direct` only.")
        source = source_from_url("url", url)
        kind, file_type = guess_kind(filename or source.filename, None)
    else:
        part: FilePart | None = form.file("file")
        if part is None:
            raise form._missing("file")
        if form.string("url") is not None:
            raise invalid("url", "Send `url` with `method=url` only.")
        kind, file_type = guess_kind(filename or part.filename or "", part.content_type)
        limit = MAX_IMAGE_BYTES if kind == "image" else MAX_DIRECT_BYTES
        if part.size > limit:
            raise bad_request(
                "parameter_invalid",
                f"The file is {part.size} bytes; direct uploads of a {kind} take at most "
                f"{limit} bytes. Use a multipart upload (/assets/multipart-uploads) instead.",
            )
        if part.size == 0:
            raise invalid("file", "The file is empty.")
        source = source_from_file(part)
        probed = bool(part.moov)
    if filename:
        source.filename = filename
    asset = new_asset(
        store,
        method=method,
        kind=kind,
        file_type=file_type,
        source=source,
        enable_hls=enable_hls,
        enable_thumbnail=enable_thumbnail,
        user_metadata=metadata,
        probed=probed,
    )
    return json_response(201, render_asset(store, asset))


def retrieve_asset(call: Call) -> Response:
    no_query(call)
    asset = get_asset(call.store, call.params["asset_id"])
    return json_response(200, render_asset(call.store, asset))


def list_assets(call: Call) -> Response:
    store = call.store
    q = QueryReader(call.query, {"page", "page_limit", "asset_ids", "asset_types", "filename"})
    q.check_unknown()
    page, limit = read_page(q)
    ids = set(q.query.getall("asset_ids"))
    types = q.choices("asset_types", (*ASSET_TYPES, "document"))
    filename = q.string("filename")

    def keep(asset: AssetRecord) -> bool:
        return (
            (not ids or asset.id in ids)
            and (not types or asset.kind in types)
            and (filename is None or filename.lower() in asset.filename.lower())
        )

    found = sorted((a for a in store.assets.assets.values() if keep(a)), key=lambda a: -a.seq)
    return page_response(found, page, limit, lambda a: render_asset(store, a))


def users_of(store: Store, asset_id: str) -> list[Any]:
    """The indexed assets (live tasks) made from an asset, oldest first."""
    return sorted(
        (t for t in store.tasks.values() if t.asset_id == asset_id and not t.video_deleted),
        key=lambda t: t.seq,
    )


def delete_asset(call: Call) -> Response:
    store = call.store
    q = QueryReader(call.query, {"force"})
    q.check_unknown()
    force = q.boolean("force") or False
    asset = get_asset(store, call.params["asset_id"])
    users = users_of(store, asset.id)
    if users and not force:
        indexes = ", ".join(sorted({t.index_id for t in users}))
        raise ApiError(
            409,
            "asset_in_use",
            f"The asset is used by {len(users)} indexed asset(s) in index(es) {indexes}; "
            "delete them first, or delete the asset with force=true.",
            docs_url=None,
        )
    del store.assets.assets[asset.id]
    return empty_response(200)


def _metadata_body(call: Call) -> dict[str, Any]:
    body = JsonReader(call.json, {"user_metadata"})
    raw = body.obj("user_metadata", required=True)
    assert raw is not None
    for key, value in raw.items():
        if value is None or value == "":
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            continue
        if not isinstance(value, str | int | float | bool):
            raise invalid("user_metadata", f"The value of `{key}` must be a scalar.")
    return raw


def update_user_metadata(call: Call) -> Response:
    """PATCH: merge; ``null`` deletes a key, ``""`` is ignored, other keys stay."""
    no_query(call)
    asset = get_asset(call.store, call.params["asset_id"])
    for key, value in _metadata_body(call).items():
        if value is None:
            asset.user_metadata.pop(key, None)
        elif value != "":
            asset.user_metadata[key] = value
    return empty_response(200)


def replace_user_metadata(call: Call) -> Response:
    """PUT: full replace; ``null`` and ``""`` are ignored (so they drop the key)."""
    no_query(call)
    asset = get_asset(call.store, call.params["asset_id"])
    raw = _metadata_body(call)
    asset.user_metadata = {k: v for k, v in raw.items() if v is not None and v != ""}
    return empty_response(200)


def delete_user_metadata(call: Call) -> Response:
    no_query(call)
    asset = get_asset(call.store, call.params["asset_id"])
    asset.user_metadata = {}
    return empty_response(200)


def _timed(text: str, duration: float, pattern: str) -> list[dict[str, Any]]:
    pieces = [p for p in re.split(pattern, text) if p.strip()]
    step = duration / max(1, len(pieces))
    return [
        {"start": round(i * step, 2), "end": round((i + 1) * step, 2), "value": p.strip()}
        for i, p in enumerate(pieces)
    ]


def transcription(call: Call) -> Response:
    store = call.store
    q = QueryReader(call.query, {"include"})
    q.check_unknown()
    include: list[str] = []
    for raw in q.query.getall("include"):
        include += [v.strip() for v in raw.split(",") if v.strip()]
    check_allowed("include", include, ("words", "sentences", "utterances"))
    asset = get_asset(store, call.params["asset_id"])
    status = asset.status(store.now(), store.settings)
    if asset.kind == "image" or (status == "ready" and not asset.transcript):
        raise ApiError(
            404,
            "resource_not_exist",
            f"The asset `{asset.id}` has no transcription.",
            docs_url=None,
        )
    body: dict[str, Any] = {"status": status}
    if status == "failed":
        body["error"] = {"message": asset.fail_reason}
    if status == "ready" and asset.transcript:
        duration = asset.source.info.duration
        for part in include or ["words"]:
            if part == "words":
                body["words"] = _timed(asset.transcript, duration, r"\s+")
            elif part == "sentences":
                body["sentences"] = _timed(asset.transcript, duration, r"(?<=[.!?])\s+")
            else:
                utterances = _timed(asset.transcript, duration, r"(?<=[.!?])\s+")
                body["utterances"] = [dict(u, speaker="A") for u in utterances]
    return json_response(200, body)


def indexed_assets_of(call: Call) -> Response:
    store = call.store
    page, limit = only_page(call)
    asset = get_asset(store, call.params["asset_id"])

    def render(task: Any) -> dict[str, Any]:
        index = store.indexes.get(task.index_id)
        return {
            "_id": task.video_id,
            "index": {"_id": task.index_id, "name": index.name if index else ""},
        }

    return page_response(users_of(store, asset.id), page, limit, render)


ROUTES = [
    Route("POST", "/assets", "create_asset", create_asset, "multipart"),
    Route("GET", "/assets", "list_assets", list_assets),
    Route("GET", "/assets/{asset_id}", "retrieve_asset", retrieve_asset),
    Route("DELETE", "/assets/{asset_id}", "delete_asset", delete_asset),
    Route(
        "PATCH",
        "/assets/{asset_id}/user-metadata",
        "update_asset_user_metadata",
        update_user_metadata,
        "json",
    ),
    Route(
        "PUT",
        "/assets/{asset_id}/user-metadata",
        "replace_asset_user_metadata",
        replace_user_metadata,
        "json",
    ),
    Route(
        "DELETE",
        "/assets/{asset_id}/user-metadata",
        "delete_asset_user_metadata",
        delete_user_metadata,
    ),
    Route("GET", "/assets/{asset_id}/transcription", "retrieve_asset_transcription", transcription),
    Route(
        "GET",
        "/assets/{asset_id}/indexed-assets",
        "list_asset_indexed_assets",
        indexed_assets_of,
    ),
]
