from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embed_v2_scope import KnownEmbedV2Scope
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedV2Scope_by_value = KnownEmbedV2Scope._value2member_map_


T = TypeVar("T", bound="AudioEmbeddingTaskMetadata")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "input_url",
        "input_filename",
        "audio_embedding_options",
        "audio_embedding_scopes",
        "duration",
        "start_offset_sec",
        "end_offset_sec",
    }
)


@_attrs_define(repr=False)
class AudioEmbeddingTaskMetadata:
    """Input description of an audio embedding task."""

    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    audio_embedding_options: list[str] | Unset = UNSET
    audio_embedding_scopes: list[KnownEmbedV2Scope | str] | Unset = UNSET
    duration: float | Unset = UNSET
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
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
                ("audio_embedding_options", self.audio_embedding_options),
                ("audio_embedding_scopes", self.audio_embedding_scopes),
                ("duration", self.duration),
                ("start_offset_sec", self.start_offset_sec),
                ("end_offset_sec", self.end_offset_sec),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        input_url = self.input_url

        input_filename = self.input_filename

        audio_embedding_options: list[str] | Unset = UNSET
        if not isinstance(self.audio_embedding_options, Unset):
            audio_embedding_options = self.audio_embedding_options

        audio_embedding_scopes: list[str] | Unset = UNSET
        if not isinstance(self.audio_embedding_scopes, Unset):
            audio_embedding_scopes = []
            for audio_embedding_scopes_item_data in self.audio_embedding_scopes:
                audio_embedding_scopes_item: str
                if isinstance(audio_embedding_scopes_item_data, KnownEmbedV2Scope):
                    audio_embedding_scopes_item = audio_embedding_scopes_item_data.value
                else:
                    audio_embedding_scopes_item = audio_embedding_scopes_item_data
                audio_embedding_scopes.append(audio_embedding_scopes_item)

        duration = self.duration

        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_url is not UNSET:
            field_dict["input_url"] = input_url
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename
        if audio_embedding_options is not UNSET:
            field_dict["audio_embedding_options"] = audio_embedding_options
        if audio_embedding_scopes is not UNSET:
            field_dict["audio_embedding_scopes"] = audio_embedding_scopes
        if duration is not UNSET:
            field_dict["duration"] = duration
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_url = d.get("input_url", UNSET)

        input_filename = d.get("input_filename", UNSET)

        audio_embedding_options = cast(list[str], d.get("audio_embedding_options", UNSET))

        _audio_embedding_scopes = d.get("audio_embedding_scopes", UNSET)
        audio_embedding_scopes: list[KnownEmbedV2Scope | str] | Unset = UNSET
        if _audio_embedding_scopes is not UNSET:
            audio_embedding_scopes = [
                _KnownEmbedV2Scope_by_value.get(item, item) if isinstance(item, str) else item
                for item in _audio_embedding_scopes
            ]

        duration = d.get("duration", UNSET)

        start_offset_sec = d.get("start_offset_sec", UNSET)

        end_offset_sec = d.get("end_offset_sec", UNSET)

        audio_embedding_task_metadata = cls(
            input_url,
            input_filename,
            audio_embedding_options,
            audio_embedding_scopes,
            duration,
            start_offset_sec,
            end_offset_sec,
        )

        if not _KNOWN_KEYS.issuperset(d):
            audio_embedding_task_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return audio_embedding_task_metadata

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
