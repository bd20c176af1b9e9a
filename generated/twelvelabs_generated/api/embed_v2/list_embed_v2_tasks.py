from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embed_v2_task_list import EmbedV2TaskList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    started_at: str | Unset = UNSET,
    ended_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["started_at"] = started_at

    params["ended_at"] = ended_at

    params["status"] = status

    params["page"] = page

    params["page_limit"] = page_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embed-v2/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmbedV2TaskList | Error | None:
    if response.status_code == 200:
        response_200 = EmbedV2TaskList.from_dict(response.json())

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
) -> Response[EmbedV2TaskList | Error]:
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
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Response[EmbedV2TaskList | Error]:
    """List asynchronous embeddings (Embed API v2)

     Returns one page of embedding tasks, newest first, without vectors. Without a time
    window the server only looks at the last seven days. Items use the older v1 metadata
    shape. Errors use the flat shape.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (str | Unset):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedV2TaskList | Error]
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
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> EmbedV2TaskList | Error | None:
    """List asynchronous embeddings (Embed API v2)

     Returns one page of embedding tasks, newest first, without vectors. Without a time
    window the server only looks at the last seven days. Items use the older v1 metadata
    shape. Errors use the flat shape.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (str | Unset):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedV2TaskList | Error
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
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> Response[EmbedV2TaskList | Error]:
    """List asynchronous embeddings (Embed API v2)

     Returns one page of embedding tasks, newest first, without vectors. Without a time
    window the server only looks at the last seven days. Items use the older v1 metadata
    shape. Errors use the flat shape.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (str | Unset):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedV2TaskList | Error]
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
    status: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
) -> EmbedV2TaskList | Error | None:
    """List asynchronous embeddings (Embed API v2)

     Returns one page of embedding tasks, newest first, without vectors. Without a time
    window the server only looks at the last seven days. Items use the older v1 metadata
    shape. Errors use the flat shape.

    Args:
        started_at (str | Unset):
        ended_at (str | Unset):
        status (str | Unset):
        page (int | Unset):
        page_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedV2TaskList | Error
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
