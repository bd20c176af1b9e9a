from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="IndexedAssetSystemMetadata")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "filename",
        "duration",
        "fps",
        "width",
        "height",
        "size",
    }
)


@_attrs_define(repr=False)
class IndexedAssetSystemMetadata:
    filename: str | Unset = UNSET
    duration: float | Unset = UNSET
    """ Seconds. """
    fps: float | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    size: float | Unset = UNSET
    """ Bytes. """
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
                ("filename", self.filename),
                ("duration", self.duration),
                ("fps", self.fps),
                ("width", self.width),
                ("height", self.height),
                ("size", self.size),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        duration = self.duration

        fps = self.fps

        width = self.width

        height = self.height

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fps is not UNSET:
            field_dict["fps"] = fps
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filename = d.get("filename", UNSET)

        duration = d.get("duration", UNSET)

        fps = d.get("fps", UNSET)

        width = d.get("width", UNSET)

        height = d.get("height", UNSET)

        size = d.get("size", UNSET)

        indexed_asset_system_metadata = cls(
            filename,
            duration,
            fps,
            width,
            height,
            size,
        )

        if not _KNOWN_KEYS.issuperset(d):
            indexed_asset_system_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return indexed_asset_system_metadata

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
