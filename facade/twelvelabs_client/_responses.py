"""Reading a 2xx answer into a generated model, or an :class:`UnexpectedResponseError` when
its body is not what the API documents. (A non-2xx answer never gets here: the send path
raises :func:`~.errors.error_from_response` first.)"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._json import DECODE_ERRORS, loads_large
from .errors import UnexpectedResponseError, _target, mask_key_header

__all__ = ["model_parser", "parse_json_object"]

T = TypeVar("T")


def model_parser(
    from_dict: Callable[[Mapping[str, Any]], T],
) -> Callable[[httpx.Response], T]:
    """A parser that decodes a 2xx JSON object body and builds a generated model from it."""

    def parse(response: httpx.Response) -> T:
        data = parse_json_object(response)
        try:
            return from_dict(data)
        except KeyError as exc:
            # Generated models read required fields with `d.pop(name)`.
            raise _unexpected(
                response, f"its body lacks the required field {exc.args[0]!r}"
            ) from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise _unexpected(
                response, f"its body does not match the documented response ({exc!r})"
            ) from exc

    return parse


def parse_json_object(response: httpx.Response) -> dict[str, Any]:
    """The JSON object in a 2xx body, or :class:`UnexpectedResponseError`."""
    content = response.content  # a bytearray when read into one buffer: decoded as it is
    if not content or content.isspace():  # no copy, unlike strip()
        raise _unexpected(response, "its body is empty")
    try:
        data = loads_large(content)
    except DECODE_ERRORS as exc:
        raise _unexpected(response, "its body is not JSON") from exc
    if not isinstance(data, dict):
        raise _unexpected(response, f"its body is a JSON {type(data).__name__}, not an object")
    return data


def _unexpected(response: httpx.Response, problem: str) -> UnexpectedResponseError:
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand has no request
        method = url = None
    else:
        mask_key_header(request)
        method, url = request.method, str(request.url)
    return UnexpectedResponseError(
        f"The API answered {_target(method, url)} with HTTP {response.status_code}, but "
        f"{problem}. This client may be older than the API; please report it.",
        method=method,
        url=url,
        status_code=response.status_code,
        response=response,
    )


class RawResponse(Generic[T]):
    """A 2xx answer as received: ``.status_code``, ``.headers`` (e.g. ``X-Api-Version`` and
    rate-limit headers when the API sends them), ``.http_response`` (the ``httpx.Response``,
    body read) and ``.parse()``, which gives what the plain call returns (and raises
    :class:`~twelvelabs_client.errors.UnexpectedResponseError` for a body it cannot read)."""

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        # The request it carries is kept for its method, URL and headers, but the key on it is
        # masked (as on every error): raw responses end up printed and logged.
        if response._request is not None:
            mask_key_header(response._request)
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        return self._parse(self.http_response)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url.path} {self.status_code}>"
