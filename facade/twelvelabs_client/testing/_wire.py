"""The tiny request/response abstraction the fake API runs on.

The fake is a plain function from :class:`Request` to :class:`Response`; the httpx transports
and the loopback HTTP server only translate to and from these two classes. Nothing here knows
about httpx or sockets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote

JSON_CONTENT_TYPE = "application/json"
NDJSON_CONTENT_TYPE = "application/x-ndjson"

DropMode = Literal["no_response", "mid_body"]


class MultiDict:
    """An ordered list of (key, value) pairs that allows repeated keys."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._items: list[tuple[str, str]] = list(items)

    @classmethod
    def from_query_string(cls, query_string: str) -> MultiDict:
        # parse_qsl decodes %5B/%5D, so `duration%5Bgte%5D=60` becomes `duration[gte]`.
        return cls(parse_qsl(query_string, keep_blank_values=True))

    def get(self, key: str) -> str | None:
        for k, v in self._items:
            if k == key:
                return v
        return None

    def getall(self, key: str) -> list[str]:
        return [v for k, v in self._items if k == key]

    def names(self) -> list[str]:
        """The distinct keys, in order of first appearance."""
        seen: dict[str, None] = {}
        for k, _ in self._items:
            seen.setdefault(k, None)
        return list(seen)

    def items(self) -> list[tuple[str, str]]:
        return list(self._items)

    def __contains__(self, key: object) -> bool:
        return any(k == key for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"MultiDict({self._items!r})"


class Headers:
    """Case-insensitive request headers (repeated headers are joined with a comma)."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()) -> None:
        self._map: dict[str, str] = {}
        for k, v in items:
            key = k.lower()
            self._map[key] = f"{self._map[key]}, {v}" if key in self._map else v

    def get(self, key: str, default: str | None = None) -> str | None:
        return self._map.get(key.lower(), default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._map

    def items(self) -> list[tuple[str, str]]:
        return list(self._map.items())


@dataclass
class Request:
    """One HTTP request as the fake sees it.

    ``path`` is the raw (still percent-encoded) path, e.g. ``/v1.3/indexes/abc``. ``body`` is
    either the whole body or an iterator of chunks, so large uploads never sit in memory at once.
    """

    method: str
    path: str
    query: MultiDict = field(default_factory=MultiDict)
    headers: Headers = field(default_factory=Headers)
    body: bytes | Iterable[bytes] = b""

    @classmethod
    def build(
        cls,
        method: str,
        target: str,
        *,
        headers: Iterable[tuple[str, str]] = (),
        body: bytes | Iterable[bytes] = b"",
    ) -> Request:
        """Build from a request target such as ``/v1.3/tasks?status=ready``."""
        path, _, query_string = target.partition("?")
        return cls(
            method=method.upper(),
            path=path,
            query=MultiDict.from_query_string(query_string),
            headers=Headers(headers),
            body=body,
        )

    def path_segments(self) -> list[str]:
        """The path split at ``/``, each segment percent-decoded."""
        return [unquote(s) for s in self.path.split("/") if s]

    def iter_body(self) -> Iterator[bytes]:
        """The body as non-empty chunks (read once when it streams from a socket)."""
        if isinstance(self.body, bytes | bytearray):
            if self.body:
                yield bytes(self.body)
            return
        for chunk in self.body:
            if chunk:
                yield bytes(chunk)

    def read_body(self, limit: int) -> bytes:
        """Read the whole body; raise ``ValueError`` past ``limit`` bytes."""
        out = bytearray()
        for chunk in self.iter_body():
            out += chunk
            if len(out) > limit:
                raise ValueError("request body too large")
        return bytes(out)


@dataclass
class Response:
    """One HTTP response.

    ``chunks`` are sent as separate network writes when ``streamed`` is true (chunked transfer
    encoding); otherwise they are joined and sent with a Content-Length. ``delay`` asks the
    adapter to wait before answering, and ``drop`` asks it to break the connection instead of
    (``no_response``) or in the middle of (``mid_body``) the answer.
    """

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    chunks: list[bytes] = field(default_factory=list)
    streamed: bool = False
    delay: float = 0.0
    drop: DropMode | None = None

    @property
    def body(self) -> bytes:
        """The whole body (the chunks joined)."""
        return b"".join(self.chunks)

    def header(self, name: str) -> str | None:
        """The first header of that name (case-insensitive), else None."""
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


def dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def json_response(status: int, value: Any) -> Response:
    return Response(
        status=status,
        headers=[("Content-Type", JSON_CONTENT_TYPE)],
        chunks=[dumps(value)],
    )


def empty_response(status: int = 204) -> Response:
    return Response(status=status)
