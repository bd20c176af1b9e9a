"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:  # TwelveLabs override: UNSET prints as its name
        return "UNSET"

    def __reduce__(self) -> tuple[Callable[[], "Unset"], tuple[()]]:
        # TwelveLabs override: copy, deepcopy and pickle give back UNSET itself, from any Unset
        # object (one unpickled from an older pickle too). A new Unset object compared unequal
        # to UNSET and passed to_dict's `is not UNSET` tests, so a deep-copied or unpickled
        # model was unequal to its original and serialized its absent fields as objects.
        return _the_unset, ()


def _the_unset() -> Unset:
    return UNSET


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


class Unbuilt(list[Any]):
    """(TwelveLabs override) Where a list of models is left to be built on first read (see
    build_on_first_read): [the JSON objects] until the first read appends the list of models
    and lets the JSON go. from_dict leaves it only in place of a list whose item model cannot
    fail on these objects; reading the field gives the built list, never this."""

    __slots__ = ()


class _BuiltOnFirstRead:
    """The descriptor build_on_first_read puts over an attrs slot. No lock: list.append is
    atomic, so the first list appended is the one every reader returns, however many threads
    (or a signal handler inside the build) read at once; and the slot is never written after
    from_dict, so what a user assigns or deletes in the meantime stays assigned or deleted."""

    __slots__ = ("_get", "_set", "_delete", "_model")

    def __init__(self, slot: Any, model: Any) -> None:
        self._get = slot.__get__  # bound once: called on every read and every store
        self._set = slot.__set__
        self._delete = slot.__delete__
        self._model = model  # its from_dict is looked up at each build, as from_dict does

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self._get(obj)
        if value.__class__ is not Unbuilt:
            return value
        if len(value) == 1:  # [JSON objects]: not built yet
            value.append(list(map(self._model.from_dict, value[0])))
            value[0] = ()  # the JSON is no longer needed (a reader that took it keeps it)
            del value[2:]  # a list built by a reader that came second
        return value[1]

    def __set__(self, obj: Any, value: Any) -> None:
        self._set(obj, value)

    def __delete__(self, obj: Any) -> None:
        self._delete(obj)


def build_on_first_read(cls: type, name: str, model: type) -> None:
    """(TwelveLabs override) Make the list-of-models field `name` of the attrs class `cls`
    build its `model` objects when it is first read, when from_dict left them Unbuilt. Parsing
    a page of 50 indexes then makes 50 objects instead of 150 (README, Performance: W5); the
    field reads, compares, prints and serializes as before (attrs reads it by attribute)."""
    setattr(cls, name, _BuiltOnFirstRead(cls.__dict__[name], model))


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
