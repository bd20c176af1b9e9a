from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_field_type import SegmentFieldType
from ..models.timestamp_format import TimestampFormat
from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.segment_field_items import SegmentFieldItems


T = TypeVar("T", bound="SegmentField")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "type",
        "format",
        "enum",
        "items",
    }
)


@_attrs_define(repr=False)
class SegmentField:
    """One field of the metadata each segment carries. `format` is required exactly for
    `timestamp` fields; `items` for `array` and `time_array` fields. The names
    `start_time`, `end_time` and `metadata` are reserved.

    """

    name: str
    description: str
    type_: SegmentFieldType
    """ Type of a segment field (`time_array`: newest API, Pegasus 1.6).
     """
    format_: TimestampFormat | Unset = UNSET
    """ How a time is written: `seconds` (a number), `hh:mm:ss` or `hh:mm:ss.fff` (strings).
     """
    enum: list[str] | Unset = UNSET
    """ Allowed values (not for `timestamp` fields). """
    items: SegmentFieldItems | Unset = UNSET
    """ Items of an `array` field (a scalar `type`), or of a `time_array` field (`type: object`
    and the event `fields`; each event also gets automatic start and end times).
     """
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
                ("name", self.name),
                ("description", self.description),
                ("type_", self.type_),
                ("format_", self.format_),
                ("enum", self.enum),
                ("items", self.items),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        type_ = self.type_.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        enum: list[str] | Unset = UNSET
        if not isinstance(self.enum, Unset):
            enum = self.enum

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "type": type_,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if enum is not UNSET:
            field_dict["enum"] = enum
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        description = d["description"]

        type_ = SegmentFieldType(d["type"])

        _format_ = d.get("format", UNSET)
        format_: TimestampFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = TimestampFormat(_format_)

        enum = cast(list[str], d.get("enum", UNSET))

        _items = d.get("items", UNSET)
        items: SegmentFieldItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = SegmentFieldItems.from_dict(_items)

        segment_field = cls(
            name,
            description,
            type_,
            format_,
            enum,
            items,
        )

        if not _KNOWN_KEYS.issuperset(d):
            segment_field.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return segment_field

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
from ..models.segment_field_items import SegmentFieldItems  # noqa: E402
