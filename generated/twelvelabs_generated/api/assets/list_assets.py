from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_list import AssetList
from ...models.asset_type import AssetType
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetType] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_asset_ids: list[str] | Unset = UNSET
    if not isinstance(asset_ids, Unset):
        json_asset_ids = asset_ids

    params["asset_ids"] = json_asset_ids

    json_asset_types: list[str] | Unset = UNSET
    if not isinstance(asset_types, Unset):
        json_asset_types = []
        for asset_types_item_data in asset_types:
            asset_types_item = asset_types_item_data.value
            json_asset_types.append(asset_types_item)

    params["asset_types"] = json_asset_types

    params["filename"] = filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssetList | Error | None:
    if response.status_code == 200:
        response_200 = AssetList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssetList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetType] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> Response[AssetList | Error]:
    """List assets

     Returns one page of the account's assets, newest first.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        asset_ids (list[str] | Unset):
        asset_types (list[AssetType] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetList | Error]
    """

    kwargs = request_kwargs(
        page=page,
        page_limit=page_limit,
        asset_ids=asset_ids,
        asset_types=asset_types,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetType] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> AssetList | Error | None:
    """List assets

     Returns one page of the account's assets, newest first.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        asset_ids (list[str] | Unset):
        asset_types (list[AssetType] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        asset_ids=asset_ids,
        asset_types=asset_types,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetType] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> Response[AssetList | Error]:
    """List assets

     Returns one page of the account's assets, newest first.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        asset_ids (list[str] | Unset):
        asset_types (list[AssetType] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetList | Error]
    """

    kwargs = request_kwargs(
        page=page,
        page_limit=page_limit,
        asset_ids=asset_ids,
        asset_types=asset_types,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetType] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> AssetList | Error | None:
    """List assets

     Returns one page of the account's assets, newest first.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        asset_ids (list[str] | Unset):
        asset_types (list[AssetType] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            asset_ids=asset_ids,
            asset_types=asset_types,
            filename=filename,
        )
    ).parsed
