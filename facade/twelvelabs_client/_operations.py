"""Plans: what an API method will do, run by the sync or the async sender alike.

A resource method is written once (see :mod:`.resources._base` for how) as a *builder* that
checks its arguments and returns a plan; :func:`api_method` runs the plan with the sync sender
(the result) or the async one (what ``await``, ``async for`` or ``async with`` needs). The plans:

* :class:`Request` one request -> its parsed answer;
* :class:`Paged` a page-number list -> ``SyncPager`` / ``AsyncPager``;
* :class:`Searched` a search -> ``SearchResults`` / (awaited) ``AsyncSearchResults``;
* :class:`Streamed` streamed generation -> ``GenerateStream`` / ``AsyncGenerateStream``;
* :class:`Waited` polling until a job is finished -> the finished object;
* :class:`Steps` several plans in a row, written as one generator (``create_and_wait``).

Building a plan does no I/O and holds no resource: a file is opened when its request is sent.
"""

from __future__ import annotations

import abc
import contextlib
import dataclasses
import functools
import inspect
from collections.abc import Callable, Coroutine, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from ._pagination import AsyncPager, SyncPager
from ._polling import TASK_WAIT, Outcome, WaitPolicy, async_wait_for, wait_for
from ._search_results import AsyncSearchResults, SearchResults
from ._send import CallOptions, RequestKwargs
from ._streaming import AsyncGenerateStream, GenerateStream
from ._uploads import Uploads

if TYPE_CHECKING:
    from ._async_send import AsyncSender
    from ._send import Sender

__all__ = [
    "AsyncResource",
    "Paged",
    "Plan",
    "Request",
    "ResourceBase",
    "Searched",
    "Steps",
    "Streamed",
    "SyncResource",
    "Waited",
    "api_method",
]

P = ParamSpec("P")
T = TypeVar("T")
S = TypeVar("S", covariant=True)
A = TypeVar("A", covariant=True)
PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


class Plan(abc.ABC, Generic[S, A]):
    """What a method will do: :meth:`run` does it with the sync sender (result ``S``),
    :meth:`arun` with the async sender (result ``A``, usually a coroutine)."""

    @abc.abstractmethod
    def run(self, sender: Sender) -> S: ...

    @abc.abstractmethod
    def arun(self, sender: AsyncSender) -> A: ...

    def bounded(self, deadline: float) -> Plan[S, A]:
        """This plan with its request cut short at ``deadline`` (a reading of the sender's
        clock; see :class:`~._send.Attempts`). Only single requests can be bounded."""
        raise TypeError(f"a {type(self).__name__} plan cannot be bounded by a deadline")

    def counted_from(self, started_at: float) -> Plan[S, A]:
        """This wait with its deadline counted from ``started_at`` (a reading of the sender's
        clock taken before work that shares the deadline, such as an upload). Only waits."""
        raise TypeError(f"a {type(self).__name__} plan has no deadline to count")


Awaited = Coroutine[Any, Any, T]


@dataclass
class Request(Plan[T, Awaited[T]]):
    """One request: the generated request kwargs, the parser of its 2xx answer, the per-call
    options, whether a POST may be repeated (see :func:`~._retry.is_retry_safe`), the uploads
    to open while it is sent, and an optional deadline (a sender clock reading) that bounds
    it, retries included."""

    kwargs: RequestKwargs
    parse: Callable[[httpx.Response], T]
    options: CallOptions = field(default_factory=lambda: CallOptions())
    safe_to_repeat: bool = False
    uploads: Uploads = field(default_factory=Uploads)
    deadline: float | None = None

    def bounded(self, deadline: float) -> Request[T]:
        return dataclasses.replace(self, deadline=deadline)

    def run(self, sender: Sender) -> T:
        with self.uploads:
            return sender.request(
                self.kwargs,
                parse=self.parse,
                options=self.options,
                safe_to_repeat=self.safe_to_repeat,
                deadline=self.deadline,
            )

    async def arun(self, sender: AsyncSender) -> T:
        with self.uploads:
            return await sender.request(
                self.kwargs,
                parse=self.parse,
                options=self.options,
                safe_to_repeat=self.safe_to_repeat,
                deadline=self.deadline,
            )


#: What a :class:`Steps` generator is: it yields plans, gets each one's result back, and
#: returns the result of the whole.
StepsGenerator = Generator[Plan[Any, Any], Any, T]


@dataclass
class Steps(Plan[T, Awaited[T]]):
    """Plans run one after the other, written as plain sequential code::

        def steps(started_at: float) -> StepsGenerator[Task]:
            created = yield TasksMethods.create.plan(self, index_id, video_file=video_file)
            return (yield TasksMethods.wait.plan(self, created.id).counted_from(started_at))

        return Steps(steps)

    ``steps(started_at)`` gets the sender's clock reading when the plan starts to run (so an
    async call awaited later does not start its deadline early); each ``yield plan`` runs that
    plan with the same sender and evaluates to its result."""

    steps: Callable[[float], StepsGenerator[T]]

    def run(self, sender: Sender) -> T:
        steps = self.steps(sender.clock())
        result: Any = None
        with contextlib.closing(steps):
            while True:
                try:
                    plan = steps.send(result)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                result = plan.run(sender)

    async def arun(self, sender: AsyncSender) -> T:
        steps = self.steps(sender.clock())
        result: Any = None
        with contextlib.closing(steps):
            while True:
                try:
                    plan = steps.send(result)
                except StopIteration as done:
                    return done.value  # type: ignore[no-any-return]
                result = await plan.arun(sender)


@dataclass
class Paged(Plan[SyncPager[PageT, ItemT], AsyncPager[PageT, ItemT]]):
    """A list endpoint: ``page(number)`` is the request of one page."""

    page: Callable[[int], Request[PageT]]
    first_page: int = 1

    def run(self, sender: Sender) -> SyncPager[PageT, ItemT]:
        return SyncPager(lambda number: self.page(number).run(sender), first_page=self.first_page)

    def arun(self, sender: AsyncSender) -> AsyncPager[PageT, ItemT]:
        return AsyncPager(lambda number: self.page(number).arun(sender), first_page=self.first_page)


@dataclass
class Streamed(Plan[GenerateStream, AsyncGenerateStream]):
    """A streamed response, opened when the stream's ``with`` block starts."""

    kwargs: RequestKwargs
    options: CallOptions = field(default_factory=lambda: CallOptions())
    safe_to_repeat: bool = False

    def run(self, sender: Sender) -> GenerateStream:
        return GenerateStream(
            lambda: sender.stream(
                self.kwargs, options=self.options, safe_to_repeat=self.safe_to_repeat
            )
        )

    def arun(self, sender: AsyncSender) -> AsyncGenerateStream:
        return AsyncGenerateStream(
            lambda: sender.stream(
                self.kwargs, options=self.options, safe_to_repeat=self.safe_to_repeat
            )
        )


@dataclass
class Waited(Plan[T, Awaited[T]]):
    """Fetch ``look()`` until :mod:`._polling` says it is finished (``started_at``: a clock
    reading when the deadline started earlier, e.g. before an upload). Every look is bounded by
    the wait's deadline (:meth:`Plan.bounded`), so no poll request or retry outlasts it."""

    look: Callable[[], Plan[T, Awaited[T]]]
    classify: Callable[[T], Outcome]
    label: str
    policy: WaitPolicy = TASK_WAIT
    timeout: float | None = None
    poll_interval: float | None = None
    on_update: Callable[[T], object] | None = None
    started_at: float | None = None

    def counted_from(self, started_at: float) -> Waited[T]:
        return dataclasses.replace(self, started_at=started_at)

    def run(self, sender: Sender) -> T:
        options = self._options(sender.clock)
        done: T = wait_for(
            lambda deadline: self.look().bounded(deadline).run(sender),
            sleep=sender.sleep,
            **options,
        )
        return done

    async def arun(self, sender: AsyncSender) -> T:
        options = self._options(sender.clock)
        done: T = await async_wait_for(
            lambda deadline: self.look().bounded(deadline).arun(sender),
            sleep=sender.sleep,
            **options,
        )
        return done

    def _options(self, clock: Callable[[], float]) -> dict[str, Any]:
        return {
            "classify": self.classify,
            "label": self.label,
            "policy": self.policy,
            "timeout": self.timeout,
            "poll_interval": self.poll_interval,
            "on_update": self.on_update,
            "clock": clock,
            "started_at": self.started_at,
        }


@dataclass
class Searched(Plan[SearchResults[PageT, ItemT], Awaited[AsyncSearchResults[PageT, ItemT]]]):
    """A search: the first request now, ``page(token)`` for each further page."""

    first: Plan[PageT, Awaited[PageT]]
    page: Callable[[str], Plan[PageT, Awaited[PageT]]]
    max_results: int | None = None

    def run(self, sender: Sender) -> SearchResults[PageT, ItemT]:
        first = self.first.run(sender)
        return SearchResults(
            first, lambda token: self.page(token).run(sender), max_results=self.max_results
        )

    async def arun(self, sender: AsyncSender) -> AsyncSearchResults[PageT, ItemT]:
        first = await self.first.arun(sender)
        return AsyncSearchResults(
            first, lambda token: self.page(token).arun(sender), max_results=self.max_results
        )


# --------------------------------------------------------------------------- resources


class ResourceBase:
    """Base of the shared method classes: holds the sender (sync or async)."""

    _sender: Sender | AsyncSender

    def __init__(self, sender: Sender | AsyncSender) -> None:
        self._sender = sender


class SyncResource(ResourceBase):
    """A namespace of the sync client: its :func:`api_method` methods run their plans."""

    _sender: Sender

    def __init__(self, sender: Sender) -> None:
        super().__init__(sender)


class AsyncResource(ResourceBase):
    """A namespace of the async client: its :func:`api_method` methods return awaitables."""

    _sender: AsyncSender

    def __init__(self, sender: AsyncSender) -> None:
        super().__init__(sender)


class api_method(Generic[P, S, A]):
    """Turns a builder ``(self, ...) -> Plan[S, A]`` into a method returning ``S`` on a
    :class:`SyncResource` and ``A`` on an :class:`AsyncResource`. A builder that needs another
    method's plan asks for it explicitly: ``TasksMethods.retrieve.plan(self, task_id)``."""

    def __init__(self, build: Callable[Concatenate[Any, P], Plan[S, A]]) -> None:
        self.build = build
        functools.update_wrapper(self, build)  # type: ignore[arg-type]
        # What help() and IDEs show for the bound method: the arguments without ``self``, and
        # no return annotation (the builder's is the plan, not what the caller gets).
        # ``**options: Unpack[CallOptions]`` is shown as the keywords it stands for.
        signature = inspect.signature(build)
        parameters = list(signature.parameters.values())[1:]
        if parameters and parameters[-1].kind is inspect.Parameter.VAR_KEYWORD:
            parameters[-1:] = [
                inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=t)
                for name, t in CallOptions.__annotations__.items()
            ]
        self._signature = signature.replace(
            parameters=parameters, return_annotation=inspect.Signature.empty
        )
        # ``**options`` takes any keyword at run time: a misspelt option must still fail.
        self._keywords = frozenset(p.name for p in parameters)

    @overload
    def __get__(self, obj: None, owner: type) -> api_method[P, S, A]: ...
    @overload
    def __get__(self, obj: SyncResource, owner: type) -> Callable[P, S]: ...
    @overload
    def __get__(self, obj: AsyncResource, owner: type) -> Callable[P, A]: ...

    def __get__(self, obj: ResourceBase | None, owner: type) -> Any:
        if obj is None:
            return self
        build = self._checked
        if isinstance(obj, SyncResource):

            def method(*args: Any, **kwargs: Any) -> Any:
                return build(obj, *args, **kwargs).run(obj._sender)

        elif isinstance(obj, AsyncResource):

            def method(*args: Any, **kwargs: Any) -> Any:
                return build(obj, *args, **kwargs).arun(obj._sender)

        else:
            raise TypeError(f"{type(obj).__name__} is neither a sync nor an async resource")
        functools.update_wrapper(method, self.build)
        method.__signature__ = self._signature  # type: ignore[attr-defined]
        return method

    def plan(self, obj: ResourceBase, /, *args: P.args, **kwargs: P.kwargs) -> Plan[S, A]:
        """The plan of this method for ``obj`` (sync or async alike), without running it."""
        return self._checked(obj, *args, **kwargs)

    def _checked(self, obj: ResourceBase, /, *args: Any, **kwargs: Any) -> Plan[S, A]:
        unknown = kwargs.keys() - self._keywords
        if unknown:
            raise TypeError(
                f"{self.build.__name__}() got an unexpected keyword argument {min(unknown)!r}"
            )
        return self.build(obj, *args, **kwargs)
