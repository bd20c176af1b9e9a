from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_asset_method import KnownAssetMethod
from ..models.known_asset_status import KnownAssetStatus
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAssetMethod_by_value = KnownAssetMethod._value2member_map_
_KnownAssetStatus_by_value = KnownAssetStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.asset_hls import AssetHls
    from ..models.asset_source import AssetSource
    from ..models.asset_thumbnail import AssetThumbnail
    from ..models.asset_user_metadata import AssetUserMetadata
    from ..models.processing_error import ProcessingError
    from ..models.technical_metadata import TechnicalMetadata


T = TypeVar("T", bound="Asset")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "_id",
        "status",
        "method",
        "filename",
        "file_type",
        "created_at",
        "user_metadata",
        "source",
        "hls",
        "thumbnail",
        "technical_metadata",
        "size",
        "duration",
        "error",
    }
)


@_attrs_define(repr=False)
class Asset:
    """An uploaded media file that can be indexed, analyzed or embedded. The create call
    answers with the first fields only; retrieve and list add the detail fields.

    """

    id: str
    status: KnownAssetStatus | str
    """ State of an asset: `processing` (being fetched, uploaded or validated), then `ready` or
    `failed`. Unknown states are kept as strings.
     """
    method: KnownAssetMethod | str | Unset = UNSET
    """ How an asset was created (`connector`: newest API); unknown ways are kept as strings.
     """
    filename: str | Unset = UNSET
    file_type: str | Unset = UNSET
    """ MIME type. """
    created_at: datetime.datetime | Unset = UNSET
    user_metadata: AssetUserMetadata | Unset = UNSET
    """ Custom key/value pairs of an asset or indexed asset. """
    source: AssetSource | Unset = UNSET
    """ Where an asset imported through a data connector came from. """
    hls: AssetHls | Unset = UNSET
    """ HLS stream of an asset; present only when it was asked for. """
    thumbnail: AssetThumbnail | Unset = UNSET
    """ Representative thumbnail of an asset; present only when it was asked for. """
    technical_metadata: TechnicalMetadata | Unset = UNSET
    """ What the server read from the file; absent while the asset processes, possibly partial
    when it failed. Every field is optional.
     """
    size: int | Unset = UNSET
    """ Bytes; final once the asset is `ready`. """
    duration: float | Unset = UNSET
    """ Seconds (video and audio only). """
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
                ("id", self.id),
                ("status", self.status),
                ("method", self.method),
                ("filename", self.filename),
                ("file_type", self.file_type),
                ("created_at", self.created_at),
                ("user_metadata", self.user_metadata),
                ("source", self.source),
                ("hls", self.hls),
                ("thumbnail", self.thumbnail),
                ("technical_metadata", self.technical_metadata),
                ("size", self.size),
                ("duration", self.duration),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str
        if isinstance(self.status, KnownAssetStatus):
            status = self.status.value
        else:
            status = self.status

        method: str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, KnownAssetMethod):
            method = self.method.value
        else:
            method = self.method

        filename = self.filename

        file_type = self.file_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        hls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hls, Unset):
            hls = self.hls.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        technical_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_metadata, Unset):
            technical_metadata = self.technical_metadata.to_dict()

        size = self.size

        duration = self.duration

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": id,
                "status": status,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if source is not UNSET:
            field_dict["source"] = source
        if hls is not UNSET:
            field_dict["hls"] = hls
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if technical_metadata is not UNSET:
            field_dict["technical_metadata"] = technical_metadata
        if size is not UNSET:
            field_dict["size"] = size
        if duration is not UNSET:
            field_dict["duration"] = duration
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["_id"]

        status = d["status"]
        if isinstance(status, str):
            status = _KnownAssetStatus_by_value.get(status, status)

        method = d.get("method", UNSET)
        if isinstance(method, str):
            method = _KnownAssetMethod_by_value.get(method, method)

        filename = d.get("filename", UNSET)

        file_type = d.get("file_type", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _user_metadata = d.get("user_metadata", UNSET)
        user_metadata: AssetUserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = AssetUserMetadata.from_dict(_user_metadata)

        _source = d.get("source", UNSET)
        source: AssetSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = AssetSource.from_dict(_source)

        _hls = d.get("hls", UNSET)
        hls: AssetHls | Unset
        if isinstance(_hls, Unset):
            hls = UNSET
        else:
            hls = AssetHls.from_dict(_hls)

        _thumbnail = d.get("thumbnail", UNSET)
        thumbnail: AssetThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = AssetThumbnail.from_dict(_thumbnail)

        _technical_metadata = d.get("technical_metadata", UNSET)
        technical_metadata: TechnicalMetadata | Unset
        if isinstance(_technical_metadata, Unset):
            technical_metadata = UNSET
        else:
            technical_metadata = TechnicalMetadata.from_dict(_technical_metadata)

        size = d.get("size", UNSET)

        duration = d.get("duration", UNSET)

        _error = d.get("error", UNSET)
        error: ProcessingError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessingError.from_dict(_error)

        asset = cls(
            id,
            status,
            method,
            filename,
            file_type,
            created_at,
            user_metadata,
            source,
            hls,
            thumbnail,
            technical_metadata,
            size,
            duration,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            asset.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return asset

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
from ..models.asset_hls import AssetHls  # noqa: E402
from ..models.asset_source import AssetSource  # noqa: E402
from ..models.asset_thumbnail import AssetThumbnail  # noqa: E402
from ..models.asset_user_metadata import AssetUserMetadata  # noqa: E402
from ..models.processing_error import ProcessingError  # noqa: E402
from ..models.technical_metadata import TechnicalMetadata  # noqa: E402
