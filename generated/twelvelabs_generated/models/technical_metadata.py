from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

if TYPE_CHECKING:
    from ..models.audio_stream_info import AudioStreamInfo
    from ..models.video_stream_info import VideoStreamInfo


T = TypeVar("T", bound="TechnicalMetadata")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "file_size_bytes",
        "file_mime_type",
        "file_container_format",
        "container_creation_time",
        "video_streams",
        "audio_streams",
        "video_codec",
        "video_width",
        "video_height",
        "video_fps",
        "video_duration_seconds",
        "video_bitrate_bps",
        "audio_codec",
        "audio_sample_rate",
        "audio_channels",
        "audio_duration_seconds",
        "start_timecode",
        "timecode_source",
        "drop_frame",
        "image_width",
        "image_height",
        "image_format",
        "image_orientation",
        "image_color_space",
        "image_bit_depth",
        "is_hdr",
        "has_audio",
        "has_alpha",
        "is_animated",
        "total_video_streams",
        "total_audio_streams",
        "storage_aspect_ratio",
        "geospatial_latitude",
        "geospatial_longitude",
        "geospatial_altitude_meters",
    }
)


@_attrs_define(repr=False)
class TechnicalMetadata:
    """What the server read from the file; absent while the asset processes, possibly partial
    when it failed. Every field is optional.

    """

    file_size_bytes: int | Unset = UNSET
    file_mime_type: str | Unset = UNSET
    file_container_format: str | Unset = UNSET
    container_creation_time: str | Unset = UNSET
    video_streams: list[VideoStreamInfo] | Unset = UNSET
    audio_streams: list[AudioStreamInfo] | Unset = UNSET
    video_codec: str | Unset = UNSET
    video_width: int | Unset = UNSET
    video_height: int | Unset = UNSET
    video_fps: float | Unset = UNSET
    video_duration_seconds: float | Unset = UNSET
    video_bitrate_bps: int | Unset = UNSET
    audio_codec: str | Unset = UNSET
    audio_sample_rate: int | Unset = UNSET
    audio_channels: int | Unset = UNSET
    audio_duration_seconds: float | Unset = UNSET
    start_timecode: str | Unset = UNSET
    timecode_source: str | Unset = UNSET
    drop_frame: bool | Unset = UNSET
    image_width: int | Unset = UNSET
    image_height: int | Unset = UNSET
    image_format: str | Unset = UNSET
    image_orientation: int | str | Unset = UNSET
    """ Orientation as the file states it (its type is not documented). """
    image_color_space: str | Unset = UNSET
    image_bit_depth: int | Unset = UNSET
    is_hdr: bool | Unset = UNSET
    has_audio: bool | Unset = UNSET
    has_alpha: bool | Unset = UNSET
    is_animated: bool | Unset = UNSET
    total_video_streams: int | Unset = UNSET
    total_audio_streams: int | Unset = UNSET
    storage_aspect_ratio: str | Unset = UNSET
    geospatial_latitude: float | Unset = UNSET
    geospatial_longitude: float | Unset = UNSET
    geospatial_altitude_meters: float | Unset = UNSET
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
                ("file_size_bytes", self.file_size_bytes),
                ("file_mime_type", self.file_mime_type),
                ("file_container_format", self.file_container_format),
                ("container_creation_time", self.container_creation_time),
                ("video_streams", self.video_streams),
                ("audio_streams", self.audio_streams),
                ("video_codec", self.video_codec),
                ("video_width", self.video_width),
                ("video_height", self.video_height),
                ("video_fps", self.video_fps),
                ("video_duration_seconds", self.video_duration_seconds),
                ("video_bitrate_bps", self.video_bitrate_bps),
                ("audio_codec", self.audio_codec),
                ("audio_sample_rate", self.audio_sample_rate),
                ("audio_channels", self.audio_channels),
                ("audio_duration_seconds", self.audio_duration_seconds),
                ("start_timecode", self.start_timecode),
                ("timecode_source", self.timecode_source),
                ("drop_frame", self.drop_frame),
                ("image_width", self.image_width),
                ("image_height", self.image_height),
                ("image_format", self.image_format),
                ("image_orientation", self.image_orientation),
                ("image_color_space", self.image_color_space),
                ("image_bit_depth", self.image_bit_depth),
                ("is_hdr", self.is_hdr),
                ("has_audio", self.has_audio),
                ("has_alpha", self.has_alpha),
                ("is_animated", self.is_animated),
                ("total_video_streams", self.total_video_streams),
                ("total_audio_streams", self.total_audio_streams),
                ("storage_aspect_ratio", self.storage_aspect_ratio),
                ("geospatial_latitude", self.geospatial_latitude),
                ("geospatial_longitude", self.geospatial_longitude),
                ("geospatial_altitude_meters", self.geospatial_altitude_meters),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        file_size_bytes = self.file_size_bytes

        file_mime_type = self.file_mime_type

        file_container_format = self.file_container_format

        container_creation_time = self.container_creation_time

        video_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.video_streams, Unset):
            video_streams = []
            for video_streams_item_data in self.video_streams:
                video_streams_item = video_streams_item_data.to_dict()
                video_streams.append(video_streams_item)

        audio_streams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.audio_streams, Unset):
            audio_streams = []
            for audio_streams_item_data in self.audio_streams:
                audio_streams_item = audio_streams_item_data.to_dict()
                audio_streams.append(audio_streams_item)

        video_codec = self.video_codec

        video_width = self.video_width

        video_height = self.video_height

        video_fps = self.video_fps

        video_duration_seconds = self.video_duration_seconds

        video_bitrate_bps = self.video_bitrate_bps

        audio_codec = self.audio_codec

        audio_sample_rate = self.audio_sample_rate

        audio_channels = self.audio_channels

        audio_duration_seconds = self.audio_duration_seconds

        start_timecode = self.start_timecode

        timecode_source = self.timecode_source

        drop_frame = self.drop_frame

        image_width = self.image_width

        image_height = self.image_height

        image_format = self.image_format

        image_orientation: int | str | Unset
        if isinstance(self.image_orientation, Unset):
            image_orientation = UNSET
        else:
            image_orientation = self.image_orientation

        image_color_space = self.image_color_space

        image_bit_depth = self.image_bit_depth

        is_hdr = self.is_hdr

        has_audio = self.has_audio

        has_alpha = self.has_alpha

        is_animated = self.is_animated

        total_video_streams = self.total_video_streams

        total_audio_streams = self.total_audio_streams

        storage_aspect_ratio = self.storage_aspect_ratio

        geospatial_latitude = self.geospatial_latitude

        geospatial_longitude = self.geospatial_longitude

        geospatial_altitude_meters = self.geospatial_altitude_meters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_size_bytes is not UNSET:
            field_dict["file_size_bytes"] = file_size_bytes
        if file_mime_type is not UNSET:
            field_dict["file_mime_type"] = file_mime_type
        if file_container_format is not UNSET:
            field_dict["file_container_format"] = file_container_format
        if container_creation_time is not UNSET:
            field_dict["container_creation_time"] = container_creation_time
        if video_streams is not UNSET:
            field_dict["video_streams"] = video_streams
        if audio_streams is not UNSET:
            field_dict["audio_streams"] = audio_streams
        if video_codec is not UNSET:
            field_dict["video_codec"] = video_codec
        if video_width is not UNSET:
            field_dict["video_width"] = video_width
        if video_height is not UNSET:
            field_dict["video_height"] = video_height
        if video_fps is not UNSET:
            field_dict["video_fps"] = video_fps
        if video_duration_seconds is not UNSET:
            field_dict["video_duration_seconds"] = video_duration_seconds
        if video_bitrate_bps is not UNSET:
            field_dict["video_bitrate_bps"] = video_bitrate_bps
        if audio_codec is not UNSET:
            field_dict["audio_codec"] = audio_codec
        if audio_sample_rate is not UNSET:
            field_dict["audio_sample_rate"] = audio_sample_rate
        if audio_channels is not UNSET:
            field_dict["audio_channels"] = audio_channels
        if audio_duration_seconds is not UNSET:
            field_dict["audio_duration_seconds"] = audio_duration_seconds
        if start_timecode is not UNSET:
            field_dict["start_timecode"] = start_timecode
        if timecode_source is not UNSET:
            field_dict["timecode_source"] = timecode_source
        if drop_frame is not UNSET:
            field_dict["drop_frame"] = drop_frame
        if image_width is not UNSET:
            field_dict["image_width"] = image_width
        if image_height is not UNSET:
            field_dict["image_height"] = image_height
        if image_format is not UNSET:
            field_dict["image_format"] = image_format
        if image_orientation is not UNSET:
            field_dict["image_orientation"] = image_orientation
        if image_color_space is not UNSET:
            field_dict["image_color_space"] = image_color_space
        if image_bit_depth is not UNSET:
            field_dict["image_bit_depth"] = image_bit_depth
        if is_hdr is not UNSET:
            field_dict["is_hdr"] = is_hdr
        if has_audio is not UNSET:
            field_dict["has_audio"] = has_audio
        if has_alpha is not UNSET:
            field_dict["has_alpha"] = has_alpha
        if is_animated is not UNSET:
            field_dict["is_animated"] = is_animated
        if total_video_streams is not UNSET:
            field_dict["total_video_streams"] = total_video_streams
        if total_audio_streams is not UNSET:
            field_dict["total_audio_streams"] = total_audio_streams
        if storage_aspect_ratio is not UNSET:
            field_dict["storage_aspect_ratio"] = storage_aspect_ratio
        if geospatial_latitude is not UNSET:
            field_dict["geospatial_latitude"] = geospatial_latitude
        if geospatial_longitude is not UNSET:
            field_dict["geospatial_longitude"] = geospatial_longitude
        if geospatial_altitude_meters is not UNSET:
            field_dict["geospatial_altitude_meters"] = geospatial_altitude_meters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        file_size_bytes = d.get("file_size_bytes", UNSET)

        file_mime_type = d.get("file_mime_type", UNSET)

        file_container_format = d.get("file_container_format", UNSET)

        container_creation_time = d.get("container_creation_time", UNSET)

        _video_streams = d.get("video_streams", UNSET)
        video_streams: list[VideoStreamInfo] | Unset = UNSET
        if _video_streams.__class__ is list and _can_defer_video_streams(_video_streams):
            video_streams = Unbuilt((_video_streams,))
        elif _video_streams is not UNSET:
            video_streams = list(map(VideoStreamInfo.from_dict, _video_streams))

        _audio_streams = d.get("audio_streams", UNSET)
        audio_streams: list[AudioStreamInfo] | Unset = UNSET
        if _audio_streams.__class__ is list and _can_defer_audio_streams(_audio_streams):
            audio_streams = Unbuilt((_audio_streams,))
        elif _audio_streams is not UNSET:
            audio_streams = list(map(AudioStreamInfo.from_dict, _audio_streams))

        video_codec = d.get("video_codec", UNSET)

        video_width = d.get("video_width", UNSET)

        video_height = d.get("video_height", UNSET)

        video_fps = d.get("video_fps", UNSET)

        video_duration_seconds = d.get("video_duration_seconds", UNSET)

        video_bitrate_bps = d.get("video_bitrate_bps", UNSET)

        audio_codec = d.get("audio_codec", UNSET)

        audio_sample_rate = d.get("audio_sample_rate", UNSET)

        audio_channels = d.get("audio_channels", UNSET)

        audio_duration_seconds = d.get("audio_duration_seconds", UNSET)

        start_timecode = d.get("start_timecode", UNSET)

        timecode_source = d.get("timecode_source", UNSET)

        drop_frame = d.get("drop_frame", UNSET)

        image_width = d.get("image_width", UNSET)

        image_height = d.get("image_height", UNSET)

        image_format = d.get("image_format", UNSET)

        def _parse_image_orientation(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        image_orientation = _parse_image_orientation(d.get("image_orientation", UNSET))

        image_color_space = d.get("image_color_space", UNSET)

        image_bit_depth = d.get("image_bit_depth", UNSET)

        is_hdr = d.get("is_hdr", UNSET)

        has_audio = d.get("has_audio", UNSET)

        has_alpha = d.get("has_alpha", UNSET)

        is_animated = d.get("is_animated", UNSET)

        total_video_streams = d.get("total_video_streams", UNSET)

        total_audio_streams = d.get("total_audio_streams", UNSET)

        storage_aspect_ratio = d.get("storage_aspect_ratio", UNSET)

        geospatial_latitude = d.get("geospatial_latitude", UNSET)

        geospatial_longitude = d.get("geospatial_longitude", UNSET)

        geospatial_altitude_meters = d.get("geospatial_altitude_meters", UNSET)

        technical_metadata = cls(
            file_size_bytes,
            file_mime_type,
            file_container_format,
            container_creation_time,
            video_streams,
            audio_streams,
            video_codec,
            video_width,
            video_height,
            video_fps,
            video_duration_seconds,
            video_bitrate_bps,
            audio_codec,
            audio_sample_rate,
            audio_channels,
            audio_duration_seconds,
            start_timecode,
            timecode_source,
            drop_frame,
            image_width,
            image_height,
            image_format,
            image_orientation,
            image_color_space,
            image_bit_depth,
            is_hdr,
            has_audio,
            has_alpha,
            is_animated,
            total_video_streams,
            total_audio_streams,
            storage_aspect_ratio,
            geospatial_latitude,
            geospatial_longitude,
            geospatial_altitude_meters,
        )

        if not _KNOWN_KEYS.issuperset(d):
            technical_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return technical_metadata

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


# After the class, because models refer to each other: imported once, where from_dict had an
# import statement run for every object it parsed.
from ..models.audio_stream_info import AudioStreamInfo  # noqa: E402
from ..models.video_stream_info import VideoStreamInfo  # noqa: E402


def _can_defer_video_streams(items: list[Any]) -> bool:
    """True when VideoStreamInfo.from_dict cannot fail on any of these JSON objects, so
    TechnicalMetadata.video_streams may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict:
            return False
    return True


build_on_first_read(TechnicalMetadata, "video_streams", VideoStreamInfo)


def _can_defer_audio_streams(items: list[Any]) -> bool:
    """True when AudioStreamInfo.from_dict cannot fail on any of these JSON objects, so
    TechnicalMetadata.audio_streams may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict:
            return False
    return True


build_on_first_read(TechnicalMetadata, "audio_streams", AudioStreamInfo)
