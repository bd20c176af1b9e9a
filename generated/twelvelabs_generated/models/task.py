from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_task_status import KnownTaskStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownTaskStatus_by_value = KnownTaskStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.failure_reason import FailureReason
    from ..models.hls import Hls
    from ..models.task_system_metadata import TaskSystemMetadata


T = TypeVar("T", bound="Task")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "_id",
        "index_id",
        "status",
        "video_id",
        "system_metadata",
        "hls",
        "created_at",
        "updated_at",
        "estimated_time",
        "error",
    }
)


@_attrs_define(repr=False)
class Task:
    id: str
    """ Id of the task. """
    index_id: str
    status: KnownTaskStatus | str
    """ Lowercase state of an indexing task; unknown states are kept as strings. """
    video_id: str | Unset = UNSET
    """ Id of the resulting video. Use it (not `_id`) for the video routes. """
    system_metadata: TaskSystemMetadata | Unset = UNSET
    """ What the server learned about the uploaded file; may be partial early on. """
    hls: Hls | Unset = UNSET
    """ HTTP Live Streaming output of a video; present only when streaming was enabled. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    estimated_time: str | Unset = UNSET
    """ Expected moment (RFC 3339 text) the video becomes searchable. The reference lists it,
    but no observed response carries it, so expect it to be absent; kept as plain text.
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
                ("index_id", self.index_id),
                ("status", self.status),
                ("video_id", self.video_id),
                ("system_metadata", self.system_metadata),
                ("hls", self.hls),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("estimated_time", self.estimated_time),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index_id = self.index_id

        status: str
        if isinstance(self.status, KnownTaskStatus):
            status = self.status.value
        else:
            status = self.status

        video_id = self.video_id

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

        hls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls, Unset):
            hls = self.hls.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        estimated_time = self.estimated_time

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "index_id": index_id,
                "status": status,
            }
        )
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata
        if hls is not UNSET:
            field_dict["hls"] = hls
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if estimated_time is not UNSET:
            field_dict["estimated_time"] = estimated_time
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]

        index_id = d["index_id"]

        status = d["status"]
        if isinstance(status, str):
            status = _KnownTaskStatus_by_value.get(status, status)

        video_id = d.get("video_id", UNSET)

        _system_metadata = d.get("system_metadata", UNSET)
        system_metadata: TaskSystemMetadata | Unset
        if isinstance(_system_metadata, Unset):
            system_metadata = UNSET
        else:
            system_metadata = TaskSystemMetadata.from_dict(_system_metadata)

        _hls = d.get("hls", UNSET)
        hls: Hls | Unset
        if isinstance(_hls, Unset):
            hls = UNSET
        else:
            hls = Hls.from_dict(_hls)

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

        estimated_time = d.get("estimated_time", UNSET)

        _error = d.get("error", UNSET)
        error: FailureReason | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = FailureReason.from_dict(_error)

        task = cls(
            id,
            index_id,
            status,
            video_id,
            system_metadata,
            hls,
            created_at,
            updated_at,
            estimated_time,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            task.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return task

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
from ..models.hls import Hls  # noqa: E402
from ..models.task_system_metadata import TaskSystemMetadata  # noqa: E402
