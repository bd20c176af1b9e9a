from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="Chapter")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "chapter_number",
        "start",
        "end",
        "start_sec",
        "end_sec",
        "chapter_title",
        "chapter_summary",
    }
)


@_attrs_define(repr=False)
class Chapter:
    chapter_number: int
    """ Position """
    start: float
    """ Seconds (may be fractional). """
    end: float
    """ Seconds (may be fractional). """
    start_sec: float | Unset = UNSET
    """ Precise start in seconds; later releases send it beside a whole-second `start`. """
    end_sec: float | Unset = UNSET
    """ Precise end in seconds; later releases send it beside a whole-second `end`. """
    chapter_title: str | Unset = UNSET
    chapter_summary: str | Unset = UNSET
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
                ("chapter_number", self.chapter_number),
                ("start", self.start),
                ("end", self.end),
                ("start_sec", self.start_sec),
                ("end_sec", self.end_sec),
                ("chapter_title", self.chapter_title),
                ("chapter_summary", self.chapter_summary),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        chapter_number = self.chapter_number

        start = self.start

        end = self.end

        start_sec = self.start_sec

        end_sec = self.end_sec

        chapter_title = self.chapter_title

        chapter_summary = self.chapter_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chapter_number": chapter_number,
                "start": start,
                "end": end,
            }
        )
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if chapter_title is not UNSET:
            field_dict["chapter_title"] = chapter_title
        if chapter_summary is not UNSET:
            field_dict["chapter_summary"] = chapter_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chapter_number = d["chapter_number"]

        start = d["start"]

        end = d["end"]

        start_sec = d.get("start_sec", UNSET)

        end_sec = d.get("end_sec", UNSET)

        chapter_title = d.get("chapter_title", UNSET)

        chapter_summary = d.get("chapter_summary", UNSET)

        chapter = cls(
            chapter_number,
            start,
            end,
            start_sec,
            end_sec,
            chapter_title,
            chapter_summary,
        )

        if not _KNOWN_KEYS.issuperset(d):
            chapter.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return chapter

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
