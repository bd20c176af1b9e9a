from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_transcription import AssetTranscription
from ...models.error import Error
from ...models.transcription_granularity import TranscriptionGranularity
from ...types import UNSET, Response, Unset


def request_kwargs(
    asset_id: str,
    *,
    include: list[TranscriptionGranularity] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assets/{asset_id}/transcription".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetTranscription | Error | None:
    if response.status_code == 200:
        response_200 = AssetTranscription.from_dict(response.json())

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
) -> Response[AssetTranscription | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[TranscriptionGranularity] | Unset = UNSET,
) -> Response[AssetTranscription | Error]:
    """Retrieve an asset's transcription

     Returns the speech transcription of an asset (newest API, SDK 1.3.3) as words,
    sentences and/or speaker utterances. Meant to be polled until its `status` is `ready`
    or `failed`. 404 when the asset is unknown or has no transcription.

    Args:
        asset_id (str):
        include (list[TranscriptionGranularity] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetTranscription | Error]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[TranscriptionGranularity] | Unset = UNSET,
) -> AssetTranscription | Error | None:
    """Retrieve an asset's transcription

     Returns the speech transcription of an asset (newest API, SDK 1.3.3) as words,
    sentences and/or speaker utterances. Meant to be polled until its `status` is `ready`
    or `failed`. 404 when the asset is unknown or has no transcription.

    Args:
        asset_id (str):
        include (list[TranscriptionGranularity] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetTranscription | Error
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[TranscriptionGranularity] | Unset = UNSET,
) -> Response[AssetTranscription | Error]:
    """Retrieve an asset's transcription

     Returns the speech transcription of an asset (newest API, SDK 1.3.3) as words,
    sentences and/or speaker utterances. Meant to be polled until its `status` is `ready`
    or `failed`. 404 when the asset is unknown or has no transcription.

    Args:
        asset_id (str):
        include (list[TranscriptionGranularity] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetTranscription | Error]
    """

    kwargs = request_kwargs(
        asset_id=asset_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[TranscriptionGranularity] | Unset = UNSET,
) -> AssetTranscription | Error | None:
    """Retrieve an asset's transcription

     Returns the speech transcription of an asset (newest API, SDK 1.3.3) as words,
    sentences and/or speaker utterances. Meant to be polled until its `status` is `ready`
    or `failed`. 404 when the asset is unknown or has no transcription.

    Args:
        asset_id (str):
        include (list[TranscriptionGranularity] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetTranscription | Error
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            include=include,
        )
    ).parsed
