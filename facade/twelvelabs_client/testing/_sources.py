"""Media sources of the 2026 endpoints (analyze, embed v2): a URL, an asset id, or the media
itself as a base64 string, in JSON bodies."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass, field
from typing import Any

from ._asset_state import AssetRecord
from ._errors import ApiError, invalid, not_exist, not_provided
from ._media import Mp4Sniffer, derived_info, probe_moov
from ._ops_tasks import source_from_url
from ._state import Scalar, Store, TaskRecord, VideoSource

SOURCE_KINDS = ("url", "asset_id", "base64_string")


@dataclass
class Media:
    """A resolved media source: what it is, and what text generation may quote from it."""

    kind: str
    source: VideoSource
    asset_id: str | None = None
    video_id: str | None = None
    index_id: str | None = None
    user_metadata: dict[str, Scalar] = field(default_factory=dict)
    transcript: str | None = None

    def input_fields(self) -> dict[str, str]:
        """``input_url`` or ``input_filename``, as embed v2 metadata reports the input."""
        if self.source.url is not None:
            return {"input_url": self.source.url}
        return {"input_filename": self.source.filename}


def decode_base64(name: str, value: str, limit: int) -> bytes:
    """The bytes of a base64 string; 413 (envelope code ``content_too_large``) past ``limit``
    characters of encoded text, 400 when it is not base64."""
    if len(value) > limit:
        raise ApiError(
            413,
            "content_too_large",
            f"`{name}` is {len(value)} characters long; at most {limit} are accepted.",
        )
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise invalid(name, "It is not valid base64.") from None


def _from_bytes(data: bytes, filename: str) -> VideoSource:
    sha = hashlib.sha256(data).hexdigest()
    sniffer = Mp4Sniffer()
    sniffer.feed(data)
    info = probe_moov(sniffer.moov) if sniffer.moov else None
    return VideoSource(
        filename=filename, size=len(data), fingerprint=sha, info=info or derived_info(sha)
    )


def _asset(store: Store, name: str, asset_id: str) -> Media:
    """An asset: from the fake's asset store (it must be ``ready``), else an indexed video whose
    id is given (the fake treats the ids of its indexed videos as asset ids too)."""
    record = store.assets.assets.get(asset_id)
    if record is not None and record.status(store.now(), store.settings) != "ready":
        raise invalid(name, f"the asset {asset_id} is not ready yet")
    stored = record if record is not None else store.task_for_video(asset_id)
    if stored is None:
        raise not_exist(asset_id, "assets", status=404)
    return _stored_media(stored, asset_id=asset_id)


def indexed_video(store: Store, video_id: str) -> Media:
    task = store.task_for_video(video_id)
    if task is None:
        raise not_exist(video_id, "videos", status=404)
    return _stored_media(task, video_id=video_id, index_id=task.index_id)


def _stored_media(
    stored: AssetRecord | TaskRecord,
    *,
    asset_id: str | None = None,
    video_id: str | None = None,
    index_id: str | None = None,
) -> Media:
    """A media the fake stores, named by its asset id or its video id, with a copy of what
    generated text may quote from it."""
    return Media(
        "asset_id" if asset_id is not None else "video_id",
        stored.source,
        asset_id=asset_id,
        video_id=video_id,
        index_id=index_id,
        user_metadata=dict(stored.user_metadata),
        transcript=stored.transcript,
    )


def media_source(
    store: Store,
    name: str,
    raw: Any,
    *,
    base64_limit: int,
    allowed: tuple[str, ...] = SOURCE_KINDS,
    tagged: bool = False,
    extra: frozenset[str] = frozenset(),
) -> Media:
    """Resolve a source object. ``tagged``: the analyze form ``{"type": kind, kind: value}``;
    otherwise exactly one of the kinds is set (embed v2 ``media_source``)."""
    if raw is None:
        raise not_provided(name)
    if not isinstance(raw, dict):
        raise invalid(name, "It must be an object.")
    keys = set(raw) - extra - ({"type"} if tagged else set())
    if tagged:
        kind = raw.get("type")
        if kind not in allowed:
            raise invalid(f"{name}.type", f"Use one of: {', '.join(allowed)}.")
        if keys != {kind}:
            raise invalid(name, f"A `{kind}` source has exactly the field `{kind}`.")
    else:
        given = [k for k in allowed if raw.get(k) is not None]
        unknown = keys - set(allowed)
        if unknown:
            raise invalid(name, f"Unknown fields: {', '.join(sorted(unknown))}.")
        if len(given) != 1:
            raise invalid(name, f"Give exactly one of: {', '.join(allowed)}.")
        kind = given[0]
    value = raw.get(kind)
    if not isinstance(value, str) or not value:
        raise invalid(f"{name}.{kind}", "It must be a non-empty string.")
    if kind == "url":
        return Media("url", source_from_url(f"{name}.url", value))
    if kind == "asset_id":
        return _asset(store, name, value)
    data = decode_base64(f"{name}.base64_string", value, base64_limit)
    if not data:
        raise invalid(f"{name}.base64_string", "The media is empty.")
    return Media("base64_string", _from_bytes(data, "upload"))
