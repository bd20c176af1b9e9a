from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.search_clip import SearchClip
    from ..models.search_page_info import SearchPageInfo
    from ..models.search_pool import SearchPool
    from ..models.search_video_group import SearchVideoGroup


T = TypeVar("T", bound="SearchPage")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "search_pool",
        "data",
        "page_info",
    }
)


@_attrs_define(repr=False)
class SearchPage:
    search_pool: SearchPool | Unset = UNSET
    """ The set of videos the search ran over. """
    data: list[SearchClip | SearchVideoGroup] | Unset = UNSET
    page_info: SearchPageInfo | Unset = UNSET
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
                ("search_pool", self.search_pool),
                ("data", self.data),
                ("page_info", self.page_info),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_video_group import SearchVideoGroup  # noqa: PLC0415

        search_pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_pool, Unset):
            search_pool = self.search_pool.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item: dict[str, Any]
                if isinstance(data_item_data, SearchVideoGroup):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data.to_dict()

                data.append(data_item)

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_pool is not UNSET:
            field_dict["search_pool"] = search_pool
        if data is not UNSET:
            field_dict["data"] = data
        if page_info is not UNSET:
            field_dict["page_info"] = page_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _search_pool = d.get("search_pool", UNSET)
        search_pool: SearchPool | Unset
        if isinstance(_search_pool, Unset):
            search_pool = UNSET
        else:
            search_pool = SearchPool.from_dict(_search_pool)

        _data = d.get("data", UNSET)
        data: list[SearchClip | SearchVideoGroup] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:

                def _parse_data_item(data: object) -> SearchClip | SearchVideoGroup:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_search_result_item_type_0 = SearchVideoGroup.from_dict(data)

                        return componentsschemas_search_result_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_search_result_item_type_1 = SearchClip.from_dict(data)

                    return componentsschemas_search_result_item_type_1

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

        _page_info = d.get("page_info", UNSET)
        page_info: SearchPageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = SearchPageInfo.from_dict(_page_info)

        search_page = cls(
            search_pool,
            data,
            page_info,
        )

        if not _KNOWN_KEYS.issuperset(d):
            search_page.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return search_page

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
from ..models.search_clip import SearchClip  # noqa: E402
from ..models.search_page_info import SearchPageInfo  # noqa: E402
from ..models.search_pool import SearchPool  # noqa: E402
from ..models.search_video_group import SearchVideoGroup  # noqa: E402
