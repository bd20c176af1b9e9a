from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="AnalyzeImage")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "url",
        "asset_id",
        "base64_string",
    }
)


@_attrs_define(repr=False)
class AnalyzeImage:
    """An image to analyze (newest API, Pegasus 1.6). `name` (letters, digits, underscore;
    unique) lets the prompt mention it as `<@name>`. Give exactly one of `url` (HTTPS),
    `asset_id` or `base64_string`. At most 20 MB and 16,777,216 pixels each.

    """

    name: str
    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    base64_string: str | Unset = UNSET
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
                ("url", self.url),
                ("asset_id", self.asset_id),
                ("base64_string", self.base64_string),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        asset_id = self.asset_id

        base64_string = self.base64_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if base64_string is not UNSET:
            field_dict["base64_string"] = base64_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        url = d.get("url", UNSET)

        asset_id = d.get("asset_id", UNSET)

        base64_string = d.get("base64_string", UNSET)

        analyze_image = cls(
            name,
            url,
            asset_id,
            base64_string,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_image.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return analyze_image

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
