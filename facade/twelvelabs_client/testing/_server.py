"""Serve the fake over real HTTP on the loopback interface (stdlib ``http.server``).

HTTP/1.1 with keep-alive; request bodies may be sized or chunked; streamed responses go out
with chunked transfer encoding, one flushed network write per chunk.
"""

from __future__ import annotations

import contextlib
import io
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from ._app import FakeApp
from ._errors import invalid
from ._wire import Request, Response

LOOPBACK = "127.0.0.1"


class _Body:
    """The request body as an iterator of chunks, read from the socket on demand."""

    def __init__(
        self, rfile: io.BufferedIOBase, transfer_encoding: str, content_length: str | None
    ) -> None:
        self._rfile = rfile
        self._chunked = "chunked" in transfer_encoding.lower()
        length = (content_length or "0").strip()
        if not self._chunked and not length.isdigit():
            raise ValueError("The Content-Length header is not a number of bytes.")
        self._remaining = 0 if self._chunked else int(length)
        self.done = False

    def __iter__(self) -> Iterator[bytes]:
        while True:
            chunk = self._next()
            if not chunk:
                return
            yield chunk

    def _next(self) -> bytes:
        if self.done:
            return b""
        if self._chunked:
            line = self._rfile.readline(65537)
            if not line:
                raise ConnectionError("the client closed the connection mid-body")
            size = int(line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self._rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass
                self.done = True
                return b""
            data = self._rfile.read(size)
            self._rfile.readline(3)
            return data
        if self._remaining <= 0:
            self.done = True
            return b""
        data = self._rfile.read(min(256 * 1024, self._remaining))
        if not data:
            raise ConnectionError("the client closed the connection mid-body")
        self._remaining -= len(data)
        return data

    def drain(self) -> None:
        for _ in self:
            pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakeHTTPServer
    timeout = 15  # idle keep-alive connections are closed after this many seconds
    disable_nagle_algorithm = True  # small writes go out at once (no delayed-ACK stalls)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: object) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _serve(self) -> None:
        target = self.path
        if target.startswith(("http://", "https://")):
            parts = urlsplit(target)
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            body = _Body(
                self.rfile,
                self.headers.get("Transfer-Encoding", ""),
                self.headers.get("Content-Length"),
            )
        except ValueError as error:  # the body cannot be delimited: answer, then hang up
            self.close_connection = True
            self._write(invalid("Content-Length", str(error)).to_response())
            return
        request = Request.build(self.command, target, headers=self.headers.items(), body=body)
        try:
            response = self.server.app.handle(request)
            if response.drop != "no_response":
                body.drain()
        except ConnectionError:
            self.close_connection = True
            return
        if response.delay > 0:
            time.sleep(response.delay)
        if response.drop == "no_response":
            self.close_connection = True
            return
        self._write(response)

    def _write(self, response: Response) -> None:
        self.send_response(response.status)
        for key, value in response.headers:
            self.send_header(key, value)
        body = response.body
        if response.drop == "mid_body":
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        if response.streamed:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            pause = self.server.stream_chunk_delay
            for chunk in response.chunks:
                if not chunk:
                    continue
                self.wfile.write(f"{len(chunk):X}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
                if pause:
                    time.sleep(pause)
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
            return
        if response.status not in (204, 304):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and response.status not in (204, 304):
            self.wfile.write(body)
        self.wfile.flush()


class FakeHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server bound to 127.0.0.1 that answers with a ``FakeApp``."""

    daemon_threads = True
    allow_reuse_address = True
    # The listen backlog. The standard library's default (5) resets connections when a test
    # opens many at once (100 concurrent uploads); the kernel caps this at somaxconn.
    request_queue_size = 1024

    def __init__(
        self,
        app: FakeApp,
        port: int = 0,
        *,
        verbose: bool = False,
        stream_chunk_delay: float = 0.01,
    ) -> None:
        self.app = app
        self.verbose = verbose
        self.stream_chunk_delay = stream_chunk_delay
        super().__init__((LOOPBACK, port), _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """Report an error of a request handler, except a client that hung up before its
        answer was written (a read timeout, a cancelled request, a test that moved on): that
        is ordinary for a test server and would only print a traceback into the test run."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    @property
    def port(self) -> int:
        """The port the server listens on (useful after asking for port 0)."""
        return int(self.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1.3``, to give a client as its base URL."""
        return f"http://{LOOPBACK}:{self.port}/v1.3"


@contextlib.contextmanager
def serve_in_thread(
    app: FakeApp, port: int = 0, *, verbose: bool = False
) -> Iterator[FakeHTTPServer]:
    """Run a server in a background thread; stop it and release the port on exit."""
    server = FakeHTTPServer(app, port, verbose=verbose)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name=f"fake-twelvelabs-{server.port}",
        daemon=True,
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
