"""Multipart upload sessions: create, report chunks, more presigned URLs, status, list.

A session completes when its last chunk is reported (there is no "complete" call); its asset
then exists and is ``processing`` (it is not ``ready`` yet).
"""

from __future__ import annotations

from typing import Any

from ._asset_state import ASSET_TYPES, UploadSession
from ._clock import rfc3339
from ._errors import ApiError, bad_request, invalid
from ._ops_assets import ASSET_HOST, check_asset_metadata, guess_kind, new_asset
from ._params import JsonReader
from ._routing import Call, Route, no_query, only_page, page_response
from ._state import Store
from ._storage import origin_of, presign
from ._wire import Response, json_response

MAX_MULTIPART_BYTES = 10 * 1000**3
MAX_IMAGE_BYTES = 32 * 1000**2
MAX_URLS_PER_CALL = 50
DEFAULT_MIME = {"video": "video/mp4", "audio": "audio/mpeg", "image": "image/jpeg"}


def _not_found(upload_id: str) -> ApiError:
    return ApiError(404, "resource_not_exist", "Upload not found", docs_url=None)


def get_session(store: Store, upload_id: str, *, active: bool = False) -> UploadSession:
    session = store.assets.uploads.get(upload_id)
    if session is None:
        raise _not_found(upload_id)
    if active:
        status = session.status(store.now())
        if status == "expired":
            raise ApiError(
                403,
                "upload_expired",
                f"The upload session `{upload_id}` expired at "
                f"{rfc3339(session.expires_at, millis=False)}; start a new upload.",
                docs_url=None,
            )
        if status == "completed":
            raise bad_request(
                "upload_completed", f"The upload session `{upload_id}` is already complete."
            )
    return session


def create_session(call: Call) -> Response:
    store = call.store
    no_query(call)
    body = JsonReader(
        call.json,
        {"filename", "type", "total_size", "enable_hls", "enable_thumbnail", "user_metadata"},
    )
    filename = body.string("filename", required=True)
    assert filename is not None
    kind = body.string("type", required=True)
    if kind not in ASSET_TYPES:
        raise invalid("type", f"Use one of: {', '.join(ASSET_TYPES)}.")
    total_size = body.body.get("total_size")
    if total_size is None:
        raise bad_request(
            "parameter_not_provided", "The `total_size` parameter is required but is missing."
        )
    if isinstance(total_size, bool) or not isinstance(total_size, int) or total_size < 1:
        raise invalid("total_size", "It must be a positive integer (bytes).")
    limit = MAX_IMAGE_BYTES if kind == "image" else MAX_MULTIPART_BYTES
    if total_size > limit:
        raise invalid("total_size", f"A {kind} may have at most {limit} bytes.")
    metadata = check_asset_metadata("user_metadata", body.obj("user_metadata") or {})
    settings = store.settings
    now = store.now()
    session = UploadSession(
        id=store.new_id("upload"),
        asset_id=store.new_id("asset"),
        filename=filename,
        kind=kind,
        total_size=total_size,
        chunk_size=settings.multipart_chunk_size,
        created_at=now,
        expires_at=now + settings.upload_session_ttl,
        seq=store.next_seq(),
        enable_hls=body.boolean("enable_hls") or False,
        enable_thumbnail=body.boolean("enable_thumbnail") or False,
        user_metadata=metadata,
        keep_bytes=total_size <= settings.keep_upload_bytes,
        updated_at=now,
    )
    store.assets.uploads[session.id] = session
    origin = origin_of(call.request)
    first = min(session.total_chunks, max(1, settings.initial_presigned_urls))
    return json_response(
        201,
        {
            "upload_id": session.id,
            "asset_id": session.asset_id,
            "upload_urls": [presign(store, origin, session, i) for i in range(1, first + 1)],
            "upload_headers": {},
            "chunk_size": session.chunk_size,
            "total_chunks": session.total_chunks,
            "expires_at": rfc3339(session.expires_at, millis=False),
        },
    )


def _asset_url(session: UploadSession) -> str:
    return f"{ASSET_HOST}/{session.asset_id}/{session.filename}"


def _complete(store: Store, session: UploadSession) -> None:
    session.completed_at = store.now()
    source = session.source()
    _, file_type = guess_kind(session.filename, None)
    if not file_type.startswith(session.kind + "/"):
        file_type = DEFAULT_MIME[session.kind]
    new_asset(
        store,
        method="multipart",
        kind=session.kind,
        file_type=file_type,
        source=source,
        enable_hls=session.enable_hls,
        enable_thumbnail=session.enable_thumbnail,
        user_metadata=dict(session.user_metadata),
        probed=session.probed(),
        asset_id=session.asset_id,
    )
    # What storage kept is no longer needed once the asset exists.
    for chunk in session.stored.values():
        chunk.data = None


def _chunk_item(raw: Any) -> tuple[int, str, int]:
    if not isinstance(raw, dict):
        raise invalid("completed_chunks", "Each item must be an object.")
    item = JsonReader(raw, {"chunk_index", "proof", "proof_type", "chunk_size"})
    for name in ("chunk_index", "proof", "proof_type", "chunk_size"):
        if name not in raw:
            raise bad_request("parameter_not_provided", f"Each completed chunk needs `{name}`.")
    index, size = raw["chunk_index"], raw["chunk_size"]
    if isinstance(index, bool) or not isinstance(index, int):
        raise invalid("chunk_index", "It must be an integer.")
    if isinstance(size, bool) or not isinstance(size, int):
        raise invalid("chunk_size", "It must be an integer.")
    if item.string("proof_type") != "etag":
        raise invalid("proof_type", "Use `etag`.")
    proof = item.string("proof", required=True) or ""
    return index, proof.strip('"'), size


def report_chunks(call: Call) -> Response:
    store = call.store
    no_query(call)
    session = get_session(store, call.params["upload_id"])
    body = JsonReader(call.json, {"completed_chunks"})
    raw = body.body.get("completed_chunks")
    if raw is None:
        raise bad_request(
            "parameter_not_provided",
            "The `completed_chunks` parameter is required but is missing.",
        )
    if not isinstance(raw, list):
        raise invalid("completed_chunks", "It must be an array.")
    items = [_chunk_item(r) for r in raw]
    if session.status(store.now()) == "expired":
        get_session(store, session.id, active=True)
    for index, proof, size in items:
        if not 1 <= index <= session.total_chunks:
            raise invalid("chunk_index", f"Chunk {index} is outside 1..{session.total_chunks}.")
        stored = session.stored.get(index)
        if index in session.reported:
            continue
        if stored is None:
            raise invalid("completed_chunks", f"Chunk {index} was not uploaded to storage.")
        if proof != stored.etag:
            raise invalid("proof", f"The proof of chunk {index} does not match its ETag.")
        expected = session.expected_size(index)
        if size != expected or stored.size != expected:
            raise invalid(
                "chunk_size",
                f"Chunk {index} must have {expected} bytes (reported {size}, stored "
                f"{stored.size}).",
            )
    processed = duplicates = 0
    now = store.now()
    for index, _, _ in items:
        if index in session.reported:
            duplicates += 1
        else:
            session.reported[index] = now
            processed += 1
    session.updated_at = now
    if session.completed_at is None and len(session.reported) == session.total_chunks:
        _complete(store, session)
    result: dict[str, Any] = {
        "asset_id": session.asset_id,
        "processed_chunks": processed,
        "duplicate_chunks": duplicates,
        "total_completed": len(session.reported),
    }
    if session.completed_at is not None:
        result["url"] = _asset_url(session)
    return json_response(200, result)


def more_urls(call: Call) -> Response:
    store = call.store
    no_query(call)
    session = get_session(store, call.params["upload_id"], active=True)
    body = JsonReader(call.json, {"start", "count"})
    values: dict[str, int] = {}
    for name in ("start", "count"):
        value = body.body.get(name)
        if value is None:
            raise bad_request(
                "parameter_not_provided", f"The `{name}` parameter is required but is missing."
            )
        if isinstance(value, bool) or not isinstance(value, int):
            raise invalid(name, "It must be an integer.")
        values[name] = value
    start, count = values["start"], values["count"]
    if not 1 <= start <= session.total_chunks:
        raise invalid("start", f"It must be between 1 and {session.total_chunks}.")
    if not 1 <= count <= MAX_URLS_PER_CALL:
        raise invalid("count", f"It must be between 1 and {MAX_URLS_PER_CALL}.")
    last = min(session.total_chunks, start + count - 1)
    origin = origin_of(call.request)
    now = store.now()
    urls = [presign(store, origin, session, i) for i in range(start, last + 1)]
    return json_response(
        200,
        {
            "upload_id": session.id,
            "start_index": start,
            "count": len(urls),
            "upload_urls": urls,
            "generated_at": rfc3339(now, millis=False),
            "expires_at": rfc3339(now + store.settings.presigned_url_ttl, millis=False),
        },
    )


def status(call: Call) -> Response:
    store = call.store
    page, limit = only_page(call)
    session = get_session(store, call.params["upload_id"])
    known = sorted(set(session.stored) | set(session.reported))

    def render(index: int) -> dict[str, Any]:
        reported = session.reported.get(index)
        stored = session.stored.get(index)
        touched = max(t for t in (reported, stored.put_at if stored else None) if t is not None)
        return {
            "index": index,
            "status": "completed" if reported is not None else "pending",
            "uploaded_at": rfc3339(reported, millis=False) if reported is not None else None,
            "updated_at": rfc3339(touched, millis=False),
        }

    response = page_response(known, page, limit, render)
    body = response.json()
    completed = len(session.reported)
    body.update(
        upload_id=session.id,
        status=session.status(store.now()),
        uploaded_chunks=body.pop("data"),
        chunks_completed=completed,
        chunks_failed=0,
        chunks_pending=session.total_chunks - completed,
        total_size=session.total_size,
        uploaded_size=session.uploaded_size(),
        created_at=rfc3339(session.created_at, millis=False),
        updated_at=rfc3339(session.updated_at, millis=False),
    )
    return json_response(200, body)


def list_incomplete(call: Call) -> Response:
    """Sessions not completed, newest first (expired ones too, with ``status: expired``)."""
    store = call.store
    page, limit = only_page(call)
    now = store.now()
    found = sorted(
        (s for s in store.assets.uploads.values() if s.status(now) != "completed"),
        key=lambda s: -s.seq,
    )

    def render(session: UploadSession) -> dict[str, Any]:
        return {
            "upload_id": session.id,
            "status": session.status(now),
            "total_size": session.total_size,
            "chunk_size": session.chunk_size,
            "total_chunks": session.total_chunks,
            "created_at": rfc3339(session.created_at, millis=False),
            "expires_at": rfc3339(session.expires_at, millis=False),
        }

    return page_response(found, page, limit, render)


ROUTES = [
    Route("POST", "/assets/multipart-uploads", "create_multipart_upload", create_session, "json"),
    Route("GET", "/assets/multipart-uploads", "list_incomplete_multipart_uploads", list_incomplete),
    Route(
        "POST",
        "/assets/multipart-uploads/{upload_id}",
        "report_multipart_upload_chunks",
        report_chunks,
        "json",
    ),
    Route(
        "POST",
        "/assets/multipart-uploads/{upload_id}/presigned-urls",
        "create_multipart_upload_urls",
        more_urls,
        "json",
    ),
    Route(
        "GET", "/assets/multipart-uploads/{upload_id}", "retrieve_multipart_upload_status", status
    ),
]
