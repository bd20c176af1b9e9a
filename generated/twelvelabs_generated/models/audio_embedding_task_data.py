from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.audio_embedding_task_metadata import AudioEmbeddingTaskMetadata


T = TypeVar("T", bound="AudioEmbeddingTaskData")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "metadata",
    }
)


@_attrs_define(repr=False)
class AudioEmbeddingTaskData:
    metadata: AudioEmbeddingTaskMetadata | Unset = UNSET
    """ Input description of an audio embedding task. """
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
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _metadata = d.get("metadata", UNSET)
        metadata: AudioEmbeddingTaskMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AudioEmbeddingTaskMetadata.from_dict(_metadata)

        audio_embedding_task_data = cls(
            metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            audio_embedding_task_data.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return audio_embedding_task_data

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
from ..models.audio_embedding_task_metadata import AudioEmbeddingTaskMetadata  # noqa: E402
