"""The JSON codec: orjson when installed (about 4x faster on large embedding payloads), else the
standard library's ``json`` (a vendored copy may run without orjson)."""

from __future__ import annotations

import itertools
import json
import re
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
#: Stands for the middle of the long array while the rest of the document is decoded.
_MARK = "\x00twelvelabs_client: the middle of the array\x00"
_MARK_JSON = b"," + json.dumps(_MARK).encode() + b","


def loads_large(data: bytes | bytearray) -> Any:
    """:func:`loads`, in pieces for a large body whose bulk is a long array of objects (an
    embedding task's segments), with the same result and the same errors.

    Why: orjson copies its whole input and builds its own document tree before the Python
    objects, so decoding 78 MB of embeddings at once needs about 140 MB more than the result
    (the peak memory of the call). Here the array is cut between two of its objects about every
    :data:`PIECE` bytes (``}`` then ``,`` then ``{``, outside any string); the document without
    its middle (the mark in its place) and each run of objects (``[`` run ``]``) are decoded
    alone, and the objects are put where the mark is. A cut at the wrong place (inside a string
    or a deeper array) makes a piece invalid JSON (the text before it leaves a string or an
    array open); then, and when the body itself holds the mark's text, the body is decoded
    whole, as is a body without such cuts.
    """
    if len(data) < PIECES_FROM:
        return loads(data)
    cuts = _cuts(data)
    if len(cuts) < 2:
        return loads(data)
    view = memoryview(data)
    middle: list[Any] | None
    try:
        tree, middle = _decode_apart(view, cuts)
    except DECODE_ERRORS:  # a cut at the wrong place, or the body is not JSON
        tree = middle = None
    finally:
        view.release()
    array = None if middle is None else _array_holding_mark(tree)
    if middle is None or array is None:
        del tree, middle  # not held during the whole decode
        return loads(data)  # the result, or the error, of the whole body
    at = array.index(_MARK)
    array[at : at + 1] = middle
    return tree


def _decode_apart(view: memoryview, cuts: list[tuple[int, int]]) -> tuple[Any, list[Any]]:
    """The document without its middle (the mark in its place), and the objects of the middle."""
    rest = bytearray(view[: cuts[0][0]])
    rest += _MARK_JSON
    rest += view[cuts[-1][1] :]
    tree = loads(rest)
    del rest
    middle: list[Any] = []
    for (_, start), (end, _) in itertools.pairwise(cuts):
        piece = bytearray(b"[")
        piece += view[start:end]
        piece += b"]"
        middle += loads(piece)
    return tree, middle


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


def _array_holding_mark(tree: Any) -> list[Any] | None:
    """The list of ``tree`` holding the mark, if only one list holds it, once."""
    found: list[list[Any]] = []
    todo = [tree]
    while todo:  # bounded: each container of the (small) tree is visited once
        node = todo.pop()
        is_list = type(node) is list
        for value in node if is_list else node.values():
            kind = type(value)
            if kind is dict or kind is list:
                todo.append(value)
            elif is_list and kind is str and value == _MARK:
                found.append(node)
    return found[0] if len(found) == 1 else None  # more: the body itself holds the mark's text
