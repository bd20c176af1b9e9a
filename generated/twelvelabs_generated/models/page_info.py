from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="PageInfo")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "limit_per_page",
        "page",
        "total_page",
        "total_results",
    }
)


@_attrs_define(repr=False)
class PageInfo:
    """Position of a page in a page-numbered listing. The last page has `page >= total_page`."""

    limit_per_page: int
    """ Maximum number of items per page. """
    page: int
    """ Number of this page """
    total_page: int
    """ Number of pages (may be 0 for an empty list). """
    total_results: int
    """ Number of items over all pages. """
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
                ("page", self.page),
                ("total_page", self.total_page),
                ("total_results", self.total_results),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        limit_per_page = self.limit_per_page

        page = self.page

        total_page = self.total_page

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit_per_page": limit_per_page,
                "page": page,
                "total_page": total_page,
                "total_results": total_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        limit_per_page = d["limit_per_page"]

        page = d["page"]

        total_page = d["total_page"]

        total_results = d["total_results"]

        page_info = cls(
            limit_per_page,
            page,
            total_page,
            total_results,
        )

        if not _KNOWN_KEYS.issuperset(d):
            page_info.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return page_info

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
