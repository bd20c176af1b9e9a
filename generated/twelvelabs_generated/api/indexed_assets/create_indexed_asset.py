from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_indexed_asset_request import CreateIndexedAssetRequest
from ...models.created_indexed_asset import CreatedIndexedAsset
from ...models.error import Error
from ...types import Response


def request_kwargs(
    index_id: str,
    *,
    body: CreateIndexedAssetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/indexes/{index_id}/indexed-assets".format(
            index_id=quote(str(index_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedIndexedAsset | Error | None:
    if response.status_code == 202:
        response_202 = CreatedIndexedAsset.from_dict(response.json())

        return response_202

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
) -> Response[CreatedIndexedAsset | Error]:
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
    body: CreateIndexedAssetRequest,
) -> Response[CreatedIndexedAsset | Error]:
    """Index an asset

     Starts indexing a `ready` asset into an index (the replacement of `POST /tasks`). The
    answer holds the indexed asset's id; poll it until `ready` or `failed`. Counts against
    the index's limits and is rate-limited.

    Args:
        index_id (str):
        body (CreateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedIndexedAsset | Error]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexedAssetRequest,
) -> CreatedIndexedAsset | Error | None:
    """Index an asset

     Starts indexing a `ready` asset into an index (the replacement of `POST /tasks`). The
    answer holds the indexed asset's id; poll it until `ready` or `failed`. Counts against
    the index's limits and is rate-limited.

    Args:
        index_id (str):
        body (CreateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedIndexedAsset | Error
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexedAssetRequest,
) -> Response[CreatedIndexedAsset | Error]:
    """Index an asset

     Starts indexing a `ready` asset into an index (the replacement of `POST /tasks`). The
    answer holds the indexed asset's id; poll it until `ready` or `failed`. Counts against
    the index's limits and is rate-limited.

    Args:
        index_id (str):
        body (CreateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedIndexedAsset | Error]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateIndexedAssetRequest,
) -> CreatedIndexedAsset | Error | None:
    """Index an asset

     Starts indexing a `ready` asset into an index (the replacement of `POST /tasks`). The
    answer holds the indexed asset's id; poll it until `ready` or `failed`. Counts against
    the index's limits and is rate-limited.

    Args:
        index_id (str):
        body (CreateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedIndexedAsset | Error
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
            body=body,
        )
    ).parsed
