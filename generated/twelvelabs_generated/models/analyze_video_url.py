from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="AnalyzeVideoUrl")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "url",
    }
)


@_attrs_define(repr=False)
class AnalyzeVideoUrl:
    """A video given by a direct link to the media file (not a hosting page)."""

    type_: Literal["url"]
    url: str
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
                ("url", self.url),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = cast("Literal['url']", d["type"])
        if type_ != "url":
            raise ValueError(f"type must match const 'url', got '{type_}'")

        url = d["url"]

        analyze_video_url = cls(
            type_,
            url,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_video_url.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return analyze_video_url

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
