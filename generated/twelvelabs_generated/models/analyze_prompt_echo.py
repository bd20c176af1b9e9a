from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="AnalyzePromptEcho")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "input_text",
        "media_sources",
    }
)


@_attrs_define(repr=False)
class AnalyzePromptEcho:
    """The structured prompt of a task as echoed (cut to 30 characters in lists)."""

    input_text: str | Unset = UNSET
    media_sources: list[JsonObject] | Unset = UNSET
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
                ("input_text", self.input_text),
                ("media_sources", self.media_sources),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        input_text = self.input_text

        media_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_sources, Unset):
            media_sources = []
            for media_sources_item_data in self.media_sources:
                media_sources_item = media_sources_item_data.to_dict()
                media_sources.append(media_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_text is not UNSET:
            field_dict["input_text"] = input_text
        if media_sources is not UNSET:
            field_dict["media_sources"] = media_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_text = d.get("input_text", UNSET)

        _media_sources = d.get("media_sources", UNSET)
        media_sources: list[JsonObject] | Unset = UNSET
        if _media_sources is not UNSET:
            media_sources = [JsonObject.from_dict(item) for item in _media_sources]

        analyze_prompt_echo = cls(
            input_text,
            media_sources,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_prompt_echo.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return analyze_prompt_echo

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
from ..models.json_object import JsonObject  # noqa: E402
