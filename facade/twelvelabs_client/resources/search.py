"""``client.search``: search an index with text or an image, and fetch further result pages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, Unpack, cast, overload

from twelvelabs_generated.api.search import create_search, retrieve_search_page
from twelvelabs_generated.models import (
    GroupBy,
    Operator,
    QueryMediaType,
    SearchClip,
    SearchOption,
    SearchPage,
    SearchRequest,
    SearchSortOption,
    SearchVideoGroup,
    Threshold,
    TranscriptionOption,
)
from twelvelabs_generated.types import UNSET

from .._operations import Awaited
from .._paging import AsyncSearchResults, SearchResults, check_max_results
from .._uploads import MAX_SEARCH_IMAGE_BYTES, FileInput, ProgressCallback
from .._validation import (
    MAX_PAGE_LIMIT,
    check_enum_list,
    check_page_limit,
    check_text,
    check_url,
)
from ..errors import InvalidInputError
from ..types import (
    GroupByValue,
    OperatorValue,
    QueryMediaTypeValue,
    SearchOptionValue,
    SearchSortOptionValue,
    ThresholdValue,
    TranscriptionOptionValue,
)
from ._base import (
    AsyncResource,
    CallOptions,
    Request,
    Resource,
    Searched,
    SyncResource,
    api_method,
    check_ids,
    json_object_text,
    opt_bool,
    opt_enum,
    opt_enum_list,
    opt_number,
    unset,
)

__all__ = ["AsyncSearch", "Search", "SearchMethods", "SearchResultItem"]

#: What iterating search results yields: clips, or video groups with ``group_by="video"``.
SearchResultItem = SearchClip | SearchVideoGroup

#: The most query images one search takes (``query_media_url`` or ``query_media_file``).
MAX_QUERY_IMAGES = 10


def _images(argument: str, value: Any, *, several: type | tuple[type, ...]) -> list[Any]:
    """One image, or up to 10 given as a ``several`` (a list of files: a tuple is one file
    given as ``(filename, data)``; a list or tuple of URLs)."""
    if value is None:
        return []
    images = list(cast(Sequence[Any], value)) if isinstance(value, several) else [value]
    if not images:
        raise InvalidInputError(argument, "the list of images is empty")
    if len(images) > MAX_QUERY_IMAGES:
        raise InvalidInputError(
            argument, f"at most {MAX_QUERY_IMAGES} images per search, got {len(images)}"
        )
    return images


class SearchMethods(Resource):
    """The methods of ``client.search``, shared by :class:`Search` and :class:`AsyncSearch`."""

    @api_method
    def query(
        self,
        index_id: str,
        *,
        search_options: SearchOptionValue | Sequence[SearchOptionValue],
        query_text: str | None = None,
        query_media_file: FileInput | list[FileInput] | None = None,
        query_media_url: str | Sequence[str] | None = None,
        query_media_type: QueryMediaTypeValue | None = None,
        group_by: GroupByValue | None = None,
        threshold: ThresholdValue | None = None,
        sort_option: SearchSortOptionValue | None = None,
        operator: OperatorValue | None = None,
        page_limit: int | None = None,
        filter: Mapping[str, Any] | str | None = None,
        adjust_confidence_level: float | None = None,
        include_user_metadata: bool | None = None,
        max_results: int | None = None,
        progress: ProgressCallback | None = None,
        transcription_options: TranscriptionOptionValue
        | Sequence[TranscriptionOptionValue]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Searched[SearchPage, SearchResultItem]:
        """Search an index; returns :class:`SearchResults` over every page of results.

        ``search_options``: any of ``"visual"``, ``"audio"`` and ``"transcription"`` (the
        spoken words, on any Marengo 3.0 index: it is not an index model option;
        ``transcription_options`` picks ``"lexical"`` and/or ``"semantic"`` matching). Give ``query_text`` and/or images: up to 10 as
        ``query_media_file`` (a path, open binary file or bytes, at most 5 MB each; a list for
        several) or ``query_media_url`` (a URL or a list). ``filter`` is a dict such as
        ``{"duration": {"gte": 60}}``. Items carry ``rank`` (1 is the best match) on the live
        API, ``score``/``confidence`` from older servers. ``threshold``, ``sort_option`` and
        ``adjust_confidence_level`` are still sent, but the live API ignores them.

        The search is sent at once. Iterating the results yields clips (or video groups with
        ``group_by="video"``) across pages, fetching each next page
        (``GET /search/{next_page_token}``) only when needed; ``.pages()`` yields the pages
        themselves; ``.first_page``, ``.search_pool`` and ``.page_info`` describe the first.
        ``max_results`` stops after that many items (and, without ``page_limit``, asks for
        pages of that size, up to 50). Page tokens expire about an hour after the search.
        """
        check_ids(index_id=index_id)
        if query_text is None and query_media_file is None and query_media_url is None:
            raise InvalidInputError(
                "query_text",
                "give a text query, or an image as query_media_file or query_media_url",
            )
        if query_text is not None:
            check_text("query_text", query_text)
        files = _images("query_media_file", query_media_file, several=list)
        urls = [
            check_url("query_media_url", url)
            for url in _images("query_media_url", query_media_url, several=(list, tuple))
        ]
        if files and urls:
            raise InvalidInputError(
                "query_media_file", "give either query_media_file or query_media_url, not both"
            )
        has_media = bool(files or urls)
        if query_media_type is None and has_media:
            query_media_type = QueryMediaType.IMAGE.value
        with_metadata = opt_bool("include_user_metadata", include_user_metadata)
        limit = check_max_results(max_results)
        if limit is not None and page_limit is None:
            page_limit = min(limit, MAX_PAGE_LIMIT)
        grouping = opt_enum("group_by", group_by, GroupBy)
        sorting = opt_enum("sort_option", sort_option, SearchSortOption)
        if sorting == SearchSortOption.CLIP_COUNT and grouping != GroupBy.VIDEO:
            raise InvalidInputError("sort_option", "'clip_count' sorting needs group_by='video'")
        fields: dict[str, Any] = {
            "index_id": index_id,
            "search_options": check_enum_list("search_options", search_options, SearchOption),
            "query_text": unset(query_text),
            "transcription_options": opt_enum_list(
                "transcription_options", transcription_options, TranscriptionOption
            ),
            "query_media_url": (
                UNSET
                if not urls
                else urls
                if isinstance(query_media_url, list | tuple)
                else urls[0]
            ),
            "query_media_type": opt_enum("query_media_type", query_media_type, QueryMediaType),
            "group_by": grouping,
            "threshold": opt_enum("threshold", threshold, Threshold),
            "sort_option": sorting,
            "operator": opt_enum("operator", operator, Operator),
            "page_limit": unset(check_page_limit(page_limit)),
            "filter_": unset(None if filter is None else json_object_text("filter", filter)),
            "adjust_confidence_level": opt_number(
                "adjust_confidence_level", adjust_confidence_level, minimum=0, maximum=1
            ),
            "include_user_metadata": with_metadata,
        }
        uploads = self._uploads()
        images = [
            uploads.part(
                "query_media_file", file, max_bytes=MAX_SEARCH_IMAGE_BYTES, progress=progress
            )
            for file in files
        ]
        image: Any = UNSET
        if images:
            image = images if isinstance(query_media_file, list) else images[0]
        body = SearchRequest(**fields, query_media_file=image)
        first = self._request(
            create_search.request_kwargs(body=body),
            SearchPage.from_dict,
            options,
            safe_to_repeat=True,  # finds, creates nothing (an image is never re-sent)
            uploads=uploads,
        )

        def page(token: str) -> Request[SearchPage]:
            # Later pages keep the search's options: the token stands for them, and
            # include_user_metadata is the one option GET /search/{token} takes again.
            kwargs = retrieve_search_page.request_kwargs(token, include_user_metadata=with_metadata)
            return self._request(kwargs, SearchPage.from_dict, options)

        return Searched(first, page, max_results=max_results)

    @api_method
    def retrieve_page(
        self,
        page_token: str,
        *,
        include_user_metadata: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[SearchPage]:
        """The results page of a ``next_page_token`` (or ``prev_page_token``).

        Tokens expire about an hour after the search:
        :class:`~twelvelabs_client.errors.SearchPageExpiredError` then says to search again.
        """
        check_ids(page_token=page_token)
        return self._request(
            retrieve_search_page.request_kwargs(
                page_token,
                include_user_metadata=opt_bool("include_user_metadata", include_user_metadata),
            ),
            SearchPage.from_dict,
            options,
        )


class _QueryArgs(CallOptions, total=False):
    """The arguments of ``query`` but ``index_id`` and ``group_by`` (for the overloads below)."""

    search_options: Required[SearchOptionValue | Sequence[SearchOptionValue]]
    query_text: str | None
    query_media_file: FileInput | list[FileInput] | None
    query_media_url: str | Sequence[str] | None
    query_media_type: QueryMediaTypeValue | None
    threshold: ThresholdValue | None
    sort_option: SearchSortOptionValue | None
    operator: OperatorValue | None
    page_limit: int | None
    filter: Mapping[str, Any] | str | None
    adjust_confidence_level: float | None
    include_user_metadata: bool | None
    max_results: int | None
    progress: ProgressCallback | None
    transcription_options: TranscriptionOptionValue | Sequence[TranscriptionOptionValue] | None


class Search(SyncResource, SearchMethods):
    """``client.search``: search an index with text or an image, and fetch further result pages."""

    if TYPE_CHECKING:  # the results yield video groups with group_by="video", else clips

        @overload
        def query(
            self, index_id: str, *, group_by: Literal["video"], **args: Unpack[_QueryArgs]
        ) -> SearchResults[SearchPage, SearchVideoGroup]: ...
        @overload
        def query(
            self,
            index_id: str,
            *,
            group_by: Literal["clip"] | None = None,
            **args: Unpack[_QueryArgs],
        ) -> SearchResults[SearchPage, SearchClip]: ...
        @overload
        def query(
            self, index_id: str, *, group_by: GroupByValue | None = None, **args: Unpack[_QueryArgs]
        ) -> SearchResults[SearchPage, SearchResultItem]: ...
        def query(self, index_id: str, *, group_by: Any = None, **args: Any) -> Any: ...


class AsyncSearch(AsyncResource, SearchMethods):
    """``async_client.search``: the methods of :class:`Search`, awaited."""

    if TYPE_CHECKING:

        @overload
        def query(
            self, index_id: str, *, group_by: Literal["video"], **args: Unpack[_QueryArgs]
        ) -> Awaited[AsyncSearchResults[SearchPage, SearchVideoGroup]]: ...
        @overload
        def query(
            self,
            index_id: str,
            *,
            group_by: Literal["clip"] | None = None,
            **args: Unpack[_QueryArgs],
        ) -> Awaited[AsyncSearchResults[SearchPage, SearchClip]]: ...
        @overload
        def query(
            self, index_id: str, *, group_by: GroupByValue | None = None, **args: Unpack[_QueryArgs]
        ) -> Awaited[AsyncSearchResults[SearchPage, SearchResultItem]]: ...
        def query(self, index_id: str, *, group_by: Any = None, **args: Any) -> Any: ...
