"""The JSON codec: orjson when installed (about 4x faster on large embedding payloads), else the
standard library's ``json`` (a vendored copy may run without orjson)."""

from __future__ import annotations

import itertools
import json
import re
import secrets
from typing import Any

import httpx

__all__ = ["DECODE_ERRORS", "decode_body", "dumps", "loads", "loads_large"]

try:
    import orjson

    def loads(data: bytes | bytearray | str) -> Any:
        return orjson.loads(data)

    DECODE_ERRORS: tuple[type[Exception], ...] = (orjson.JSONDecodeError, ValueError)
except ImportError:  # pragma: no cover - exercised only without orjson installed

    def loads(data: bytes | bytearray | str) -> Any:
        return json.loads(data)

    DECODE_ERRORS = (ValueError,)


def dumps(value: Any) -> str:
    """Compact JSON text, for fields the API wants as a JSON string (``filter``...)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def decode_body(response: httpx.Response) -> Any:
    """The decoded JSON body; the text when it is not JSON; ``None`` when it is empty."""
    content = response.content
    if not content or content.isspace():
        return None
    try:
        return loads(content)
    except DECODE_ERRORS:
        return response.text


# ------------------------------------------------------------- large bodies, a piece at a time

#: Bodies from this size on are decoded in pieces when they can be (see :func:`loads_large`).
PIECES_FROM = 16 * 1024 * 1024
#: About how many bytes of the body one piece holds.
PIECE = 1024 * 1024
#: How many ``}`` are tried for the next cut (an object's nested objects end with theirs).
_TRIES = 64
_WHITESPACE = re.compile(rb"[ \t\r\n]*")


def _new_mark() -> str:
    """Stands for the middle of the long array while the rest of the document is decoded: new
    for every body, so no body can hold it (a duplicate key could otherwise drop the real mark
    and leave a copy of its text sent by the server in its place)."""
    return f"\x00twelvelabs_client {secrets.token_hex(16)}\x00"


def loads_large(data: bytes | bytearray) -> Any:
    """:func:`loads`, in pieces for a large body whose bulk is a long array of objects (an
    embedding task's segments), with the same result and the same errors.

    Why: orjson copies its whole input and builds its own document tree before the Python
    objects, so decoding 78 MB of embeddings at once needs about 140 MB more than the result
    (the peak memory of the call). Here the array is cut between two of its objects about every
    :data:`PIECE` bytes (``}`` then ``,`` then ``{``, outside any string); the document without
    its middle (a mark in its place) and each run of objects are decoded alone, and the objects
    are put where the mark is. Each run is decoded inside as many brackets as the array is deep,
    so orjson's nesting limit applies to it as in the whole document. A cut at the wrong place
    (inside a string or a deeper array) makes a piece invalid JSON (the text before it leaves a
    string or an array open); then the body is decoded whole, as is a body without such cuts.
    """
    if len(data) < PIECES_FROM:
        return loads(data)
    cuts = _cuts(data)
    if len(cuts) < 2:
        return loads(data)
    mark = _new_mark()
    view = memoryview(data)
    try:
        tree = _decode_around(view, cuts, mark)
        found = _array_holding(tree, mark)
        middle = None if found is None else _decode_middle(view, cuts, depth=found[1])
    except DECODE_ERRORS:  # a cut at the wrong place, or the body is not JSON
        tree = found = middle = None
    finally:
        view.release()
    if found is None or middle is None:
        del tree, middle  # not held during the whole decode
        return loads(data)  # the result, or the error, of the whole body
    array = found[0]
    at = array.index(mark)
    array[at : at + 1] = middle
    return tree


def _decode_around(view: memoryview, cuts: list[tuple[int, int]], mark: str) -> Any:
    """The document without its middle, ``mark`` in its place."""
    rest = bytearray(view[: cuts[0][0]])
    rest += b"," + json.dumps(mark).encode() + b","
    rest += view[cuts[-1][1] :]
    return loads(rest)


def _decode_middle(view: memoryview, cuts: list[tuple[int, int]], *, depth: int) -> list[Any]:
    """The objects between the first and the last cut, each run decoded ``depth`` arrays deep
    (the depth of the array they belong to) and taken out again. A run that reaches into
    another array parses only if one of the added brackets holds more than one value: that
    is refused."""
    middle: list[Any] = []
    for (_, start), (end, _) in itertools.pairwise(cuts):
        piece = bytearray(b"[" * depth)
        piece += view[start:end]
        piece += b"]" * depth
        run = loads(piece)
        for _ in range(depth - 1):  # each bracket added holds the next one and nothing else
            if type(run) is not list or len(run) != 1:
                raise ValueError("the run spans more than one array")  # so: decode it whole
            run = run[0]
        if type(run) is not list:
            raise ValueError("the run is not in an array")
        middle += run
    return middle


def _cuts(data: bytes | bytearray) -> list[tuple[int, int]]:
    """Where to cut: (end of an object, start of the next) about every :data:`PIECE` bytes,
    none in the first and last pieces. A cut is looked for at the next :data:`_TRIES` ``}``
    only (a body of ``}}}...`` costs no more than its whole decode), then no more cuts."""
    cuts: list[tuple[int, int]] = []
    size = len(data)
    at = PIECE
    tries = 0
    while at < size - PIECE and tries < _TRIES:  # bounded: `at` grows each time round
        close = data.find(b"}", at)
        if close < 0:
            break
        comma = _skip_whitespace(data, close + 1)
        if comma < size and data[comma] == ord(","):
            start = _skip_whitespace(data, comma + 1)
            if start < size and data[start] == ord("{"):
                cuts.append((close + 1, start))
                at, tries = start + PIECE, 0
                continue
        at, tries = close + 1, tries + 1
    return cuts


def _skip_whitespace(data: bytes | bytearray, at: int) -> int:
    spaces = _WHITESPACE.match(data, at)
    assert spaces is not None  # `*`: it always matches
    return spaces.end()


def _array_holding(tree: Any, mark: str) -> tuple[list[Any], int] | None:
    """The list of ``tree`` holding ``mark``, and its depth (the document is 1), if one list
    holds it once; else ``None`` (the cuts were not all in one array)."""
    found: list[tuple[list[Any], int]] = []
    todo: list[tuple[Any, int]] = [(tree, 1)] if type(tree) in (dict, list) else []
    while todo:  # bounded: each container of the (small) tree is visited once
        node, depth = todo.pop()
        if type(node) is dict:
            todo.extend(
                (value, depth + 1) for value in node.values() if type(value) in (dict, list)
            )
            continue
        for value in node:
            if type(value) is dict or type(value) is list:
                todo.append((value, depth + 1))
            elif type(value) is str and value == mark:
                found.append((node, depth))
    return found[0] if len(found) == 1 else None
