from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_multipart_upload_state import KnownMultipartUploadState
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownMultipartUploadState_by_value = KnownMultipartUploadState._value2member_map_

if TYPE_CHECKING:
    from ..models.page_info import PageInfo
    from ..models.uploaded_chunk import UploadedChunk


T = TypeVar("T", bound="MultipartUploadStatus")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "upload_id",
        "status",
        "uploaded_chunks",
        "chunks_completed",
        "chunks_failed",
        "chunks_pending",
        "page_info",
        "total_size",
        "uploaded_size",
        "created_at",
        "updated_at",
    }
)


@_attrs_define(repr=False)
class MultipartUploadStatus:
    upload_id: str | Unset = UNSET
    status: KnownMultipartUploadState | str | Unset = UNSET
    """ State of an upload session: `active`, then `completed` (the asset now processes),
    `failed` or `expired` (start a new session). Unknown states are kept as strings.
     """
    uploaded_chunks: list[UploadedChunk] | Unset = UNSET
    """ One page of chunks. """
    chunks_completed: int | Unset = UNSET
    chunks_failed: int | Unset = UNSET
    chunks_pending: int | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    """ Position of a page in a page-numbered listing. The last page has `page >= total_page`. """
    total_size: int | Unset = UNSET
    uploaded_size: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
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
                ("upload_id", self.upload_id),
                ("status", self.status),
                ("uploaded_chunks", self.uploaded_chunks),
                ("chunks_completed", self.chunks_completed),
                ("chunks_failed", self.chunks_failed),
                ("chunks_pending", self.chunks_pending),
                ("page_info", self.page_info),
                ("total_size", self.total_size),
                ("uploaded_size", self.uploaded_size),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, KnownMultipartUploadState):
            status = self.status.value
        else:
            status = self.status

        uploaded_chunks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploaded_chunks, Unset):
            uploaded_chunks = []
            for uploaded_chunks_item_data in self.uploaded_chunks:
                uploaded_chunks_item = uploaded_chunks_item_data.to_dict()
                uploaded_chunks.append(uploaded_chunks_item)

        chunks_completed = self.chunks_completed

        chunks_failed = self.chunks_failed

        chunks_pending = self.chunks_pending

        page_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_info, Unset):
            page_info = self.page_info.to_dict()

        total_size = self.total_size

        uploaded_size = self.uploaded_size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if status is not UNSET:
            field_dict["status"] = status
        if uploaded_chunks is not UNSET:
            field_dict["uploaded_chunks"] = uploaded_chunks
        if chunks_completed is not UNSET:
            field_dict["chunks_completed"] = chunks_completed
        if chunks_failed is not UNSET:
            field_dict["chunks_failed"] = chunks_failed
        if chunks_pending is not UNSET:
            field_dict["chunks_pending"] = chunks_pending
        if page_info is not UNSET:
            field_dict["page_info"] = page_info
        if total_size is not UNSET:
            field_dict["total_size"] = total_size
        if uploaded_size is not UNSET:
            field_dict["uploaded_size"] = uploaded_size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        upload_id = d.get("upload_id", UNSET)

        status = d.get("status", UNSET)
        if isinstance(status, str):
            status = _KnownMultipartUploadState_by_value.get(status, status)

        _uploaded_chunks = d.get("uploaded_chunks", UNSET)
        uploaded_chunks: list[UploadedChunk] | Unset = UNSET
        if _uploaded_chunks is not UNSET:
            uploaded_chunks = [UploadedChunk.from_dict(item) for item in _uploaded_chunks]

        chunks_completed = d.get("chunks_completed", UNSET)

        chunks_failed = d.get("chunks_failed", UNSET)

        chunks_pending = d.get("chunks_pending", UNSET)

        _page_info = d.get("page_info", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
        else:
            page_info = PageInfo.from_dict(_page_info)

        total_size = d.get("total_size", UNSET)

        uploaded_size = d.get("uploaded_size", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        multipart_upload_status = cls(
            upload_id,
            status,
            uploaded_chunks,
            chunks_completed,
            chunks_failed,
            chunks_pending,
            page_info,
            total_size,
            uploaded_size,
            created_at,
            updated_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            multipart_upload_status.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return multipart_upload_status

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
from ..models.page_info import PageInfo  # noqa: E402
from ..models.uploaded_chunk import UploadedChunk  # noqa: E402
