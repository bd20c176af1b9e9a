"""What every resource namespace shares: the sender and small request-building helpers."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from twelvelabs_generated.types import UNSET, File, Unset

from .._responses import dumps, loads, model_parser
from .._send import RequestKwargs, Sender, TimeoutArg
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

__all__ = [
    "Resource",
    "TimeoutArg",
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


class Resource:
    """Base of the namespaces (``client.indexes``...): holds the one sender."""

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def _call(
        self,
        kwargs: RequestKwargs,
        from_dict: Callable[[Mapping[str, Any]], T],
        *,
        retry_safe: bool,
        request_timeout: TimeoutArg,
        max_retries: int | None,
    ) -> T:
        """Send and parse the 2xx body into a generated model."""
        return self._sender.request(
            kwargs,
            parse=model_parser(from_dict),
            retry_safe=retry_safe,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )

    def _call_no_content(
        self,
        kwargs: RequestKwargs,
        *,
        request_timeout: TimeoutArg,
        max_retries: int | None,
    ) -> None:
        """Send a PUT/DELETE whose success body (204, or a later 200) is not read."""
        self._sender.request(
            kwargs,
            parse=None,
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


def as_file(upload: Upload | None) -> File | Unset:
    """The generated ``File`` for an upload (always with filename and content type)."""
    if upload is None:
        return UNSET
    return File(payload=upload.payload, file_name=upload.filename, mime_type=upload.content_type)


def ids(**values: object) -> None:
    """Check every id argument (non-empty, not ``.``/``..``)."""
    for name, value in values.items():
        check_id(name, value)
