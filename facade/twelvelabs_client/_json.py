"""The JSON codec: orjson when installed (about 4x faster on large embedding payloads), else the
standard library's ``json`` (a vendored copy may run without orjson)."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = ["DECODE_ERRORS", "decode_body", "dumps", "loads"]

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
