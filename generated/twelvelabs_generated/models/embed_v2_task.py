from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embed_v2_task_status import KnownEmbedV2TaskStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedV2TaskStatus_by_value = KnownEmbedV2TaskStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.embed_v2_data import EmbedV2Data
    from ..models.embed_v2_media_metadata import EmbedV2MediaMetadata
    from ..models.embed_v2_usage import EmbedV2Usage
    from ..models.processing_error import ProcessingError


T = TypeVar("T", bound="EmbedV2Task")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "_id",
        "status",
        "data",
        "created_at",
        "updated_at",
        "metadata",
        "error",
        "usage",
    }
)


@_attrs_define(repr=False)
class EmbedV2Task:
    id: str
    status: KnownEmbedV2TaskStatus | str
    """ State of an embedding task; unknown states are kept as strings. """
    data: list[EmbedV2Data] | None
    """ The vectors once `ready`; null before. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    metadata: EmbedV2MediaMetadata | Unset = UNSET
    """ What the server read of the input (not returned for plain text). Images, text with an
    image and multi-input carry the input fields only; audio and video also carry the
    options, scopes, duration and offsets, and video with fixed segments `clip_length`.
     """
    error: ProcessingError | Unset = UNSET
    """ Why an asynchronous job failed or was cut short (analysis tasks, embedding tasks,
    assets). On an analysis result it may also be a warning that the output was truncated.
    The message text is not a contract.
     """
    usage: EmbedV2Usage | Unset = UNSET
    """ Input accounting (newest API, Marengo 3.5). """
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
                ("status", self.status),
                ("data", self.data),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("metadata", self.metadata),
                ("error", self.error),
                ("usage", self.usage),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, KnownEmbedV2TaskStatus):
            status = self.status.value
        else:
            status = self.status

        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
                "data": data,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error is not UNSET:
            field_dict["error"] = error
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]

        status = d["status"]
        if isinstance(status, str):
            status = _KnownEmbedV2TaskStatus_by_value.get(status, status)

        def _parse_data(data: object) -> list[EmbedV2Data] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = [EmbedV2Data.from_dict(item) for item in data]

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmbedV2Data] | None, data)

        data = _parse_data(d["data"])

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

        _metadata = d.get("metadata", UNSET)
        metadata: EmbedV2MediaMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EmbedV2MediaMetadata.from_dict(_metadata)

        _error = d.get("error", UNSET)
        error: ProcessingError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessingError.from_dict(_error)

        _usage = d.get("usage", UNSET)
        usage: EmbedV2Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = EmbedV2Usage.from_dict(_usage)

        embed_v2_task = cls(
            id,
            status,
            data,
            created_at,
            updated_at,
            metadata,
            error,
            usage,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_task.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return embed_v2_task

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
from ..models.embed_v2_data import EmbedV2Data  # noqa: E402
from ..models.embed_v2_media_metadata import EmbedV2MediaMetadata  # noqa: E402
from ..models.embed_v2_usage import EmbedV2Usage  # noqa: E402
from ..models.processing_error import ProcessingError  # noqa: E402
