"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # TwelveLabs override: UNSET prints as its name
        return "UNSET"


UNSET: Unset = Unset()

#: How many items of a list a model's repr shows (TwelveLabs override, see repr_value).
REPR_LIST_ITEMS = 8


def repr_value(value: object) -> str:
    """The repr of a field value inside a model's repr (TwelveLabs override): a list longer than
    REPR_LIST_ITEMS shows its first items and how many more there are. An embedding holds 1,024
    floats and an embedding task thousands of segments; printed whole, one model became
    megabytes of text, and anything that reprs a result (a debugger, a log line, asyncio.run on
    Python 3.11) paid seconds for it. The values themselves are untouched."""
    if type(value) is not list:
        return repr(value)
    if len(value) <= REPR_LIST_ITEMS:
        return "[" + ", ".join(repr_value(item) for item in value) + "]"
    head = ", ".join(repr_value(item) for item in value[:REPR_LIST_ITEMS])
    return f"[{head}, ... {len(value) - REPR_LIST_ITEMS:,} more]"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
