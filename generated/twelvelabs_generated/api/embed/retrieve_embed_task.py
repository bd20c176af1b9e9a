from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embed_task import EmbedTask
from ...models.embedding_option import EmbeddingOption
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    task_id: str,
    *,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedding_option: list[str] | Unset = UNSET
    if not isinstance(embedding_option, Unset):
        json_embedding_option = []
        for embedding_option_item_data in embedding_option:
            embedding_option_item = embedding_option_item_data.value
            json_embedding_option.append(embedding_option_item)

    params["embedding_option"] = json_embedding_option

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embed/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmbedTask | Error | None:
    if response.status_code == 200:
        response_200 = EmbedTask.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmbedTask | Error]:
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
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
) -> Response[EmbedTask | Error]:
    """Retrieve video embeddings

     The API announces this operation for removal; its replacement is GET
    /embed-v2/tasks/{task_id}.

    Returns an embedding task with its segments and vectors. Call it once the task is
    `ready`.

    Args:
        task_id (str):
        embedding_option (list[EmbeddingOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedTask | Error]
    """

    kwargs = request_kwargs(
        task_id=task_id,
        embedding_option=embedding_option,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
) -> EmbedTask | Error | None:
    """Retrieve video embeddings

     The API announces this operation for removal; its replacement is GET
    /embed-v2/tasks/{task_id}.

    Returns an embedding task with its segments and vectors. Call it once the task is
    `ready`.

    Args:
        task_id (str):
        embedding_option (list[EmbeddingOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedTask | Error
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        embedding_option=embedding_option,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
) -> Response[EmbedTask | Error]:
    """Retrieve video embeddings

     The API announces this operation for removal; its replacement is GET
    /embed-v2/tasks/{task_id}.

    Returns an embedding task with its segments and vectors. Call it once the task is
    `ready`.

    Args:
        task_id (str):
        embedding_option (list[EmbeddingOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedTask | Error]
    """

    kwargs = request_kwargs(
        task_id=task_id,
        embedding_option=embedding_option,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
) -> EmbedTask | Error | None:
    """Retrieve video embeddings

     The API announces this operation for removal; its replacement is GET
    /embed-v2/tasks/{task_id}.

    Returns an embedding task with its segments and vectors. Call it once the task is
    `ready`.

    Args:
        task_id (str):
        embedding_option (list[EmbeddingOption] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedTask | Error
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            embedding_option=embedding_option,
        )
    ).parsed
