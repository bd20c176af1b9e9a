from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_page import SearchPage
from ...types import UNSET, Response, Unset


def request_kwargs(
    page_token: str,
    *,
    include_user_metadata: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_user_metadata"] = include_user_metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/{page_token}".format(
            page_token=quote(str(page_token), safe=""),
        ),
        "params": params,
    }

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
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
    include_user_metadata: bool | Unset = UNSET,
) -> Response[Error | SearchPage]:
    """Retrieve a page of search results

     Fetches another page of an earlier search. Follow-up pages are not billed. When the
    token has expired the server answers 400 with code `search_page_token_expired`; the
    current API sends `{"error_code": 400, "message": ...}` here instead (an integer
    `error_code`, no `code`).

    Args:
        page_token (str):
        include_user_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
    """

    kwargs = request_kwargs(
        page_token=page_token,
        include_user_metadata=include_user_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
    include_user_metadata: bool | Unset = UNSET,
) -> Error | SearchPage | None:
    """Retrieve a page of search results

     Fetches another page of an earlier search. Follow-up pages are not billed. When the
    token has expired the server answers 400 with code `search_page_token_expired`; the
    current API sends `{"error_code": 400, "message": ...}` here instead (an integer
    `error_code`, no `code`).

    Args:
        page_token (str):
        include_user_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return sync_detailed(
        page_token=page_token,
        client=client,
        include_user_metadata=include_user_metadata,
    ).parsed


async def asyncio_detailed(
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
    include_user_metadata: bool | Unset = UNSET,
) -> Response[Error | SearchPage]:
    """Retrieve a page of search results

     Fetches another page of an earlier search. Follow-up pages are not billed. When the
    token has expired the server answers 400 with code `search_page_token_expired`; the
    current API sends `{"error_code": 400, "message": ...}` here instead (an integer
    `error_code`, no `code`).

    Args:
        page_token (str):
        include_user_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchPage]
    """

    kwargs = request_kwargs(
        page_token=page_token,
        include_user_metadata=include_user_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    page_token: str,
    *,
    client: AuthenticatedClient | Client,
    include_user_metadata: bool | Unset = UNSET,
) -> Error | SearchPage | None:
    """Retrieve a page of search results

     Fetches another page of an earlier search. Follow-up pages are not billed. When the
    token has expired the server answers 400 with code `search_page_token_expired`; the
    current API sends `{"error_code": 400, "message": ...}` here instead (an integer
    `error_code`, no `code`).

    Args:
        page_token (str):
        include_user_metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchPage
    """

    return (
        await asyncio_detailed(
            page_token=page_token,
            client=client,
            include_user_metadata=include_user_metadata,
        )
    ).parsed
