from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_analyze_task_status import KnownAnalyzeTaskStatus
from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAnalyzeTaskStatus_by_value = KnownAnalyzeTaskStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.analyze_task_request_params import AnalyzeTaskRequestParams
    from ..models.analyze_task_result import AnalyzeTaskResult
    from ..models.analyze_video_source import AnalyzeVideoSource
    from ..models.processing_error import ProcessingError
    from ..models.webhook_delivery import WebhookDelivery


T = TypeVar("T", bound="AnalyzeTask")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "task_id",
        "custom_id",
        "status",
        "created_at",
        "batch_id",
        "video_source",
        "request_params",
        "completed_at",
        "result",
        "error",
        "webhooks",
    }
)


@_attrs_define(repr=False)
class AnalyzeTask:
    """An asynchronous analysis."""

    task_id: str
    custom_id: None | str
    """ Your label for the task; always present, null when none was given. """
    status: KnownAnalyzeTaskStatus | str
    """ State of an analysis task: `queued`, `pending`, `processing`, then `ready`, `failed` or
    (newest API) `canceled`. Unknown states are kept as strings.
     """
    created_at: datetime.datetime
    batch_id: str | Unset = UNSET
    """ The batch that created the task (newest API; only for batch tasks). """
    video_source: AnalyzeVideoSource | None | Unset = UNSET
    request_params: AnalyzeTaskRequestParams | None | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    """ Only once `ready`, `failed` or `canceled`. """
    result: AnalyzeTaskResult | Unset = UNSET
    """ Output of a `ready` task. `data` is plain text, a JSON document as a string
    (`json_schema`), or, in time_based_metadata mode, a JSON string mapping each segment
    definition id to a list of `{start_time, end_time, metadata}`.
     """
    error: ProcessingError | Unset = UNSET
    """ Why an asynchronous job failed or was cut short (analysis tasks, embedding tasks,
    assets). On an analysis result it may also be a warning that the output was truncated.
    The message text is not a contract.
     """
    webhooks: list[WebhookDelivery] | Unset = UNSET
    """ Absent when no webhook is configured. """
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
                ("task_id", self.task_id),
                ("custom_id", self.custom_id),
                ("status", self.status),
                ("created_at", self.created_at),
                ("batch_id", self.batch_id),
                ("video_source", self.video_source),
                ("request_params", self.request_params),
                ("completed_at", self.completed_at),
                ("result", self.result),
                ("error", self.error),
                ("webhooks", self.webhooks),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.analyze_task_request_params import AnalyzeTaskRequestParams  # noqa: PLC0415
        from ..models.analyze_video_source import AnalyzeVideoSource  # noqa: PLC0415

        task_id = self.task_id

        custom_id: None | str
        custom_id = self.custom_id

        status: str
        if isinstance(self.status, KnownAnalyzeTaskStatus):
            status = self.status.value
        else:
            status = self.status

        created_at = self.created_at.isoformat()

        batch_id = self.batch_id

        video_source: dict[str, Any] | None | Unset
        if isinstance(self.video_source, Unset):
            video_source = UNSET
        elif isinstance(self.video_source, AnalyzeVideoSource):
            video_source = self.video_source.to_dict()
        else:
            video_source = self.video_source

        request_params: dict[str, Any] | None | Unset
        if isinstance(self.request_params, Unset):
            request_params = UNSET
        elif isinstance(self.request_params, AnalyzeTaskRequestParams):
            request_params = self.request_params.to_dict()
        else:
            request_params = self.request_params

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.webhooks, Unset):
            webhooks = []
            for webhooks_item_data in self.webhooks:
                webhooks_item = webhooks_item_data.to_dict()
                webhooks.append(webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "custom_id": custom_id,
                "status": status,
                "created_at": created_at,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if video_source is not UNSET:
            field_dict["video_source"] = video_source
        if request_params is not UNSET:
            field_dict["request_params"] = request_params
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error
        if webhooks is not UNSET:
            field_dict["webhooks"] = webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task_id = d["task_id"]

        def _parse_custom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_id = _parse_custom_id(d["custom_id"])

        status = d["status"]
        if isinstance(status, str):
            status = _KnownAnalyzeTaskStatus_by_value.get(status, status)

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        batch_id = d.get("batch_id", UNSET)

        def _parse_video_source(data: object) -> AnalyzeVideoSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_source_type_0 = AnalyzeVideoSource.from_dict(data)

                return video_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeVideoSource | None | Unset, data)

        video_source = _parse_video_source(d.get("video_source", UNSET))

        def _parse_request_params(data: object) -> AnalyzeTaskRequestParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_params_type_0 = AnalyzeTaskRequestParams.from_dict(data)

                return request_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskRequestParams | None | Unset, data)

        request_params = _parse_request_params(d.get("request_params", UNSET))

        _completed_at = d.get("completed_at", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _result = d.get("result", UNSET)
        result: AnalyzeTaskResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = AnalyzeTaskResult.from_dict(_result)

        _error = d.get("error", UNSET)
        error: ProcessingError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessingError.from_dict(_error)

        _webhooks = d.get("webhooks", UNSET)
        webhooks: list[WebhookDelivery] | Unset = UNSET
        if _webhooks.__class__ is list and _can_defer_webhooks(_webhooks):
            webhooks = Unbuilt((_webhooks,))
        elif _webhooks is not UNSET:
            webhooks = list(map(WebhookDelivery.from_dict, _webhooks))

        analyze_task = cls(
            task_id,
            custom_id,
            status,
            created_at,
            batch_id,
            video_source,
            request_params,
            completed_at,
            result,
            error,
            webhooks,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_task.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return analyze_task

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
from ..models.analyze_task_request_params import AnalyzeTaskRequestParams  # noqa: E402
from ..models.analyze_task_result import AnalyzeTaskResult  # noqa: E402
from ..models.analyze_video_source import AnalyzeVideoSource  # noqa: E402
from ..models.processing_error import ProcessingError  # noqa: E402
from ..models.webhook_delivery import WebhookDelivery  # noqa: E402


def _can_defer_webhooks(items: list[Any]) -> bool:
    """True when WebhookDelivery.from_dict cannot fail on any of these JSON objects, so
    AnalyzeTask.webhooks may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict or "url" not in d or "delivered" not in d or "attempts" not in d:
            return False
    return True


build_on_first_read(AnalyzeTask, "webhooks", WebhookDelivery)
