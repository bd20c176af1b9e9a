from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.import_failed_file import ImportFailedFile
    from ..models.import_video import ImportVideo


T = TypeVar("T", bound="ImportStatus")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "not_imported",
        "validating",
        "pending",
        "queued",
        "indexing",
        "ready",
        "failed",
    }
)


@_attrs_define(repr=False)
class ImportStatus:
    not_imported: list[str] | Unset = UNSET
    """ File names that have not been imported yet. """
    validating: list[ImportVideo] | Unset = UNSET
    pending: list[ImportVideo] | Unset = UNSET
    queued: list[ImportVideo] | Unset = UNSET
    indexing: list[ImportVideo] | Unset = UNSET
    ready: list[ImportVideo] | Unset = UNSET
    failed: list[ImportFailedFile] | Unset = UNSET
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
                ("not_imported", self.not_imported),
                ("validating", self.validating),
                ("pending", self.pending),
                ("queued", self.queued),
                ("indexing", self.indexing),
                ("ready", self.ready),
                ("failed", self.failed),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        not_imported: list[str] | Unset = UNSET
        if not isinstance(self.not_imported, Unset):
            not_imported = self.not_imported

        validating: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validating, Unset):
            validating = []
            for validating_item_data in self.validating:
                validating_item = validating_item_data.to_dict()
                validating.append(validating_item)

        pending: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending, Unset):
            pending = []
            for pending_item_data in self.pending:
                pending_item = pending_item_data.to_dict()
                pending.append(pending_item)

        queued: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queued, Unset):
            queued = []
            for queued_item_data in self.queued:
                queued_item = queued_item_data.to_dict()
                queued.append(queued_item)

        indexing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexing, Unset):
            indexing = []
            for indexing_item_data in self.indexing:
                indexing_item = indexing_item_data.to_dict()
                indexing.append(indexing_item)

        ready: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ready, Unset):
            ready = []
            for ready_item_data in self.ready:
                ready_item = ready_item_data.to_dict()
                ready.append(ready_item)

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if not_imported is not UNSET:
            field_dict["not_imported"] = not_imported
        if validating is not UNSET:
            field_dict["validating"] = validating
        if pending is not UNSET:
            field_dict["pending"] = pending
        if queued is not UNSET:
            field_dict["queued"] = queued
        if indexing is not UNSET:
            field_dict["indexing"] = indexing
        if ready is not UNSET:
            field_dict["ready"] = ready
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        not_imported = cast(list[str], d.get("not_imported", UNSET))

        _validating = d.get("validating", UNSET)
        validating: list[ImportVideo] | Unset = UNSET
        if _validating is not UNSET:
            validating = [ImportVideo.from_dict(item) for item in _validating]

        _pending = d.get("pending", UNSET)
        pending: list[ImportVideo] | Unset = UNSET
        if _pending is not UNSET:
            pending = [ImportVideo.from_dict(item) for item in _pending]

        _queued = d.get("queued", UNSET)
        queued: list[ImportVideo] | Unset = UNSET
        if _queued is not UNSET:
            queued = [ImportVideo.from_dict(item) for item in _queued]

        _indexing = d.get("indexing", UNSET)
        indexing: list[ImportVideo] | Unset = UNSET
        if _indexing is not UNSET:
            indexing = [ImportVideo.from_dict(item) for item in _indexing]

        _ready = d.get("ready", UNSET)
        ready: list[ImportVideo] | Unset = UNSET
        if _ready is not UNSET:
            ready = [ImportVideo.from_dict(item) for item in _ready]

        _failed = d.get("failed", UNSET)
        failed: list[ImportFailedFile] | Unset = UNSET
        if _failed is not UNSET:
            failed = [ImportFailedFile.from_dict(item) for item in _failed]

        import_status = cls(
            not_imported,
            validating,
            pending,
            queued,
            indexing,
            ready,
            failed,
        )

        if not _KNOWN_KEYS.issuperset(d):
            import_status.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return import_status

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
