from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_analyze_task_request import CreateAnalyzeTaskRequest
from ...models.created_analyze_task import CreatedAnalyzeTask
from ...models.error import Error
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def request_kwargs(
    *,
    body: CreateAnalyzeTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedAnalyzeTask | Error | ErrorEnvelope | None:
    if response.status_code == 202:
        response_202 = CreatedAnalyzeTask.from_dict(response.json())

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
) -> Response[CreatedAnalyzeTask | Error | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeTaskRequest,
) -> Response[CreatedAnalyzeTask | Error | ErrorEnvelope]:
    """Start an asynchronous analysis

     Queues an analysis of a longer video (or, with the newest models, of images), either in
    `general` mode (one text or JSON answer) or in `time_based_metadata` mode (segments
    described by `response_format.segment_definitions`). The answer holds the task id;
    poll the task until it is `ready`, `failed` or `canceled`. Errors use the envelope
    shape (`{"error": {"code", "message", "details"}}`).

    Args:
        body (CreateAnalyzeTaskRequest): Body of `POST /analyze/tasks`. The baseline API requires
            `video`; the newest accepts
            `image` instead (one of the two, not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedAnalyzeTask | Error | ErrorEnvelope]
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
    body: CreateAnalyzeTaskRequest,
) -> CreatedAnalyzeTask | Error | ErrorEnvelope | None:
    """Start an asynchronous analysis

     Queues an analysis of a longer video (or, with the newest models, of images), either in
    `general` mode (one text or JSON answer) or in `time_based_metadata` mode (segments
    described by `response_format.segment_definitions`). The answer holds the task id;
    poll the task until it is `ready`, `failed` or `canceled`. Errors use the envelope
    shape (`{"error": {"code", "message", "details"}}`).

    Args:
        body (CreateAnalyzeTaskRequest): Body of `POST /analyze/tasks`. The baseline API requires
            `video`; the newest accepts
            `image` instead (one of the two, not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedAnalyzeTask | Error | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeTaskRequest,
) -> Response[CreatedAnalyzeTask | Error | ErrorEnvelope]:
    """Start an asynchronous analysis

     Queues an analysis of a longer video (or, with the newest models, of images), either in
    `general` mode (one text or JSON answer) or in `time_based_metadata` mode (segments
    described by `response_format.segment_definitions`). The answer holds the task id;
    poll the task until it is `ready`, `failed` or `canceled`. Errors use the envelope
    shape (`{"error": {"code", "message", "details"}}`).

    Args:
        body (CreateAnalyzeTaskRequest): Body of `POST /analyze/tasks`. The baseline API requires
            `video`; the newest accepts
            `image` instead (one of the two, not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedAnalyzeTask | Error | ErrorEnvelope]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeTaskRequest,
) -> CreatedAnalyzeTask | Error | ErrorEnvelope | None:
    """Start an asynchronous analysis

     Queues an analysis of a longer video (or, with the newest models, of images), either in
    `general` mode (one text or JSON answer) or in `time_based_metadata` mode (segments
    described by `response_format.segment_definitions`). The answer holds the task id;
    poll the task until it is `ready`, `failed` or `canceled`. Errors use the envelope
    shape (`{"error": {"code", "message", "details"}}`).

    Args:
        body (CreateAnalyzeTaskRequest): Body of `POST /analyze/tasks`. The baseline API requires
            `video`; the newest accepts
            `image` instead (one of the two, not both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedAnalyzeTask | Error | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
