from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.async_response_format_type import AsyncResponseFormatType
from ..models.timestamp_format import TimestampFormat
from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.segment_definition import SegmentDefinition


T = TypeVar("T", bound="AnalyzeTaskResponseFormat")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "json_schema",
        "segment_definitions",
        "segment_time_format",
    }
)


@_attrs_define(repr=False)
class AnalyzeTaskResponseFormat:
    """Structured output of a task: a `json_schema` document (general mode) or
    `segment_definitions` (1 to 20; time_based_metadata mode). `segment_time_format` sets
    how the automatic segment bounds are written (the server uses `seconds`).

    """

    type_: AsyncResponseFormatType
    """ Kind of structured output of a task: `json_schema` (general mode) or
    `segment_definitions` (time_based_metadata mode).
     """
    json_schema: JsonObject | Unset = UNSET
    """ A free-form JSON object. """
    segment_definitions: list[SegmentDefinition] | Unset = UNSET
    segment_time_format: TimestampFormat | Unset = UNSET
    """ How a time is written: `seconds` (a number), `hh:mm:ss` or `hh:mm:ss.fff` (strings).
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
                ("type_", self.type_),
                ("json_schema", self.json_schema),
                ("segment_definitions", self.segment_definitions),
                ("segment_time_format", self.segment_time_format),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        segment_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segment_definitions, Unset):
            segment_definitions = []
            for segment_definitions_item_data in self.segment_definitions:
                segment_definitions_item = segment_definitions_item_data.to_dict()
                segment_definitions.append(segment_definitions_item)

        segment_time_format: str | Unset = UNSET
        if not isinstance(self.segment_time_format, Unset):
            segment_time_format = self.segment_time_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema
        if segment_definitions is not UNSET:
            field_dict["segment_definitions"] = segment_definitions
        if segment_time_format is not UNSET:
            field_dict["segment_time_format"] = segment_time_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = AsyncResponseFormatType(d["type"])

        _json_schema = d.get("json_schema", UNSET)
        json_schema: JsonObject | Unset
        if isinstance(_json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = JsonObject.from_dict(_json_schema)

        _segment_definitions = d.get("segment_definitions", UNSET)
        segment_definitions: list[SegmentDefinition] | Unset = UNSET
        if _segment_definitions is not UNSET:
            segment_definitions = [SegmentDefinition.from_dict(item) for item in _segment_definitions]

        _segment_time_format = d.get("segment_time_format", UNSET)
        segment_time_format: TimestampFormat | Unset
        if isinstance(_segment_time_format, Unset):
            segment_time_format = UNSET
        else:
            segment_time_format = TimestampFormat(_segment_time_format)

        analyze_task_response_format = cls(
            type_,
            json_schema,
            segment_definitions,
            segment_time_format,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_task_response_format.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return analyze_task_response_format

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
from ..models.segment_definition import SegmentDefinition  # noqa: E402
