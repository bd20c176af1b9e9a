from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summarize_type import SummarizeType
from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="SummarizeRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "video_id",
        "type",
        "prompt",
        "temperature",
    }
)


@_attrs_define(repr=False)
class SummarizeRequest:
    video_id: str
    type_: SummarizeType
    """ What the summarize call should produce: one `summary`, a list of `chapter`s, or a list of
    `highlight`s.
     """
    prompt: str | Unset = UNSET
    """ Extra instructions (at most 2000 tokens). """
    temperature: float | Unset = UNSET
    """ Randomness of the output. The server uses 0.2 when omitted. """
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
                ("type_", self.type_),
                ("prompt", self.prompt),
                ("temperature", self.temperature),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        type_ = self.type_.value

        prompt = self.prompt

        temperature = self.temperature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "type": type_,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        video_id = d["video_id"]

        type_ = SummarizeType(d["type"])

        prompt = d.get("prompt", UNSET)

        temperature = d.get("temperature", UNSET)

        summarize_request = cls(
            video_id,
            type_,
            prompt,
            temperature,
        )

        if not _KNOWN_KEYS.issuperset(d):
            summarize_request.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return summarize_request

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
