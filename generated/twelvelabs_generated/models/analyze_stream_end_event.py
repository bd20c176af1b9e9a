from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_finish_reason import KnownFinishReason
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownFinishReason_by_value = KnownFinishReason._value2member_map_

if TYPE_CHECKING:
    from ..models.processing_error import ProcessingError
    from ..models.stream_end_metadata import StreamEndMetadata


T = TypeVar("T", bound="AnalyzeStreamEndEvent")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "event_type",
        "metadata",
        "finish_reason",
        "error",
    }
)


@_attrs_define(repr=False)
class AnalyzeStreamEndEvent:
    """Last line of a streamed analysis. `error` is a warning sent when the output was cut at
    the token limit (`finish_reason: length`).

    """

    event_type: Literal["stream_end"]
    metadata: StreamEndMetadata | Unset = UNSET
    finish_reason: KnownFinishReason | str | Unset = UNSET
    """ Why text generation stopped (`stop`: the model finished, `length`: it hit the token
    limit). Sent by later API releases only; unknown reasons are kept as strings.
     """
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
                ("event_type", self.event_type),
                ("metadata", self.metadata),
                ("finish_reason", self.finish_reason),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        finish_reason: str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, KnownFinishReason):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_type = cast("Literal['stream_end']", d["event_type"])
        if event_type != "stream_end":
            raise ValueError(f"event_type must match const 'stream_end', got '{event_type}'")

        _metadata = d.get("metadata", UNSET)
        metadata: StreamEndMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamEndMetadata.from_dict(_metadata)

        finish_reason = d.get("finish_reason", UNSET)
        if isinstance(finish_reason, str):
            finish_reason = _KnownFinishReason_by_value.get(finish_reason, finish_reason)

        _error = d.get("error", UNSET)
        error: ProcessingError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessingError.from_dict(_error)

        analyze_stream_end_event = cls(
            event_type,
            metadata,
            finish_reason,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_stream_end_event.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return analyze_stream_end_event

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
from ..models.stream_end_metadata import StreamEndMetadata  # noqa: E402
