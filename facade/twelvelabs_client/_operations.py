"""Plans: what an API method will do, run by the sync or the async sender alike.

A resource method is written once (see :mod:`.resources._base` for how) as a *builder* that
checks its arguments and returns a plan; :func:`api_method` runs the plan with the sync sender
(the result) or the async one (what ``await``, ``async for`` or ``async with`` needs). The plans:

* :class:`Request` one request -> its parsed answer;
* :class:`~._paging.Paged` a page-number list -> ``SyncPager`` / ``AsyncPager``;
* :class:`~._paging.Searched` a search -> ``SearchResults`` / (awaited) ``AsyncSearchResults``;
* :class:`~._streaming.Streamed` streamed generation -> ``GenerateStream`` / ``AsyncGenerateStream``;
* :class:`~._polling.Waited` polling until a job is finished -> the finished object;
* :class:`Steps` several plans in a row, written as one generator (``create_and_wait``).

Building a plan does no I/O and holds no resource: a file is opened when its request is sent.
"""

from __future__ import annotations

import abc
import dataclasses
import functools
import inspect
from collections.abc import Callable, Coroutine, Generator
from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Concatenate,
    ForwardRef,
    Generic,
    ParamSpec,
    TypeVar,
    overload,
)

import httpx

from ._config import CallOptions, RequestKwargs
from ._responses import RawResponse
from ._uploads import Uploads

if TYPE_CHECKING:
    from ._async_send import AsyncSender
    from ._polling import Deadline
    from ._send import Sender

__all__ = [
    "AsyncResource",
    "Plan",
    "Request",
    "ResourceBase",
    "Steps",
    "SyncResource",
    "api_method",
    "namespace",
]

P = ParamSpec("P")
T = TypeVar("T")
S = TypeVar("S", covariant=True)
A = TypeVar("A", covariant=True)


class Plan(abc.ABC, Generic[S, A]):
    """What a method will do: :meth:`run` does it with the sync sender (result ``S``),
    :meth:`arun` with the async sender (result ``A``, usually a coroutine)."""

    #: Why ``client.with_raw_response`` has nothing for a method returning this plan (it
    #: completes "... has no raw response: it ..."), or ``None`` when :meth:`raw` has a variant.
    no_raw_response: ClassVar[str | None] = "sends more than one request"

    @abc.abstractmethod
    def run(self, sender: Sender) -> S: ...

    @abc.abstractmethod
    def arun(self, sender: AsyncSender) -> A: ...

    def bounded(self, deadline: Deadline) -> Plan[S, A]:
        """This plan with its request held to ``deadline`` (see :class:`~._polling.Deadline`).
        Only single requests (and page-number lists, page by page) can be bounded."""
        raise TypeError(f"a {type(self).__name__} plan cannot be bounded by a deadline")

    def raw(self) -> Plan[Any, Any]:
        """This plan answering a :class:`~._responses.RawResponse` (``client.with_raw_response``);
        only plans of one request have one."""
        raise TypeError(f"it {self.no_raw_response}")

    def counted_from(self, started_at: float) -> Plan[S, A]:
        """This wait with its deadline counted from ``started_at`` (a reading of the sender's
        clock taken before work that shares the deadline, such as an upload). Only waits."""
        raise TypeError(f"a {type(self).__name__} plan has no deadline to count")


Awaited = Coroutine[Any, Any, T]


@dataclass
class Request(Plan[T, Awaited[T]]):
    """One request: the generated request kwargs, the parser of its 2xx answer, the per-call
    options, whether a POST may be repeated (see :func:`~._retry.is_retry_safe`), the uploads
    to open while it is sent, the deadline of the wait it polls for, if any (it bounds the
    request, retries included), and whether its answer may carry embeddings (its size cap is
    then the client's ``max_response_bytes``)."""

    kwargs: RequestKwargs
    parse: Callable[[httpx.Response], T]
    options: CallOptions = field(default_factory=lambda: CallOptions())
    safe_to_repeat: bool = False
    uploads: Uploads = field(default_factory=Uploads)
    deadline: Deadline | None = None
    carries_embeddings: bool = False

    no_raw_response = None

    def bounded(self, deadline: Deadline) -> Request[T]:
        return dataclasses.replace(self, deadline=deadline)

    def raw(self) -> Request[RawResponse[T]]:
        """The same request, answering the response with this plan's parser for ``.parse()``."""
        parse = self.parse
        return Request(
            self.kwargs,
            lambda response: RawResponse(response, parse),
            self.options,
            safe_to_repeat=self.safe_to_repeat,
            uploads=self.uploads,
            deadline=self.deadline,
        )

    def run(self, sender: Sender) -> T:
        with self.uploads:
            return sender.request(self)

    async def arun(self, sender: AsyncSender) -> T:
        with self.uploads:
            return await sender.request(self)


class ClockNow(Plan[float, Awaited[float]]):
    """No request: the sender's clock when a :class:`Steps` generator yields it (a deadline
    that starts after an earlier step of unknown length, such as an upload)."""

    no_raw_response = "sends no request"

    def run(self, sender: Sender) -> float:
        return sender.clock()

    async def arun(self, sender: AsyncSender) -> float:
        return sender.clock()


#: What a :class:`Steps` generator is: it yields plans, gets each one's result back, and
#: returns the result of the whole.
StepsGenerator = Generator[Plan[Any, Any], Any, T]


@dataclass
class Steps(Plan[T, Awaited[T]]):
    """Plans run one after the other, written as plain sequential code::

        create = TasksMethods.create.plan(self, index_id, video_file=video_file)

        def steps(started_at: float) -> StepsGenerator[Task]:
            created = yield create
            return (yield TasksMethods.wait.plan(self, created.id).counted_from(started_at))

        return Steps(steps)

    ``steps(started_at)`` gets the sender's clock reading when the plan starts to run (so an
    async call awaited later does not start its deadline early); each ``yield plan`` runs that
    plan with the same sender and evaluates to its result."""

    steps: Callable[[float], StepsGenerator[T]]
    no_raw_response = "sends several requests in a row (call the steps one by one for theirs)"

    def run(self, sender: Sender) -> T:
        with _Stepping(self.steps(sender.clock())) as stepping:
            for plan in stepping:
                stepping.result = plan.run(sender)
        return stepping.value

    async def arun(self, sender: AsyncSender) -> T:
        with _Stepping(self.steps(sender.clock())) as stepping:
            for plan in stepping:
                stepping.result = await plan.arun(sender)
        return stepping.value


class _Stepping(Generic[T]):
    """One run of a :class:`Steps` generator, driven alike by both senders: iterating gives
    the next plan (the generator is sent :attr:`result`, the previous plan's result); when the
    generator returns, :attr:`value` is what it returned. Leaving the ``with`` block closes the
    generator (its ``finally`` runs also when a step raised)."""

    def __init__(self, steps: StepsGenerator[T]) -> None:
        self._steps = steps
        self.result: Any = None
        self.value: T

    def __enter__(self) -> _Stepping[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._steps.close()

    def __iter__(self) -> _Stepping[T]:
        return self

    def __next__(self) -> Plan[Any, Any]:
        try:
            return self._steps.send(self.result)
        except StopIteration as done:
            self.value = done.value
            raise StopIteration from None


# --------------------------------------------------------------------------- resources


class ResourceBase:
    """Base of the shared method classes: holds the sender (sync or async)."""

    _sender: Sender | AsyncSender

    def __init__(self, sender: Sender | AsyncSender) -> None:
        self._sender = sender
        self._bound_methods: dict[api_method[Any, Any, Any], Callable[..., Any]] = {}


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


N = TypeVar("N", bound=ResourceBase)


class namespace(Generic[N]):
    """A namespace inside a namespace (``client.analyze.tasks``), declared on the sync class
    with its sync type and on the async class with its async twin
    (``tasks = namespace(AnalyzeTasks)``); built with the parent's sender on first use."""

    def __init__(self, namespace_type: type[N]) -> None:
        self._type = namespace_type
        self._name = ""
        self.__doc__ = f":class:`{namespace_type.__name__}`: {namespace_type.__doc__ or ''}"

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return f"namespace({self._type.__name__})"

    @overload
    def __get__(self, parent: None, owner: type) -> namespace[N]: ...
    @overload
    def __get__(self, parent: ResourceBase, owner: type) -> N: ...
    def __get__(self, parent: ResourceBase | None, owner: type) -> namespace[N] | N:
        if parent is None:
            return self
        child = self._type(parent._sender)
        vars(parent)[self._name] = child  # the same object on every later access
        return child


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
                inspect.Parameter(
                    name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_text(kind)
                )
                for name, kind in CallOptions.__annotations__.items()
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
        # Built once per namespace and method: a call pays one dictionary lookup here, not a
        # new closure with its wrapper attributes copied (README, Performance: W1).
        bound = obj._bound_methods.get(self)
        if bound is None:
            bound = obj._bound_methods[self] = self._bind(obj)
        return bound

    def _bind(self, obj: ResourceBase) -> Callable[..., Any]:
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


def _text(annotation: Any) -> Any:
    """An annotation as the text written in the source, like the builder's own annotations."""
    return annotation.__forward_arg__ if isinstance(annotation, ForwardRef) else annotation
