from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gist_type import GistType
from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="GistRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "video_id",
        "types",
    }
)


@_attrs_define(repr=False)
class GistRequest:
    video_id: str
    types: list[GistType]
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
                ("video_id", self.video_id),
                ("types", self.types),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.value
            types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        video_id = d["video_id"]

        types = []
        _types = d["types"]
        for types_item_data in _types:
            types_item = GistType(types_item_data)

            types.append(types_item)

        gist_request = cls(
            video_id,
            types,
        )

        if not _KNOWN_KEYS.issuperset(d):
            gist_request.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return gist_request

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
