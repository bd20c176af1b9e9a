from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset, repr_value

T = TypeVar("T", bound="CreateTaskRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "index_id",
        "video_file",
        "video_url",
        "enable_video_stream",
        "user_metadata",
    }
)


@_attrs_define(repr=False)
class CreateTaskRequest:
    index_id: str
    """ Index that receives the video. """
    video_file: File | Unset = UNSET
    """ The video as an uploaded file (up to 2 GB). Give this or `video_url`. """
    video_url: str | Unset = UNSET
    """ Public direct URL of the video. Give this or `video_file`. """
    enable_video_stream: bool | Unset = UNSET
    """ Whether to produce an HLS stream for playback (the `hls` block). v1.3 sources do not
    state what the server does when this is omitted (later docs say it streams), so send
    it explicitly when it matters.
     """
    user_metadata: str | Unset = UNSET
    """ JSON-encoded object of custom metadata to store on the video. Newer than the rest
    of v1.3; kept for forward compatibility.
     """
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
                ("index_id", self.index_id),
                ("video_file", self.video_file),
                ("video_url", self.video_url),
                ("enable_video_stream", self.enable_video_stream),
                ("user_metadata", self.user_metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        video_file: FileTypes | Unset = UNSET
        if not isinstance(self.video_file, Unset):
            video_file = self.video_file.to_tuple()

        video_url = self.video_url

        enable_video_stream = self.enable_video_stream

        user_metadata = self.user_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index_id": index_id,
            }
        )
        if video_file is not UNSET:
            field_dict["video_file"] = video_file
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if enable_video_stream is not UNSET:
            field_dict["enable_video_stream"] = enable_video_stream
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("index_id", (None, str(self.index_id).encode(), "text/plain")))

        if not isinstance(self.video_file, Unset):
            files.append(("video_file", self.video_file.to_tuple()))

        if not isinstance(self.video_url, Unset):
            files.append(("video_url", (None, str(self.video_url).encode(), "text/plain")))

        if not isinstance(self.enable_video_stream, Unset):
            files.append(
                ("enable_video_stream", (None, b"true" if self.enable_video_stream else b"false", "text/plain"))
            )

        if not isinstance(self.user_metadata, Unset):
            files.append(("user_metadata", (None, str(self.user_metadata).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index_id = d["index_id"]

        _video_file = d.get("video_file", UNSET)
        video_file: File | Unset
        if isinstance(_video_file, Unset):
            video_file = UNSET
        else:
            video_file = File(payload=BytesIO(_video_file))

        video_url = d.get("video_url", UNSET)

        enable_video_stream = d.get("enable_video_stream", UNSET)

        user_metadata = d.get("user_metadata", UNSET)

        create_task_request = cls(
            index_id,
            video_file,
            video_url,
            enable_video_stream,
            user_metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_task_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_task_request

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
