"""A small raw-socket HTTP server, run in a thread, that misbehaves on purpose.

Each accepted connection reads one request (head and body) and then hands the socket to a
*scenario*: a function ``scenario(wire)`` that writes whatever bytes it likes, pauses,
resets or closes. The server is bounded in time and in count: it accepts at most
``max_connections`` connections, and ``lifetime`` seconds after it started (or on exit, if that
comes first) it stops: every paused scenario is woken (``wire.pause`` returns False, ``send``
does nothing) and every socket is closed. A client that a scenario would hold forever gets a
closed connection at the end of the lifetime, so a test fails instead of hanging.

Usage::

    with HostileServer(scenarios.stall_after_headers()) as server:
        client = TwelveLabs(api_key=KEY, base_url=server.base_url, max_retries=0)
        ...
    server.requests   # what the client sent, one RawRequest per connection
"""

from __future__ import annotations

import contextlib
import math
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

__all__ = ["HostileServer", "RawRequest", "Scenario", "Wire"]

_MAX_HEAD = 64 * 1024
_MAX_BODY = 64 * 1024 * 1024
_SOCKET_TIMEOUT = 5.0
_PACED_READ = 256 * 1024


@dataclass
class RawRequest:
    method: str
    target: str
    headers: dict[str, str]  # lower-cased names
    body: bytes = field(repr=False)


class Wire:
    """The server's end of one connection, given to a scenario after the request was read."""

    def __init__(self, sock: socket.socket, request: RawRequest, stop: threading.Event) -> None:
        self.sock = sock
        self.request = request
        self._stop = stop

    def send(self, data: bytes) -> bool:
        """Write ``data``; False once the client has gone or the server is stopping."""
        if self._stop.is_set():
            return False
        try:
            self.sock.sendall(data)
        except OSError:  # the client closed or reset the connection, or send timed out
            return False
        return True

    def pause(self, seconds: float) -> bool:
        """Sleep ``seconds`` (woken early when the server stops); False when stopping."""
        return not self._stop.wait(seconds)

    def hold(self) -> None:
        """Keep the connection open, sending nothing, until the server stops or the client
        closes it."""
        self.sock.settimeout(0.05)
        while not self._stop.is_set():
            try:
                if self.sock.recv(65536) == b"":
                    return
            except TimeoutError:
                continue
            except OSError:
                return

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), not a clean close."""
        with contextlib.suppress(OSError):
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.sock.close()


Scenario = Callable[[Wire], None]


class HostileServer:
    """Listens on 127.0.0.1 (a free port) and runs ``scenario`` on every connection."""

    def __init__(
        self,
        scenario: Scenario,
        *,
        max_connections: int = 8,
        lifetime: float = 30.0,
        body_pace: float | None = None,
    ) -> None:
        """``body_pace``: read the first half of a request body 256 KiB at a time with this
        pause in between (a slow line), the rest at once (so the socket buffers, which the
        client counts as sent, drain fast); ``math.inf``: never read it (a peer that stops
        reading)."""
        self.scenario = scenario
        self.body_pace = body_pace
        self.max_connections = max_connections
        self.lifetime = lifetime
        self.requests: list[RawRequest] = []
        self.errors: list[BaseException] = []  # raised by a scenario (a bug in the test)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=64)
        self._listener.settimeout(0.05)
        self._acceptor = threading.Thread(target=self._accept, name="hostile-accept", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1.3"

    def __enter__(self) -> HostileServer:
        self._acceptor.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        self._acceptor.join(timeout=5)
        self._close_sockets()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=5)

    def _close_sockets(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    # -- the server thread

    def _accept(self) -> None:
        deadline = time.monotonic() + self.lifetime
        accepted = 0
        while not self._stop.is_set() and time.monotonic() < deadline:
            if accepted >= self.max_connections:
                self._stop.wait(0.05)
                continue
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            accepted += 1
            sock.settimeout(_SOCKET_TIMEOUT)
            thread = threading.Thread(
                target=self._serve, args=(sock,), name="hostile-conn", daemon=True
            )
            with self._lock:
                self._sockets.append(sock)
                self._threads.append(thread)
            thread.start()
        self._stop.set()  # the lifetime is over (or close() was called): end every scenario
        self._close_sockets()

    def _serve(self, sock: socket.socket) -> None:
        try:
            request = _read_request(sock, self.body_pace, self._stop)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
            self.scenario(Wire(sock, request, self._stop))
        except OSError:
            pass  # the client went away: that is its right
        except BaseException as exc:  # a broken scenario: report it to the test
            self.errors.append(exc)
        finally:
            with contextlib.suppress(OSError):
                sock.close()


def _read_request(
    sock: socket.socket, body_pace: float | None = None, stop: threading.Event | None = None
) -> RawRequest | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > _MAX_HEAD:
            raise ValueError("request head too large")
    head, _, first = data.partition(b"\r\n\r\n")
    rest = bytearray(first)  # appended to in place: a large upload is not copied again and again
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        length = int(headers["content-length"])
        if length > _MAX_BODY:
            raise ValueError("request body too large")
        if body_pace == math.inf:  # never read the body: hold until the server stops
            if stop is not None:
                stop.wait()
            return None
        while len(rest) < length:
            paced = body_pace is not None and len(rest) < length // 2
            if paced and stop is not None and stop.wait(body_pace or 0.0):
                return None
            chunk = sock.recv(_PACED_READ if paced else 65536)
            if not chunk:
                break
            rest += chunk
        body = bytes(rest[:length])
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while not rest.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk or len(rest) > _MAX_BODY:
                break
            rest += chunk
        body = bytes(rest)
    else:
        body = b""
    return RawRequest(method, target, headers, body)
