from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sort_by import SortBy
from ...models.sort_option import SortOption
from ...models.video_list import VideoList
from ...types import UNSET, Response, Unset


def request_kwargs(
    index_id: str,
    *,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_option: SortOption | Unset = UNSET,
    filename: str | Unset = UNSET,
    duration: float | Unset = UNSET,
    fps: float | Unset = UNSET,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    size: float | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_option: str | Unset = UNSET
    if not isinstance(sort_option, Unset):
        json_sort_option = sort_option.value

    params["sort_option"] = json_sort_option

    params["filename"] = filename

    params["duration"] = duration

    params["fps"] = fps

    params["width"] = width

    params["height"] = height

    params["size"] = size

    params["created_at"] = created_at

    params["updated_at"] = updated_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/videos".format(
            index_id=quote(str(index_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | VideoList | None:
    if response.status_code == 200:
        response_200 = VideoList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | VideoList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_option: SortOption | Unset = UNSET,
    filename: str | Unset = UNSET,
    duration: float | Unset = UNSET,
    fps: float | Unset = UNSET,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    size: float | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Response[Error | VideoList]:
    """List videos in an index

     The API announces this operation for removal; its replacement is GET
    /indexes/{index-id}/indexed-assets.

    Returns one page of the videos in an index, newest first unless sorting says otherwise.

    The scalar filters below match exactly (the 2025 API). The live API takes range filters
    on the fields listed in `x-range-filters` instead (`duration[gte]=10`, `size[lte]=...`),
    and user-metadata filters as one top-level query key per metadata key
    (`?category=news`); neither can be expressed here, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        filename (str | Unset):
        duration (float | Unset):
        fps (float | Unset):
        width (int | Unset):
        height (int | Unset):
        size (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoList]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        filename=filename,
        duration=duration,
        fps=fps,
        width=width,
        height=height,
        size=size,
        created_at=created_at,
        updated_at=updated_at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_option: SortOption | Unset = UNSET,
    filename: str | Unset = UNSET,
    duration: float | Unset = UNSET,
    fps: float | Unset = UNSET,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    size: float | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Error | VideoList | None:
    """List videos in an index

     The API announces this operation for removal; its replacement is GET
    /indexes/{index-id}/indexed-assets.

    Returns one page of the videos in an index, newest first unless sorting says otherwise.

    The scalar filters below match exactly (the 2025 API). The live API takes range filters
    on the fields listed in `x-range-filters` instead (`duration[gte]=10`, `size[lte]=...`),
    and user-metadata filters as one top-level query key per metadata key
    (`?category=news`); neither can be expressed here, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        filename (str | Unset):
        duration (float | Unset):
        fps (float | Unset):
        width (int | Unset):
        height (int | Unset):
        size (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoList
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        filename=filename,
        duration=duration,
        fps=fps,
        width=width,
        height=height,
        size=size,
        created_at=created_at,
        updated_at=updated_at,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_option: SortOption | Unset = UNSET,
    filename: str | Unset = UNSET,
    duration: float | Unset = UNSET,
    fps: float | Unset = UNSET,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    size: float | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Response[Error | VideoList]:
    """List videos in an index

     The API announces this operation for removal; its replacement is GET
    /indexes/{index-id}/indexed-assets.

    Returns one page of the videos in an index, newest first unless sorting says otherwise.

    The scalar filters below match exactly (the 2025 API). The live API takes range filters
    on the fields listed in `x-range-filters` instead (`duration[gte]=10`, `size[lte]=...`),
    and user-metadata filters as one top-level query key per metadata key
    (`?category=news`); neither can be expressed here, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        filename (str | Unset):
        duration (float | Unset):
        fps (float | Unset):
        width (int | Unset):
        height (int | Unset):
        size (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VideoList]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        filename=filename,
        duration=duration,
        fps=fps,
        width=width,
        height=height,
        size=size,
        created_at=created_at,
        updated_at=updated_at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_option: SortOption | Unset = UNSET,
    filename: str | Unset = UNSET,
    duration: float | Unset = UNSET,
    fps: float | Unset = UNSET,
    width: int | Unset = UNSET,
    height: int | Unset = UNSET,
    size: float | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Error | VideoList | None:
    """List videos in an index

     The API announces this operation for removal; its replacement is GET
    /indexes/{index-id}/indexed-assets.

    Returns one page of the videos in an index, newest first unless sorting says otherwise.

    The scalar filters below match exactly (the 2025 API). The live API takes range filters
    on the fields listed in `x-range-filters` instead (`duration[gte]=10`, `size[lte]=...`),
    and user-metadata filters as one top-level query key per metadata key
    (`?category=news`); neither can be expressed here, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        filename (str | Unset):
        duration (float | Unset):
        fps (float | Unset):
        width (int | Unset):
        height (int | Unset):
        size (float | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VideoList
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
            page=page,
            page_limit=page_limit,
            sort_by=sort_by,
            sort_option=sort_option,
            filename=filename,
            duration=duration,
            fps=fps,
            width=width,
            height=height,
            size=size,
            created_at=created_at,
            updated_at=updated_at,
        )
    ).parsed
