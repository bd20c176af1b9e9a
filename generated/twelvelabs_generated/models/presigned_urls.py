from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.presigned_url import PresignedUrl


T = TypeVar("T", bound="PresignedUrls")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "upload_id",
        "start_index",
        "count",
        "upload_urls",
        "generated_at",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class PresignedUrls:
    upload_id: str | Unset = UNSET
    start_index: int | Unset = UNSET
    count: int | Unset = UNSET
    upload_urls: list[PresignedUrl] | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    """ The URLs last one hour from this moment. """
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
                ("start_index", self.start_index),
                ("count", self.count),
                ("upload_urls", self.upload_urls),
                ("generated_at", self.generated_at),
                ("expires_at", self.expires_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        start_index = self.start_index

        count = self.count

        upload_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upload_urls, Unset):
            upload_urls = []
            for upload_urls_item_data in self.upload_urls:
                upload_urls_item = upload_urls_item_data.to_dict()
                upload_urls.append(upload_urls_item)

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if count is not UNSET:
            field_dict["count"] = count
        if upload_urls is not UNSET:
            field_dict["upload_urls"] = upload_urls
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        upload_id = d.get("upload_id", UNSET)

        start_index = d.get("start_index", UNSET)

        count = d.get("count", UNSET)

        _upload_urls = d.get("upload_urls", UNSET)
        upload_urls: list[PresignedUrl] | Unset = UNSET
        if _upload_urls is not UNSET:
            upload_urls = [PresignedUrl.from_dict(item) for item in _upload_urls]

        _generated_at = d.get("generated_at", UNSET)
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        presigned_urls = cls(
            upload_id,
            start_index,
            count,
            upload_urls,
            generated_at,
            expires_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            presigned_urls.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return presigned_urls

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
from ..models.presigned_url import PresignedUrl  # noqa: E402
