from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multipart_media_type import MultipartMediaType
from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.asset_user_metadata import AssetUserMetadata


T = TypeVar("T", bound="CreateMultipartUploadRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "filename",
        "type",
        "total_size",
        "enable_hls",
        "enable_thumbnail",
        "user_metadata",
    }
)


@_attrs_define(repr=False)
class CreateMultipartUploadRequest:
    filename: str
    """ Original file name. """
    type_: MultipartMediaType
    """ Kind of file a multipart session uploads. """
    total_size: int
    """ Size of the file in bytes; the server derives the chunk layout from it. """
    enable_hls: bool | Unset = UNSET
    """ Produce an HLS stream. The server uses false when omitted. """
    enable_thumbnail: bool | Unset = UNSET
    """ Produce a thumbnail. The server uses false when omitted. """
    user_metadata: AssetUserMetadata | Unset = UNSET
    """ Custom key/value pairs of an asset or indexed asset. """
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
                ("filename", self.filename),
                ("type_", self.type_),
                ("total_size", self.total_size),
                ("enable_hls", self.enable_hls),
                ("enable_thumbnail", self.enable_thumbnail),
                ("user_metadata", self.user_metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        type_ = self.type_.value

        total_size = self.total_size

        enable_hls = self.enable_hls

        enable_thumbnail = self.enable_thumbnail

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "type": type_,
                "total_size": total_size,
            }
        )
        if enable_hls is not UNSET:
            field_dict["enable_hls"] = enable_hls
        if enable_thumbnail is not UNSET:
            field_dict["enable_thumbnail"] = enable_thumbnail
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        filename = d["filename"]

        type_ = MultipartMediaType(d["type"])

        total_size = d["total_size"]

        enable_hls = d.get("enable_hls", UNSET)

        enable_thumbnail = d.get("enable_thumbnail", UNSET)

        _user_metadata = d.get("user_metadata", UNSET)
        user_metadata: AssetUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = AssetUserMetadata.from_dict(_user_metadata)

        create_multipart_upload_request = cls(
            filename,
            type_,
            total_size,
            enable_hls,
            enable_thumbnail,
            user_metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_multipart_upload_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_multipart_upload_request

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
from ..models.asset_user_metadata import AssetUserMetadata  # noqa: E402
