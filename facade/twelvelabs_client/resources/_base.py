"""What every resource namespace shares: the sender and small request-building helpers."""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from twelvelabs_generated.types import UNSET, File, Unset

from .._operations import (
    AsyncResource,
    ClockReading,
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
from .._uploads import FileInput, ProgressCallback, open_upload
from .._validation import (
    check_bool,
    check_enum,
    check_enum_list,
    check_finite_json,
    check_id,
    check_int,
    check_number,
    check_page,
    date_param,
)
from ..errors import InvalidInputError

__all__ = [
    "AsyncResource",
    "ClockReading",
    "DateFilter",
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
    "ids",
    "json_object_text",
    "opt_bool",
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

    def _paged(
        self,
        page_kwargs: Callable[[int], RequestKwargs],
        from_dict: Callable[[Mapping[str, Any]], T],
        *,
        page: int | None,
        request_timeout: TimeoutArg,
        max_retries: int | None,
    ) -> Paged[T, Any]:
        """A page-number list: ``page_kwargs(number)`` is the request of one page (the call's
        filters and options go out unchanged on every page)."""
        return Paged(
            lambda number: self._prepare(
                page_kwargs(number),
                from_dict,
                retry_safe=True,
                request_timeout=request_timeout,
                max_retries=max_retries,
            ),
            first_page=check_page(page),
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

    def _file_part(
        self,
        uploads: contextlib.ExitStack,
        argument: str,
        value: FileInput | None,
        *,
        max_bytes: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> File | Unset:
        """The generated ``File`` of a file argument (``UNSET`` for ``None``), streaming from
        an upload that ``uploads`` closes once the request is done."""
        if value is None:
            return UNSET
        upload = uploads.enter_context(
            open_upload(
                value,
                argument=argument,
                max_bytes=max_bytes,
                progress=progress,
                clock=self._sender.clock,
            )
        )
        return File(
            payload=upload.payload, file_name=upload.filename, mime_type=upload.content_type
        )


def _no_content(response: httpx.Response) -> None:
    return None


def ids(**values: object) -> None:
    """Check every id argument (non-empty, not ``.``/``..``)."""
    for name, value in values.items():
        check_id(name, value)
