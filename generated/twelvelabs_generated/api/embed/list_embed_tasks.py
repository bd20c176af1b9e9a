from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embed_task_list import EmbedTaskList
from ...models.embed_task_status_filter import EmbedTaskStatusFilter
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    started_at: str | Unset = UNSET,
    ended_at: str | Unset = UNSET,
    status: EmbedTaskStatusFilter | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["started_at"] = started_at

    params["ended_at"] = ended_at

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["page"] = page

    params["page_limit"] = page_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embed/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmbedTaskList | Error | None:
    if response.status_code == 200:
        response_200 = EmbedTaskList.from_dict(response.json())

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
) -> Response[EmbedTaskList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    started_at: str | Unset = UNSET,
    ended_at: str | Unset = UNSET,
    status: EmbedTaskStatusFilter | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Response[EmbedTaskList | Error]:
    """List video embedding tasks

     The API announces this operation for removal; its replacement is GET /embed-v2/tasks.

    Returns one page of video embedding tasks, newest first. Without a time window the
    server only looks at the last seven days.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (EmbedTaskStatusFilter | Unset): Embedding-task states that a task listing can be
            filtered on.
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedTaskList | Error]
    """

    kwargs = request_kwargs(
        started_at=started_at,
        ended_at=ended_at,
        status=status,
        page=page,
        page_limit=page_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    started_at: str | Unset = UNSET,
    ended_at: str | Unset = UNSET,
    status: EmbedTaskStatusFilter | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> EmbedTaskList | Error | None:
    """List video embedding tasks

     The API announces this operation for removal; its replacement is GET /embed-v2/tasks.

    Returns one page of video embedding tasks, newest first. Without a time window the
    server only looks at the last seven days.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (EmbedTaskStatusFilter | Unset): Embedding-task states that a task listing can be
            filtered on.
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedTaskList | Error
    """

    return sync_detailed(
        client=client,
        started_at=started_at,
        ended_at=ended_at,
        status=status,
        page=page,
        page_limit=page_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    started_at: str | Unset = UNSET,
    ended_at: str | Unset = UNSET,
    status: EmbedTaskStatusFilter | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Response[EmbedTaskList | Error]:
    """List video embedding tasks

     The API announces this operation for removal; its replacement is GET /embed-v2/tasks.

    Returns one page of video embedding tasks, newest first. Without a time window the
    server only looks at the last seven days.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (EmbedTaskStatusFilter | Unset): Embedding-task states that a task listing can be
            filtered on.
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedTaskList | Error]
    """

    kwargs = request_kwargs(
        started_at=started_at,
        ended_at=ended_at,
        status=status,
        page=page,
        page_limit=page_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    started_at: str | Unset = UNSET,
    ended_at: str | Unset = UNSET,
    status: EmbedTaskStatusFilter | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> EmbedTaskList | Error | None:
    """List video embedding tasks

     The API announces this operation for removal; its replacement is GET /embed-v2/tasks.

    Returns one page of video embedding tasks, newest first. Without a time window the
    server only looks at the last seven days.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (EmbedTaskStatusFilter | Unset): Embedding-task states that a task listing can be
            filtered on.
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedTaskList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            started_at=started_at,
            ended_at=ended_at,
            status=status,
            page=page,
            page_limit=page_limit,
        )
    ).parsed
