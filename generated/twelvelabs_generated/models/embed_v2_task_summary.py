from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embed_v2_task_status import KnownEmbedV2TaskStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedV2TaskStatus_by_value = KnownEmbedV2TaskStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.audio_embedding_task_data import AudioEmbeddingTaskData
    from ..models.video_embedding_data import VideoEmbeddingData


T = TypeVar("T", bound="EmbedV2TaskSummary")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "_id",
        "model_name",
        "status",
        "created_at",
        "updated_at",
        "video_embedding",
        "audio_embedding",
    }
)


@_attrs_define(repr=False)
class EmbedV2TaskSummary:
    """An embedding task in a list (older v1 metadata shape, no vectors)."""

    id: str
    model_name: str | Unset = UNSET
    status: KnownEmbedV2TaskStatus | str | Unset = UNSET
    """ State of an embedding task; unknown states are kept as strings. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    video_embedding: VideoEmbeddingData | Unset = UNSET
    """ Container of video embeddings: the input metadata (embed tasks) and/or the segments.
     """
    audio_embedding: AudioEmbeddingTaskData | Unset = UNSET
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
                ("id", self.id),
                ("model_name", self.model_name),
                ("status", self.status),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("video_embedding", self.video_embedding),
                ("audio_embedding", self.audio_embedding),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_name = self.model_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownEmbedV2TaskStatus):
            status = self.status.value
        else:
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        audio_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_embedding, Unset):
            audio_embedding = self.audio_embedding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding
        if audio_embedding is not UNSET:
            field_dict["audio_embedding"] = audio_embedding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]

        model_name = d.get("model_name", UNSET)

        status = d.get("status", UNSET)
        if isinstance(status, str):
            status = _KnownEmbedV2TaskStatus_by_value.get(status, status)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _video_embedding = d.get("video_embedding", UNSET)
        video_embedding: VideoEmbeddingData | Unset
        if isinstance(_video_embedding, Unset):
            video_embedding = UNSET
        else:
            video_embedding = VideoEmbeddingData.from_dict(_video_embedding)

        _audio_embedding = d.get("audio_embedding", UNSET)
        audio_embedding: AudioEmbeddingTaskData | Unset
        if isinstance(_audio_embedding, Unset):
            audio_embedding = UNSET
        else:
            audio_embedding = AudioEmbeddingTaskData.from_dict(_audio_embedding)

        embed_v2_task_summary = cls(
            id,
            model_name,
            status,
            created_at,
            updated_at,
            video_embedding,
            audio_embedding,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_task_summary.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return embed_v2_task_summary

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
from ..models.audio_embedding_task_data import AudioEmbeddingTaskData  # noqa: E402
from ..models.video_embedding_data import VideoEmbeddingData  # noqa: E402
