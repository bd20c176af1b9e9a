"""Client-side checks run before any byte is sent; each failure names the argument.

Request enums are checked against the *generated* ``StrEnum`` classes, so regenerating the
package from a spec with new values widens what is accepted without touching this module.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from .errors import InvalidInputError

__all__ = [
    "MAX_PAGE_LIMIT",
    "Seconds",
    "as_list",
    "check_bool",
    "check_callable",
    "check_content_type",
    "check_enum",
    "check_enum_list",
    "check_filename",
    "check_finite_json",
    "check_http_client",
    "check_id",
    "check_int",
    "check_number",
    "check_offset_range",
    "check_one_source",
    "check_optional_source",
    "check_page_limit",
    "check_seconds",
    "check_user_metadata",
    "check_user_metadata_patch",
    "date_param",
    "to_datetime",
    "to_rfc3339",
]

E = TypeVar("E", bound=enum.Enum)

MAX_PAGE_LIMIT = 50


def check_id(argument: str, value: object) -> str:
    """A resource id or page token: a non-empty string that is not ``.`` or ``..``.

    (Anything else is percent-encoded into the path; dot segments would be resolved away
    by URL normalisation and silently hit another route.)
    """
    if not isinstance(value, str):
        raise InvalidInputError(argument, f"expected a string id, got {type(value).__name__}")
    if not value.strip():
        raise InvalidInputError(argument, "must not be empty")
    if value.strip() in (".", ".."):
        raise InvalidInputError(argument, f"{value!r} is not a valid id")
    return value


def check_page_limit(value: int | None, argument: str = "page_limit") -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(argument, f"expected an int, got {type(value).__name__}")
    if not 1 <= value <= MAX_PAGE_LIMIT:
        raise InvalidInputError(argument, f"must be between 1 and {MAX_PAGE_LIMIT}, got {value}")
    return value


def check_page(value: int | None, argument: str = "page") -> int:
    if value is None:
        return 1
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(argument, f"expected an int >= 1, got {value!r}")
    return value


def check_enum(argument: str, value: object, enum_cls: type[E]) -> E:
    """``value`` (a member or its string value) as a member of the generated ``enum_cls``."""
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        for member in enum_cls:
            if member.value == value:
                return member
    allowed = ", ".join(repr(member.value) for member in enum_cls)
    raise InvalidInputError(argument, f"{value!r} is not one of {allowed}")


def as_list(value: object) -> list[Any]:
    """A single value (a string counts as one) or an iterable of values, as a list."""
    if isinstance(value, str | bytes | enum.Enum | Mapping):
        return [value]
    if isinstance(value, Iterable):
        return list(value)
    return [value]


def check_enum_list(argument: str, value: object, enum_cls: type[E]) -> list[E]:
    """A single value or a sequence of values (at least one), each a member of ``enum_cls``."""
    items = as_list(value)
    if not items:
        raise InvalidInputError(argument, "must contain at least one value")
    return [check_enum(argument, item, enum_cls) for item in items]


def check_bool(argument: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(argument, f"expected True or False, got {value!r}")
    return value


def check_number(
    argument: str,
    value: object,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(argument, f"expected a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise InvalidInputError(argument, f"expected a finite number, got {value!r}")
    if minimum is not None and value < minimum:
        raise InvalidInputError(argument, f"must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise InvalidInputError(argument, f"must be at most {maximum}, got {value}")
    return value


#: A duration: a number of seconds or a ``datetime.timedelta``.
Seconds = float | dt.timedelta


def check_seconds(
    argument: str, value: object, *, allow_zero: bool = False, allow_infinite: bool = False
) -> float:
    """A duration (``timeout=``, ``request_timeout=``, ``poll_interval=``) as seconds: a number
    or a ``timedelta``; positive (or zero when ``allow_zero``), at most :data:`MAX_SECONDS`
    (one year), or infinite when ``allow_infinite``."""
    seconds = value.total_seconds() if isinstance(value, dt.timedelta) else value
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise InvalidInputError(
            argument, f"expected a number of seconds or a timedelta, got {type(value).__name__}"
        )
    if (
        math.isnan(seconds)
        or seconds < 0
        or (seconds == 0 and not allow_zero)
        or (math.isinf(seconds) and not allow_infinite)
    ):
        kind = "a non-negative" if allow_zero else "a positive"
        raise InvalidInputError(argument, f"must be {kind} number of seconds, got {value!r}")
    if seconds > MAX_SECONDS and not math.isinf(seconds):
        no_limit = " (math.inf for no limit)" if allow_infinite else ""
        raise InvalidInputError(
            argument,
            f"must be at most {MAX_SECONDS} seconds (one year){no_limit}, got {value!r}",
        )
    return float(seconds)


#: The longest duration taken (one year, in seconds): longer ones overflow the clocks and
#: socket timeouts they are added to.
MAX_SECONDS = 365 * 24 * 3600


def check_one_source(
    file_argument: str, file_value: object, url_argument: str, url_value: object
) -> None:
    """Exactly one of a file and a URL."""
    has_file = file_value is not None
    has_url = url_value is not None
    if has_file and has_url:
        raise InvalidInputError(
            file_argument, f"give either {file_argument} or {url_argument}, not both"
        )
    if not has_file and not has_url:
        raise InvalidInputError(file_argument, f"give one of {file_argument} or {url_argument}")
    if has_url:
        check_url(url_argument, url_value)


def check_optional_source(
    file_argument: str, file_value: object, url_argument: str, url_value: object
) -> bool:
    """At most one of a file and a URL; True when either is given."""
    if file_value is None and url_value is None:
        return False
    check_one_source(file_argument, file_value, url_argument, url_value)
    return True


def check_url(argument: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(argument, "expected a non-empty URL string")
    if not value.strip().lower().startswith(("http://", "https://")):
        raise InvalidInputError(argument, f"expected an http(s) URL, got {value!r}")
    return value


def check_text(argument: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(argument, "expected a non-empty string")
    return value


def to_datetime(argument: str, value: object) -> dt.datetime:
    """An aware ``datetime`` from a ``datetime`` or an RFC 3339 string (offset required)."""
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        from dateutil.parser import isoparse  # imported on first use: 8 ms off `import`

        try:
            parsed = isoparse(value.strip())
        except (ValueError, OverflowError) as exc:
            raise InvalidInputError(
                argument, f"{value!r} is not an RFC 3339 date-time such as '2025-01-31T12:00:00Z'"
            ) from exc
    else:
        raise InvalidInputError(
            argument, f"expected a datetime or an RFC 3339 string, got {type(value).__name__}"
        )
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise InvalidInputError(
            argument, "needs a time zone (an aware datetime, or a string ending in Z or +hh:mm)"
        )
    return parsed


def to_rfc3339(argument: str, value: object) -> str:
    """The RFC 3339 text of a date-time argument, in UTC with a ``Z`` suffix."""
    moment = to_datetime(argument, value).astimezone(dt.UTC)
    text = moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")
    return text.replace("+00:00", "Z")


_METADATA_VALUE = (str, int, float, bool)


def check_user_metadata(argument: str, value: object) -> dict[str, str | int | float | bool]:
    """A mapping of string keys to str/int/float/bool values (what the API stores)."""
    if not isinstance(value, Mapping):
        raise InvalidInputError(argument, f"expected a dict, got {type(value).__name__}")
    checked: dict[str, str | int | float | bool] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise InvalidInputError(argument, f"keys must be non-empty strings, got {key!r}")
        if not isinstance(item, _METADATA_VALUE):
            raise InvalidInputError(
                argument,
                f"value of {key!r} must be a str, int, float or bool "
                f"(serialise lists and objects to a string first), got {type(item).__name__}",
            )
        if isinstance(item, float) and not math.isfinite(item):
            raise InvalidInputError(argument, f"value of {key!r} must be finite, got {item!r}")
        checked[key] = item
    return checked


def date_param(argument: str, value: object) -> str:
    """A date-time filter value for a query string: an aware ``datetime`` becomes RFC 3339 in
    UTC; an RFC 3339 string is checked and sent as given."""
    if isinstance(value, str):
        to_datetime(argument, value)
        return value.strip()
    return to_rfc3339(argument, value)


def check_int(
    argument: str, value: object, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(argument, f"expected an int, got {type(value).__name__}")
    check_number(argument, value, minimum=minimum, maximum=maximum)
    return value


# RFC 9110 media type: type "/" subtype *( OWS ";" OWS parameter ), a parameter being
# token "=" ( token / quoted-string ). Nothing else may reach a multipart part header.
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_QUOTED = r'"(?:[^"\\\x00-\x08\x0a-\x1f\x7f]|\\[^\x00\r\n])*"'
_MEDIA_TYPE = re.compile(
    rf"{_TOKEN}/{_TOKEN}(?:[ \t]*;[ \t]*{_TOKEN}=(?:{_TOKEN}|{_QUOTED}))*[ \t]*"
)
_HEADER_BREAKERS = ("\r", "\n", "\x00")


def check_content_type(argument: str, value: object) -> str:
    """A content type for a multipart part: ``type/subtype`` with optional parameters."""
    if not isinstance(value, str):
        raise InvalidInputError(
            argument, f"the content type must be a string, got {type(value).__name__}"
        )
    return _header_part(
        argument,
        value,
        valid=_MEDIA_TYPE.fullmatch(value) is not None,
        problem=f"the content type {value!r} is not a media type such as 'video/mp4' "
        "(type/subtype, optionally followed by ; name=value parameters)",
    )


def check_filename(argument: str, value: str) -> str:
    """A file name for a multipart part: no CR, LF or NUL (they would break the header)."""
    return _header_part(
        argument,
        value,
        valid=True,
        problem=f"the file name {value!r} contains a line break or NUL character; "
        "give another name as (filename, file) or (filename, file, content_type)",
    )


def _header_part(argument: str, value: str, *, valid: bool, problem: str) -> str:
    """``value``, bound for a multipart part header: refused with ``problem`` when it is not
    ``valid`` or holds a CR, LF or NUL (the one rule of every header part: these end it)."""
    if not valid or any(c in value for c in _HEADER_BREAKERS):
        raise InvalidInputError(argument, problem)
    return value


def check_callable(argument: str, value: object) -> None:
    """An optional callback (``progress=``, ``on_update=``): ``None`` or a callable."""
    if value is not None and not callable(value):
        raise InvalidInputError(
            argument, f"expected a function (or None), got {type(value).__name__}"
        )


_MAX_JSON_DEPTH = 100


def check_finite_json(argument: str, value: object, depth: int = 0) -> None:
    """Refuse NaN and infinity anywhere in a value about to be sent as JSON (the encoder would
    write ``NaN``, which is not JSON), and nesting deeper than ``_MAX_JSON_DEPTH``."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidInputError(argument, f"expected finite numbers, got {value!r}")
    elif isinstance(value, Mapping | list | tuple):
        if depth >= _MAX_JSON_DEPTH:
            raise InvalidInputError(argument, f"is nested more than {_MAX_JSON_DEPTH} levels deep")
        items = value.values() if isinstance(value, Mapping) else value
        for item in items:
            check_finite_json(argument, item, depth + 1)


def check_offset_range(start_argument: str, start: object, end_argument: str, end: object) -> None:
    """Two offsets in seconds (each optional, finite, >= 0); when both are given, start < end."""
    if start is not None:
        check_number(start_argument, start, minimum=0)
    if end is not None:
        check_number(end_argument, end, minimum=0)
    if start is not None and end is not None and not start < end:  # type: ignore[operator]
        raise InvalidInputError(
            start_argument,
            f"must be before {end_argument} ({start!r} is not less than {end!r})",
        )


def check_http_client(value: object, expected: type, other: type, client_name: str) -> None:
    """``http_client=``: ``None`` or an instance of ``expected`` (``httpx.Client`` for the sync
    client, ``httpx.AsyncClient`` for the async one)."""
    if value is None or isinstance(value, expected):
        return
    if isinstance(value, other):
        raise InvalidInputError(
            "http_client",
            f"{client_name} sends with an httpx.{expected.__name__}, not an "
            f"httpx.{other.__name__}; give an httpx.{expected.__name__}, or use the "
            f"{'sync' if client_name.startswith('Async') else 'async'} client",
        )
    raise InvalidInputError(
        "http_client", f"expected an httpx.{expected.__name__}, got {type(value).__name__}"
    )


def check_user_metadata_patch(
    value: object, argument: str = "user_metadata"
) -> dict[str, str | int | float | bool | None]:
    """User metadata for a partial update: as :func:`check_user_metadata`, and a ``None`` value
    (sent as JSON ``null``) deletes its key."""
    if not isinstance(value, Mapping):
        raise InvalidInputError(argument, f"expected a dict, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str) or not key:
            raise InvalidInputError(argument, f"keys must be non-empty strings, got {key!r}")
    kept = check_user_metadata(argument, {k: v for k, v in value.items() if v is not None})
    return {key: kept.get(key) for key in value}
