from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.dynamic_segmentation_settings import DynamicSegmentationSettings


T = TypeVar("T", bound="DynamicSegmentation")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "strategy",
        "dynamic",
    }
)


@_attrs_define(repr=False)
class DynamicSegmentation:
    """Segments cut at scene changes, no shorter than a minimum."""

    strategy: Literal["dynamic"]
    dynamic: DynamicSegmentationSettings
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
                ("strategy", self.strategy),
                ("dynamic", self.dynamic),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        strategy = self.strategy

        dynamic = self.dynamic.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
                "dynamic": dynamic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        strategy = cast("Literal['dynamic']", d["strategy"])
        if strategy != "dynamic":
            raise ValueError(f"strategy must match const 'dynamic', got '{strategy}'")

        dynamic = DynamicSegmentationSettings.from_dict(d["dynamic"])

        dynamic_segmentation = cls(
            strategy,
            dynamic,
        )

        if not _KNOWN_KEYS.issuperset(d):
            dynamic_segmentation.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return dynamic_segmentation

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
from ..models.dynamic_segmentation_settings import DynamicSegmentationSettings  # noqa: E402
