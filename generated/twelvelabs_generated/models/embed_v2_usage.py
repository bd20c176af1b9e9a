from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.embed_v2_usage_input_tokens import EmbedV2UsageInputTokens


T = TypeVar("T", bound="EmbedV2Usage")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "input_tokens",
        "truncated",
        "truncation_reason",
    }
)


@_attrs_define(repr=False)
class EmbedV2Usage:
    """Input accounting (newest API, Marengo 3.5)."""

    input_tokens: EmbedV2UsageInputTokens | Unset = UNSET
    """ Tokens per kind of content (`video`, `audio`, `image`, `document`, `text`). """
    truncated: bool | Unset = UNSET
    truncation_reason: str | Unset = UNSET
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
                ("input_tokens", self.input_tokens),
                ("truncated", self.truncated),
                ("truncation_reason", self.truncation_reason),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        input_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_tokens, Unset):
            input_tokens = self.input_tokens.to_dict()

        truncated = self.truncated

        truncation_reason = self.truncation_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if truncated is not UNSET:
            field_dict["truncated"] = truncated
        if truncation_reason is not UNSET:
            field_dict["truncation_reason"] = truncation_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _input_tokens = d.get("input_tokens", UNSET)
        input_tokens: EmbedV2UsageInputTokens | Unset
        if isinstance(_input_tokens, Unset):
            input_tokens = UNSET
        else:
            input_tokens = EmbedV2UsageInputTokens.from_dict(_input_tokens)

        truncated = d.get("truncated", UNSET)

        truncation_reason = d.get("truncation_reason", UNSET)

        embed_v2_usage = cls(
            input_tokens,
            truncated,
            truncation_reason,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_usage.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return embed_v2_usage

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
from ..models.embed_v2_usage_input_tokens import EmbedV2UsageInputTokens  # noqa: E402
