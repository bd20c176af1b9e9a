from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embedding_option import KnownEmbeddingOption
from ..models.known_embedding_scope import KnownEmbeddingScope
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbeddingOption_by_value = KnownEmbeddingOption._value2member_map_
_KnownEmbeddingScope_by_value = KnownEmbeddingScope._value2member_map_


T = TypeVar("T", bound="VideoEmbeddingSegment")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "start_offset_sec",
        "end_offset_sec",
        "embedding_option",
        "embedding_scope",
        "float",
    }
)


@_attrs_define(repr=False)
class VideoEmbeddingSegment:
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    embedding_option: KnownEmbeddingOption | str | Unset = UNSET
    """ Kind of a video embedding segment; unknown kinds are kept as strings. """
    embedding_scope: KnownEmbeddingScope | str | Unset = UNSET
    """ Scope of a video embedding segment; unknown scopes are kept as strings. """
    float_: list[float] | Unset = UNSET
    """ The vector (1024 numbers for Marengo 2.7). """
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
                ("start_offset_sec", self.start_offset_sec),
                ("end_offset_sec", self.end_offset_sec),
                ("embedding_option", self.embedding_option),
                ("embedding_scope", self.embedding_scope),
                ("float_", self.float_),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        start_offset_sec = self.start_offset_sec

        end_offset_sec = self.end_offset_sec

        embedding_option: str | Unset
        if isinstance(self.embedding_option, Unset):
            embedding_option = UNSET
        elif isinstance(self.embedding_option, KnownEmbeddingOption):
            embedding_option = self.embedding_option.value
        else:
            embedding_option = self.embedding_option

        embedding_scope: str | Unset
        if isinstance(self.embedding_scope, Unset):
            embedding_scope = UNSET
        elif isinstance(self.embedding_scope, KnownEmbeddingScope):
            embedding_scope = self.embedding_scope.value
        else:
            embedding_scope = self.embedding_scope

        float_: list[float] | Unset = UNSET
        if not isinstance(self.float_, Unset):
            float_ = self.float_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = start_offset_sec
        if end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = end_offset_sec
        if embedding_option is not UNSET:
            field_dict["embedding_option"] = embedding_option
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope
        if float_ is not UNSET:
            field_dict["float"] = float_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start_offset_sec = d.get("start_offset_sec", UNSET)

        end_offset_sec = d.get("end_offset_sec", UNSET)

        embedding_option = d.get("embedding_option", UNSET)
        if isinstance(embedding_option, str):
            embedding_option = _KnownEmbeddingOption_by_value.get(embedding_option, embedding_option)

        embedding_scope = d.get("embedding_scope", UNSET)
        if isinstance(embedding_scope, str):
            embedding_scope = _KnownEmbeddingScope_by_value.get(embedding_scope, embedding_scope)

        float_ = cast(list[float], d.get("float", UNSET))

        video_embedding_segment = cls(
            start_offset_sec,
            end_offset_sec,
            embedding_option,
            embedding_scope,
            float_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            video_embedding_segment.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return video_embedding_segment

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
