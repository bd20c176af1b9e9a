"""Fault switches: make the fake misbehave the way networks and busy services do.

Each switch fires on the next ``times`` matching requests (``times=None``: until cleared).
``method`` and ``path`` narrow it to some requests; ``path`` is a route template such as
``"/tasks/{task_id}"``, a concrete path such as ``"/tasks/67b2..."`` (either with or without the
``/v1.3`` prefix), or a glob such as ``"/indexes/*"``.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal[
    "rate_limit",
    "server_error",
    "drop",
    "delay",
    "stream_error",
    "chunk_error",
    "chunk_drop",
    "chunk_expired",
]
CHUNK_FAULTS: tuple[FaultKind, ...] = ("chunk_error", "chunk_drop", "chunk_expired")
API_PREFIX = "/v1.3"


@dataclass
class Fault:
    """One armed switch (returned by the ``FaultSwitches`` methods).

    ``remaining`` counts the firings left (None: until cleared); the other fields are the
    options given to the method that armed it.
    """

    kind: FaultKind
    remaining: int | None
    method: str | None = None
    path: str | None = None
    retry_after: float | None = None
    status: int = 500
    body: bytes = b""
    content_type: str | None = None
    after_handling: bool = False
    mid_body: bool = False
    seconds: float = 0.0
    message: str = ""

    def matches(self, method: str, template: str | None, path: str) -> bool:
        """Whether the switch applies to a request (``template`` is its route, if any)."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        if self.path is None:
            return True
        wanted = self.path
        if wanted.startswith(API_PREFIX + "/"):
            wanted = wanted[len(API_PREFIX) :]
        bare = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else path
        candidates = [bare] if template is None else [bare, template]
        return any(c == wanted or fnmatch.fnmatchcase(c, wanted) for c in candidates)


class FaultSwitches:
    """The switch board; reach it as ``fake.faults``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def _add(self, fault: Fault) -> Fault:
        if fault.remaining is not None and fault.remaining < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        with self._lock:
            self._faults.append(fault)
        return fault

    def rate_limit(
        self,
        times: int | None = 1,
        *,
        retry_after: float | None = 1,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Answer 429 with an empty body (as the API documents) and ``Retry-After``.

        With ``retry_after=None`` no ``Retry-After`` is sent; ``X-Ratelimit-Reset`` (epoch
        seconds, one second ahead of real time) is always sent.
        """
        return self._add(
            Fault("rate_limit", times, method=method, path=path, retry_after=retry_after)
        )

    def server_error(
        self,
        times: int | None = 1,
        *,
        status: int = 500,
        body: bytes = b"Internal Server Error",
        content_type: str | None = "text/plain",
        retry_after: float | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Answer a 5xx (or any status) with a non-JSON body, before handling the request."""
        return self._add(
            Fault(
                "server_error",
                times,
                method=method,
                path=path,
                status=status,
                body=body,
                content_type=content_type,
                retry_after=retry_after,
            )
        )

    def drop_connection(
        self,
        times: int | None = 1,
        *,
        after_handling: bool = False,
        mid_body: bool = False,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Break the connection instead of answering.

        By default the request is not handled at all (nothing changes on the fake). With
        ``after_handling=True`` it is handled (a task is created, say) and then no answer comes
        back: the case where a client must not blindly repeat a POST. With ``mid_body=True``
        the status and headers arrive and the body is cut in the middle (implies handling).
        In-process this raises ``httpx.RemoteProtocolError``; served, the socket is closed.
        """
        return self._add(
            Fault(
                "drop",
                times,
                method=method,
                path=path,
                after_handling=after_handling or mid_body,
                mid_body=mid_body,
            )
        )

    def delay(
        self,
        seconds: float,
        times: int | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
    ) -> Fault:
        """Wait ``seconds`` (real time) before answering.

        In-process, a delay longer than the client's read timeout raises
        ``httpx.ReadTimeout`` after waiting for that timeout, as a real server would.
        """
        return self._add(Fault("delay", times, method=method, path=path, seconds=seconds))

    def stream_error(
        self,
        message: str = "The generation failed unexpectedly.",
        times: int | None = 1,
        *,
        path: str = "/generate",
    ) -> Fault:
        """Break the next streamed answer: ``/generate`` emits a ``stream_error`` event
        mid-stream; ``path="/analyze"`` ends the stream after two text fragments, without
        ``stream_end`` (the 2026 API defines no in-stream error event)."""
        return self._add(Fault("stream_error", times, method="POST", path=path, message=message))

    # Chunk PUTs to presigned URLs (``/storage/...``) take only these three switches, and API
    # requests never take them. ``chunk_index`` narrows one to that chunk's PUTs.

    def fail_chunks(
        self, times: int | None = 1, *, status: int = 500, chunk_index: int | None = None
    ) -> Fault:
        """Answer the next chunk PUTs with ``status`` (an S3 XML error); nothing is stored."""
        return self._add(
            Fault("chunk_error", times, method="PUT", path=_chunk_path(chunk_index), status=status)
        )

    def drop_chunks(
        self,
        times: int | None = 1,
        *,
        after_storing: bool = False,
        chunk_index: int | None = None,
    ) -> Fault:
        """Break the connection of the next chunk PUTs. With ``after_storing=True`` the chunk
        is stored (and can be reported) but its answer, with the ETag, never arrives."""
        return self._add(
            Fault(
                "chunk_drop",
                times,
                method="PUT",
                path=_chunk_path(chunk_index),
                after_handling=after_storing,
            )
        )

    def expire_chunks(self, times: int | None = 1, *, chunk_index: int | None = None) -> Fault:
        """Answer the next chunk PUTs 403 ``Request has expired``, as for an expired URL
        (the URL itself stays valid: a retry with it, or with a fresh one, succeeds)."""
        return self._add(Fault("chunk_expired", times, method="PUT", path=_chunk_path(chunk_index)))

    def clear(self) -> None:
        """Disarm every switch."""
        with self._lock:
            self._faults.clear()

    @property
    def active(self) -> list[Fault]:
        """The switches still armed, in the order they were set."""
        with self._lock:
            return list(self._faults)

    def take(
        self, kinds: tuple[FaultKind, ...], method: str, template: str | None, path: str
    ) -> Fault | None:
        """Consume one firing of the first armed fault of ``kinds`` matching the request."""
        with self._lock:
            for fault in self._faults:
                if fault.kind in kinds and fault.matches(method, template, path):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            self._faults.remove(fault)
                    return fault
        return None


def _chunk_path(chunk_index: int | None) -> str:
    return "/storage/*" if chunk_index is None else f"/storage/*/{chunk_index}"
