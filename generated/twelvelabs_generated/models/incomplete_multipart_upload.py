from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_multipart_upload_state import KnownMultipartUploadState
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownMultipartUploadState_by_value = KnownMultipartUploadState._value2member_map_


T = TypeVar("T", bound="IncompleteMultipartUpload")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "upload_id",
        "status",
        "total_size",
        "chunk_size",
        "total_chunks",
        "created_at",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class IncompleteMultipartUpload:
    upload_id: str
    status: KnownMultipartUploadState | str
    """ State of an upload session: `active`, then `completed` (the asset now processes),
    `failed` or `expired` (start a new session). Unknown states are kept as strings.
     """
    total_size: int
    chunk_size: int
    total_chunks: int
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
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
                ("upload_id", self.upload_id),
                ("status", self.status),
                ("total_size", self.total_size),
                ("chunk_size", self.chunk_size),
                ("total_chunks", self.total_chunks),
                ("created_at", self.created_at),
                ("expires_at", self.expires_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        status: str
        if isinstance(self.status, KnownMultipartUploadState):
            status = self.status.value
        else:
            status = self.status

        total_size = self.total_size

        chunk_size = self.chunk_size

        total_chunks = self.total_chunks

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "status": status,
                "total_size": total_size,
                "chunk_size": chunk_size,
                "total_chunks": total_chunks,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        upload_id = d["upload_id"]

        status = d["status"]
        if isinstance(status, str):
            status = _KnownMultipartUploadState_by_value.get(status, status)

        total_size = d["total_size"]

        chunk_size = d["chunk_size"]

        total_chunks = d["total_chunks"]

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        incomplete_multipart_upload = cls(
            upload_id,
            status,
            total_size,
            chunk_size,
            total_chunks,
            created_at,
            expires_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            incomplete_multipart_upload.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return incomplete_multipart_upload

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
