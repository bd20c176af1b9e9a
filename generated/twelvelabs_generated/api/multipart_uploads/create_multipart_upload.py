from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_multipart_upload_request import CreateMultipartUploadRequest
from ...models.error import Error
from ...models.multipart_upload import MultipartUpload
from ...types import Response


def request_kwargs(
    *,
    body: CreateMultipartUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/multipart-uploads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MultipartUpload | None:
    if response.status_code == 201:
        response_201 = MultipartUpload.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | MultipartUpload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMultipartUploadRequest,
) -> Response[Error | MultipartUpload]:
    """Start a multipart upload

     Opens an upload session for a large local file (video and audio up to 10 GB, images up
    to 32 MB). The server chooses the chunk size and count from `total_size` and returns
    the first presigned URLs (which may not cover every chunk). Each chunk is sent with a
    PUT of its raw bytes to its URL (a storage host, not this API: no API key there; keep
    the `ETag` of the answer without its quotes) and then reported. The session lasts
    24 hours, each URL one hour.

    Args:
        body (CreateMultipartUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MultipartUpload]
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
    body: CreateMultipartUploadRequest,
) -> Error | MultipartUpload | None:
    """Start a multipart upload

     Opens an upload session for a large local file (video and audio up to 10 GB, images up
    to 32 MB). The server chooses the chunk size and count from `total_size` and returns
    the first presigned URLs (which may not cover every chunk). Each chunk is sent with a
    PUT of its raw bytes to its URL (a storage host, not this API: no API key there; keep
    the `ETag` of the answer without its quotes) and then reported. The session lasts
    24 hours, each URL one hour.

    Args:
        body (CreateMultipartUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MultipartUpload
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMultipartUploadRequest,
) -> Response[Error | MultipartUpload]:
    """Start a multipart upload

     Opens an upload session for a large local file (video and audio up to 10 GB, images up
    to 32 MB). The server chooses the chunk size and count from `total_size` and returns
    the first presigned URLs (which may not cover every chunk). Each chunk is sent with a
    PUT of its raw bytes to its URL (a storage host, not this API: no API key there; keep
    the `ETag` of the answer without its quotes) and then reported. The session lasts
    24 hours, each URL one hour.

    Args:
        body (CreateMultipartUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MultipartUpload]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMultipartUploadRequest,
) -> Error | MultipartUpload | None:
    """Start a multipart upload

     Opens an upload session for a large local file (video and audio up to 10 GB, images up
    to 32 MB). The server chooses the chunk size and count from `total_size` and returns
    the first presigned URLs (which may not cover every chunk). Each chunk is sent with a
    PUT of its raw bytes to its URL (a storage host, not this API: no API key there; keep
    the `ETag` of the answer without its quotes) and then reported. The session lasts
    24 hours, each URL one hour.

    Args:
        body (CreateMultipartUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MultipartUpload
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
