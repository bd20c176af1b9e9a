from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.import_failed_file import ImportFailedFile
    from ..models.import_video_status_counts import ImportVideoStatusCounts


T = TypeVar("T", bound="ImportLog")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "index_id",
        "index_name",
        "created_at",
        "ended_at",
        "video_status",
        "failed_files",
    }
)


@_attrs_define(repr=False)
class ImportLog:
    index_id: str | Unset = UNSET
    index_name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    """ Null while the import is still running. """
    video_status: ImportVideoStatusCounts | Unset = UNSET
    failed_files: list[ImportFailedFile] | Unset = UNSET
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
                ("index_id", self.index_id),
                ("index_name", self.index_name),
                ("created_at", self.created_at),
                ("ended_at", self.ended_at),
                ("video_status", self.video_status),
                ("failed_files", self.failed_files),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        index_name = self.index_name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        video_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_status, Unset):
            video_status = self.video_status.to_dict()

        failed_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_files, Unset):
            failed_files = []
            for failed_files_item_data in self.failed_files:
                failed_files_item = failed_files_item_data.to_dict()
                failed_files.append(failed_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_id is not UNSET:
            field_dict["index_id"] = index_id
        if index_name is not UNSET:
            field_dict["index_name"] = index_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if video_status is not UNSET:
            field_dict["video_status"] = video_status
        if failed_files is not UNSET:
            field_dict["failed_files"] = failed_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index_id = d.get("index_id", UNSET)

        index_name = d.get("index_name", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        ended_at = d.get("ended_at", UNSET)
        if isinstance(ended_at, str):
            try:
                ended_at_type_0 = datetime.datetime.fromisoformat(ended_at)

                ended_at = ended_at_type_0
            except ValueError:
                pass

        _video_status = d.get("video_status", UNSET)
        video_status: ImportVideoStatusCounts | Unset
        if isinstance(_video_status, Unset):
            video_status = UNSET
        else:
            video_status = ImportVideoStatusCounts.from_dict(_video_status)

        _failed_files = d.get("failed_files", UNSET)
        failed_files: list[ImportFailedFile] | Unset = UNSET
        if _failed_files is not UNSET:
            failed_files = [ImportFailedFile.from_dict(item) for item in _failed_files]

        import_log = cls(
            index_id,
            index_name,
            created_at,
            ended_at,
            video_status,
            failed_files,
        )

        if not _KNOWN_KEYS.issuperset(d):
            import_log.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return import_log

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
from ..models.import_failed_file import ImportFailedFile  # noqa: E402
from ..models.import_video_status_counts import ImportVideoStatusCounts  # noqa: E402
