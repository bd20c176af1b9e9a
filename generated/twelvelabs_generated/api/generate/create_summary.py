from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chapters import Chapters
from ...models.error import Error
from ...models.highlights import Highlights
from ...models.summarize_request import SummarizeRequest
from ...models.summary import Summary
from ...types import Response


def request_kwargs(
    *,
    body: SummarizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/summarize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Chapters | Highlights | Summary | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Chapters | Highlights | Summary:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Summary.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = Chapters.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_2 = Highlights.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[Chapters | Highlights | Summary | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Response[Chapters | Highlights | Summary | Error]:
    """Generate a summary, chapters or highlights

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a summary, chapter or highlight prompt, with response_format for structure), or POST
    /analyze/tasks with analysis_mode time_based_metadata.

    Produces a summary, a chapter list or a list of highlights for an indexed video. The
    body shape depends on the requested `type`. The `summarize_type` field in the answer may
    be missing, so clients pick the schema from the type they sent, not from the body.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Chapters | Highlights | Summary | Error]
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
    body: SummarizeRequest,
) -> Chapters | Highlights | Summary | Error | None:
    """Generate a summary, chapters or highlights

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a summary, chapter or highlight prompt, with response_format for structure), or POST
    /analyze/tasks with analysis_mode time_based_metadata.

    Produces a summary, a chapter list or a list of highlights for an indexed video. The
    body shape depends on the requested `type`. The `summarize_type` field in the answer may
    be missing, so clients pick the schema from the type they sent, not from the body.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Chapters | Highlights | Summary | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Response[Chapters | Highlights | Summary | Error]:
    """Generate a summary, chapters or highlights

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a summary, chapter or highlight prompt, with response_format for structure), or POST
    /analyze/tasks with analysis_mode time_based_metadata.

    Produces a summary, a chapter list or a list of highlights for an indexed video. The
    body shape depends on the requested `type`. The `summarize_type` field in the answer may
    be missing, so clients pick the schema from the type they sent, not from the body.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Chapters | Highlights | Summary | Error]
    """

    kwargs = request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Chapters | Highlights | Summary | Error | None:
    """Generate a summary, chapters or highlights

     Retired: the API removed this route on 2026-03-11 (it now answers 404); use POST /analyze
    (a summary, chapter or highlight prompt, with response_format for structure), or POST
    /analyze/tasks with analysis_mode time_based_metadata.

    Produces a summary, a chapter list or a list of highlights for an indexed video. The
    body shape depends on the requested `type`. The `summarize_type` field in the answer may
    be missing, so clients pick the schema from the type they sent, not from the body.

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Chapters | Highlights | Summary | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
