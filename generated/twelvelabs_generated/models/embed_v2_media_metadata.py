from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embed_v2_scope import KnownEmbedV2Scope
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedV2Scope_by_value = KnownEmbedV2Scope._value2member_map_


T = TypeVar("T", bound="EmbedV2MediaMetadata")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "input_type",
        "input_url",
        "input_filename",
        "embedding_options",
        "embedding_scopes",
        "duration",
        "start_offset_sec",
        "end_offset_sec",
        "clip_length",
        "embedding_dimension",
    }
)


@_attrs_define(repr=False)
class EmbedV2MediaMetadata:
    """What the server read of the input (not returned for plain text). Images, text with an
    image and multi-input carry the input fields only; audio and video also carry the
    options, scopes, duration and offsets, and video with fixed segments `clip_length`.

    """

    input_type: str
    input_url: str | Unset = UNSET
    input_filename: str | Unset = UNSET
    embedding_options: list[str] | Unset = UNSET
    embedding_scopes: list[KnownEmbedV2Scope | str] | Unset = UNSET
    duration: float | Unset = UNSET
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    clip_length: int | Unset = UNSET
    embedding_dimension: int | Unset = UNSET
    """ Length of the vectors (newest API, Marengo 3.5). """
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
                ("input_type", self.input_type),
                ("input_url", self.input_url),
                ("input_filename", self.input_filename),
                ("embedding_options", self.embedding_options),
                ("embedding_scopes", self.embedding_scopes),
                ("duration", self.duration),
                ("start_offset_sec", self.start_offset_sec),
                ("end_offset_sec", self.end_offset_sec),
                ("clip_length", self.clip_length),
                ("embedding_dimension", self.embedding_dimension),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type

        input_url = self.input_url

        input_filename = self.input_filename

        embedding_options: list[str] | Unset = UNSET
        if not isinstance(self.embedding_options, Unset):
            embedding_options = self.embedding_options

        embedding_scopes: list[str] | Unset = UNSET
        if not isinstance(self.embedding_scopes, Unset):
            embedding_scopes = []
            for embedding_scopes_item_data in self.embedding_scopes:
                embedding_scopes_item: str
                if isinstance(embedding_scopes_item_data, KnownEmbedV2Scope):
                    embedding_scopes_item = embedding_scopes_item_data.value
                else:
                    embedding_scopes_item = embedding_scopes_item_data
                embedding_scopes.append(embedding_scopes_item)

        duration = self.duration

        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        clip_length = self.clip_length

        embedding_dimension = self.embedding_dimension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
            }
        )
        if input_url is not UNSET:
            field_dict["input_url"] = input_url
        if input_filename is not UNSET:
            field_dict["input_filename"] = input_filename
        if embedding_options is not UNSET:
            field_dict["embedding_options"] = embedding_options
        if embedding_scopes is not UNSET:
            field_dict["embedding_scopes"] = embedding_scopes
        if duration is not UNSET:
            field_dict["duration"] = duration
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec
        if clip_length is not UNSET:
            field_dict["clip_length"] = clip_length
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_type = d["input_type"]

        input_url = d.get("input_url", UNSET)

        input_filename = d.get("input_filename", UNSET)

        embedding_options = cast(list[str], d.get("embedding_options", UNSET))

        _embedding_scopes = d.get("embedding_scopes", UNSET)
        embedding_scopes: list[KnownEmbedV2Scope | str] | Unset = UNSET
        if _embedding_scopes is not UNSET:
            embedding_scopes = [
                _KnownEmbedV2Scope_by_value.get(item, item) if isinstance(item, str) else item
                for item in _embedding_scopes
            ]

        duration = d.get("duration", UNSET)

        start_offset_sec = d.get("start_offset_sec", UNSET)

        end_offset_sec = d.get("end_offset_sec", UNSET)

        clip_length = d.get("clip_length", UNSET)

        embedding_dimension = d.get("embedding_dimension", UNSET)

        embed_v2_media_metadata = cls(
            input_type,
            input_url,
            input_filename,
            embedding_options,
            embedding_scopes,
            duration,
            start_offset_sec,
            end_offset_sec,
            clip_length,
            embedding_dimension,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_media_metadata.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return embed_v2_media_metadata

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
