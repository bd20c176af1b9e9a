"""One definition per API method, run by the sync and the async client alike.

A resource method is written once, in a class both ``Tasks`` and ``AsyncTasks`` inherit, as a
*builder*: it validates its arguments, builds the request with the generated ``_get_kwargs``
and returns a plan of what to send, without sending anything. :func:`api_method` turns the
builder into the public method: on a sync resource it runs the plan and returns the result,
on an async resource it returns what ``await`` (or ``async for`` / ``async with``) needs::

    class TasksMethods(ResourceBase):
        @api_method
        def retrieve(self, task_id: str, *, ...) -> Prepared[Task]:
            ids(task_id=task_id)
            return self._prepare(retrieve_task._get_kwargs(task_id), Task.from_dict, ...)

    client.tasks.retrieve("t1")              # Task
    await async_client.tasks.retrieve("t1")  # Task

The plans (all without I/O until run):

* :class:`Prepared` one request -> the parsed model (``await``-ed in async);
* :class:`Paged` a list endpoint -> :class:`~._pagination.SyncPager` / ``AsyncPager``;
* :class:`Streamed` streamed generation -> ``GenerateStream`` / ``AsyncGenerateStream``;
* :class:`Waited` polling -> the finished object (via :mod:`._polling`'s two drivers);
* :class:`Searched` a search -> ``SearchResults`` / (awaited) ``AsyncSearchResults``;
* :class:`Then` one plan, then another built from its result (``create_and_wait``);
* :class:`ClockReading` the sender's clock (where ``create_and_wait``'s deadline starts).

Validation runs when the method is called (also in async, before anything is awaited).
"""

from __future__ import annotations

import abc
import contextlib
import dataclasses
import functools
import inspect
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

import httpx

from ._pagination import AsyncPager, SyncPager
from ._polling import TASK_WAIT, Outcome, WaitPolicy, async_wait_for, wait_for
from ._search_results import AsyncSearchResults, SearchResults
from ._send import RequestKwargs, TimeoutArg
from ._streaming import AsyncGenerateStream, GenerateStream
from ._validation import Seconds

if TYPE_CHECKING:
    from ._async_send import AsyncSender
    from ._send import Sender

__all__ = [
    "AsyncResource",
    "ClockReading",
    "Paged",
    "Plan",
    "Prepared",
    "ResourceBase",
    "Searched",
    "Streamed",
    "SyncResource",
    "Then",
    "Waited",
    "api_method",
]

P = ParamSpec("P")
T = TypeVar("T")
U = TypeVar("U")
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
class Prepared(Plan[T, Awaited[T]]):
    """One request: generated kwargs, the parser of its 2xx body, whether a retry may repeat
    it, per-call options, the uploads to close once it is done (sent or not), and an optional
    deadline (a sender clock reading) that bounds it, retries included."""

    kwargs: RequestKwargs
    parse: Callable[[httpx.Response], T]
    retry_safe: bool
    request_timeout: TimeoutArg = None
    max_retries: int | None = None
    uploads: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)
    deadline: float | None = None

    def bounded(self, deadline: float) -> Prepared[T]:
        return dataclasses.replace(self, deadline=deadline)

    def run(self, sender: Sender) -> T:
        with self.uploads:
            return sender.request(
                self.kwargs,
                parse=self.parse,
                retry_safe=self.retry_safe,
                request_timeout=self.request_timeout,
                max_retries=self.max_retries,
                deadline=self.deadline,
            )

    async def arun(self, sender: AsyncSender) -> T:
        with self.uploads:
            return await sender.request(
                self.kwargs,
                parse=self.parse,
                retry_safe=self.retry_safe,
                request_timeout=self.request_timeout,
                max_retries=self.max_retries,
                deadline=self.deadline,
            )


@dataclass
class Then(Plan[U, Awaited[U]], Generic[T, U]):
    """``first``, then the plan ``after(result of first)`` (its result is the result)."""

    first: Plan[T, Awaited[T]]
    after: Callable[[T], Plan[U, Awaited[U]]]

    def run(self, sender: Sender) -> U:
        return self.after(self.first.run(sender)).run(sender)

    async def arun(self, sender: AsyncSender) -> U:
        return await self.after(await self.first.arun(sender)).arun(sender)


@dataclass
class Paged(Plan[SyncPager[PageT, ItemT], AsyncPager[PageT, ItemT]]):
    """A list endpoint: ``page(number)`` is the request of one page."""

    page: Callable[[int], Prepared[PageT]]
    first_page: int = 1

    def run(self, sender: Sender) -> SyncPager[PageT, ItemT]:
        return SyncPager(lambda number: self.page(number).run(sender), first_page=self.first_page)

    def arun(self, sender: AsyncSender) -> AsyncPager[PageT, ItemT]:
        return AsyncPager(lambda number: self.page(number).arun(sender), first_page=self.first_page)


class ClockReading(Plan[float, Awaited[float]]):
    """A plan without I/O: the sender's clock when it runs. ``create_and_wait`` starts its
    deadline with it, so an async call awaited later does not start the clock early."""

    def run(self, sender: Sender) -> float:
        return sender.clock()

    async def arun(self, sender: AsyncSender) -> float:
        return sender.clock()


@dataclass
class Streamed(Plan[GenerateStream, AsyncGenerateStream]):
    """A streamed response, opened when the stream's ``with`` block starts."""

    kwargs: RequestKwargs
    request_timeout: TimeoutArg = None
    max_retries: int | None = None

    def run(self, sender: Sender) -> GenerateStream:
        return GenerateStream(lambda: sender.stream(self.kwargs, **self._options()))

    def arun(self, sender: AsyncSender) -> AsyncGenerateStream:
        return AsyncGenerateStream(lambda: sender.stream(self.kwargs, **self._options()))

    def _options(self) -> dict[str, Any]:
        return {"request_timeout": self.request_timeout, "max_retries": self.max_retries}


@dataclass
class Waited(Plan[T, Awaited[T]]):
    """Fetch ``look()`` until :mod:`._polling` says it is finished (``started_at``: a clock
    reading when the deadline started earlier, e.g. before an upload). Every look is bounded by
    the wait's deadline (:meth:`Plan.bounded`), so no poll request or retry outlasts it."""

    look: Callable[[], Plan[T, Awaited[T]]]
    classify: Callable[[T], Outcome]
    label: str
    policy: WaitPolicy = TASK_WAIT
    timeout: Seconds | None = None
    poll_interval: Seconds | None = None
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
        signature = inspect.signature(build)
        self._signature = signature.replace(
            parameters=list(signature.parameters.values())[1:],
            return_annotation=inspect.Signature.empty,
        )

    @overload
    def __get__(self, obj: None, owner: type) -> api_method[P, S, A]: ...
    @overload
    def __get__(self, obj: SyncResource, owner: type) -> Callable[P, S]: ...
    @overload
    def __get__(self, obj: AsyncResource, owner: type) -> Callable[P, A]: ...

    def __get__(self, obj: ResourceBase | None, owner: type) -> Any:
        if obj is None:
            return self
        build = self.build
        if isinstance(obj, SyncResource):

            def method(*args: Any, **kwargs: Any) -> Any:
                return build(obj, *args, **kwargs).run(obj._sender)

        elif isinstance(obj, AsyncResource):

            def method(*args: Any, **kwargs: Any) -> Any:
                return build(obj, *args, **kwargs).arun(obj._sender)

        else:
            raise TypeError(f"{type(obj).__name__} is neither a sync nor an async resource")
        functools.update_wrapper(method, build)
        method.__signature__ = self._signature  # type: ignore[attr-defined]
        return method

    def plan(self, obj: ResourceBase, /, *args: P.args, **kwargs: P.kwargs) -> Plan[S, A]:
        """The plan of this method for ``obj`` (sync or async alike), without running it."""
        return self.build(obj, *args, **kwargs)
