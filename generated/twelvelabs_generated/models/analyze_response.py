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
    from ..models.processing_error import ProcessingError
    from ..models.usage import Usage


T = TypeVar("T", bound="AnalyzeResponse")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "data",
        "finish_reason",
        "usage",
        "error",
    }
)


@_attrs_define(repr=False)
class AnalyzeResponse:
    """Answer of `POST /analyze` with `"stream": false`."""

    id: str
    """ Id (UUID) of this generation. """
    data: str | Unset = UNSET
    """ The generated text; with `response_format`, a JSON document encoded as a string.
     """
    finish_reason: KnownFinishReason | str | Unset = UNSET
    """ Why text generation stopped (`stop`: the model finished, `length`: it hit the token
    limit). Sent by later API releases only; unknown reasons are kept as strings.
     """
    usage: Usage | Unset = UNSET
    """ Token accounting of a generation call. """
    error: ProcessingError | Unset = UNSET
    """ Why an asynchronous job failed or was cut short (analysis tasks, embedding tasks,
    assets). On an analysis result it may also be a warning that the output was truncated.
    The message text is not a contract.
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
                ("data", self.data),
                ("finish_reason", self.finish_reason),
                ("usage", self.usage),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        data = self.data

        finish_reason: str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, KnownFinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        data = d.get("data", UNSET)

        finish_reason = d.get("finish_reason", UNSET)
        if isinstance(finish_reason, str):
            finish_reason = _KnownFinishReason_by_value.get(finish_reason, finish_reason)

        _usage = d.get("usage", UNSET)
        usage: Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage)

        _error = d.get("error", UNSET)
        error: ProcessingError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessingError.from_dict(_error)

        analyze_response = cls(
            id,
            data,
            finish_reason,
            usage,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_response.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return analyze_response

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
from ..models.processing_error import ProcessingError  # noqa: E402
from ..models.usage import Usage  # noqa: E402
