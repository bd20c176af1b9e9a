from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_summarize_type import KnownSummarizeType
from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownSummarizeType_by_value = KnownSummarizeType._value2member_map_

if TYPE_CHECKING:
    from ..models.highlight import Highlight
    from ..models.usage import Usage


T = TypeVar("T", bound="Highlights")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "highlights",
        "summarize_type",
        "usage",
    }
)


@_attrs_define(repr=False)
class Highlights:
    id: str
    highlights: list[Highlight]
    summarize_type: KnownSummarizeType | str | Unset = UNSET
    """ Kind of summarize answer when the server states it; unknown kinds are kept as strings. """
    usage: Usage | Unset = UNSET
    """ Token accounting of a generation call. """
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
                ("id", self.id),
                ("highlights", self.highlights),
                ("summarize_type", self.summarize_type),
                ("usage", self.usage),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        highlights = []
        for highlights_item_data in self.highlights:
            highlights_item = highlights_item_data.to_dict()
            highlights.append(highlights_item)

        summarize_type: str | Unset
        if isinstance(self.summarize_type, Unset):
            summarize_type = UNSET
        elif isinstance(self.summarize_type, KnownSummarizeType):
            summarize_type = self.summarize_type.value
        else:
            summarize_type = self.summarize_type

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "highlights": highlights,
            }
        )
        if summarize_type is not UNSET:
            field_dict["summarize_type"] = summarize_type
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        _highlights = d["highlights"]
        highlights: list[Highlight]
        if _highlights.__class__ is list and _can_defer_highlights(_highlights):
            highlights = Unbuilt((_highlights,))
        else:
            highlights = list(map(Highlight.from_dict, _highlights))

        summarize_type = d.get("summarize_type", UNSET)
        if isinstance(summarize_type, str):
            summarize_type = _KnownSummarizeType_by_value.get(summarize_type, summarize_type)

        _usage = d.get("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        highlights = cls(
            id,
            highlights,
            summarize_type,
            usage,
        )

        if not _KNOWN_KEYS.issuperset(d):
            highlights.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return highlights

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
from ..models.highlight import Highlight  # noqa: E402
from ..models.usage import Usage  # noqa: E402


def _can_defer_highlights(items: list[Any]) -> bool:
    """True when Highlight.from_dict cannot fail on any of these JSON objects, so
    Highlights.highlights may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict or "start" not in d or "end" not in d or "highlight" not in d:
            return False
    return True


build_on_first_read(Highlights, "highlights", Highlight)
