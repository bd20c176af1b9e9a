from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_status import ImportStatus
from ...types import UNSET, Response


def request_kwargs(
    integration_id: str,
    *,
    index_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["index_id"] = index_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks/transfers/import/{integration_id}/status".format(
            integration_id=quote(str(integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | ImportStatus | None:
    if response.status_code == 200:
        response_200 = ImportStatus.from_dict(response.json())

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
) -> Response[Error | ImportStatus]:
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
    index_id: str,
) -> Response[Error | ImportStatus]:
    """Retrieve import status

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (GET /connections/{connection_id}/imports/{import_id}; not described in this file).

    Groups the videos of an integration by their indexing state for one index. Not
    paginated; every group may be an empty list.

    Args:
        integration_id (str):
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportStatus]
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        index_id=index_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    index_id: str,
) -> Error | ImportStatus | None:
    """Retrieve import status

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (GET /connections/{connection_id}/imports/{import_id}; not described in this file).

    Groups the videos of an integration by their indexing state for one index. Not
    paginated; every group may be an empty list.

    Args:
        integration_id (str):
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportStatus
    """

    return sync_detailed(
        integration_id=integration_id,
        client=client,
        index_id=index_id,
    ).parsed


async def asyncio_detailed(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    index_id: str,
) -> Response[Error | ImportStatus]:
    """Retrieve import status

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (GET /connections/{connection_id}/imports/{import_id}; not described in this file).

    Groups the videos of an integration by their indexing state for one index. Not
    paginated; every group may be an empty list.

    Args:
        integration_id (str):
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ImportStatus]
    """

    kwargs = request_kwargs(
        integration_id=integration_id,
        index_id=index_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    integration_id: str,
    *,
    client: AuthenticatedClient | Client,
    index_id: str,
) -> Error | ImportStatus | None:
    """Retrieve import status

     Retired: the API removed this route on 2026-04-11 (it now answers 404); use data connectors
    (GET /connections/{connection_id}/imports/{import_id}; not described in this file).

    Groups the videos of an integration by their indexing state for one index. Not
    paginated; every group may be an empty list.

    Args:
        integration_id (str):
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ImportStatus
    """

    return (
        await asyncio_detailed(
            integration_id=integration_id,
            client=client,
            index_id=index_id,
        )
    ).parsed
