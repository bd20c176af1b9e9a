from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reference_media_type import ReferenceMediaType
from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="ReferenceMedia")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "media_type",
        "url",
        "asset_id",
        "base64_string",
    }
)


@_attrs_define(repr=False)
class ReferenceMedia:
    """A named reference image a structured prompt can mention as `<@name>`. Give exactly one
    of `url` (HTTPS), `asset_id` or `base64_string` (at most 30 MB).

    """

    name: str
    media_type: ReferenceMediaType
    """ Kind of a reference media source in a structured prompt. """
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
                ("media_type", self.media_type),
                ("url", self.url),
                ("asset_id", self.asset_id),
                ("base64_string", self.base64_string),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        media_type = self.media_type.value

        url = self.url

        asset_id = self.asset_id

        base64_string = self.base64_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "media_type": media_type,
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

        media_type = ReferenceMediaType(d["media_type"])

        url = d.get("url", UNSET)

        asset_id = d.get("asset_id", UNSET)

        base64_string = d.get("base64_string", UNSET)

        reference_media = cls(
            name,
            media_type,
            url,
            asset_id,
            base64_string,
        )

        if not _KNOWN_KEYS.issuperset(d):
            reference_media.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return reference_media

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
