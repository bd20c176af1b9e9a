from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.presigned_url import PresignedUrl
    from ..models.upload_headers import UploadHeaders


T = TypeVar("T", bound="MultipartUpload")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "upload_id",
        "asset_id",
        "upload_urls",
        "upload_headers",
        "chunk_size",
        "total_chunks",
        "expires_at",
    }
)


@_attrs_define(repr=False)
class MultipartUpload:
    """A new upload session."""

    upload_id: str
    """ Valid for 24 hours. """
    asset_id: str | Unset = UNSET
    """ Id the asset will have (usable once the upload completed and the asset is ready). """
    upload_urls: list[PresignedUrl] | Unset = UNSET
    """ The first URLs; they may not cover every chunk. """
    upload_headers: UploadHeaders | Unset = UNSET
    """ Headers to send with each chunk PUT (not described by the API; inferred from the name).
     """
    chunk_size: int | Unset = UNSET
    """ Bytes per chunk; only the last chunk may be smaller. """
    total_chunks: int | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    """ When the session expires; it cannot be resumed afterwards. """
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
                ("asset_id", self.asset_id),
                ("upload_urls", self.upload_urls),
                ("upload_headers", self.upload_headers),
                ("chunk_size", self.chunk_size),
                ("total_chunks", self.total_chunks),
                ("expires_at", self.expires_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        asset_id = self.asset_id

        upload_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upload_urls, Unset):
            upload_urls = []
            for upload_urls_item_data in self.upload_urls:
                upload_urls_item = upload_urls_item_data.to_dict()
                upload_urls.append(upload_urls_item)

        upload_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_headers, Unset):
            upload_headers = self.upload_headers.to_dict()

        chunk_size = self.chunk_size

        total_chunks = self.total_chunks

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if upload_urls is not UNSET:
            field_dict["upload_urls"] = upload_urls
        if upload_headers is not UNSET:
            field_dict["upload_headers"] = upload_headers
        if chunk_size is not UNSET:
            field_dict["chunk_size"] = chunk_size
        if total_chunks is not UNSET:
            field_dict["total_chunks"] = total_chunks
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        upload_id = d["upload_id"]

        asset_id = d.get("asset_id", UNSET)

        _upload_urls = d.get("upload_urls", UNSET)
        upload_urls: list[PresignedUrl] | Unset = UNSET
        if _upload_urls is not UNSET:
            upload_urls = [PresignedUrl.from_dict(item) for item in _upload_urls]

        _upload_headers = d.get("upload_headers", UNSET)
        upload_headers: UploadHeaders | Unset
        if isinstance(_upload_headers, Unset):
            upload_headers = UNSET
        else:
            upload_headers = UploadHeaders.from_dict(_upload_headers)

        chunk_size = d.get("chunk_size", UNSET)

        total_chunks = d.get("total_chunks", UNSET)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        multipart_upload = cls(
            upload_id,
            asset_id,
            upload_urls,
            upload_headers,
            chunk_size,
            total_chunks,
            expires_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            multipart_upload.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return multipart_upload

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
from ..models.upload_headers import UploadHeaders  # noqa: E402
