"""Every exception the client raises.

The tree, from the top::

    TwelveLabsError
    ├── APIConnectionError                 the request did not get an HTTP answer
    │   └── APITimeoutError                ... because a timeout expired
    ├── APIStatusError                     the API answered with a non-2xx status
    │   ├── BadRequestError          400
    │   │   └── SearchPageExpiredError     400 on GET /search/{page-token}
    │   ├── AuthenticationError      401
    │   ├── PermissionDeniedError    403
    │   ├── NotFoundError            404
    │   ├── ConflictError            409
    │   ├── UnprocessableEntityError 422
    │   ├── RateLimitError           429
    │   └── InternalServerError      5xx (also non-IANA codes such as 520)
    ├── UnexpectedResponseError            a 2xx whose body is not what the API documents
    │   ├── TruncatedOutputError           analyze JSON output cut short (finish_reason length)
    │   └── StreamTextTooLongError         a stream's text too long to keep for .text
    ├── InvalidInputError (also ValueError)  refused client-side, nothing was sent
    ├── TaskFailedError                    a waited-for task ended "failed"
    ├── WaitTimeoutError (also TimeoutError) a wait passed its deadline
    ├── UploadInterruptedError             a multipart upload stopped; resume it by upload id
    ├── ClientClosedError (also RuntimeError) a call on a client whose connections are closed
    └── StreamError                        an error event inside a streamed response
        └── StreamDecodeError              a line of the stream that is not a JSON object

``str(error)`` is a sentence a user can act on. No error ever holds the API key: it travels
in a request header, and the send path scrubs it from anything the server echoes back.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from typing import Any

import httpx

from ._json import decode_body
from ._retry import server_retry_hint

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SearchPageExpiredError",
    "StreamDecodeError",
    "StreamError",
    "StreamTextTooLongError",
    "TaskFailedError",
    "TruncatedOutputError",
    "TwelveLabsError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UploadInterruptedError",
    "WaitTimeoutError",
    "connection_error",
    "error_from_response",
    "httpx_error",
    "mask_key_header",
    "redact",
    "redact_all",
    "scrub",
    "status_error_class",
]


class TwelveLabsError(Exception):
    """Base class of every error raised by ``twelvelabs_client``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


# --------------------------------------------------------------------------- transport


class APIConnectionError(TwelveLabsError):
    """The request got no HTTP response: DNS, TCP, TLS or the connection dropped."""

    def __init__(
        self,
        message: str | None = None,
        *,
        method: str | None = None,
        url: str | None = None,
        attempts: int = 1,
    ) -> None:
        self.method = method
        self.url = url
        self.attempts = attempts
        super().__init__(message or self._default_message())

    def _default_message(self) -> str:
        return (
            f"Could not reach the TwelveLabs API for {_target(self.method, self.url)}"
            f"{_after(self.attempts)}. Check your network connection, proxy settings and base_url."
        )


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired before the API answered."""

    def _default_message(self) -> str:
        return (
            f"The request {_target(self.method, self.url)} timed out{_after(self.attempts)}. "
            "Raise the limit with request_timeout= on the call or timeout= on the client."
        )


# --------------------------------------------------------------------------- HTTP status


class APIStatusError(TwelveLabsError):
    """The API answered with a status outside 2xx.

    Attributes:
        status_code: the HTTP status (an int; may be non-standard such as 520).
        code: the API's error code (``"parameter_invalid"``...), or ``None`` when the body had none.
            Read from any of the API's error shapes: flat ``{"code", "message"}``, the envelope
            ``{"error": {"code", "message", "details"}}`` and ``{"error_code": int, "message"}``
            (an integer code becomes its text, ``"5"``).
        message: the API's human-readable message, or a description of the status.
        details: the envelope's free-form ``details`` object, or ``None``.
        docs_url: the link the API gave for this error, if any.
        method, url: the request that failed (the URL never contains the key).
        retry_after: seconds the server asked us to wait (``Retry-After`` or, on a 429,
            ``X-Ratelimit-Reset``), or ``None``.
        response: the ``httpx.Response`` (its body already read).
        body: the decoded JSON body, the raw text when it was not JSON, or ``None`` when empty.
    """

    #: A sentence appended to ``str(error)`` saying what to do next.
    hint: str = ""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None = None,
        docs_url: str | None = None,
        method: str | None = None,
        url: str | None = None,
        retry_after: float | None = None,
        response: httpx.Response | None = None,
        body: Any = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.details = details
        self.docs_url = docs_url
        self.method = method
        self.url = url
        self.retry_after = retry_after
        self.response = response
        self.body = body

    def __str__(self) -> str:
        code = f" ({self.code})" if self.code else ""
        text = f"{_target(self.method, self.url)} failed with HTTP {self.status_code}{code}"
        message = self.message.strip()
        text += f": {message}" if message else "."
        if text[-1] not in ".!?":
            text += "."
        hint = self._hint()
        if hint:
            text += f" {hint}"
        if self.docs_url:
            text += f" See {self.docs_url}"
        return text

    def _hint(self) -> str:
        return self.hint

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"message={self.message!r}, method={self.method!r}, url={self.url!r})"
        )


class BadRequestError(APIStatusError):
    """400: the API refused the request's parameters (also used for unknown ids)."""

    hint = "Check the arguments of the call against the API reference."


class SearchPageExpiredError(BadRequestError):
    """400 on ``GET /search/{page-token}``: the page token expired or is not valid."""

    hint = (
        "Search page tokens expire (about an hour after the search); "
        "run the search again to get fresh page tokens."
    )


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or expired."""

    hint = (
        "Check the API key passed as api_key= or set in TWELVELABS_API_KEY "
        "(the key itself is never shown)."
    )


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""

    hint = "Your API key's plan or account does not allow this operation."


class NotFoundError(APIStatusError):
    """404: the resource (or route) does not exist."""

    hint = (
        "Check the ids in the call and the base_url; a resource the API derives from another "
        "(an asset's transcription) is also not found until it exists."
    )


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of a resource."""

    hint = "The resource is in a state that does not allow this; retrieve it and try again."


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but the API could not process it."""

    hint = "Check the values of the arguments."


class RateLimitError(APIStatusError):
    """429: too many requests, or a usage limit was reached."""

    def _hint(self) -> str:
        if self.retry_after is not None:
            return (
                f"The API asked to wait {self.retry_after:.0f} s before retrying; "
                "raise max_retries= to let the client wait for you."
            )
        return "Slow down or raise max_retries= so the client retries with backoff."


class InternalServerError(APIStatusError):
    """5xx (and non-standard server codes such as 520): a failure on the API's side."""

    hint = "This is a problem on the API's side; retry later."


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP status (any int, including 499 or 520)."""
    if status_code in _STATUS_CLASSES:
        return _STATUS_CLASSES[status_code]
    if status_code >= 500:
        return InternalServerError
    return APIStatusError


# --------------------------------------------------------------------------- other


class UnexpectedResponseError(TwelveLabsError):
    """A 2xx answer whose body could not be read as the documented response."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        status_code: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.status_code = status_code
        self.response = response


class StreamTextTooLongError(UnexpectedResponseError):
    """A stream's text passed the most a stream keeps for ``.text`` and ``final_text()``
    (``MAX_KEPT_TEXT``, 16 Mi characters); its events and ``text_stream()`` still carry every
    piece."""


class TruncatedOutputError(UnexpectedResponseError):
    """The JSON document of an analysis was cut short (``finish_reason`` is ``length``) and
    does not parse. ``.result`` is the analysis; ``.text`` the partial document. Ask again with
    a larger ``max_tokens`` or a smaller schema."""

    def __init__(self, message: str, *, result: Any = None, text: str = "") -> None:
        super().__init__(message)
        self.result = result
        self.text = text


class InvalidInputError(TwelveLabsError, ValueError):
    """An argument was refused before anything was sent; ``.argument`` names it."""

    def __init__(self, argument: str, problem: str) -> None:
        self.argument = argument
        self.problem = problem
        super().__init__(f"Invalid argument {argument!r}: {problem}")


class TaskFailedError(TwelveLabsError):
    """A task (indexing, embedding or import) ended in a failed state.

    ``task`` is the last object retrieved; ``detail`` is the reason the API gave: the text of
    the task's ``error.message`` when it has one, else whatever error field it carries, else
    ``None``. The message ends with the reason.
    """

    def __init__(self, message: str, *, task: Any = None, detail: Any = None) -> None:
        super().__init__(message)
        self.task = task
        self.detail = detail


class WaitTimeoutError(TwelveLabsError, TimeoutError):
    """A wait passed its deadline; ``last`` is the last object seen, ``timeout`` the deadline."""

    def __init__(self, message: str, *, last: Any = None, timeout: float | None = None) -> None:
        super().__init__(message)
        self.last = last
        self.timeout = timeout


class ClientClosedError(TwelveLabsError, RuntimeError):
    """A call on a client that was closed (``close()``, or the end of its ``with`` block), or on
    a client made by ``with_options`` from one that was: they share one connection pool.
    Nothing was sent. Also a ``RuntimeError``, which is what httpx raises for a closed client."""

    def __init__(self) -> None:
        super().__init__(
            "This client is closed (close() was called, or its with block ended; a client made "
            "by with_options shares the connections of the one it was made from): nothing was "
            "sent. Make a new client."
        )


class UploadInterruptedError(TwelveLabsError):
    """A multipart upload stopped before it completed; the session can be resumed.

    ``upload_id`` names the session (valid 24 hours from its creation), ``confirmed_bytes`` is
    how much of the file the API has been told it received, out of ``total_bytes``. Every chunk
    that reached the storage host was reported before this was raised, so passing the same file
    with ``upload_id=`` sends only the rest.
    """

    def __init__(
        self, message: str, *, upload_id: str, confirmed_bytes: int, total_bytes: int
    ) -> None:
        super().__init__(message)
        self.upload_id = upload_id
        self.confirmed_bytes = confirmed_bytes
        self.total_bytes = total_bytes


class StreamError(TwelveLabsError):
    """A streamed response carried an error (a ``stream_error`` event or an error object)."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        event: Any = None,
    ) -> None:
        super().__init__(message or "The API reported an error in the middle of the stream.")
        self.code = code
        self.event = event

    def __str__(self) -> str:
        text = self.message.rstrip()
        if text[-1:] not in (".", "!", "?"):
            text += "."
        if self.code:
            text += f" (error code: {self.code})"
        return text


class StreamDecodeError(StreamError):
    """A line of a streamed response is not a JSON object (``.line`` holds its start)."""

    def __init__(self, message: str, *, line: bytes) -> None:
        super().__init__(message, code=None, event=None)
        self.line = line


# --------------------------------------------------------------------------- mapping
# From what went wrong on the wire to the exception above: one place for each, so that the send
# path and the streams raise the same errors with the same messages.

SEARCH_PAGE_TOKEN_EXPIRED = "search_page_token_expired"
_SEARCH_PAGE_PATH = re.compile(r"(?:^|/)search/[^/]+/?$")
_MAX_TEXT_IN_MESSAGE = 300
_REDACTED = "[REDACTED]"
# JSON in an error body nested deeper than this is cut (real bodies are a few levels deep);
# walking 900+ levels would raise RecursionError instead of the typed error.
_MAX_BODY_DEPTH = 100
_TOO_DEEP = "[nested too deeply]"


def shown_text(value: Any) -> str:
    """Server-provided ``value`` (text, or any JSON) as it may appear in an exception message:
    at most :data:`_MAX_TEXT_IN_MESSAGE` characters, the whole value staying on an attribute
    (``detail``, ``body``); one nested too deeply to print gives a placeholder."""
    try:
        text = value if isinstance(value, str) else repr(value)
    except RecursionError:
        return _TOO_DEEP
    if len(text) > _MAX_TEXT_IN_MESSAGE:
        return f"{text[:_MAX_TEXT_IN_MESSAGE]}... ({len(text)} characters; all of it on .detail)"
    return text


def redact(text: str, secret: str | None) -> str:
    """``text`` with every occurrence of ``secret`` masked."""
    if secret and secret in text:
        return text.replace(secret, _REDACTED)
    return text


def redact_shown(text: str, secret: str | None) -> str:
    """:func:`redact` for text that may show an excerpt cut short: a start of ``secret`` (8
    characters or more) is masked too where the excerpt was cut (``...``) or where ``text``
    ends. For messages and excerpts, not for every string of a body (the loop is per key
    length)."""
    text = redact(text, secret)
    if not secret:
        return text
    for size in range(len(secret) - 1, _SHORTEST_SHOWN_START - 1, -1):
        start = secret[:size]
        if start + "..." in text:
            text = text.replace(start + "...", _REDACTED + "...")
        if text.endswith(start):
            text = text[: -len(start)] + _REDACTED
    return text


#: The shortest start of the key that :func:`redact_shown` masks at a cut (shorter ones are
#: too likely to be ordinary text, and tell little).
_SHORTEST_SHOWN_START = 8


def is_search_page_route(method: str, path: str) -> bool:
    """True for ``GET /search/{page-token}`` (``path`` with or without the base path)."""
    return method.upper() == "GET" and bool(_SEARCH_PAGE_PATH.search(path.split("?", 1)[0]))


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
    body = redact_all(decode_body(response), api_key)
    _mask_key_header(response)
    code, message, docs_url, details = _fields(body)
    if not message:
        message = _fallback_message(status, body)
    message = redact_shown(message, api_key)

    cls = status_error_class(status)
    if status == 400 and (code == SEARCH_PAGE_TOKEN_EXPIRED or is_search_page_route(method, route)):
        cls = SearchPageExpiredError
    replacement = retired_route_replacement(method, route)
    if status in (404, 410) and replacement is not None:
        cls = NotFoundError
        message = (
            f"the API retired {method.upper()} {_route_path(route)} (the server answered "
            f"{status}); call {replacement} instead. {message}"
        )
    error = cls(
        message,
        status_code=status,
        code=code,
        docs_url=docs_url,
        method=method.upper(),
        url=url,
        retry_after=server_retry_hint(status, response.headers, now=now),
        response=response,
        body=body,
        details=details,
    )
    if replacement is not None and status in (404, 410):
        error.hint = ""  # the message already says what to do
    return error


_IMPORT_REPLACEMENT = "client.assets.upload, then client.indexed_assets.create"

#: The 2025 routes the live API removed, and what to call instead (see the README's "API
#: versions" section). Keyed by (method, path pattern relative to the base URL).
_RETIRED_ROUTES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("POST", re.compile(r"^/generate$"), "client.analyze.text (or client.analyze.stream)"),
    ("POST", re.compile(r"^/gist$"), "client.analyze.text"),
    ("POST", re.compile(r"^/summarize$"), "client.analyze.text"),
    (
        "POST",
        re.compile(r"^/tasks/transfers/import/[^/]+$"),
        _IMPORT_REPLACEMENT,
    ),
    (
        "GET",
        re.compile(r"^/tasks/transfers/import/[^/]+/(status|logs)$"),
        _IMPORT_REPLACEMENT,
    ),
)


def _route_path(route: str) -> str:
    path = route.split("?", 1)[0]
    return path if path.startswith("/") else "/" + path


def retired_route_replacement(method: str, route: str) -> str | None:
    """What to call instead of a route the live API retired, or ``None`` for a live route."""
    path = _route_path(route)
    for retired_method, pattern, replacement in _RETIRED_ROUTES:
        if method.upper() == retired_method and pattern.search(path):
            return replacement
    return None


def redact_all(value: Any, secret: str | None, depth: int = 0) -> Any:
    """``value`` (decoded JSON) with the secret masked in every string, keys included; a list
    or object nested more than ``_MAX_BODY_DEPTH`` levels deep is replaced by a marker."""
    if not secret:
        return value
    if isinstance(value, str):
        return redact(value, secret)
    if isinstance(value, list | dict) and depth >= _MAX_BODY_DEPTH:
        return _TOO_DEEP
    if isinstance(value, list):
        return [redact_all(item, secret, depth + 1) for item in value]
    if isinstance(value, dict):
        return {redact(str(k), secret): redact_all(v, secret, depth + 1) for k, v in value.items()}
    return value


def scrub(error: TwelveLabsError, secret: str | None) -> TwelveLabsError:
    """``error`` with every server-provided text in it (message, ``detail``, ``event``,
    ``line``, ``body``) cleared of ``secret``, and the key masked on the request it carries.
    ``error.response`` keeps the raw response (its body is what the server sent)."""
    if not secret:
        return error
    error.message = redact_shown(error.message, secret)
    error.args = (error.message,)
    for name in ("detail", "event", "body"):
        if hasattr(error, name):
            setattr(error, name, redact_all(getattr(error, name), secret))
    line = getattr(error, "line", None)
    if isinstance(line, bytes):  # the start of a line: the key may be cut at its end
        shown = redact_shown(line.decode("utf-8", "surrogateescape"), secret)
        error.line = shown.encode("utf-8", "surrogateescape")  # type: ignore[attr-defined]
    task = getattr(error, "task", None)
    if task is not None and secret in repr(task):
        error.task = _scrubbed_model(task, secret)  # type: ignore[attr-defined]
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        _mask_key_header(response)
    cause = error.__cause__ or error.__context__
    if cause is not None and secret in f"{cause!s}{cause!r}":
        error.__cause__ = None  # its text quotes the key: leave it out of the traceback
        error.__suppress_context__ = True
    return error


def _scrubbed_model(model: Any, secret: str) -> Any:
    """A copy of a generated model (a failed task) with the secret masked in every string,
    of the same type; a model that does not round-trip through its dict is wrapped instead."""
    kind = type(model)
    to_dict, from_dict = getattr(model, "to_dict", None), getattr(kind, "from_dict", None)
    if callable(to_dict) and callable(from_dict):
        try:
            copy = from_dict(redact_all(to_dict(), secret))
        except Exception:  # not a round trip: the wrapper below
            copy = None
        if type(copy) is kind and secret not in repr(copy):
            return copy
    return _ScrubbedRepr(model, secret)


class _ScrubbedRepr:
    """A failed task whose repr would quote the key and that cannot be copied scrubbed (not a
    generated model): its attributes as they are, its repr scrubbed."""

    def __init__(self, wrapped: Any, secret: str) -> None:
        self.__dict__["_wrapped"] = wrapped
        self.__dict__["_secret"] = secret

    def __getattr__(self, name: str) -> Any:
        return getattr(self._wrapped, name)

    def __repr__(self) -> str:
        return redact(repr(self._wrapped), self._secret)

    __str__ = __repr__


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


def _fields(body: Any) -> tuple[str | None, str, str | None, Any]:
    """Code, message, docs URL and details from any of the three error shapes."""
    if not isinstance(body, Mapping):
        return None, "", None, None
    error = body.get("error")
    envelope = error if isinstance(error, Mapping) else {}
    raw_code = envelope.get("code")
    if raw_code is None:
        raw_code = body.get("code")
    if raw_code is None:
        raw_code = body.get("error_code")
    code = str(raw_code) if raw_code is not None and raw_code != "" else None
    message = envelope.get("message")
    if not isinstance(message, str) or not message:
        message = body.get("message")
    if not isinstance(message, str) and isinstance(error, str):
        message = error
    details = envelope.get("details", body.get("details"))
    docs_url = envelope.get("docs_url", body.get("docs_url"))
    return (
        code,
        message if isinstance(message, str) else "",
        docs_url if isinstance(docs_url, str) and docs_url else None,
        details,
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


def connection_error(
    exc: httpx.TransportError,
    *,
    method: str | None,
    url: str | None,
    attempts: int = 1,
    mid_stream: bool = False,
) -> APIConnectionError:
    """The typed error for a transport failure: of a request after ``attempts`` attempts, or
    (``mid_stream``) of a streamed body after its 2xx head arrived."""
    timed_out = isinstance(exc, httpx.TimeoutException)
    message = None
    if mid_stream and timed_out:
        message = (
            "The generated stream stopped arriving before it ended (read timeout); "
            "raise request_timeout= or try again."
        )
    elif mid_stream:
        message = (
            f"The connection broke in the middle of the generated stream ({type(exc).__name__}); "
            "try the request again."
        )
    error_class = APITimeoutError if timed_out else APIConnectionError
    return error_class(message, method=method, url=url, attempts=attempts)


def httpx_error(
    exc: httpx.HTTPError,
    *,
    method: str | None,
    url: str | None,
    attempts: int = 1,
    mid_stream: bool = False,
    response: httpx.Response | None = None,
) -> TwelveLabsError:
    """The one mapping of an httpx exception to a typed error, on every path (request,
    stream opening, error body, stream reading): a transport failure is an
    :class:`APIConnectionError` (:class:`APITimeoutError` for a timeout); anything else
    (a body that does not decompress, a protocol oddity) is an :class:`UnexpectedResponseError`.
    The key is masked on the request the exception holds."""
    with contextlib.suppress(RuntimeError):  # an exception raised without a request
        mask_key_header(exc.request)
    if isinstance(exc, httpx.TransportError):
        return connection_error(
            exc, method=method, url=url, attempts=attempts, mid_stream=mid_stream
        )
    status = response.status_code if response is not None else None
    if isinstance(exc, httpx.DecodingError):
        problem = f"its body could not be decoded as its Content-Encoding says ({exc})"
    else:
        problem = f"reading it failed ({type(exc).__name__}: {exc})"
    return UnexpectedResponseError(
        f"The API answered {_target(method, url)}"
        f"{f' with HTTP {status}' if status else ''}, but {problem}.",
        method=method,
        url=url,
        status_code=status,
        response=response,
    )


# --------------------------------------------------------------------------- helpers


def _target(method: str | None, url: str | None) -> str:
    if method and url:
        return f"{method.upper()} {url}"
    return url or "the request"


def _after(attempts: int) -> str:
    return f" after {attempts} attempts" if attempts > 1 else ""
