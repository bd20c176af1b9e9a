from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.index_addon import IndexAddon
from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

if TYPE_CHECKING:
    from ..models.index_model import IndexModel


T = TypeVar("T", bound="CreateIndexRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "index_name",
        "models",
        "addons",
    }
)


@_attrs_define(repr=False)
class CreateIndexRequest:
    index_name: str
    """ Name of the new index (must be unique in the account). """
    models: list[IndexModel]
    """ Models to enable, each with its model options: `marengo3.0` in the live API (the
    only index model the newest SDK offers); `marengo2.7` and `pegasus1.2` are legacy
    (indexes with only Pegasus 1.2 no longer accept videos).
     """
    addons: list[IndexAddon] | Unset = UNSET
    """ Optional extra features; `thumbnail` (Marengo indexes only) cannot be enabled later.
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
                ("index_name", self.index_name),
                ("models", self.models),
                ("addons", self.addons),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        index_name = self.index_name

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        addons: list[str] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = []
            for addons_item_data in self.addons:
                addons_item = addons_item_data.value
                addons.append(addons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index_name": index_name,
                "models": models,
            }
        )
        if addons is not UNSET:
            field_dict["addons"] = addons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index_name = d["index_name"]

        _models = d["models"]
        models: list[IndexModel]
        if _models.__class__ is list and _can_defer_models(_models):
            models = Unbuilt((_models,))
        else:
            models = list(map(IndexModel.from_dict, _models))

        _addons = d.get("addons", UNSET)
        addons: list[IndexAddon] | Unset = UNSET
        if _addons is not UNSET:
            addons = []
            for addons_item_data in _addons:
                addons_item = IndexAddon(addons_item_data)

                addons.append(addons_item)

        create_index_request = cls(
            index_name,
            models,
            addons,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_index_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_index_request

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
from ..models.index_model import IndexModel  # noqa: E402


def _can_defer_models(items: list[Any]) -> bool:
    """True when IndexModel.from_dict cannot fail on any of these JSON objects, so
    CreateIndexRequest.models may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict or "model_name" not in d or d.get("model_options").__class__ is not list:
            return False
    return True


build_on_first_read(CreateIndexRequest, "models", IndexModel)
