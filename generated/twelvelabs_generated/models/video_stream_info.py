from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="VideoStreamInfo")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "index",
        "codec",
        "width",
        "height",
        "fps",
        "avg_fps",
        "duration_seconds",
        "bitrate_bps",
        "rotation",
        "pixel_aspect_ratio",
        "display_aspect_ratio",
        "scan_type",
        "pixel_format",
        "bit_depth",
        "color_range",
        "color_transfer",
        "color_space",
        "color_primaries",
    }
)


@_attrs_define(repr=False)
class VideoStreamInfo:
    """One video stream of a file."""

    index: int | Unset = UNSET
    codec: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    fps: float | Unset = UNSET
    avg_fps: float | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    bitrate_bps: int | Unset = UNSET
    rotation: float | Unset = UNSET
    pixel_aspect_ratio: str | Unset = UNSET
    display_aspect_ratio: str | Unset = UNSET
    scan_type: str | Unset = UNSET
    pixel_format: str | Unset = UNSET
    bit_depth: int | Unset = UNSET
    color_range: str | Unset = UNSET
    color_transfer: str | Unset = UNSET
    color_space: str | Unset = UNSET
    color_primaries: str | Unset = UNSET
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
                ("index", self.index),
                ("codec", self.codec),
                ("width", self.width),
                ("height", self.height),
                ("fps", self.fps),
                ("avg_fps", self.avg_fps),
                ("duration_seconds", self.duration_seconds),
                ("bitrate_bps", self.bitrate_bps),
                ("rotation", self.rotation),
                ("pixel_aspect_ratio", self.pixel_aspect_ratio),
                ("display_aspect_ratio", self.display_aspect_ratio),
                ("scan_type", self.scan_type),
                ("pixel_format", self.pixel_format),
                ("bit_depth", self.bit_depth),
                ("color_range", self.color_range),
                ("color_transfer", self.color_transfer),
                ("color_space", self.color_space),
                ("color_primaries", self.color_primaries),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        codec = self.codec

        width = self.width

        height = self.height

        fps = self.fps

        avg_fps = self.avg_fps

        duration_seconds = self.duration_seconds

        bitrate_bps = self.bitrate_bps

        rotation = self.rotation

        pixel_aspect_ratio = self.pixel_aspect_ratio

        display_aspect_ratio = self.display_aspect_ratio

        scan_type = self.scan_type

        pixel_format = self.pixel_format

        bit_depth = self.bit_depth

        color_range = self.color_range

        color_transfer = self.color_transfer

        color_space = self.color_space

        color_primaries = self.color_primaries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if codec is not UNSET:
            field_dict["codec"] = codec
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if fps is not UNSET:
            field_dict["fps"] = fps
        if avg_fps is not UNSET:
            field_dict["avg_fps"] = avg_fps
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if bitrate_bps is not UNSET:
            field_dict["bitrate_bps"] = bitrate_bps
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if pixel_aspect_ratio is not UNSET:
            field_dict["pixel_aspect_ratio"] = pixel_aspect_ratio
        if display_aspect_ratio is not UNSET:
            field_dict["display_aspect_ratio"] = display_aspect_ratio
        if scan_type is not UNSET:
            field_dict["scan_type"] = scan_type
        if pixel_format is not UNSET:
            field_dict["pixel_format"] = pixel_format
        if bit_depth is not UNSET:
            field_dict["bit_depth"] = bit_depth
        if color_range is not UNSET:
            field_dict["color_range"] = color_range
        if color_transfer is not UNSET:
            field_dict["color_transfer"] = color_transfer
        if color_space is not UNSET:
            field_dict["color_space"] = color_space
        if color_primaries is not UNSET:
            field_dict["color_primaries"] = color_primaries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d.get("index", UNSET)

        codec = d.get("codec", UNSET)

        width = d.get("width", UNSET)

        height = d.get("height", UNSET)

        fps = d.get("fps", UNSET)

        avg_fps = d.get("avg_fps", UNSET)

        duration_seconds = d.get("duration_seconds", UNSET)

        bitrate_bps = d.get("bitrate_bps", UNSET)

        rotation = d.get("rotation", UNSET)

        pixel_aspect_ratio = d.get("pixel_aspect_ratio", UNSET)

        display_aspect_ratio = d.get("display_aspect_ratio", UNSET)

        scan_type = d.get("scan_type", UNSET)

        pixel_format = d.get("pixel_format", UNSET)

        bit_depth = d.get("bit_depth", UNSET)

        color_range = d.get("color_range", UNSET)

        color_transfer = d.get("color_transfer", UNSET)

        color_space = d.get("color_space", UNSET)

        color_primaries = d.get("color_primaries", UNSET)

        video_stream_info = cls(
            index,
            codec,
            width,
            height,
            fps,
            avg_fps,
            duration_seconds,
            bitrate_bps,
            rotation,
            pixel_aspect_ratio,
            display_aspect_ratio,
            scan_type,
            pixel_format,
            bit_depth,
            color_range,
            color_transfer,
            color_space,
            color_primaries,
        )

        if not _KNOWN_KEYS.issuperset(d):
            video_stream_info.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return video_stream_info

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
