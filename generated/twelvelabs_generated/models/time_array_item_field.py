from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_array_item_field_type import TimeArrayItemFieldType
from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.scalar_items import ScalarItems


T = TypeVar("T", bound="TimeArrayItemField")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "type",
        "enum",
        "items",
    }
)


@_attrs_define(repr=False)
class TimeArrayItemField:
    """A field of each event of a `time_array` field (newest API)."""

    name: str
    description: str
    type_: TimeArrayItemFieldType
    """ Type of a field of the events of a `time_array` field. """
    enum: list[str] | Unset = UNSET
    items: ScalarItems | Unset = UNSET
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

        type_ = TimeArrayItemFieldType(d["type"])

        enum = cast(list[str], d.get("enum", UNSET))

        _items = d.get("items", UNSET)
        items: ScalarItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
        else:
            items = ScalarItems.from_dict(_items)

        time_array_item_field = cls(
            name,
            description,
            type_,
            enum,
            items,
        )

        if not _KNOWN_KEYS.issuperset(d):
            time_array_item_field.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return time_array_item_field

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
from ..models.scalar_items import ScalarItems  # noqa: E402
