from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gist import Gist
from ...models.gist_request import GistRequest
from ...types import Response


def request_kwargs(
    *,
    body: GistRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gist",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Gist | None:
    if response.status_code == 200:
        response_200 = Gist.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Gist]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GistRequest,
) -> Response[Error | Gist]:
    """Generate a title, topics or hashtags

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a prompt asking for a title, topics or hashtags, ideally with response_format).

    Produces short descriptive text for an indexed video. The request names the kinds in the
    singular (`title`, `topic`, `hashtag`); the response keys are `title`, `topics` and
    `hashtags`, and only the requested ones can be relied on.

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Gist]
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
    body: GistRequest,
) -> Error | Gist | None:
    """Generate a title, topics or hashtags

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a prompt asking for a title, topics or hashtags, ideally with response_format).

    Produces short descriptive text for an indexed video. The request names the kinds in the
    singular (`title`, `topic`, `hashtag`); the response keys are `title`, `topics` and
    `hashtags`, and only the requested ones can be relied on.

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Gist
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GistRequest,
) -> Response[Error | Gist]:
    """Generate a title, topics or hashtags

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a prompt asking for a title, topics or hashtags, ideally with response_format).

    Produces short descriptive text for an indexed video. The request names the kinds in the
    singular (`title`, `topic`, `hashtag`); the response keys are `title`, `topics` and
    `hashtags`, and only the requested ones can be relied on.

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Gist]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GistRequest,
) -> Error | Gist | None:
    """Generate a title, topics or hashtags

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a prompt asking for a title, topics or hashtags, ideally with response_format).

    Produces short descriptive text for an indexed video. The request names the kinds in the
    singular (`title`, `topic`, `hashtag`); the response keys are `title`, `topics` and
    `hashtags`, and only the requested ones can be relied on.

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Gist
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
