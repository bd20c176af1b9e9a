from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_analyze_model_name import KnownAnalyzeModelName
from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAnalyzeModelName_by_value = KnownAnalyzeModelName._value2member_map_

if TYPE_CHECKING:
    from ..models.analyze_image import AnalyzeImage
    from ..models.analyze_prompt_v2 import AnalyzePromptV2
    from ..models.analyze_response_format import AnalyzeResponseFormat
    from ..models.analyze_video_asset_id import AnalyzeVideoAssetId
    from ..models.analyze_video_base_64 import AnalyzeVideoBase64
    from ..models.analyze_video_url import AnalyzeVideoUrl


T = TypeVar("T", bound="AnalyzeRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "model_name",
        "video",
        "video_id",
        "image",
        "prompt",
        "prompt_v2",
        "temperature",
        "stream",
        "response_format",
        "max_tokens",
        "start_time",
        "end_time",
    }
)


@_attrs_define(repr=False)
class AnalyzeRequest:
    """Body of `POST /analyze`. Nothing is required by the schema; the server wants one source
    and one prompt (see the operation).

    """

    model_name: KnownAnalyzeModelName | str | Unset = UNSET
    """ Pegasus model that analyzes. `pegasus1.2` is legacy (dropped by the newest SDK,
    2026-08-19), `pegasus1.6` is the newest. The server's default changed between versions
    (`pegasus1.2`, then `pegasus1.5`), so send it when it matters. Other strings are passed
    through for later models.
     """
    video: AnalyzeVideoAssetId | AnalyzeVideoBase64 | AnalyzeVideoUrl | Unset = UNSET
    """ The video to analyze, chosen by `type`. """
    video_id: str | Unset = UNSET
    """ Legacy: id of a video indexed with Pegasus 1.2 (only valid with `pegasus1.2`).
    Dropped by the newest SDK (2026-08-19); use `video`.
     """
    image: list[AnalyzeImage] | Unset = UNSET
    """ Images to analyze instead of a video (newest API, `pegasus1.6` only; needs
    `prompt`, not `prompt_v2`; the prompt names either every image or none).
     """
    prompt: str | Unset = UNSET
    """ What to generate (Pegasus 1.2 reads at most 2,000 tokens). Not with `prompt_v2`. """
    prompt_v2: AnalyzePromptV2 | Unset = UNSET
    """ Structured prompt (Pegasus 1.5 and later): text that may mention reference images as
    `<@name>`, and up to four such images. Cannot be combined with `prompt`.
     """
    temperature: float | Unset = UNSET
    """ Randomness of the output. The server uses 0.2 when omitted. """
    stream: bool | Unset = UNSET
    """ Whether to stream NDJSON events. The server streams when this is omitted, so a
    single JSON answer requires sending false.
     """
    response_format: AnalyzeResponseFormat | Unset = UNSET
    """ Asks for a JSON document that follows `json_schema` (a subset of JSON Schema 2020-12;
    unsupported keywords are refused with 422). The document comes back as a string in
    `data`; with finish reason `length` it may be cut short and not parse.
     """
    max_tokens: int | Unset = UNSET
    """ Upper bound on generated tokens. The allowed range depends on the model (Pegasus
    1.2: 2 to 4,096; Pegasus 1.5: 512 to 98,304); the server uses 4,096 when omitted.
     """
    start_time: float | Unset = UNSET
    """ Second (in the media's own timeline) where the analyzed window starts (Pegasus 1.5
    and later). Must be before `end_time`; the window needs a minimum length that
    depends on the model.
     """
    end_time: float | Unset = UNSET
    """ Second where the analyzed window ends (Pegasus 1.5 and later). """
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
                ("video", self.video),
                ("video_id", self.video_id),
                ("image", self.image),
                ("prompt", self.prompt),
                ("prompt_v2", self.prompt_v2),
                ("temperature", self.temperature),
                ("stream", self.stream),
                ("response_format", self.response_format),
                ("max_tokens", self.max_tokens),
                ("start_time", self.start_time),
                ("end_time", self.end_time),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.analyze_video_asset_id import AnalyzeVideoAssetId  # noqa: PLC0415
        from ..models.analyze_video_url import AnalyzeVideoUrl  # noqa: PLC0415

        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, KnownAnalyzeModelName):
            model_name = self.model_name.value
        else:
            model_name = self.model_name

        video: dict[str, Any] | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, AnalyzeVideoUrl):
            video = self.video.to_dict()
        elif isinstance(self.video, AnalyzeVideoAssetId):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        video_id = self.video_id

        image: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = []
            for image_item_data in self.image:
                image_item = image_item_data.to_dict()
                image.append(image_item)

        prompt = self.prompt

        prompt_v2: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_v2, Unset):
            prompt_v2 = self.prompt_v2.to_dict()

        temperature = self.temperature

        stream = self.stream

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        max_tokens = self.max_tokens

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if video is not UNSET:
            field_dict["video"] = video
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if image is not UNSET:
            field_dict["image"] = image
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_v2 is not UNSET:
            field_dict["prompt_v2"] = prompt_v2
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_name = d.get("model_name", UNSET)
        if isinstance(model_name, str):
            model_name = _KnownAnalyzeModelName_by_value.get(model_name, model_name)

        def _parse_video(data: object) -> AnalyzeVideoAssetId | AnalyzeVideoBase64 | AnalyzeVideoUrl | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_analyze_video_type_0 = AnalyzeVideoUrl.from_dict(data)

                return componentsschemas_analyze_video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_analyze_video_type_1 = AnalyzeVideoAssetId.from_dict(data)

                return componentsschemas_analyze_video_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_analyze_video_type_2 = AnalyzeVideoBase64.from_dict(data)

            return componentsschemas_analyze_video_type_2

        video = _parse_video(d.get("video", UNSET))

        video_id = d.get("video_id", UNSET)

        _image = d.get("image", UNSET)
        image: list[AnalyzeImage] | Unset = UNSET
        if _image.__class__ is list and _can_defer_image(_image):
            image = Unbuilt((_image,))
        elif _image is not UNSET:
            image = list(map(AnalyzeImage.from_dict, _image))

        prompt = d.get("prompt", UNSET)

        _prompt_v2 = d.get("prompt_v2", UNSET)
        prompt_v2: AnalyzePromptV2 | Unset
        if isinstance(_prompt_v2, Unset):
            prompt_v2 = UNSET
        else:
            prompt_v2 = AnalyzePromptV2.from_dict(_prompt_v2)

        temperature = d.get("temperature", UNSET)

        stream = d.get("stream", UNSET)

        _response_format = d.get("response_format", UNSET)
        response_format: AnalyzeResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = AnalyzeResponseFormat.from_dict(_response_format)

        max_tokens = d.get("max_tokens", UNSET)

        start_time = d.get("start_time", UNSET)

        end_time = d.get("end_time", UNSET)

        analyze_request = cls(
            model_name,
            video,
            video_id,
            image,
            prompt,
            prompt_v2,
            temperature,
            stream,
            response_format,
            max_tokens,
            start_time,
            end_time,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_request.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return analyze_request

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
from ..models.analyze_image import AnalyzeImage  # noqa: E402
from ..models.analyze_prompt_v2 import AnalyzePromptV2  # noqa: E402
from ..models.analyze_response_format import AnalyzeResponseFormat  # noqa: E402
from ..models.analyze_video_asset_id import AnalyzeVideoAssetId  # noqa: E402
from ..models.analyze_video_base_64 import AnalyzeVideoBase64  # noqa: E402
from ..models.analyze_video_url import AnalyzeVideoUrl  # noqa: E402


def _can_defer_image(items: list[Any]) -> bool:
    """True when AnalyzeImage.from_dict cannot fail on any of these JSON objects, so
    AnalyzeRequest.image may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict or "name" not in d:
            return False
    return True


build_on_first_read(AnalyzeRequest, "image", AnalyzeImage)
