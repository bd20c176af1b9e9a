from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.multipart_upload_status import MultipartUploadStatus
from ...types import UNSET, Response, Unset


def request_kwargs(
    upload_id: str,
    *,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assets/multipart-uploads/{upload_id}".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MultipartUploadStatus | None:
    if response.status_code == 200:
        response_200 = MultipartUploadStatus.from_dict(response.json())

        return response_200

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
) -> Response[Error | MultipartUploadStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Response[Error | MultipartUploadStatus]:
    """Retrieve a multipart upload's progress

     Returns the session's state and one page of its chunks with their states (`page` and
    `page_limit` page through `uploaded_chunks`). A chunk stays `pending` until it is
    reported, even when its bytes arrived.

    Args:
        upload_id (str):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MultipartUploadStatus]
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        page=page,
        page_limit=page_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Error | MultipartUploadStatus | None:
    """Retrieve a multipart upload's progress

     Returns the session's state and one page of its chunks with their states (`page` and
    `page_limit` page through `uploaded_chunks`). A chunk stays `pending` until it is
    reported, even when its bytes arrived.

    Args:
        upload_id (str):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MultipartUploadStatus
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        page=page,
        page_limit=page_limit,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Response[Error | MultipartUploadStatus]:
    """Retrieve a multipart upload's progress

     Returns the session's state and one page of its chunks with their states (`page` and
    `page_limit` page through `uploaded_chunks`). A chunk stays `pending` until it is
    reported, even when its bytes arrived.

    Args:
        upload_id (str):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MultipartUploadStatus]
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        page=page,
        page_limit=page_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Error | MultipartUploadStatus | None:
    """Retrieve a multipart upload's progress

     Returns the session's state and one page of its chunks with their states (`page` and
    `page_limit` page through `uploaded_chunks`). A chunk stays `pending` until it is
    reported, even when its bytes arrived.

    Args:
        upload_id (str):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MultipartUploadStatus
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            page=page,
            page_limit=page_limit,
        )
    ).parsed
