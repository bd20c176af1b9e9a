from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="SearchPool")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "total_count",
        "total_duration",
        "index_id",
    }
)


@_attrs_define(repr=False)
class SearchPool:
    """The set of videos the search ran over."""

    total_count: int | Unset = UNSET
    total_duration: float | Unset = UNSET
    index_id: str | Unset = UNSET
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
                ("total_count", self.total_count),
                ("total_duration", self.total_duration),
                ("index_id", self.index_id),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        total_duration = self.total_duration

        index_id = self.index_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if index_id is not UNSET:
            field_dict["index_id"] = index_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_count = d.get("total_count", UNSET)

        total_duration = d.get("total_duration", UNSET)

        index_id = d.get("index_id", UNSET)

        search_pool = cls(
            total_count,
            total_duration,
            index_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            search_pool.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return search_pool

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
