from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_asset_rendition_status import KnownAssetRenditionStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAssetRenditionStatus_by_value = KnownAssetRenditionStatus._value2member_map_


T = TypeVar("T", bound="AssetHls")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "manifest_url",
        "status",
    }
)


@_attrs_define(repr=False)
class AssetHls:
    """HLS stream of an asset; present only when it was asked for."""

    manifest_url: str | Unset = UNSET
    """ Only once ready. """
    status: KnownAssetRenditionStatus | str | Unset = UNSET
    """ State of an asset's HLS stream or thumbnail; unknown states are kept as strings. """
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
                ("manifest_url", self.manifest_url),
                ("status", self.status),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        manifest_url = self.manifest_url

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownAssetRenditionStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if manifest_url is not UNSET:
            field_dict["manifest_url"] = manifest_url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        manifest_url = d.get("manifest_url", UNSET)

        status = d.get("status", UNSET)
        if isinstance(status, str):
            status = _KnownAssetRenditionStatus_by_value.get(status, status)

        asset_hls = cls(
            manifest_url,
            status,
        )

        if not _KNOWN_KEYS.issuperset(d):
            asset_hls.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return asset_hls

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
