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
    from ..models.embedding_result import EmbeddingResult


T = TypeVar("T", bound="EmbeddingResponse")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "model_name",
        "text_embedding",
        "image_embedding",
        "audio_embedding",
    }
)


@_attrs_define(repr=False)
class EmbeddingResponse:
    model_name: KnownEmbedModelName | str | Unset = UNSET
    """ Model used by the embed endpoints. In 2025 this was `Marengo-retrieval-2.7` (capital M,
    not the index model name `marengo2.7`); the live API uses `marengo3.0`. Other strings
    are accepted for later models.
     """
    text_embedding: EmbeddingResult | Unset = UNSET
    """ Embeddings of one modality, or an error message when that modality failed. """
    image_embedding: EmbeddingResult | Unset = UNSET
    """ Embeddings of one modality, or an error message when that modality failed. """
    audio_embedding: EmbeddingResult | Unset = UNSET
    """ Embeddings of one modality, or an error message when that modality failed. """
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
                ("text_embedding", self.text_embedding),
                ("image_embedding", self.image_embedding),
                ("audio_embedding", self.audio_embedding),
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

        text_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_embedding, Unset):
            text_embedding = self.text_embedding.to_dict()

        image_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_embedding, Unset):
            image_embedding = self.image_embedding.to_dict()

        audio_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_embedding, Unset):
            audio_embedding = self.audio_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if text_embedding is not UNSET:
            field_dict["text_embedding"] = text_embedding
        if image_embedding is not UNSET:
            field_dict["image_embedding"] = image_embedding
        if audio_embedding is not UNSET:
            field_dict["audio_embedding"] = audio_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_name = d.get("model_name", UNSET)
        if isinstance(model_name, str):
            model_name = _KnownEmbedModelName_by_value.get(model_name, model_name)

        _text_embedding = d.get("text_embedding", UNSET)
        text_embedding: EmbeddingResult | Unset
        if isinstance(_text_embedding, Unset):
            text_embedding = UNSET
        else:
            text_embedding = EmbeddingResult.from_dict(_text_embedding)

        _image_embedding = d.get("image_embedding", UNSET)
        image_embedding: EmbeddingResult | Unset
        if isinstance(_image_embedding, Unset):
            image_embedding = UNSET
        else:
            image_embedding = EmbeddingResult.from_dict(_image_embedding)

        _audio_embedding = d.get("audio_embedding", UNSET)
        audio_embedding: EmbeddingResult | Unset
        if isinstance(_audio_embedding, Unset):
            audio_embedding = UNSET
        else:
            audio_embedding = EmbeddingResult.from_dict(_audio_embedding)

        embedding_response = cls(
            model_name,
            text_embedding,
            image_embedding,
            audio_embedding,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embedding_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return embedding_response

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
from ..models.embedding_result import EmbeddingResult  # noqa: E402
