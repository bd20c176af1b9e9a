"""What a hostile server does on a connection: factories of :data:`server.Scenario`.

Every scenario is bounded: it pauses through ``wire.pause`` (woken when the server stops) and
stops sending when the client has gone. Large bodies are generated lazily, chunk by chunk.
The rows of ``test_hostile.py`` and ``test_storage.py`` use them; a new fault starts here.
"""

from __future__ import annotations

import functools
import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from .server import Scenario, Wire

MB = 1024 * 1024
_CHUNK = 64 * 1024

START = {"event_type": "stream_start", "metadata": {"generation_id": "gen-1"}}


def head(
    status: int = 200,
    headers: dict[str, str] | None = None,
    *,
    length: int | None = None,
    chunked: bool = False,
) -> bytes:
    """A response head; ``Connection: close`` always (one request per connection)."""
    lines = [f"HTTP/1.1 {status} X"]
    all_headers = {"content-type": "application/json", **(headers or {})}
    if length is not None:
        all_headers["content-length"] = str(length)
    if chunked:
        all_headers["transfer-encoding"] = "chunked"
    all_headers["connection"] = "close"
    lines += [f"{name}: {value}" for name, value in all_headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


# --------------------------------------------------------------------------- time


def trickle(*, header_interval: float = 0.1, body_interval: float = 1.0) -> Scenario:
    """The head one byte at a time, then the body one byte per ``body_interval`` seconds: every
    read gets a byte before a per-read timeout, so only a bound on the whole attempt ends it."""

    def scenario(wire: Wire) -> None:
        body = b'{"_id": "' + b"x" * 10_000 + b'"}'
        for byte in head(200, length=len(body)):
            if not (wire.send(bytes([byte])) and wire.pause(header_interval)):
                return
        for byte in body:
            if not (wire.send(bytes([byte])) and wire.pause(body_interval)):
                return

    return scenario


def trickle_head(interval: float = 0.05) -> Scenario:
    """A head that never ends: a status line, then one byte of a header every ``interval``
    seconds until the server stops. Only a bound on the whole attempt ends the call."""

    def scenario(wire: Wire) -> None:
        if not wire.send(b"HTTP/1.1 200 OK\r\nx-pad: "):
            return
        while wire.send(b"a") and wire.pause(interval):
            pass

    return scenario


def stall_after_headers(status: int = 200, length: int = 100) -> Scenario:
    """A head announcing a body, then nothing (the connection held open)."""

    def scenario(wire: Wire) -> None:
        if wire.send(head(status, length=length)):
            wire.hold()

    return scenario


def silence() -> Scenario:
    """Reads the request and never answers."""
    return lambda wire: wire.hold()


def close_without_answer() -> Scenario:
    """Reads the request and closes the connection without a byte."""
    return lambda wire: None


def garbage_status_line() -> Scenario:
    return lambda wire: bool(wire.send(b"HTTP/1.1 abc\r\nthis is not http\r\n\r\n"))


# --------------------------------------------------------------------------- bodies


def reset_mid_body(status: int = 200, declared: int = 1000, sent: int = 100) -> Scenario:
    """Part of the announced body, then a TCP reset."""

    def scenario(wire: Wire) -> None:
        if wire.send(head(status, length=declared) + b"{" + b" " * (sent - 1)):
            wire.pause(0.05)
        wire.reset()

    return scenario


def truncated_body(status: int = 200, declared: int = 1000, sent: int = 100) -> Scenario:
    """Part of the announced body, then a clean close."""

    def scenario(wire: Wire) -> None:
        wire.send(head(status, length=declared) + b"{" + b" " * (sent - 1))

    return scenario


def _lazy_json_string(total: int) -> Iterator[bytes]:
    """``{"_id": "xxxx...x"}`` of ``total`` bytes, chunk by chunk (never held in memory)."""
    opening, closing = b'{"_id": "', b'"}'
    yield opening
    left = total - len(opening) - len(closing)
    block = b"x" * _CHUNK
    while left > 0:
        yield block[: min(left, _CHUNK)]
        left -= _CHUNK
    yield closing


def huge_body(status: int = 200, total: int = 300 * MB, *, chunked: bool = True) -> Scenario:
    """A ``total``-byte JSON body (chunked, or with its Content-Length), generated lazily."""

    def scenario(wire: Wire) -> None:
        if not wire.send(head(status, chunked=chunked, length=None if chunked else total)):
            return
        for piece in _lazy_json_string(total):
            data = b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece
            if not wire.send(data):
                return
        if chunked:
            wire.send(b"0\r\n\r\n")

    return scenario


@functools.cache
def gzip_bomb_bytes(inflated: int = 300 * MB) -> bytes:
    """A gzip member of about 300 KB that inflates to ``inflated`` bytes of a JSON object."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [compressor.compress(piece) for piece in _lazy_json_string(inflated)]
    parts.append(compressor.flush())
    return b"".join(parts)


def gzip_bomb(status: int = 200) -> Scenario:
    body = gzip_bomb_bytes()  # made before the server starts (it takes a second or two)

    def scenario(wire: Wire) -> None:
        wire.send(head(status, {"content-encoding": "gzip"}, length=len(body)) + body)

    return scenario


def double_gzip_bomb(status: int = 200) -> Scenario:
    """``Content-Encoding: gzip, gzip``: under 1 KB on the wire, 400 MB once both layers are
    inflated (the inner layer alone is about 400 KB)."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    inner_parts = [inner.compress(b" " * MB) for _ in range(400)] + [inner.flush()]
    body = gzip.compress(b"".join(inner_parts), 9)

    def scenario(wire: Wire) -> None:
        wire.send(head(status, {"content-encoding": "gzip, gzip"}, length=len(body)) + body)

    return scenario


def not_gzip(status: int = 200) -> Scenario:
    """``Content-Encoding: gzip`` on a body that is plain JSON."""

    def scenario(wire: Wire) -> None:
        body = _json({"_id": "idx-1", "index_name": "plain"})
        wire.send(head(status, {"content-encoding": "gzip"}, length=len(body)) + body)

    return scenario


def answer(status: int, body: bytes | Callable[[Wire], bytes], **headers: str) -> Scenario:
    """A well-formed response (``body`` may be computed from the request)."""

    def scenario(wire: Wire) -> None:
        data = body(wire) if callable(body) else body
        wire.send(head(status, headers, length=len(data)) + data)

    return scenario


# --------------------------------------------------------------------------- pagination


def page_never_advances(total_page: int = 5) -> Scenario:
    """Every list request gets page 1 of ``total_page``, whatever page it asked for."""
    index = {"_id": "67b2c41e9d3f5a0e1c7a4b12", "index_name": "stuck", "models": []}
    page = {
        "data": [index],
        "page_info": {
            "page": 1,
            "limit_per_page": 10,
            "total_page": total_page,
            "total_results": 10 * total_page,
        },
    }
    return answer(200, _json(page))


def search_tokens_forever() -> Scenario:
    """Empty search pages that always carry a fresh ``next_page_token``."""
    counter = iter(range(10**9))

    def body(wire: Wire) -> bytes:
        token = f"token-{next(counter)}"
        return _json(
            {
                "data": [],
                "page_info": {
                    "limit_per_page": 10,
                    "total_results": 0,
                    "page_expires_at": "2030-01-01T00:00:00Z",
                    "next_page_token": token,
                },
            }
        )

    return answer(200, body)


# --------------------------------------------------------------------------- streams


def stream_then(rest: Callable[[Wire], None], first: bytes = _json(START) + b"\n") -> Scenario:
    """A chunked 200 whose first chunk is ``first`` (``stream_start`` by default); ``rest``
    goes on from there (its writes must be chunk-framed: use :func:`chunk`)."""

    def scenario(wire: Wire) -> None:
        ndjson = {"content-type": "application/x-ndjson"}
        if wire.send(head(200, ndjson, chunked=True)) and wire.send(chunk(first)):
            rest(wire)

    return scenario


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def stream_start_then_silence() -> Scenario:
    return stream_then(lambda wire: wire.hold())


def stream_start_then_newlines(interval: float = 0.2) -> Scenario:
    """``stream_start``, then a lone newline every ``interval`` seconds, forever."""

    def rest(wire: Wire) -> None:
        while wire.send(chunk(b"\n")) and wire.pause(interval):
            pass

    return stream_then(rest)


def stream_gzip_newlines(inflated: int = 300 * MB) -> Scenario:
    """A gzipped generation stream: ``stream_start``, then ``inflated`` bytes of newlines
    (about 300 KB on the wire), and no ``stream_end``."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [compressor.compress(_json(START) + b"\n")]
    parts += [compressor.compress(b"\n" * MB) for _ in range(inflated // MB)]
    parts.append(compressor.flush())
    body = b"".join(parts)
    headers = {"content-encoding": "gzip", "content-type": "application/x-ndjson"}

    def scenario(wire: Wire) -> None:
        wire.send(head(200, headers, length=len(body)) + body)

    return scenario


def stream_many_objects_on_one_line(count: int = 2 * MB) -> Scenario:
    """``stream_start``, then one line of ``count`` concatenated ``{}`` objects (under the
    line cap), and no ``stream_end``."""
    body = _json(START) + b"\n" + b"{}" * count + b"\n"
    headers = {"content-type": "application/x-ndjson"}

    def scenario(wire: Wire) -> None:
        if wire.send(head(200, headers, length=len(body))):
            for start in range(0, len(body), MB):
                if not wire.send(body[start : start + MB]):
                    return

    return scenario


def stream_start_then_reset() -> Scenario:
    def rest(wire: Wire) -> None:
        wire.send(chunk(_json({"event_type": "text_generation", "text": "Hel"}) + b"\n"))
        wire.pause(0.05)
        wire.reset()

    return stream_then(rest)


# --------------------------------------------------------------------------- the key


def echoed_key(wire: Wire) -> str:
    return wire.request.headers.get("x-api-key", "")


def echo_key_error(status: int = 401) -> Scenario:
    """An error whose message (and an extra field) quote the key the client sent."""
    return answer(
        status,
        lambda wire: _json(
            {
                "code": "api_key_invalid",
                "message": f"The key {echoed_key(wire)} is not valid.",
                "detail": {"seen": [echoed_key(wire)]},
            }
        ),
    )


def echo_key_stream_error() -> Scenario:
    """``stream_start``, then a ``stream_error`` whose message quotes the key."""

    def scenario(wire: Wire) -> None:
        line = (
            _json(
                {"event_type": "stream_error", "error": {"message": f"bad key {echoed_key(wire)}"}}
            )
            + b"\n"
        )
        stream_then(lambda w: bool(w.send(chunk(line)) and w.send(b"0\r\n\r\n")))(wire)

    return scenario


def stream_line_echoing_the_key() -> Scenario:
    """``stream_start``, then a line that is not JSON and quotes the key."""

    def scenario(wire: Wire) -> None:
        line = f"oops {echoed_key(wire)}\n".encode()
        stream_then(lambda w: bool(w.send(chunk(line)) and w.send(b"0\r\n\r\n")))(wire)

    return scenario


def stream_line_cutting_the_key() -> Scenario:
    """``stream_start``, then a line that is not JSON with the key where an error shows the
    line cut (after 200 characters): the start of the key must not be shown either."""

    def scenario(wire: Wire) -> None:
        line = b"x" * 190 + echoed_key(wire).encode() + b"\n"
        stream_then(lambda w: bool(w.send(chunk(line)) and w.send(b"0\r\n\r\n")))(wire)

    return scenario


def stream_object_with_a_huge_integer() -> Scenario:
    """``stream_start``, then an object over two lines whose first holds an integer of 5,000
    digits (more than Python's ``int()`` takes from text)."""

    def scenario(wire: Wire) -> None:
        line = b'{"event_type": "text_generation", "n": ' + b"1" * 5000 + b',\n"text": "x"}\n'
        stream_then(lambda w: bool(w.send(chunk(line)) and w.send(b"0\r\n\r\n")))(wire)

    return scenario


def failed_task_echoing_the_key() -> Scenario:
    """A task that failed, its error message quoting the key."""
    return answer(
        200,
        lambda wire: _json(
            {
                "_id": "task-1",
                "index_id": "67b2c41e9d3f5a0e1c7a4b12",
                "status": "failed",
                "error": {"message": f"cannot read with key {echoed_key(wire)}"},
            }
        ),
    )


def unparseable_echoing_the_key() -> Scenario:
    """A 200 whose body is not JSON and quotes the key."""
    return answer(200, lambda wire: f"<html>key {echoed_key(wire)}</html>".encode())
