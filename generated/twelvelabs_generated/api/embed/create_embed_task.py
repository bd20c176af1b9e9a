from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_embed_task_request import CreateEmbedTaskRequest
from ...models.created_resource import CreatedResource
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: CreateEmbedTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embed/tasks",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedResource | Error | None:
    if response.status_code == 200:
        response_200 = CreatedResource.from_dict(response.json())

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
) -> Response[CreatedResource | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbedTaskRequest,
) -> Response[CreatedResource | Error]:
    """Create a video embedding task

     The API announces this operation for removal; its replacement is POST /embed-v2/tasks.

    Starts an asynchronous job that computes embeddings for a video (file part or URL).
    Always multipart/form-data; each embedding scope is its own form part. Poll the task
    status until `ready`, then retrieve the embeddings. Results are kept for seven days.

    Args:
        body (CreateEmbedTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResource | Error]
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
    body: CreateEmbedTaskRequest,
) -> CreatedResource | Error | None:
    """Create a video embedding task

     The API announces this operation for removal; its replacement is POST /embed-v2/tasks.

    Starts an asynchronous job that computes embeddings for a video (file part or URL).
    Always multipart/form-data; each embedding scope is its own form part. Poll the task
    status until `ready`, then retrieve the embeddings. Results are kept for seven days.

    Args:
        body (CreateEmbedTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResource | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbedTaskRequest,
) -> Response[CreatedResource | Error]:
    """Create a video embedding task

     The API announces this operation for removal; its replacement is POST /embed-v2/tasks.

    Starts an asynchronous job that computes embeddings for a video (file part or URL).
    Always multipart/form-data; each embedding scope is its own form part. Poll the task
    status until `ready`, then retrieve the embeddings. Results are kept for seven days.

    Args:
        body (CreateEmbedTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedResource | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbedTaskRequest,
) -> CreatedResource | Error | None:
    """Create a video embedding task

     The API announces this operation for removal; its replacement is POST /embed-v2/tasks.

    Starts an asynchronous job that computes embeddings for a video (file part or URL).
    Always multipart/form-data; each embedding scope is its own form part. Poll the task
    status until `ready`, then retrieve the embeddings. Results are kept for seven days.

    Args:
        body (CreateEmbedTaskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedResource | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
