from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="AssetSourceDetails")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "provider",
        "source_id",
        "original_filename",
        "source_link",
    }
)


@_attrs_define(repr=False)
class AssetSourceDetails:
    provider: str | Unset = UNSET
    """ Storage provider such as `google_drive`. """
    source_id: str | Unset = UNSET
    original_filename: str | Unset = UNSET
    source_link: str | Unset = UNSET
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
                ("provider", self.provider),
                ("source_id", self.source_id),
                ("original_filename", self.original_filename),
                ("source_link", self.source_link),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        source_id = self.source_id

        original_filename = self.original_filename

        source_link = self.source_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if original_filename is not UNSET:
            field_dict["original_filename"] = original_filename
        if source_link is not UNSET:
            field_dict["source_link"] = source_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        provider = d.get("provider", UNSET)

        source_id = d.get("source_id", UNSET)

        original_filename = d.get("original_filename", UNSET)

        source_link = d.get("source_link", UNSET)

        asset_source_details = cls(
            provider,
            source_id,
            original_filename,
            source_link,
        )

        if not _KNOWN_KEYS.issuperset(d):
            asset_source_details.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return asset_source_details

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
