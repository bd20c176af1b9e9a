"""``client.embed``: text/image/audio embeddings, ``client.embed.tasks`` for video, and
``client.embed.v2`` (the Embed API v2, Marengo 3.0 and later).

``embed.create`` and ``embed.tasks.*`` (Embed v1, ``Marengo-retrieval-2.7``) are marked for
deprecation by the API in favour of ``embed.v2``; they still work and emit no warning.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Unpack

from twelvelabs_generated.api.embed import (
    create_embed_task,
    create_embeddings,
    list_embed_tasks,
    retrieve_embed_task,
    retrieve_embed_task_status,
)
from twelvelabs_generated.api.embed_v2 import (
    create_embed_v2_task,
    create_embeddings_v2,
    list_embed_v2_tasks,
    retrieve_embed_v2_task,
)
from twelvelabs_generated.models import (
    CreatedEmbedV2Task,
    CreatedResource,
    CreateEmbeddingsRequest,
    CreateEmbedTaskRequest,
    CreateEmbedV2TaskRequest,
    EmbeddingOption,
    EmbeddingResponse,
    EmbeddingScope,
    EmbedTask,
    EmbedTaskList,
    EmbedTaskStatus,
    EmbedTaskStatusFilter,
    EmbedV2AudioInput,
    EmbedV2DocumentInput,
    EmbedV2ImageInput,
    EmbedV2InputType,
    EmbedV2MultiInput,
    EmbedV2Request,
    EmbedV2Response,
    EmbedV2Task,
    EmbedV2TaskInputType,
    EmbedV2TaskList,
    EmbedV2TaskSummary,
    EmbedV2TextImageInput,
    EmbedV2TextInput,
    EmbedV2VideoInput,
    TextTruncate,
)

from .._operations import namespace
from .._polling import EMBEDDING_TASK
from .._uploads import MAX_VIDEO_FILE_BYTES, FileInput, ProgressCallback, base64_file
from .._validation import (
    Seconds,
    check_enum,
    check_finite_json,
    check_offset_range,
    check_one_source,
    check_optional_source,
    check_text,
    check_url,
)
from ..errors import InvalidInputError
from ..types import (
    EmbeddingOptionValue,
    EmbeddingScopeValue,
    EmbedTaskStatusFilterValue,
    EmbedV2InputTypeValue,
    EmbedV2TaskInputTypeValue,
    TextTruncateValue,
)
from ._base import (
    AsyncResource,
    CallOptions,
    DateFilter,
    Paged,
    Request,
    Resource,
    Steps,
    StepsGenerator,
    SyncResource,
    Waited,
    api_method,
    check_ids,
    create_then_wait,
    opt_bool,
    opt_date,
    opt_enum,
    opt_enum_list,
    opt_int,
    opt_number,
    unset,
    wait_arguments,
)

__all__ = [
    "DEFAULT_EMBED_MODEL",
    "DEFAULT_EMBED_V2_MODEL",
    "AsyncEmbed",
    "AsyncEmbedTasks",
    "AsyncEmbedV2",
    "AsyncEmbedV2Tasks",
    "Embed",
    "EmbedMethods",
    "EmbedTasks",
    "EmbedTasksMethods",
    "EmbedV2",
    "EmbedV2Methods",
    "EmbedV2Tasks",
    "EmbedV2TasksMethods",
]

#: The model of the embed endpoints in v1.3 (not the index model name ``marengo2.7``).
DEFAULT_EMBED_MODEL = "Marengo-retrieval-2.7"


class EmbedTasksMethods(Resource):
    """The methods of ``client.embed.tasks``, shared by :class:`EmbedTasks` and
    :class:`AsyncEmbedTasks`."""

    @api_method
    def create(
        self,
        *,
        model_name: str = DEFAULT_EMBED_MODEL,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        video_start_offset_sec: float | None = None,
        video_end_offset_sec: float | None = None,
        video_clip_length: float | None = None,
        video_embedding_scope: EmbeddingScopeValue | Sequence[EmbeddingScopeValue] | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[CreatedResource]:
        """Start a video embedding task; returns the task's ``id``.

        Marked for deprecation by the API: use ``embed.v2.tasks.create``.

        ``video_embedding_scope``: ``"clip"``, ``"video"`` or both. Not retried once the
        request may have reached the server (that could start a second task).
        """
        check_one_source("video_file", video_file, "video_url", video_url)
        if (video_start_offset_sec is None) != (video_end_offset_sec is None):
            raise InvalidInputError(
                "video_start_offset_sec",
                "give video_start_offset_sec and video_end_offset_sec together, or neither",
            )
        check_offset_range(
            "video_start_offset_sec",
            video_start_offset_sec,
            "video_end_offset_sec",
            video_end_offset_sec,
        )
        fields: dict[str, Any] = {
            "model_name": check_text("model_name", model_name),
            "video_url": unset(video_url),
            "video_start_offset_sec": opt_number(
                "video_start_offset_sec", video_start_offset_sec, minimum=0
            ),
            "video_end_offset_sec": opt_number(
                "video_end_offset_sec", video_end_offset_sec, minimum=0
            ),
            "video_clip_length": opt_number(
                "video_clip_length", video_clip_length, minimum=2, maximum=10
            ),
            "video_embedding_scope": opt_enum_list(
                "video_embedding_scope", video_embedding_scope, EmbeddingScope
            ),
        }
        uploads = self._uploads()
        video = uploads.part(
            "video_file", video_file, max_bytes=MAX_VIDEO_FILE_BYTES, progress=progress
        )
        body = CreateEmbedTaskRequest(**fields, video_file=video)
        return self._request(
            create_embed_task.request_kwargs(body=body),
            CreatedResource.from_dict,
            options,
            uploads=uploads,
        )

    @api_method
    def list(
        self,
        *,
        started_at: DateFilter | None = None,
        ended_at: DateFilter | None = None,
        status: EmbedTaskStatusFilterValue | None = None,
        page: int | None = None,
        page_limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[EmbedTaskList, EmbedTask]:
        """Iterate the video embedding tasks (the last 7 days unless ``started_at``/``ended_at``
        say otherwise). ``status`` is a single value."""
        filters: dict[str, Any] = {
            "started_at": opt_date("started_at", started_at),
            "ended_at": opt_date("ended_at", ended_at),
            "status": opt_enum("status", status, EmbedTaskStatusFilter),
        }
        return self._paged(
            list_embed_tasks.request_kwargs,
            filters,
            EmbedTaskList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )

    @api_method
    def status(self, task_id: str, **options: Unpack[CallOptions]) -> Request[EmbedTaskStatus]:
        """The task's status (``processing``, ``ready``, ``failed``) without the embeddings."""
        check_ids(task_id=task_id)
        return self._request(
            retrieve_embed_task_status.request_kwargs(task_id), EmbedTaskStatus.from_dict, options
        )

    @api_method
    def retrieve(
        self,
        task_id: str,
        *,
        embedding_option: EmbeddingOptionValue | Sequence[EmbeddingOptionValue] | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[EmbedTask]:
        """The task with its embeddings (all options unless ``embedding_option`` narrows it)."""
        check_ids(task_id=task_id)
        return self._request(
            retrieve_embed_task.request_kwargs(
                task_id,
                embedding_option=opt_enum_list(
                    "embedding_option", embedding_option, EmbeddingOption
                ),
            ),
            EmbedTask.from_dict,
            options,
            carries_embeddings=True,
        )

    # ------------------------------------------------------------------ waiting

    @api_method
    def wait(
        self,
        task_id: str,
        *,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[EmbedTaskStatus], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Waited[EmbedTaskStatus]:
        """Wait until the embedding task is ``ready``; returns its status (no embeddings: call
        :meth:`retrieve`, or use :meth:`create_and_wait`).

        Polls ``GET /embed/tasks/{task_id}/status`` after 1 s, 2 s, 4 s, 8 s, then every 10 s
        (``poll_interval=`` fixes it), for at most ``timeout`` seconds (default 3600).
        ``on_update`` is called at the first look and on every status change. Raises
        ``TaskFailedError`` on ``failed``, ``WaitTimeoutError`` at the deadline, which also cuts
        each poll request short (as for ``tasks.wait``).
        """
        check_ids(task_id=task_id)
        look = functools.partial(EmbedTasksMethods.status.plan, self, task_id, **options)
        return EMBEDDING_TASK.waited(
            task_id, look, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )

    @api_method
    def create_and_wait(
        self,
        *,
        model_name: str = DEFAULT_EMBED_MODEL,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        video_start_offset_sec: float | None = None,
        video_end_offset_sec: float | None = None,
        video_clip_length: float | None = None,
        video_embedding_scope: EmbeddingScopeValue | Sequence[EmbeddingScopeValue] | None = None,
        embedding_option: EmbeddingOptionValue | Sequence[EmbeddingOptionValue] | None = None,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[EmbedTaskStatus], object] | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[CallOptions],
    ) -> Steps[EmbedTask]:
        """Create a video embedding task, wait for it, and return it with its embeddings.

        One deadline (``timeout``, default 3600 s) covers the upload and the wait (the upload
        is never cut short; the polls are); ``embedding_option`` narrows what :meth:`retrieve`
        returns.
        """
        creating, waiting = wait_arguments(locals())
        del creating["embedding_option"]  # for the retrieve at the end
        create = EmbedTasksMethods.create.plan(self, **creating)
        # Checked now: a bad option must not cost an upload and a wait.
        opt_enum_list("embedding_option", embedding_option, EmbeddingOption)

        def steps(started_at: float) -> StepsGenerator[EmbedTask]:
            created = yield create
            yield EmbedTasksMethods.wait.plan(self, created.id, **waiting).counted_from(started_at)
            retrieve = EmbedTasksMethods.retrieve.plan(
                self, created.id, embedding_option=embedding_option, **options
            )
            task: EmbedTask = yield retrieve
            return task

        return Steps(steps)


class EmbedTasks(SyncResource, EmbedTasksMethods):
    """``client.embed.tasks``: embeddings of a video, computed by an asynchronous task (marked
    for deprecation by the API: use ``client.embed.v2.tasks``)."""


class AsyncEmbedTasks(AsyncResource, EmbedTasksMethods):
    """``async_client.embed.tasks``: the methods of :class:`EmbedTasks`, awaited."""


class EmbedMethods(Resource):
    """The methods of ``client.embed``, shared by :class:`Embed` and :class:`AsyncEmbed`."""

    @api_method
    def create(
        self,
        *,
        model_name: str = DEFAULT_EMBED_MODEL,
        text: str | None = None,
        text_truncate: TextTruncateValue | None = None,
        image_file: FileInput | None = None,
        image_url: str | None = None,
        audio_file: FileInput | None = None,
        audio_url: str | None = None,
        audio_start_offset_sec: float | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[EmbeddingResponse]:
        """Embed text, an image and/or audio (at least one); files stream from disk.

        Marked for deprecation by the API: use ``embed.v2.create``.

        ``progress(bytes_sent, total)`` follows the file upload (with both an image and an
        audio file, each file is reported with its own total, one after the other)."""
        has_image = check_optional_source("image_file", image_file, "image_url", image_url)
        has_audio = check_optional_source("audio_file", audio_file, "audio_url", audio_url)
        if text is None and not has_image and not has_audio:
            raise InvalidInputError("text", "give text, an image or audio to embed")
        if text is not None:
            check_text("text", text)
        for name, url in (("image_url", image_url), ("audio_url", audio_url)):
            if url is not None:
                check_url(name, url)
        fields: dict[str, Any] = {
            "model_name": check_text("model_name", model_name),
            "text": unset(text),
            "text_truncate": opt_enum("text_truncate", text_truncate, TextTruncate),
            "image_url": unset(image_url),
            "audio_url": unset(audio_url),
            "audio_start_offset_sec": opt_number(
                "audio_start_offset_sec", audio_start_offset_sec, minimum=0
            ),
        }
        uploads = self._uploads()
        body = CreateEmbeddingsRequest(
            **fields,
            image_file=uploads.part("image_file", image_file, progress=progress),
            audio_file=uploads.part("audio_file", audio_file, progress=progress),
        )
        return self._request(
            create_embeddings.request_kwargs(body=body),
            EmbeddingResponse.from_dict,
            options,
            safe_to_repeat=True,  # computes embeddings, creates nothing (a file is never re-sent)
            uploads=uploads,
            carries_embeddings=True,
        )


# --------------------------------------------------------------------------- Embed API v2

#: The model of ``embed.v2`` when none is given (the API requires one on the wire).
DEFAULT_EMBED_V2_MODEL = "marengo3.0"
#: Largest base64 text of an image sent inline to ``POST /embed-v2`` (32 MB).
MAX_EMBED_V2_IMAGE_BASE64_BYTES = 32 * 1024 * 1024
#: Largest base64 text of audio or video sent inline to ``POST /embed-v2`` (36 MB).
MAX_EMBED_V2_MEDIA_BASE64_BYTES = 36 * 1024 * 1024

_V2_INPUTS: dict[str, tuple[Callable[[Mapping[str, Any]], Any], int]] = {
    "text": (EmbedV2TextInput.from_dict, 0),
    "image": (EmbedV2ImageInput.from_dict, MAX_EMBED_V2_IMAGE_BASE64_BYTES),
    "text_image": (EmbedV2TextImageInput.from_dict, MAX_EMBED_V2_IMAGE_BASE64_BYTES),
    "audio": (EmbedV2AudioInput.from_dict, MAX_EMBED_V2_MEDIA_BASE64_BYTES),
    "video": (EmbedV2VideoInput.from_dict, MAX_EMBED_V2_MEDIA_BASE64_BYTES),
    "multi_input": (EmbedV2MultiInput.from_dict, MAX_EMBED_V2_IMAGE_BASE64_BYTES),
    "document": (EmbedV2DocumentInput.from_dict, 0),
}
_SOURCE_KEYS = ("url", "base64_string", "asset_id")


def _inline_source(argument: str, source: Mapping[str, Any], limit: int | None) -> dict[str, Any]:
    """A media source whose ``file`` (a path, bytes or binary file) becomes ``base64_string``;
    ``limit`` ``None``: the endpoint takes no local files."""
    if "file" not in source:
        return dict(source)
    if limit is None:
        raise InvalidInputError(
            argument,
            "the task endpoint takes a url or an asset_id, not a local file: upload the file "
            "with client.assets.upload and pass {'asset_id': asset.id}",
        )
    given = [key for key in _SOURCE_KEYS if source.get(key) is not None]
    if given:
        raise InvalidInputError(argument, f"give file or {given[0]}, not both")
    rest = {key: value for key, value in source.items() if key != "file"}
    rest["base64_string"] = base64_file(source["file"], argument=argument, max_encoded_bytes=limit)
    return rest


def _v2_input(name: str, value: object, *, inline_files: bool) -> Any:
    """One input dict (shaped like the wire object) as its generated model; local files of its
    media sources are encoded (or refused for the task endpoint)."""
    if not isinstance(value, Mapping):
        raise InvalidInputError(name, f"expected a dict, got {type(value).__name__}")
    from_dict, limit = _V2_INPUTS[name]
    check_finite_json(name, {k: v for k, v in value.items() if k != "media_source"})
    if "input_text" in value:  # the API refuses an empty text
        check_text(f"{name}.input_text", value["input_text"])
    fields = dict(value)
    source = fields.get("media_source")
    if isinstance(source, Mapping):
        fields["media_source"] = _inline_source(
            f"{name}.media_source", source, limit if inline_files else None
        )
    sources = fields.get("media_sources")
    if isinstance(sources, list | tuple):
        fields["media_sources"] = [
            _inline_source(f"{name}.media_sources[{i}]", s, limit if inline_files else None)
            if isinstance(s, Mapping)
            else s
            for i, s in enumerate(sources)
        ]
    try:
        return from_dict(fields)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidInputError(name, f"not a valid {name} input ({exc!r})") from None


def _v2_inputs(input_type: str, given: dict[str, object], *, inline_files: bool) -> dict[str, Any]:
    present = [name for name, value in given.items() if value is not None]
    if present != [input_type]:
        if input_type not in present:
            raise InvalidInputError(input_type, f"input_type={input_type!r} needs {input_type}=")
        other = next(name for name in present if name != input_type)
        raise InvalidInputError(other, f"input_type is {input_type!r}; give only {input_type}=")
    return {input_type: _v2_input(input_type, given[input_type], inline_files=inline_files)}


class EmbedV2TasksMethods(Resource):
    """The methods of ``client.embed.v2.tasks``, shared by :class:`EmbedV2Tasks` and
    :class:`AsyncEmbedV2Tasks`."""

    @api_method
    def create(
        self,
        input_type: EmbedV2TaskInputTypeValue,
        *,
        model_name: str = DEFAULT_EMBED_V2_MODEL,
        audio: Mapping[str, Any] | None = None,
        video: Mapping[str, Any] | None = None,
        image: Mapping[str, Any] | None = None,
        document: Mapping[str, Any] | None = None,
        embedding_dimension: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[CreatedEmbedV2Task]:
        """Start an embedding task for long audio or video (``POST /embed-v2/tasks``): the
        media comes as ``{"media_source": {"url": ...}}`` or ``{"media_source": {"asset_id":
        ...}}`` (a local file is refused: upload it with ``client.assets.upload``). Not retried once it may have
        reached the server (that could start a second task)."""
        kind = check_enum("input_type", input_type, EmbedV2TaskInputType)
        inputs = _v2_inputs(
            kind.value,
            {"audio": audio, "video": video, "image": image, "document": document},
            inline_files=False,
        )
        body = CreateEmbedV2TaskRequest(
            input_type=kind,
            model_name=check_text("model_name", model_name),
            embedding_dimension=opt_int("embedding_dimension", embedding_dimension, minimum=1),
            **inputs,
        )
        return self._request(
            create_embed_v2_task.request_kwargs(body=body), CreatedEmbedV2Task.from_dict, options
        )

    @api_method
    def list(
        self,
        *,
        started_at: DateFilter | None = None,
        ended_at: DateFilter | None = None,
        status: str | None = None,
        page: int | None = None,
        page_limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[EmbedV2TaskList, EmbedV2TaskSummary]:
        """Iterate the Embed v2 tasks, newest first (the last 7 days unless ``started_at`` /
        ``ended_at`` say otherwise; ``status`` is one value such as ``"ready"``)."""
        filters: dict[str, Any] = {
            "started_at": opt_date("started_at", started_at),
            "ended_at": opt_date("ended_at", ended_at),
            "status": unset(None if status is None else check_text("status", status)),
        }
        return self._paged(
            list_embed_v2_tasks.request_kwargs,
            filters,
            EmbedV2TaskList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )

    @api_method
    def retrieve(self, task_id: str, **options: Unpack[CallOptions]) -> Request[EmbedV2Task]:
        """The task; its ``data`` holds the embeddings once ``ready`` (``None`` before)."""
        check_ids(task_id=task_id)
        return self._request(
            retrieve_embed_v2_task.request_kwargs(task_id),
            EmbedV2Task.from_dict,
            options,
            carries_embeddings=True,
        )

    @api_method
    def wait(
        self,
        task_id: str,
        *,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[EmbedV2Task], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Waited[EmbedV2Task]:
        """Wait until the task is ``ready`` and return it with its embeddings. Polls after
        1 s, 2 s, 4 s, 8 s, then every 10 s (``poll_interval=`` fixes it), for at most
        ``timeout`` seconds (default 3600); ``failed`` raises ``TaskFailedError``."""
        check_ids(task_id=task_id)
        look = functools.partial(EmbedV2TasksMethods.retrieve.plan, self, task_id, **options)
        return EMBEDDING_TASK.waited(
            task_id, look, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )

    @api_method
    def create_and_wait(
        self,
        input_type: EmbedV2TaskInputTypeValue,
        *,
        model_name: str = DEFAULT_EMBED_V2_MODEL,
        audio: Mapping[str, Any] | None = None,
        video: Mapping[str, Any] | None = None,
        image: Mapping[str, Any] | None = None,
        document: Mapping[str, Any] | None = None,
        embedding_dimension: int | None = None,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[EmbedV2Task], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Steps[EmbedV2Task]:
        """:meth:`create`, then :meth:`wait` under one deadline; returns the finished task."""
        creating, waiting = wait_arguments(locals())
        create = EmbedV2TasksMethods.create.plan(self, **creating)
        return create_then_wait(
            create, lambda created: EmbedV2TasksMethods.wait.plan(self, created.id, **waiting)
        )


class EmbedV2Tasks(SyncResource, EmbedV2TasksMethods):
    """``client.embed.v2.tasks``: Embed v2 for long audio and video, as asynchronous tasks."""


class AsyncEmbedV2Tasks(AsyncResource, EmbedV2TasksMethods):
    """``async_client.embed.v2.tasks``: the methods of :class:`EmbedV2Tasks`, awaited."""


class EmbedV2Methods(Resource):
    """The methods of ``client.embed.v2``, shared by :class:`EmbedV2` and :class:`AsyncEmbedV2`."""

    @api_method
    def create(
        self,
        input_type: EmbedV2InputTypeValue,
        *,
        model_name: str = DEFAULT_EMBED_V2_MODEL,
        text: Mapping[str, Any] | None = None,
        image: Mapping[str, Any] | None = None,
        text_image: Mapping[str, Any] | None = None,
        audio: Mapping[str, Any] | None = None,
        video: Mapping[str, Any] | None = None,
        multi_input: Mapping[str, Any] | None = None,
        embedding_dimension: int | None = None,
        auto_truncate: bool | None = None,
        embedding_uncertainty: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[EmbedV2Response]:
        """Embeddings in one call (``POST /embed-v2``); ``input_type`` names the one input
        given, a dict shaped like the wire object::

            client.embed.v2.create("text", text={"input_text": "a goal"})
            client.embed.v2.create("video", video={"media_source": {"url": url}})

        A ``media_source`` may be ``{"file": path_or_file}``: the client sends it as base64
        (at most 24 MB for images, 27 MB for audio and video; larger media go through
        ``client.assets.upload`` or ``embed.v2.tasks``). Each ``data[].embedding`` is a
        ``list[float]`` (512 values for ``marengo3.0``). ``embedding_dimension``,
        ``auto_truncate`` and ``embedding_uncertainty`` are for newer models only.
        """
        kind = check_enum("input_type", input_type, EmbedV2InputType)
        options_fields: dict[str, Any] = {
            "model_name": check_text("model_name", model_name),
            "embedding_dimension": opt_int("embedding_dimension", embedding_dimension, minimum=1),
            "auto_truncate": opt_bool("auto_truncate", auto_truncate),
            "embedding_uncertainty": opt_bool("embedding_uncertainty", embedding_uncertainty),
        }
        inputs = _v2_inputs(  # last: local files are read and encoded here
            kind.value,
            {
                "text": text,
                "image": image,
                "text_image": text_image,
                "audio": audio,
                "video": video,
                "multi_input": multi_input,
            },
            inline_files=True,
        )
        body = EmbedV2Request(input_type=kind, **options_fields, **inputs)
        return self._request(
            create_embeddings_v2.request_kwargs(body=body),
            EmbedV2Response.from_dict,
            options,
            safe_to_repeat=True,  # computes embeddings, creates nothing
            carries_embeddings=True,
        )


class EmbedV2(SyncResource, EmbedV2Methods):
    """``client.embed.v2``: the Embed API v2 (Marengo 3.0 and later)."""

    tasks = namespace(EmbedV2Tasks)


class AsyncEmbedV2(AsyncResource, EmbedV2Methods):
    """``async_client.embed.v2``: the methods of :class:`EmbedV2`, awaited."""

    tasks = namespace(AsyncEmbedV2Tasks)


class Embed(SyncResource, EmbedMethods):
    """``client.embed``: embeddings of text, an image and/or audio in one call."""

    tasks = namespace(EmbedTasks)
    v2 = namespace(EmbedV2)


class AsyncEmbed(AsyncResource, EmbedMethods):
    """``async_client.embed``: the methods of :class:`Embed`, awaited."""

    tasks = namespace(AsyncEmbedTasks)
    v2 = namespace(AsyncEmbedV2)
