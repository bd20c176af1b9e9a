from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="ImportVideoStatusCounts")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "ready",
        "validating",
        "queued",
        "pending",
        "indexing",
        "failed",
    }
)


@_attrs_define(repr=False)
class ImportVideoStatusCounts:
    ready: int | Unset = UNSET
    validating: int | Unset = UNSET
    queued: int | Unset = UNSET
    pending: int | Unset = UNSET
    indexing: int | Unset = UNSET
    failed: int | Unset = UNSET
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
                ("ready", self.ready),
                ("validating", self.validating),
                ("queued", self.queued),
                ("pending", self.pending),
                ("indexing", self.indexing),
                ("failed", self.failed),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        ready = self.ready

        validating = self.validating

        queued = self.queued

        pending = self.pending

        indexing = self.indexing

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ready is not UNSET:
            field_dict["ready"] = ready
        if validating is not UNSET:
            field_dict["validating"] = validating
        if queued is not UNSET:
            field_dict["queued"] = queued
        if pending is not UNSET:
            field_dict["pending"] = pending
        if indexing is not UNSET:
            field_dict["indexing"] = indexing
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ready = d.get("ready", UNSET)

        validating = d.get("validating", UNSET)

        queued = d.get("queued", UNSET)

        pending = d.get("pending", UNSET)

        indexing = d.get("indexing", UNSET)

        failed = d.get("failed", UNSET)

        import_video_status_counts = cls(
            ready,
            validating,
            queued,
            pending,
            indexing,
            failed,
        )

        if not _KNOWN_KEYS.issuperset(d):
            import_video_status_counts.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return import_video_status_counts

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
