from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.json_schema_format_type import JsonSchemaFormatType
from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="AnalyzeResponseFormat")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "type",
        "json_schema",
    }
)


@_attrs_define(repr=False)
class AnalyzeResponseFormat:
    """Asks for a JSON document that follows `json_schema` (a subset of JSON Schema 2020-12;
    unsupported keywords are refused with 422). The document comes back as a string in
    `data`; with finish reason `length` it may be cut short and not parse.

    """

    type_: JsonSchemaFormatType
    """ Kind of structured output; only `json_schema` for the synchronous call. """
    json_schema: JsonObject
    """ A free-form JSON object. """
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
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = JsonSchemaFormatType(d["type"])

        json_schema = JsonObject.from_dict(d["json_schema"])

        analyze_response_format = cls(
            type_,
            json_schema,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_response_format.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return analyze_response_format

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
