"""The asynchronous client: the twin of :class:`._client.TwelveLabs` for ``asyncio``.

Same constructor (configuration resolved by :func:`._config.resolve_config`), same namespaces
and method names; every method that sends a request is awaited. The methods themselves are
shared with the sync client (see :mod:`._operations`), so both validate, build and parse the
same way; only the sender (:class:`._async_send.AsyncSender`) differs.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from ._async_send import AsyncSender
from ._config import ClientBase, ClientConfig
from ._operations import Awaited
from ._raw import RawResponses
from ._responses import RawResponse
from .resources import (
    AsyncAnalyze,
    AsyncAssets,
    AsyncEmbed,
    AsyncGenerate,
    AsyncImports,
    AsyncIndexedAssets,
    AsyncIndexes,
    AsyncSearch,
    AsyncTasks,
    AsyncVideos,
)

__all__ = ["AsyncTwelveLabs"]


class AsyncTwelveLabs(ClientBase[httpx.AsyncClient]):
    """Async client for the TwelveLabs Video Understanding API v1.3.

    ::

        async with AsyncTwelveLabs() as client:   # key from TWELVELABS_API_KEY
            async for index in client.indexes.list():
                print(index.id, index.index_name)
            task = await client.tasks.create_and_wait(index.id, video_file="talk.mp4")

    Arguments as for :class:`~twelvelabs_client.TwelveLabs`; ``http_client`` is an
    ``httpx.AsyncClient``. ``list`` methods return an ``AsyncPager`` (``async for``, no
    ``await``); ``search.query`` is awaited and returns results to ``async for``;
    ``generate.stream`` returns a stream for ``async with`` / ``async for``.
    """

    indexes: AsyncIndexes
    tasks: AsyncTasks
    imports: AsyncImports
    videos: AsyncVideos
    search: AsyncSearch
    embed: AsyncEmbed
    generate: AsyncGenerate
    assets: AsyncAssets
    indexed_assets: AsyncIndexedAssets
    analyze: AsyncAnalyze

    _sender: AsyncSender
    _http_client_class = httpx.AsyncClient

    def _start(self, config: ClientConfig) -> None:
        self._sender = AsyncSender(
            self._http_client, config, sleep=asyncio.sleep, clock=time.monotonic
        )
        self.indexes = AsyncIndexes(self._sender)
        self.tasks = AsyncTasks(self._sender)
        self.imports = AsyncImports(self._sender)
        self.videos = AsyncVideos(self._sender)
        self.search = AsyncSearch(self._sender)
        self.embed = AsyncEmbed(self._sender)
        self.generate = AsyncGenerate(self._sender)
        self.assets = AsyncAssets(self._sender)
        self.indexed_assets = AsyncIndexedAssets(self._sender, self.assets)
        self.analyze = AsyncAnalyze(self._sender)

    @property
    def with_raw_response(self) -> RawResponses[Awaited[RawResponse[Any]]]:
        """The namespaces again, their one-request methods answering a ``RawResponse``
        (awaited): see :attr:`TwelveLabs.with_raw_response`."""
        return RawResponses(self, "with_raw_response")

    async def close(self) -> None:
        """Close the HTTP connections (a user-supplied ``http_client`` is left open)."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> AsyncTwelveLabs:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
