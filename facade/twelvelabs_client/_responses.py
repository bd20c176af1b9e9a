"""Reading HTTP responses: JSON decoding, the status-to-exception mapping and model parsers.

Pure functions over an already-read ``httpx.Response`` (no I/O), so the sync and the async
sender share them. The mapping runs *before* any generated parser sees the response: the
generated code chokes on non-standard status codes (520) and returns documented errors as
values instead of raising.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from ._retry import server_retry_hint
from .errors import (
    APIStatusError,
    SearchPageExpiredError,
    UnexpectedResponseError,
    _target,
    status_error_class,
)

try:  # orjson is ~4x faster on large embedding payloads; stdlib json is the fallback.
    import orjson

    def loads(data: bytes | str) -> Any:
        return orjson.loads(data)

    _DECODE_ERRORS: tuple[type[Exception], ...] = (orjson.JSONDecodeError, ValueError)
except ImportError:  # pragma: no cover - exercised only without orjson installed

    def loads(data: bytes | str) -> Any:
        return json.loads(data)

    _DECODE_ERRORS = (ValueError,)

__all__ = [
    "dumps",
    "error_from_response",
    "is_search_page_route",
    "loads",
    "mask_key_header",
    "model_parser",
    "redact",
]

T = TypeVar("T")

SEARCH_PAGE_TOKEN_EXPIRED = "search_page_token_expired"
_SEARCH_PAGE_PATH = re.compile(r"(?:^|/)search/[^/]+/?$")
_MAX_TEXT_IN_MESSAGE = 300
_REDACTED = "[REDACTED]"
# JSON in an error body nested deeper than this is cut (real bodies are a few levels deep);
# walking 900+ levels would raise RecursionError instead of the typed error.
_MAX_BODY_DEPTH = 100
_TOO_DEEP = "[nested too deeply]"


def dumps(value: Any) -> str:
    """Compact JSON text, for fields the API wants as a JSON string (``filter``...)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def redact(text: str, secret: str | None) -> str:
    """``text`` with every occurrence of ``secret`` masked."""
    if secret and secret in text:
        return text.replace(secret, _REDACTED)
    return text


def is_search_page_route(method: str, path: str) -> bool:
    """True for ``GET /search/{page-token}`` (``path`` with or without the base path)."""
    return method.upper() == "GET" and bool(_SEARCH_PAGE_PATH.search(path.split("?", 1)[0]))


def decode_body(response: httpx.Response) -> Any:
    """The decoded JSON body; the text when it is not JSON; ``None`` when it is empty."""
    content = response.content
    if not content.strip():
        return None
    try:
        return loads(content)
    except _DECODE_ERRORS:
        return response.text


def error_from_response(
    response: httpx.Response,
    *,
    method: str,
    url: str,
    route: str,
    now: float,
    api_key: str | None = None,
) -> APIStatusError:
    """The typed exception for a non-2xx ``response`` (its body already read).

    Tolerates empty, HTML and other non-JSON bodies, ``error_code`` in place of ``code`` and
    status codes that are not in the IANA registry. ``route`` is the request path relative to
    the base URL (used to recognise an expired search page token without a ``code``).
    """
    status = response.status_code
    body = _redact_all(decode_body(response), api_key)
    _mask_key_header(response)
    code, message, docs_url = _fields(body)
    if not message:
        message = _fallback_message(status, body)
    message = redact(message, api_key)

    cls = status_error_class(status)
    if status == 400 and (code == SEARCH_PAGE_TOKEN_EXPIRED or is_search_page_route(method, route)):
        cls = SearchPageExpiredError
    return cls(
        message,
        status_code=status,
        code=code,
        docs_url=docs_url,
        method=method.upper(),
        url=url,
        retry_after=server_retry_hint(status, response.headers, now=now),
        response=response,
        body=body,
    )


def _redact_all(value: Any, secret: str | None, depth: int = 0) -> Any:
    """``value`` (decoded JSON) with the secret masked in every string, keys included; a list
    or object nested more than ``_MAX_BODY_DEPTH`` levels deep is replaced by a marker."""
    if not secret:
        return value
    if isinstance(value, str):
        return redact(value, secret)
    if isinstance(value, list | dict) and depth >= _MAX_BODY_DEPTH:
        return _TOO_DEEP
    if isinstance(value, list):
        return [_redact_all(item, secret, depth + 1) for item in value]
    if isinstance(value, dict):
        return {redact(str(k), secret): _redact_all(v, secret, depth + 1) for k, v in value.items()}
    return value


def _mask_key_header(response: httpx.Response) -> None:
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand has no request
        return
    mask_key_header(request)


def mask_key_header(request: httpx.Request) -> None:
    """Mask the key on a finished request that an error is about to carry.

    Errors keep the response or the httpx exception (and through them the request), which
    often end up in logs and crash reports. Keep the key out of them.
    """
    if "x-api-key" in request.headers:
        request.headers["x-api-key"] = _REDACTED


def _fields(body: Any) -> tuple[str | None, str, str | None]:
    if not isinstance(body, Mapping):
        return None, "", None
    raw_code = body.get("code")
    if raw_code is None:
        raw_code = body.get("error_code")
    code = str(raw_code) if raw_code is not None and raw_code != "" else None
    message = body.get("message")
    if not isinstance(message, str):
        error = body.get("error")
        message = error.get("message") if isinstance(error, Mapping) else error
    docs_url = body.get("docs_url")
    return (
        code,
        message if isinstance(message, str) else "",
        docs_url if isinstance(docs_url, str) and docs_url else None,
    )


def _fallback_message(status: int, body: Any) -> str:
    # A short plain-text body is usually a useful message; an HTML page never is.
    if isinstance(body, str):
        text = body.strip()
        if text and len(text) <= _MAX_TEXT_IN_MESSAGE and not text.startswith("<"):
            return text
    try:
        phrase = httpx.codes.get_reason_phrase(status)
    except ValueError:
        phrase = ""
    if phrase:
        return f"{phrase} (the response carried no error details)"
    return "the response carried no error details"


def model_parser(
    from_dict: Callable[[Mapping[str, Any]], T],
) -> Callable[[httpx.Response], T]:
    """A parser that decodes a 2xx JSON object body and builds a generated model from it."""

    def parse(response: httpx.Response) -> T:
        data = parse_json_object(response)
        try:
            return from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _unexpected(
                response, f"its body does not match the documented response ({exc!r})"
            ) from exc

    return parse


def parse_json_object(response: httpx.Response) -> dict[str, Any]:
    """The JSON object in a 2xx body, or :class:`UnexpectedResponseError`."""
    if not response.content.strip():
        raise _unexpected(response, "its body is empty")
    try:
        data = loads(response.content)
    except _DECODE_ERRORS as exc:
        raise _unexpected(response, "its body is not JSON") from exc
    if not isinstance(data, dict):
        raise _unexpected(response, f"its body is a JSON {type(data).__name__}, not an object")
    return data


def _unexpected(response: httpx.Response, problem: str) -> UnexpectedResponseError:
    _mask_key_header(response)
    try:
        method: str | None = response.request.method
        url: str | None = str(response.request.url)
    except RuntimeError:  # a Response built by hand has no request
        method = url = None
    return UnexpectedResponseError(
        f"The API answered {_target(method, url)} with HTTP {response.status_code}, but "
        f"{problem}. This client may be older than the API; please report it.",
        method=method,
        url=url,
        status_code=response.status_code,
        response=response,
    )
