"""In-memory state of the fake: indexes, tasks and videos, embed tasks, imports, searches.

Statuses are not stored: they are computed from each object's creation time and the clock, so
moving the clock (``ManualClock.advance``) is all it takes for tasks to progress, and a served
fake on a real clock progresses by itself. One re-entrant lock guards everything; handlers hold
it for the whole request (they are short) and never while sending bytes.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict

from ._clock import Clock
from ._content import object_id
from ._media import VideoInfo

TASK_STAGES = ("validating", "pending", "queued", "indexing")
TASK_STATUSES = ("ready", "uploading", "validating", "pending", "queued", "indexing", "failed")
EMBED_STATUSES = ("processing", "ready", "failed")
EMBED_MODEL = "Marengo-retrieval-2.7"
INDEX_MODELS = {"marengo3.0": "marengo", "marengo2.7": "marengo", "pegasus1.2": "pegasus"}
# The model options of every index model. `transcription` is not one: it is a search option
# (and an embedding option) of Marengo 3.0 indexes, needing no index option.
MODEL_OPTIONS = ("visual", "audio")
SYSTEM_METADATA_KEYS = frozenset(
    {"duration", "filename", "fps", "height", "model_names", "size", "video_title", "width"}
)
Scalar = str | int | float | bool
MAX_LIVE_SEARCHES = 1000


@dataclass
class Settings:
    """Knobs of the simulation (all times are seconds on the fake's clock)."""

    stage_seconds: float = 2.0
    """Time a video indexing task spends in each of validating, pending, queued, indexing."""
    embed_seconds: float = 4.0
    """Time a video embedding task spends processing."""
    search_token_ttl: float = 3600.0
    """Lifetime of search page tokens, counted from the search request."""
    max_video_bytes: int = 2 * 1024**3
    """Uploads above this size are refused with ``video_filesize_too_large``."""
    max_image_bytes: int = 5 * 1024**2
    index_expiry_days: float | None = 90.0
    """``expires_at`` of new indexes; None writes ``null`` (as on the Developer plan)."""
    asset_seconds: float = 2.0
    """Time a new asset (or a completed multipart upload) spends ``processing``."""
    multipart_chunk_size: int = 5 * 1024**2
    """The chunk size multipart sessions are given (the API chooses it, not the client)."""
    initial_presigned_urls: int = 10
    """How many presigned URLs a new multipart session carries (the rest are requested)."""
    presigned_url_ttl: float = 3600.0
    upload_session_ttl: float = 86400.0
    keep_upload_bytes: int = 32 * 1024**2
    """Multipart uploads up to this size are kept (to read MP4 facts); larger ones are only
    hashed as they stream past."""


@dataclass
class IndexRecord:
    id: str
    name: str
    models: list[tuple[str, list[str]]]
    addons: list[str]
    created_at: float
    updated_at: float
    seq: int

    def families(self) -> set[str]:
        return {INDEX_MODELS.get(name, name.rstrip("0123456789.")) for name, _ in self.models}

    def marengo_options(self) -> list[str] | None:
        for name, options in self.models:
            if INDEX_MODELS.get(name) == "marengo":
                return options
        return None

    def options(self) -> set[str]:
        return {o for _, options in self.models for o in options}


@dataclass
class VideoSource:
    """Where an uploaded video came from and what it is."""

    filename: str
    size: int
    fingerprint: str
    info: VideoInfo
    url: str | None = None


@dataclass(kw_only=True)
class UploadRecord:
    """What the fake keeps of every uploaded file, whether it became an asset
    (``AssetRecord``) or the video of an indexing task (``TaskRecord``)."""

    id: str
    created_at: float
    seq: int
    """Creation order: it breaks ties between records created at the same clock time."""
    source: VideoSource
    fail_reason: str | None = None
    """The failure planned for it (``fail_next_upload`` or by file name): it fails once
    processed."""
    transcript: str | None = None
    """What is said in it, as a test gives it: served as its transcription, quoted by
    generated text."""


@dataclass
class TaskRecord(UploadRecord):
    """A video indexing task and the video it produces (the video exists once ready)."""

    index_id: str
    video_id: str
    enable_video_stream: bool
    user_metadata: dict[str, Scalar]
    integration_id: str | None = None
    asset_id: str | None = None
    """Set when the video is an indexed asset (``POST /indexes/{id}/indexed-assets``)."""
    video_deleted: bool = False
    metadata_updated_at: float | None = None

    def _stage(self, now: float, stage_seconds: float) -> int:
        if stage_seconds <= 0:
            return len(TASK_STAGES)
        return int(max(0.0, now - self.created_at) // stage_seconds)

    def status(self, now: float, stage_seconds: float) -> str:
        stage = self._stage(now, stage_seconds)
        if self.fail_reason is not None:
            return "validating" if stage < 1 else "failed"
        return TASK_STAGES[stage] if stage < len(TASK_STAGES) else "ready"

    def updated_at(self, now: float, stage_seconds: float) -> float:
        stage = self._stage(now, stage_seconds)
        limit = 1 if self.fail_reason is not None else len(TASK_STAGES)
        return self.created_at + min(stage, limit) * max(stage_seconds, 0.0)

    def finished_at(self, stage_seconds: float) -> float:
        limit = 1 if self.fail_reason is not None else len(TASK_STAGES)
        return self.created_at + limit * max(stage_seconds, 0.0)

    def has_video(self, now: float, stage_seconds: float) -> bool:
        return not self.video_deleted and self.status(now, stage_seconds) == "ready"

    def video_updated_at(self, stage_seconds: float) -> float:
        ready = self.finished_at(stage_seconds)
        return max(ready, self.metadata_updated_at or ready)

    def searchable_text(self) -> str:
        values = " ".join(f"{k} {v}" for k, v in self.user_metadata.items())
        return f"{self.source.filename} {values} {self.transcript or ''}"


class Stamp(TypedDict):
    """What every new record gets from the store (see ``Store.stamp``)."""

    id: str
    created_at: float
    seq: int


@dataclass(kw_only=True)
class EmbedJob:
    """An embed task of either API (``EmbedTaskRecord`` here, ``EmbedV2Task`` of embed v2): it
    is ``processing`` for ``Settings.embed_seconds``, then ``ready``, or ``failed`` when a
    failure was planned for its upload."""

    id: str
    model_name: str
    created_at: float
    seq: int
    fail_reason: str | None = None

    def status(self, now: float, settings: Settings) -> str:
        if now - self.created_at < settings.embed_seconds:
            return "processing"
        return "failed" if self.fail_reason is not None else "ready"

    def finished_at(self, settings: Settings) -> float:
        return self.created_at + settings.embed_seconds


@dataclass
class EmbedTaskRecord(EmbedJob):
    source: VideoSource
    clip_length: float
    scopes: list[str]
    start_offset: float | None
    end_offset: float | None


@dataclass(frozen=True)
class IntegrationFile:
    """A file in a (fake) cloud storage integration, importable with the import endpoints."""

    filename: str
    size: int = 25_000_000
    duration: float = 60.0
    width: int = 1280
    height: int = 720
    fps: float = 30.0
    error_message: str | None = None
    """When set, the file cannot be imported and is reported with this message."""


@dataclass
class ImportRun:
    integration_id: str
    index_id: str
    index_name: str
    created_at: float
    task_ids: list[str]
    failed_files: list[tuple[str, str]]


@dataclass
class SearchSession:
    """The results of one search, served a page at a time until ``expires_at``."""

    id: str
    items: list[dict[str, Any]]
    page_limit: int
    group_by: str
    total_inner_matches: int
    pool: dict[str, Any]
    expires_at: float
    tokens: list[str] = field(default_factory=list)


_DEFAULT_FILE_STEMS = (
    "harbor-tour",
    "team-standup",
    "product-demo",
    "forklift-safety",
    "city-timelapse",
    "cooking-pasta",
    "mountain-bike-trail",
    "customer-interview",
)


def default_integration_files(integration_id: str) -> list[IntegrationFile]:
    """A deterministic set of files for any integration id the test did not configure."""
    h = hashlib.sha256(integration_id.encode()).digest()
    count = 3 + h[0] % 3
    files = []
    for i in range(count):
        stem = _DEFAULT_FILE_STEMS[(h[1] + i) % len(_DEFAULT_FILE_STEMS)]
        files.append(
            IntegrationFile(
                filename=f"{stem}-{i + 1:02d}.mp4",
                size=5_000_000 + 1_000_003 * h[2 + i],
                duration=float(20 + h[8 + i] % 200),
            )
        )
    files.append(
        IntegrationFile(
            filename="teaser-too-short.mp4",
            size=300_000,
            duration=2.0,
            error_message="The video is too short: the minimum duration is 4 seconds.",
        )
    )
    return files


class Store:
    """Everything the fake remembers. Callers hold ``lock`` while they read or change it."""

    def __init__(self, clock: Clock, settings: Settings, seed: str = "") -> None:
        self.clock = clock
        self.settings = settings
        self.seed = seed
        self.lock = threading.RLock()
        self.clear()

    def clear(self) -> None:
        """Forget everything (the clock and settings stay)."""
        self.indexes: dict[str, IndexRecord] = {}
        self.tasks: dict[str, TaskRecord] = {}
        self.video_to_task: dict[str, str] = {}
        self.embed_tasks: dict[str, EmbedTaskRecord] = {}
        self.integrations: dict[str, list[IntegrationFile]] = {}
        self.imports: list[ImportRun] = []
        self.searches: dict[str, SearchSession] = {}  # by id, oldest first
        self.search_pages: dict[str, tuple[SearchSession, int]] = {}  # token -> (search, page)
        # 2026 operations; records defined in _ops_analyze and _ops_embed_v2
        self.analyze_tasks: dict[str, Any] = {}
        self.embed_v2_tasks: dict[str, Any] = {}
        self.fail_next: list[str] = []
        self.fail_by_filename: dict[str, str] = {}
        from ._asset_state import AssetState

        self.assets = AssetState()
        self._seq = 0

    def now(self) -> float:
        return self.clock.now()

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def new_id(self, kind: str) -> str:
        return object_id(self.seed, kind, self.next_seq())

    def stamp(self, kind: str) -> Stamp:
        """A fresh id of ``kind``, the clock time and the next sequence number, in that order
        (the id draws a number of its own), for ``SomeRecord(**store.stamp(kind), ...)``."""
        return Stamp(id=self.new_id(kind), created_at=self.now(), seq=self.next_seq())

    def take_failure(self, filename: str) -> str | None:
        """The failure planned for the next upload, if any (``fail_next_upload`` or by name)."""
        if filename in self.fail_by_filename:
            return self.fail_by_filename[filename]
        if self.fail_next:
            return self.fail_next.pop(0)
        return None

    def integration_files(self, integration_id: str) -> Sequence[IntegrationFile]:
        if integration_id not in self.integrations:
            return default_integration_files(integration_id)
        return self.integrations[integration_id]

    def task_for_video(self, video_id: str) -> TaskRecord | None:
        task_id = self.video_to_task.get(video_id)
        if task_id is None:
            return None
        task = self.tasks.get(task_id)
        if task is None or not task.has_video(self.now(), self.settings.stage_seconds):
            return None
        return task

    def videos_of(self, index_id: str) -> list[TaskRecord]:
        now, stage = self.now(), self.settings.stage_seconds
        return [
            t for t in self.tasks.values() if t.index_id == index_id and t.has_video(now, stage)
        ]

    def delete_index(self, index_id: str) -> None:
        self.indexes.pop(index_id, None)
        for task_id in [t.id for t in self.tasks.values() if t.index_id == index_id]:
            task = self.tasks.pop(task_id)
            self.video_to_task.pop(task.video_id, None)

    def add_search(self, session: SearchSession) -> None:
        """Register a search's page tokens. Expired searches are forgotten then, and past
        ``MAX_LIVE_SEARCHES`` the oldest ones too, so a served fake does not grow without limit."""
        now = self.now()
        stale = [s for s in self.searches.values() if s.expires_at <= now]
        excess = len(self.searches) + 1 - MAX_LIVE_SEARCHES
        stale += list(self.searches.values())[: max(0, excess)]
        for old in stale:
            if self.searches.pop(old.id, None) is not None:
                for token in old.tokens:
                    self.search_pages.pop(token, None)
        self.searches[session.id] = session
        for page, token in enumerate(session.tokens, start=1):
            self.search_pages[token] = (session, page)

    def search_page(self, token: str) -> tuple[SearchSession, int] | None:
        """The session and page number of a live page token, else None."""
        found = self.search_pages.get(token)
        if found is None or self.now() >= found[0].expires_at:
            return None
        return found

    def pending_work(self) -> float | None:
        """The clock time at which the last running task or embed task finishes, if any."""
        now = self.now()
        ends = [t.finished_at(self.settings.stage_seconds) for t in self.tasks.values()]
        ends += [e.finished_at(self.settings) for e in self.embed_tasks.values()]
        ends += [t.finished_at(self.settings) for t in self.analyze_tasks.values()]
        ends += [t.finished_at(self.settings) for t in self.embed_v2_tasks.values()]
        ends += self.assets.pending_ends(self.settings)
        later = [e for e in ends if e > now]
        return max(later) if later else None
