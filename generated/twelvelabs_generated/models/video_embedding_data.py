from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

if TYPE_CHECKING:
    from ..models.embed_task_metadata import EmbedTaskMetadata
    from ..models.video_embedding_segment import VideoEmbeddingSegment


T = TypeVar("T", bound="VideoEmbeddingData")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "metadata",
        "segments",
    }
)


@_attrs_define(repr=False)
class VideoEmbeddingData:
    """Container of video embeddings: the input metadata (embed tasks) and/or the segments."""

    metadata: EmbedTaskMetadata | Unset = UNSET
    """ Input description of a video embedding task. """
    segments: list[VideoEmbeddingSegment] | Unset = UNSET
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
                ("metadata", self.metadata),
                ("segments", self.segments),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _metadata = d.get("metadata", UNSET)
        metadata: EmbedTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EmbedTaskMetadata.from_dict(_metadata)

        _segments = d.get("segments", UNSET)
        segments: list[VideoEmbeddingSegment] | Unset = UNSET
        if _segments.__class__ is list and _can_defer_segments(_segments):
            segments = Unbuilt((_segments,))
        elif _segments is not UNSET:
            segments = list(map(VideoEmbeddingSegment.from_dict, _segments))

        video_embedding_data = cls(
            metadata,
            segments,
        )

        if not _KNOWN_KEYS.issuperset(d):
            video_embedding_data.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return video_embedding_data

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
from ..models.embed_task_metadata import EmbedTaskMetadata  # noqa: E402
from ..models.video_embedding_segment import VideoEmbeddingSegment  # noqa: E402


def _can_defer_segments(items: list[Any]) -> bool:
    """True when VideoEmbeddingSegment.from_dict cannot fail on any of these JSON objects, so
    VideoEmbeddingData.segments may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict:
            return False
    return True


build_on_first_read(VideoEmbeddingData, "segments", VideoEmbeddingSegment)
