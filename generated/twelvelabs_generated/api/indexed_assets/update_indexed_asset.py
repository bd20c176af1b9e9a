from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_indexed_asset_request import UpdateIndexedAssetRequest
from ...types import Response


def request_kwargs(
    index_id: str,
    indexed_asset_id: str,
    *,
    body: UpdateIndexedAssetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/indexes/{index_id}/indexed-assets/{indexed_asset_id}".format(
            index_id=quote(str(index_id), safe=""),
            indexed_asset_id=quote(str(indexed_asset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIndexedAssetRequest,
) -> Response[Any | Error]:
    """Update an indexed asset's user metadata

     Partial update of the user metadata: keys left out keep their values and a key set to
    null is deleted. Answers 200 (or 204) with an empty body.

    Args:
        index_id (str):
        indexed_asset_id (str):
        body (UpdateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        indexed_asset_id=indexed_asset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIndexedAssetRequest,
) -> Any | Error | None:
    """Update an indexed asset's user metadata

     Partial update of the user metadata: keys left out keep their values and a key set to
    null is deleted. Answers 200 (or 204) with an empty body.

    Args:
        index_id (str):
        indexed_asset_id (str):
        body (UpdateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        index_id=index_id,
        indexed_asset_id=indexed_asset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIndexedAssetRequest,
) -> Response[Any | Error]:
    """Update an indexed asset's user metadata

     Partial update of the user metadata: keys left out keep their values and a key set to
    null is deleted. Answers 200 (or 204) with an empty body.

    Args:
        index_id (str):
        indexed_asset_id (str):
        body (UpdateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        indexed_asset_id=indexed_asset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateIndexedAssetRequest,
) -> Any | Error | None:
    """Update an indexed asset's user metadata

     Partial update of the user metadata: keys left out keep their values and a key set to
    null is deleted. Answers 200 (or 204) with an empty body.

    Args:
        index_id (str):
        indexed_asset_id (str):
        body (UpdateIndexedAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            indexed_asset_id=indexed_asset_id,
            client=client,
            body=body,
        )
    ).parsed
