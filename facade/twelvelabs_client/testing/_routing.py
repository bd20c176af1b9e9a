"""Routes: method + path template -> handler, and the per-request context handlers get."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from ._errors import ErrorShape
from ._faults import FaultSwitches
from ._multipart import FormData
from ._params import QueryReader
from ._state import Store
from ._wire import MultiDict, Request, Response, json_response

T = TypeVar("T")

BodyKind = Literal["json", "multipart"] | None


@dataclass
class Call:
    """What a handler receives: the parsed request and the fake's state."""

    store: Store
    request: Request
    params: dict[str, str]
    faults: FaultSwitches
    json: Any = None
    form: FormData | None = None
    form_hint: str = ""

    @property
    def query(self) -> MultiDict:
        return self.request.query


Handler = Callable[[Call], Response]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str
    handler: Handler
    body: BodyKind = None
    errors: ErrorShape = "flat"
    """The shape of this route's error bodies (the newer endpoints use the envelope)."""

    def match(self, segments: Sequence[str]) -> dict[str, str] | None:
        parts = [p for p in self.template.split("/") if p]
        if len(parts) != len(segments):
            return None
        params: dict[str, str] = {}
        for part, segment in zip(parts, segments, strict=True):
            if part.startswith("{") and part.endswith("}"):
                if not segment:
                    return None
                params[part[1:-1]] = segment
            elif part != segment:
                return None
        return params


def no_query(call: Call) -> None:
    """Refuse every query parameter (for routes that take none)."""
    QueryReader(call.query, ()).check_unknown()


def read_page(q: QueryReader) -> tuple[int, int]:
    """``page`` (from 1, default 1) and ``page_limit`` (1 to 50, default 10)."""
    return q.integer("page", 1, 1), q.integer("page_limit", 10, 1, 50)


def only_page(call: Call) -> tuple[int, int]:
    """``page`` and ``page_limit`` of a list that takes no other query parameter."""
    q = QueryReader(call.query, {"page", "page_limit"})
    q.check_unknown()
    return read_page(q)


def read_sort(q: QueryReader) -> tuple[str, bool]:
    """``sort_by`` (``created_at`` or ``updated_at``) and whether ``sort_option`` is ``desc``."""
    sort_by = q.choice("sort_by", ("created_at", "updated_at"), "created_at") or "created_at"
    return sort_by, q.choice("sort_option", ("asc", "desc"), "desc") == "desc"


def sort_key(sort_by: str, created: float, updated: float, seq: int) -> tuple[float, int]:
    return (created if sort_by == "created_at" else updated, seq)


def page_response(
    found: Sequence[T], page: int, limit: int, render: Callable[[T], dict[str, Any]]
) -> Response:
    """One page of a page-based list, with the API's ``page_info``."""
    start = (page - 1) * limit
    return json_response(
        200,
        {
            "data": [render(item) for item in found[start : start + limit]],
            "page_info": {
                "limit_per_page": limit,
                "page": page,
                "total_page": math.ceil(len(found) / limit),
                "total_results": len(found),
            },
        },
    )
