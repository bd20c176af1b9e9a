"""The send path of the async client: :class:`AsyncSender`, the twin of :class:`._send.Sender`.

Everything but the I/O is shared with the sync sender through :class:`._send.SenderCore` and
:class:`._send.Attempts`: URL joining, the key as an ``httpx.Auth`` (never in a URL or a log),
timeouts, rewinding file payloads, the retry decision of :mod:`._retry`, error mapping by
:mod:`._responses` and logging. This module only awaits the send, the read of an error body
and the sleep between attempts (the async client passes ``asyncio.sleep`` unless a test
injects its own).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TypeVar, overload

import httpx

from ._send import Attempts, RequestKwargs, SenderCore, TimeoutArg

__all__ = ["AsyncSender"]

T = TypeVar("T")


class AsyncSender(SenderCore[httpx.AsyncClient, Callable[[float], Awaitable[object]]]):
    """Sends generated request kwargs with retries, logging and error mapping (async)."""

    @overload
    async def request(
        self,
        kwargs: RequestKwargs,
        *,
        parse: Callable[[httpx.Response], T],
        retry_safe: bool,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> T: ...

    @overload
    async def request(
        self,
        kwargs: RequestKwargs,
        *,
        parse: None,
        retry_safe: bool,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None: ...

    async def request(
        self,
        kwargs: RequestKwargs,
        *,
        parse: Callable[[httpx.Response], T] | None,
        retry_safe: bool,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> T | None:
        """Send, retrying as allowed; ``parse(response)`` for a 2xx (see ``Sender.request``)."""
        attempts = self._attempts(
            kwargs,
            retry_safe=retry_safe,
            request_timeout=request_timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        response = await self._send(attempts, stream=False)
        if parse is None:
            return None
        return parse(response)

    @contextlib.asynccontextmanager
    async def stream(
        self,
        kwargs: RequestKwargs,
        *,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        retry_safe: bool = True,
    ) -> AsyncIterator[httpx.Response]:
        """An open 2xx streamed response (see ``Sender.stream``); closed on leaving the block."""
        attempts = self._attempts(
            kwargs, retry_safe=retry_safe, request_timeout=request_timeout, max_retries=max_retries
        )
        response = await self._send(attempts, stream=True)
        try:
            yield response
        finally:
            await response.aclose()

    async def _send(self, attempts: Attempts, *, stream: bool) -> httpx.Response:
        while True:
            request = attempts.next_request()
            try:
                response = await self.http_client.send(
                    request, auth=self.auth, stream=stream, follow_redirects=False
                )
            except httpx.TransportError as exc:
                delay = attempts.failed(exc)
            else:
                if attempts.answered(response):
                    return response
                try:  # the (small) error body, so that it can be mapped
                    await response.aread()
                finally:
                    await response.aclose()
                delay = attempts.rejected(response)
            await self.sleep(delay)
