from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_item_type import SegmentItemType
from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.time_array_item_field import TimeArrayItemField


T = TypeVar("T", bound="SegmentFieldItems")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "fields",
    }
)


@_attrs_define(repr=False)
class SegmentFieldItems:
    """Items of an `array` field (a scalar `type`), or of a `time_array` field (`type: object`
    and the event `fields`; each event also gets automatic start and end times).

    """

    type_: SegmentItemType
    """ Type of the items of an array field (`object`: newest API, for `time_array`).
     """
    fields: list[TimeArrayItemField] | Unset = UNSET
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
                ("type_", self.type_),
                ("fields", self.fields),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = SegmentItemType(d["type"])

        _fields = d.get("fields", UNSET)
        fields: list[TimeArrayItemField] | Unset = UNSET
        if _fields is not UNSET:
            fields = [TimeArrayItemField.from_dict(item) for item in _fields]

        segment_field_items = cls(
            type_,
            fields,
        )

        if not _KNOWN_KEYS.issuperset(d):
            segment_field_items.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return segment_field_items

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
from ..models.time_array_item_field import TimeArrayItemField  # noqa: E402
