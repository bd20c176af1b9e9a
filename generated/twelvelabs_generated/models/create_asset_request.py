from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.asset_upload_method import AssetUploadMethod
from ..types import UNSET, File, FileTypes, Unset, repr_value

T = TypeVar("T", bound="CreateAssetRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "method",
        "file",
        "url",
        "filename",
        "enable_hls",
        "enable_thumbnail",
        "user_metadata",
    }
)


@_attrs_define(repr=False)
class CreateAssetRequest:
    method: AssetUploadMethod
    """ How `POST /assets` receives the media (`direct`: a file part; `url`: a link).
     """
    file: File | Unset = UNSET
    """ The media as a file part (with `method=direct`). """
    url: str | Unset = UNSET
    """ Link to the media, or to a VOD HLS manifest (with `method=url`). """
    filename: str | Unset = UNSET
    """ Name to store; taken from the file or the URL when omitted. """
    enable_hls: bool | Unset = UNSET
    """ Produce an HLS stream (video and audio). The server's default changed from false to
    true (SDK 1.3.5), so send it.
     """
    enable_thumbnail: bool | Unset = UNSET
    """ Produce a thumbnail. The server's default changed from false to true (SDK 1.3.5), so send it. """
    user_metadata: str | Unset = UNSET
    """ JSON-encoded object of custom metadata (string keys; scalar values). """
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
                ("method", self.method),
                ("file", self.file),
                ("url", self.url),
                ("filename", self.filename),
                ("enable_hls", self.enable_hls),
                ("enable_thumbnail", self.enable_thumbnail),
                ("user_metadata", self.user_metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        url = self.url

        filename = self.filename

        enable_hls = self.enable_hls

        enable_thumbnail = self.enable_thumbnail

        user_metadata = self.user_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if url is not UNSET:
            field_dict["url"] = url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if enable_hls is not UNSET:
            field_dict["enable_hls"] = enable_hls
        if enable_thumbnail is not UNSET:
            field_dict["enable_thumbnail"] = enable_thumbnail
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("method", (None, str(self.method.value).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.filename, Unset):
            files.append(("filename", (None, str(self.filename).encode(), "text/plain")))

        if not isinstance(self.enable_hls, Unset):
            files.append(("enable_hls", (None, b"true" if self.enable_hls else b"false", "text/plain")))

        if not isinstance(self.enable_thumbnail, Unset):
            files.append(("enable_thumbnail", (None, b"true" if self.enable_thumbnail else b"false", "text/plain")))

        if not isinstance(self.user_metadata, Unset):
            files.append(("user_metadata", (None, str(self.user_metadata).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        method = AssetUploadMethod(d["method"])

        _file = d.get("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        url = d.get("url", UNSET)

        filename = d.get("filename", UNSET)

        enable_hls = d.get("enable_hls", UNSET)

        enable_thumbnail = d.get("enable_thumbnail", UNSET)

        user_metadata = d.get("user_metadata", UNSET)

        create_asset_request = cls(
            method,
            file,
            url,
            filename,
            enable_hls,
            enable_thumbnail,
            user_metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_asset_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_asset_request

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
