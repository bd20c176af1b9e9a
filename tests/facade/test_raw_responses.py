"""``client.with_raw_response``: every method that sends one request answers
a ``RawResponse`` (status, headers, the httpx response, ``.parse()`` giving what the plain call
gives), sync and async; the others refuse when asked for, saying why."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from facade_support import example
from test_async import ENDPOINTS, TASK, AsyncRunner, SyncRunner
from twelvelabs_client import NotFoundError, RawResponse, Task
from twelvelabs_client._operations import ResourceBase, api_method
from twelvelabs_client.testing import FakeTwelveLabs

HEADERS = {"x-api-version": "1.3", "x-ratelimit-remaining": "41"}
ONE_REQUEST = [row for row in ENDPOINTS if row[1] == "call" and row[0] != "create_search"]
MANY_REQUESTS = [row for row in ENDPOINTS if row not in ONE_REQUEST]


@pytest.fixture(params=[SyncRunner, AsyncRunner], ids=["sync", "async"])
def make(request: pytest.FixtureRequest) -> type[SyncRunner]:
    runner_class: type[SyncRunner] = request.param
    return runner_class


def outcome(run: Callable[[], Any]) -> Any:
    """What a call gives: its result, or the type and message of what it raised."""
    try:
        return run()
    except Exception as exc:
        return (type(exc), str(exc))


def sent(request: httpx.Request) -> tuple[str, str, bytes]:
    """Method, URL and body of a request (a multipart body without its random boundary)."""
    body = request.read()
    boundary = request.headers.get("content-type", "").partition("boundary=")[2]
    if boundary:
        body = body.replace(boundary.encode(), b"BOUNDARY")
    return request.method, str(request.url), body


@pytest.mark.parametrize(
    ("label", "kind", "call"), ONE_REQUEST, ids=[row[0] for row in ONE_REQUEST]
)
def test_every_one_request_method_has_a_raw_response(
    make: type[SyncRunner], label: str, kind: str, call: Callable[..., Any]
) -> None:
    # An empty body: parse() must then do exactly what the plain call does (a model with
    # optional fields, None for a delete, or the same UnexpectedResponseError).
    plain = make(httpx.Response(200, json={}, headers=HEADERS))
    raw_runner = make(httpx.Response(200, json={}, headers=HEADERS))

    raw = raw_runner.call(lambda c: call(c.with_raw_response))

    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-api-version"] == "1.3"
    assert raw.headers["x-ratelimit-remaining"] == "41"
    assert isinstance(raw.http_response, httpx.Response)
    assert outcome(lambda: plain.call(lambda c: call(c))) == outcome(raw.parse)
    # The same request went out, once.
    assert len(raw_runner.requests) == 1
    assert [sent(r) for r in raw_runner.requests] == [sent(r) for r in plain.requests]


def test_parse_gives_the_model_of_the_plain_call(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(200, json=example("Task"), headers=HEADERS))
    raw = r.call(lambda c: c.with_raw_response.tasks.retrieve(TASK))
    task = raw.parse()
    assert isinstance(task, Task) and task.id == TASK


def test_an_error_status_raises_as_the_plain_call_does_after_the_same_retries(
    make: type[SyncRunner],
) -> None:
    r = make(httpx.Response(503), httpx.Response(404, json={"code": "resource_not_exist"}))
    with pytest.raises(NotFoundError):
        r.call(lambda c: c.with_raw_response.tasks.retrieve(TASK))
    assert len(r.requests) == 2  # the 503 retried, as for the plain call


@pytest.mark.parametrize(
    ("label", "kind", "call"), MANY_REQUESTS, ids=[row[0] for row in MANY_REQUESTS]
)
def test_pagers_and_search_results_have_no_raw_response(
    make: type[SyncRunner], label: str, kind: str, call: Callable[..., Any]
) -> None:
    r = make()
    with pytest.raises(AttributeError, match=r"has no raw response: it returns (a pager|search)"):
        call(r.client.with_raw_response)
    assert r.requests == []


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("tasks.wait", "polls until the work is finished"),
        ("tasks.create_and_wait", "sends several requests"),
        ("embed.tasks.create_and_wait", "sends several requests"),
        ("generate.stream", "returns a stream"),
        ("analyze.stream", "returns a stream"),
        ("assets.upload", "sends several requests"),
        ("assets.list", "returns a pager"),
        ("close", "is not an API method"),
    ],
)
def test_waits_steps_and_streams_say_why_they_have_no_raw_response(
    make: type[SyncRunner], path: str, reason: str
) -> None:
    target: Any = make().client.with_raw_response
    *namespaces, method = path.split(".")
    for name in namespaces:
        target = getattr(target, name)
    with pytest.raises(AttributeError, match=reason):
        getattr(target, method)


def test_every_method_of_every_namespace_is_covered(make: type[SyncRunner]) -> None:
    # No per-method code: a namespace added later gets raw responses (or a reason) by itself.
    client = make().client
    seen = 0

    def walk(namespace: ResourceBase, raw: Any, path: str) -> None:
        nonlocal seen
        for name in dir(namespace):
            value = getattr(namespace, name) if not name.startswith("_") else None
            if isinstance(value, ResourceBase):
                walk(value, getattr(raw, name), f"{path}.{name}")
            elif isinstance(inspect.getattr_static(type(namespace), name, None), api_method):
                seen += 1
                try:
                    assert callable(getattr(raw, name))
                except AttributeError as exc:
                    assert f"{path}.{name} has no raw response: it " in str(exc)

    for name in dir(client):  # dir(), not vars(): the sync client builds namespaces on first use
        value = getattr(client, name)
        if isinstance(value, ResourceBase):
            walk(value, getattr(client.with_raw_response, name), f"with_raw_response.{name}")
    assert seen > 40


def test_raw_responses_against_the_fake_carry_its_headers() -> None:
    fake = FakeTwelveLabs("k")
    with fake.client() as client:
        raw = client.with_raw_response.indexes.create(
            "i", models=[{"model_name": "marengo2.7", "model_options": ["visual"]}]
        )
        assert raw.status_code == 201
        assert raw.headers["x-api-version"] == "1.3"
        deleted = client.with_raw_response.indexes.delete(raw.parse().id)
        assert deleted.status_code in (200, 204) and deleted.parse() is None


def test_async_raw_responses_are_awaited() -> None:
    async def main() -> None:
        async with FakeTwelveLabs("k").async_client() as client:
            raw = await client.with_raw_response.indexes.create(
                "i", models=[{"model_name": "marengo2.7", "model_options": ["visual"]}]
            )
            index = await client.with_raw_response.indexes.retrieve(raw.parse().id)
            assert index.status_code == 200 and index.parse().index_name == "i"

    asyncio.run(main())


def test_the_request_of_a_raw_response_shows_the_key_masked(make: type[SyncRunner]) -> None:
    r = make(httpx.Response(200, json=example("Task"), headers=HEADERS))
    raw = r.call(lambda c: c.with_raw_response.tasks.retrieve(TASK))
    headers = raw.http_response.request.headers
    assert headers["x-api-key"] == "[REDACTED]"
    assert raw.parse().id == TASK  # parsing does not need the key
