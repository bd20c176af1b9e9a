"""The API's error vocabulary: :class:`ApiError` (raised inside a handler, answered with the
API's error body) and the builders every operation uses for its 400s and 404s, including
``found``, the one "get it or refuse" lookup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeVar

from ._wire import Response, json_response

DOCS_URL = "https://docs.twelvelabs.io/v1.3/api-reference/error-codes"

R = TypeVar("R")

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
