"""``assets.upload(..., timeout=T)`` against an API that stalls: every request the upload makes
(session create, presigned URLs, reports, the listings of a resume, the asset fetched with
``wait=False``) and every chunk PUT is held to the call's deadline, sync and async; without
``timeout=`` nothing is cut. And a key the API echoes into a session answer reaches neither an
error message nor the storage host.

A stall is simulated on the fake's clock: a request whose read timeout is shorter than the
stall moves the clock by that timeout and raises ``httpx.ReadTimeout`` (as a server that does
not answer in time would), otherwise the clock moves by the stall and the fake answers."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from twelvelabs_client import (
    APITimeoutError,
    AsyncTwelveLabs,
    NotFoundError,
    TwelveLabs,
    UnexpectedResponseError,
    UploadInterruptedError,
)
from twelvelabs_client.testing import FakeTwelveLabs

CHUNK = 64 * 1024
STALL = 40.0
CLIENT_TIMEOUT = 60.0
DATA = bytes(range(256)) * 1024  # 4 chunks


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(multipart_chunk_size=CHUNK)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class _Stalling(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake, with the requests that ``stalls(request)`` picks held for :data:`STALL`
    seconds of the fake's time; records every request's method, path and read timeout."""

    def __init__(self, fake: FakeTwelveLabs, stalls: Callable[[httpx.Request], bool]) -> None:
        self.fake, self.stalls = fake, stalls
        self.inner, self.ainner = fake.transport(), fake.async_transport()
        self.seen: list[tuple[str, str, float]] = []

    def _stall(self, request: httpx.Request) -> None:
        read = request.extensions["timeout"]["read"]
        self.seen.append((request.method, request.url.path, read))
        if self.stalls(request):
            if read < STALL:
                self.fake.advance(read)
                raise httpx.ReadTimeout("no answer", request=request)
            self.fake.advance(STALL)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._stall(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._stall(request)
        return await self.ainner.handle_async_request(request)


def _call(fake: FakeTwelveLabs, mode: str, transport: _Stalling, call: Callable[[Any], Any]) -> Any:
    """``call(client)`` with a sync or an async client of the fake over ``transport`` (the
    async one's coroutine awaited)."""
    if mode == "sync":
        with fake.client(
            http_client=httpx.Client(transport=transport), timeout=CLIENT_TIMEOUT
        ) as c:
            return call(c)

    async def go() -> Any:
        http_client = httpx.AsyncClient(transport=transport)
        async with fake.async_client(http_client=http_client, timeout=CLIENT_TIMEOUT) as c:
            return await call(c)

    return asyncio.run(go())


def _upload(fake: FakeTwelveLabs, mode: str, transport: _Stalling, file: Any, **kwargs: Any) -> Any:
    options: dict[str, Any] = {"filename": "a.mp4", "multipart": True, "concurrency": 1}
    options.update(kwargs)
    return _call(fake, mode, transport, lambda c: c.assets.upload(file, **options))


def _is(method: str, pattern: str) -> Callable[[httpx.Request], bool]:
    def match(request: httpx.Request) -> bool:
        return request.method == method and re.search(pattern, request.url.path) is not None

    return match


CREATE = _is("POST", r"/assets/multipart-uploads$")
REPORT = _is("POST", r"/assets/multipart-uploads/[^/]+$")
PRESIGNED = _is("POST", r"/presigned-urls$")
LISTING = _is("GET", r"/assets/multipart-uploads$")


def _held_to(transport: _Stalling, timeout: float) -> None:
    """Every request of the upload, to the API and to storage, had a read timeout within the
    call's ``timeout`` (none kept the client's own)."""
    assert transport.seen
    assert all(read <= timeout for _, _, read in transport.seen), transport.seen


def test_a_stalled_session_create_ends_at_the_deadline(fake: FakeTwelveLabs, mode: str) -> None:
    transport = _Stalling(fake, CREATE)
    with pytest.raises(APITimeoutError) as caught:
        _upload(fake, mode, transport, DATA, timeout=10, wait=False)
    assert any("timeout ran out" in note for note in caught.value.__notes__)
    _held_to(transport, 10)
    assert not [s for s in transport.seen if s[0] == "PUT"]


def test_a_stalled_report_stops_the_upload_resumably(fake: FakeTwelveLabs, mode: str) -> None:
    transport = _Stalling(fake, REPORT)
    with pytest.raises(UploadInterruptedError, match="timeout ran out") as caught:
        _upload(fake, mode, transport, DATA, timeout=10, wait=False)
    _held_to(transport, 10)
    assert caught.value.upload_id
    resumed = _upload(
        fake, mode, _Stalling(fake, lambda r: False), DATA, upload_id=caught.value.upload_id
    )
    assert resumed.status == "ready"


def test_a_stalled_presigned_url_request_stops_the_upload(fake: FakeTwelveLabs, mode: str) -> None:
    fake.faults.expire_chunks(1, chunk_index=2)  # a 403: chunk 2 needs a fresh URL
    transport = _Stalling(fake, PRESIGNED)
    with pytest.raises(UploadInterruptedError, match="timeout ran out") as caught:
        _upload(fake, mode, transport, DATA, timeout=10, wait=False)
    _held_to(transport, 10)
    assert any(PRESIGNED_PATH.search(path) for _, path, _ in transport.seen)
    assert caught.value.upload_id


PRESIGNED_PATH = re.compile(r"/presigned-urls$")


def test_a_stalled_listing_of_a_resume_ends_at_the_deadline(
    fake: FakeTwelveLabs, mode: str
) -> None:
    fake.faults.fail_chunks(None, chunk_index=3)
    with pytest.raises(UploadInterruptedError) as first:
        _upload(fake, mode, _Stalling(fake, lambda r: False), DATA)
    fake.faults.clear()
    transport = _Stalling(fake, LISTING)
    with pytest.raises(APITimeoutError):
        _upload(fake, mode, transport, DATA, upload_id=first.value.upload_id, timeout=10)
    _held_to(transport, 10)
    assert not [s for s in transport.seen if s[0] == "PUT"]


def test_the_asset_fetched_after_the_upload_is_held_to_the_deadline(
    fake: FakeTwelveLabs, mode: str
) -> None:
    transport = _Stalling(fake, _is("GET", r"/assets/[^/]+$"))
    with pytest.raises(APITimeoutError):
        _upload(fake, mode, transport, DATA, timeout=10, wait=False)
    _held_to(transport, 10)


def test_a_stalled_direct_upload_ends_at_the_deadline(fake: FakeTwelveLabs, mode: str) -> None:
    transport = _Stalling(fake, _is("POST", r"/assets$"))
    with pytest.raises(APITimeoutError):
        _upload(fake, mode, transport, DATA, multipart=False, timeout=10)
    _held_to(transport, 10)


def test_chunk_puts_are_held_to_the_deadline(fake: FakeTwelveLabs, mode: str) -> None:
    transport = _Stalling(fake, lambda r: False)
    asset = _upload(fake, mode, transport, DATA, timeout=5, wait=False)
    assert asset.id
    puts = [read for method, _, read in transport.seen if method == "PUT"]
    assert len(puts) == 4
    assert all(read <= 5 for read in puts)


def test_without_a_timeout_a_stalled_api_is_waited_for(fake: FakeTwelveLabs, mode: str) -> None:
    """No ``timeout=``: the session calls keep the client's timeout and a slow answer (40 s,
    under its 60 s) is waited for, as before."""
    transport = _Stalling(fake, lambda r: CREATE(r) or REPORT(r))
    asset = _upload(fake, mode, transport, DATA, wait=False)
    assert asset.id
    assert all(read == CLIENT_TIMEOUT for _, _, read in transport.seen)


def _index_asset(fake: FakeTwelveLabs, mode: str, transport: _Stalling, **kwargs: Any) -> Any:
    """``indexed_assets.create_and_wait`` into a new index of the fake."""
    index_id = fake.create_index("deadlines", models=["marengo3.0"])
    return _call(
        fake, mode, transport, lambda c: c.indexed_assets.create_and_wait(index_id, **kwargs)
    )


@pytest.mark.parametrize(
    ("source", "stalls"),
    [
        ("asset_id", _is("POST", r"/indexed-assets$")),  # the indexed asset's creation
        ("url", _is("POST", r"/indexed-assets$")),
        ("url", _is("POST", r"/assets$")),  # the asset's creation from the URL
    ],
)
def test_index_and_wait_holds_its_creating_requests_to_the_deadline(
    fake: FakeTwelveLabs, mode: str, source: str, stalls: Callable[[httpx.Request], bool]
) -> None:
    transport = _Stalling(fake, stalls)
    if source == "asset_id":
        source_argument: dict[str, Any] = {"asset_id": fake.add_asset("a.mp4", duration=30)}
    else:
        source_argument = {"url": "https://example.com/a.mp4"}
    with pytest.raises(APITimeoutError) as caught:
        _index_asset(fake, mode, transport, timeout=20, **source_argument)
    assert any("timeout ran out" in note for note in caught.value.__notes__)
    _held_to(transport, 20)


# ----------------------------------------------------------------------------- the key

KEY = "tlk_SECRET_0123456789abcdef"


def _echoing(field: str, puts: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    """An API that echoes the key into one field of the session answer."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            puts.append(request)
            return httpx.Response(200, headers={"etag": '"e"'})
        if request.method == "GET":  # the asset, after the upload
            return httpx.Response(404, json={"code": "not_found", "message": "no"})
        key = request.headers.get("x-api-key", "")
        url: Any = "https://storage.test/1"
        index: Any = 1
        headers: dict[str, str] = {}
        if field == "url":
            url = "key=" + key
        elif field == "long url":  # cut in the message right inside the key
            url = "x" * 90 + key
        elif field == "chunk_index":
            index = key
        elif field == "headers":
            headers = {"x-echo": key + "\n"}
        elif field == "valid url":  # a usable URL: the PUT goes to it
            url = "https://storage.test/1?sig=" + key
        body = {
            "upload_id": "u1",
            "asset_id": "a1",
            "chunk_size": 1024,
            "total_chunks": 1,
            "upload_urls": [{"chunk_index": index, "url": url}],
            "upload_headers": headers,
        }
        if "/multipart-uploads/" in request.url.path:  # the report
            body = {"url": "https://s.test/done", "asset_id": "a1", "total_completed": 1}
        return httpx.Response(201, json=body)

    return answer


def _upload_to(answer: Callable[[httpx.Request], httpx.Response], mode: str) -> Any:
    if mode == "sync":
        http_client = httpx.Client(transport=httpx.MockTransport(answer))
        with TwelveLabs(api_key=KEY, max_retries=0, http_client=http_client) as client:
            return client.assets.upload(b"x" * 1024, filename="a.mp4", multipart=True, wait=False)

    async def go() -> Any:
        http_client = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncTwelveLabs(api_key=KEY, max_retries=0, http_client=http_client) as c:
            return await c.assets.upload(b"x" * 1024, filename="a.mp4", multipart=True, wait=False)

    return asyncio.run(go())


@pytest.mark.parametrize("field", ["url", "long url", "chunk_index", "headers"])
def test_a_key_echoed_into_a_session_answer_is_masked_in_the_error(field: str, mode: str) -> None:
    with pytest.raises(UnexpectedResponseError) as caught:
        _upload_to(_echoing(field, []), mode)
    text = f"{caught.value!s}{caught.value!r}{caught.value.args}"
    assert KEY[:8] not in text  # not even the part a cut message would show
    assert "[REDACTED" in text


def test_a_key_echoed_into_a_presigned_url_is_not_sent_to_storage(mode: str) -> None:
    puts: list[httpx.Request] = []
    with pytest.raises(NotFoundError):  # the asset fetched after the upload
        _upload_to(_echoing("valid url", puts), mode)
    assert len(puts) == 1
    assert KEY not in str(puts[0].url)
    assert all(KEY not in value for value in puts[0].headers.values())
