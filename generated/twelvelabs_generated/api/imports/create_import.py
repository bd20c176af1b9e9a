from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_import_request import CreateImportRequest
from ...models.error import Error
from ...models.import_result import ImportResult
from ...types import Response


def request_kwargs(
    integration_id: str,
    *,
    body: CreateImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/transfers/import/{integration_id}".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ImportResult | None:
    if response.status_code == 201:
        response_201 = ImportResult.from_dict(response.json())

        return response_201

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
) -> Response[Error | ImportResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportRequest,
) -> Response[Error | ImportResult]:
    """Import videos from an integration

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (POST /connections/{connection_id}/imports; not described in this file).

    Starts indexing every video found in a cloud-storage integration into one index. Only one
    import per integration can run at a time. v1.3 documents 201; clients accept any 2xx.

    Args:
        integration_id (str):
        body (CreateImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportResult]
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportRequest,
) -> Error | ImportResult | None:
    """Import videos from an integration

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (POST /connections/{connection_id}/imports; not described in this file).

    Starts indexing every video found in a cloud-storage integration into one index. Only one
    import per integration can run at a time. v1.3 documents 201; clients accept any 2xx.

    Args:
        integration_id (str):
        body (CreateImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportResult
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportRequest,
) -> Response[Error | ImportResult]:
    """Import videos from an integration

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (POST /connections/{connection_id}/imports; not described in this file).

    Starts indexing every video found in a cloud-storage integration into one index. Only one
    import per integration can run at a time. v1.3 documents 201; clients accept any 2xx.

    Args:
        integration_id (str):
        body (CreateImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportResult]
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportRequest,
) -> Error | ImportResult | None:
    """Import videos from an integration

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (POST /connections/{connection_id}/imports; not described in this file).

    Starts indexing every video found in a cloud-storage integration into one index. Only one
    import per integration can run at a time. v1.3 documents 201; clients accept any 2xx.

    Args:
        integration_id (str):
        body (CreateImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportResult
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            body=body,
        )
    ).parsed
