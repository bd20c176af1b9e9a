from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.generate_request import GenerateRequest
from ...models.generated_text import GeneratedText
from ...types import Response


def request_kwargs(
    *,
    body: GenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | GeneratedText | None:
    if response.status_code == 200:
        response_200 = GeneratedText.from_dict(response.json())

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
) -> Response[Error | GeneratedText]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRequest,
) -> Response[Error | GeneratedText]:
    """Generate open-ended text from a video

     Retired: the API removed this route on 2026-02-12 (it now answers 404); use POST /analyze.

    Answers a free-form prompt about an indexed video.

    The server STREAMS by default. For the single-JSON answer described here the request
    must carry `"stream": false` explicitly. With `"stream": true` (or no `stream` field)
    the 200 body is newline-delimited JSON instead: one `stream_start` event, any number of
    `text_generation` events whose `text` fragments concatenate to the answer, and a
    `stream_end` event with the generation id and usage. A `stream_error` event or a plain
    error object (`code`/`message`) may also appear as a line. The streaming content type is
    not reliable, so clients decide by the `stream` value they sent. That streamed variant
    is described by the `x-stream` extension and handled by the facade, not the generator.
    The endpoint is superseded by `/analyze` in later API releases.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GeneratedText]
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
    body: GenerateRequest,
) -> Error | GeneratedText | None:
    """Generate open-ended text from a video

     Retired: the API removed this route on 2026-02-12 (it now answers 404); use POST /analyze.

    Answers a free-form prompt about an indexed video.

    The server STREAMS by default. For the single-JSON answer described here the request
    must carry `"stream": false` explicitly. With `"stream": true` (or no `stream` field)
    the 200 body is newline-delimited JSON instead: one `stream_start` event, any number of
    `text_generation` events whose `text` fragments concatenate to the answer, and a
    `stream_end` event with the generation id and usage. A `stream_error` event or a plain
    error object (`code`/`message`) may also appear as a line. The streaming content type is
    not reliable, so clients decide by the `stream` value they sent. That streamed variant
    is described by the `x-stream` extension and handled by the facade, not the generator.
    The endpoint is superseded by `/analyze` in later API releases.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GeneratedText
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRequest,
) -> Response[Error | GeneratedText]:
    """Generate open-ended text from a video

     Retired: the API removed this route on 2026-02-12 (it now answers 404); use POST /analyze.

    Answers a free-form prompt about an indexed video.

    The server STREAMS by default. For the single-JSON answer described here the request
    must carry `"stream": false` explicitly. With `"stream": true` (or no `stream` field)
    the 200 body is newline-delimited JSON instead: one `stream_start` event, any number of
    `text_generation` events whose `text` fragments concatenate to the answer, and a
    `stream_end` event with the generation id and usage. A `stream_error` event or a plain
    error object (`code`/`message`) may also appear as a line. The streaming content type is
    not reliable, so clients decide by the `stream` value they sent. That streamed variant
    is described by the `x-stream` extension and handled by the facade, not the generator.
    The endpoint is superseded by `/analyze` in later API releases.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GeneratedText]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GenerateRequest,
) -> Error | GeneratedText | None:
    """Generate open-ended text from a video

     Retired: the API removed this route on 2026-02-12 (it now answers 404); use POST /analyze.

    Answers a free-form prompt about an indexed video.

    The server STREAMS by default. For the single-JSON answer described here the request
    must carry `"stream": false` explicitly. With `"stream": true` (or no `stream` field)
    the 200 body is newline-delimited JSON instead: one `stream_start` event, any number of
    `text_generation` events whose `text` fragments concatenate to the answer, and a
    `stream_end` event with the generation id and usage. A `stream_error` event or a plain
    error object (`code`/`message`) may also appear as a line. The streaming content type is
    not reliable, so clients decide by the `stream` value they sent. That streamed variant
    is described by the `x-stream` extension and handled by the facade, not the generator.
    The endpoint is superseded by `/analyze` in later API releases.

    Args:
        body (GenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GeneratedText
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
