from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.stream_error_detail import StreamErrorDetail


T = TypeVar("T", bound="StreamErrorEvent")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "event_type",
        "error",
    }
)


@_attrs_define(repr=False)
class StreamErrorEvent:
    """An error reported in the middle of a stream."""

    event_type: Literal["stream_error"]
    error: StreamErrorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        try:
            shown = self._repr_fields()
        except RecursionError:  # a free-form value the API nested hundreds of levels deep
            shown = ["...nested too deeply to show..."]
        return f"{type(self).__name__}({', '.join(shown)})"

    def _repr_fields(self) -> list[str]:
        return [
            f"{name}={repr_value(value)}"
            for name, value in (
                ("event_type", self.event_type),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_type = cast("Literal['stream_error']", d["event_type"])
        if event_type != "stream_error":
            raise ValueError(f"event_type must match const 'stream_error', got '{event_type}'")

        _error = d.get("error", UNSET)
        error: StreamErrorDetail | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = StreamErrorDetail.from_dict(_error)

        stream_error_event = cls(
            event_type,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            stream_error_event.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return stream_error_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# After the class, because models refer to each other: imported once, where from_dict had an
# import statement run for every object it parsed.
from ..models.stream_error_detail import StreamErrorDetail  # noqa: E402
