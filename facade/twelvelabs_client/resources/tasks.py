"""``client.tasks``: upload videos for indexing and follow the indexing tasks.

Marked for deprecation by the API (they still work; no warning is emitted): new code
should use client.assets.upload and client.indexed_assets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Unpack

from twelvelabs_generated.api.tasks import create_task, delete_task, list_tasks, retrieve_task
from twelvelabs_generated.models import (
    CreateTaskRequest,
    CreateTaskResponse,
    Task,
    TaskList,
    TaskStatusFilter,
)

from .._polling import INDEXING_TASK
from .._uploads import MAX_VIDEO_FILE_BYTES, FileInput, ProgressCallback
from .._validation import (
    Seconds,
    check_one_source,
)
from ..types import SortByValue, SortOptionValue, TaskStatusFilterValue
from ._base import (
    AsyncResource,
    CallOptions,
    DateFilter,
    Paged,
    Request,
    Resource,
    Steps,
    SyncResource,
    Waited,
    api_method,
    check_ids,
    create_then_wait,
    metadata_json,
    opt_bool,
    opt_date,
    opt_enum_list,
    opt_int,
    opt_number,
    sort_params,
    unset,
    wait_arguments,
)

__all__ = ["AsyncTasks", "Tasks", "TasksMethods"]


class TasksMethods(Resource):
    """The methods of ``client.tasks``, shared by :class:`Tasks` and :class:`AsyncTasks`."""

    @api_method
    def create(
        self,
        index_id: str,
        *,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, str | int | float | bool] | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[CreateTaskResponse]:
        """Upload a video (a path, an open binary file or bytes, at most 2 GB) or give a URL.

        Returns the new task's ``id`` and ``video_id``. The file streams from disk;
        ``progress(bytes_sent, total)`` is called as it goes out. Never re-sent once it may
        have reached the server (a retry could index the video twice).
        """
        check_ids(index_id=index_id)
        check_one_source("video_file", video_file, "video_url", video_url)
        stream = opt_bool("enable_video_stream", enable_video_stream)
        metadata = metadata_json(user_metadata)
        uploads = self._uploads()
        video = uploads.part(
            "video_file", video_file, max_bytes=MAX_VIDEO_FILE_BYTES, progress=progress
        )
        body = CreateTaskRequest(
            index_id=index_id,
            video_file=video,
            video_url=unset(video_url),
            enable_video_stream=stream,
            user_metadata=metadata,
        )
        return self._request(
            create_task.request_kwargs(body=body),
            CreateTaskResponse.from_dict,
            options,
            uploads=uploads,
        )

    @api_method
    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortByValue | None = None,
        sort_option: SortOptionValue | None = None,
        index_id: str | None = None,
        status: TaskStatusFilterValue | Sequence[TaskStatusFilterValue] | None = None,
        filename: str | None = None,
        duration: float | None = None,
        width: int | None = None,
        height: int | None = None,
        created_at: DateFilter | None = None,
        updated_at: DateFilter | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[TaskList, Task]:
        """Iterate the indexing tasks across pages (``.pages()`` for the page objects).

        ``status`` takes one status or several (``["ready", "indexing"]``, repeated keys).
        """
        if index_id is not None:
            check_ids(index_id=index_id)
        filters: dict[str, Any] = {
            **sort_params(sort_by, sort_option),
            "index_id": unset(index_id),
            "status": opt_enum_list("status", status, TaskStatusFilter),
            "filename": unset(filename),
            "duration": opt_number("duration", duration, minimum=0),
            "width": opt_int("width", width, minimum=0),
            "height": opt_int("height", height, minimum=0),
            "created_at": opt_date("created_at", created_at),
            "updated_at": opt_date("updated_at", updated_at),
        }
        return self._paged(
            list_tasks.request_kwargs,
            filters,
            TaskList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )

    @api_method
    def retrieve(self, task_id: str, **options: Unpack[CallOptions]) -> Request[Task]:
        check_ids(task_id=task_id)
        return self._request(retrieve_task.request_kwargs(task_id), Task.from_dict, options)

    @api_method
    def delete(self, task_id: str, **options: Unpack[CallOptions]) -> Request[None]:
        """Delete a task (allowed once it is ``ready`` or ``failed``; for ``ready``, delete the
        video first)."""
        check_ids(task_id=task_id)
        return self._request_no_content(delete_task.request_kwargs(task_id), options)

    # ------------------------------------------------------------------ waiting

    @api_method
    def wait(
        self,
        task_id: str,
        *,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[Task], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Waited[Task]:
        """Wait until the indexing task is ``ready`` and return it.

        Polls ``GET /tasks/{task_id}`` after 1 s, 2 s, 4 s, 8 s, then every 10 s
        (``poll_interval=`` fixes the interval), for at most ``timeout`` seconds (default
        3600). ``on_update(task)`` is called at the first look and on every status change.
        Raises :class:`~twelvelabs_client.errors.TaskFailedError` if the task fails,
        :class:`~twelvelabs_client.errors.WaitTimeoutError` (with ``.last``) at the deadline,
        and the typed API error at once on 400/401/403/404. The deadline bounds each poll too:
        its request is cut short at the deadline and retries that would end past it are not
        taken (a poll that runs into it raises ``WaitTimeoutError``, the poll's error as cause).
        """
        check_ids(task_id=task_id)
        look = functools.partial(TasksMethods.retrieve.plan, self, task_id, **options)
        return INDEXING_TASK.waited(
            task_id, look, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )

    @api_method
    def create_and_wait(
        self,
        index_id: str,
        *,
        video_file: FileInput | None = None,
        video_url: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, str | int | float | bool] | None = None,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[Task], object] | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[CallOptions],
    ) -> Steps[Task]:
        """Upload (or give a URL), then wait until the video is indexed; returns the final task.

        One deadline covers both: ``timeout`` seconds (default 3600) counted from the start of
        the upload. The upload itself is never cut short (it keeps its own timeouts); the polls
        after it are bounded by what is left. See :meth:`create` and :meth:`wait` for the rest.
        """
        creating, waiting = wait_arguments(locals())
        create = TasksMethods.create.plan(self, **creating)
        return create_then_wait(
            create, lambda created: TasksMethods.wait.plan(self, created.id, **waiting)
        )


class Tasks(SyncResource, TasksMethods):
    """``client.tasks``: upload videos for indexing and follow the indexing tasks (marked for
    deprecation by the API in favour of assets and indexed assets; no warning is emitted)."""


class AsyncTasks(AsyncResource, TasksMethods):
    """``async_client.tasks``: the methods of :class:`Tasks`, awaited."""
