from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.asset_user_metadata import AssetUserMetadata


T = TypeVar("T", bound="CreateIndexedAssetRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "asset_id",
        "enable_video_stream",
        "user_metadata",
    }
)


@_attrs_define(repr=False)
class CreateIndexedAssetRequest:
    asset_id: str
    """ A `ready` asset. """
    enable_video_stream: bool | Unset = UNSET
    """ Keep an HLS stream for playback (the `hls` block). The server uses false when omitted. """
    user_metadata: AssetUserMetadata | Unset = UNSET
    """ Custom key/value pairs of an asset or indexed asset. """
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
                ("asset_id", self.asset_id),
                ("enable_video_stream", self.enable_video_stream),
                ("user_metadata", self.user_metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        enable_video_stream = self.enable_video_stream

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
            }
        )
        if enable_video_stream is not UNSET:
            field_dict["enable_video_stream"] = enable_video_stream
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        asset_id = d["asset_id"]

        enable_video_stream = d.get("enable_video_stream", UNSET)

        _user_metadata = d.get("user_metadata", UNSET)
        user_metadata: AssetUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = AssetUserMetadata.from_dict(_user_metadata)

        create_indexed_asset_request = cls(
            asset_id,
            enable_video_stream,
            user_metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            create_indexed_asset_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return create_indexed_asset_request

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
from ..models.asset_user_metadata import AssetUserMetadata  # noqa: E402
