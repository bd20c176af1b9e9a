from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="ReportChunksResponse")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "url",
        "asset_id",
        "processed_chunks",
        "duplicate_chunks",
        "total_completed",
    }
)


@_attrs_define(repr=False)
class ReportChunksResponse:
    url: str | Unset = UNSET
    """ Present only once every chunk is reported and the upload is complete. """
    asset_id: str | Unset = UNSET
    processed_chunks: int | Unset = UNSET
    """ Chunks newly accepted by this call. """
    duplicate_chunks: int | Unset = UNSET
    """ Chunks reported before (ignored). """
    total_completed: int | Unset = UNSET
    """ Distinct chunks reported so far; the upload completes at `total_chunks`. """
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
                ("url", self.url),
                ("asset_id", self.asset_id),
                ("processed_chunks", self.processed_chunks),
                ("duplicate_chunks", self.duplicate_chunks),
                ("total_completed", self.total_completed),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        asset_id = self.asset_id

        processed_chunks = self.processed_chunks

        duplicate_chunks = self.duplicate_chunks

        total_completed = self.total_completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if processed_chunks is not UNSET:
            field_dict["processed_chunks"] = processed_chunks
        if duplicate_chunks is not UNSET:
            field_dict["duplicate_chunks"] = duplicate_chunks
        if total_completed is not UNSET:
            field_dict["total_completed"] = total_completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d.get("url", UNSET)

        asset_id = d.get("asset_id", UNSET)

        processed_chunks = d.get("processed_chunks", UNSET)

        duplicate_chunks = d.get("duplicate_chunks", UNSET)

        total_completed = d.get("total_completed", UNSET)

        report_chunks_response = cls(
            url,
            asset_id,
            processed_chunks,
            duplicate_chunks,
            total_completed,
        )

        if not _KNOWN_KEYS.issuperset(d):
            report_chunks_response.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return report_chunks_response

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
