from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_finish_reason import KnownFinishReason
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownFinishReason_by_value = KnownFinishReason._value2member_map_

if TYPE_CHECKING:
    from ..models.usage import Usage


T = TypeVar("T", bound="AnalyzeTaskResult")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "generation_id",
        "data",
        "finish_reason",
        "usage",
    }
)


@_attrs_define(repr=False)
class AnalyzeTaskResult:
    """Output of a `ready` task. `data` is plain text, a JSON document as a string
    (`json_schema`), or, in time_based_metadata mode, a JSON string mapping each segment
    definition id to a list of `{start_time, end_time, metadata}`.

    """

    generation_id: str
    data: str
    finish_reason: KnownFinishReason | str
    """ Why text generation stopped (`stop`: the model finished, `length`: it hit the token
    limit). Sent by later API releases only; unknown reasons are kept as strings.
     """
    usage: Usage
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
                ("generation_id", self.generation_id),
                ("data", self.data),
                ("finish_reason", self.finish_reason),
                ("usage", self.usage),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        data = self.data

        finish_reason: str
        if isinstance(self.finish_reason, KnownFinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "data": data,
                "finish_reason": finish_reason,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        generation_id = d["generation_id"]

        data = d["data"]

        finish_reason = d["finish_reason"]
        if isinstance(finish_reason, str):
            finish_reason = _KnownFinishReason_by_value.get(finish_reason, finish_reason)

        usage = Usage.from_dict(d["usage"])

        analyze_task_result = cls(
            generation_id,
            data,
            finish_reason,
            usage,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_task_result.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return analyze_task_result

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
from ..models.usage import Usage  # noqa: E402
