from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="VideoSystemMetadata")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "filename",
        "duration",
        "fps",
        "width",
        "height",
        "size",
        "video_title",
        "model_names",
    }
)


@_attrs_define(repr=False)
class VideoSystemMetadata:
    filename: str
    duration: float | Unset = UNSET
    """ Seconds. """
    fps: float | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    size: float | Unset = UNSET
    """ Bytes (an integer in practice). """
    video_title: str | Unset = UNSET
    model_names: list[str] | Unset = UNSET
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
                ("video_title", self.video_title),
                ("model_names", self.model_names),
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

        video_title = self.video_title

        model_names: list[str] | Unset = UNSET
        if not isinstance(self.model_names, Unset):
            model_names = self.model_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
            }
        )
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
        if video_title is not UNSET:
            field_dict["video_title"] = video_title
        if model_names is not UNSET:
            field_dict["model_names"] = model_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filename = d["filename"]

        duration = d.get("duration", UNSET)

        fps = d.get("fps", UNSET)

        width = d.get("width", UNSET)

        height = d.get("height", UNSET)

        size = d.get("size", UNSET)

        video_title = d.get("video_title", UNSET)

        model_names = cast(list[str], d.get("model_names", UNSET))

        video_system_metadata = cls(
            filename,
            duration,
            fps,
            width,
            height,
            size,
            video_title,
            model_names,
        )

        if not _KNOWN_KEYS.issuperset(d):
            video_system_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return video_system_metadata

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
