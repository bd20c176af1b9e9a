"""The one send path: every request of the sync client goes through :class:`Sender`.

A resource method builds its request with the generated ``request_kwargs(...)`` of its
operation (a dict with ``method``, a ``url`` relative to the base URL, and
``params``/``json``/``files``...) into a :class:`~._operations.Request` plan (with its parser
and the call's :class:`CallOptions`), which :meth:`Sender.request` sends (a stream goes
through :meth:`Sender.stream`). The sender

* joins the URL to the base URL and attaches the key through an ``httpx.Auth`` (so a
  user-supplied ``httpx.Client`` is used as is, never mutated);
* applies the per-call timeout and retry count (:class:`CallOptions`);
* finishes by an optional deadline (a :class:`~._polling.Deadline`, given by the waits): its
  rules cut each attempt's timeouts and refuse retries that would end past it;
* retries per :mod:`._retry` (backoff, server hints, the duplicate-safety rule of
  :func:`~._retry.is_retry_safe`), rewinding file payloads first and refusing to re-send one
  that cannot be rewound;
* logs every attempt to the ``twelvelabs_client`` logger (method, path, status, elapsed,
  attempt; never the key);
* maps non-2xx to typed errors (:func:`.errors.error_from_response`) before any parser
  runs, and parses 2xx bodies with the parser the resource passed.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import time
import zlib
from collections.abc import Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import httpx

from ._config import CallOptions, ClientConfig, RequestKwargs, TimeoutArg, to_timeout
from ._network import ATTEMPT_END, AttemptEnd
from ._polling import Deadline, DeadlineExceeded
from ._retry import RetryPolicy, is_retry_safe, is_retryable_status, retry_delay
from ._validation import check_int
from ._version import __version__
from .errors import (
    ClientClosedError,
    TwelveLabsError,
    UnexpectedResponseError,
    connection_error,
    error_from_response,
    httpx_error,
    mask_key_header,
    scrub,
)

if TYPE_CHECKING:
    from ._operations import Request

__all__ = [
    "ERROR_BODY_CAP",
    "ORDINARY_BODY_CAP",
    "APIKeyAuth",
    "Attempts",
    "BodyReader",
    "CallOptions",
    "RequestKwargs",
    "Sender",
    "SenderCore",
    "TimeoutArg",
    "body_decoding",
    "logger",
]

logger = logging.getLogger("twelvelabs_client")

T = TypeVar("T")
ClientT = TypeVar("ClientT", bound=httpx.Client | httpx.AsyncClient)
SleepT = TypeVar("SleepT")

USER_AGENT = f"twelvelabs-client/{__version__} (python; httpx {httpx.__version__})"
# Keys of a generated `request_kwargs` dict that go straight to `httpx.Request`.
_PASS_THROUGH = ("params", "json", "data", "files", "content")
# Headers that describe a body: set by httpx from the body itself, never taken from the client.
_BODY_HEADERS = (b"content-type", b"content-length", b"transfer-encoding")
# The client's headers not copied into a request: the body's, and the two every request sets.
_NOT_COPIED = frozenset((*_BODY_HEADERS, b"user-agent", b"accept"))
_OWN_HEADERS = {b"user-agent": USER_AGENT.encode("ascii"), b"accept": b"application/json"}


def _ascii(text: str | bytes) -> bytes:
    """A header name or value as httpx encodes a str one (ASCII), bytes as they are."""
    return text if isinstance(text, bytes) else text.encode("ascii")


MiB = 1024 * 1024
#: The most decompressed bytes read of an ordinary 2xx body (an index, a page of a list...).
ORDINARY_BODY_CAP = 32 * MiB
#: The most bytes of an error body kept (the rest is discarded; the status is still mapped).
ERROR_BODY_CAP = 1 * MiB


class APIKeyAuth(httpx.Auth):
    """Sends the key as ``x-api-key`` on each request; its repr never shows the key."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self._api_key
        yield request

    def __repr__(self) -> str:
        return "APIKeyAuth(api_key='***')"


class SenderCore(Generic[ClientT, SleepT]):
    """What the sync :class:`Sender` and the async sender share: configuration, building each
    attempt's request, and judging each outcome (log, map, retry or raise). No I/O here; the
    two senders only send (with ``http_client``), read and ``sleep``."""

    def __init__(
        self,
        http_client: ClientT,
        config: ClientConfig,
        *,
        sleep: SleepT,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.http_client: ClientT = http_client
        self.sleep: SleepT = sleep
        self.base_url = config.base_url.rstrip("/")
        self.auth: httpx.Auth = APIKeyAuth(config.api_key)
        self._api_key = config.api_key
        self.timeout = config.timeout
        self.max_response_bytes = config.max_response_bytes
        self.policy = config.policy()
        self.clock = clock
        self.wall_clock = wall_clock

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.policy.max_retries})"

    def url_for(self, relative_url: str) -> str:
        return self.base_url + "/" + relative_url.lstrip("/")

    def timeout_for(self, timeout: TimeoutArg) -> httpx.Timeout:
        """The timeout of an attempt: the call's, else the client's, else the httpx client's."""
        if timeout is not None:
            return to_timeout(timeout)
        # The client's was checked when it was built: checking it again cost 3 us a call.
        return self.http_client.timeout if self.timeout is None else self.timeout

    def _build(self, kwargs: RequestKwargs, timeout: httpx.Timeout) -> httpx.Request:
        # From the httpx client only its default headers and cookies are taken (plus, at send
        # time, its transport, proxies and pool). Its base_url, params and auth never apply, and
        # a Content-Type it sets by default must not mislabel a multipart or JSON body.
        # One list of (name, value) pairs, the raw bytes of the client's headers first: about
        # 15 us less per call than copying httpx.Headers and popping and updating names in it
        # (README, Performance: W1). A name set here replaces every value the client has for it.
        own = _OWN_HEADERS
        not_copied = _NOT_COPIED
        call_headers = kwargs.get("headers")
        if call_headers:
            own = own | {
                _ascii(name.lower()): _ascii(value) for name, value in call_headers.items()
            }
            not_copied = not_copied.union(own)
        headers = [
            (name, value)
            for name, value in self.http_client.headers.raw
            if name.lower() not in not_copied
        ]
        headers += own.items()
        extra = {key: kwargs[key] for key in _PASS_THROUGH if kwargs.get(key) is not None}
        return httpx.Request(
            kwargs["method"].upper(),
            self.url_for(kwargs["url"]),
            headers=headers,
            cookies=self.http_client.cookies,
            extensions={"timeout": timeout.as_dict()},
            **extra,
        )

    def _attempts(
        self,
        kwargs: RequestKwargs,
        *,
        options: CallOptions,
        safe_to_repeat: bool,
        deadline: Deadline | None = None,
        carries_embeddings: bool = False,
    ) -> Attempts:
        if self.http_client.is_closed:  # httpx would raise a bare RuntimeError
            raise ClientClosedError()
        max_retries = options.get("max_retries")
        if max_retries is not None:
            check_int("max_retries", max_retries, minimum=0)
        retry_safe = is_retry_safe(
            kwargs["method"],
            safe_to_repeat=safe_to_repeat,
            carries_file=bool(_file_payloads(kwargs)),
        )
        return Attempts(
            self,
            kwargs,
            policy=self.policy.with_max_retries(max_retries),
            retry_safe=retry_safe,
            request_timeout=options.get("request_timeout"),
            deadline=deadline,
            carries_embeddings=carries_embeddings,
        )

    def _request_attempts(self, call: Request[Any]) -> Attempts:
        """The attempts of a :class:`~._operations.Request` plan, from its fields."""
        return self._attempts(
            call.kwargs,
            options=call.options,
            safe_to_repeat=call.safe_to_repeat,
            deadline=call.deadline,
            carries_embeddings=call.carries_embeddings,
        )

    def _parsed(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        """``parse(response)`` of a 2xx; an error it raises may quote the body, which may
        echo the key: the key is scrubbed from it."""
        try:
            return parse(response)
        except UnexpectedResponseError as exc:
            scrub(exc, self._api_key)
            raise

    def body_cap(self, carries_embeddings: bool) -> tuple[int, str]:
        """The most decompressed bytes of a 2xx body read, and how to raise it."""
        if carries_embeddings:
            return self.max_response_bytes, "raise it with max_response_bytes= on the client"
        return ORDINARY_BODY_CAP, "this limit is fixed for this kind of response"


class Attempts:
    """The attempts of one request: builds each one and decides what follows each outcome.

    A sender's loop is: ``with attempts as request:`` send it, pass the response to
    ``attempts.answered(response)`` and read its body unless it is a 2xx stream; then return
    :attr:`answer` if there is one, else sleep :attr:`delay` and go again. Leaving the block
    judges the attempt (:meth:`__exit__`), the same for both senders: a transport error goes
    to :meth:`failed`, a non-2xx to :meth:`rejected`, each giving the delay or raising the
    typed error when no retry is allowed.

    With a ``deadline``, its rules (:class:`~._polling.Deadline`) cut each attempt's timeouts
    and turn a transient failure whose retry would not fit into :class:`~._polling.DeadlineExceeded`.
    """

    def __init__(
        self,
        core: SenderCore[Any, Any],
        kwargs: RequestKwargs,
        *,
        policy: RetryPolicy,
        retry_safe: bool,
        request_timeout: TimeoutArg,
        deadline: Deadline | None = None,
        carries_embeddings: bool = False,
    ) -> None:
        self._core = core
        self._kwargs = kwargs
        self._policy = policy
        self._retry_safe = retry_safe
        self._request_timeout = request_timeout
        self._deadline = deadline
        self._carries_embeddings = carries_embeddings
        self._attempt = -1
        self._request: httpx.Request | None = None
        self._response: httpx.Response | None = None
        self._started = 0.0
        self._attempt_end: contextvars.Token[AttemptEnd | None] | None = None
        #: After an attempt: the 2xx response to return, or ``None`` and the :attr:`delay`
        #: before the next attempt.
        self.answer: httpx.Response | None = None
        self.delay = 0.0
        self._carries_file = bool(_file_payloads(kwargs))
        #: When the current attempt must end (see :mod:`._network`).
        self.end = AttemptEnd(None, from_first_read=False)

    def next_request(self) -> httpx.Request:
        self._attempt += 1
        if self._attempt:
            rewind_files(self._kwargs)  # can_resend() was checked before deciding to retry
        now = self._core.clock()
        timeout = self._core.timeout_for(self._request_timeout)
        if self._deadline is not None:
            timeout = self._deadline.attempt_timeout(timeout, now)
        self._request = self._core._build(self._kwargs, timeout)
        self._started = now
        # Real time, whatever the clock; an upload's clock starts at its first read, unless
        # the call has a deadline: then sending the file counts too.
        self.end = AttemptEnd(
            timeout.read, from_first_read=self._carries_file and self._deadline is None
        )
        return self._request

    def body_reader(self, response: httpx.Response, *, stream: bool = False) -> BodyReader:
        """What reads this attempt's body: capped (1 MiB of an error body, the route's cap of
        a 2xx) and ending by the attempt's time limit (the ``read`` timeout, counted from the
        start of the attempt, or from its first read when an upload body was sent)."""
        limit_at = self.end.started()
        if not response.is_success:
            return BodyReader(response, ERROR_BODY_CAP, "", limit_at, True)
        cap, how = self._core.body_cap(self._carries_embeddings)
        return BodyReader(response, cap, how, limit_at, False)

    def undecodable(self, response: httpx.Response | None, exc: httpx.HTTPError) -> TwelveLabsError:
        """The error for a body that cannot be read for another reason than the transport
        (``httpx.DecodingError``: it does not decompress); never retried."""
        request = self._current
        return httpx_error(exc, method=request.method, url=str(request.url), response=response)

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
            error = connection_error(
                exc, method=request.method, url=str(request.url), attempts=attempt + 1
            )
            if verdict == "deadline":
                error.__cause__ = exc
                raise DeadlineExceeded(error) from error
            raise error from exc
        assert delay is not None
        _log_retry(request, f"{type(exc).__name__}", delay, attempt, self._policy)
        return delay

    def answered(self, response: httpx.Response) -> bool:
        """Log the response; True when it is a 2xx (the sender returns it)."""
        self._response = response
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
        if deadline is not None and transient and not deadline.fits(delay, self._core.clock()):
            return "deadline"
        if delay is None or not can_resend(self._kwargs):
            return "raise"
        return "retry"

    def __enter__(self) -> httpx.Request:
        """Start the next attempt: its request, the transport's reads bounded by its end."""
        request = self.next_request()
        self._response = self.answer = None
        self._attempt_end = ATTEMPT_END.set(self.end)
        return request

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> bool:
        """Judge the attempt: set :attr:`answer` or :attr:`delay`, or raise the typed error."""
        try:
            response = self._response
            if exc is None:
                assert response is not None, "answered(response) first"
                if response.is_success:
                    self.answer = response
                else:
                    self.delay = self.rejected(response)
                return False
            if isinstance(exc, httpx.TransportError):
                self.delay = self.failed(exc)
                return True
            if isinstance(exc, httpx.DecodingError):
                raise self.undecodable(response, exc) from None
            return False
        finally:  # a stream's later reads are each bounded alone (an idle limit)
            assert self._attempt_end is not None
            ATTEMPT_END.reset(self._attempt_end)


class Sender(SenderCore[httpx.Client, Callable[[float], object]]):
    """Sends generated request kwargs with retries, logging and error mapping (sync)."""

    # ------------------------------------------------------------------ public

    def request(self, call: Request[T]) -> T:
        """Send the request of ``call`` (a :class:`~._operations.Request` plan: kwargs, parser,
        options...), retrying as allowed; return ``call.parse(response)`` for a 2xx.

        ``call.safe_to_repeat`` declares a POST that creates nothing (see :mod:`._retry`).
        Non-2xx answers raise :class:`~twelvelabs_client.errors.APIStatusError` subclasses;
        transport failures raise :class:`~twelvelabs_client.errors.APIConnectionError`.
        ``call.deadline`` bounds the whole request, retries included (see :class:`Attempts`);
        the waits give every poll the wait's deadline.
        """
        response = self._send(self._request_attempts(call), stream=False)
        return self._parsed(response, call.parse)

    @contextlib.contextmanager
    def stream(
        self,
        kwargs: RequestKwargs,
        *,
        options: CallOptions | None = None,
        safe_to_repeat: bool = False,
    ) -> Iterator[httpx.Response]:
        """Open a streamed response (``httpx.Client.send(stream=True)``) with a 2xx status.

        Non-2xx answers are read and raised as typed errors before anything is yielded;
        leaving the ``with`` block closes the connection.
        """
        attempts = self._attempts(kwargs, options=options or {}, safe_to_repeat=safe_to_repeat)
        response = self._send(attempts, stream=True)
        try:
            yield response
        finally:
            response.close()

    # ------------------------------------------------------------------ internals

    def _send(self, attempts: Attempts, *, stream: bool) -> httpx.Response:
        while True:
            with attempts as request:  # judged on leaving the block (see Attempts)
                # never follow a redirect: httpx would carry x-api-key to any host
                response = self.http_client.send(
                    request, auth=self.auth, stream=True, follow_redirects=False
                )
                success = False
                try:
                    success = attempts.answered(response)
                    if not (success and stream):  # a body read with its cap and time limit
                        attempts.body_reader(response).read()
                finally:
                    if not (success and stream):
                        response.close()
            if attempts.answer is not None:
                return attempts.answer
            self.sleep(attempts.delay)


# ---------------------------------------------------------------------- bodies


class BodyReader:
    """Collects a body chunk by chunk (no I/O): at most ``cap`` decompressed bytes, and no
    later than ``limit_at`` (``time.monotonic``). With a known ``Content-Length`` (and no
    compression) the bytes go into one buffer of that size (at most 64 MiB set aside before
    they arrive, then grown); otherwise chunks are joined at the end.

    ``add`` returns False when an error body (``truncate``) has reached its cap: the rest is
    discarded. A 2xx past its cap raises :class:`UnexpectedResponseError`; a body still
    arriving past the time limit raises ``httpx.ReadTimeout`` (mapped like any timeout).
    """

    __slots__ = (
        "_buffer",
        "_chunks",
        "_how",
        "_inflater",
        "_limit_at",
        "_size",
        "_truncate",
        "cap",
        "done",
        "raw",
        "response",
    )

    def __init__(
        self,
        response: httpx.Response,
        cap: int,
        how: str,
        limit_at: float | None,
        truncate: bool,
    ) -> None:
        self.response = response
        self.cap = cap
        self._how = how
        self._limit_at = limit_at
        self._truncate = truncate
        self._size = 0
        self._chunks: list[bytes] = []
        self._buffer: bytearray | None = None
        #: True when the body is in memory already (an in-memory transport): nothing to read.
        self.done = hasattr(response, "_content")
        self._inflater: _Inflater | None = None
        #: True: feed ``response.iter_raw()`` (undecoded); False: ``iter_bytes()``.
        self.raw = True
        length = None
        if self.done:
            content = response.content
            if len(content) > cap:
                if not truncate:
                    raise self._too_large()
                response._content = content[:cap]
        else:
            self.raw, self._inflater = body_decoding(response, refuse=not truncate)
            if self.raw and self._inflater is None:  # kept as sent: Content-Length counts it
                length = _declared_length(response)
        if length is not None:
            if length > cap and not truncate:
                raise self._too_large()
            # Set aside at most _SET_ASIDE_AT_MOST: a server may declare gigabytes and send
            # nothing (the buffer is zero-filled, so it would be memory spent at once).
            self._buffer = bytearray(min(length, cap, _SET_ASIDE_AT_MOST))

    def add(self, chunk: bytes) -> bool:
        """Take a chunk (raw when :attr:`raw`); False when the rest is to be discarded."""
        inflater = self._inflater
        if inflater is None:
            return self._append(chunk)
        return all(self._append(piece) for piece in inflater.inflate(chunk))

    def read(self) -> bytes | bytearray:
        """Read the rest of the body (the response of an ``httpx.Client``), then :meth:`finish`."""
        if not self.done:
            response = self.response
            for chunk in response.iter_raw() if self.raw else response.iter_bytes():
                if not self.add(chunk):
                    break
        return self.finish()

    async def aread(self) -> bytes | bytearray:
        """:meth:`read` for the response of an ``httpx.AsyncClient``."""
        if not self.done:
            chunks = self.response.aiter_raw() if self.raw else self.response.aiter_bytes()
            async for chunk in chunks:
                if not self.add(chunk):
                    break
        return self.finish()

    def _append(self, chunk: bytes) -> bool:
        size = self._size + len(chunk)
        if size > self.cap:
            if not self._truncate:
                raise self._too_large()
            chunk = chunk[: self.cap - self._size]
            size = self.cap
        buffer = self._buffer
        if buffer is None:
            self._chunks.append(chunk)
        elif size <= len(buffer):
            buffer[self._size : size] = chunk
        else:  # past what was set aside: the buffer grows (a realloc, not a second copy)
            del buffer[self._size :]
            buffer += chunk
        self._size = size
        if self._limit_at is not None and time.monotonic() > self._limit_at:
            raise httpx.ReadTimeout(
                "the response was still arriving when the attempt's time limit ran out",
                request=self.response.request,
            )
        return size < self.cap or not self._truncate

    def finish(self) -> bytes | bytearray:
        """The body read, also set as ``response.content``: the buffer itself (a
        ``bytearray``, no copy) for a body of :data:`_KEEP_BUFFER_FROM` bytes or more read
        into one buffer, else ``bytes``."""
        if self.done:
            return self.response.content
        if self._inflater is not None:
            for piece in self._inflater.flush():
                self._append(piece)
        if self._buffer is not None:
            buffer, self._buffer = self._buffer, None
            if self._size < len(buffer):
                del buffer[self._size :]
            # A large body stays in its buffer (the JSON decoders take a bytearray): copying
            # it into bytes would hold it twice for a moment (78 MB of embeddings: 156 MB).
            content: bytes | bytearray = (
                buffer if len(buffer) >= _KEEP_BUFFER_FROM else bytes(buffer)
            )
        else:
            content = b"".join(self._chunks)
            self._chunks = []
        # What response.read() would have set (a bytearray reads like bytes).
        self.response._content = content  # type: ignore[assignment]
        return content

    def _too_large(self) -> UnexpectedResponseError:
        return _answered_with(
            self.response,
            f"a body larger than {self.cap} bytes (decompressed), the limit for this response; "
            f"{self._how}.",
        )


class _Inflater:
    """Inflates one gzip or deflate layer in pieces of at most :data:`_INFLATE_STEP` bytes,
    each piece passed on to ``inner`` (the next layer down) when there is one; a body that is
    not what its Content-Encoding says raises ``httpx.DecodingError``."""

    def __init__(
        self, encoding: str, request: httpx.Request, inner: _Inflater | None = None
    ) -> None:
        self._request = request
        self._inner = inner
        self._deflate = encoding == "deflate"
        # gzip: a gzip header; deflate: a zlib header (or, on the first error, raw deflate).
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | (0 if self._deflate else 16))
        self._started = False

    def inflate(self, data: bytes) -> Iterator[bytes]:
        inner = self._inner
        for piece in self._layer(data):
            if inner is None:
                yield piece
            else:
                yield from inner.inflate(piece)

    def flush(self) -> Iterator[bytes]:
        try:
            rest = self._inflater.flush()
        except zlib.error as exc:
            raise self._error(exc) from None
        inner = self._inner
        if inner is None:
            yield rest
        else:
            yield from inner.inflate(rest)
            yield from inner.flush()

    def _layer(self, data: bytes) -> Iterator[bytes]:
        inflater = self._inflater
        try:
            piece = inflater.decompress(data, _INFLATE_STEP)
        except zlib.error as exc:
            if not (self._deflate and not self._started):
                raise self._error(exc) from None
            self._inflater = inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                piece = inflater.decompress(data, _INFLATE_STEP)
            except zlib.error as exc:
                raise self._error(exc) from None
        self._started = True
        yield piece
        while inflater.unconsumed_tail:
            try:
                piece = inflater.decompress(inflater.unconsumed_tail, _INFLATE_STEP)
            except zlib.error as exc:
                raise self._error(exc) from None
            yield piece

    def _error(self, exc: zlib.error) -> httpx.DecodingError:
        return httpx.DecodingError(str(exc), request=self._request)


#: From this size on, a body read into one buffer is handed over as that ``bytearray``.
_KEEP_BUFFER_FROM = 1024 * 1024
#: The most set aside for a body before it arrives (its declared length, if smaller); a larger
#: body grows its buffer as it comes.
_SET_ASIDE_AT_MOST = 64 * 1024 * 1024

_INFLATABLE = frozenset({"gzip", "x-gzip", "deflate"})


def body_decoding(
    response: httpx.Response, *, refuse: bool = True
) -> tuple[bool, _Inflater | None]:
    """How to read a body that is not in memory yet: ``(raw, inflater)``. ``raw`` True: read
    ``response.iter_raw()`` and pass each chunk through ``inflater.inflate`` when there is one
    (then ``inflater.flush()`` at the end); False: ``response.iter_bytes()`` (httpx decodes).

    gzip and deflate, stacked too (``gzip, gzip``), are inflated here a bounded piece at a
    time: httpx would inflate a whole network chunk at once (64 KiB of a gzip bomb is 64 MiB,
    and each stacked layer multiplies it). A single other coding (br, zstd) is left to httpx.
    Several codings that are not all gzip or deflate raise :class:`UnexpectedResponseError`
    when ``refuse`` (a 2xx); an error body (``refuse=False``) is then kept undecoded, so its
    status is still mapped.
    """
    encoding = response.headers.get("content-encoding", "")
    if not encoding:
        return True, None
    codings = [c for c in (c.strip().lower() for c in encoding.split(",")) if c != "identity"]
    if not codings:
        return True, None
    if all(c in _INFLATABLE for c in codings):
        inflater = None
        for coding in codings:  # the last one named was applied last: it is undone first
            inflater = _Inflater(coding, response.request, inflater)
        return True, inflater
    if len(codings) == 1:
        return False, None
    if not refuse:
        return True, None
    raise _answered_with(
        response,
        f"a body in several content codings ({', '.join(codings)}); only gzip and deflate "
        "can be stacked.",
    )


def _answered_with(response: httpx.Response, what: str) -> UnexpectedResponseError:
    """The error for a body this client will not read as sent (the key on its request masked)."""
    request = response.request
    mask_key_header(request)
    return UnexpectedResponseError(
        f"The API answered {request.method} {request.url} with {what}",
        method=request.method,
        url=str(request.url),
        status_code=response.status_code,
        response=response,
    )


_INFLATE_STEP = 1024 * 1024


def _declared_length(response: httpx.Response) -> int | None:
    """The Content-Length, or ``None`` (for a body read as sent: :func:`body_decoding` has
    read Content-Encoding already; each ``Headers.get`` of a name not sent costs about 2 us)."""
    value = response.headers.get("content-length")
    if value is None or not value.isdigit():
        return None
    return int(value)


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
