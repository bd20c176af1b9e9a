from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.embed_v2_data import EmbedV2Data
    from ..models.embed_v2_media_metadata import EmbedV2MediaMetadata
    from ..models.embed_v2_usage import EmbedV2Usage


T = TypeVar("T", bound="EmbedV2Response")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "data",
        "metadata",
        "usage",
    }
)


@_attrs_define(repr=False)
class EmbedV2Response:
    data: list[EmbedV2Data]
    metadata: EmbedV2MediaMetadata | Unset = UNSET
    """ What the server read of the input (not returned for plain text). Images, text with an
    image and multi-input carry the input fields only; audio and video also carry the
    options, scopes, duration and offsets, and video with fixed segments `clip_length`.
     """
    usage: EmbedV2Usage | Unset = UNSET
    """ Input accounting (newest API, Marengo 3.5). """
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
                ("data", self.data),
                ("metadata", self.metadata),
                ("usage", self.usage),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = [EmbedV2Data.from_dict(item) for item in d["data"]]

        _metadata = d.get("metadata", UNSET)
        metadata: EmbedV2MediaMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EmbedV2MediaMetadata.from_dict(_metadata)

        _usage = d.get("usage", UNSET)
        usage: EmbedV2Usage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = EmbedV2Usage.from_dict(_usage)

        embed_v2_response = cls(
            data,
            metadata,
            usage,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_response.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return embed_v2_response

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
from ..models.embed_v2_data import EmbedV2Data  # noqa: E402
from ..models.embed_v2_media_metadata import EmbedV2MediaMetadata  # noqa: E402
from ..models.embed_v2_usage import EmbedV2Usage  # noqa: E402
