from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.canceled_analyze_task import CanceledAnalyzeTask
from ...models.error import Error
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def request_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze/tasks/{task_id}/cancel".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CanceledAnalyzeTask | Error | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CanceledAnalyzeTask.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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
) -> Response[CanceledAnalyzeTask | Error | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CanceledAnalyzeTask | Error | ErrorEnvelope]:
    """Cancel an asynchronous analysis

     Stops a task that is `queued`, `pending` or `processing` (newest API, SDK 1.3.5); the
    task ends `canceled` and a repeated cancel gives the same answer. Processing may run on
    briefly after the call. Tasks created by a batch are canceled through their batch (409
    here). No request body. Errors use the envelope shape, except 401 which is flat.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CanceledAnalyzeTask | Error | ErrorEnvelope]
    """

    kwargs = request_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CanceledAnalyzeTask | Error | ErrorEnvelope | None:
    """Cancel an asynchronous analysis

     Stops a task that is `queued`, `pending` or `processing` (newest API, SDK 1.3.5); the
    task ends `canceled` and a repeated cancel gives the same answer. Processing may run on
    briefly after the call. Tasks created by a batch are canceled through their batch (409
    here). No request body. Errors use the envelope shape, except 401 which is flat.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CanceledAnalyzeTask | Error | ErrorEnvelope
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CanceledAnalyzeTask | Error | ErrorEnvelope]:
    """Cancel an asynchronous analysis

     Stops a task that is `queued`, `pending` or `processing` (newest API, SDK 1.3.5); the
    task ends `canceled` and a repeated cancel gives the same answer. Processing may run on
    briefly after the call. Tasks created by a batch are canceled through their batch (409
    here). No request body. Errors use the envelope shape, except 401 which is flat.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CanceledAnalyzeTask | Error | ErrorEnvelope]
    """

    kwargs = request_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CanceledAnalyzeTask | Error | ErrorEnvelope | None:
    """Cancel an asynchronous analysis

     Stops a task that is `queued`, `pending` or `processing` (newest API, SDK 1.3.5); the
    task ends `canceled` and a repeated cancel gives the same answer. Processing may run on
    briefly after the call. Tasks created by a batch are canceled through their batch (409
    here). No request body. Errors use the envelope shape, except 401 which is flat.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CanceledAnalyzeTask | Error | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
