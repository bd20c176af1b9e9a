from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_embed_v2_task_request import CreateEmbedV2TaskRequest
from ...models.created_embed_v2_task import CreatedEmbedV2Task
from ...models.error import Error
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def request_kwargs(
    *,
    body: CreateEmbedV2TaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embed-v2/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedEmbedV2Task | Error | ErrorEnvelope | None:
    if response.status_code == 202:
        response_202 = CreatedEmbedV2Task.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedEmbedV2Task | Error | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbedV2TaskRequest,
) -> Response[CreatedEmbedV2Task | Error | ErrorEnvelope]:
    """Start an asynchronous embedding (Embed API v2)

     Queues embeddings for long audio or video (4 seconds to 4 hours, at most 4 GB; newest
    API also images and documents), given by URL or asset id. Only basic playability is
    checked at creation, so a task may still fail. Poll the task until `ready` or
    `failed`; results are kept for seven days. Replaces `POST /embed/tasks`. Errors use the
    envelope shape.

    Args:
        body (CreateEmbedV2TaskRequest): Body of `POST /embed-v2/tasks`; media by URL or asset id.
            The input object named by
            `input_type` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedEmbedV2Task | Error | ErrorEnvelope]
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
    body: CreateEmbedV2TaskRequest,
) -> CreatedEmbedV2Task | Error | ErrorEnvelope | None:
    """Start an asynchronous embedding (Embed API v2)

     Queues embeddings for long audio or video (4 seconds to 4 hours, at most 4 GB; newest
    API also images and documents), given by URL or asset id. Only basic playability is
    checked at creation, so a task may still fail. Poll the task until `ready` or
    `failed`; results are kept for seven days. Replaces `POST /embed/tasks`. Errors use the
    envelope shape.

    Args:
        body (CreateEmbedV2TaskRequest): Body of `POST /embed-v2/tasks`; media by URL or asset id.
            The input object named by
            `input_type` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedEmbedV2Task | Error | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbedV2TaskRequest,
) -> Response[CreatedEmbedV2Task | Error | ErrorEnvelope]:
    """Start an asynchronous embedding (Embed API v2)

     Queues embeddings for long audio or video (4 seconds to 4 hours, at most 4 GB; newest
    API also images and documents), given by URL or asset id. Only basic playability is
    checked at creation, so a task may still fail. Poll the task until `ready` or
    `failed`; results are kept for seven days. Replaces `POST /embed/tasks`. Errors use the
    envelope shape.

    Args:
        body (CreateEmbedV2TaskRequest): Body of `POST /embed-v2/tasks`; media by URL or asset id.
            The input object named by
            `input_type` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedEmbedV2Task | Error | ErrorEnvelope]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEmbedV2TaskRequest,
) -> CreatedEmbedV2Task | Error | ErrorEnvelope | None:
    """Start an asynchronous embedding (Embed API v2)

     Queues embeddings for long audio or video (4 seconds to 4 hours, at most 4 GB; newest
    API also images and documents), given by URL or asset id. Only basic playability is
    checked at creation, so a task may still fail. Poll the task until `ready` or
    `failed`; results are kept for seven days. Replaces `POST /embed/tasks`. Errors use the
    envelope shape.

    Args:
        body (CreateEmbedV2TaskRequest): Body of `POST /embed-v2/tasks`; media by URL or asset id.
            The input object named by
            `input_type` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedEmbedV2Task | Error | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
