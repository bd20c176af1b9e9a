from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embed_v2_task_input_type import EmbedV2TaskInputType
from ..models.known_embed_v2_model_name import KnownEmbedV2ModelName
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownEmbedV2ModelName_by_value = KnownEmbedV2ModelName._value2member_map_

if TYPE_CHECKING:
    from ..models.embed_v2_audio_input import EmbedV2AudioInput
    from ..models.embed_v2_document_input import EmbedV2DocumentInput
    from ..models.embed_v2_image_input import EmbedV2ImageInput
    from ..models.embed_v2_video_input import EmbedV2VideoInput


T = TypeVar("T", bound="CreateEmbedV2TaskRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "input_type",
        "model_name",
        "audio",
        "video",
        "image",
        "document",
        "embedding_dimension",
    }
)


@_attrs_define(repr=False)
class CreateEmbedV2TaskRequest:
    """Body of `POST /embed-v2/tasks`; media by URL or asset id. The input object named by
    `input_type` must be present.

    """

    input_type: EmbedV2TaskInputType
    """ Which input object of a task request is present (`image`, `document`: newest API).
     """
    model_name: KnownEmbedV2ModelName | str
    """ Model of the Embed API v2: `marengo3.0`, or `marengo3.5` (newest API; its synchronous
    call takes only `multi_input`). Required on the wire; other strings are passed through.
     """
    audio: EmbedV2AudioInput | Unset = UNSET
    """ Audio (WAV, MP3 or FLAC) and how to embed it. """
    video: EmbedV2VideoInput | Unset = UNSET
    """ A video and how to embed it. """
    image: EmbedV2ImageInput | Unset = UNSET
    """ An image (JPEG or PNG, at least 128x128, at most 32 MB). """
    document: EmbedV2DocumentInput | Unset = UNSET
    """ A document (PDF, text or Markdown; newest API, Marengo 3.5 tasks). """
    embedding_dimension: int | Unset = UNSET
    """ Length of the vectors (newest API, Marengo 3.5 only). The server uses 512 when omitted. """
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
                ("audio", self.audio),
                ("video", self.video),
                ("image", self.image),
                ("document", self.document),
                ("embedding_dimension", self.embedding_dimension),
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

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        embedding_dimension = self.embedding_dimension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_type": input_type,
                "model_name": model_name,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if video is not UNSET:
            field_dict["video"] = video
        if image is not UNSET:
            field_dict["image"] = image
        if document is not UNSET:
            field_dict["document"] = document
        if embedding_dimension is not UNSET:
            field_dict["embedding_dimension"] = embedding_dimension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_type = EmbedV2TaskInputType(d["input_type"])

        model_name = d["model_name"]
        if isinstance(model_name, str):
            model_name = _KnownEmbedV2ModelName_by_value.get(model_name, model_name)

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

        _image = d.get("image", UNSET)
        image: EmbedV2ImageInput | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = EmbedV2ImageInput.from_dict(_image)

        _document = d.get("document", UNSET)
        document: EmbedV2DocumentInput | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = EmbedV2DocumentInput.from_dict(_document)

        embedding_dimension = d.get("embedding_dimension", UNSET)

        create_embed_v2_task_request = cls(
            input_type,
            model_name,
            audio,
            video,
            image,
            document,
            embedding_dimension,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_embed_v2_task_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_embed_v2_task_request

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
from ..models.embed_v2_document_input import EmbedV2DocumentInput  # noqa: E402
from ..models.embed_v2_image_input import EmbedV2ImageInput  # noqa: E402
from ..models.embed_v2_video_input import EmbedV2VideoInput  # noqa: E402
