"""NDJSON decoding and GenerateStream over a fake streaming transport."""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractContextManager
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, BASE_URL, make_client
from twelvelabs_client import AsyncTwelveLabs, _streaming
from twelvelabs_client._streaming import (
    MAX_KEPT_TEXT,
    AsyncGenerateStream,
    GenerateStream,
    NDJSONDecoder,
    UnknownStreamEvent,
)
from twelvelabs_client.errors import (
    APIConnectionError,
    APITimeoutError,
    StreamDecodeError,
    StreamError,
    StreamTextTooLongError,
    UnexpectedResponseError,
)
from twelvelabs_generated.models import StreamEndEvent, StreamStartEvent, StreamTextEvent

GEN_ID = "56dd2567-0a4b-4c67-b4f1-3f2c1b0d9e11"
START = {"event_type": "stream_start", "metadata": {"generation_id": GEN_ID}}
END = {
    "event_type": "stream_end",
    "metadata": {"generation_id": GEN_ID, "usage": {"output_tokens": 7}},
}


def text(piece: str) -> dict[str, Any]:
    return {"event_type": "text_generation", "text": piece}


def ndjson(*objects: Any) -> bytes:
    return b"".join(json.dumps(o).encode() + b"\n" for o in objects)


# --------------------------------------------------------------------------- decoder


def decode_all(chunks: list[bytes]) -> list[dict[str, Any]]:
    decoder = NDJSONDecoder()
    out: list[dict[str, Any]] = []
    for chunk in chunks:
        out.extend(decoder.feed(chunk))
    out.extend(decoder.close())
    return out


def test_decoder_handles_every_split_point() -> None:
    body = ndjson(START, text("café ☕ "), text("naïve"), END)
    expected = [START, text("café ☕ "), text("naïve"), END]
    for cut in range(1, len(body)):
        assert decode_all([body[:cut], body[cut:]]) == expected
    assert decode_all([bytes([b]) for b in body]) == expected  # one byte at a time


def test_decoder_blank_lines_crlf_and_no_final_newline() -> None:
    body = b"\r\n\n" + json.dumps(START).encode() + b"\r\n   \r\n" + json.dumps(text("a")).encode()
    assert decode_all([body]) == [START, text("a")]


def test_decoder_several_objects_in_one_chunk_and_on_one_line() -> None:
    assert decode_all([ndjson(START, text("a"), END)]) == [START, text("a"), END]
    line = (
        json.dumps(text("a")) + json.dumps(text("b")) + " " + json.dumps(text("c"))
    ).encode() + b"\n"
    assert decode_all([line]) == [text("a"), text("b"), text("c")]


def test_decoder_returns_nothing_until_a_line_is_complete() -> None:
    decoder = NDJSONDecoder()
    assert list(decoder.feed(b'{"event_type": "text_gen')) == []
    assert decoder.pending > 0
    assert list(decoder.feed(b'eration", "text": "x"}\n')) == [text("x")]
    assert decoder.pending == 0
    assert list(decoder.close()) == []


@pytest.mark.parametrize(
    "line", [b"{not json}\n", b'{"a": 1\n', b"[1, 2]\n", b"42\n", b'"text"\n', b"\xff\xfe\n"]
)
def test_decoder_refuses_lines_that_are_not_objects(line: bytes) -> None:
    with pytest.raises(StreamDecodeError) as info:
        decode_all([ndjson(START), line])
    assert isinstance(info.value, StreamError)
    assert info.value.line == line.strip()


def test_decoder_refuses_an_unterminated_giant_line() -> None:
    decoder = NDJSONDecoder(max_line_bytes=100)
    with pytest.raises(StreamDecodeError):
        list(decoder.feed(b"{" + b" " * 200))


def test_decoder_joins_one_object_spread_over_several_lines_at_every_split_point() -> None:
    spread = json.dumps(text("multi\nline ☕"), indent=2).encode() + b"\n"
    assert spread.count(b"\n") > 2
    body = ndjson(START) + spread + b"\r\n" + ndjson(text("after"), END)
    expected = [START, text("multi\nline ☕"), text("after"), END]
    for cut in range(1, len(body)):
        assert decode_all([body[:cut], body[cut:]]) == expected
    assert decode_all([bytes([b]) for b in body]) == expected


def test_decoder_object_continued_after_whole_objects_on_the_same_line() -> None:
    line = json.dumps(START) + '{"event_type": "text_generation",\n"text": "x"}\n'
    assert decode_all([line.encode(), ndjson(END)]) == [START, text("x"), END]


def test_decoder_keeps_a_partial_object_until_it_completes() -> None:
    decoder = NDJSONDecoder()
    assert list(decoder.feed(b'{"event_type":\n')) == []
    assert list(decoder.feed(b'  "text_generation",\n "text": "x"\n')) == []
    assert decoder.pending > 0
    assert list(decoder.feed(b"}\n")) == [text("x")]
    assert decoder.pending == 0


def test_decoder_stream_ending_inside_an_object_is_a_typed_error() -> None:
    with pytest.raises(StreamDecodeError, match="middle of a JSON object") as info:
        decode_all([ndjson(START), b'{"event_type": "text_generation",\n"text": "x"\n'])
    assert info.value.line.startswith(b'{"event_type": "text_generation"')


def test_decoder_caps_an_object_spread_over_lines() -> None:
    decoder = NDJSONDecoder(max_line_bytes=100)
    list(decoder.feed(b'{"event_type":\n'))
    with pytest.raises(StreamDecodeError, match="longer than 100 bytes"):
        for _ in range(20):
            list(decoder.feed(b'"padding padding",\n'))


def test_brackets_and_escaped_quotes_in_strings_do_not_end_a_split_object() -> None:
    piece = 'a } ] \\" { [ \\\\'
    lines = [b'{"text": ' + json.dumps(piece).encode() + b",", b'"event_type": "text_generation"}']
    body = ndjson(START) + b"\n".join(lines) + b"\n" + ndjson(END)
    expected = [START, text(piece), END]
    for cut in range(1, len(body)):
        assert decode_all([body[:cut], body[cut:]]) == expected


@pytest.mark.parametrize(
    "line",
    [b"hello\n", b"]\n", b"[\n", b'"open string\n', b"} {\n", b'{"a": tru\n', b'{"a": "open\n'],
)
def test_decoder_refuses_bytes_that_cannot_start_an_object_at_once(line: bytes) -> None:
    decoder = NDJSONDecoder()
    assert list(decoder.feed(ndjson(START))) == [START]
    with pytest.raises(StreamDecodeError):
        list(decoder.feed(line))  # not at the end of the stream: on this very line


def _deep(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize("depth", [900, 1023])
@pytest.mark.parametrize(
    "template",
    [
        '{{"event_type": "stream_start", "metadata": null, "x": {deep}}}',  # decoded twice
        '{{"x": {deep}}}{{"event_type": "text_generation", "text": "a"}}',  # the slow decoder
        '{{"x": {deep}, "y": 1',  # never completes
    ],
)
def test_a_deeply_nested_stream_line_is_a_typed_error(depth: int, template: str) -> None:
    line = template.format(deep=_deep(depth)).encode()
    stream = GenerateStream(opener(ChunkStream([ndjson(START), line + b"\n"]))[0])
    with stream, pytest.raises(StreamError):  # never a RecursionError
        stream.final_text()


@pytest.mark.parametrize("depth", [900, 1023])
def test_a_deeply_nested_stream_error_event_is_a_stream_error(depth: int) -> None:
    line = f'{{"event_type": "stream_error", "error": {{"message": "m"}}, "x": {_deep(depth)}}}'
    stream = GenerateStream(opener(ChunkStream([ndjson(START), line.encode() + b"\n"]))[0])
    with stream, pytest.raises(StreamError, match="m"):
        stream.final_text()


# --------------------------------------------------------------------------- fake transport


class ChunkStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent in the given chunks; records how far it was read and closing."""

    def __init__(
        self, chunks: list[bytes], fail_after: int | None = None, error: Exception | None = None
    ) -> None:
        self.chunks = chunks
        self.sent = 0
        self.closed = False
        self.fail_after = fail_after
        self.error = error or httpx.ReadError("connection reset")

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if self.fail_after is not None and self.sent >= self.fail_after:
                raise self.error
            self.sent += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def opener(body: ChunkStream) -> tuple[Any, list[httpx.Request]]:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, stream=body)

    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://api.test")

    def open_response() -> AbstractContextManager[httpx.Response]:
        return client.stream(
            "POST", "/generate", json={"video_id": "v", "prompt": "p", "stream": True}
        )

    return open_response, requests


def stream_of(
    *objects: Any, chunk_size: int | None = None, **kwargs: Any
) -> tuple[GenerateStream, ChunkStream]:
    raw = ndjson(*objects)
    chunks = (
        [raw[i : i + chunk_size] for i in range(0, len(raw), chunk_size)]
        if chunk_size
        else [ndjson(o) for o in objects]
    )
    body = ChunkStream(chunks, **kwargs)
    open_response, _ = opener(body)
    return GenerateStream(open_response), body


# --------------------------------------------------------------------------- GenerateStream


def test_every_event_type_is_typed_and_accumulated() -> None:
    stream, body = stream_of(START, text("Hel"), text("lo, wor"), text("ld."), END)
    with stream:
        events = list(stream)
        assert stream.finished
    assert [type(e) for e in events] == [
        StreamStartEvent,
        StreamTextEvent,
        StreamTextEvent,
        StreamTextEvent,
        StreamEndEvent,
    ]
    assert stream.text == "Hello, world."
    assert stream.generation_id == GEN_ID
    assert stream.usage is not None and stream.usage.output_tokens == 7
    assert body.closed


def test_text_accumulates_while_reading() -> None:
    stream, _ = stream_of(START, text("a"), text("b"), END)
    seen = []
    with stream:
        for _event in stream:
            seen.append(stream.text)
    assert seen == ["", "a", "ab", "ab"]


def test_a_stream_keeps_its_text_up_to_a_cap_then_only_text_stream_has_it() -> None:
    piece = "x" * (1024 * 1024)
    pieces = MAX_KEPT_TEXT // len(piece) + 1  # one piece past the cap
    stream, _ = stream_of(START, *[text(piece)] * pieces, END)
    with stream:
        assert sum(len(p) for p in stream.text_stream()) == pieces * len(piece)
        assert stream._state.pieces == []  # nothing kept past the cap: memory stays bounded
        with pytest.raises(StreamTextTooLongError, match="text_stream"):
            stream.final_text()
        with pytest.raises(StreamTextTooLongError):
            _ = stream.text
    assert stream.finished and stream.generation_id == GEN_ID


def test_a_stream_at_the_cap_keeps_all_its_text() -> None:
    piece = "y" * (1024 * 1024)
    stream, _ = stream_of(START, *[text(piece)] * (MAX_KEPT_TEXT // len(piece)), END)
    with stream:
        assert len(stream.final_text()) == MAX_KEPT_TEXT


def test_an_async_stream_past_the_cap_raises_on_final_text() -> None:
    piece = "z" * (1024 * 1024)
    body = ChunkStream([ndjson(START), *[ndjson(text(piece))] * 17, ndjson(END)])

    async def main() -> int:
        stream = AsyncGenerateStream(async_opener(body))
        async with stream:
            with pytest.raises(StreamTextTooLongError):
                await stream.final_text()
        return stream._state.kept

    assert asyncio.run(main()) == 17 * len(piece)


def test_unknown_events_pass_through() -> None:
    future = {"event_type": "tool_call", "name": "x"}
    untyped = {"something": "else"}
    stream, _ = stream_of(START, future, text("a"), untyped, END)
    with stream:
        events = list(stream)
    unknown = [e for e in events if isinstance(e, UnknownStreamEvent)]
    assert unknown == [UnknownStreamEvent("tool_call", future), UnknownStreamEvent(None, untyped)]
    assert stream.text == "a"


def test_lines_split_across_chunks() -> None:
    stream, body = stream_of(START, text("split "), text("everywhere ☕"), END, chunk_size=7)
    with stream:
        assert stream.final_text() == "split everywhere ☕"
    assert body.sent > 10


def test_unknown_fields_are_kept() -> None:
    end = {**END, "metadata": {**END["metadata"], "finish_reason": "stop"}}
    stream, _ = stream_of(START, text("x"), end)
    with stream:
        events = list(stream)
    assert isinstance(events[-1], StreamEndEvent)
    assert events[-1].metadata.additional_properties == {"finish_reason": "stop"}


def test_nulls_in_known_events_count_as_absent() -> None:
    start = {"event_type": "stream_start", "metadata": None}
    end = {"event_type": "stream_end", "metadata": {"generation_id": GEN_ID, "usage": None}}
    stream, _ = stream_of(start, text("x"), end)
    with stream:
        events = list(stream)
    assert [type(e) for e in events] == [StreamStartEvent, StreamTextEvent, StreamEndEvent]
    assert stream.finished and stream.text == "x" and stream.generation_id == GEN_ID
    assert stream.usage is None


def test_a_known_event_with_an_impossible_shape_is_a_typed_error() -> None:
    stream, body = stream_of(START, {"event_type": "stream_end", "metadata": 5})
    with stream, pytest.raises(StreamDecodeError, match="stream_end"):
        list(stream)
    assert body.closed


def test_stream_error_event_raises_with_code_and_message() -> None:
    error = {
        "event_type": "stream_error",
        "error": {"code": "token_limit_exceeded", "message": "Too long."},
    }
    stream, body = stream_of(START, text("partial"), error, text("never"))
    with stream, pytest.raises(StreamError) as info:
        list(stream)
    assert info.value.code == "token_limit_exceeded"
    assert "Too long." in str(info.value) and "token_limit_exceeded" in str(info.value)
    assert info.value.event == error
    assert stream.text == "partial"
    assert body.closed


def test_plain_error_object_raises() -> None:
    error = {"code": "parameter_invalid", "message": "The prompt is empty."}
    stream, _ = stream_of(error)
    with stream, pytest.raises(StreamError) as info:
        list(stream)
    assert info.value.code == "parameter_invalid"
    assert "The prompt is empty." in str(info.value)


def test_invalid_line_raises_instead_of_being_dropped() -> None:
    body = ChunkStream([ndjson(START), b"<html>oops</html>\n", ndjson(END)])
    open_response, _ = opener(body)
    with GenerateStream(open_response) as stream, pytest.raises(StreamDecodeError):
        list(stream)
    assert body.closed


def test_stream_without_end_event_raises() -> None:
    stream, _ = stream_of(START, text("cut"))
    with stream, pytest.raises(StreamError, match="ended before"):
        list(stream)
    assert stream.text == "cut"
    assert not stream.finished


def test_early_close_closes_the_connection() -> None:
    stream, body = stream_of(START, *[text(str(i)) for i in range(100)], END)
    with stream:
        for event in stream:
            if isinstance(event, StreamTextEvent) and event.text == "2":
                break
        assert not body.closed  # still open inside the block
    assert body.closed
    assert body.sent <= 5
    assert stream.text == "012"
    with pytest.raises(RuntimeError, match="closed"):
        list(stream)


def test_exception_in_the_with_block_closes_the_connection() -> None:
    stream, body = stream_of(START, text("a"), END)
    with pytest.raises(KeyError), stream:
        next(iter(stream))
        raise KeyError("user code failed")
    assert body.closed


def test_iterating_without_with_opens_and_closes() -> None:
    stream, body = stream_of(START, text("a"), END)
    assert list(stream.text_stream()) == ["a"]
    assert body.closed


def test_connection_error_mid_stream_is_typed() -> None:
    stream, body = stream_of(START, text("a"), text("b"), END, fail_after=2)
    with stream, pytest.raises(APIConnectionError, match="middle of the generated stream"):
        list(stream)
    assert stream.text == "a"
    assert body.closed


def test_read_timeout_mid_stream_is_typed() -> None:
    stream, _ = stream_of(START, text("a"), END, fail_after=1, error=httpx.ReadTimeout("slow"))
    with stream, pytest.raises(APITimeoutError):
        list(stream)


def test_request_is_sent_on_enter_once() -> None:
    body = ChunkStream([ndjson(START, END)])
    open_response, requests = opener(body)
    stream = GenerateStream(open_response)
    assert requests == []
    with stream:
        assert len(requests) == 1
        list(stream)
    assert len(requests) == 1
    assert json.loads(requests[0].content)["stream"] is True


# --------------------------------------------------------------------------- async twin


def async_opener(body: ChunkStream) -> Any:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body)

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="https://api.test")

    def open_response() -> Any:
        return client.stream("POST", "/generate", json={"stream": True})

    return open_response


def test_async_stream_reads_events() -> None:
    body = ChunkStream(
        [ndjson(START, text("as"))[:30], ndjson(START, text("as"))[30:], ndjson(text("ync"), END)]
    )

    async def main() -> tuple[list[Any], str]:
        async with AsyncGenerateStream(async_opener(body)) as stream:
            events = [e async for e in stream]
            return events, stream.text

    events, full = asyncio.run(main())
    assert full == "async"
    assert isinstance(events[-1], StreamEndEvent)
    assert body.closed


def test_async_stream_early_close_and_error() -> None:
    body = ChunkStream([ndjson(START), *[ndjson(text(str(i))) for i in range(50)], ndjson(END)])
    error_body = ChunkStream(
        [ndjson(START, {"event_type": "stream_error", "error": {"message": "boom"}})]
    )

    async def main() -> str:
        async with AsyncGenerateStream(async_opener(body)) as stream:
            async for piece in stream.text_stream():
                if piece == "1":
                    break
        with pytest.raises(StreamError, match="boom"):
            async with AsyncGenerateStream(async_opener(error_body)) as failing:
                await failing.final_text()
        return stream.text

    assert asyncio.run(main()) == "01"
    assert body.closed and body.sent < 10
    assert error_body.closed


def test_async_transport_error_mid_stream_is_typed_and_masks_the_key() -> None:
    body = ChunkStream([ndjson(START), ndjson(text("a")), ndjson(END)], fail_after=2)

    async def main() -> tuple[BaseException, str]:
        stream = AsyncGenerateStream(async_opener(body))
        with pytest.raises(APIConnectionError, match="middle of the generated stream") as info:
            async with stream:
                await stream.final_text()
        return info.value, stream.text

    error, seen = asyncio.run(main())
    assert type(error) is APIConnectionError and isinstance(error.__cause__, httpx.ReadError)
    assert seen == "a"
    assert body.closed


def test_reopening_a_closed_async_stream_is_refused() -> None:
    body = ChunkStream([ndjson(START, END)])
    sent: list[int] = []
    opener_ = async_opener(body)

    def counting_opener() -> Any:
        sent.append(1)
        return opener_()

    async def main() -> None:
        stream = AsyncGenerateStream(counting_opener)
        async with stream:
            await stream.final_text()
        with pytest.raises(RuntimeError, match="closed"):
            await stream.open()
        with pytest.raises(RuntimeError, match="closed"):
            async for _ in stream:
                pass

    asyncio.run(main())
    assert sent == [1]  # no second request


def test_a_stream_error_echoing_the_key_is_scrubbed() -> None:
    key = "tlk_streamsecret_123"
    body = ChunkStream(
        [ndjson(START, {"event_type": "stream_error", "error": {"message": f"bad {key}"}})]
    )
    open_response, _ = opener(body)
    stream = GenerateStream(open_response, api_key=key)
    with stream, pytest.raises(StreamError) as info:
        list(stream)
    text = str(info.value) + repr(info.value) + repr(info.value.event)
    assert key not in text and "[REDACTED]" in text


def test_a_stream_of_only_newlines_ends_after_the_read_timeout() -> None:
    class Newlines(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield ndjson(START)
            for _ in range(10_000):  # bounded: the stream must give up long before the end
                time.sleep(0.001)
                yield b"\n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Newlines())

    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://api.test")

    def open_response() -> AbstractContextManager[httpx.Response]:
        return client.stream("POST", "/generate", json={}, timeout=0.05)

    with GenerateStream(open_response) as stream, pytest.raises(APITimeoutError, match="No event"):
        list(stream)


def _coded_stream(body: bytes, coding: str) -> tuple[GenerateStream, ChunkStream]:
    stream = ChunkStream([body[i : i + 1000] for i in range(0, len(body), 1000)])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": coding}, stream=stream)

    client = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://api.test")
    return GenerateStream(lambda: client.stream("POST", "/generate", json={})), stream


def test_a_gzip_stream_and_a_twice_gzipped_one_are_read() -> None:
    body = ndjson(START, text("a"), END)
    once, _ = _coded_stream(gzip.compress(b"\n" * 100_000 + body), "gzip")
    assert once.final_text() == "a"
    twice, _ = _coded_stream(gzip.compress(gzip.compress(body)), "gzip, gzip")
    assert twice.final_text() == "a"


def test_a_stream_in_codings_that_cannot_be_undone_is_refused_and_closed() -> None:
    stream, body = _coded_stream(ndjson(START, END), "br, gzip")
    with pytest.raises(UnexpectedResponseError, match="several content codings"):
        stream.final_text()
    assert body.closed


def test_many_objects_on_one_line_are_handed_out_one_at_a_time() -> None:
    events = NDJSONDecoder().feed(b"{}" * 1000 + b"\n")
    assert next(events) == {}  # a generator: the rest are not decoded yet
    assert sum(1 for _ in events) == 999


# --------------------------------------------------------------------------- decoding work


@pytest.mark.parametrize("value", [b"NaN", b"Infinity", b"-Infinity"])
@pytest.mark.parametrize(
    "template",
    [
        b'{"x": %s}\n',  # one object on a line
        b'{"a": 1}{"x": %s}\n',  # several on a line
        b'{"event_type": "text_generation",\n"x": %s}\n',  # one over several lines
    ],
)
def test_the_stream_refuses_nan_and_infinity_like_a_body(value: bytes, template: bytes) -> None:
    with pytest.raises(StreamDecodeError, match="not valid JSON"):
        decode_all([ndjson(START), template % value])


class DecodeWork:
    """Counts what the stream decoder hands to the JSON decoders: calls and bytes (the work a
    server can make the client do), by wrapping the decoders the stream module calls."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        self.bytes = 0
        loads = _streaming.loads
        raw_decode = json.JSONDecoder.raw_decode

        def counted_loads(data: bytes | bytearray | str) -> Any:
            self.count(data)
            return loads(data)

        def counted_raw_decode(decoder: json.JSONDecoder, text: str, idx: int = 0) -> Any:
            self.count(text[idx:])
            return raw_decode(decoder, text, idx)

        monkeypatch.setattr(_streaming, "loads", counted_loads)
        monkeypatch.setattr(json.JSONDecoder, "raw_decode", counted_raw_decode)

    def count(self, data: bytes | bytearray | str) -> None:
        self.calls += 1
        self.bytes += len(data)


def _open_lines(lines: int) -> bytes:
    """An object kept open over ``lines`` short lines, each ending in ``}``."""
    return b'{"x": [{}' + b"\n,{}" * lines + b"\n"


def _grown_then_closing_lines(grow: int, lines: int) -> list[bytes]:
    """Two chunks: an object grown over ``grow`` lines that end in a digit, then ``lines``
    short lines ending in ``}``."""
    return [b'{"x": [0' + b"\n,1" * grow, b"\n,{}" * lines + b"\n"]


HOSTILE_SHAPES = {
    "many lines ending in }": [_open_lines(16_000)],
    "a large object, then short lines ending in } in one chunk": _grown_then_closing_lines(
        40_000, 400
    ),
}


def _analyze_reply(chunks: list[bytes]) -> Any:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "application/x-ndjson"}, stream=ChunkStream(chunks)
        )

    return reply


def _assert_linear(work: DecodeWork, chunks: list[bytes]) -> None:
    size = sum(len(chunk) for chunk in chunks)
    # Each object is decoded once, and the first line of an object is checked once: a small
    # multiple of the bytes (the quadratic decoder handed over hundreds of times more).
    assert work.bytes <= 3 * size
    assert work.calls <= 2 * (sum(chunk.count(b"\n") for chunk in chunks) + 1)


@pytest.mark.parametrize("shape", HOSTILE_SHAPES)
def test_a_hostile_split_object_costs_work_linear_in_its_bytes(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    middle = HOSTILE_SHAPES[shape]
    chunks = [ndjson(START), *middle, b"]}\n", ndjson(text("done"), END)]
    work = DecodeWork(monkeypatch)
    harness = make_client(_analyze_reply(chunks))
    with harness.client.analyze.stream(video_id="v1", prompt="p") as stream:
        events = list(stream)
    assert stream.text == "done" and stream.finished
    odd = [event for event in events if isinstance(event, UnknownStreamEvent)]
    assert len(odd) == 1 and odd[0].raw["x"][0] == ({} if "many" in shape else 0)
    _assert_linear(work, chunks)


@pytest.mark.parametrize("shape", HOSTILE_SHAPES)
def test_a_hostile_split_object_costs_linear_work_async_too(
    shape: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    chunks = [ndjson(START), *HOSTILE_SHAPES[shape]]  # the body ends inside the object
    work = DecodeWork(monkeypatch)

    async def read() -> None:
        client = AsyncTwelveLabs(
            api_key=API_KEY,
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_analyze_reply(chunks))),
        )
        async with client, client.analyze.stream(video_id="v1", prompt="p") as stream:
            await stream.final_text()

    with pytest.raises(StreamDecodeError, match="middle of a JSON object"):
        asyncio.run(asyncio.wait_for(read(), timeout=30))
    _assert_linear(work, chunks)


def test_a_split_object_is_decoded_once_at_its_closing_bracket(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work = DecodeWork(monkeypatch)
    decoder = NDJSONDecoder()
    assert list(decoder.feed(b'{"event_type": "text_generation",\n')) == []
    calls = work.calls  # the fast path's try, and the check that the line can start an object
    for _ in range(100):  # lines that end in } or ] but close nothing
        assert list(decoder.feed(b'"x": {"a": [1]},\n')) == []
    assert work.calls == calls
    assert list(decoder.feed(b'"text": "t"}\n')) == [{**text("t"), "x": {"a": [1]}}]
    assert work.calls == calls + 1


def test_a_deep_object_split_over_lines_is_taken_as_it_is_on_one_line() -> None:
    """1,000 levels (orjson takes up to 1,024): the same object whether or not a newline
    splits it; Python's own decoder, used only to check an object's first line, stops near
    1,000 and must not decide."""
    deep = b'{"event_type": "x", "d": ' + b"[" * 1000 + b"]" * 1000 + b"}"
    whole = list(_streaming.NDJSONDecoder().feed(deep + b"\n"))
    middle = deep.index(b"]")
    split = list(_streaming.NDJSONDecoder().feed(deep[:middle] + b"\n" + deep[middle:] + b"\n"))
    assert len(whole) == len(split) == 1

    def depth(value: Any) -> int:  # walked, not compared: == would recurse 1,000 levels
        levels = 0
        while isinstance(value, list):
            levels += 1
            value = value[0] if value else None
        return levels

    assert depth(whole[0]["d"]) == depth(split[0]["d"]) == 1000
