from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_analyze_video_source_type import KnownAnalyzeVideoSourceType
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAnalyzeVideoSourceType_by_value = KnownAnalyzeVideoSourceType._value2member_map_

if TYPE_CHECKING:
    from ..models.analyzed_media_metadata import AnalyzedMediaMetadata


T = TypeVar("T", bound="AnalyzeVideoSource")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "url",
        "asset_id",
        "video_id",
        "index_id",
        "system_metadata",
    }
)


@_attrs_define(repr=False)
class AnalyzeVideoSource:
    """The video a task analyzed; the fields that do not apply are null."""

    type_: KnownAnalyzeVideoSourceType | str | Unset = UNSET
    """ How the video of a task was given; unknown kinds are kept as strings. """
    url: None | str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    video_id: None | str | Unset = UNSET
    index_id: None | str | Unset = UNSET
    system_metadata: AnalyzedMediaMetadata | None | Unset = UNSET
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
                ("type_", self.type_),
                ("url", self.url),
                ("asset_id", self.asset_id),
                ("video_id", self.video_id),
                ("index_id", self.index_id),
                ("system_metadata", self.system_metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.analyzed_media_metadata import AnalyzedMediaMetadata  # noqa: PLC0415

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, KnownAnalyzeVideoSourceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        index_id: None | str | Unset
        if isinstance(self.index_id, Unset):
            index_id = UNSET
        else:
            index_id = self.index_id

        system_metadata: dict[str, Any] | None | Unset
        if isinstance(self.system_metadata, Unset):
            system_metadata = UNSET
        elif isinstance(self.system_metadata, AnalyzedMediaMetadata):
            system_metadata = self.system_metadata.to_dict()
        else:
            system_metadata = self.system_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d.get("type", UNSET)
        if isinstance(type_, str):
            type_ = _KnownAnalyzeVideoSourceType_by_value.get(type_, type_)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.get("url", UNSET))

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(d.get("asset_id", UNSET))

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(d.get("video_id", UNSET))

        def _parse_index_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        index_id = _parse_index_id(d.get("index_id", UNSET))

        def _parse_system_metadata(data: object) -> AnalyzedMediaMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_metadata_type_0 = AnalyzedMediaMetadata.from_dict(data)

                return system_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzedMediaMetadata | None | Unset, data)

        system_metadata = _parse_system_metadata(d.get("system_metadata", UNSET))

        analyze_video_source = cls(
            type_,
            url,
            asset_id,
            video_id,
            index_id,
            system_metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_video_source.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return analyze_video_source

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
from ..models.analyzed_media_metadata import AnalyzedMediaMetadata  # noqa: E402
