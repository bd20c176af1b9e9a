from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.report_chunks_request import ReportChunksRequest
from ...models.report_chunks_response import ReportChunksResponse
from ...types import Response


def request_kwargs(
    upload_id: str,
    *,
    body: ReportChunksRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/multipart-uploads/{upload_id}".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReportChunksResponse | None:
    if response.status_code == 200:
        response_200 = ReportChunksResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | ReportChunksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReportChunksRequest,
) -> Response[Error | ReportChunksResponse]:
    """Report uploaded chunks

     Confirms chunks whose PUT succeeded, in any order and batch size; chunks reported again
    are counted as duplicates and ignored. There is no separate completion call: the
    session completes when every chunk has been reported, and only then does the answer
    carry `url`. A completed session is not yet a `ready` asset: poll the asset. 404 bodies
    are not JSON objects of a known shape.

    Args:
        upload_id (str):
        body (ReportChunksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportChunksResponse]
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReportChunksRequest,
) -> Error | ReportChunksResponse | None:
    """Report uploaded chunks

     Confirms chunks whose PUT succeeded, in any order and batch size; chunks reported again
    are counted as duplicates and ignored. There is no separate completion call: the
    session completes when every chunk has been reported, and only then does the answer
    carry `url`. A completed session is not yet a `ready` asset: poll the asset. 404 bodies
    are not JSON objects of a known shape.

    Args:
        upload_id (str):
        body (ReportChunksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportChunksResponse
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReportChunksRequest,
) -> Response[Error | ReportChunksResponse]:
    """Report uploaded chunks

     Confirms chunks whose PUT succeeded, in any order and batch size; chunks reported again
    are counted as duplicates and ignored. There is no separate completion call: the
    session completes when every chunk has been reported, and only then does the answer
    carry `url`. A completed session is not yet a `ready` asset: poll the asset. 404 bodies
    are not JSON objects of a known shape.

    Args:
        upload_id (str):
        body (ReportChunksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportChunksResponse]
    """

    kwargs = request_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReportChunksRequest,
) -> Error | ReportChunksResponse | None:
    """Report uploaded chunks

     Confirms chunks whose PUT succeeded, in any order and batch size; chunks reported again
    are counted as duplicates and ignored. There is no separate completion call: the
    session completes when every chunk has been reported, and only then does the answer
    carry `url`. A completed session is not yet a `ready` asset: poll the asset. 404 bodies
    are not JSON objects of a known shape.

    Args:
        upload_id (str):
        body (ReportChunksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportChunksResponse
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
