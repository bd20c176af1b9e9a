from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.create_asset_request import CreateAssetRequest
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: CreateAssetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Asset | Error | None:
    if response.status_code == 201:
        response_201 = Asset.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Asset | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssetRequest,
) -> Response[Asset | Error]:
    """Upload an asset

     Stores a media file as a reusable asset, from an uploaded file (`method=direct`: video
    and audio up to 200 MB, images up to 32 MB) or a URL (`method=url`: up to 4 GB). Larger
    local files go through a multipart upload. Always multipart/form-data. The asset starts
    `processing`; poll it until `ready` before indexing, analyzing or embedding it. The
    server's defaults for `enable_hls` and `enable_thumbnail` changed (false in the
    2026-07-30 description, true since SDK 1.3.5), so send them explicitly.

    Args:
        body (CreateAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssetRequest,
) -> Asset | Error | None:
    """Upload an asset

     Stores a media file as a reusable asset, from an uploaded file (`method=direct`: video
    and audio up to 200 MB, images up to 32 MB) or a URL (`method=url`: up to 4 GB). Larger
    local files go through a multipart upload. Always multipart/form-data. The asset starts
    `processing`; poll it until `ready` before indexing, analyzing or embedding it. The
    server's defaults for `enable_hls` and `enable_thumbnail` changed (false in the
    2026-07-30 description, true since SDK 1.3.5), so send them explicitly.

    Args:
        body (CreateAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssetRequest,
) -> Response[Asset | Error]:
    """Upload an asset

     Stores a media file as a reusable asset, from an uploaded file (`method=direct`: video
    and audio up to 200 MB, images up to 32 MB) or a URL (`method=url`: up to 4 GB). Larger
    local files go through a multipart upload. Always multipart/form-data. The asset starts
    `processing`; poll it until `ready` before indexing, analyzing or embedding it. The
    server's defaults for `enable_hls` and `enable_thumbnail` changed (false in the
    2026-07-30 description, true since SDK 1.3.5), so send them explicitly.

    Args:
        body (CreateAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssetRequest,
) -> Asset | Error | None:
    """Upload an asset

     Stores a media file as a reusable asset, from an uploaded file (`method=direct`: video
    and audio up to 200 MB, images up to 32 MB) or a URL (`method=url`: up to 4 GB). Larger
    local files go through a multipart upload. Always multipart/form-data. The asset starts
    `processing`; poll it until `ready` before indexing, analyzing or embedding it. The
    server's defaults for `enable_hls` and `enable_thumbnail` changed (false in the
    2026-07-30 description, true since SDK 1.3.5), so send them explicitly.

    Args:
        body (CreateAssetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
