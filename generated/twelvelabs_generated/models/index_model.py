from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_index_model_name import KnownIndexModelName
from ..models.known_model_option import KnownModelOption
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownIndexModelName_by_value = KnownIndexModelName._value2member_map_
_KnownModelOption_by_value = KnownModelOption._value2member_map_


T = TypeVar("T", bound="IndexModel")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "model_name",
        "model_options",
    }
)


@_attrs_define(repr=False)
class IndexModel:
    """A video understanding model enabled on an index with its options. Used both when
    creating an index and in index responses.

    """

    model_name: KnownIndexModelName | str
    """ Name of a model inside an index (`marengo3.0` in the live API, the only index model the
    newest SDK offers; `marengo2.7` and `pegasus1.2` are legacy). Values outside the known
    list are kept as strings.
     """
    model_options: list[KnownModelOption | str]
    """ Which modalities the model processes (a subset of visual and audio). """
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
                ("model_name", self.model_name),
                ("model_options", self.model_options),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        model_name: str
        if isinstance(self.model_name, KnownIndexModelName):
            model_name = self.model_name.value
        else:
            model_name = self.model_name

        model_options = []
        for model_options_item_data in self.model_options:
            model_options_item: str
            if isinstance(model_options_item_data, KnownModelOption):
                model_options_item = model_options_item_data.value
            else:
                model_options_item = model_options_item_data
            model_options.append(model_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
                "model_options": model_options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        model_name = d["model_name"]
        if isinstance(model_name, str):
            model_name = _KnownIndexModelName_by_value.get(model_name, model_name)

        model_options = [
            _KnownModelOption_by_value.get(item, item) if isinstance(item, str) else item for item in d["model_options"]
        ]

        index_model = cls(
            model_name,
            model_options,
        )

        if not _KNOWN_KEYS.issuperset(d):
            index_model.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return index_model

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
