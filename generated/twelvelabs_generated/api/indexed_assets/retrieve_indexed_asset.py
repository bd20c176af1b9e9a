from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embedding_option import EmbeddingOption
from ...models.error import Error
from ...models.indexed_asset import IndexedAsset
from ...types import UNSET, Response, Unset


def request_kwargs(
    index_id: str,
    indexed_asset_id: str,
    *,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedding_option: list[str] | Unset = UNSET
    if not isinstance(embedding_option, Unset):
        json_embedding_option = []
        for embedding_option_item_data in embedding_option:
            embedding_option_item = embedding_option_item_data.value
            json_embedding_option.append(embedding_option_item)

    params["embedding_option"] = json_embedding_option

    params["transcription"] = transcription

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/indexed-assets/{indexed_asset_id}".format(
            index_id=quote(str(index_id), safe=""),
            indexed_asset_id=quote(str(indexed_asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | IndexedAsset | None:
    if response.status_code == 200:
        response_200 = IndexedAsset.from_dict(response.json())

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
) -> Response[Error | IndexedAsset]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> Response[Error | IndexedAsset]:
    """Retrieve an indexed asset

     Returns one indexed asset with its system and user metadata, and, when asked for, its
    embeddings and transcript (the replacement of the video retrieve call).

    Args:
        index_id (str):
        indexed_asset_id (str):
        embedding_option (list[EmbeddingOption] | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexedAsset]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        indexed_asset_id=indexed_asset_id,
        embedding_option=embedding_option,
        transcription=transcription,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> Error | IndexedAsset | None:
    """Retrieve an indexed asset

     Returns one indexed asset with its system and user metadata, and, when asked for, its
    embeddings and transcript (the replacement of the video retrieve call).

    Args:
        index_id (str):
        indexed_asset_id (str):
        embedding_option (list[EmbeddingOption] | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexedAsset
    """

    return sync_detailed(
        index_id=index_id,
        indexed_asset_id=indexed_asset_id,
        client=client,
        embedding_option=embedding_option,
        transcription=transcription,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> Response[Error | IndexedAsset]:
    """Retrieve an indexed asset

     Returns one indexed asset with its system and user metadata, and, when asked for, its
    embeddings and transcript (the replacement of the video retrieve call).

    Args:
        index_id (str):
        indexed_asset_id (str):
        embedding_option (list[EmbeddingOption] | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | IndexedAsset]
    """

    kwargs = request_kwargs(
        index_id=index_id,
        indexed_asset_id=indexed_asset_id,
        embedding_option=embedding_option,
        transcription=transcription,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    indexed_asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[EmbeddingOption] | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> Error | IndexedAsset | None:
    """Retrieve an indexed asset

     Returns one indexed asset with its system and user metadata, and, when asked for, its
    embeddings and transcript (the replacement of the video retrieve call).

    Args:
        index_id (str):
        indexed_asset_id (str):
        embedding_option (list[EmbeddingOption] | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | IndexedAsset
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            indexed_asset_id=indexed_asset_id,
            client=client,
            embedding_option=embedding_option,
            transcription=transcription,
        )
    ).parsed
