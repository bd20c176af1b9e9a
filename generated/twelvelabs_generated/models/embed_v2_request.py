from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embed_v2_input_type import EmbedV2InputType
from ..models.known_embed_v2_model_name import KnownEmbedV2ModelName
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedV2ModelName_by_value = KnownEmbedV2ModelName._value2member_map_

if TYPE_CHECKING:
    from ..models.embed_v2_audio_input import EmbedV2AudioInput
    from ..models.embed_v2_image_input import EmbedV2ImageInput
    from ..models.embed_v2_multi_input import EmbedV2MultiInput
    from ..models.embed_v2_text_image_input import EmbedV2TextImageInput
    from ..models.embed_v2_text_input import EmbedV2TextInput
    from ..models.embed_v2_video_input import EmbedV2VideoInput


T = TypeVar("T", bound="EmbedV2Request")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "input_type",
        "model_name",
        "text",
        "image",
        "text_image",
        "audio",
        "video",
        "multi_input",
        "embedding_dimension",
        "auto_truncate",
        "embedding_uncertainty",
    }
)


@_attrs_define(repr=False)
class EmbedV2Request:
    """Body of `POST /embed-v2`; the input object named by `input_type` must be present."""

    input_type: EmbedV2InputType
    """ Which input object of the synchronous request is present. """
    model_name: KnownEmbedV2ModelName | str
    """ Model of the Embed API v2: `marengo3.0`, or `marengo3.5` (newest API; its synchronous
    call takes only `multi_input`). Required on the wire; other strings are passed through.
     """
    text: EmbedV2TextInput | Unset = UNSET
    image: EmbedV2ImageInput | Unset = UNSET
    """ An image (JPEG or PNG, at least 128x128, at most 32 MB). """
    text_image: EmbedV2TextImageInput | Unset = UNSET
    """ Text and an image embedded together. """
    audio: EmbedV2AudioInput | Unset = UNSET
    """ Audio (WAV, MP3 or FLAC) and how to embed it. """
    video: EmbedV2VideoInput | Unset = UNSET
    """ A video and how to embed it. """
    multi_input: EmbedV2MultiInput | Unset = UNSET
    """ Text that may mention named media as `<@name>` (a name that matches no source fails),
    and up to 10 media sources. The baseline API requires `media_sources`; the newest
    accepts text alone.
     """
    embedding_dimension: int | Unset = UNSET
    """ Length of the vectors (newest API, Marengo 3.5 only; a shorter vector is a prefix of
    the full one). The server uses 512 when omitted.
     """
    auto_truncate: bool | Unset = UNSET
    """ Cut over-long text instead of refusing it (newest API, Marengo 3.5 only). """
    embedding_uncertainty: bool | Unset = UNSET
    """ Also return an uncertainty per vector component (newest API, Marengo 3.5 only). """
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
                ("input_type", self.input_type),
                ("model_name", self.model_name),
                ("text", self.text),
                ("image", self.image),
                ("text_image", self.text_image),
                ("audio", self.audio),
                ("video", self.video),
                ("multi_input", self.multi_input),
                ("embedding_dimension", self.embedding_dimension),
                ("auto_truncate", self.auto_truncate),
                ("embedding_uncertainty", self.embedding_uncertainty),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        input_type = self.input_type.value

        model_name: str
        if isinstance(self.model_name, KnownEmbedV2ModelName):
            model_name = self.model_name.value
        else:
            model_name = self.model_name

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        text_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text_image, Unset):
            text_image = self.text_image.to_dict()

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        multi_input: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multi_input, Unset):
            multi_input = self.multi_input.to_dict()

        embedding_dimension = self.embedding_dimension

        auto_truncate = self.auto_truncate

        embedding_uncertainty = self.embedding_uncertainty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
                "model_name": model_name,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if image is not UNSET:
            field_dict["image"] = image
        if text_image is not UNSET:
            field_dict["text_image"] = text_image
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video
        if multi_input is not UNSET:
            field_dict["multi_input"] = multi_input
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension
        if auto_truncate is not UNSET:
            field_dict["auto_truncate"] = auto_truncate
        if embedding_uncertainty is not UNSET:
            field_dict["embedding_uncertainty"] = embedding_uncertainty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_type = EmbedV2InputType(d["input_type"])

        model_name = d["model_name"]
        if isinstance(model_name, str):
            model_name = _KnownEmbedV2ModelName_by_value.get(model_name, model_name)

        _text = d.get("text", UNSET)
        text: EmbedV2TextInput | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = EmbedV2TextInput.from_dict(_text)

        _image = d.get("image", UNSET)
        image: EmbedV2ImageInput | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = EmbedV2ImageInput.from_dict(_image)

        _text_image = d.get("text_image", UNSET)
        text_image: EmbedV2TextImageInput | Unset
        if isinstance(_text_image, Unset):
            text_image = UNSET
        else:
            text_image = EmbedV2TextImageInput.from_dict(_text_image)

        _audio = d.get("audio", UNSET)
        audio: EmbedV2AudioInput | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = EmbedV2AudioInput.from_dict(_audio)

        _video = d.get("video", UNSET)
        video: EmbedV2VideoInput | Unset
        if isinstance(_video, Unset):
            video = UNSET
        else:
            video = EmbedV2VideoInput.from_dict(_video)

        _multi_input = d.get("multi_input", UNSET)
        multi_input: EmbedV2MultiInput | Unset
        if isinstance(_multi_input, Unset):
            multi_input = UNSET
        else:
            multi_input = EmbedV2MultiInput.from_dict(_multi_input)

        embedding_dimension = d.get("embedding_dimension", UNSET)

        auto_truncate = d.get("auto_truncate", UNSET)

        embedding_uncertainty = d.get("embedding_uncertainty", UNSET)

        embed_v2_request = cls(
            input_type,
            model_name,
            text,
            image,
            text_image,
            audio,
            video,
            multi_input,
            embedding_dimension,
            auto_truncate,
            embedding_uncertainty,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_request.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return embed_v2_request

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
from ..models.embed_v2_audio_input import EmbedV2AudioInput  # noqa: E402
from ..models.embed_v2_image_input import EmbedV2ImageInput  # noqa: E402
from ..models.embed_v2_multi_input import EmbedV2MultiInput  # noqa: E402
from ..models.embed_v2_text_image_input import EmbedV2TextImageInput  # noqa: E402
from ..models.embed_v2_text_input import EmbedV2TextInput  # noqa: E402
from ..models.embed_v2_video_input import EmbedV2VideoInput  # noqa: E402
