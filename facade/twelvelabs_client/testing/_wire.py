"""The tiny request/response abstraction the fake API runs on.

The fake is a plain function from :class:`Request` to :class:`Response`; the httpx transports
and the loopback HTTP server only translate to and from these two classes. Nothing here knows
about httpx or sockets.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qsl, unquote

JSON_CONTENT_TYPE = "application/json"
NDJSON_CONTENT_TYPE = "application/x-ndjson"
DOCS_URL = "https://docs.twelvelabs.io/v1.3/api-reference/error-codes"

DropMode = Literal["no_response", "mid_body"]
R = TypeVar("R")


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


ErrorShape = Literal["flat", "envelope", "error_code"]
"""How a route writes its error bodies (see ``ApiError.to_response``)."""


class ApiError(Exception):
    """Raised inside a handler to answer with the API's error body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        docs_url: str | None = DOCS_URL,
        headers: list[tuple[str, str]] | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.docs_url = docs_url
        self.headers = headers or []
        self.details = details

    def to_response(self, shape: ErrorShape = "flat") -> Response:
        """The body in the route's error shape: flat ``{code, message}``; the 2026 endpoints'
        envelope ``{"error": {code, message, details?}}``; or, for a 400 of the search-page
        route, ``{"error_code": 400, message}`` (an integer and no string code)."""
        body: dict[str, Any]
        if shape == "envelope":
            inner: dict[str, Any] = {"code": self.code, "message": self.message}
            if self.details is not None:
                inner["details"] = self.details
            body = {"error": inner}
        elif shape == "error_code" and self.status == 400:
            body = {"error_code": self.status, "message": self.message}
        else:
            body = {"code": self.code, "message": self.message}
            if self.docs_url is not None:
                body["docs_url"] = self.docs_url
        response = json_response(self.status, body)
        response.headers.extend(self.headers)
        return response


def bad_request(code: str, message: str) -> ApiError:
    return ApiError(400, code, message)


def not_provided(name: str) -> ApiError:
    return bad_request(
        "parameter_not_provided", f"The `{name}` parameter is required but is missing."
    )


def invalid(name: str, why: str = "") -> ApiError:
    detail = f" {why}" if why else ""
    return bad_request("parameter_invalid", f"The `{name}` parameter is invalid.{detail}")


def unknown(names: Iterable[str]) -> ApiError:
    listed = ", ".join(f"`{n}`" for n in sorted(names))
    return bad_request("parameter_unknown", f"Unknown parameters in the request: {listed}.")


def found(records: Mapping[str, object], key: str, kind: type[R], error: ApiError) -> R:
    """The record stored under ``key``, or ``error`` raised: every "get or not found" lookup."""
    record = records.get(key)
    if not isinstance(record, kind):
        raise error
    return record


def missing(what: str, resource_id: str) -> ApiError:
    """The live API's 404 for an unknown id (``No asset with id `a1` exists.``)."""
    return ApiError(
        404, "resource_not_exist", f"No {what} with id `{resource_id}` exists.", docs_url=None
    )


def not_exist(resource_id: str, collection: str, *, status: int = 400) -> ApiError:
    return ApiError(
        status,
        "resource_not_exist",
        f"No resource with id `{resource_id}` exists in `{collection}`.",
        docs_url=DOCS_URL if status == 400 else None,
    )
