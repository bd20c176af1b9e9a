"""What every resource namespace shares: the sender and small request-building helpers."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from collections.abc import Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from twelvelabs_generated.types import UNSET, File, Unset

from .._operations import (
    AsyncResource,
    Paged,
    Plan,
    Prepared,
    ResourceBase,
    Searched,
    Streamed,
    SyncResource,
    Then,
    Waited,
    api_method,
)
from .._responses import dumps, loads, model_parser
from .._send import RequestKwargs, TimeoutArg
from .._uploads import FileInput, ProgressCallback, Upload, open_upload
from .._validation import (
    check_enum,
    check_enum_list,
    check_id,
    check_int,
    check_number,
    date_param,
)
from ..errors import InvalidInputError

if TYPE_CHECKING:
    from .._async_send import AsyncSender
    from .._send import Sender

__all__ = [
    "AsyncResource",
    "ClockReading",
    "Paged",
    "Plan",
    "Prepared",
    "Resource",
    "Searched",
    "Streamed",
    "SyncResource",
    "Then",
    "TimeoutArg",
    "Waited",
    "api_method",
    "as_file",
    "ids",
    "json_object_text",
    "opt_date",
    "opt_enum",
    "opt_enum_list",
    "opt_int",
    "opt_number",
    "unset",
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
    try:
        return dumps(dict(value))
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(argument, f"cannot be encoded as JSON: {exc}") from exc


class Resource(ResourceBase):
    """Base of the method classes shared by a sync namespace and its async twin (``Tasks``
    and ``AsyncTasks`` both inherit ``TasksMethods(Resource)``): helpers that build plans."""

    def _prepare(
        self,
        kwargs: RequestKwargs,
        from_dict: Callable[[Mapping[str, Any]], T],
        *,
        retry_safe: bool,
        request_timeout: TimeoutArg,
        max_retries: int | None,
        uploads: contextlib.ExitStack | None = None,
    ) -> Prepared[T]:
        """A request whose 2xx body is parsed into a generated model; ``uploads`` are closed
        once it has been sent."""
        return Prepared(
            kwargs,
            model_parser(from_dict),
            retry_safe=retry_safe,
            request_timeout=request_timeout,
            max_retries=max_retries,
            uploads=uploads if uploads is not None else contextlib.ExitStack(),
        )

    def _prepare_no_content(
        self,
        kwargs: RequestKwargs,
        *,
        request_timeout: TimeoutArg,
        max_retries: int | None,
    ) -> Prepared[None]:
        """A PUT/DELETE whose success body (204, or a later 200) is not read."""
        return Prepared(
            kwargs,
            _no_content,
            retry_safe=True,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )

    def _open_upload(
        self,
        argument: str,
        value: FileInput,
        *,
        max_bytes: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> Upload:
        return open_upload(
            value,
            argument=argument,
            max_bytes=max_bytes,
            progress=progress,
            clock=self._sender.clock,
        )


class ClockReading(Plan[float, Coroutine[Any, Any, float]]):
    """A plan without I/O: the sender's clock when it runs. ``create_and_wait`` starts its
    deadline with it, so an async call awaited later does not start the clock early."""

    def run(self, sender: Sender) -> float:
        return sender.clock()

    async def arun(self, sender: AsyncSender) -> float:
        return sender.clock()


def _no_content(response: httpx.Response) -> None:
    return None


def as_file(upload: Upload | None) -> File | Unset:
    """The generated ``File`` for an upload (always with filename and content type)."""
    if upload is None:
        return UNSET
    return File(payload=upload.payload, file_name=upload.filename, mime_type=upload.content_type)


def ids(**values: object) -> None:
    """Check every id argument (non-empty, not ``.``/``..``)."""
    for name, value in values.items():
        check_id(name, value)
