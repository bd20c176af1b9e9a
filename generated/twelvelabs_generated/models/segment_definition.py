from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

if TYPE_CHECKING:
    from ..models.reference_media import ReferenceMedia
    from ..models.segment_field import SegmentField
    from ..models.time_range import TimeRange


T = TypeVar("T", bound="SegmentDefinition")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "description",
        "fields",
        "media_sources",
        "time_ranges",
    }
)


@_attrs_define(repr=False)
class SegmentDefinition:
    """A kind of segment to find, with the fields each found segment carries."""

    id: str
    """ Key of this kind in the result document. """
    description: str
    fields: list[SegmentField] | Unset = UNSET
    media_sources: list[ReferenceMedia] | Unset = UNSET
    time_ranges: list[TimeRange] | Unset = UNSET
    """ Analyze only these windows (not with the task's `start_time`/`end_time` nor the
    segment durations).
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
                ("id", self.id),
                ("description", self.description),
                ("fields", self.fields),
                ("media_sources", self.media_sources),
                ("time_ranges", self.time_ranges),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        media_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_sources, Unset):
            media_sources = []
            for media_sources_item_data in self.media_sources:
                media_sources_item = media_sources_item_data.to_dict()
                media_sources.append(media_sources_item)

        time_ranges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_ranges, Unset):
            time_ranges = []
            for time_ranges_item_data in self.time_ranges:
                time_ranges_item = time_ranges_item_data.to_dict()
                time_ranges.append(time_ranges_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields
        if media_sources is not UNSET:
            field_dict["media_sources"] = media_sources
        if time_ranges is not UNSET:
            field_dict["time_ranges"] = time_ranges

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        description = d["description"]

        _fields = d.get("fields", UNSET)
        fields: list[SegmentField] | Unset = UNSET
        if _fields is not UNSET:
            fields = [SegmentField.from_dict(item) for item in _fields]

        _media_sources = d.get("media_sources", UNSET)
        media_sources: list[ReferenceMedia] | Unset = UNSET
        if _media_sources is not UNSET:
            media_sources = [ReferenceMedia.from_dict(item) for item in _media_sources]

        _time_ranges = d.get("time_ranges", UNSET)
        time_ranges: list[TimeRange] | Unset = UNSET
        if _time_ranges.__class__ is list and _can_defer_time_ranges(_time_ranges):
            time_ranges = Unbuilt((_time_ranges,))
        elif _time_ranges is not UNSET:
            time_ranges = list(map(TimeRange.from_dict, _time_ranges))

        segment_definition = cls(
            id,
            description,
            fields,
            media_sources,
            time_ranges,
        )

        if not _KNOWN_KEYS.issuperset(d):
            segment_definition.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return segment_definition

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
from ..models.reference_media import ReferenceMedia  # noqa: E402
from ..models.segment_field import SegmentField  # noqa: E402
from ..models.time_range import TimeRange  # noqa: E402


def _can_defer_time_ranges(items: list[Any]) -> bool:
    """True when TimeRange.from_dict cannot fail on any of these JSON objects, so
    SegmentDefinition.time_ranges may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict or "start_time" not in d or "end_time" not in d:
            return False
    return True


build_on_first_read(SegmentDefinition, "time_ranges", TimeRange)
