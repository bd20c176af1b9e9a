"""The synchronous client: its namespaces, its connection pool, and ``with_options``."""

from __future__ import annotations

import time
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from ._config import ClientBase, ClientConfig
from ._raw import RawResponses
from ._responses import RawResponse
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
        max_response_bytes: the most bytes (decompressed) read of a response that carries
            embeddings (default 512 MiB); other responses are capped at 32 MiB, error bodies at
            1 MiB (see the README's Reliability section).
        allow_insecure_http: allow a plain ``http://`` base URL to a host that is not loopback
            (the key travels unencrypted); default from ``TWELVELABS_ALLOW_INSECURE_HTTP=1``.
        http_client: an ``httpx.Client`` to send with (proxies, custom transports, tests). The
            client sets the URL, key and timeout per request and never changes it; its default
            headers are sent, its ``base_url``, ``params`` and ``auth`` are not, and redirects
            are not followed. Closing it stays your job.
    """

    _sender: Sender
    _http_client_class = httpx.Client

    def _start(self, config: ClientConfig) -> None:
        self._sender = Sender(self._http_client, config, sleep=time.sleep, clock=time.monotonic)

    # The namespaces are built, and their modules imported, on first use: constructing a client
    # and importing the package stay cheap (README, Performance, W6).

    @cached_property
    def indexes(self) -> Indexes:
        """``client.indexes``: create, list, retrieve, rename and delete indexes."""
        from .resources.indexes import Indexes

        return Indexes(self._sender)

    @cached_property
    def tasks(self) -> Tasks:
        """``client.tasks``: upload videos for indexing and follow the indexing tasks."""
        from .resources.tasks import Tasks

        return Tasks(self._sender)

    @cached_property
    def imports(self) -> Imports:
        """``client.imports``: import videos from a cloud-storage integration and follow the import."""
        from .resources.imports import Imports

        return Imports(self._sender)

    @cached_property
    def videos(self) -> Videos:
        """``client.videos``: list, inspect, annotate and delete the videos of an index."""
        from .resources.videos import Videos

        return Videos(self._sender)

    @cached_property
    def search(self) -> Search:
        """``client.search``: search an index with text or an image, and fetch further result pages."""
        from .resources.search import Search

        return Search(self._sender)

    @cached_property
    def embed(self) -> Embed:
        """``client.embed``: embeddings of text, an image and/or audio in one call."""
        from .resources.embed import Embed

        return Embed(self._sender)

    @cached_property
    def generate(self) -> Generate:
        """``client.generate``: text about a video (gist, summaries, open-ended generation)."""
        from .resources.generate import Generate

        return Generate(self._sender)

    @cached_property
    def assets(self) -> Assets:
        """``client.assets``: upload media files and manage them."""
        from .resources.assets import Assets

        return Assets(self._sender)

    @cached_property
    def indexed_assets(self) -> IndexedAssets:
        """``client.indexed_assets``: assets indexed in an index."""
        from .resources.indexed_assets import IndexedAssets

        return IndexedAssets(self._sender, self.assets)

    @cached_property
    def analyze(self) -> Analyze:
        """``client.analyze``: text about a video or images (one answer, a stream, or tasks)."""
        from .resources.analyze import Analyze

        return Analyze(self._sender)

    @property
    def with_raw_response(self) -> RawResponses[RawResponse[Any]]:
        """The namespaces again, their one-request methods answering a ``RawResponse`` with
        ``.status_code``, ``.headers``, ``.http_response`` and ``.parse()`` (what the plain
        call returns)::

            raw = client.with_raw_response.indexes.retrieve(index_id)
            print(raw.headers.get("x-api-version"))
            index = raw.parse()

        Pagers, search results, waits, ``create_and_wait`` and streams send more than one
        request (or read a stream): asking for theirs raises ``AttributeError`` saying so.
        """
        return RawResponses(self, "with_raw_response")

    def close(self) -> None:
        """Close the HTTP connections (a user-supplied ``http_client`` is left open)."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> TwelveLabs:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
