"""The retry decision: pure functions, no I/O, shared by the sync and async senders.

What is retried
    * connection failures and timeouts (``httpx.TransportError``),
    * HTTP 408, 429 and every 5xx (including non-standard codes such as 520).

The duplicate-safety rule (:func:`is_retry_safe`)
    Requests are *retry-safe* or not. GET, PUT, PATCH and DELETE are idempotent: retry-safe. A
    POST is not, unless its method declares it safe to repeat (``safe_to_repeat=True``: it only
    computes something, as search, embeddings, gist, summarize and generate do). So a POST that
    creates something (an index, a video indexing task, an embedding task, an import) is never
    repeated, and a forgotten declaration costs a retry, never a duplicate. No request whose
    body carries a file is retry-safe (an upload is never sent twice unless it provably never
    arrived).

    A request that is not retry-safe is retried only when it provably did not reach the server,
    or the server says it did not process it:
      * ``httpx.ConnectError`` / ``httpx.ConnectTimeout`` / ``httpx.PoolTimeout`` (no
        connection, so no byte of the request was sent);
      * HTTP 429 (rejected by the rate limiter before processing);
      * HTTP 503 *with* a ``Retry-After`` header (the service refused it and said when to
        come back).
    A read timeout, a dropped connection or a plain 5xx after a create POST is raised at once:
    the server may have created the resource, and a retry could create a second one.

How long to wait
    The server's hint first: ``Retry-After`` (delta seconds or an HTTP date), else, on a 429,
    ``X-Ratelimit-Reset`` (epoch seconds), both capped at ``max_retry_after``. Otherwise
    exponential backoff ``initial_delay * 2**attempt`` capped at ``max_delay``, passed through
    :func:`jitter` (the one place randomness lives; set ``RetryPolicy.jitter``, or patch
    this module's ``jitter``, to make it deterministic).
"""

from __future__ import annotations

import email.utils
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import httpx

__all__ = [
    "RETRYABLE_STATUS_CODES",
    "RetryPolicy",
    "backoff_delay",
    "is_retry_safe",
    "jitter",
    "parse_retry_after",
    "retry_delay",
    "server_retry_hint",
]

# 5xx is handled by range; these are the others.
RETRYABLE_STATUS_CODES = frozenset({408, 429})

# Exceptions after which the request provably never left the client.
_NOT_SENT_ERRORS: tuple[type[BaseException], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)

# Values of X-Ratelimit-Reset below this are read as "seconds from now" rather than an epoch.
_EPOCH_THRESHOLD = 1_000_000_000


def jitter(delay: float) -> float:
    """Randomise a backoff delay to between 75 % and 100 % of itself."""
    return delay * (1.0 - 0.25 * random.random())


@dataclass(frozen=True)
class RetryPolicy:
    """Numbers of the retry schedule. ``max_retries`` is the number of *re*-tries."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    #: Replaces :func:`jitter` for this policy (``lambda d: d`` makes backoff deterministic).
    jitter: Callable[[float], float] | None = None

    def with_max_retries(self, max_retries: int | None) -> RetryPolicy:
        if max_retries is None or max_retries == self.max_retries:
            return self
        return replace(self, max_retries=max_retries)


#: Methods that may be repeated whatever the operation: reads, and writes that set a state
#: (this API's PUT and PATCH replace fields; DELETE of a deleted thing is a 404, not a duplicate).
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})


def is_retry_safe(method: str, *, safe_to_repeat: bool, carries_file: bool) -> bool:
    """May this request be repeated after it may have reached the server? (module docstring)"""
    if carries_file:
        return False
    return method.upper() in _IDEMPOTENT_METHODS or safe_to_repeat


def is_retryable_status(status_code: int) -> bool:
    return status_code in RETRYABLE_STATUS_CODES or status_code >= 500


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or HTTP date), else ``None``.

    ``now`` is the current wall-clock time (epoch seconds), used for the date form.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 7231 dates are GMT
            return None
        seconds = when.timestamp() - now
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def parse_ratelimit_reset(value: str | None, *, now: float) -> float | None:
    """Seconds until ``X-Ratelimit-Reset`` (epoch seconds; small values read as a delta)."""
    if value is None:
        return None
    try:
        reset = float(value.strip())
    except ValueError:
        return None
    if reset != reset:  # NaN
        return None
    seconds = reset - now if reset >= _EPOCH_THRESHOLD else reset
    return max(0.0, seconds)


def server_retry_hint(
    status_code: int, headers: Mapping[str, str] | httpx.Headers, *, now: float
) -> float | None:
    """The wait the server asked for, uncapped: ``Retry-After``, else on 429 the rate-limit reset."""
    hint = parse_retry_after(headers.get("retry-after"), now=now)
    if hint is None and status_code == 429:
        hint = parse_ratelimit_reset(headers.get("x-ratelimit-reset"), now=now)
    return hint


def backoff_delay(attempt: int, policy: RetryPolicy) -> float:
    """Exponential backoff for the ``attempt``-th retry (0-based), jittered."""
    delay = min(policy.initial_delay * (2.0**attempt), policy.max_delay)
    randomise = policy.jitter if policy.jitter is not None else jitter
    return max(0.0, randomise(delay))


def retry_delay(
    *,
    attempt: int,
    policy: RetryPolicy,
    retry_safe: bool,
    status_code: int | None = None,
    headers: Mapping[str, str] | httpx.Headers | None = None,
    error: BaseException | None = None,
    now: float = 0.0,
) -> float | None:
    """Decide whether to retry after a failed attempt, and how long to wait first.

    Pass either ``error`` (an exception from the transport) or ``status_code``/``headers``
    (a non-2xx response). ``attempt`` counts the retries already made (0 after the first try).
    Returns the delay in seconds, or ``None`` to give up and raise.
    """
    if attempt >= policy.max_retries:
        return None
    if error is not None:
        if not isinstance(error, httpx.TransportError):
            return None
        if not retry_safe and not isinstance(error, _NOT_SENT_ERRORS):
            return None
        return backoff_delay(attempt, policy)
    if status_code is None or not is_retryable_status(status_code):
        return None
    headers = headers if headers is not None else {}
    hint = server_retry_hint(status_code, headers, now=now)
    if not retry_safe:
        not_processed = status_code == 429 or (
            status_code == 503 and headers.get("retry-after") is not None
        )
        if not not_processed:
            return None
    if hint is not None:
        return min(hint, policy.max_retry_after)
    return backoff_delay(attempt, policy)
