from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_request import AnalyzeRequest
from ...models.analyze_response import AnalyzeResponse
from ...models.error import Error
from ...types import Response


def request_kwargs(
    *,
    body: AnalyzeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeResponse | Error | None:
    if response.status_code == 200:
        response_200 = AnalyzeResponse.from_dict(response.json())

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
) -> Response[AnalyzeResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse | Error]:
    """Analyze a video or images and generate text

     Generates text about one video (given by URL, asset id or inline base64) or, with the
    newest models, a set of images. This replaced `/generate`, `/gist` and `/summarize`
    (retired in 2026). Supply exactly one source (`video`, the legacy `video_id`, or
    `image`) and exactly one of `prompt` / `prompt_v2`; the server checks the rest, and its
    limits depend on the model version.

    The server STREAMS unless the request says `"stream": false`. The single JSON answer
    described below needs that explicit false; otherwise the 200 body is newline-delimited
    JSON: a `stream_start` line, `text_generation` lines whose `text` fragments concatenate
    to the answer, and a `stream_end` line with the finish reason, the usage and, when the
    output was cut at the token limit, an `error` warning. There is no in-stream error
    event: request errors arrive as an ordinary non-2xx response before any line. The
    stream's content type is not documented, so clients decide by the `stream` value they
    sent. That variant is described by the `x-stream` extension and handled by the facade.
    A 429 answer has an empty body.

    Args:
        body (AnalyzeRequest): Body of `POST /analyze`. Nothing is required by the schema; the
            server wants one source
            and one prompt (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResponse | Error]
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
    body: AnalyzeRequest,
) -> AnalyzeResponse | Error | None:
    """Analyze a video or images and generate text

     Generates text about one video (given by URL, asset id or inline base64) or, with the
    newest models, a set of images. This replaced `/generate`, `/gist` and `/summarize`
    (retired in 2026). Supply exactly one source (`video`, the legacy `video_id`, or
    `image`) and exactly one of `prompt` / `prompt_v2`; the server checks the rest, and its
    limits depend on the model version.

    The server STREAMS unless the request says `"stream": false`. The single JSON answer
    described below needs that explicit false; otherwise the 200 body is newline-delimited
    JSON: a `stream_start` line, `text_generation` lines whose `text` fragments concatenate
    to the answer, and a `stream_end` line with the finish reason, the usage and, when the
    output was cut at the token limit, an `error` warning. There is no in-stream error
    event: request errors arrive as an ordinary non-2xx response before any line. The
    stream's content type is not documented, so clients decide by the `stream` value they
    sent. That variant is described by the `x-stream` extension and handled by the facade.
    A 429 answer has an empty body.

    Args:
        body (AnalyzeRequest): Body of `POST /analyze`. Nothing is required by the schema; the
            server wants one source
            and one prompt (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[AnalyzeResponse | Error]:
    """Analyze a video or images and generate text

     Generates text about one video (given by URL, asset id or inline base64) or, with the
    newest models, a set of images. This replaced `/generate`, `/gist` and `/summarize`
    (retired in 2026). Supply exactly one source (`video`, the legacy `video_id`, or
    `image`) and exactly one of `prompt` / `prompt_v2`; the server checks the rest, and its
    limits depend on the model version.

    The server STREAMS unless the request says `"stream": false`. The single JSON answer
    described below needs that explicit false; otherwise the 200 body is newline-delimited
    JSON: a `stream_start` line, `text_generation` lines whose `text` fragments concatenate
    to the answer, and a `stream_end` line with the finish reason, the usage and, when the
    output was cut at the token limit, an `error` warning. There is no in-stream error
    event: request errors arrive as an ordinary non-2xx response before any line. The
    stream's content type is not documented, so clients decide by the `stream` value they
    sent. That variant is described by the `x-stream` extension and handled by the facade.
    A 429 answer has an empty body.

    Args:
        body (AnalyzeRequest): Body of `POST /analyze`. Nothing is required by the schema; the
            server wants one source
            and one prompt (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResponse | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> AnalyzeResponse | Error | None:
    """Analyze a video or images and generate text

     Generates text about one video (given by URL, asset id or inline base64) or, with the
    newest models, a set of images. This replaced `/generate`, `/gist` and `/summarize`
    (retired in 2026). Supply exactly one source (`video`, the legacy `video_id`, or
    `image`) and exactly one of `prompt` / `prompt_v2`; the server checks the rest, and its
    limits depend on the model version.

    The server STREAMS unless the request says `"stream": false`. The single JSON answer
    described below needs that explicit false; otherwise the 200 body is newline-delimited
    JSON: a `stream_start` line, `text_generation` lines whose `text` fragments concatenate
    to the answer, and a `stream_end` line with the finish reason, the usage and, when the
    output was cut at the token limit, an `error` warning. There is no in-stream error
    event: request errors arrive as an ordinary non-2xx response before any line. The
    stream's content type is not documented, so clients decide by the `stream` value they
    sent. That variant is described by the `x-stream` extension and handled by the facade.
    A 429 answer has an empty body.

    Args:
        body (AnalyzeRequest): Body of `POST /analyze`. Nothing is required by the schema; the
            server wants one source
            and one prompt (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
