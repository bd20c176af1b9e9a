"""``FakeTwelveLabs``: the object tests hold. It owns the state, the clock and the switches,
and hands out clients bound to the fake, in-process or over loopback HTTP."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ._app import FakeApp, RecordedRequest
from ._clock import Clock, ManualClock, RealClock
from ._faults import FaultSwitches
from ._media import VideoInfo, derived_info
from ._ops_indexes import new_index
from ._ops_tasks import new_task
from ._server import FakeHTTPServer, serve_in_thread
from ._state import (
    INDEX_MODELS,
    MODEL_OPTIONS,
    IntegrationFile,
    Scalar,
    Settings,
    Store,
    VideoSource,
)
from ._transport import AsyncFakeTransport, FakeTransport
from ._wire import Request, Response

if TYPE_CHECKING:
    from twelvelabs_client import AsyncTwelveLabs, TwelveLabs

DEFAULT_API_KEY = "tlk_test"
DEFAULT_BASE_URL = "https://fake.twelvelabs.local/v1.3"


class FakeTwelveLabs:
    """A stateful, offline fake of the TwelveLabs API v1.3.

    ``clock``: defaults to a ``ManualClock`` that moves only with ``advance()`` (or by
    ``auto_advance`` seconds after every request); ``realtime=True`` uses the wall clock,
    ``speed`` times faster. ``retired_routes=False`` answers the 2025 routes the live API has
    removed (generate, gist, summarize, cloud imports) with 404, as the live API does; by
    default they are still served. See the package docstring for an overview and a pytest
    fixture.

    Assets are ``processing`` for ``asset_seconds``. Multipart sessions get chunks of
    ``multipart_chunk_size`` bytes and ``initial_presigned_urls`` URLs up front; URLs expire
    after ``presigned_url_ttl`` and sessions after ``upload_session_ttl`` seconds.
    """

    def __init__(
        self,
        api_key: str = DEFAULT_API_KEY,
        *,
        base_url: str = DEFAULT_BASE_URL,
        clock: Clock | None = None,
        realtime: bool = False,
        speed: float = 1.0,
        auto_advance: float = 0.0,
        stage_seconds: float = 2.0,
        embed_seconds: float = 4.0,
        search_token_ttl: float = 3600.0,
        max_video_bytes: int = 2 * 1024**3,
        index_expiry_days: float | None = 90.0,
        asset_seconds: float = 2.0,
        multipart_chunk_size: int = 5 * 1024**2,
        initial_presigned_urls: int = 10,
        presigned_url_ttl: float = 3600.0,
        upload_session_ttl: float = 86400.0,
        seed: str = "",
        retired_routes: bool = True,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        self.base_url = base_url.rstrip("/")
        self.clock: Clock = clock or (RealClock(speed) if realtime else ManualClock())
        self.settings = Settings(
            stage_seconds=stage_seconds,
            embed_seconds=embed_seconds,
            search_token_ttl=search_token_ttl,
            max_video_bytes=max_video_bytes,
            index_expiry_days=index_expiry_days,
            asset_seconds=asset_seconds,
            multipart_chunk_size=multipart_chunk_size,
            initial_presigned_urls=initial_presigned_urls,
            presigned_url_ttl=presigned_url_ttl,
            upload_session_ttl=upload_session_ttl,
        )
        self.store = Store(self.clock, self.settings, seed)
        self.faults = FaultSwitches()
        self.app = FakeApp(
            self.store,
            self.faults,
            api_key=api_key,
            auto_advance=auto_advance,
            retired_routes=retired_routes,
        )

    # ------------------------------------------------------------------ basics

    @property
    def api_key(self) -> str:
        """The key requests must carry in ``x-api-key`` (it can be changed, to test a bad key)."""
        return self.app.api_key

    @api_key.setter
    def api_key(self, value: str) -> None:
        self.app.api_key = value

    def __repr__(self) -> str:
        return f"FakeTwelveLabs(base_url={self.base_url!r})"

    def handle(self, request: Request) -> Response:
        """The whole fake as one function (what the transports and the server call)."""
        return self.app.handle(request)

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far (the last 10,000), oldest first."""
        with self.app._lock:
            return list(self.app.requests)

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self.app._lock:
            self.app.requests.clear()

    # ------------------------------------------------------------------ time

    def now(self) -> float:
        """The fake's current time (seconds since the Unix epoch)."""
        return self.clock.now()

    def advance(self, seconds: float) -> None:
        """Move the manual clock forward: tasks progress, search tokens age."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError(
                "advance() needs the manual clock (the fake was built with realtime=True)"
            )
        self.clock.advance(seconds)

    async def async_advance(self, seconds: float) -> None:
        """``advance`` as a coroutine, to pass as the sleep function of an async client."""
        self.advance(seconds)

    def settle(self) -> None:
        """Advance the manual clock until every task and embed task has finished."""
        with self.store.lock:
            end = self.store.pending_work()
        if end is not None:
            self.advance(end - self.now() + 0.001)

    # ------------------------------------------------------------------ clients

    def transport(self) -> FakeTransport:
        """An httpx transport that answers with this fake in-process."""
        return FakeTransport(self.app)

    def async_transport(self) -> AsyncFakeTransport:
        """The async twin of ``transport()``."""
        return AsyncFakeTransport(self.app)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` whose requests go to the fake in-process."""
        kwargs.setdefault("base_url", self.base_url)
        return httpx.Client(transport=self.transport(), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` whose requests go to the fake in-process."""
        kwargs.setdefault("base_url", self.base_url)
        return httpx.AsyncClient(transport=self.async_transport(), **kwargs)

    def client(self, **kwargs: Any) -> TwelveLabs:
        """A ``twelvelabs_client.TwelveLabs`` bound to the fake (extra arguments pass through).

        In-process by default; ``base_url=`` (the URL ``serve()`` yields) with an
        ``http_client=`` of your own sends over loopback HTTP instead, on the same clock.
        """
        from twelvelabs_client import TwelveLabs

        if "http_client" not in kwargs:
            kwargs["http_client"] = self.http_client()
        kwargs.setdefault("base_url", self.base_url)
        client = TwelveLabs(api_key=self.api_key, **kwargs)
        if isinstance(self.clock, ManualClock):
            # The client's waits (polling, retry backoff) move the fake's clock instead of
            # sleeping: waiting for indexing takes no real time.
            # Also the client's calendar (session expiry, Retry-After dates): the fake's time.
            client._use_clock(self.advance, self.now, wall_clock=self.now)
        return client

    def async_client(self, **kwargs: Any) -> AsyncTwelveLabs:
        """A ``twelvelabs_client.AsyncTwelveLabs`` bound to the fake (in-process)."""
        from twelvelabs_client import AsyncTwelveLabs

        kwargs.setdefault("http_client", self.async_http_client())
        client = AsyncTwelveLabs(api_key=self.api_key, base_url=self.base_url, **kwargs)
        if isinstance(self.clock, ManualClock):
            client._use_clock(self.async_advance, self.now, wall_clock=self.now)
        return client

    @contextlib.contextmanager
    def serve(self, port: int = 0, *, verbose: bool = False) -> Iterator[str]:
        """Serve this fake on ``127.0.0.1`` (a free port by default); yields the base URL.

        The served fake shares this object's state, switches and clock: with the default
        manual clock, tasks still progress only when the test calls ``advance``.
        """
        with serve_in_thread(self.app, port, verbose=verbose) as server:
            yield server.base_url

    def server(self, port: int = 0, *, verbose: bool = False) -> FakeHTTPServer:
        """A server for this fake that the caller runs (``serve_forever``) and closes."""
        return FakeHTTPServer(self.app, port, verbose=verbose)

    # ------------------------------------------------------------------ scenario helpers

    def fail_next_upload(
        self, reason: str = "The video could not be processed.", times: int = 1
    ) -> None:
        """The next ``times`` uploads (indexing or embed tasks) end ``failed``."""
        with self.store.lock:
            self.store.fail_next.extend([reason] * times)

    def fail_uploads_named(
        self, filename: str, reason: str = "The video could not be processed."
    ) -> None:
        """Every upload with this filename ends ``failed``."""
        with self.store.lock:
            self.store.fail_by_filename[filename] = reason

    def set_transcript(self, video_id: str, text: str) -> None:
        """Attach spoken text to a video: searched, returned as its transcription, and quoted by
        gist/summarize/generate."""
        with self.store.lock:
            task_id = self.store.video_to_task.get(video_id)
            if task_id is None or task_id not in self.store.tasks:
                raise KeyError(video_id)
            self.store.tasks[task_id].transcript = text

    def add_integration(self, integration_id: str, files: Iterable[IntegrationFile | str]) -> None:
        """Define the files an integration offers to ``POST /tasks/transfers/import/{id}``."""
        items = [IntegrationFile(f) if isinstance(f, str) else f for f in files]
        with self.store.lock:
            self.store.integrations[integration_id] = items

    def create_index(
        self,
        name: str,
        models: Sequence[str] = ("marengo2.7", "pegasus1.2"),
        *,
        options: Sequence[str] = ("visual", "audio"),
        addons: Sequence[str] = (),
    ) -> str:
        """Create an index directly (no request); returns its id. ``options`` are the model
        options of every model: ``"visual"`` and/or ``"audio"``."""
        for model in models:
            if model not in INDEX_MODELS:
                raise ValueError(f"unknown model {model!r}")
        for option in options:
            if option not in MODEL_OPTIONS:
                raise ValueError(f"unknown model option {option!r}; use {MODEL_OPTIONS}")
        with self.store.lock:
            index = new_index(self.store, name, [(m, list(options)) for m in models], list(addons))
            return index.id

    def add_video(
        self,
        index_id: str,
        filename: str = "video.mp4",
        *,
        duration: float | None = None,
        user_metadata: dict[str, Scalar] | None = None,
        transcript: str | None = None,
        ready: bool = True,
    ) -> str:
        """Add a video without uploading it; returns its video id.

        With ``ready=True`` (default) it is indexed already; otherwise it goes through the
        task statuses like an upload.
        """
        with self.store.lock:
            index = self.store.indexes[index_id]
            source = _seeded_source(self.store, "seeded", filename, duration)
            task = new_task(
                self.store,
                index,
                source,
                enable_video_stream=False,
                user_metadata=dict(user_metadata or {}),
                can_fail=False,
            )
            task.transcript = transcript
            if ready:
                task.created_at -= self.settings.stage_seconds * 4 + 0.001
            return task.video_id

    def add_asset(
        self,
        filename: str = "video.mp4",
        *,
        type: str = "video",
        duration: float | None = None,
        user_metadata: dict[str, Any] | None = None,
        transcript: str | None = None,
        ready: bool = True,
    ) -> str:
        """Add an asset without uploading it; returns its id.

        With ``ready=True`` (default) it has finished processing; otherwise it is
        ``processing`` for ``asset_seconds`` like an upload. ``transcript`` is served by
        ``GET /assets/{id}/transcription`` and carried into the indexes it is added to.
        """
        from ._ops_assets import new_asset

        mime = {"video": "video/mp4", "audio": "audio/mpeg", "image": "image/jpeg"}[type]
        with self.store.lock:
            source = _seeded_source(self.store, "seeded-asset", filename, duration)
            asset = new_asset(
                self.store,
                method="direct",
                kind=type,
                file_type=mime,
                source=source,
                enable_hls=False,
                enable_thumbnail=False,
                user_metadata=dict(user_metadata or {}),
                probed=False,
                can_fail=False,
            )
            asset.transcript = transcript
            if ready:
                asset.created_at -= self.settings.asset_seconds + 0.001
            return asset.id

    def task_id_of(self, video_id: str) -> str:
        """The indexing task that produced a video."""
        with self.store.lock:
            return self.store.video_to_task[video_id]

    def reset(self) -> None:
        """Forget all state, switches and recorded requests (the clock keeps its time)."""
        with self.store.lock:
            self.store.clear()
        self.faults.clear()
        self.clear_requests()


def _seeded_source(store: Store, kind: str, filename: str, duration: float | None) -> VideoSource:
    """The media of a seeded video or asset: derived from its name (``kind/filename``), with
    ``duration`` if given, about 250 kB a second."""
    info = derived_info(f"{kind}/{filename}")
    if duration is not None:
        info = VideoInfo(duration, info.width, info.height, info.fps)
    return VideoSource(
        filename=filename,
        size=int(info.duration * 250_000),
        fingerprint=f"{kind}-{store.next_seq()}-{filename}",
        info=info,
    )
