from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.import_failed_file import ImportFailedFile
    from ..models.import_video import ImportVideo


T = TypeVar("T", bound="ImportResult")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "videos",
        "failed_files",
    }
)


@_attrs_define(repr=False)
class ImportResult:
    videos: list[ImportVideo] | Unset = UNSET
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
                ("videos", self.videos),
                ("failed_files", self.failed_files),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        videos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item = videos_item_data.to_dict()
                videos.append(videos_item)

        failed_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed_files, Unset):
            failed_files = []
            for failed_files_item_data in self.failed_files:
                failed_files_item = failed_files_item_data.to_dict()
                failed_files.append(failed_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if videos is not UNSET:
            field_dict["videos"] = videos
        if failed_files is not UNSET:
            field_dict["failed_files"] = failed_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _videos = d.get("videos", UNSET)
        videos: list[ImportVideo] | Unset = UNSET
        if _videos is not UNSET:
            videos = [ImportVideo.from_dict(item) for item in _videos]

        _failed_files = d.get("failed_files", UNSET)
        failed_files: list[ImportFailedFile] | Unset = UNSET
        if _failed_files is not UNSET:
            failed_files = [ImportFailedFile.from_dict(item) for item in _failed_files]

        import_result = cls(
            videos,
            failed_files,
        )

        if not _KNOWN_KEYS.issuperset(d):
            import_result.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return import_result

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
from ..models.import_video import ImportVideo  # noqa: E402
