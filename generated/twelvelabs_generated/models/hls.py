from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_hls_status import KnownHlsStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownHlsStatus_by_value = KnownHlsStatus._value2member_map_


T = TypeVar("T", bound="Hls")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "video_url",
        "thumbnail_urls",
        "status",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class Hls:
    """HTTP Live Streaming output of a video; present only when streaming was enabled."""

    video_url: None | str | Unset = UNSET
    """ Playlist URL; null or absent until the stream is ready. """
    thumbnail_urls: list[str] | Unset = UNSET
    status: KnownHlsStatus | str | Unset = UNSET
    """ UPPERCASE state of the HLS stream; unknown states are kept as strings. """
    updated_at: datetime.datetime | Unset = UNSET
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
                ("video_url", self.video_url),
                ("thumbnail_urls", self.thumbnail_urls),
                ("status", self.status),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        thumbnail_urls: list[str] | Unset = UNSET
        if not isinstance(self.thumbnail_urls, Unset):
            thumbnail_urls = self.thumbnail_urls

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownHlsStatus):
            status = self.status.value
        else:
            status = self.status

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if thumbnail_urls is not UNSET:
            field_dict["thumbnail_urls"] = thumbnail_urls
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.get("video_url", UNSET))

        thumbnail_urls = cast(list[str], d.get("thumbnail_urls", UNSET))

        status = d.get("status", UNSET)
        if isinstance(status, str):
            status = _KnownHlsStatus_by_value.get(status, status)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        hls = cls(
            video_url,
            thumbnail_urls,
            status,
            updated_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            hls.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return hls

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
