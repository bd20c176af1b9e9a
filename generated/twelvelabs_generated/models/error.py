from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="Error")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "code",
        "error_code",
        "message",
        "docs_url",
    }
)


@_attrs_define(repr=False)
class Error:
    """Flat error body. Every field is optional: most errors carry `code` and `message`,
    `docs_url` is sometimes left out, and the search-page route sends an integer
    `error_code` instead of `code`. The newer routes use the envelope (ErrorEnvelope).

    """

    code: str | Unset = UNSET
    """ Machine-readable error code such as `parameter_invalid`. """
    error_code: int | Unset = UNSET
    """ Numeric code sent instead of `code` by `GET /search/{page-token}` (for example 400). """
    message: str | Unset = UNSET
    """ Human-readable explanation. """
    docs_url: str | Unset = UNSET
    """ Link to documentation about this error. """
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
                ("code", self.code),
                ("error_code", self.error_code),
                ("message", self.message),
                ("docs_url", self.docs_url),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        error_code = self.error_code

        message = self.message

        docs_url = self.docs_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if message is not UNSET:
            field_dict["message"] = message
        if docs_url is not UNSET:
            field_dict["docs_url"] = docs_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        code = d.get("code", UNSET)

        error_code = d.get("error_code", UNSET)

        message = d.get("message", UNSET)

        docs_url = d.get("docs_url", UNSET)

        error = cls(
            code,
            error_code,
            message,
            docs_url,
        )

        if not _KNOWN_KEYS.issuperset(d):
            error.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return error

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
