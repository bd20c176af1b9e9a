from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_task import AnalyzeTask
from ...models.error import Error
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def request_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analyze/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeTask | Error | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AnalyzeTask.from_dict(response.json())

        return response_200

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
) -> Response[AnalyzeTask | Error | ErrorEnvelope]:
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
) -> Response[AnalyzeTask | Error | ErrorEnvelope]:
    """Retrieve an asynchronous analysis

     Returns one analysis task with the echo of its request and, once `ready`, its
    `result`. `error` is set when the task failed or was canceled, and also as a warning on
    a `ready` task whose output was cut short. Errors use the envelope shape.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTask | Error | ErrorEnvelope]
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
) -> AnalyzeTask | Error | ErrorEnvelope | None:
    """Retrieve an asynchronous analysis

     Returns one analysis task with the echo of its request and, once `ready`, its
    `result`. `error` is set when the task failed or was canceled, and also as a warning on
    a `ready` task whose output was cut short. Errors use the envelope shape.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTask | Error | ErrorEnvelope
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalyzeTask | Error | ErrorEnvelope]:
    """Retrieve an asynchronous analysis

     Returns one analysis task with the echo of its request and, once `ready`, its
    `result`. `error` is set when the task failed or was canceled, and also as a warning on
    a `ready` task whose output was cut short. Errors use the envelope shape.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTask | Error | ErrorEnvelope]
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
) -> AnalyzeTask | Error | ErrorEnvelope | None:
    """Retrieve an asynchronous analysis

     Returns one analysis task with the echo of its request and, once `ready`, its
    `result`. `error` is set when the task failed or was canceled, and also as a warning on
    a `ready` task whose output was cut short. Errors use the envelope shape.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTask | Error | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
