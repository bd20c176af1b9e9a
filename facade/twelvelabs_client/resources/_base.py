"""How a resource method is written, and the helpers every resource namespace shares.

A namespace's methods are written once, in a class both the sync and the async namespace
inherit (``class Tasks(SyncResource, TasksMethods)``, ``class AsyncTasks(AsyncResource,
TasksMethods)``). Each method is a *builder* decorated with :func:`api_method`: it checks its
arguments (an :class:`~twelvelabs_client.errors.InvalidInputError` at call time, also in async),
builds the request with the generated ``request_kwargs`` of its operation, and returns a plan
(:mod:`.._operations`); the sync client runs the plan, the async client returns an awaitable.
Per-call options come in as ``**options: Unpack[CallOptions]`` and are handed on as one value.
An argument taking one of the spec's enum values is typed with its ``Literal`` alias from
:mod:`..types` (``group_by: GroupByValue | None``) and still checked at run time (``opt_enum``).
Every one-request method gets ``client.with_raw_response`` from its ``Request`` plan
(:mod:`.._raw`): nothing to write per method.

An endpoint method (one request, the answer parsed into a generated model)::

    @api_method
    def retrieve(self, task_id: str, **options: Unpack[CallOptions]) -> Request[Task]:
        check_ids(task_id=task_id)
        return self._request(retrieve_task.request_kwargs(task_id), Task.from_dict, options)

A POST is never repeated once it may have reached the server, unless it declares that it
creates nothing: ``self._request(..., options, safe_to_repeat=True)`` (search, generate).
A file argument becomes a part through ``uploads = self._uploads()``; the file is checked
now and opened only when the request is sent::

    uploads = self._uploads()
    body = CreateTaskRequest(index_id=index_id, video_file=uploads.part("video_file", video_file))
    return self._request(create_task.request_kwargs(body=body), CreateTaskResponse.from_dict,
                         options, uploads=uploads)

A page-number list (a pager; ``page`` is the first page to fetch, ``page_limit`` is checked
and sent with every page)::

    return self._paged(list_tasks.request_kwargs, filters, TaskList.from_dict, options,
                       page=page, page_limit=page_limit)

A namespace inside a namespace (``client.analyze.tasks``) is declared on the sync class with its
sync type and on the async class with its async twin: ``tasks = namespace(AnalyzeTasks)``.

A wait (poll a method's plan until its :class:`~.._polling.Job` says it is finished; the job
names it, reads each look and holds the timing)::

    look = functools.partial(TasksMethods.retrieve.plan, self, task_id, **options)
    return INDEXING_TASK.waited(task_id, look, timeout=timeout, poll_interval=poll_interval,
                                on_update=on_update)

A ``create_and_wait`` (its arguments are all checked before the first step, as for any
method; the one deadline is counted from the start of the create, so it covers the upload)::

    creating, waiting = wait_arguments(locals())
    create = TasksMethods.create.plan(self, **creating)
    return create_then_wait(create, lambda created: TasksMethods.wait.plan(self, created.id,
                                                                          **waiting))

Steps that do more are plain sequential code (each ``yield`` runs a plan and gives its result;
``started_at`` is the clock reading when the call starts)::

    def steps(started_at: float) -> StepsGenerator[Task]:
        created = yield create
        waited = TasksMethods.wait.plan(self, created.id, **waiting)
        task: Task = yield waited.counted_from(started_at)
        return task
    return Steps(steps)
"""

from __future__ import annotations

import datetime as dt
import enum
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from twelvelabs_generated.models import SortBy, SortOption
from twelvelabs_generated.types import UNSET, Unset

from .._config import CallOptions, RequestKwargs, TimeoutArg
from .._json import dumps, loads
from .._operations import (
    AsyncResource,
    Plan,
    Request,
    ResourceBase,
    Steps,
    StepsGenerator,
    SyncResource,
    api_method,
)
from .._paging import Paged, Searched
from .._polling import Waited, check_wait_options
from .._responses import model_parser
from .._streaming import Streamed
from .._uploads import Uploads
from .._validation import (
    check_bool,
    check_enum,
    check_enum_list,
    check_finite_json,
    check_id,
    check_int,
    check_number,
    check_page,
    check_page_limit,
    check_user_metadata,
    date_param,
)
from ..errors import InvalidInputError

__all__ = [
    "AsyncResource",
    "CallOptions",
    "DateFilter",
    "Paged",
    "Plan",
    "Request",
    "Resource",
    "Searched",
    "Steps",
    "StepsGenerator",
    "Streamed",
    "SyncResource",
    "TimeoutArg",
    "Waited",
    "api_method",
    "check_ids",
    "create_then_wait",
    "json_object_text",
    "metadata_json",
    "opt_bool",
    "opt_date",
    "opt_enum",
    "opt_enum_list",
    "opt_int",
    "opt_number",
    "sort_params",
    "unset",
    "wait_arguments",
    "warn_retired",
]

#: A date-time filter value: an aware ``datetime``, or an RFC 3339 string such as
#: ``"2025-01-31T12:00:00Z"``.
DateFilter = dt.datetime | str

T = TypeVar("T")
V = TypeVar("V")
E = TypeVar("E", bound=enum.Enum)


def unset(value: V | None) -> V | Unset:
    """``UNSET`` for ``None``: the generated builders leave UNSET fields out of the request."""
    return UNSET if value is None else value


def opt_bool(argument: str, value: object) -> bool | Unset:
    """``UNSET`` for ``None``, else the value checked to be a ``bool``."""
    return UNSET if value is None else check_bool(argument, value)


def opt_enum(argument: str, value: object, enum_cls: type[E]) -> E | Unset:
    """``UNSET`` for ``None``, else the value checked against a generated request enum."""
    return UNSET if value is None else check_enum(argument, value, enum_cls)


def opt_enum_list(argument: str, value: object, enum_cls: type[E]) -> list[E] | Unset:
    """``UNSET`` for ``None``, else one value or a sequence, each checked against the enum."""
    return UNSET if value is None else check_enum_list(argument, value, enum_cls)


def opt_date(argument: str, value: object) -> str | Unset:
    """``UNSET`` for ``None``, else an aware ``datetime`` or RFC 3339 string as query text."""
    return UNSET if value is None else date_param(argument, value)


def opt_number(
    argument: str, value: object, *, minimum: float | None = None, maximum: float | None = None
) -> float | Unset:
    if value is None:
        return UNSET
    return check_number(argument, value, minimum=minimum, maximum=maximum)


def opt_int(
    argument: str, value: object, *, minimum: int | None = None, maximum: int | None = None
) -> int | Unset:
    if value is None:
        return UNSET
    return check_int(argument, value, minimum=minimum, maximum=maximum)


def sort_params(sort_by: object, sort_option: object) -> dict[str, Any]:
    """The ``sort_by`` and ``sort_option`` of a sorted list, checked."""
    return {
        "sort_by": opt_enum("sort_by", sort_by, SortBy),
        "sort_option": opt_enum("sort_option", sort_option, SortOption),
    }


def json_object_text(argument: str, value: object) -> str:
    """A dict (or a string holding a JSON object) as the JSON text of one form part."""
    if isinstance(value, str):
        try:
            parsed = loads(value)
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            raise InvalidInputError(argument, "expected a dict or a string holding a JSON object")
        return value
    if not isinstance(value, Mapping):
        raise InvalidInputError(argument, f"expected a dict, got {type(value).__name__}")
    check_finite_json(argument, value)
    try:
        return dumps(dict(value))
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(argument, f"cannot be encoded as JSON: {exc}") from exc


def metadata_json(user_metadata: object) -> str | Unset:
    """User metadata (str/int/float/bool values) checked, as the JSON text of a form part
    (``UNSET`` for ``None``)."""
    if user_metadata is None:
        return UNSET
    return dumps(check_user_metadata("user_metadata", user_metadata))


class Resource(ResourceBase):
    """Base of the method classes shared by a sync namespace and its async twin (``Tasks``
    and ``AsyncTasks`` both inherit ``TasksMethods(Resource)``): helpers that build plans."""

    def _request(
        self,
        kwargs: RequestKwargs,
        from_dict: Callable[[Mapping[str, Any]], T],
        options: CallOptions,
        *,
        safe_to_repeat: bool = False,
        uploads: Uploads | None = None,
        carries_embeddings: bool = False,
    ) -> Request[T]:
        """A request whose 2xx body is parsed into a generated model. ``safe_to_repeat``: a POST
        that creates nothing; ``uploads`` are opened while it is sent; ``carries_embeddings``:
        its answer may hold embeddings, read up to the client's ``max_response_bytes`` (other
        answers: 32 MiB)."""
        return Request(
            kwargs,
            model_parser(from_dict),
            options,
            safe_to_repeat=safe_to_repeat,
            uploads=uploads if uploads is not None else Uploads(),
            carries_embeddings=carries_embeddings,
        )

    def _request_no_content(self, kwargs: RequestKwargs, options: CallOptions) -> Request[None]:
        """A PUT/DELETE whose success body (204, or a later 200) is not read."""
        return Request(kwargs, _no_content, options)

    def _paged(
        self,
        page_kwargs: Callable[..., RequestKwargs],
        filters: Mapping[str, Any],
        from_dict: Callable[[Mapping[str, Any]], T],
        options: CallOptions,
        *,
        page: int | None,
        page_limit: int | None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> Paged[T, Any]:
        """A page-number list: ``page_kwargs(page=number, page_limit=..., **filters)`` is the
        request of one page (a generated ``request_kwargs``; path arguments bound with
        ``functools.partial``), with ``extra_params`` added to its query (:func:`with_params`).
        The call's page size, filters and options go out unchanged on every page."""
        limit = unset(check_page_limit(page_limit))

        def one_page(number: int) -> Request[T]:
            kwargs = page_kwargs(page=number, page_limit=limit, **filters)
            if extra_params:
                kwargs = with_params(kwargs, extra_params)
            return self._request(kwargs, from_dict, options)

        return Paged(one_page, first_page=check_page(page))

    def _uploads(self) -> Uploads:
        """The uploads of one request, reporting progress on the sender's clock."""
        return Uploads(clock=self._sender.clock)


def with_params(kwargs: RequestKwargs, params: Mapping[str, Any]) -> RequestKwargs:
    """A generated request with query parameters it has no argument for (see
    :func:`~.videos.filter_params`) added to its own."""
    return {**kwargs, "params": {**kwargs.get("params", {}), **params}}


def _no_content(response: httpx.Response) -> None:
    return None


def warn_retired(method: str, replacement: str, removed: str, *, stacklevel: int = 5) -> None:
    """A ``DeprecationWarning`` for a method whose route the live API removed, pointing at the
    caller of the public method (a builder runs two frames below it: ``api_method``'s wrapper
    and its argument check; this function is one more)."""
    warnings.warn(
        f"{method} calls a route the TwelveLabs API retired ({removed}); use {replacement} "
        "instead (see the README's 'API versions' section).",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def check_ids(**values: object) -> None:
    """Check every id argument (non-empty, not ``.``/``..``)."""
    for name, value in values.items():
        check_id(name, value)


#: The arguments of a ``create_and_wait`` that go to its wait rather than to its create.
_WAIT_ARGUMENTS = ("timeout", "poll_interval", "on_update")


def wait_arguments(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A ``create_and_wait``'s ``locals()`` split into the keyword arguments of its create and
    of its wait (``timeout``, ``poll_interval``, ``on_update``), the call options in both. The
    wait's are checked now, so that a bad one fails before anything is sent."""
    options: CallOptions = values["options"]
    waiting = {name: values[name] for name in _WAIT_ARGUMENTS}
    check_wait_options(waiting["timeout"], waiting["poll_interval"], waiting["on_update"])
    skip = ("self", "options", *_WAIT_ARGUMENTS)
    creating = {name: value for name, value in values.items() if name not in skip}
    return {**creating, **options}, {**waiting, **options}


def create_then_wait(create: Plan[Any, Any], wait: Callable[[Any], Plan[T, Any]]) -> Steps[T]:
    """The steps of a ``create_and_wait``: run ``create``, then ``wait(created)`` with its
    deadline counted from the start of the call (so one deadline covers an upload too)."""

    def steps(started_at: float) -> StepsGenerator[T]:
        created = yield create
        result: T = yield wait(created).counted_from(started_at)
        return result

    return Steps(steps)
