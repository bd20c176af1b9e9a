"""``client.analyze``: text (or a JSON document) about a video or images, from a Pegasus model,
as one answer, a stream, or an asynchronous task (``client.analyze.tasks``).

``POST /analyze`` replaces the retired ``/generate``, ``/gist`` and ``/summarize``. Only the
checks that hold for every model version happen here (one source, one prompt, ``start_time``
before ``end_time``); window lengths and token ranges differ between models and are left to
the server. Optional fields (``model_name`` above all: its server default changed between
versions) are sent only when given.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar, Unpack

from twelvelabs_generated.api.analyze import (
    analyze,
    cancel_analyze_task,
    create_analyze_task,
    delete_analyze_task,
    list_analyze_tasks,
    retrieve_analyze_task,
)
from twelvelabs_generated.models import (
    AnalysisMode,
    AnalyzeImage,
    AnalyzePromptV2,
    AnalyzeRequest,
    AnalyzeResponse,
    AnalyzeResponseFormat,
    AnalyzeTask,
    AnalyzeTaskList,
    AnalyzeTaskResponseFormat,
    AnalyzeTaskStatusFilter,
    AnalyzeVideoAssetId,
    AnalyzeVideoBase64,
    AnalyzeVideoUrl,
    CanceledAnalyzeTask,
    CreateAnalyzeTaskRequest,
    CreatedAnalyzeTask,
    UnlimitedTokens,
)

from .._json import loads
from .._operations import namespace
from .._polling import ANALYZE_TASK
from .._streaming import AnalyzeStreamed
from .._uploads import FileInput, base64_file
from .._validation import (
    Seconds,
    check_finite_json,
    check_int,
    check_offset_range,
    check_text,
    check_url,
)
from ..errors import InvalidInputError, TruncatedOutputError, UnexpectedResponseError
from ..types import AnalysisModeValue, AnalyzeTaskStatusFilterValue
from ._base import (
    AsyncResource,
    CallOptions,
    Paged,
    Request,
    Resource,
    Steps,
    SyncResource,
    Waited,
    api_method,
    check_ids,
    create_then_wait,
    opt_enum,
    opt_number,
    unset,
    wait_arguments,
)

__all__ = [
    "MAX_ANALYZE_BASE64_BYTES",
    "Analyze",
    "AnalyzeMethods",
    "AnalyzeTasks",
    "AnalyzeTasksMethods",
    "AsyncAnalyze",
    "AsyncAnalyzeTasks",
    "parse_json_output",
]

#: Largest base64 text of a ``video_file`` (30 MB): a file of at most 22.5 MB.
MAX_ANALYZE_BASE64_BYTES = 30 * 1024 * 1024

M = TypeVar("M")
Video = AnalyzeVideoUrl | AnalyzeVideoAssetId | AnalyzeVideoBase64


def _model(argument: str, value: object, from_dict: Callable[[Mapping[str, Any]], M]) -> M:
    """A dict argument shaped like its wire object, read into its generated model (an
    :class:`InvalidInputError` when a required key is missing or a value has the wrong type)."""
    if not isinstance(value, Mapping):
        raise InvalidInputError(argument, f"expected a dict, got {type(value).__name__}")
    check_finite_json(argument, value)
    try:
        return from_dict(dict(value))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidInputError(argument, f"not a valid {argument} object ({exc!r})") from None


def _source(
    *,
    video_url: str | None,
    asset_id: str | None,
    video_file: FileInput | None,
    video_id: str | None,
    images: Sequence[Mapping[str, Any]] | None,
) -> dict[str, Any]:
    """The ``video``, legacy ``video_id`` or ``image`` fields: exactly one source."""
    given = [
        name
        for name, value in (
            ("video_url", video_url),
            ("asset_id", asset_id),
            ("video_file", video_file),
            ("video_id", video_id),
            ("images", images),
        )
        if value is not None
    ]
    if len(given) != 1:
        problem = "give one of" if not given else f"give only one of ({', '.join(given)} given):"
        raise InvalidInputError(
            given[1] if len(given) > 1 else "video_url",
            f"{problem} video_url, asset_id, video_file, video_id (legacy) or images",
        )
    if video_url is not None:
        return {"video": AnalyzeVideoUrl(type_="url", url=check_url("video_url", video_url))}
    if asset_id is not None:
        check_ids(asset_id=asset_id)
        return {"video": AnalyzeVideoAssetId(type_="asset_id", asset_id=asset_id)}
    if video_file is not None:
        encoded = base64_file(
            video_file, argument="video_file", max_encoded_bytes=MAX_ANALYZE_BASE64_BYTES
        )
        return {"video": AnalyzeVideoBase64(type_="base64_string", base64_string=encoded)}
    if video_id is not None:
        check_ids(video_id=video_id)
        return {"video_id": video_id}
    if isinstance(images, Mapping | str | bytes) or not isinstance(images, Sequence) or not images:
        raise InvalidInputError("images", "expected a non-empty list of image dicts")
    return {
        "image": [
            _model(f"images[{i}]", image, AnalyzeImage.from_dict) for i, image in enumerate(images)
        ]
    }


def _prompt(prompt: str | None, prompt_v2: Mapping[str, Any] | None) -> dict[str, Any]:
    if (prompt is None) == (prompt_v2 is None):
        raise InvalidInputError("prompt", "give exactly one of prompt or prompt_v2")
    if prompt is not None:
        return {"prompt": check_text("prompt", prompt)}
    return {"prompt_v2": _model("prompt_v2", prompt_v2, AnalyzePromptV2.from_dict)}


def _window(start_time: float | None, end_time: float | None) -> dict[str, Any]:
    check_offset_range("start_time", start_time, "end_time", end_time)
    return {"start_time": unset(start_time), "end_time": unset(end_time)}


def _common(
    *,
    model_name: str | None,
    temperature: float | None,
) -> dict[str, Any]:
    return {
        "model_name": unset(None if model_name is None else check_text("model_name", model_name)),
        "temperature": opt_number("temperature", temperature, minimum=0, maximum=1),
    }


def _analyze_body(arguments: dict[str, Any], *, stream: bool) -> AnalyzeRequest:
    a = arguments
    response_format = a["response_format"]
    max_tokens = a["max_tokens"]
    # Every cheap check first: a video_file is read and encoded last.
    fields: dict[str, Any] = {
        **_prompt(a["prompt"], a["prompt_v2"]),
        **_common(model_name=a["model_name"], temperature=a["temperature"]),
        **_window(a["start_time"], a["end_time"]),
        "max_tokens": unset(None if max_tokens is None else check_int("max_tokens", max_tokens)),
        "response_format": unset(
            None
            if response_format is None
            else _model("response_format", response_format, AnalyzeResponseFormat.from_dict)
        ),
    }
    return AnalyzeRequest(
        **fields,
        **_source(
            video_url=a["video_url"],
            asset_id=a["asset_id"],
            video_file=a["video_file"],
            video_id=a["video_id"],
            images=a["images"],
        ),
        stream=stream,
    )


def parse_json_output(result: Any) -> Any:
    """The JSON document of an analysis asked with ``response_format={"type": "json_schema",
    ...}``: ``result`` is what ``analyze.text`` returned, a finished task's ``.result``, or an
    :class:`AnalyzeStream` read to its end.

    Raises :class:`~twelvelabs_client.errors.TruncatedOutputError` when the output was cut
    short (``finish_reason == "length"``) and does not parse, and
    :class:`~twelvelabs_client.errors.UnexpectedResponseError` when a complete output is not
    JSON.
    """
    text = getattr(result, "data", None)
    if not isinstance(text, str) and isinstance(getattr(result, "text", None), str):
        text = result.text  # a stream
    reason = getattr(result, "finish_reason", None)
    reason = None if reason is None else str(getattr(reason, "value", reason))
    try:
        if not isinstance(text, str):
            raise ValueError("the analysis carries no output")
        return loads(text)
    except ValueError as exc:
        if reason == "length":
            raise TruncatedOutputError(
                "The JSON output was cut short (finish_reason 'length') and does not parse; "
                "ask again with a larger max_tokens or a smaller schema.",
                result=result,
                text=text if isinstance(text, str) else "",
            ) from exc
        raise UnexpectedResponseError(
            f"The analysis output is not a JSON document: {exc}."
        ) from exc


class AnalyzeTasksMethods(Resource):
    """The methods of ``client.analyze.tasks``, shared by :class:`AnalyzeTasks` and
    :class:`AsyncAnalyzeTasks`."""

    @api_method
    def create(
        self,
        *,
        prompt: str | None = None,
        prompt_v2: Mapping[str, Any] | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_file: FileInput | None = None,
        images: Sequence[Mapping[str, Any]] | None = None,
        model_name: str | None = None,
        custom_id: str | None = None,
        analysis_mode: AnalysisModeValue | None = None,
        temperature: float | None = None,
        max_tokens: int | str | None = None,
        response_format: Mapping[str, Any] | None = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[CreatedAnalyzeTask]:
        """Start an analysis task (``POST /analyze/tasks``); returns its ``task_id`` and status.

        One source (``video_url``, ``asset_id``, ``video_file`` sent as base64, at most 22.5
        MB, or ``images``). ``analysis_mode="time_based_metadata"`` with
        ``response_format={"type": "segment_definitions", "segment_definitions": [...]}``
        finds segments; ``prompt``/``prompt_v2`` are then not given. ``max_tokens`` may be
        ``"unlimited"`` (newest models). Not retried once the request may have reached the
        server (that could start a second task).
        """
        fields: dict[str, Any] = {
            **_common(model_name=model_name, temperature=temperature),
            **_window(start_time, end_time),
            "analysis_mode": opt_enum("analysis_mode", analysis_mode, AnalysisMode),
            "min_segment_duration": opt_number(
                "min_segment_duration", min_segment_duration, minimum=0
            ),
            "max_segment_duration": opt_number(
                "max_segment_duration", max_segment_duration, minimum=0
            ),
            "custom_id": unset(None if custom_id is None else check_text("custom_id", custom_id)),
        }
        if prompt is not None or prompt_v2 is not None:
            fields.update(_prompt(prompt, prompt_v2))
        if max_tokens is not None:
            fields["max_tokens"] = (
                UnlimitedTokens.UNLIMITED
                if max_tokens == UnlimitedTokens.UNLIMITED.value
                else check_int("max_tokens", max_tokens)
            )
        if response_format is not None:
            fields["response_format"] = _model(
                "response_format", response_format, AnalyzeTaskResponseFormat.from_dict
            )
        # Every cheap check first: a video_file is read and encoded last.
        fields.update(
            _source(
                video_url=video_url,
                asset_id=asset_id,
                video_file=video_file,
                video_id=None,
                images=images,
            )
        )
        return self._request(
            create_analyze_task.request_kwargs(body=CreateAnalyzeTaskRequest(**fields)),
            CreatedAnalyzeTask.from_dict,
            options,
        )

    @api_method
    def list(
        self,
        *,
        status: AnalyzeTaskStatusFilterValue | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_id: str | None = None,
        analysis_mode: AnalysisModeValue | None = None,
        page: int | None = None,
        page_limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[AnalyzeTaskList, AnalyzeTask]:
        """Iterate the analysis tasks, newest first (``status`` is a single value; ``video_id``
        is a legacy filter for Pegasus 1.2 tasks). Listed tasks carry shortened prompts."""
        filters: dict[str, Any] = {
            "status": opt_enum("status", status, AnalyzeTaskStatusFilter),
            "video_url": unset(video_url),
            "asset_id": unset(asset_id),
            "video_id": unset(video_id),
            "analysis_mode": opt_enum("analysis_mode", analysis_mode, AnalysisMode),
        }
        return self._paged(
            list_analyze_tasks.request_kwargs,
            filters,
            AnalyzeTaskList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )

    @api_method
    def retrieve(self, task_id: str, **options: Unpack[CallOptions]) -> Request[AnalyzeTask]:
        """The task: ``status``, and ``result`` (``data``, ``finish_reason``, ``usage``) once
        ``ready``; ``error`` when it failed (or, when ``ready``, as a truncation warning)."""
        check_ids(task_id=task_id)
        return self._request(
            retrieve_analyze_task.request_kwargs(task_id), AnalyzeTask.from_dict, options
        )

    @api_method
    def delete(self, task_id: str, **options: Unpack[CallOptions]) -> Request[None]:
        """Delete a task that is not processing (``ConflictError`` while it is)."""
        check_ids(task_id=task_id)
        return self._request_no_content(delete_analyze_task.request_kwargs(task_id), options)

    @api_method
    def cancel(self, task_id: str, **options: Unpack[CallOptions]) -> Request[CanceledAnalyzeTask]:
        """Cancel a queued, pending or processing task; cancelling again answers the same."""
        check_ids(task_id=task_id)
        return self._request(
            cancel_analyze_task.request_kwargs(task_id),
            CanceledAnalyzeTask.from_dict,
            options,
            safe_to_repeat=True,  # a second cancel answers the same, creates nothing
        )

    @api_method
    def wait(
        self,
        task_id: str,
        *,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[AnalyzeTask], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Waited[AnalyzeTask]:
        """Wait until the task is ``ready``; returns it with its ``result``.

        Polls ``GET /analyze/tasks/{task_id}`` after 2 s, 4 s, 8 s, then every 15 s
        (``poll_interval=`` fixes it), for at most ``timeout`` seconds (default 7200).
        ``failed`` and ``canceled`` raise ``TaskFailedError`` (``.task.status`` says which,
        ``.task.error`` why); the deadline raises ``WaitTimeoutError``.
        """
        check_ids(task_id=task_id)
        look = functools.partial(AnalyzeTasksMethods.retrieve.plan, self, task_id, **options)
        return ANALYZE_TASK.waited(
            task_id, look, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )

    @api_method
    def create_and_wait(
        self,
        *,
        prompt: str | None = None,
        prompt_v2: Mapping[str, Any] | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_file: FileInput | None = None,
        images: Sequence[Mapping[str, Any]] | None = None,
        model_name: str | None = None,
        custom_id: str | None = None,
        analysis_mode: AnalysisModeValue | None = None,
        temperature: float | None = None,
        max_tokens: int | str | None = None,
        response_format: Mapping[str, Any] | None = None,
        min_segment_duration: float | None = None,
        max_segment_duration: float | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[AnalyzeTask], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Steps[AnalyzeTask]:
        """:meth:`create`, then :meth:`wait` under one deadline; returns the finished task."""
        creating, waiting = wait_arguments(locals())
        create = AnalyzeTasksMethods.create.plan(self, **creating)
        return create_then_wait(
            create,
            lambda created: AnalyzeTasksMethods.wait.plan(self, created.task_id, **waiting),
        )


class AnalyzeTasks(SyncResource, AnalyzeTasksMethods):
    """``client.analyze.tasks``: analysis as an asynchronous task (long videos, segments)."""


class AsyncAnalyzeTasks(AsyncResource, AnalyzeTasksMethods):
    """``async_client.analyze.tasks``: the methods of :class:`AnalyzeTasks`, awaited."""


class AnalyzeMethods(Resource):
    """The methods of ``client.analyze``, shared by :class:`Analyze` and :class:`AsyncAnalyze`."""

    @api_method
    def text(
        self,
        *,
        prompt: str | None = None,
        prompt_v2: Mapping[str, Any] | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_file: FileInput | None = None,
        video_id: str | None = None,
        images: Sequence[Mapping[str, Any]] | None = None,
        model_name: str | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[AnalyzeResponse]:
        """Analyze a video (or images) and return the answer at once (sends ``"stream":
        false``): ``id``, ``data`` (the text, or the JSON document as a string with
        ``response_format``; see :func:`parse_json_output`), ``finish_reason``, ``usage``, and
        ``error``, the API's warning when the output was cut at ``max_tokens``.

        One source: ``video_url`` (a direct media link), ``asset_id``, ``video_file`` (a path,
        bytes or binary file sent as base64; at most 22.5 MB, upload larger files with
        ``client.assets.upload``), ``video_id`` (legacy, Pegasus 1.2 indexes) or ``images``
        (``[{"name": "a", "url": ...}]``, newest models). One prompt: ``prompt`` or
        ``prompt_v2`` (``{"input_text": ..., "media_sources": [...]}``).
        """
        return self._request(
            analyze.request_kwargs(body=_analyze_body(_arguments(locals()), stream=False)),
            AnalyzeResponse.from_dict,
            options,
            safe_to_repeat=True,  # computes text, creates nothing
        )

    @api_method
    def stream(
        self,
        *,
        prompt: str | None = None,
        prompt_v2: Mapping[str, Any] | None = None,
        video_url: str | None = None,
        asset_id: str | None = None,
        video_file: FileInput | None = None,
        video_id: str | None = None,
        images: Sequence[Mapping[str, Any]] | None = None,
        model_name: str | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
        response_format: Mapping[str, Any] | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        **options: Unpack[CallOptions],
    ) -> AnalyzeStreamed:
        """:meth:`text`, streamed as it is generated (sends ``"stream": true``). Returns an
        :class:`AnalyzeStream`; the request is sent when its ``with`` block starts::

            with client.analyze.stream(video_url=url, prompt="Describe the video") as stream:
                for piece in stream.text_stream():
                    print(piece, end="", flush=True)
            print(stream.finish_reason, stream.usage)

        A stream that ends without its ``stream_end`` event raises ``StreamError``.
        """
        return AnalyzeStreamed(
            analyze.request_kwargs(body=_analyze_body(_arguments(locals()), stream=True)),
            options,
            safe_to_repeat=True,
        )


def _arguments(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if key not in ("self", "options")}


class Analyze(SyncResource, AnalyzeMethods):
    """``client.analyze``: text about a video or images (one answer, a stream, or tasks)."""

    tasks = namespace(AnalyzeTasks)


class AsyncAnalyze(AsyncResource, AnalyzeMethods):
    """``async_client.analyze``: the methods of :class:`Analyze`, awaited."""

    tasks = namespace(AsyncAnalyzeTasks)
