"""State of assets and multipart upload sessions (the 2026 way videos get into an index).

Like tasks, statuses are computed from the clock: an asset is ``processing`` for
``Settings.asset_seconds`` after it was created (or after its multipart session completed),
then ``ready`` or ``failed``; a session is ``active`` until every chunk is reported
(``completed``) or ``Settings.upload_session_ttl`` passes (``expired``).
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass, field
from typing import Any

from ._media import Mp4Sniffer, derived_info, probe_moov
from ._state import Settings, UploadRecord, VideoSource

ASSET_TYPES = ("video", "audio", "image")


@dataclass
class AssetRecord(UploadRecord):
    method: str
    """``direct``, ``url`` or ``multipart``."""
    kind: str
    """``video``, ``audio`` or ``image``."""
    filename: str
    file_type: str
    enable_hls: bool
    enable_thumbnail: bool
    user_metadata: dict[str, Any]
    probed: bool = False
    """Whether the facts come from a real MP4 (else they are derived from a hash)."""

    def ready_at(self, settings: Settings) -> float:
        return self.created_at + max(settings.asset_seconds, 0.0)

    def status(self, now: float, settings: Settings) -> str:
        if now < self.ready_at(settings):
            return "processing"
        return "failed" if self.fail_reason is not None else "ready"


@dataclass
class StoredChunk:
    """A chunk as the storage host received it: its size and ETag, bytes only when small."""

    size: int
    etag: str
    """MD5 of the bytes in hex, without quotes (the header carries it quoted)."""
    sha256: str
    data: bytes | None
    put_at: float


@dataclass
class UploadSession:
    id: str
    asset_id: str
    filename: str
    kind: str
    total_size: int
    chunk_size: int
    created_at: float
    expires_at: float
    seq: int
    enable_hls: bool
    enable_thumbnail: bool
    user_metadata: dict[str, Any]
    keep_bytes: bool
    stored: dict[int, StoredChunk] = field(default_factory=dict)
    reported: dict[int, float] = field(default_factory=dict)
    """Chunk index -> when it was first reported."""
    updated_at: float = 0.0
    completed_at: float | None = None

    @property
    def total_chunks(self) -> int:
        return max(1, math.ceil(self.total_size / self.chunk_size))

    def expected_size(self, index: int) -> int:
        if index < self.total_chunks:
            return self.chunk_size
        return self.total_size - self.chunk_size * (self.total_chunks - 1)

    def status(self, now: float) -> str:
        if self.completed_at is not None:
            return "completed"
        return "expired" if now >= self.expires_at else "active"

    def uploaded_size(self) -> int:
        return sum(self.expected_size(i) for i in self.reported)

    def source(self) -> VideoSource:
        """The facts of the whole file, once every chunk is in."""
        ordered = [self.stored[i] for i in range(1, self.total_chunks + 1)]
        fingerprint = hashlib.sha256("".join(c.sha256 for c in ordered).encode()).hexdigest()
        info = None
        if all(c.data is not None for c in ordered):
            sniffer = Mp4Sniffer()
            for chunk in ordered:
                sniffer.feed(chunk.data or b"")
            info = probe_moov(sniffer.moov) if sniffer.moov else None
        return VideoSource(
            filename=self.filename,
            size=self.total_size,
            fingerprint=fingerprint,
            info=info or derived_info(fingerprint),
        )

    def probed(self) -> bool:
        return all(c.data is not None for c in self.stored.values())


@dataclass
class AssetState:
    """Assets, upload sessions, and the key that signs presigned URLs."""

    assets: dict[str, AssetRecord] = field(default_factory=dict)
    uploads: dict[str, UploadSession] = field(default_factory=dict)
    signing_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    def pending_ends(self, settings: Settings) -> list[float]:
        return [a.ready_at(settings) for a in self.assets.values()]
