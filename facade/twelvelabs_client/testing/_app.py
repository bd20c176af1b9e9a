"""The fake API as one function: ``FakeApp.handle(Request) -> Response``.

Order of work for each request: record it, find its route, fire any armed fault switch, check
the API key, parse the body the route expects (JSON or multipart), run the handler under the
state lock, and turn any ``ApiError`` into the API's error body.
"""

from __future__ import annotations

import collections
import dataclasses
import hmac
import json
import threading
import time
from dataclasses import dataclass
from typing import Any

from . import (
    _ops_analyze,
    _ops_assets,
    _ops_embed,
    _ops_embed_v2,
    _ops_generate,
    _ops_indexed_assets,
    _ops_indexes,
    _ops_multipart,
    _ops_search,
    _ops_tasks,
    _ops_videos,
)
from ._errors import ApiError, invalid
from ._faults import API_PREFIX, CHUNK_FAULTS, Fault, FaultSwitches
from ._multipart import FormData, MultipartError, boundary_of, parse_multipart
from ._routing import Call, Route
from ._state import Store
from ._storage import STORAGE_ROUTE, handle_storage, is_storage_path
from ._wire import Request, Response

ROUTES: list[Route] = [
    *_ops_indexes.ROUTES,
    *_ops_tasks.ROUTES,
    *_ops_videos.ROUTES,
    *_ops_search.ROUTES,
    *_ops_embed.ROUTES,
    *_ops_generate.ROUTES,
    *_ops_analyze.ROUTES,
    *_ops_embed_v2.ROUTES,
    *_ops_multipart.ROUTES,  # before the assets: `/assets/multipart-uploads` is no asset id
    *_ops_assets.ROUTES,
    *_ops_indexed_assets.ROUTES,
]
# The 2025 routes the live API has removed (generate in 2026-02, gist and summarize in 2026-03,
# the cloud imports in 2026-04/05). ``FakeTwelveLabs(retired_routes=False)`` answers them 404.
RETIRED_ROUTES = frozenset(
    {
        "/generate",
        "/gist",
        "/summarize",
        "/tasks/transfers/import/{integration-id}",
        "/tasks/transfers/import/{integration-id}/status",
        "/tasks/transfers/import/{integration-id}/logs",
    }
)
MAX_JSON_BYTES = 16 * 1024 * 1024
# Credentials are never kept in ``fake.requests``: a real key pointed at the fake by mistake
# must not turn up in a repr, a log or a test failure message.
SECRET_HEADERS = frozenset({"x-api-key", "authorization", "proxy-authorization", "cookie"})
REDACTED = "<redacted>"


@dataclass
class RecordedRequest:
    """A request as the fake received it (available as ``fake.requests``).

    Credential headers (``x-api-key``, ``authorization``, ...) show as ``"<redacted>"``;
    ``api_key_sent`` and ``api_key_matched`` tell whether a key came and was the fake's.
    """

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    route: str | None = None
    operation_id: str | None = None
    json: Any = None
    form: FormData | None = None
    status: int | None = None
    fault: str | None = None
    api_key_sent: bool = False
    api_key_matched: bool = False


def _without_moov(form: FormData | None) -> FormData | None:
    """The form as recorded: an upload's ``moov`` box (up to 32 MiB) is not kept."""
    if form is None:
        return None
    files = [dataclasses.replace(part, moov=None) for part in form.files]
    return FormData(fields=list(form.fields), files=files)


def _retry_headers(retry_after: float | None) -> list[tuple[str, str]]:
    headers = []
    if retry_after is not None:
        value = int(retry_after) if float(retry_after).is_integer() else retry_after
        headers.append(("Retry-After", str(value)))
    wait = retry_after if retry_after is not None else 1
    headers += [
        ("X-Ratelimit-Limit", "50"),
        ("X-Ratelimit-Remaining", "0"),
        ("X-Ratelimit-Used", "50"),
        ("X-Ratelimit-Reset", str(int(time.time() + wait + 0.999))),
    ]
    return headers


class FakeApp:
    def __init__(
        self,
        store: Store,
        faults: FaultSwitches,
        *,
        api_key: str,
        auto_advance: float = 0.0,
        max_recorded: int | None = 10_000,
        retired_routes: bool = True,
    ) -> None:
        self.store = store
        self.faults = faults
        self.api_key = api_key
        self.auto_advance = auto_advance
        self.retired_routes = retired_routes
        # Bounded, so a long-running served fake does not grow without limit.
        self.requests: collections.deque[RecordedRequest] = collections.deque(maxlen=max_recorded)
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ entry point

    def handle(self, request: Request) -> Response:
        method = request.method.upper()
        given = request.headers.get("x-api-key")
        record = RecordedRequest(
            method=method,
            path=request.path,
            query=request.query.items(),
            headers={k: REDACTED if k in SECRET_HEADERS else v for k, v in request.headers.items()},
            api_key_sent=given is not None,
            api_key_matched=self._key_matches(given),
        )
        with self._lock:
            self.requests.append(record)
        if is_storage_path(request.path):
            return self._storage(request, record)
        route, params, allowed = self._match(
            method, request.path_segments(), retired=self.retired_routes
        )
        if route is not None:
            record.route, record.operation_id = route.template, route.operation_id
        template = route.template if route else None
        delay = self.faults.take(("delay",), method, template, request.path)
        fault = self.faults.take(
            ("rate_limit", "server_error", "drop"), method, template, request.path
        )
        record.fault = fault.kind if fault else None
        if fault is not None and (fault.kind != "drop" or not fault.after_handling):
            response = self._fault_response(fault)
        else:
            response = self._dispatch(request, route, params, allowed, record)
            if fault is not None:
                response.drop = "mid_body" if fault.mid_body else "no_response"
        if delay is not None:
            response.delay = delay.seconds
        response.headers.append(("X-Api-Version", "1.3"))
        record.status = response.status
        self._tick()
        return response

    def _tick(self) -> None:
        if self.auto_advance > 0:
            advance = getattr(self.store.clock, "advance", None)
            if callable(advance):
                advance(self.auto_advance)

    def _storage(self, request: Request, record: RecordedRequest) -> Response:
        """A chunk PUT to a presigned URL: no API key needed, only chunk faults apply."""
        record.route, record.operation_id = STORAGE_ROUTE, "upload_chunk"
        fault = self.faults.take(CHUNK_FAULTS, request.method, STORAGE_ROUTE, request.path)
        record.fault = fault.kind if fault else None
        response = handle_storage(self.store, request, fault)
        record.status = response.status
        self._tick()
        return response

    # ------------------------------------------------------------------ steps

    @staticmethod
    def _match(
        method: str, segments: list[str], *, retired: bool = True
    ) -> tuple[Route | None, dict[str, str], list[str]]:
        allowed: list[str] = []
        prefix = [s for s in API_PREFIX.split("/") if s]
        if segments[: len(prefix)] != prefix:
            return None, {}, allowed
        rest = segments[len(prefix) :]
        for route in ROUTES:
            if not retired and route.template in RETIRED_ROUTES:
                continue
            params = route.match(rest)
            if params is None:
                continue
            if route.method == method:
                return route, params, allowed
            allowed.append(route.method)
        return None, {}, allowed

    @staticmethod
    def _fault_response(fault: Fault) -> Response:
        if fault.kind == "rate_limit":
            return Response(status=429, headers=_retry_headers(fault.retry_after))
        if fault.kind == "server_error":
            headers = [("Content-Type", fault.content_type)] if fault.content_type else []
            if fault.retry_after is not None:
                headers += _retry_headers(fault.retry_after)[:1]
            return Response(status=fault.status, headers=headers, chunks=[fault.body])
        return Response(status=0, drop="no_response")

    def _key_matches(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest((given or "").encode(), self.api_key.encode())

    def _dispatch(
        self,
        request: Request,
        route: Route | None,
        params: dict[str, str],
        allowed: list[str],
        record: RecordedRequest,
    ) -> Response:
        try:
            if not record.api_key_matched:
                raise ApiError(
                    401,
                    "api_key_invalid",
                    "The API key is invalid or has expired; check it or create a new one in the dashboard.",
                    docs_url=None,
                )
            if route is None:
                if allowed:
                    raise ApiError(
                        405,
                        "method_not_allowed",
                        f"{request.method} is not supported here; use {', '.join(sorted(set(allowed)))}.",
                        docs_url=None,
                        headers=[("Allow", ", ".join(sorted(set(allowed))))],
                    )
                raise ApiError(
                    404,
                    "resource_not_exist",
                    f"There is no endpoint {request.method} {request.path}.",
                    docs_url=None,
                )
            call = Call(
                store=self.store,
                request=request,
                params=params,
                faults=self.faults,
            )
            if route.body == "json":
                call.json = record.json = self._read_json(request)
            elif route.body == "multipart":
                call.form, call.form_hint = self._read_form(request)
                record.form = _without_moov(call.form)
            with self.store.lock:
                return route.handler(call)
        except ApiError as error:
            # The key is checked before routing (as a gateway would): a 401 is flat everywhere.
            if route is None or error.status == 401:
                return error.to_response()
            return error.to_response(route.errors)

    @staticmethod
    def _read_json(request: Request) -> Any:
        try:
            raw = request.read_body(MAX_JSON_BYTES)
        except ValueError:
            raise invalid("body", "The request body is too large.") from None
        if not raw.strip():
            return {}
        try:
            return json.loads(raw)
        except ValueError:
            raise invalid("body", "The request body is not valid JSON.") from None

    @staticmethod
    def _read_form(request: Request) -> tuple[FormData | None, str]:
        content_type = request.headers.get("content-type")
        boundary = boundary_of(content_type)
        if boundary is None:
            sent = (content_type or "no content type").split(";")[0]
            return None, f"This endpoint reads multipart/form-data only (the request was {sent})."
        try:
            return parse_multipart(request.iter_body(), boundary), ""
        except MultipartError as error:
            raise invalid("body", f"The multipart/form-data body is malformed: {error}.") from None
