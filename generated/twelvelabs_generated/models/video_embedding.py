from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embed_model_name import KnownEmbedModelName
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedModelName_by_value = KnownEmbedModelName._value2member_map_

if TYPE_CHECKING:
    from ..models.video_embedding_data import VideoEmbeddingData


T = TypeVar("T", bound="VideoEmbedding")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "model_name",
        "video_embedding",
    }
)


@_attrs_define(repr=False)
class VideoEmbedding:
    model_name: KnownEmbedModelName | str | Unset = UNSET
    """ Model used by the embed endpoints. In 2025 this was `Marengo-retrieval-2.7` (capital M,
    not the index model name `marengo2.7`); the live API uses `marengo3.0`. Other strings
    are accepted for later models.
     """
    video_embedding: VideoEmbeddingData | Unset = UNSET
    """ Container of video embeddings: the input metadata (embed tasks) and/or the segments.
     """
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
                ("model_name", self.model_name),
                ("video_embedding", self.video_embedding),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, KnownEmbedModelName):
            model_name = self.model_name.value
        else:
            model_name = self.model_name

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_name = d.get("model_name", UNSET)
        if isinstance(model_name, str):
            model_name = _KnownEmbedModelName_by_value.get(model_name, model_name)

        _video_embedding = d.get("video_embedding", UNSET)
        video_embedding: VideoEmbeddingData | Unset
        if isinstance(_video_embedding, Unset):
            video_embedding = UNSET
        else:
            video_embedding = VideoEmbeddingData.from_dict(_video_embedding)

        video_embedding = cls(
            model_name,
            video_embedding,
        )

        if not _KNOWN_KEYS.issuperset(d):
            video_embedding.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return video_embedding

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
from ..models.video_embedding_data import VideoEmbeddingData  # noqa: E402
