from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.embedding_scope import EmbeddingScope
from ..models.known_embed_model_name import KnownEmbedModelName
from ..types import UNSET, File, FileTypes, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedModelName_by_value = KnownEmbedModelName._value2member_map_


T = TypeVar("T", bound="CreateEmbedTaskRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "model_name",
        "video_file",
        "video_url",
        "video_start_offset_sec",
        "video_end_offset_sec",
        "video_clip_length",
        "video_embedding_scope",
    }
)


@_attrs_define(repr=False)
class CreateEmbedTaskRequest:
    model_name: KnownEmbedModelName | str
    """ Model used by the embed endpoints. In 2025 this was `Marengo-retrieval-2.7` (capital M,
    not the index model name `marengo2.7`); the live API uses `marengo3.0`. Other strings
    are accepted for later models.
     """
    video_file: File | Unset = UNSET
    """ The video as an uploaded file. Give this or `video_url`. """
    video_url: str | Unset = UNSET
    """ Public direct URL of the video. Wins over `video_file`. """
    video_start_offset_sec: float | Unset = UNSET
    """ Second where processing starts (give together with the end offset). """
    video_end_offset_sec: float | Unset = UNSET
    """ Second where processing stops (give together with the start offset). """
    video_clip_length: float | Unset = UNSET
    """ Length of each clip segment in seconds. The server uses 6 when omitted. """
    video_embedding_scope: list[EmbeddingScope] | Unset = UNSET
    """ Which segments to produce, one form part per value. The server produces `clip`
    segments when omitted; `video` adds one segment for the whole video.
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
                ("model_name", self.model_name),
                ("video_file", self.video_file),
                ("video_url", self.video_url),
                ("video_start_offset_sec", self.video_start_offset_sec),
                ("video_end_offset_sec", self.video_end_offset_sec),
                ("video_clip_length", self.video_clip_length),
                ("video_embedding_scope", self.video_embedding_scope),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        model_name: str
        if isinstance(self.model_name, KnownEmbedModelName):
            model_name = self.model_name.value
        else:
            model_name = self.model_name

        video_file: FileTypes | Unset = UNSET
        if not isinstance(self.video_file, Unset):
            video_file = self.video_file.to_tuple()

        video_url = self.video_url

        video_start_offset_sec = self.video_start_offset_sec

        video_end_offset_sec = self.video_end_offset_sec

        video_clip_length = self.video_clip_length

        video_embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.video_embedding_scope, Unset):
            video_embedding_scope = []
            for video_embedding_scope_item_data in self.video_embedding_scope:
                video_embedding_scope_item = video_embedding_scope_item_data.value
                video_embedding_scope.append(video_embedding_scope_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if video_file is not UNSET:
            field_dict["video_file"] = video_file
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if video_start_offset_sec is not UNSET:
            field_dict["video_start_offset_sec"] = video_start_offset_sec
        if video_end_offset_sec is not UNSET:
            field_dict["video_end_offset_sec"] = video_end_offset_sec
        if video_clip_length is not UNSET:
            field_dict["video_clip_length"] = video_clip_length
        if video_embedding_scope is not UNSET:
            field_dict["video_embedding_scope"] = video_embedding_scope

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.model_name, KnownEmbedModelName):
            files.append(("model_name", (None, str(self.model_name.value).encode(), "text/plain")))
        else:
            files.append(("model_name", (None, str(self.model_name).encode(), "text/plain")))

        if not isinstance(self.video_file, Unset):
            files.append(("video_file", self.video_file.to_tuple()))

        if not isinstance(self.video_url, Unset):
            files.append(("video_url", (None, str(self.video_url).encode(), "text/plain")))

        if not isinstance(self.video_start_offset_sec, Unset):
            files.append(("video_start_offset_sec", (None, str(self.video_start_offset_sec).encode(), "text/plain")))

        if not isinstance(self.video_end_offset_sec, Unset):
            files.append(("video_end_offset_sec", (None, str(self.video_end_offset_sec).encode(), "text/plain")))

        if not isinstance(self.video_clip_length, Unset):
            files.append(("video_clip_length", (None, str(self.video_clip_length).encode(), "text/plain")))

        if not isinstance(self.video_embedding_scope, Unset):
            for video_embedding_scope_item_element in self.video_embedding_scope:
                files.append(
                    (
                        "video_embedding_scope",
                        (None, str(video_embedding_scope_item_element.value).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_name = d["model_name"]
        if isinstance(model_name, str):
            model_name = _KnownEmbedModelName_by_value.get(model_name, model_name)

        _video_file = d.get("video_file", UNSET)
        video_file: File | Unset
        if isinstance(_video_file, Unset):
            video_file = UNSET
        else:
            video_file = File(payload=BytesIO(_video_file))

        video_url = d.get("video_url", UNSET)

        video_start_offset_sec = d.get("video_start_offset_sec", UNSET)

        video_end_offset_sec = d.get("video_end_offset_sec", UNSET)

        video_clip_length = d.get("video_clip_length", UNSET)

        _video_embedding_scope = d.get("video_embedding_scope", UNSET)
        video_embedding_scope: list[EmbeddingScope] | Unset = UNSET
        if _video_embedding_scope is not UNSET:
            video_embedding_scope = []
            for video_embedding_scope_item_data in _video_embedding_scope:
                video_embedding_scope_item = EmbeddingScope(video_embedding_scope_item_data)

                video_embedding_scope.append(video_embedding_scope_item)

        create_embed_task_request = cls(
            model_name,
            video_file,
            video_url,
            video_start_offset_sec,
            video_end_offset_sec,
            video_clip_length,
            video_embedding_scope,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_embed_task_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_embed_task_request

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
