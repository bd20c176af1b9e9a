"""``client.embed``: text/image/audio embeddings, and ``client.embed.tasks`` for video."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Unpack

from twelvelabs_generated.api.embed import (
    create_embed_task,
    create_embeddings,
    list_embed_tasks,
    retrieve_embed_task,
    retrieve_embed_task_status,
)
from twelvelabs_generated.models import (
    CreatedResource,
    CreateEmbeddingsRequest,
    CreateEmbedTaskRequest,
    EmbeddingOption,
    EmbeddingResponse,
    EmbeddingScope,
    EmbedTask,
    EmbedTaskList,
    EmbedTaskStatus,
    EmbedTaskStatusFilter,
    TextTruncate,
)

from .._async_send import AsyncSender
from .._polling import EMBED_TASK_WAIT, check_wait_options, classify_embed_task
from .._send import Sender
from .._uploads import MAX_VIDEO_FILE_BYTES, FileInput, ProgressCallback
from .._validation import (
    Seconds,
    check_callable,
    check_offset_range,
    check_one_source,
    check_optional_source,
    check_page_limit,
    check_text,
    check_url,
)
from ..errors import InvalidInputError
from ..types import (
    EmbeddingOptionValue,
    EmbeddingScopeValue,
    EmbedTaskStatusFilterValue,
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
    opt_date,
    opt_enum,
    opt_enum_list,
    opt_number,
    unset,
)

__all__ = [
    "DEFAULT_EMBED_MODEL",
    "AsyncEmbed",
    "AsyncEmbedTasks",
    "Embed",
    "EmbedMethods",
    "EmbedTasks",
    "EmbedTasksMethods",
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
            "page_limit": unset(check_page_limit(page_limit)),
        }
        return self._paged(
            lambda number: list_embed_tasks.request_kwargs(page=number, **filters),
            EmbedTaskList.from_dict,
            options,
            page=page,
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
        check_callable("on_update", on_update)
        return Waited(
            lambda: EmbedTasksMethods.status.plan(self, task_id, **options),
            classify=classify_embed_task,
            label=f"embedding task {task_id!r}",
            policy=EMBED_TASK_WAIT,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
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
        check_wait_options(timeout, poll_interval)
        check_callable("on_update", on_update)
        create = EmbedTasksMethods.create.plan(
            self,
            model_name=model_name,
            video_file=video_file,
            video_url=video_url,
            video_start_offset_sec=video_start_offset_sec,
            video_end_offset_sec=video_end_offset_sec,
            video_clip_length=video_clip_length,
            video_embedding_scope=video_embedding_scope,
            progress=progress,
            **options,
        )
        # Checked now: a bad option must not cost an upload and a wait.
        opt_enum_list("embedding_option", embedding_option, EmbeddingOption)

        def steps(started_at: float) -> StepsGenerator[EmbedTask]:
            created = yield create
            wait = EmbedTasksMethods.wait.plan(
                self,
                created.id,
                timeout=timeout,
                poll_interval=poll_interval,
                on_update=on_update,
                **options,
            )
            yield wait.counted_from(started_at)
            retrieve = EmbedTasksMethods.retrieve.plan(
                self, created.id, embedding_option=embedding_option, **options
            )
            task: EmbedTask = yield retrieve
            return task

        return Steps(steps)


class EmbedTasks(SyncResource, EmbedTasksMethods):
    """``client.embed.tasks``: embeddings of a video, computed by an asynchronous task."""


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
        )


class Embed(SyncResource, EmbedMethods):
    """``client.embed``: embeddings of text, an image and/or audio in one call."""

    def __init__(self, sender: Sender) -> None:
        super().__init__(sender)
        self.tasks = EmbedTasks(sender)


class AsyncEmbed(AsyncResource, EmbedMethods):
    """``async_client.embed``: the methods of :class:`Embed`, awaited."""

    def __init__(self, sender: AsyncSender) -> None:
        super().__init__(sender)
        self.tasks = AsyncEmbedTasks(sender)
