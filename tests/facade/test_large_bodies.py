"""Large JSON answers (embeddings): decoded a piece at a time, with the result and the errors of
a whole decode, and without holding the decoder's copy of the whole body."""

from __future__ import annotations

import asyncio
import json
import random
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, BASE_URL, make_client
from twelvelabs_client import AsyncTwelveLabs, UnexpectedResponseError
from twelvelabs_client import _json as codec
from twelvelabs_client import _send as send_module

TASK = "67b2c41e9d3f5a0e1c7a4b13"
#: The text that once stood for the middle of the array (now a new one is drawn per body).
OLD_MARK = "\x00twelvelabs_client: the middle of the array\x00"


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every body is 'large' and pieces are a few bytes: each document is cut everywhere."""
    monkeypatch.setattr(codec, "PIECES_FROM", 0)


def _decode_both(text: str, piece: int, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    """(whole decode, piecewise decode): each a value or the type of the error raised."""
    data = bytearray(text.encode())
    results = []
    monkeypatch.setattr(codec, "PIECE", piece)
    for decode in (codec.loads, codec.loads_large):
        try:
            results.append(decode(data))
        except codec.DECODE_ERRORS as exc:
            results.append(type(exc))
    return results[0], results[1]


TRICKY = [
    # the array of objects, compact and pretty-printed
    json.dumps({"_id": "t", "segments": [{"i": i, "float": [i, -i / 4]} for i in range(12)]}),
    json.dumps({"segments": [{"i": i, "v": [1.5, 2]} for i in range(8)]}, indent=2),
    json.dumps([{"i": i} for i in range(10)]),
    # strings that look like a cut, with escaped quotes
    json.dumps([{"s": '"},{"'}, {"s": "}, {"}, {"s": '\\"},{\\"'}, {"s": "x"}, {"s": "},{"}]),
    # objects in arrays at several depths, and two arrays of objects
    json.dumps({"a": [{"b": [{"c": i}, {"c": [{}, {}]}]} for i in range(5)], "z": [{}, {}, {}]}),
    # the text that stands for the middle, inside the body itself
    json.dumps({"x": [{"m": [OLD_MARK]}, {}, {}, {}, {}, {"k": OLD_MARK}, {}]}),
    json.dumps([{}, OLD_MARK, {}, {}, {}, {}, {}]),
    # not JSON
    '{"segments": [{"i": 1},,{"i": 2}, {"i": 3}, {"i": 4}]}',
    '{"segments": [{"i": 1}, {"i": 2}, {"i": 3}, {"i": 4},]}',
    '{"segments": [{"i": 1}, {"i": 2}, {"i": 3}, {"i": 4}]',
    '{"segments": [{"i": 1}, {"i": 2}, {"i": "3}, {"i": 4}]}',
    '{"segments": [{"i": 1}, {"i": 2}, {"i": 3}, {"i": 4}]} {"i": 5}',
    '{"s": [{"i": 1}, {"i": 2}, {"i": 3}], {"i": 4}, {"i": 5}}',
]


@pytest.mark.usefixtures("small_pieces")
@pytest.mark.parametrize("text", TRICKY)
def test_every_cut_gives_the_result_or_the_error_of_a_whole_decode(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for piece in range(1, len(text) + 2):
        whole, pieces = _decode_both(text, piece, monkeypatch)
        assert pieces == whole, (piece, text)


@pytest.mark.usefixtures("small_pieces")
def test_a_duplicate_key_cannot_swap_the_middle_for_text_the_server_sent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last of two equal keys wins: the array cut in pieces is dropped, and text the server
    chose in the second one must stay text (whatever the server guesses the mark to be)."""
    objects = ",".join(f'{{"a": {i}}}' for i in range(40))
    for guess in (OLD_MARK, "\x00twelvelabs_client 00000000000000000000000000000000\x00"):
        text = f'{{"d": [{objects}], "d": [{json.dumps(guess)}]}}'
        for piece in (1, 7, 30):
            whole, pieces = _decode_both(text, piece, monkeypatch)
            assert whole == {"d": [guess]}
            assert pieces == whole


@pytest.mark.usefixtures("small_pieces")
def test_the_nesting_limit_of_a_whole_decode_holds_for_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """300 levels around the array and 900 inside one of its objects: too deep for orjson as a
    whole, and so too deep decoded in pieces; 100 inside is fine both ways."""
    for inner, too_deep in ((900, True), (100, False)):
        items = [f'{{"a": {i}}}' for i in range(30)]
        items[15] = '{"x": ' + "[" * inner + "]" * inner + "}"
        text = '{"d": ' * 300 + "[" + ",".join(items) + "]" + "}" * 300
        for piece in (1, 40):
            whole, pieces = _decode_both(text, piece, monkeypatch)
            assert pieces == whole
            assert isinstance(whole, type) is too_deep  # an error type, or the value


KEYS = ["a", "b", "}", "{,}", '"', "0", "1"]
TEXTS = ["", "}", "},{", '"},{"', "\\", 'x\\"},\n{', OLD_MARK]


def _document(rnd: random.Random, depth: int = 0) -> Any:
    kind = rnd.choice("oaos" if depth < 4 else "snf")
    if kind == "o":
        return {rnd.choice(KEYS): _document(rnd, depth + 1) for _ in range(rnd.randint(0, 4))}
    if kind == "a":
        return [_document(rnd, depth + 1) for _ in range(rnd.randint(0, 6))]
    if kind == "s":
        return rnd.choice(TEXTS)
    return rnd.choice([None, True, 0, -1.25, 3e-7]) if kind == "n" else rnd.random()


@pytest.mark.usefixtures("small_pieces")
def test_random_documents_and_their_corruptions_decode_as_a_whole_decode(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rnd = random.Random(13)
    for _ in range(150):
        text = json.dumps(_document(rnd), indent=rnd.choice([None, 1]))
        spot = rnd.randrange(len(text))
        corrupt = text[:spot] + rnd.choice(["", ",", "}", '"', "{"]) + text[spot + 1 :]
        for doc in (text, corrupt):
            piece = rnd.randint(1, 12)
            whole, pieces = _decode_both(doc, piece, monkeypatch)
            assert pieces == whole, (piece, doc)


def _embed_task(segments: int) -> dict[str, Any]:
    rnd = random.Random(3)
    return {
        "_id": TASK,
        "model_name": "Marengo-retrieval-2.7",
        "status": "ready",
        "video_embedding": {
            "metadata": {"video_clip_length": 6, "video_embedding_scope": ["clip"]},
            "segments": [
                {
                    "start_offset_sec": i * 6.0,
                    "end_offset_sec": i * 6.0 + 6,
                    "embedding_scope": "clip",
                    "float": [rnd.uniform(-0.1, 0.1) for _ in range(256)],
                }
                for i in range(segments)
            ],
        },
    }


def _traced(call: Callable[[], Any]) -> tuple[Any, int, int]:
    """(result, memory it holds, peak memory of the call), as traced by tracemalloc."""
    tracemalloc.start()
    try:
        result = call()
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, kept, peak


def _retrieve_task(side: str, content: bytes) -> tuple[Any, int, int]:
    """``embed.tasks.retrieve`` answered with ``content`` by the sync or the async client,
    traced by :func:`_traced` (the async call alone: ``asyncio.run`` would add a ``repr`` of
    its result, made when it restores the SIGINT handler on Python 3.11)."""
    reply = httpx.Response(200, content=content)
    if side == "sync":
        client = make_client(reply, max_response_bytes=len(content)).client
        return _traced(lambda: client.embed.tasks.retrieve(TASK))

    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: reply))
    client = AsyncTwelveLabs(
        api_key=API_KEY, base_url=BASE_URL, http_client=http, max_response_bytes=len(content)
    )
    loop = asyncio.new_event_loop()
    try:
        return _traced(lambda: loop.run_until_complete(client.embed.tasks.retrieve(TASK)))
    finally:
        loop.run_until_complete(http.aclose())
        loop.close()


@pytest.mark.parametrize("side", ["sync", "async"])
def test_a_large_embedding_task_parses_without_a_second_copy_of_its_body(
    side: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sizes scaled down (pieces of 16 KiB from 256 KiB on) to keep the test quick.
    monkeypatch.setattr(codec, "PIECES_FROM", 256 * 1024)
    monkeypatch.setattr(codec, "PIECE", 16 * 1024)
    body = _embed_task(300)
    content = json.dumps(body).encode()
    assert len(content) > 1_000_000

    task, kept, peak = _retrieve_task(side, content)

    segments = task.video_embedding.segments
    assert [s.float_ for s in segments] == [s["float"] for s in body["video_embedding"]["segments"]]
    assert segments[299].start_offset_sec == 299 * 6.0
    assert task.video_embedding.metadata.video_clip_length == 6
    # A whole decode holds a copy of the body and the decoder's own tree beside the result.
    assert peak - kept < len(content) // 4


def test_a_large_body_that_is_not_json_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "PIECES_FROM", 1024)
    monkeypatch.setattr(codec, "PIECE", 64)
    content = json.dumps(_embed_task(20)).encode().replace(b"}, {", b"}, , {", 7)
    h = make_client(httpx.Response(200, content=content))
    with pytest.raises(UnexpectedResponseError, match="not JSON"):
        h.client.embed.tasks.retrieve(TASK)


def test_a_large_body_broken_near_its_end_costs_no_more_than_a_whole_decode(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(codec, "PIECES_FROM", 256 * 1024)
    monkeypatch.setattr(codec, "PIECE", 16 * 1024)
    content = bytearray(json.dumps(_embed_task(300)).encode())
    at = content.index(b",", len(content) - 40 * 1024)  # in the last run of the middle
    content[at : at + 1] = b"?"

    def peak_of(decode: Any) -> int:
        tracemalloc.start()
        try:
            with pytest.raises(codec.DECODE_ERRORS):
                decode(content)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    # The objects decoded before the broken run are dropped before the whole decode.
    assert peak_of(codec.loads_large) < peak_of(codec.loads) + len(content) // 4


def _streamed(content: bytes, declared: int) -> httpx.Response:
    """A 2xx whose body arrives as a stream, with the Content-Length the server declared."""
    return httpx.Response(
        200, headers={"content-length": str(declared)}, stream=httpx.ByteStream(content)
    )


def test_a_declared_length_far_beyond_memory_sets_aside_no_more_than_a_bounded_buffer() -> None:
    """A server that declares a terabyte (under a client limit raised as high) and sends a small
    body: the call reads what came instead of failing to set aside a terabyte first."""
    content = json.dumps(_embed_task(2)).encode()
    h = make_client(lambda _: _streamed(content, 10**12), max_response_bytes=10**13)
    task = h.client.embed.tasks.retrieve(TASK)
    assert task.id == TASK and len(task.video_embedding.segments) == 2


def test_a_body_longer_than_what_was_set_aside_grows_its_buffer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(send_module, "_SET_ASIDE_AT_MOST", 1000)
    content = json.dumps(_embed_task(40)).encode()
    assert len(content) > 10_000
    h = make_client(lambda _: _streamed(content, len(content)))
    task = h.client.embed.tasks.retrieve(TASK)
    assert task.to_dict() == json.loads(content) | {"_id": TASK}
