from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_chunk_state import KnownChunkState
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownChunkState_by_value = KnownChunkState._value2member_map_


T = TypeVar("T", bound="UploadedChunk")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "index",
        "status",
        "uploaded_at",
        "updated_at",
        "error",
    }
)


@_attrs_define(repr=False)
class UploadedChunk:
    index: int | Unset = UNSET
    """ Number of the chunk """
    status: KnownChunkState | str | Unset = UNSET
    """ State of one chunk; unknown states are kept as strings. """
    uploaded_at: datetime.datetime | None | Unset = UNSET
    """ Null unless completed. """
    updated_at: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    """ Only when failed. """
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
                ("index", self.index),
                ("status", self.status),
                ("uploaded_at", self.uploaded_at),
                ("updated_at", self.updated_at),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownChunkState):
            status = self.status.value
        else:
            status = self.status

        uploaded_at: None | str | Unset
        if isinstance(self.uploaded_at, Unset):
            uploaded_at = UNSET
        elif isinstance(self.uploaded_at, datetime.datetime):
            uploaded_at = self.uploaded_at.isoformat()
        else:
            uploaded_at = self.uploaded_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if status is not UNSET:
            field_dict["status"] = status
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index = d.get("index", UNSET)

        status = d.get("status", UNSET)
        if isinstance(status, str):
            status = _KnownChunkState_by_value.get(status, status)

        uploaded_at = d.get("uploaded_at", UNSET)
        if isinstance(uploaded_at, str):
            try:
                uploaded_at_type_0 = datetime.datetime.fromisoformat(uploaded_at)

                uploaded_at = uploaded_at_type_0
            except ValueError:
                pass

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        error = d.get("error", UNSET)

        uploaded_chunk = cls(
            index,
            status,
            uploaded_at,
            updated_at,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            uploaded_chunk.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return uploaded_chunk

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
