from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analysis_mode import AnalysisMode
from ...models.analyze_task_list import AnalyzeTaskList
from ...models.analyze_task_status_filter import AnalyzeTaskStatusFilter
from ...models.error import Error
from ...types import UNSET, Response, Unset


def request_kwargs(
    *,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    status: AnalyzeTaskStatusFilter | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["video_url"] = video_url

    params["asset_id"] = asset_id

    params["video_id"] = video_id

    json_analysis_mode: str | Unset = UNSET
    if not isinstance(analysis_mode, Unset):
        json_analysis_mode = analysis_mode.value

    params["analysis_mode"] = json_analysis_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analyze/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeTaskList | Error | None:
    if response.status_code == 200:
        response_200 = AnalyzeTaskList.from_dict(response.json())

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
) -> Response[AnalyzeTaskList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    status: AnalyzeTaskStatusFilter | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
) -> Response[AnalyzeTaskList | Error]:
    """List asynchronous analyses

     Returns one page of analysis tasks, newest first. List items are abridged: the echoed
    prompt is cut to 30 characters, `json_schema` is left out and only the first segment
    definition is kept; retrieve a task for the full echo. Errors use the flat shape.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        status (AnalyzeTaskStatusFilter | Unset): Analysis-task states that a task listing can be
            filtered on (`canceled`: newest API).
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalysisMode | Unset): `general` (one answer, the server's choice when
            omitted) or `time_based_metadata`
            (segments described by segment definitions; Pegasus 1.5 and later).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskList | Error]
    """

    kwargs = request_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        video_url=video_url,
        asset_id=asset_id,
        video_id=video_id,
        analysis_mode=analysis_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    status: AnalyzeTaskStatusFilter | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
) -> AnalyzeTaskList | Error | None:
    """List asynchronous analyses

     Returns one page of analysis tasks, newest first. List items are abridged: the echoed
    prompt is cut to 30 characters, `json_schema` is left out and only the first segment
    definition is kept; retrieve a task for the full echo. Errors use the flat shape.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        status (AnalyzeTaskStatusFilter | Unset): Analysis-task states that a task listing can be
            filtered on (`canceled`: newest API).
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalysisMode | Unset): `general` (one answer, the server's choice when
            omitted) or `time_based_metadata`
            (segments described by segment definitions; Pegasus 1.5 and later).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        status=status,
        video_url=video_url,
        asset_id=asset_id,
        video_id=video_id,
        analysis_mode=analysis_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    status: AnalyzeTaskStatusFilter | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
) -> Response[AnalyzeTaskList | Error]:
    """List asynchronous analyses

     Returns one page of analysis tasks, newest first. List items are abridged: the echoed
    prompt is cut to 30 characters, `json_schema` is left out and only the first segment
    definition is kept; retrieve a task for the full echo. Errors use the flat shape.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        status (AnalyzeTaskStatusFilter | Unset): Analysis-task states that a task listing can be
            filtered on (`canceled`: newest API).
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalysisMode | Unset): `general` (one answer, the server's choice when
            omitted) or `time_based_metadata`
            (segments described by segment definitions; Pegasus 1.5 and later).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskList | Error]
    """

    kwargs = request_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        video_url=video_url,
        asset_id=asset_id,
        video_id=video_id,
        analysis_mode=analysis_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_limit: int | Unset = UNSET,
    status: AnalyzeTaskStatusFilter | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalysisMode | Unset = UNSET,
) -> AnalyzeTaskList | Error | None:
    """List asynchronous analyses

     Returns one page of analysis tasks, newest first. List items are abridged: the echoed
    prompt is cut to 30 characters, `json_schema` is left out and only the first segment
    definition is kept; retrieve a task for the full echo. Errors use the flat shape.

    Args:
        page (int | Unset):
        page_limit (int | Unset):
        status (AnalyzeTaskStatusFilter | Unset): Analysis-task states that a task listing can be
            filtered on (`canceled`: newest API).
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalysisMode | Unset): `general` (one answer, the server's choice when
            omitted) or `time_based_metadata`
            (segments described by segment definitions; Pegasus 1.5 and later).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            status=status,
            video_url=video_url,
            asset_id=asset_id,
            video_id=video_id,
            analysis_mode=analysis_mode,
        )
    ).parsed
