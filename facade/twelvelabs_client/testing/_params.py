"""Reading parameters the way the API does, and refusing them with the API's error codes.

Three readers with the same vocabulary: ``QueryReader`` (query strings: repeated keys, lowercase
booleans, ``key[gte]`` ranges), ``JsonReader`` (JSON bodies; ``null`` counts as absent) and
``FormReader`` (multipart fields: repeated parts, file parts). Each refuses parameters it does
not know with ``parameter_unknown``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ._clock import parse_rfc3339
from ._errors import invalid, not_provided, unknown
from ._multipart import FilePart, FormData
from ._wire import MultiDict

RANGE_OPERATORS = ("gte", "lte", "gt", "lt")


@dataclass
class Range:
    """An exact value or bounds, from ``x=5`` or ``x[gte]=1&x[lte]=9``."""

    eq: float | None = None
    gte: float | None = None
    lte: float | None = None
    gt: float | None = None
    lt: float | None = None

    def matches(self, value: float | None) -> bool:
        if value is None:
            return False
        checks = [
            self.eq is None or math.isclose(value, self.eq, abs_tol=1e-9),
            self.gte is None or value >= self.gte,
            self.lte is None or value <= self.lte,
            self.gt is None or value > self.gt,
            self.lt is None or value < self.lt,
        ]
        return all(checks)


def parse_bool(name: str, raw: str) -> bool:
    # Lowercase only: a client that sends Python's `True` is sending the wrong bytes.
    if raw == "true":
        return True
    if raw == "false":
        return False
    raise invalid(name, "Use `true` or `false` (lowercase).")


def parse_number(name: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise invalid(name, "It must be a number.") from None
    if not math.isfinite(value):
        raise invalid(name, "It must be a finite number.")
    return value


def parse_int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise invalid(name, "It must be an integer.") from None


def parse_datetime(name: str, raw: str) -> float:
    try:
        return parse_rfc3339(raw)
    except ValueError:
        raise invalid(name, "Use an RFC 3339 date-time such as 2025-01-31T12:00:00Z.") from None


def split_range_key(key: str) -> tuple[str, str | None]:
    """``duration[gte]`` -> (``duration``, ``gte``); ``duration`` -> (``duration``, None)."""
    if key.endswith("]") and "[" in key:
        base, _, op = key[:-1].partition("[")
        return base, op
    return key, None


def check_allowed(name: str, values: Iterable[str], allowed: Iterable[str], hint: str = "") -> None:
    """Refuse with ``parameter_invalid`` any value that is not one of ``allowed``."""
    options = list(allowed)
    for value in values:
        if value not in options:
            raise invalid(name, f"`{value}` is not one of: {', '.join(options)}.{hint}")


def objects(name: str, items: list[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each item of the JSON array ``name``, which must hold objects, with its place in the
    request (``name[2]``) for the errors the caller raises about it."""
    for n, item in enumerate(items):
        where = f"{name}[{n}]"
        if not isinstance(item, dict):
            raise invalid(where, "It must be an object.")
        yield where, item


class _TextReader:
    """What the query and form readers share: typed values read from text."""

    def string(self, name: str, *, required: bool = False) -> str | None:
        raise NotImplementedError

    def boolean(self, name: str) -> bool | None:
        raw = self.string(name)
        return None if raw is None else parse_bool(name, raw)

    def choice(self, name: str, allowed: Iterable[str], default: str | None = None) -> str | None:
        raw = self.string(name)
        if raw is None:
            return default
        options = list(allowed)
        if raw not in options:
            raise invalid(name, f"Use one of: {', '.join(options)}.")
        return raw


class QueryReader(_TextReader):
    def __init__(
        self, query: MultiDict, allowed: Iterable[str], ranged: Iterable[str] = ()
    ) -> None:
        self.query = query
        self.allowed = set(allowed)
        self.ranged = set(ranged)

    def check_unknown(self) -> None:
        unknown_keys = self.extra_keys()
        if unknown_keys:
            raise unknown(unknown_keys)

    def _known(self, key: str) -> bool:
        base, op = split_range_key(key)
        if op is None:
            return key in self.allowed or key in self.ranged
        return base in self.ranged and op in RANGE_OPERATORS

    def extra_keys(self) -> list[str]:
        return [k for k in self.query.names() if not self._known(k)]

    def string(self, name: str, *, required: bool = False) -> str | None:
        values = self.query.getall(name)
        if len(values) > 1:
            raise invalid(name, "Give it only once.")
        if not values or values[0] == "":
            if required:
                raise not_provided(name)
            return None
        return values[0]

    def integer(self, name: str, default: int, low: int, high: int | None = None) -> int:
        raw = self.string(name)
        if raw is None:
            return default
        value = parse_int(name, raw)
        if value < low or (high is not None and value > high):
            bound = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise invalid(name, f"It must be {bound}.")
        return value

    def choices(self, name: str, allowed: Iterable[str]) -> list[str]:
        """A repeated key (``status=ready&status=indexing``)."""
        values = self.query.getall(name)
        check_allowed(name, values, allowed)
        return values

    def datetime(self, name: str) -> float | None:
        raw = self.string(name)
        return None if raw is None else parse_datetime(name, raw)

    def range(self, name: str, *, datetimes: bool = False) -> Range | None:
        """``name=v`` (exact; for dates: at or after) and/or ``name[op]=v``."""
        found = Range()
        any_set = False
        parse = parse_datetime if datetimes else parse_number
        raw = self.string(name)
        if raw is not None:
            if datetimes:
                found.gte = parse(name, raw)
            else:
                found.eq = parse(name, raw)
            any_set = True
        for op in RANGE_OPERATORS:
            key = f"{name}[{op}]"
            op_raw = self.string(key)
            if op_raw is not None:
                setattr(found, op, parse(key, op_raw))
                any_set = True
        return found if any_set else None


class JsonReader:
    def __init__(self, body: Any, allowed: Iterable[str]) -> None:
        if not isinstance(body, dict):
            raise invalid("body", "The request body must be a JSON object.")
        self.body: dict[str, Any] = body
        extra = set(body) - set(allowed)
        if extra:
            raise unknown(extra)

    def has(self, name: str) -> bool:
        return self.body.get(name) is not None

    def string(self, name: str, *, required: bool = False) -> str | None:
        value = self.body.get(name)
        if value is None:
            if required:
                raise not_provided(name)
            return None
        if not isinstance(value, str):
            raise invalid(name, "It must be a string.")
        if required and not value.strip():
            raise invalid(name, "It must not be empty.")
        return value

    def number(self, name: str, low: float, high: float) -> float | None:
        value = self.body.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise invalid(name, "It must be a number.")
        if not low <= value <= high:
            raise invalid(name, f"It must be between {low:g} and {high:g}.")
        return float(value)

    def boolean(self, name: str) -> bool | None:
        value = self.body.get(name)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise invalid(name, "It must be true or false.")
        return value

    def string_list(
        self, name: str, *, required: bool = False, allowed: Iterable[str] | None = None
    ) -> list[str] | None:
        value = self.body.get(name)
        if value is None:
            if required:
                raise not_provided(name)
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise invalid(name, "It must be an array of strings.")
        if required and not value:
            raise invalid(name, "It must not be empty.")
        if allowed is not None:
            check_allowed(name, value, allowed)
        return list(value)

    def obj(self, name: str, *, required: bool = False) -> dict[str, Any] | None:
        value = self.body.get(name)
        if value is None:
            if required:
                raise not_provided(name)
            return None
        if not isinstance(value, dict):
            raise invalid(name, "It must be an object.")
        return value


# Fields that some clients send and the service ignores: the dummy file part of an older SDK,
# and v1.2 leftovers of POST /tasks.
IGNORED_FORM_FIELDS = frozenset(
    {"_", "provide_transcription", "transcription_file", "transcription_url"}
)


class FormReader(_TextReader):
    def __init__(self, form: FormData | None, allowed: Iterable[str], *, hint: str = "") -> None:
        self.form = form if form is not None else FormData()
        self.hint = hint
        extra = self.form.names() - set(allowed) - IGNORED_FORM_FIELDS
        if extra:
            raise unknown(extra)

    def _missing(self, name: str) -> Exception:
        error = not_provided(name)
        if self.hint:
            error.message += f" {self.hint}"
            error.args = (error.message,)
        return error

    def string(self, name: str, *, required: bool = False) -> str | None:
        value = self.form.text(name)
        # A field repeated with the same value (some SDKs send text fields twice, once as a
        # file part) is fine; different values are a client bug, such as a smuggled part.
        sent = set(self.form.texts(name))
        part = self.form.file(name)
        if sent and part is not None and part.size <= 64 * 1024:
            sent.add(part.text() or "")
        if len(sent) > 1:
            raise invalid(name, "It was sent more than once with different values.")
        if value is None or value == "":
            if required:
                raise self._missing(name)
            return None
        return value

    def strings(self, name: str) -> list[str]:
        values = self.form.texts(name)
        if not values:
            single = self.form.text(name)
            values = [single] if single else []
        return [v for v in values if v != ""]

    def number(
        self, name: str, low: float | None = None, high: float | None = None
    ) -> float | None:
        raw = self.string(name)
        if raw is None:
            return None
        value = parse_number(name, raw)
        if (low is not None and value < low) or (high is not None and value > high):
            raise invalid(
                name,
                f"It must be between {low:g} and {high:g}."
                if low is not None and high is not None
                else "It is out of range.",
            )
        return value

    def integer(self, name: str, low: int, high: int) -> int | None:
        raw = self.string(name)
        if raw is None:
            return None
        value = parse_int(name, raw)
        if not low <= value <= high:
            raise invalid(name, f"It must be between {low} and {high}.")
        return value

    def choices(self, name: str, allowed: Iterable[str], *, required: bool = False) -> list[str]:
        """A field sent as one part per value."""
        values = self.strings(name)
        if not values and required:
            raise self._missing(name)
        check_allowed(name, values, allowed, " Send one part per value.")
        return list(dict.fromkeys(values))

    def file(self, name: str) -> FilePart | None:
        part = self.form.file(name)
        if part is None or (part.size == 0 and not part.filename):
            return None
        # A file part of a text-only field (a URL sent twice) is not a file upload.
        return part

    def json_object(self, name: str) -> dict[str, Any] | None:
        raw = self.string(name)
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            raise invalid(name, "It must be a JSON-encoded object.") from None
        if not isinstance(value, dict):
            raise invalid(name, "It must be a JSON-encoded object.")
        return value
