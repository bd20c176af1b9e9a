from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embedding_scope import KnownEmbeddingScope
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbeddingScope_by_value = KnownEmbeddingScope._value2member_map_


T = TypeVar("T", bound="EmbedTaskMetadata")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "input_url",
        "input_filename",
        "video_clip_length",
        "video_embedding_scope",
        "duration",
    }
)


@_attrs_define(repr=False)
class EmbedTaskMetadata:
    """Input description of a video embedding task."""

    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    video_clip_length: float | Unset = UNSET
    video_embedding_scope: list[KnownEmbeddingScope | str] | Unset = UNSET
    duration: float | Unset = UNSET
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
                ("input_url", self.input_url),
                ("input_filename", self.input_filename),
                ("video_clip_length", self.video_clip_length),
                ("video_embedding_scope", self.video_embedding_scope),
                ("duration", self.duration),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        input_url = self.input_url

        input_filename = self.input_filename

        video_clip_length = self.video_clip_length

        video_embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.video_embedding_scope, Unset):
            video_embedding_scope = []
            for video_embedding_scope_item_data in self.video_embedding_scope:
                video_embedding_scope_item: str
                if isinstance(video_embedding_scope_item_data, KnownEmbeddingScope):
                    video_embedding_scope_item = video_embedding_scope_item_data.value
                else:
                    video_embedding_scope_item = video_embedding_scope_item_data
                video_embedding_scope.append(video_embedding_scope_item)

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_url is not UNSET:
            field_dict["input_url"] = input_url
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename
        if video_clip_length is not UNSET:
            field_dict["video_clip_length"] = video_clip_length
        if video_embedding_scope is not UNSET:
            field_dict["video_embedding_scope"] = video_embedding_scope
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_url = d.get("input_url", UNSET)

        input_filename = d.get("input_filename", UNSET)

        video_clip_length = d.get("video_clip_length", UNSET)

        _video_embedding_scope = d.get("video_embedding_scope", UNSET)
        video_embedding_scope: list[KnownEmbeddingScope | str] | Unset = UNSET
        if _video_embedding_scope is not UNSET:
            video_embedding_scope = [
                _KnownEmbeddingScope_by_value.get(item, item) if isinstance(item, str) else item
                for item in _video_embedding_scope
            ]

        duration = d.get("duration", UNSET)

        embed_task_metadata = cls(
            input_url,
            input_filename,
            video_clip_length,
            video_embedding_scope,
            duration,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_task_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return embed_task_metadata

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
