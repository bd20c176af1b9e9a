from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_page import SearchPage
from ...models.search_request import SearchRequest
from ...types import Response


def request_kwargs(
    *,
    body: SearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SearchPage | None:
    if response.status_code == 200:
        response_200 = SearchPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | SearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> Response[Error | SearchPage]:
    """Search an index

     Runs a text and/or image query against an index and returns the first page of matches.
    Always multipart/form-data, even for a text-only query. Each search option is its own
    form part, and so is each of up to 10 query images. Follow `page_info.next_page_token`
    with the page call for more results. The live API ranks results (`rank`) and ignores
    `threshold`, `adjust_confidence_level` and `sort_option` (removed 2026-03-31). A 429
    answer has an empty body.

    Args:
        body (SearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
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
    body: SearchRequest,
) -> Error | SearchPage | None:
    """Search an index

     Runs a text and/or image query against an index and returns the first page of matches.
    Always multipart/form-data, even for a text-only query. Each search option is its own
    form part, and so is each of up to 10 query images. Follow `page_info.next_page_token`
    with the page call for more results. The live API ranks results (`rank`) and ignores
    `threshold`, `adjust_confidence_level` and `sort_option` (removed 2026-03-31). A 429
    answer has an empty body.

    Args:
        body (SearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> Response[Error | SearchPage]:
    """Search an index

     Runs a text and/or image query against an index and returns the first page of matches.
    Always multipart/form-data, even for a text-only query. Each search option is its own
    form part, and so is each of up to 10 query images. Follow `page_info.next_page_token`
    with the page call for more results. The live API ranks results (`rank`) and ignores
    `threshold`, `adjust_confidence_level` and `sort_option` (removed 2026-03-31). A 429
    answer has an empty body.

    Args:
        body (SearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchRequest,
) -> Error | SearchPage | None:
    """Search an index

     Runs a text and/or image query against an index and returns the first page of matches.
    Always multipart/form-data, even for a text-only query. Each search option is its own
    form part, and so is each of up to 10 query images. Follow `page_info.next_page_token`
    with the page call for more results. The live API ranks results (`rank`) and ignores
    `threshold`, `adjust_confidence_level` and `sort_option` (removed 2026-03-31). A 429
    answer has an empty body.

    Args:
        body (SearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
