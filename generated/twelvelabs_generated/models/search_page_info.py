from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="SearchPageInfo")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "limit_per_page",
        "total_results",
        "page_expires_at",
        "next_page_token",
        "prev_page_token",
        "total_inner_matches",
    }
)


@_attrs_define(repr=False)
class SearchPageInfo:
    limit_per_page: int | Unset = UNSET
    total_results: int | Unset = UNSET
    page_expires_at: datetime.datetime | Unset = UNSET
    next_page_token: str | Unset = UNSET
    """ Token of the next page; absent on the last page. """
    prev_page_token: str | Unset = UNSET
    """ Token of the previous page; only on pages after the first. """
    total_inner_matches: int | Unset = UNSET
    """ Number of clips over all groups (only when grouping by video). """
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
                ("limit_per_page", self.limit_per_page),
                ("total_results", self.total_results),
                ("page_expires_at", self.page_expires_at),
                ("next_page_token", self.next_page_token),
                ("prev_page_token", self.prev_page_token),
                ("total_inner_matches", self.total_inner_matches),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        limit_per_page = self.limit_per_page

        total_results = self.total_results

        page_expires_at: str | Unset = UNSET
        if not isinstance(self.page_expires_at, Unset):
            page_expires_at = self.page_expires_at.isoformat()

        next_page_token = self.next_page_token

        prev_page_token = self.prev_page_token

        total_inner_matches = self.total_inner_matches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit_per_page is not UNSET:
            field_dict["limit_per_page"] = limit_per_page
        if total_results is not UNSET:
            field_dict["total_results"] = total_results
        if page_expires_at is not UNSET:
            field_dict["page_expires_at"] = page_expires_at
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token
        if total_inner_matches is not UNSET:
            field_dict["total_inner_matches"] = total_inner_matches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        limit_per_page = d.get("limit_per_page", UNSET)

        total_results = d.get("total_results", UNSET)

        _page_expires_at = d.get("page_expires_at", UNSET)
        page_expires_at: datetime.datetime | Unset
        if isinstance(_page_expires_at, Unset):
            page_expires_at = UNSET
        else:
            page_expires_at = datetime.datetime.fromisoformat(_page_expires_at)

        next_page_token = d.get("next_page_token", UNSET)

        prev_page_token = d.get("prev_page_token", UNSET)

        total_inner_matches = d.get("total_inner_matches", UNSET)

        search_page_info = cls(
            limit_per_page,
            total_results,
            page_expires_at,
            next_page_token,
            prev_page_token,
            total_inner_matches,
        )

        if not _KNOWN_KEYS.issuperset(d):
            search_page_info.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return search_page_info

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
