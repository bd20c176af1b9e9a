"""The time limit of a whole attempt, enforced at each socket read of httpx's own transport.

httpx applies its ``read`` timeout to each read, so a server that sends one byte of the
response head (or body) at a time holds a call forever. The client's own transport is built
on a network backend whose streams shorten each read's timeout to what is left of the current
attempt (:class:`AttemptEnd`, found in a context variable the senders set around an attempt):
no thread, no timer, one clock reading per socket read or write. An attempt that uploads a file
starts its clock at its first read (after the upload was sent), so the upload's duration is not
counted, unless the call has a deadline (``timeout=`` of an upload that waits): then the clock
runs from the start and each write gets at most what is left.

A user-supplied ``httpx.Client`` keeps its own transport: there the head is bounded per read,
the body by :class:`~._send.BodyReader`'s check after each chunk.
"""

from __future__ import annotations

import contextvars
import time
import typing

import httpcore
import httpx

__all__ = ["ATTEMPT_END", "AttemptEnd", "async_transport", "sync_transport"]


class AttemptEnd:
    """When the current attempt must have received its last byte (``time.monotonic``)."""

    __slots__ = ("at", "limit")

    def __init__(self, limit: float | None, *, from_first_read: bool) -> None:
        self.limit = limit
        self.at: float | None = (
            None if limit is None or from_first_read else time.monotonic() + limit
        )

    def started(self) -> float | None:
        """The end time, starting the clock now if no read has started it yet."""
        if self.at is None and self.limit is not None:
            self.at = time.monotonic() + self.limit
        return self.at

    def read_timeout(self, timeout: float | None) -> float | None:
        """A read's timeout, cut to what is left of the attempt (a read starts its clock)."""
        return _within(self.started(), timeout, httpcore.ReadTimeout, "before the response")

    def write_timeout(self, timeout: float | None) -> float | None:
        """A write's timeout, cut to what is left of an attempt whose clock runs (an upload's
        clock starts at its first read, unless the call has a deadline: see the senders)."""
        return _within(self.at, timeout, httpcore.WriteTimeout, "while sending")


def _within(
    at: float | None, timeout: float | None, error: type[httpcore.TimeoutException], when: str
) -> float | None:
    """``timeout``, or less if the attempt ends at ``at`` sooner; ``error`` if it has ended."""
    if at is None:
        return timeout
    remaining = at - time.monotonic()
    if remaining <= 0:
        raise error(f"the attempt's time limit ran out {when}")
    return remaining if timeout is None or remaining < timeout else timeout


#: The attempt being sent in this thread or task (``None`` between attempts and in streams).
ATTEMPT_END: contextvars.ContextVar[AttemptEnd | None] = contextvars.ContextVar(
    "twelvelabs_attempt_end", default=None
)


def _timeout(timeout: float | None) -> float | None:
    end = ATTEMPT_END.get()
    return timeout if end is None else end.read_timeout(timeout)


def _write_timeout(timeout: float | None) -> float | None:
    end = ATTEMPT_END.get()
    return timeout if end is None else end.write_timeout(timeout)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _timeout(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _write_timeout(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _timeout(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _write_timeout(timeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


# The backends only wrap the streams they make: the connection arguments (timeout, local
# address, socket options) are passed on as httpcore gives them.


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self, host: str, port: int, *args: typing.Any, **kwargs: typing.Any
    ) -> httpcore.NetworkStream:
        return _Stream(self._backend.connect_tcp(host, port, *args, **kwargs))

    def connect_unix_socket(
        self, path: str, *args: typing.Any, **kwargs: typing.Any
    ) -> httpcore.NetworkStream:
        return _Stream(self._backend.connect_unix_socket(path, *args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, *args: typing.Any, **kwargs: typing.Any
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._backend.connect_tcp(host, port, *args, **kwargs))

    async def connect_unix_socket(
        self, path: str, *args: typing.Any, **kwargs: typing.Any
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._backend.connect_unix_socket(path, *args, **kwargs))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def sync_transport() -> httpx.HTTPTransport:
    """httpx's default transport, its reads bounded by the attempt (see the module)."""
    transport = httpx.HTTPTransport()
    pool = transport._pool  # httpcore.ConnectionPool: its backend is where sockets are made
    pool._network_backend = _Backend(pool._network_backend)
    return transport


def async_transport() -> httpx.AsyncHTTPTransport:
    """The async twin of :func:`sync_transport`."""
    transport = httpx.AsyncHTTPTransport()
    pool = transport._pool
    pool._network_backend = _AsyncBackend(pool._network_backend)
    return transport
