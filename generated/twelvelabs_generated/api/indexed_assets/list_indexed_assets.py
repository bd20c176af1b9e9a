from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.indexed_asset_list import IndexedAssetList
from ...models.indexed_asset_status_filter import IndexedAssetStatusFilter
from ...models.sort_by import SortBy
from ...models.sort_option import SortOption
from ...types import UNSET, Response, Unset


def request_kwargs(
    index_id: str,
    *,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    sort_by: SortBy | Unset = UNSET,
    sort_option: SortOption | Unset = UNSET,
    status: list[IndexedAssetStatusFilter] | Unset = UNSET,
    filename: str | Unset = UNSET,
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

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["filename"] = filename

    params["created_at"] = created_at

    params["updated_at"] = updated_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/indexed-assets".format(
            index_id=quote(str(index_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | IndexedAssetList | None:
    if response.status_code == 200:
        response_200 = IndexedAssetList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | IndexedAssetList]:
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
    status: list[IndexedAssetStatusFilter] | Unset = UNSET,
    filename: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Response[Error | IndexedAssetList]:
    """List the indexed assets of an index

     Returns one page of the index's indexed assets, newest first unless sorting says
    otherwise. Range filters on the fields listed in `x-range-filters` go out as bracket
    keys (`duration[gte]=60&duration[lte]=600`; both bounds equal for an exact match), and
    user-metadata filters as one query key per metadata key (`?category=news`; the API's
    own descriptions also show `user_metadata[category]=news`). Neither can be expressed
    as OpenAPI parameters the generator honours, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        status (list[IndexedAssetStatusFilter] | Unset):
        filename (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexedAssetList]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        status=status,
        filename=filename,
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
    status: list[IndexedAssetStatusFilter] | Unset = UNSET,
    filename: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Error | IndexedAssetList | None:
    """List the indexed assets of an index

     Returns one page of the index's indexed assets, newest first unless sorting says
    otherwise. Range filters on the fields listed in `x-range-filters` go out as bracket
    keys (`duration[gte]=60&duration[lte]=600`; both bounds equal for an exact match), and
    user-metadata filters as one query key per metadata key (`?category=news`; the API's
    own descriptions also show `user_metadata[category]=news`). Neither can be expressed
    as OpenAPI parameters the generator honours, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        status (list[IndexedAssetStatusFilter] | Unset):
        filename (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexedAssetList
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        status=status,
        filename=filename,
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
    status: list[IndexedAssetStatusFilter] | Unset = UNSET,
    filename: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Response[Error | IndexedAssetList]:
    """List the indexed assets of an index

     Returns one page of the index's indexed assets, newest first unless sorting says
    otherwise. Range filters on the fields listed in `x-range-filters` go out as bracket
    keys (`duration[gte]=60&duration[lte]=600`; both bounds equal for an exact match), and
    user-metadata filters as one query key per metadata key (`?category=news`; the API's
    own descriptions also show `user_metadata[category]=news`). Neither can be expressed
    as OpenAPI parameters the generator honours, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        status (list[IndexedAssetStatusFilter] | Unset):
        filename (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexedAssetList]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        status=status,
        filename=filename,
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
    status: list[IndexedAssetStatusFilter] | Unset = UNSET,
    filename: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Error | IndexedAssetList | None:
    """List the indexed assets of an index

     Returns one page of the index's indexed assets, newest first unless sorting says
    otherwise. Range filters on the fields listed in `x-range-filters` go out as bracket
    keys (`duration[gte]=60&duration[lte]=600`; both bounds equal for an exact match), and
    user-metadata filters as one query key per metadata key (`?category=news`; the API's
    own descriptions also show `user_metadata[category]=news`). Neither can be expressed
    as OpenAPI parameters the generator honours, so the facade adds those keys.

    Args:
        index_id (str):
        page (int | Unset):
        page_limit (int | Unset):
        sort_by (SortBy | Unset): Timestamp field used to order a listing.
        sort_option (SortOption | Unset): Ordering direction: `asc` (oldest first) or `desc`
            (newest first).
        status (list[IndexedAssetStatusFilter] | Unset):
        filename (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexedAssetList
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
            page=page,
            page_limit=page_limit,
            sort_by=sort_by,
            sort_option=sort_option,
            status=status,
            filename=filename,
            created_at=created_at,
            updated_at=updated_at,
        )
    ).parsed
