"""The sender itself: streaming responses, file rewinding, parse hooks."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, make_client
from twelvelabs_client import InternalServerError, RateLimitError, TwelveLabsError
from twelvelabs_client._operations import Request
from twelvelabs_client._send import can_resend, rewind_files

STREAM_KWARGS: dict[str, Any] = {
    "method": "post",
    "url": "/generate",
    "json": {"video_id": "v", "prompt": "p", "stream": True},
}


class ChunkStream(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    def __iter__(self) -> Any:
        yield from self.chunks

    def close(self) -> None:
        self.closed = True


def test_stream_yields_an_open_2xx_response_and_closes_it() -> None:
    body = ChunkStream([b'{"event_type":"stream_start"}\n', b'{"event_type":"stream_end"}\n'])
    h = make_client(lambda request: httpx.Response(200, stream=body))
    with h.client._sender.stream(STREAM_KWARGS) as response:
        assert response.status_code == 200
        lines = list(response.iter_lines())
    assert lines == ['{"event_type":"stream_start"}', '{"event_type":"stream_end"}']
    assert body.closed
    request = h.recorder.last
    assert request.url.path == "/v1.3/generate"
    assert request.headers["x-api-key"] == API_KEY


def test_stream_closes_on_early_exit() -> None:
    body = ChunkStream([b"a\n", b"b\n", b"c\n"])
    h = make_client(lambda request: httpx.Response(200, stream=body))
    with h.client._sender.stream(STREAM_KWARGS) as response:
        next(response.iter_lines())
    assert body.closed


def test_stream_maps_errors_before_yielding_and_retries_first() -> None:
    h = make_client(
        httpx.Response(429, headers={"retry-after": "1"}),
        httpx.Response(500, json={"code": "internal", "message": "boom"}),
        max_retries=1,
    )
    with pytest.raises(InternalServerError) as info:  # noqa: SIM117
        with h.client._sender.stream(STREAM_KWARGS, safe_to_repeat=True):
            pytest.fail("must not be reached")
    assert info.value.message == "boom"
    assert len(h.recorder.requests) == 2
    assert h.sleeps == [1.0]


def test_stream_error_status_without_retries() -> None:
    h = make_client(httpx.Response(429), max_retries=0)
    with pytest.raises(RateLimitError), h.client._sender.stream(STREAM_KWARGS):
        pass


def test_request_passes_the_response_to_parse() -> None:
    h = make_client(httpx.Response(200, text="plain"))
    text = h.client._sender.request(
        Request({"method": "get", "url": "/x"}, lambda r: r.text.upper())
    )
    assert text == "PLAIN"


class OneShot(io.RawIOBase):
    """A readable stream that cannot seek (like a pipe)."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), len(self._data))
        buffer[:n] = self._data[:n]
        self._data = self._data[n:]
        return n


def test_non_seekable_file_payload_is_not_resent() -> None:
    kwargs = {"files": [("video_file", ("v.mp4", OneShot(b"video-bytes"), "video/mp4"))]}
    assert not can_resend(kwargs)
    assert not rewind_files(kwargs)
    h = make_client(httpx.Response(429), max_retries=3)
    with pytest.raises(RateLimitError):
        h.client._sender.request(
            Request({"method": "post", "url": "/tasks", **kwargs}, lambda r: None)
        )
    assert len(h.recorder.requests) == 1


def test_seekable_payload_is_rewound_and_text_parts_ignored() -> None:
    payload = io.BytesIO(b"abcdef")
    payload.read(3)
    kwargs = {
        "files": [
            ("index_id", (None, b"i", "text/plain")),
            ("video_file", ("v.mp4", payload, "video/mp4")),
        ]
    }
    assert can_resend(kwargs)
    assert rewind_files(kwargs)
    assert payload.tell() == 0


def test_errors_share_one_base_class() -> None:
    h = make_client(httpx.Response(500), max_retries=0)
    with pytest.raises(TwelveLabsError):
        h.client.indexes.retrieve("x")
