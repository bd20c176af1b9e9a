from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="WebhookDelivery")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "url",
        "delivered",
        "attempts",
        "last_error",
    }
)


@_attrs_define(repr=False)
class WebhookDelivery:
    """Delivery state of one webhook configured for the account."""

    url: str
    delivered: bool
    attempts: int
    last_error: str | Unset = UNSET
    """ Only while not delivered. """
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
                ("url", self.url),
                ("delivered", self.delivered),
                ("attempts", self.attempts),
                ("last_error", self.last_error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        delivered = self.delivered

        attempts = self.attempts

        last_error = self.last_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "delivered": delivered,
                "attempts": attempts,
            }
        )
        if last_error is not UNSET:
            field_dict["last_error"] = last_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d["url"]

        delivered = d["delivered"]

        attempts = d["attempts"]

        last_error = d.get("last_error", UNSET)

        webhook_delivery = cls(
            url,
            delivered,
            attempts,
            last_error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            webhook_delivery.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return webhook_delivery

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
