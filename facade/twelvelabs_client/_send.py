"""The one send path: every request of the sync client goes through :class:`Sender`.

A resource method builds its request with a generated ``_get_kwargs(...)`` (a dict with
``method``, a ``url`` relative to the base URL, and ``params``/``json``/``files``...), then
calls :meth:`Sender.request` (or :meth:`Sender.stream`). The sender

* joins the URL to the base URL and attaches the key through an ``httpx.Auth`` (so a
  user-supplied ``httpx.Client`` is used as is, never mutated);
* applies the per-call timeout and retry count;
* honours an optional *deadline* (a reading of its clock, given by the waiting helpers): each
  attempt's timeouts are cut to the time left (never below :data:`MIN_ATTEMPT_TIMEOUT`), and
  a retry that would end past the deadline is not taken; the error is then raised wrapped in
  :class:`DeadlineExceeded`, so that the wait can report its own timeout;
* retries per :mod:`._retry` (backoff, server hints, the duplicate-safety rule), rewinding
  file payloads first and refusing to re-send one that cannot be rewound;
* logs every attempt to the ``twelvelabs_client`` logger (method, path, status, elapsed,
  attempt; never the key);
* maps non-2xx to typed errors (:func:`._responses.error_from_response`) before any parser
  runs, and parses 2xx bodies with the parser the resource passed.
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Callable, Generator, Iterator, Mapping
from typing import Any, Generic, Literal, TypeVar, overload

import httpx

from ._responses import error_from_response, mask_key_header
from ._retry import RetryPolicy, is_retryable_status, retry_delay
from ._validation import Seconds, check_int, check_seconds
from ._version import __version__
from .errors import APIConnectionError, APITimeoutError, TwelveLabsError

__all__ = [
    "MIN_ATTEMPT_TIMEOUT",
    "APIKeyAuth",
    "Attempts",
    "DeadlineExceeded",
    "RequestKwargs",
    "Sender",
    "SenderCore",
    "TimeoutArg",
    "cap_timeout",
    "logger",
    "to_timeout",
]

logger = logging.getLogger("twelvelabs_client")

T = TypeVar("T")
RequestKwargs = Mapping[str, Any]
TimeoutArg = Seconds | httpx.Timeout | None
ClientT = TypeVar("ClientT", bound=httpx.Client | httpx.AsyncClient)
SleepT = TypeVar("SleepT")

USER_AGENT = f"twelvelabs-client/{__version__} (python; httpx {httpx.__version__})"
# Keys of a generated `_get_kwargs` dict that go straight to `httpx.Request`.
_PASS_THROUGH = ("params", "json", "data", "files", "content")
# Headers that describe a body: set by httpx from the body itself, never taken from the client.
_BODY_HEADERS = ("content-type", "content-length", "transfer-encoding")
#: Under a deadline, an attempt's timeouts are cut to the time left, but never below this: the
#: last look of a wait happens at the deadline itself and needs a moment to get its answer.
MIN_ATTEMPT_TIMEOUT = 1.0


class DeadlineExceeded(Exception):
    """A request under a deadline failed because the deadline ran out (internal: the waiting
    helpers turn it into :class:`~twelvelabs_client.errors.WaitTimeoutError`).

    ``error`` is the typed error the request would otherwise have raised (a timeout, a
    connection error, or a retryable status such as 503) whose retry did not fit in the time left.
    """

    def __init__(self, error: TwelveLabsError) -> None:
        super().__init__(str(error))
        self.error = error


class APIKeyAuth(httpx.Auth):
    """Sends the key as ``x-api-key`` on each request; its repr never shows the key."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "APIKeyAuth(api_key='***')"


def to_timeout(value: Seconds | httpx.Timeout, argument: str = "request_timeout") -> httpx.Timeout:
    """A number (or ``timedelta``) means "this many seconds for every phase"."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(check_seconds(argument, value, allow_zero=True, allow_infinite=True))


def cap_timeout(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """``timeout`` with every phase cut to at most ``seconds`` (a phase without limit gets it)."""
    if math.isinf(seconds):
        return timeout

    def cap(phase: float | None) -> float:
        return seconds if phase is None else min(phase, seconds)

    return httpx.Timeout(
        connect=cap(timeout.connect),
        read=cap(timeout.read),
        write=cap(timeout.write),
        pool=cap(timeout.pool),
    )


class SenderCore(Generic[ClientT, SleepT]):
    """What the sync :class:`Sender` and the async sender share: configuration, building each
    attempt's request, and judging each outcome (log, map, retry or raise). No I/O here; the
    two senders only send (with ``http_client``), read and ``sleep``."""

    def __init__(
        self,
        *,
        http_client: ClientT,
        base_url: str,
        api_key: str,
        timeout: httpx.Timeout | None,
        policy: RetryPolicy,
        sleep: SleepT,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.http_client: ClientT = http_client
        self.sleep: SleepT = sleep
        self.base_url = base_url.rstrip("/")
        self.auth: httpx.Auth = APIKeyAuth(api_key)
        self._api_key = api_key
        #: ``None`` means "use the user-supplied httpx client's own timeout".
        self.timeout = timeout
        self.policy = policy
        self.clock = clock
        self.wall_clock = wall_clock

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.policy.max_retries})"

    def url_for(self, relative_url: str) -> str:
        return self.base_url + "/" + relative_url.lstrip("/")

    def _build(
        self, kwargs: RequestKwargs, timeout: TimeoutArg, cap: float | None = None
    ) -> httpx.Request:
        # From the httpx client only its default headers and cookies are taken (plus, at send
        # time, its transport, proxies and pool). Its base_url, params and auth never apply, and
        # a Content-Type it sets by default must not mislabel a multipart or JSON body.
        headers = httpx.Headers(self.http_client.headers)
        for name in _BODY_HEADERS:
            headers.pop(name, None)
        headers.update({"user-agent": USER_AGENT, "accept": "application/json"})
        for name, value in dict(kwargs.get("headers") or {}).items():
            # A fixed multipart Content-Type would pin the boundary: let httpx choose one.
            if name.lower() == "content-type" and str(value).startswith("multipart/"):
                continue
            headers[name] = value
        extra = {key: kwargs[key] for key in _PASS_THROUGH if kwargs.get(key) is not None}
        if timeout is None:
            timeout = self.timeout
        resolved = self.http_client.timeout if timeout is None else to_timeout(timeout)
        if cap is not None:
            resolved = cap_timeout(resolved, cap)
        return httpx.Request(
            kwargs["method"].upper(),
            self.url_for(kwargs["url"]),
            headers=headers,
            cookies=self.http_client.cookies,
            extensions={"timeout": resolved.as_dict()},
            **extra,
        )

    def _attempts(
        self,
        kwargs: RequestKwargs,
        *,
        retry_safe: bool,
        request_timeout: TimeoutArg,
        max_retries: int | None,
        deadline: float | None = None,
    ) -> Attempts:
        if max_retries is not None:
            check_int("max_retries", max_retries, minimum=0)
        return Attempts(
            self,
            kwargs,
            policy=self.policy.with_max_retries(max_retries),
            retry_safe=retry_safe,
            request_timeout=request_timeout,
            deadline=deadline,
        )


class Attempts:
    """The attempts of one request: builds each one and decides what follows each outcome.

    A sender's loop is: ``request = attempts.next_request()``; send it; on a transport error
    sleep ``attempts.failed(exc)``; on a response, return it if ``attempts.answered(response)``,
    else read its body and sleep ``attempts.rejected(response)``. ``failed`` and ``rejected``
    raise the typed error instead of returning a delay when no retry is allowed.

    With a ``deadline`` (a reading of the core's clock), each attempt's timeouts are cut to the
    time left (at least :data:`MIN_ATTEMPT_TIMEOUT`), and a transient failure whose retry would
    end past the deadline (or that comes when no time is left) raises
    :class:`DeadlineExceeded` around the typed error instead of retrying.
    """

    def __init__(
        self,
        core: SenderCore[Any, Any],
        kwargs: RequestKwargs,
        *,
        policy: RetryPolicy,
        retry_safe: bool,
        request_timeout: TimeoutArg,
        deadline: float | None = None,
    ) -> None:
        self._core = core
        self._kwargs = kwargs
        self._policy = policy
        self._retry_safe = retry_safe
        self._request_timeout = request_timeout
        self._deadline = deadline
        self._attempt = -1
        self._request: httpx.Request | None = None
        self._started = 0.0

    def next_request(self) -> httpx.Request:
        self._attempt += 1
        if self._attempt:
            rewind_files(self._kwargs)  # can_resend() was checked before deciding to retry
        now = self._core.clock()
        cap = None
        if self._deadline is not None:
            cap = max(self._deadline - now, MIN_ATTEMPT_TIMEOUT)
        self._request = self._core._build(self._kwargs, self._request_timeout, cap)
        self._started = now
        return self._request

    @property
    def _current(self) -> httpx.Request:
        assert self._request is not None, "next_request() first"
        return self._request

    def failed(self, exc: httpx.TransportError) -> float:
        """The delay before the next attempt after a transport error, or raise."""
        request, attempt = self._current, self._attempt
        elapsed = self._core.clock() - self._started
        delay = retry_delay(
            attempt=attempt, policy=self._policy, retry_safe=self._retry_safe, error=exc
        )
        _log_failure(request, exc, elapsed, attempt)
        verdict = self._verdict(delay, transient=True)
        if verdict != "retry":
            mask_key_header(request)  # the httpx exception, kept as __cause__, holds it
            error = _connection_error(exc, request, attempt + 1)
            if verdict == "deadline":
                error.__cause__ = exc
                raise DeadlineExceeded(error) from error
            raise error from exc
        assert delay is not None
        _log_retry(request, f"{type(exc).__name__}", delay, attempt, self._policy)
        return delay

    def answered(self, response: httpx.Response) -> bool:
        """Log the response; True when it is a 2xx (the sender returns it)."""
        elapsed = self._core.clock() - self._started
        _log_response(self._current, response, elapsed, self._attempt)
        return response.is_success

    def rejected(self, response: httpx.Response) -> float:
        """The delay before the next attempt after a non-2xx (its body read), or raise."""
        request, attempt = self._current, self._attempt
        core = self._core
        error = error_from_response(
            response,
            method=request.method,
            url=str(request.url),
            route=self._kwargs["url"],
            now=core.wall_clock(),
            api_key=core._api_key,
        )
        delay = retry_delay(
            attempt=attempt,
            policy=self._policy,
            retry_safe=self._retry_safe,
            status_code=response.status_code,
            headers=response.headers,
            now=core.wall_clock(),
        )
        verdict = self._verdict(delay, transient=is_retryable_status(response.status_code))
        if verdict == "deadline":
            raise DeadlineExceeded(error) from error
        if verdict == "raise":
            raise error
        assert delay is not None
        _log_retry(request, f"HTTP {response.status_code}", delay, attempt, self._policy)
        return delay

    def _verdict(
        self, delay: float | None, *, transient: bool
    ) -> Literal["retry", "raise", "deadline"]:
        """``"retry"``, ``"raise"`` (the policy says no), or ``"deadline"``: a transient
        failure whose retry would end past the deadline, or that came with no time left."""
        deadline = self._deadline
        if deadline is not None and transient and self._core.clock() + (delay or 0.0) >= deadline:
            return "deadline"
        if delay is None or not can_resend(self._kwargs):
            return "raise"
        return "retry"


class Sender(SenderCore[httpx.Client, Callable[[float], object]]):
    """Sends generated request kwargs with retries, logging and error mapping (sync)."""

    # ------------------------------------------------------------------ public

    @overload
    def request(
        self,
        kwargs: RequestKwargs,
        *,
        parse: Callable[[httpx.Response], T],
        retry_safe: bool,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> T: ...

    @overload
    def request(
        self,
        kwargs: RequestKwargs,
        *,
        parse: None,
        retry_safe: bool,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None: ...

    def request(
        self,
        kwargs: RequestKwargs,
        *,
        parse: Callable[[httpx.Response], T] | None,
        retry_safe: bool,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> T | None:
        """Send, retrying as allowed; return ``parse(response)`` for a 2xx (``None`` without a parser).

        ``retry_safe`` is False for requests that create something or carry a file (see
        :mod:`._retry`). Non-2xx answers raise :class:`~twelvelabs_client.errors.APIStatusError`
        subclasses; transport failures raise :class:`~twelvelabs_client.errors.APIConnectionError`.
        ``deadline`` (a reading of :attr:`clock`) bounds the whole request, retries included
        (see :class:`Attempts`); the waiting helpers give every poll the wait's deadline.
        """
        attempts = self._attempts(
            kwargs,
            retry_safe=retry_safe,
            request_timeout=request_timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        response = self._send(attempts, stream=False)
        if parse is None:
            return None
        return parse(response)

    @contextlib.contextmanager
    def stream(
        self,
        kwargs: RequestKwargs,
        *,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
        retry_safe: bool = True,
    ) -> Iterator[httpx.Response]:
        """Open a streamed response (``httpx.Client.send(stream=True)``) with a 2xx status.

        Non-2xx answers are read and raised as typed errors before anything is yielded;
        leaving the ``with`` block closes the connection.
        """
        attempts = self._attempts(
            kwargs, retry_safe=retry_safe, request_timeout=request_timeout, max_retries=max_retries
        )
        response = self._send(attempts, stream=True)
        try:
            yield response
        finally:
            response.close()

    # ------------------------------------------------------------------ internals

    def _send(self, attempts: Attempts, *, stream: bool) -> httpx.Response:
        while True:
            request = attempts.next_request()
            try:  # never follow a redirect: httpx would carry x-api-key to any host
                response = self.http_client.send(
                    request, auth=self.auth, stream=stream, follow_redirects=False
                )
            except httpx.TransportError as exc:
                delay = attempts.failed(exc)
            else:
                if attempts.answered(response):
                    return response
                try:  # the (small) error body, so that it can be mapped
                    response.read()
                finally:
                    response.close()
                delay = attempts.rejected(response)
            self.sleep(delay)


# ---------------------------------------------------------------------- file payloads


def _file_payloads(kwargs: RequestKwargs) -> list[Any]:
    """The file objects in a multipart ``files`` argument (text parts and bytes excluded)."""
    files = kwargs.get("files")
    if not files:
        return []
    items = files.items() if isinstance(files, Mapping) else files
    payloads = []
    for _name, value in items:
        payload = value[1] if isinstance(value, tuple) else value
        if not isinstance(payload, str | bytes | bytearray | memoryview):
            payloads.append(payload)
    return payloads


def can_resend(kwargs: RequestKwargs) -> bool:
    """False when a file payload cannot be rewound (a pipe, a socket, a one-shot stream)."""
    for payload in _file_payloads(kwargs):
        seekable = getattr(payload, "seekable", None)
        if seekable is not None:
            try:
                if not seekable():
                    return False
            except (OSError, ValueError):  # closed file
                return False
        elif not hasattr(payload, "seek"):
            return False
    return True


def rewind_files(kwargs: RequestKwargs) -> bool:
    """Seek every file payload back to its start; False if one cannot be rewound."""
    if not can_resend(kwargs):
        return False
    for payload in _file_payloads(kwargs):
        payload.seek(0)
    return True


# ---------------------------------------------------------------------- errors and logs


def _connection_error(
    exc: httpx.TransportError, request: httpx.Request, attempts: int
) -> APIConnectionError:
    method, url = request.method, str(request.url)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(method=method, url=url, attempts=attempts)
    return APIConnectionError(method=method, url=url, attempts=attempts)


def _log_response(
    request: httpx.Request, response: httpx.Response, elapsed: float, attempt: int
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.0f ms (attempt %d)",
            request.method,
            request.url.path,
            response.status_code,
            elapsed * 1000,
            attempt + 1,
            extra=_extra(request, elapsed, attempt, status=response.status_code),
        )


def _log_failure(request: httpx.Request, exc: Exception, elapsed: float, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s after %.0f ms (attempt %d)",
            request.method,
            request.url.path,
            type(exc).__name__,
            elapsed * 1000,
            attempt + 1,
            extra=_extra(request, elapsed, attempt, status=None),
        )


def _log_retry(
    request: httpx.Request, reason: str, delay: float, attempt: int, policy: RetryPolicy
) -> None:
    logger.info(
        "Retrying %s %s in %.2f s after %s (retry %d of %d)",
        request.method,
        request.url.path,
        delay,
        reason,
        attempt + 1,
        policy.max_retries,
    )


def _extra(
    request: httpx.Request, elapsed: float, attempt: int, *, status: int | None
) -> dict[str, Any]:
    return {
        "http_method": request.method,
        "http_path": request.url.path,
        "http_status": status,
        "elapsed_ms": round(elapsed * 1000, 1),
        "attempt": attempt + 1,
    }
