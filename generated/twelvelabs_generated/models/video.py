from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.hls import Hls
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.user_metadata import UserMetadata
    from ..models.video_embedding import VideoEmbedding
    from ..models.video_system_metadata import VideoSystemMetadata


T = TypeVar("T", bound="Video")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "_id",
        "system_metadata",
        "asset_id",
        "created_at",
        "updated_at",
        "indexed_at",
        "user_metadata",
        "hls",
        "embedding",
        "transcription",
    }
)


@_attrs_define(repr=False)
class Video:
    id: str
    """ Id of the video. """
    system_metadata: VideoSystemMetadata
    asset_id: str | Unset = UNSET
    """ Id of the stored media asset behind the video (sent by later API releases only). """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    indexed_at: datetime.datetime | Unset = UNSET
    user_metadata: UserMetadata | Unset = UNSET
    """ Custom key/value pairs attached to a video. Values are strings, numbers or booleans.
     """
    hls: Hls | Unset = UNSET
    """ HTTP Live Streaming output of a video; present only when streaming was enabled. """
    embedding: VideoEmbedding | Unset = UNSET
    transcription: list[TranscriptionSegment] | None | Unset = UNSET
    """ Speech transcript when requested; null when no speech was found. """
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
                ("system_metadata", self.system_metadata),
                ("asset_id", self.asset_id),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("indexed_at", self.indexed_at),
                ("user_metadata", self.user_metadata),
                ("hls", self.hls),
                ("embedding", self.embedding),
                ("transcription", self.transcription),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        system_metadata = self.system_metadata.to_dict()

        asset_id = self.asset_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        indexed_at: str | Unset = UNSET
        if not isinstance(self.indexed_at, Unset):
            indexed_at = self.indexed_at.isoformat()

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        hls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls, Unset):
            hls = self.hls.to_dict()

        embedding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.embedding, Unset):
            embedding = self.embedding.to_dict()

        transcription: list[dict[str, Any]] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, list):
            transcription = []
            for transcription_type_0_item_data in self.transcription:
                transcription_type_0_item = transcription_type_0_item_data.to_dict()
                transcription.append(transcription_type_0_item)

        else:
            transcription = self.transcription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "system_metadata": system_metadata,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if indexed_at is not UNSET:
            field_dict["indexed_at"] = indexed_at
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if hls is not UNSET:
            field_dict["hls"] = hls
        if embedding is not UNSET:
            field_dict["embedding"] = embedding
        if transcription is not UNSET:
            field_dict["transcription"] = transcription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]

        system_metadata = VideoSystemMetadata.from_dict(d["system_metadata"])

        asset_id = d.get("asset_id", UNSET)

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

        _indexed_at = d.get("indexed_at", UNSET)
        indexed_at: datetime.datetime | Unset
        if isinstance(_indexed_at, Unset):
            indexed_at = UNSET
        else:
            indexed_at = datetime.datetime.fromisoformat(_indexed_at)

        _user_metadata = d.get("user_metadata", UNSET)
        user_metadata: UserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = UserMetadata.from_dict(_user_metadata)

        _hls = d.get("hls", UNSET)
        hls: Hls | Unset
        if isinstance(_hls, Unset):
            hls = UNSET
        else:
            hls = Hls.from_dict(_hls)

        _embedding = d.get("embedding", UNSET)
        embedding: VideoEmbedding | Unset
        if isinstance(_embedding, Unset):
            embedding = UNSET
        else:
            embedding = VideoEmbedding.from_dict(_embedding)

        def _parse_transcription(data: object) -> list[TranscriptionSegment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transcription_type_0 = [TranscriptionSegment.from_dict(item) for item in data]

                return transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TranscriptionSegment] | None | Unset, data)

        transcription = _parse_transcription(d.get("transcription", UNSET))

        video = cls(
            id,
            system_metadata,
            asset_id,
            created_at,
            updated_at,
            indexed_at,
            user_metadata,
            hls,
            embedding,
            transcription,
        )

        if not _KNOWN_KEYS.issuperset(d):
            video.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return video

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
from ..models.hls import Hls  # noqa: E402
from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
from ..models.user_metadata import UserMetadata  # noqa: E402
from ..models.video_embedding import VideoEmbedding  # noqa: E402
from ..models.video_system_metadata import VideoSystemMetadata  # noqa: E402
