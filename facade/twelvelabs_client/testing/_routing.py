"""Routes: method + path template -> handler, and the per-request context handlers get."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ._faults import FaultSwitches
from ._multipart import FormData
from ._state import Store
from ._wire import MultiDict, Request, Response

BodyKind = Literal["json", "multipart"] | None


@dataclass
class Call:
    """What a handler receives: the parsed request and the fake's state."""

    store: Store
    request: Request
    params: dict[str, str]
    query: MultiDict
    faults: FaultSwitches
    json: Any = None
    form: FormData | None = None
    form_hint: str = ""
    stream_chunk_delay: float = 0.0


Handler = Callable[[Call], Response]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    operation_id: str
    handler: Handler
    body: BodyKind = None

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


def page_info(total: int, page: int, limit: int) -> dict[str, int]:
    return {
        "limit_per_page": limit,
        "page": page,
        "total_page": math.ceil(total / limit) if total else 0,
        "total_results": total,
    }


def paginate(items: Sequence[Any], page: int, limit: int) -> list[Any]:
    start = (page - 1) * limit
    return list(items[start : start + limit])
