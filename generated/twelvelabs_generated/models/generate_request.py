from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="GenerateRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "video_id",
        "prompt",
        "temperature",
        "stream",
    }
)


@_attrs_define(repr=False)
class GenerateRequest:
    video_id: str
    prompt: str
    """ What to generate (at most 2000 tokens). """
    temperature: float | Unset = UNSET
    """ Randomness of the output. The server uses 0.2 when omitted. """
    stream: bool | Unset = UNSET
    """ Whether to stream NDJSON events. The server streams when this is omitted, so a
    single JSON answer requires sending false.
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
                ("video_id", self.video_id),
                ("prompt", self.prompt),
                ("temperature", self.temperature),
                ("stream", self.stream),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        prompt = self.prompt

        temperature = self.temperature

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "prompt": prompt,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        video_id = d["video_id"]

        prompt = d["prompt"]

        temperature = d.get("temperature", UNSET)

        stream = d.get("stream", UNSET)

        generate_request = cls(
            video_id,
            prompt,
            temperature,
            stream,
        )

        if not _KNOWN_KEYS.issuperset(d):
            generate_request.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return generate_request

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
