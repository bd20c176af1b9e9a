from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embed_v2_request import EmbedV2Request
from ...models.embed_v2_response import EmbedV2Response
from ...models.error import Error
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def request_kwargs(
    *,
    body: EmbedV2Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embed-v2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmbedV2Response | Error | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EmbedV2Response.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

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
) -> Response[EmbedV2Response | Error | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmbedV2Request,
) -> Response[EmbedV2Response | Error | ErrorEnvelope]:
    """Create embeddings (Embed API v2)

     Computes embeddings synchronously for one input: text, an image, text with an image,
    audio or video (up to 10 minutes with Marengo 3.0), or several named media sources
    (`multi_input`). `input_type` selects which input object must be present. Media come
    as a URL, an asset id or inline base64 (at most 36 MB for audio and video, 32 MB for
    images). Use the task endpoint for longer media. Replaces `POST /embed`. Errors use the
    envelope shape.

    Args:
        body (EmbedV2Request): Body of `POST /embed-v2`; the input object named by `input_type`
            must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedV2Response | Error | ErrorEnvelope]
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
    body: EmbedV2Request,
) -> EmbedV2Response | Error | ErrorEnvelope | None:
    """Create embeddings (Embed API v2)

     Computes embeddings synchronously for one input: text, an image, text with an image,
    audio or video (up to 10 minutes with Marengo 3.0), or several named media sources
    (`multi_input`). `input_type` selects which input object must be present. Media come
    as a URL, an asset id or inline base64 (at most 36 MB for audio and video, 32 MB for
    images). Use the task endpoint for longer media. Replaces `POST /embed`. Errors use the
    envelope shape.

    Args:
        body (EmbedV2Request): Body of `POST /embed-v2`; the input object named by `input_type`
            must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedV2Response | Error | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EmbedV2Request,
) -> Response[EmbedV2Response | Error | ErrorEnvelope]:
    """Create embeddings (Embed API v2)

     Computes embeddings synchronously for one input: text, an image, text with an image,
    audio or video (up to 10 minutes with Marengo 3.0), or several named media sources
    (`multi_input`). `input_type` selects which input object must be present. Media come
    as a URL, an asset id or inline base64 (at most 36 MB for audio and video, 32 MB for
    images). Use the task endpoint for longer media. Replaces `POST /embed`. Errors use the
    envelope shape.

    Args:
        body (EmbedV2Request): Body of `POST /embed-v2`; the input object named by `input_type`
            must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmbedV2Response | Error | ErrorEnvelope]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EmbedV2Request,
) -> EmbedV2Response | Error | ErrorEnvelope | None:
    """Create embeddings (Embed API v2)

     Computes embeddings synchronously for one input: text, an image, text with an image,
    audio or video (up to 10 minutes with Marengo 3.0), or several named media sources
    (`multi_input`). `input_type` selects which input object must be present. Media come
    as a URL, an asset id or inline base64 (at most 36 MB for audio and video, 32 MB for
    images). Use the task endpoint for longer media. Replaces `POST /embed`. Errors use the
    envelope shape.

    Args:
        body (EmbedV2Request): Body of `POST /embed-v2`; the input object named by `input_type`
            must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmbedV2Response | Error | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
