"""The send path of the async client: :class:`AsyncSender`, the twin of :class:`._send.Sender`.

Everything but the I/O is shared with the sync sender through :class:`._send.SenderCore` and
:class:`._send.Attempts`: URL joining, the key as an ``httpx.Auth`` (never in a URL or a log),
timeouts, rewinding file payloads, the retry decision of :mod:`._retry`, error mapping by
:mod:`.errors` and logging. This module only awaits the send, the read of an error body
and the sleep between attempts (the async client passes ``asyncio.sleep`` unless a test
injects its own).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import httpx

from ._send import Attempts, CallOptions, RequestKwargs, SenderCore

if TYPE_CHECKING:
    from ._operations import Request

__all__ = ["AsyncSender"]

T = TypeVar("T")


class AsyncSender(SenderCore[httpx.AsyncClient, Callable[[float], Awaitable[object]]]):
    """Sends generated request kwargs with retries, logging and error mapping (async)."""

    async def request(self, call: Request[T]) -> T:
        """Send ``call``, retrying as allowed; ``call.parse(response)`` for a 2xx (see
        ``Sender.request``)."""
        response = await self._send(self._request_attempts(call), stream=False)
        return self._parsed(response, call.parse)

    @contextlib.asynccontextmanager
    async def stream(
        self,
        kwargs: RequestKwargs,
        *,
        options: CallOptions | None = None,
        safe_to_repeat: bool = False,
    ) -> AsyncIterator[httpx.Response]:
        """An open 2xx streamed response (see ``Sender.stream``); closed on leaving the block."""
        attempts = self._attempts(kwargs, options=options or {}, safe_to_repeat=safe_to_repeat)
        response = await self._send(attempts, stream=True)
        try:
            yield response
        finally:
            await response.aclose()

    async def _send(self, attempts: Attempts, *, stream: bool) -> httpx.Response:
        while True:
            with attempts as request:  # judged on leaving the block (see Attempts)
                response = await self.http_client.send(
                    request, auth=self.auth, stream=True, follow_redirects=False
                )
                success = False
                try:
                    success = attempts.answered(response)
                    if not (success and stream):  # a body read with its cap and time limit
                        await attempts.body_reader(response).aread()
                finally:
                    if not (success and stream):
                        await response.aclose()
            if attempts.answer is not None:
                return attempts.answer
            await self.sleep(attempts.delay)
