from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embed_model_name import KnownEmbedModelName
from ..models.known_embed_task_status import KnownEmbedTaskStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedModelName_by_value = KnownEmbedModelName._value2member_map_
_KnownEmbedTaskStatus_by_value = KnownEmbedTaskStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.failure_reason import FailureReason
    from ..models.video_embedding_data import VideoEmbeddingData


T = TypeVar("T", bound="EmbedTaskStatus")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "_id",
        "model_name",
        "status",
        "video_embedding",
        "error",
    }
)


@_attrs_define(repr=False)
class EmbedTaskStatus:
    id: str
    model_name: KnownEmbedModelName | str | Unset = UNSET
    """ Model used by the embed endpoints. In 2025 this was `Marengo-retrieval-2.7` (capital M,
    not the index model name `marengo2.7`); the live API uses `marengo3.0`. Other strings
    are accepted for later models.
     """
    status: KnownEmbedTaskStatus | str | Unset = UNSET
    """ State of a video embedding task; unknown states are kept as strings. """
    video_embedding: VideoEmbeddingData | Unset = UNSET
    """ Container of video embeddings: the input metadata (embed tasks) and/or the segments.
     """
    error: FailureReason | Unset = UNSET
    """ Why a task failed. The 2025 reference names no such field; later API releases put
    `error: {message}` on their failed tasks and assets, so this shape is inferred. The text
    of `message` is meant for people, not for matching.
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
                ("id", self.id),
                ("model_name", self.model_name),
                ("status", self.status),
                ("video_embedding", self.video_embedding),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, KnownEmbedModelName):
            model_name = self.model_name.value
        else:
            model_name = self.model_name

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownEmbedTaskStatus):
            status = self.status.value
        else:
            status = self.status

        video_embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_embedding, Unset):
            video_embedding = self.video_embedding.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

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
        if video_embedding is not UNSET:
            field_dict["video_embedding"] = video_embedding
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]

        model_name = d.get("model_name", UNSET)
        if isinstance(model_name, str):
            model_name = _KnownEmbedModelName_by_value.get(model_name, model_name)

        status = d.get("status", UNSET)
        if isinstance(status, str):
            status = _KnownEmbedTaskStatus_by_value.get(status, status)

        _video_embedding = d.get("video_embedding", UNSET)
        video_embedding: VideoEmbeddingData | Unset
        if isinstance(_video_embedding, Unset):
            video_embedding = UNSET
        else:
            video_embedding = VideoEmbeddingData.from_dict(_video_embedding)

        _error = d.get("error", UNSET)
        error: FailureReason | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = FailureReason.from_dict(_error)

        embed_task_status = cls(
            id,
            model_name,
            status,
            video_embedding,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_task_status.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return embed_task_status

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
from ..models.failure_reason import FailureReason  # noqa: E402
from ..models.video_embedding_data import VideoEmbeddingData  # noqa: E402
