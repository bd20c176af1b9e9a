"""The synchronous client: its namespaces, its connection pool, and ``with_options``."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._config import DEFAULT_MAX_RETRIES, ClientBase, TimeoutArg
from ._send import Sender

if TYPE_CHECKING:
    from .resources.analyze import Analyze
    from .resources.assets import Assets
    from .resources.embed import Embed
    from .resources.generate import Generate
    from .resources.imports import Imports
    from .resources.indexed_assets import IndexedAssets
    from .resources.indexes import Indexes
    from .resources.search import Search
    from .resources.tasks import Tasks
    from .resources.videos import Videos

__all__ = ["TwelveLabs"]


class TwelveLabs(ClientBase[httpx.Client]):
    """Client for the TwelveLabs Video Understanding API v1.3.

    ::

        with TwelveLabs() as client:          # key from TWELVELABS_API_KEY
            for index in client.indexes.list():
                print(index.id, index.index_name)

    Args:
        api_key: the key; defaults to the ``TWELVELABS_API_KEY`` environment variable.
        base_url: defaults to ``TWELVELABS_BASE_URL``, else ``https://api.twelvelabs.io/v1.3``.
        timeout: seconds (every phase) or an ``httpx.Timeout``; defaults to :data:`DEFAULT_TIMEOUT`.
            Applies to every request, also through a user-supplied ``http_client``.
        max_retries: retries after a failed attempt (see the README's Retries section).
        http_client: an ``httpx.Client`` to send with (proxies, custom transports, tests). The
            client sets the URL, key and timeout per request and never changes it; its default
            headers are sent, its ``base_url``, ``params`` and ``auth`` are not, and redirects
            are not followed. Closing it stays your job.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutArg = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        _sleep: Callable[[float], None] | None = None,
        _clock: Callable[[], float] | None = None,
        _wall_clock: Callable[[], float] | None = None,
    ) -> None:
        config = self._configure(locals(), httpx.Client)
        self._sender = Sender(
            self._http_client,
            config,
            sleep=_sleep or time.sleep,
            clock=_clock or time.monotonic,
            wall_clock=_wall_clock or time.time,
        )

    # The namespaces are built, and their modules imported, on first use: constructing a client
    # and importing the package stay cheap (README, Performance, W6).

    @cached_property
    def indexes(self) -> Indexes:
        from .resources.indexes import Indexes

        return Indexes(self._sender)

    @cached_property
    def tasks(self) -> Tasks:
        from .resources.tasks import Tasks

        return Tasks(self._sender)

    @cached_property
    def imports(self) -> Imports:
        from .resources.imports import Imports

        return Imports(self._sender)

    @cached_property
    def videos(self) -> Videos:
        from .resources.videos import Videos

        return Videos(self._sender)

    @cached_property
    def search(self) -> Search:
        from .resources.search import Search

        return Search(self._sender)

    @cached_property
    def embed(self) -> Embed:
        from .resources.embed import Embed

        return Embed(self._sender)

    @cached_property
    def generate(self) -> Generate:
        from .resources.generate import Generate

        return Generate(self._sender)

    @cached_property
    def assets(self) -> Assets:
        from .resources.assets import Assets

        return Assets(self._sender)

    @cached_property
    def indexed_assets(self) -> IndexedAssets:
        from .resources.indexed_assets import IndexedAssets

        return IndexedAssets(self._sender, self.assets)

    @cached_property
    def analyze(self) -> Analyze:
        from .resources.analyze import Analyze

        return Analyze(self._sender)

    def with_options(
        self, *, timeout: TimeoutArg = None, max_retries: int | None = None
    ) -> TwelveLabs:
        """A client with the options given changed (the others, ``None`` ones included, as they
        are here) that shares this client's key, base URL and connection pool. Closing it
        leaves the pool open: it stays this client's (or yours, if you passed ``http_client``).

        ::

            client.with_options(max_retries=5).indexes.list()
        """
        return TwelveLabs(**self._arguments_with(locals()))

    def close(self) -> None:
        """Close the HTTP connections (a user-supplied ``http_client`` is left open)."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> TwelveLabs:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
