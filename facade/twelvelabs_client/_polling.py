"""Waiting for a long job (indexing task, embedding task, import) to finish.

The decisions live in :class:`Poller`, a state machine without I/O: it is shown each
object fetched together with the current time, and answers "done" (``None``) or "look again in
so many seconds", or raises :class:`TaskFailedError` / :class:`WaitTimeoutError`. The sync
driver :func:`wait_for` and the async driver :func:`async_wait_for` only fetch, sleep and feed
it, so both behave the same and tests drive them with a fake clock.

Numbers (see :data:`TASK_WAIT`, :data:`EMBED_TASK_WAIT`, :data:`IMPORT_WAIT`):

* indexing and embedding tasks: first look at once, then 1 s, 2 s, 4 s, 8 s, then every 10 s;
  deadline 1 hour (indexing takes from tens of seconds for a short clip to tens of minutes for
  a long video);
* imports: 2 s, 4 s, 8 s, 16 s, then every 30 s; deadline 2 hours.

``poll_interval=`` fixes the interval; ``timeout=`` replaces the deadline (seconds, counted
from the start of the wait, or of the upload for ``create_and_wait``). The last look happens at
the deadline itself, never later: a sleep is cut short to end on it.

The deadline also bounds each look. Its rules live here, in :class:`Deadline`, which the send
path is given with each poll request: the request's timeouts are cut to the time left (at least
:data:`MIN_ATTEMPT_TIMEOUT`), and a retry that would end past the deadline is not taken. A look
that fails that way (a timeout, a connection error, a 429 or 5xx with no time left to retry)
ends the wait with :class:`WaitTimeoutError` (``last``: the last object seen, or ``None``; the
request's error as ``__cause__``): a deadline is a deadline. ``create_and_wait`` counts its
deadline from before its upload (:meth:`Waited.counted_from`).

Other errors from the fetch function propagate at once: the send path has already retried the
transient ones (connection errors, 429, 5xx), so what reaches the poller (400, 401, 403, 404, a
task that disappeared) will not get better by waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Required, TypedDict, TypeVar, Unpack

import httpx

from ._operations import Awaited, Plan
from ._validation import Seconds, check_callable, check_seconds
from .errors import TaskFailedError, TwelveLabsError, WaitTimeoutError, scrub, shown_text

if TYPE_CHECKING:
    from ._async_send import AsyncSender
    from ._send import Sender

__all__ = [
    "ANALYZE_TASK",
    "ANALYZE_TASK_WAIT",
    "ASSET",
    "ASSET_WAIT",
    "EMBEDDING_TASK",
    "EMBED_TASK_WAIT",
    "IMPORT",
    "IMPORT_WAIT",
    "INDEXED_ASSET",
    "INDEXED_ASSET_WAIT",
    "INDEXING_TASK",
    "MIN_ATTEMPT_TIMEOUT",
    "TASK_WAIT",
    "Deadline",
    "DeadlineExceeded",
    "Held",
    "Job",
    "Outcome",
    "Poller",
    "WaitOptions",
    "WaitPolicy",
    "Waited",
    "async_wait_for",
    "cap_timeout",
    "check_wait_options",
    "classify_analyze_task",
    "classify_asset",
    "classify_embed_task",
    "classify_import_status",
    "classify_task",
    "wait_for",
]

T = TypeVar("T")


#: Under a deadline, an attempt's timeouts are cut to the time left, but never below this: the
#: last look of a wait happens at the deadline itself and needs a moment to get its answer.
MIN_ATTEMPT_TIMEOUT = 1.0


class DeadlineExceeded(Exception):
    """A request under a deadline failed because the deadline ran out (internal: the waits
    turn it into :class:`~twelvelabs_client.errors.WaitTimeoutError`).

    ``error`` is the typed error the request would otherwise have raised (a timeout, a
    connection error, or a retryable status such as 503) whose retry did not fit in the time left.
    """

    def __init__(self, error: TwelveLabsError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass(frozen=True)
class Deadline:
    """Finish by ``at`` (a reading of the sender's clock): what a wait gives each poll request.

    The send path asks it two things and knows nothing else about waits."""

    at: float

    def attempt_timeout(self, timeout: httpx.Timeout, now: float) -> httpx.Timeout:
        """``timeout`` cut to the time left, but to no less than :data:`MIN_ATTEMPT_TIMEOUT`."""
        return cap_timeout(timeout, max(self.at - now, MIN_ATTEMPT_TIMEOUT))

    def fits(self, delay: float | None, now: float) -> bool:
        """Whether a retry after ``delay`` seconds starts before the deadline (``False`` also
        when no time is left at all)."""
        return now + (delay or 0.0) < self.at


@dataclass
class Held(Plan[T, Awaited[T]]):
    """A request of a call with ``timeout=`` made outside a wait, held to its deadline:
    running out raises that request's own error (a timeout, a 503...), noted as such."""

    request: Plan[T, Awaited[T]]
    deadline: Deadline

    def _ran_out(self, exc: DeadlineExceeded) -> TwelveLabsError:
        exc.error.add_note("The call's timeout ran out during this request.")
        return exc.error

    def run(self, sender: Sender) -> T:
        try:
            return self.request.bounded(self.deadline).run(sender)
        except DeadlineExceeded as exc:
            raise self._ran_out(exc) from exc.error.__cause__

    async def arun(self, sender: AsyncSender) -> T:
        try:
            return await self.request.bounded(self.deadline).arun(sender)
        except DeadlineExceeded as exc:
            raise self._ran_out(exc) from exc.error.__cause__


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


@dataclass(frozen=True)
class WaitPolicy:
    """Default timing of a kind of wait: backoff from ``initial_interval`` by ``multiplier``
    up to ``max_interval``; give up ``timeout`` seconds after the start."""

    timeout: float
    initial_interval: float
    max_interval: float
    multiplier: float = 2.0


#: Video indexing tasks (``tasks.wait``): 1 s doubling to 10 s, deadline 1 hour.
TASK_WAIT = WaitPolicy(timeout=3600.0, initial_interval=1.0, max_interval=10.0)
#: Video embedding tasks (``embed.tasks.wait``): 1 s doubling to 10 s, deadline 1 hour.
EMBED_TASK_WAIT = WaitPolicy(timeout=3600.0, initial_interval=1.0, max_interval=10.0)
#: Analyze tasks (``analyze.tasks.wait``): 2 s doubling to 15 s, deadline 2 hours (a task
#: may analyze up to two hours of video).
ANALYZE_TASK_WAIT = WaitPolicy(timeout=7200.0, initial_interval=2.0, max_interval=15.0)
#: Imports from an integration (``imports.wait``): 2 s doubling to 30 s, deadline 2 hours.
IMPORT_WAIT = WaitPolicy(timeout=7200.0, initial_interval=2.0, max_interval=30.0)
#: Assets (``assets.wait``): usually ready within seconds to minutes; 1 s doubling to 10 s,
#: deadline 1 hour.
ASSET_WAIT = WaitPolicy(timeout=3600.0, initial_interval=1.0, max_interval=10.0)
#: Indexed assets (``indexed_assets.wait``): as indexing tasks.
INDEXED_ASSET_WAIT = WaitPolicy(timeout=3600.0, initial_interval=1.0, max_interval=10.0)


@dataclass(frozen=True)
class Outcome:
    """What the poller needs to know about one fetched object.

    ``state`` says whether to keep waiting; ``status`` is compared between looks to detect a
    change (``on_update`` is called when it differs); ``detail`` is the error information
    given to :class:`TaskFailedError` when ``state == "failed"``.
    """

    state: Literal["pending", "ready", "failed"]
    status: Hashable
    detail: Any = None


class Poller(Generic[T]):
    """The waiting logic, without I/O.

    Call :meth:`observe` with each fetched object and the clock's time; it returns ``None``
    when the object is finished (the caller returns it) or the number of seconds to sleep
    before the next fetch. It raises :class:`TaskFailedError` when the object failed and
    :class:`WaitTimeoutError` when it is still pending at the deadline.
    """

    def __init__(
        self,
        *,
        classify: Callable[[T], Outcome],
        label: str,
        started_at: float,
        policy: WaitPolicy = TASK_WAIT,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[T], object] | None = None,
    ) -> None:
        timeout, poll_interval = check_wait_options(timeout, poll_interval, on_update)
        timeout = policy.timeout if timeout is None else timeout
        self._classify = classify
        self._label = label
        self._policy = policy
        self._timeout = float(timeout)
        self._deadline = started_at + self._timeout
        self._fixed = poll_interval
        self._next_interval = policy.initial_interval
        self._on_update = on_update
        self._looks = 0
        self._status: Hashable = None
        self.last: T | None = None

    @property
    def deadline(self) -> float:
        return self._deadline

    @property
    def looks(self) -> int:
        """How many objects were observed so far."""
        return self._looks

    def observe(self, obj: T, now: float) -> float | None:
        outcome = self._classify(obj)
        first = self._looks == 0
        self._looks += 1
        self.last = obj
        if first or outcome.status != self._status:
            self._status = outcome.status
            if self._on_update is not None:
                self._on_update(obj)
        if outcome.state == "ready":
            return None
        if outcome.state == "failed":
            detail = outcome.detail
            why = f": {shown_text(detail)}" if detail not in (None, "", [], {}) else "."
            raise TaskFailedError(f"The {self._label} failed{why}", task=obj, detail=detail)
        remaining = self._deadline - now
        if remaining <= 0:
            raise self._timed_out(f"its status is still {_status_text(outcome.status)}")
        return min(self._interval(), remaining)

    def expired(self) -> WaitTimeoutError:
        """The error that ends the wait when a look itself ran into the deadline (its request
        timed out, or its retry would have ended past it); ``last`` may be ``None``."""
        if self._looks:
            why = f"its last known status is {_status_text(self._status)}"
        else:
            why = "no answer came in time"
        return self._timed_out(f"the API did not answer before the deadline ({why})")

    def _timed_out(self, why: str) -> WaitTimeoutError:
        return WaitTimeoutError(
            f"Stopped waiting for the {self._label} after {_seconds(self._timeout)}: {why}. It "
            "keeps running on the server; wait again, or pass a larger timeout=.",
            last=self.last,
            timeout=self._timeout,
        )

    def _interval(self) -> float:
        if self._fixed is not None:
            return self._fixed
        interval = self._next_interval
        self._next_interval = min(
            self._policy.max_interval, self._next_interval * self._policy.multiplier
        )
        return interval


def check_wait_options(
    timeout: Seconds | None, poll_interval: Seconds | None, on_update: object
) -> tuple[float | None, float | None]:
    """Refuse a bad ``timeout=``, ``poll_interval=`` or ``on_update=`` before any work starts
    (an upload...); returns ``timeout`` and ``poll_interval`` in seconds."""
    check_callable("on_update", on_update)
    return (
        None if timeout is None else check_seconds("timeout", timeout, allow_infinite=True),
        None if poll_interval is None else check_seconds("poll_interval", poll_interval),
    )


class WaitOptions(TypedDict, Generic[T], total=False):
    """What a wait is told: ``classify`` reads each object fetched (an :class:`Outcome`),
    ``label`` names it in messages, the rest as for :class:`Poller`."""

    classify: Required[Callable[[T], Outcome]]
    label: Required[str]
    policy: WaitPolicy
    timeout: Seconds | None
    poll_interval: Seconds | None
    on_update: Callable[[T], object] | None


def wait_for(
    fetch: Callable[[Deadline], T],
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], object] = time.sleep,
    started_at: float | None = None,
    **options: Unpack[WaitOptions[T]],
) -> T:
    """Fetch until finished; return the finished object.

    ``fetch(deadline)`` gets the wait's :class:`Deadline` to bound its request; if it raises
    :class:`DeadlineExceeded`, the wait raises :class:`WaitTimeoutError`.
    ``started_at`` (a ``clock()`` reading) lets a caller count work done before the wait (an
    upload) against the same deadline.
    """
    poller = Poller(started_at=clock() if started_at is None else started_at, **options)
    while True:
        try:
            obj = fetch(Deadline(poller.deadline))
        except DeadlineExceeded as exc:
            raise poller.expired() from exc.error
        delay = poller.observe(obj, clock())
        if delay is None:
            return obj
        sleep(delay)


async def async_wait_for(
    fetch: Callable[[Deadline], Awaitable[T]],
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] | None = None,
    started_at: float | None = None,
    **options: Unpack[WaitOptions[T]],
) -> T:
    """The async twin of :func:`wait_for` (same poller, awaited fetch and sleep; ``sleep``
    defaults to ``asyncio.sleep``, imported here so that a sync program never imports asyncio)."""
    if sleep is None:
        import asyncio

        sleep = asyncio.sleep
    poller = Poller(started_at=clock() if started_at is None else started_at, **options)
    while True:
        try:
            obj = await fetch(Deadline(poller.deadline))
        except DeadlineExceeded as exc:
            raise poller.expired() from exc.error
        delay = poller.observe(obj, clock())
        if delay is None:
            return obj
        await sleep(delay)


# --------------------------------------------------------------------------- the plan


class Waited(Plan[T, Awaited[T]]):
    """Fetch ``look()`` until the poller says it is finished. Every look is held to the wait's
    :class:`Deadline` (:meth:`Plan.bounded`), so no poll request or retry outlasts it."""

    no_raw_response = "polls until the work is finished, one request per look (retrieve has one)"

    def __init__(
        self,
        look: Callable[[], Plan[T, Awaited[T]]],
        *,
        started_at: float | None = None,
        **options: Unpack[WaitOptions[T]],
    ) -> None:
        # Checked here, when the wait method is called: a bad option fails before any request.
        check_wait_options(
            options.get("timeout"), options.get("poll_interval"), options.get("on_update")
        )
        self.look = look
        self.started_at = started_at
        self.options = options

    def counted_from(self, started_at: float) -> Waited[T]:
        """This wait with its deadline counted from ``started_at`` (a reading of the sender's
        clock taken before work that shares the deadline, such as an upload)."""
        return Waited(self.look, started_at=started_at, **self.options)

    def run(self, sender: Sender) -> T:
        try:
            return wait_for(
                lambda deadline: self.look().bounded(deadline).run(sender),
                clock=sender.clock,
                sleep=sender.sleep,
                started_at=self.started_at,
                **self.options,
            )
        except TaskFailedError as exc:  # its detail is the server's text: it may echo the key
            scrub(exc, sender._api_key)
            raise

    async def arun(self, sender: AsyncSender) -> T:
        try:
            return await async_wait_for(
                lambda deadline: self.look().bounded(deadline).arun(sender),
                clock=sender.clock,
                sleep=sender.sleep,
                started_at=self.started_at,
                **self.options,
            )
        except TaskFailedError as exc:
            scrub(exc, sender._api_key)
            raise


# --------------------------------------------------------------------------- classifiers
# They read attributes by name, so they work on the generated models and on plain objects.

_IMPORT_BUSY = ("validating", "pending", "queued", "indexing")
_IMPORT_ALL = ("not_imported", *_IMPORT_BUSY, "ready", "failed")
_DETAIL_KEYS = ("error", "error_message", "failure_reason", "errors", "message")


def classify_task(task: Any) -> Outcome:
    """A video indexing task: ``ready`` and ``failed`` are final, anything else (including a
    status this client does not know yet) means keep waiting."""
    status = _status_of(task)
    if status == "ready":
        return Outcome("ready", status)
    if status == "failed":
        return Outcome("failed", status, _failure_detail(task))
    return Outcome("pending", status)


def classify_asset(asset: Any) -> Outcome:
    """An asset (or an indexed asset): ``ready`` and ``failed`` are final; a failed asset's
    ``error.message`` is the detail of the error raised."""
    outcome = classify_task(asset)
    if outcome.state != "failed":
        return outcome
    error = getattr(asset, "error", None)
    message = getattr(error, "message", None)
    return Outcome("failed", outcome.status, message if message else outcome.detail)


def classify_embed_task(task: Any) -> Outcome:
    """A video embedding task: ``processing`` until ``ready`` or ``failed``."""
    return classify_task(task)


def classify_analyze_task(task: Any) -> Outcome:
    """An analyze task: ``ready`` is done; ``failed`` and ``canceled`` end the wait with
    :class:`TaskFailedError` (its ``.task.status`` says which); ``queued``, ``pending``,
    ``processing`` and statuses this client does not know yet mean keep waiting."""
    status = _status_of(task)
    if status == "ready":
        return Outcome("ready", status)
    if status in ("failed", "canceled"):
        message = getattr(getattr(task, "error", None), "message", None)
        detail = message if isinstance(message, str) and message else _failure_detail(task)
        if status == "canceled":
            detail = f"it was canceled ({detail})" if detail else "it was canceled"
        return Outcome("failed", status, detail)
    return Outcome("pending", status)


def classify_import_status(status: Any) -> Outcome:
    """An import: finished when no video is validating, pending, queued or indexing. Videos
    that failed are listed in the returned status's ``failed``; they do not fail the wait."""
    counts = tuple(len(_list_of(status, key)) for key in _IMPORT_ALL)
    busy = any(_list_of(status, key) for key in _IMPORT_BUSY)
    summary = tuple((key, n) for key, n in zip(_IMPORT_ALL, counts, strict=True) if n)
    return Outcome("pending" if busy else "ready", summary)


# --------------------------------------------------------------------------- jobs


@dataclass(frozen=True)
class Job:
    """A kind of long job that a ``wait`` method follows: the noun its messages use, how one
    look at it is read, and the timing of the wait. A resource's ``wait`` is then only its
    look (the retrieve it polls with)::

        look = functools.partial(TasksMethods.retrieve.plan, self, task_id, **options)
        return INDEXING_TASK.waited(task_id, look, timeout=..., poll_interval=..., on_update=...)
    """

    noun: str
    classify: Callable[[Any], Outcome]
    policy: WaitPolicy

    def waited(
        self,
        job_id: str,
        look: Callable[[], Plan[T, Awaited[T]]],
        *,
        timeout: Seconds | None,
        poll_interval: Seconds | None,
        on_update: Callable[[T], object] | None,
    ) -> Waited[T]:
        """The wait for the job ``job_id``, fetching each look with ``look()``."""
        return Waited(
            look,
            classify=self.classify,
            label=f"{self.noun} {job_id!r}",
            policy=self.policy,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )


#: ``tasks.wait``.
INDEXING_TASK = Job("indexing task", classify_task, TASK_WAIT)
#: ``embed.tasks.wait`` and ``embed.v2.tasks.wait``.
EMBEDDING_TASK = Job("embedding task", classify_embed_task, EMBED_TASK_WAIT)
#: ``analyze.tasks.wait``.
ANALYZE_TASK = Job("analyze task", classify_analyze_task, ANALYZE_TASK_WAIT)
#: ``imports.wait``.
IMPORT = Job("import from integration", classify_import_status, IMPORT_WAIT)
#: ``assets.wait``.
ASSET = Job("asset", classify_asset, ASSET_WAIT)
#: ``indexed_assets.wait``.
INDEXED_ASSET = Job("indexed asset", classify_asset, INDEXED_ASSET_WAIT)


def _status_of(obj: Any) -> str | None:
    status = getattr(obj, "status", None)
    if status is None and isinstance(obj, dict):
        status = obj.get("status")
    if status is None or not isinstance(status, str):
        return None
    return str(status.value) if hasattr(status, "value") else status


def _list_of(obj: Any, key: str) -> list[Any]:
    value = obj.get(key) if isinstance(obj, dict) else getattr(obj, key, None)
    return list(value) if isinstance(value, list | tuple) else []


def _failure_detail(obj: Any) -> Any:
    """The failure reason: ``error.message`` when the object carries ``error: {"message": ...}``
    (the shape of later API releases; the 2025 objects name no field), else the first of
    :data:`_DETAIL_KEYS` that is set, as it came."""
    detail = _first_detail(obj)
    message = (
        detail.get("message") if isinstance(detail, dict) else getattr(detail, "message", None)
    )
    return message if isinstance(message, str) and message else detail


def _first_detail(obj: Any) -> Any:
    extra = getattr(obj, "additional_properties", None)
    sources = [obj if isinstance(obj, dict) else None, extra if isinstance(extra, dict) else None]
    for source in sources:
        if source is None:
            continue
        for key in _DETAIL_KEYS:
            value = source.get(key)
            if value not in (None, "", [], {}):
                return value
    for key in _DETAIL_KEYS:
        value = getattr(obj, key, None)
        if (isinstance(value, str | dict | list) and value) or hasattr(value, "message"):
            return value
    return None


def _seconds(value: float) -> str:
    if math.isinf(value):
        return "forever"
    if value >= 120 and value % 60 == 0:
        return f"{value / 60:g} minutes"
    return f"{value:g} s"


def _status_text(status: Hashable) -> str:
    if isinstance(status, tuple):
        return ", ".join(f"{n} {key}" for key, n in status) or "empty"
    return repr(status)
