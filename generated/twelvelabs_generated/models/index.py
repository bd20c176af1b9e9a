from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_index_addon import KnownIndexAddon
from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownIndexAddon_by_value = KnownIndexAddon._value2member_map_

if TYPE_CHECKING:
    from ..models.index_model import IndexModel


T = TypeVar("T", bound="Index")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "_id",
        "index_name",
        "models",
        "created_at",
        "updated_at",
        "expires_at",
        "total_duration",
        "video_count",
        "addons",
    }
)


@_attrs_define(repr=False)
class Index:
    id: str
    """ Id of the index. """
    index_name: str
    models: list[IndexModel]
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    """ When the index will be removed; null when it does not expire. """
    total_duration: float | Unset = UNSET
    """ Sum of the durations of the indexed videos, in seconds. """
    video_count: float | Unset = UNSET
    """ How many videos the index holds (an integer in practice, typed as a number). """
    addons: list[KnownIndexAddon | str] | Unset = UNSET
    """ Enabled addons; absent when none. """
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
                ("index_name", self.index_name),
                ("models", self.models),
                ("created_at", self.created_at),
                ("updated_at", self.updated_at),
                ("expires_at", self.expires_at),
                ("total_duration", self.total_duration),
                ("video_count", self.video_count),
                ("addons", self.addons),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index_name = self.index_name

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        total_duration = self.total_duration

        video_count = self.video_count

        addons: list[str] | Unset = UNSET
        if not isinstance(self.addons, Unset):
            addons = []
            for addons_item_data in self.addons:
                addons_item: str
                if isinstance(addons_item_data, KnownIndexAddon):
                    addons_item = addons_item_data.value
                else:
                    addons_item = addons_item_data
                addons.append(addons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "index_name": index_name,
                "models": models,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if total_duration is not UNSET:
            field_dict["total_duration"] = total_duration
        if video_count is not UNSET:
            field_dict["video_count"] = video_count
        if addons is not UNSET:
            field_dict["addons"] = addons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]

        index_name = d["index_name"]

        _models = d["models"]
        models: list[IndexModel]
        if _models.__class__ is list and _can_defer_models(_models):
            models = Unbuilt((_models,))
        else:
            models = list(map(IndexModel.from_dict, _models))

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        expires_at = d.get("expires_at", UNSET)
        if isinstance(expires_at, str):
            try:
                expires_at_type_0 = datetime.datetime.fromisoformat(expires_at)

                expires_at = expires_at_type_0
            except ValueError:
                pass

        total_duration = d.get("total_duration", UNSET)

        video_count = d.get("video_count", UNSET)

        _addons = d.get("addons", UNSET)
        addons: list[KnownIndexAddon | str] | Unset = UNSET
        if _addons is not UNSET:
            addons = [_KnownIndexAddon_by_value.get(item, item) if isinstance(item, str) else item for item in _addons]

        index = cls(
            id,
            index_name,
            models,
            created_at,
            updated_at,
            expires_at,
            total_duration,
            video_count,
            addons,
        )

        if not _KNOWN_KEYS.issuperset(d):
            index.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return index

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
    Index.models may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict or "model_name" not in d or d.get("model_options").__class__ is not list:
            return False
    return True


build_on_first_read(Index, "models", IndexModel)
