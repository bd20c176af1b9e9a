"""The fake object storage behind multipart uploads: presigned chunk URLs and the PUTs to them.

URLs look like S3 presigned URLs and live under ``/storage/`` on the host the API request
came to (``http://fake.twelvelabs.local/storage/...`` in-process, ``http://127.0.0.1:<port>/
storage/...`` when served), so both transports and the loopback server reach them. They need
no API key (the fake records whether one was sent anyway), carry an HMAC signature and expire
``Settings.presigned_url_ttl`` seconds after they were issued: then storage answers 403, as S3
does. Chunks are hashed while they stream past; the bytes are kept only for small uploads (to
read MP4 facts), so a huge upload costs little memory. The ETag is the chunk's MD5, quoted.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from ._asset_state import StoredChunk, UploadSession
from ._clock import rfc3339
from ._faults import Fault
from ._state import Store
from ._wire import Request, Response

STORAGE_PREFIX = "/storage"
STORAGE_ROUTE = "/storage/{upload_id}/{chunk_index}"
DEFAULT_ORIGIN = "http://fake.twelvelabs.local"
_AMZ_DATE = "%Y%m%dT%H%M%SZ"


def is_storage_path(path: str) -> bool:
    return path.startswith(STORAGE_PREFIX + "/")


def origin_of(request: Request) -> str:
    """Scheme and host the client used, so presigned URLs reach the same fake."""
    host = request.headers.get("host")
    return f"http://{host}" if host else DEFAULT_ORIGIN


def _signature(store: Store, upload_id: str, index: int, issued: str, ttl: int) -> str:
    message = f"{upload_id}\n{index}\n{issued}\n{ttl}".encode()
    return hmac.new(store.assets.signing_key, message, hashlib.sha256).hexdigest()


def presign(store: Store, origin: str, session: UploadSession, index: int) -> dict[str, Any]:
    """A ``PresignedURLChunk`` for one chunk, valid from now for the URL lifetime."""
    now = store.now()
    ttl = int(store.settings.presigned_url_ttl)
    issued = datetime.fromtimestamp(now, tz=UTC).strftime(_AMZ_DATE)
    query = urlencode(
        {
            "partNumber": index,
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Date": issued,
            "X-Amz-Expires": ttl,
            "X-Amz-Signature": _signature(store, session.id, index, issued, ttl),
        }
    )
    return {
        "chunk_index": index,
        "url": f"{origin}{STORAGE_PREFIX}/{session.id}/{index}?{query}",
        "expires_at": rfc3339(_issued_at(issued) + ttl, millis=False),
    }


def _issued_at(amz_date: str) -> float:
    return datetime.strptime(amz_date, _AMZ_DATE).replace(tzinfo=UTC).timestamp()


def s3_error(status: int, code: str, message: str) -> Response:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    ).encode()
    return Response(status=status, headers=[("Content-Type", "application/xml")], chunks=[body])


def _check_url(store: Store, request: Request) -> tuple[UploadSession, int] | Response:
    parts = request.path_segments()
    if len(parts) != 3 or not parts[2].isdigit():
        return s3_error(404, "NoSuchKey", "The specified key does not exist.")
    upload_id, index = parts[1], int(parts[2])
    q = request.query
    issued, ttl, signature = q.get("X-Amz-Date"), q.get("X-Amz-Expires"), q.get("X-Amz-Signature")
    if not issued or not ttl or not ttl.isdigit() or not signature:
        return s3_error(403, "AccessDenied", "Query-string authentication requires a signature.")
    expected = _signature(store, upload_id, index, issued, int(ttl))
    if not hmac.compare_digest(expected, signature) or q.get("partNumber") != str(index):
        return s3_error(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
        )
    if store.now() >= _issued_at(issued) + int(ttl):
        return s3_error(403, "AccessDenied", "Request has expired")
    session = store.assets.uploads.get(upload_id)
    if session is None or session.status(store.now()) != "active":
        return s3_error(
            404,
            "NoSuchUpload",
            "The specified multipart upload does not exist. The upload ID may be invalid, "
            "or the upload may have been completed or expired.",
        )
    if not 1 <= index <= session.total_chunks:
        return s3_error(400, "InvalidArgument", "Part number must be within the upload's chunks.")
    return session, index


def handle_storage(store: Store, request: Request, fault: Fault | None) -> Response:
    """Answer a chunk PUT (``fault`` is a chunk fault switch that fired, if any)."""
    if request.method.upper() != "PUT":
        return s3_error(405, "MethodNotAllowed", "Only PUT is allowed on a presigned part URL.")
    with store.lock:
        checked = _check_url(store, request)
    if isinstance(checked, Response):
        return checked
    session, index = checked
    if fault is not None and fault.kind == "chunk_expired":
        return s3_error(403, "AccessDenied", "Request has expired")
    if fault is not None and fault.kind == "chunk_drop" and not fault.after_handling:
        return Response(status=0, drop="no_response")
    if fault is not None and fault.kind == "chunk_error":
        for _ in request.iter_body():  # read and drop it, as a busy server would
            pass
        return s3_error(fault.status, "InternalError", "We encountered an internal error.")
    limit = session.expected_size(index)
    md5, sha = hashlib.md5(usedforsecurity=False), hashlib.sha256()
    kept = bytearray() if session.keep_bytes else None
    size = 0
    for data in request.iter_body():
        size += len(data)
        if size <= limit:
            md5.update(data)
            sha.update(data)
            if kept is not None:
                kept += data
    if size > limit:
        return s3_error(
            400, "EntityTooLarge", f"Chunk {index} may have at most {limit} bytes; got {size}."
        )
    etag = md5.hexdigest()
    with store.lock:
        if session.status(store.now()) != "active":
            return s3_error(404, "NoSuchUpload", "The specified multipart upload does not exist.")
        session.stored[index] = StoredChunk(
            size=size,
            etag=etag,
            sha256=sha.hexdigest(),
            data=bytes(kept) if kept is not None else None,
            put_at=store.now(),
        )
        session.updated_at = store.now()
    response = Response(status=200, headers=[("ETag", f'"{etag}"')])
    if fault is not None and fault.kind == "chunk_drop":
        response.drop = "no_response"  # stored, but the answer never arrives
    return response
