"""``client.videos``: list, inspect, annotate and delete the videos of an index.

Marked for deprecation by the API (they still work; no warning is emitted): new code
should use client.indexed_assets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Unpack

from twelvelabs_generated.api.videos import delete_video, list_videos, retrieve_video, update_video
from twelvelabs_generated.models import (
    EmbeddingOption,
    UpdateVideoRequest,
    UserMetadata,
    Video,
    VideoList,
)

from .._validation import (
    check_int,
    check_number,
    check_text,
    check_user_metadata,
    check_user_metadata_patch,
    date_param,
)
from ..errors import InvalidInputError
from ..types import EmbeddingOptionValue, SortByValue, SortOptionValue
from ._base import (
    AsyncResource,
    CallOptions,
    DateFilter,
    Paged,
    Request,
    Resource,
    SyncResource,
    api_method,
    check_ids,
    opt_bool,
    opt_enum_list,
    sort_params,
)

__all__ = ["RANGE_OPERATORS", "AsyncVideos", "Videos", "VideosMethods"]

#: Comparison keys of a range filter: ``duration={"gte": 60, "lte": 600}``.
RANGE_OPERATORS = ("gte", "lte")


def _number(argument: str, value: object) -> float:
    return check_number(argument, value, minimum=0)


def _int(argument: str, value: object) -> int:
    return check_int(argument, value, minimum=0)


#: The documented filters of GET /indexes/{index-id}/videos and how each value is checked.
_FILTERS: dict[str, Callable[[str, object], object]] = {
    "filename": check_text,
    "duration": _number,
    "fps": _number,
    "width": _int,
    "height": _int,
    "size": _number,
    "created_at": date_param,
    "updated_at": date_param,
}
#: Query keys user-metadata filters may not use.
RESERVED_QUERY_KEYS = frozenset({"page", "page_limit", "sort_by", "sort_option", *_FILTERS})


def filter_params(
    filters: Mapping[str, object], user_metadata: Mapping[str, Any] | None
) -> dict[str, Any]:
    """Query parameters for exact (``width=1920``) and range (``duration={"gte": 60}``) filters,
    and the user-metadata filters (see :func:`metadata_params`).

    A range becomes bracket keys: ``duration[gte]=60&duration[lte]=600``.
    """
    params: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        check = _FILTERS[name]
        if not isinstance(value, Mapping):
            params[name] = check(name, value)
            continue
        if not value:
            raise InvalidInputError(name, f"a range needs at least one of {RANGE_OPERATORS}")
        for operator, bound in value.items():
            if operator not in RANGE_OPERATORS:
                raise InvalidInputError(
                    name, f"unknown range operator {operator!r}; use {' or '.join(RANGE_OPERATORS)}"
                )
            params[f"{name}[{operator}]"] = check(f"{name}[{operator}]", bound)
    if user_metadata is not None:
        params.update(metadata_params(user_metadata))
    return params


def embedding_params(embedding_option: object, transcription: object) -> dict[str, Any]:
    """The query of a retrieve that may add the item's embeddings (``embedding_option``) and
    its transcription, checked (a video or an indexed asset)."""
    return {
        "embedding_option": opt_enum_list("embedding_option", embedding_option, EmbeddingOption),
        "transcription": opt_bool("transcription", transcription),
    }


def metadata_params(user_metadata: Mapping[str, Any]) -> dict[str, Any]:
    """User-metadata filters as top-level query keys (``?category=news&reviewed=true``)."""
    params = check_user_metadata("user_metadata", user_metadata)
    for key in params:
        if key.split("[", 1)[0] in RESERVED_QUERY_KEYS:
            raise InvalidInputError(
                "user_metadata",
                f"the key {key!r} clashes with the documented query parameter of the same "
                "name; filter on it with the keyword argument instead",
            )
    return dict(params)


class VideosMethods(Resource):
    """The methods of ``client.videos``, shared by :class:`Videos` and :class:`AsyncVideos`."""

    @api_method
    def list(
        self,
        index_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortByValue | None = None,
        sort_option: SortOptionValue | None = None,
        filename: str | None = None,
        duration: float | Mapping[str, float] | None = None,
        fps: float | Mapping[str, float] | None = None,
        width: int | Mapping[str, int] | None = None,
        height: int | Mapping[str, int] | None = None,
        size: float | Mapping[str, float] | None = None,
        created_at: DateFilter | Mapping[str, DateFilter] | None = None,
        updated_at: DateFilter | Mapping[str, DateFilter] | None = None,
        user_metadata: Mapping[str, str | int | float | bool] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[VideoList, Video]:
        """Iterate the videos of an index across pages (``.pages()`` for the page objects).

        Numeric and date filters take an exact value (``width=1920``) or a range
        (``duration={"gte": 60, "lte": 600}``). ``user_metadata={"category": "news"}`` filters
        on metadata keys (sent as top-level query keys).
        """
        check_ids(index_id=index_id)
        extra = filter_params(
            {
                "filename": filename,
                "duration": duration,
                "fps": fps,
                "width": width,
                "height": height,
                "size": size,
                "created_at": created_at,
                "updated_at": updated_at,
            },
            user_metadata,
        )
        return self._paged(
            functools.partial(list_videos.request_kwargs, index_id),
            sort_params(sort_by, sort_option),
            VideoList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
            extra_params=extra,
        )

    @api_method
    def retrieve(
        self,
        index_id: str,
        video_id: str,
        *,
        embedding_option: EmbeddingOptionValue | Sequence[EmbeddingOptionValue] | None = None,
        transcription: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[Video]:
        """One video; ``embedding_option`` (``"visual-text"``, ``"audio"``) adds its embeddings,
        ``transcription=True`` its transcription."""
        check_ids(index_id=index_id, video_id=video_id)
        query = embedding_params(embedding_option, transcription)
        return self._request(
            retrieve_video.request_kwargs(index_id, video_id, **query),
            Video.from_dict,
            options,
            carries_embeddings=embedding_option is not None,
        )

    @api_method
    def update(
        self,
        index_id: str,
        video_id: str,
        *,
        user_metadata: Mapping[str, str | int | float | bool | None],
        **options: Unpack[CallOptions],
    ) -> Request[None]:
        """Change a video's user metadata with a partial update (``PATCH``): each key given is
        set (values: str, int, float or bool), a key given as ``None`` is deleted, and keys not
        given keep their values."""
        check_ids(index_id=index_id, video_id=video_id)
        body = UpdateVideoRequest(
            user_metadata=UserMetadata.from_dict(check_user_metadata_patch(user_metadata))
        )
        return self._request_no_content(
            update_video.request_kwargs(index_id, video_id, body=body), options
        )

    @api_method
    def delete(self, index_id: str, video_id: str, **options: Unpack[CallOptions]) -> Request[None]:
        check_ids(index_id=index_id, video_id=video_id)
        return self._request_no_content(delete_video.request_kwargs(index_id, video_id), options)


class Videos(SyncResource, VideosMethods):
    """``client.videos``: list, inspect, annotate and delete the videos of an index (marked for
    deprecation by the API in favour of indexed assets; no warning is emitted)."""


class AsyncVideos(AsyncResource, VideosMethods):
    """``async_client.videos``: the methods of :class:`Videos`, awaited."""
