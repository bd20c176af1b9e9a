from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.known_embed_model_name import KnownEmbedModelName
from ..models.text_truncate import TextTruncate
from ..types import UNSET, File, FileTypes, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedModelName_by_value = KnownEmbedModelName._value2member_map_


T = TypeVar("T", bound="CreateEmbeddingsRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "model_name",
        "text",
        "text_truncate",
        "image_url",
        "image_file",
        "audio_url",
        "audio_file",
        "audio_start_offset_sec",
    }
)


@_attrs_define(repr=False)
class CreateEmbeddingsRequest:
    model_name: KnownEmbedModelName | str
    """ Model used by the embed endpoints. In 2025 this was `Marengo-retrieval-2.7` (capital M,
    not the index model name `marengo2.7`); the live API uses `marengo3.0`. Other strings
    are accepted for later models.
     """
    text: str | Unset = UNSET
    """ Text to embed. """
    text_truncate: TextTruncate | Unset = UNSET
    """ What to do with text longer than the model's 77-token limit: cut it at the `end` (the
    server's choice when omitted) or at the `start`, or `none` (no cutting).
     """
    image_url: str | Unset = UNSET
    """ Public URL of an image to embed. """
    image_file: File | Unset = UNSET
    """ Image to embed, as an uploaded file. """
    audio_url: str | Unset = UNSET
    """ Public URL of an audio file to embed. """
    audio_file: File | Unset = UNSET
    """ Audio to embed, as an uploaded file. """
    audio_start_offset_sec: float | Unset = UNSET
    """ Second at which audio processing starts. The server uses 0 when omitted. """
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
                ("text", self.text),
                ("text_truncate", self.text_truncate),
                ("image_url", self.image_url),
                ("image_file", self.image_file),
                ("audio_url", self.audio_url),
                ("audio_file", self.audio_file),
                ("audio_start_offset_sec", self.audio_start_offset_sec),
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

        text = self.text

        text_truncate: str | Unset = UNSET
        if not isinstance(self.text_truncate, Unset):
            text_truncate = self.text_truncate.value

        image_url = self.image_url

        image_file: FileTypes | Unset = UNSET
        if not isinstance(self.image_file, Unset):
            image_file = self.image_file.to_tuple()

        audio_url = self.audio_url

        audio_file: FileTypes | Unset = UNSET
        if not isinstance(self.audio_file, Unset):
            audio_file = self.audio_file.to_tuple()

        audio_start_offset_sec = self.audio_start_offset_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if text_truncate is not UNSET:
            field_dict["text_truncate"] = text_truncate
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if image_file is not UNSET:
            field_dict["image_file"] = image_file
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if audio_file is not UNSET:
            field_dict["audio_file"] = audio_file
        if audio_start_offset_sec is not UNSET:
            field_dict["audio_start_offset_sec"] = audio_start_offset_sec

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if isinstance(self.model_name, KnownEmbedModelName):
            files.append(("model_name", (None, str(self.model_name.value).encode(), "text/plain")))
        else:
            files.append(("model_name", (None, str(self.model_name).encode(), "text/plain")))

        if not isinstance(self.text, Unset):
            files.append(("text", (None, str(self.text).encode(), "text/plain")))

        if not isinstance(self.text_truncate, Unset):
            files.append(("text_truncate", (None, str(self.text_truncate.value).encode(), "text/plain")))

        if not isinstance(self.image_url, Unset):
            files.append(("image_url", (None, str(self.image_url).encode(), "text/plain")))

        if not isinstance(self.image_file, Unset):
            files.append(("image_file", self.image_file.to_tuple()))

        if not isinstance(self.audio_url, Unset):
            files.append(("audio_url", (None, str(self.audio_url).encode(), "text/plain")))

        if not isinstance(self.audio_file, Unset):
            files.append(("audio_file", self.audio_file.to_tuple()))

        if not isinstance(self.audio_start_offset_sec, Unset):
            files.append(("audio_start_offset_sec", (None, str(self.audio_start_offset_sec).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_name = d["model_name"]
        if isinstance(model_name, str):
            model_name = _KnownEmbedModelName_by_value.get(model_name, model_name)

        text = d.get("text", UNSET)

        _text_truncate = d.get("text_truncate", UNSET)
        text_truncate: TextTruncate | Unset
        if isinstance(_text_truncate, Unset):
            text_truncate = UNSET
        else:
            text_truncate = TextTruncate(_text_truncate)

        image_url = d.get("image_url", UNSET)

        _image_file = d.get("image_file", UNSET)
        image_file: File | Unset
        if isinstance(_image_file, Unset):
            image_file = UNSET
        else:
            image_file = File(payload=BytesIO(_image_file))

        audio_url = d.get("audio_url", UNSET)

        _audio_file = d.get("audio_file", UNSET)
        audio_file: File | Unset
        if isinstance(_audio_file, Unset):
            audio_file = UNSET
        else:
            audio_file = File(payload=BytesIO(_audio_file))

        audio_start_offset_sec = d.get("audio_start_offset_sec", UNSET)

        create_embeddings_request = cls(
            model_name,
            text,
            text_truncate,
            image_url,
            image_file,
            audio_url,
            audio_file,
            audio_start_offset_sec,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_embeddings_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_embeddings_request

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
