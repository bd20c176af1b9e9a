from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_task_request import CreateTaskRequest
from ...models.create_task_response import CreateTaskResponse
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: CreateTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTaskResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreateTaskResponse.from_dict(response.json())

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
) -> Response[CreateTaskResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> Response[CreateTaskResponse | Error]:
    """Create a video indexing task

     The API announces this operation for removal; its replacement is POST /assets (or a
    multipart upload), then POST /indexes/{index-id}/indexed-assets.

    Uploads a video (as a file part or as a public URL) into an index and starts indexing
    it. Always sent as multipart/form-data, even when only text fields are present. Unused
    fields are left out rather than sent empty. The answer holds the task id and the id the
    video will have; poll the task until its status is `ready` or `failed`.

    Args:
        body (CreateTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaskResponse | Error]
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
    body: CreateTaskRequest,
) -> CreateTaskResponse | Error | None:
    """Create a video indexing task

     The API announces this operation for removal; its replacement is POST /assets (or a
    multipart upload), then POST /indexes/{index-id}/indexed-assets.

    Uploads a video (as a file part or as a public URL) into an index and starts indexing
    it. Always sent as multipart/form-data, even when only text fields are present. Unused
    fields are left out rather than sent empty. The answer holds the task id and the id the
    video will have; poll the task until its status is `ready` or `failed`.

    Args:
        body (CreateTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaskResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> Response[CreateTaskResponse | Error]:
    """Create a video indexing task

     The API announces this operation for removal; its replacement is POST /assets (or a
    multipart upload), then POST /indexes/{index-id}/indexed-assets.

    Uploads a video (as a file part or as a public URL) into an index and starts indexing
    it. Always sent as multipart/form-data, even when only text fields are present. Unused
    fields are left out rather than sent empty. The answer holds the task id and the id the
    video will have; poll the task until its status is `ready` or `failed`.

    Args:
        body (CreateTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaskResponse | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTaskRequest,
) -> CreateTaskResponse | Error | None:
    """Create a video indexing task

     The API announces this operation for removal; its replacement is POST /assets (or a
    multipart upload), then POST /indexes/{index-id}/indexed-assets.

    Uploads a video (as a file part or as a public URL) into an index and starts indexing
    it. Always sent as multipart/form-data, even when only text fields are present. Unused
    fields are left out rather than sent empty. The answer holds the task id and the id the
    video will have; poll the task until its status is `ready` or `failed`.

    Args:
        body (CreateTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaskResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
