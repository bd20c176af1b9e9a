from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_analyze_task_status import KnownAnalyzeTaskStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAnalyzeTaskStatus_by_value = KnownAnalyzeTaskStatus._value2member_map_


T = TypeVar("T", bound="CreatedAnalyzeTask")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "task_id",
        "status",
    }
)


@_attrs_define(repr=False)
class CreatedAnalyzeTask:
    task_id: str
    status: KnownAnalyzeTaskStatus | str
    """ State of an analysis task: `queued`, `pending`, `processing`, then `ready`, `failed` or
    (newest API) `canceled`. Unknown states are kept as strings.
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
                ("task_id", self.task_id),
                ("status", self.status),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str
        if isinstance(self.status, KnownAnalyzeTaskStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task_id = d["task_id"]

        status = d["status"]
        if isinstance(status, str):
            status = _KnownAnalyzeTaskStatus_by_value.get(status, status)

        created_analyze_task = cls(
            task_id,
            status,
        )

        if not _KNOWN_KEYS.issuperset(d):
            created_analyze_task.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return created_analyze_task

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
