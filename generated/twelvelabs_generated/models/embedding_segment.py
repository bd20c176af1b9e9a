from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="EmbeddingSegment")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "start_offset_sec",
        "end_offset_sec",
        "float",
    }
)


@_attrs_define(repr=False)
class EmbeddingSegment:
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    float_: list[float] | Unset = UNSET
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
                ("start_offset_sec", self.start_offset_sec),
                ("end_offset_sec", self.end_offset_sec),
                ("float_", self.float_),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        float_: list[float] | Unset = UNSET
        if not isinstance(self.float_, Unset):
            float_ = self.float_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec
        if float_ is not UNSET:
            field_dict["float"] = float_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start_offset_sec = d.get("start_offset_sec", UNSET)

        end_offset_sec = d.get("end_offset_sec", UNSET)

        float_ = cast(list[float], d.get("float", UNSET))

        embedding_segment = cls(
            start_offset_sec,
            end_offset_sec,
            float_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embedding_segment.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return embedding_segment

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
