"""Fault switches: 429 with Retry-After, 5xx, dropped connections, slow answers; scoping."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import KEY, create_index


def test_rate_limit_n_times_then_normal(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.rate_limit(times=2, retry_after=3)
    first, second, third = (http.get("/indexes") for _ in range(3))
    for response in (first, second):
        assert response.status_code == 429
        assert response.content == b""  # the API documents an empty body
        assert response.headers["retry-after"] == "3"
        assert int(response.headers["x-ratelimit-reset"]) >= int(time.time())
    assert third.status_code == 200
    assert [r.fault for r in fake.requests] == ["rate_limit", "rate_limit", None]


def test_rate_limit_without_retry_after(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.rate_limit(retry_after=None)
    response = http.get("/indexes")
    assert response.status_code == 429
    assert "retry-after" not in response.headers and "x-ratelimit-reset" in response.headers


def test_server_error_n_times(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.server_error(times=2)
    statuses = [http.get("/indexes").status_code for _ in range(3)]
    assert statuses == [500, 500, 200]


def test_server_error_custom(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.server_error(
        status=503, body=b"<html>busy</html>", content_type="text/html", retry_after=2
    )
    response = http.get("/indexes")
    assert response.status_code == 503 and response.text == "<html>busy</html>"
    assert response.headers["retry-after"] == "2"


def test_faults_fire_before_handling(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.server_error()
    response = http.post(
        "/indexes",
        json={
            "index_name": "x",
            "models": [{"model_name": "marengo2.7", "model_options": ["visual"]}],
        },
    )
    assert response.status_code == 500
    assert http.get("/indexes").json()["data"] == []


def test_drop_connection_before_handling(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.drop_connection()
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(
            "/indexes",
            json={
                "index_name": "x",
                "models": [{"model_name": "marengo2.7", "model_options": ["visual"]}],
            },
        )
    assert http.get("/indexes").json()["data"] == []  # nothing was created


def test_drop_connection_after_handling(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.drop_connection(after_handling=True, method="POST")
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(
            "/indexes",
            json={
                "index_name": "x",
                "models": [{"model_name": "marengo2.7", "model_options": ["visual"]}],
            },
        )
    assert len(http.get("/indexes").json()["data"]) == 1  # created, but the answer was lost


def test_drop_connection_mid_body(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    create_index(http)
    fake.faults.drop_connection(mid_body=True)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/indexes")
    with http.stream("GET", "/indexes") as response:
        assert response.status_code == 200


def test_delay(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.delay(0.2, times=1)
    started = time.monotonic()
    assert http.get("/indexes").status_code == 200
    assert time.monotonic() - started >= 0.2
    started = time.monotonic()
    http.get("/indexes")
    assert time.monotonic() - started < 0.2


def test_delay_beyond_read_timeout(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.delay(30)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        http.get("/indexes", timeout=httpx.Timeout(5, read=0.1))
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    ("method", "path", "hits"),
    [
        ("GET", None, ["/indexes", "/tasks", "/indexes/abc"]),
        (None, "/tasks", ["/tasks"]),
        (None, "/v1.3/tasks", ["/tasks"]),
        (None, "/indexes/{index-id}", ["/indexes/abc"]),
        (None, "/indexes/*", ["/indexes/abc"]),
        (None, "/indexes/abc", ["/indexes/abc"]),
        ("POST", None, []),
    ],
)
def test_scoping(
    fake: FakeTwelveLabs, http: httpx.Client, method: str | None, path: str | None, hits: list[str]
) -> None:
    fake.faults.server_error(times=None, method=method, path=path)
    failed = [p for p in ("/indexes", "/tasks", "/indexes/abc") if http.get(p).status_code == 500]
    assert failed == hits


def test_persistent_fault_until_cleared(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    fake.faults.rate_limit(times=None)
    assert {http.get("/indexes").status_code for _ in range(5)} == {429}
    assert len(fake.faults.active) == 1
    fake.faults.clear()
    assert http.get("/indexes").status_code == 200


def test_times_must_be_positive(fake: FakeTwelveLabs) -> None:
    with pytest.raises(ValueError):
        fake.faults.rate_limit(times=0)


def test_faults_over_the_async_transport(fake: FakeTwelveLabs) -> None:
    fake.faults.rate_limit()
    fake.faults.drop_connection(path="/tasks")

    async def run() -> int:
        async with fake.async_http_client(headers={"x-api-key": KEY}) as client:
            limited = await client.get("/indexes")
            with pytest.raises(httpx.RemoteProtocolError):
                await client.get("/tasks")
            assert (await client.get("/tasks")).status_code == 200
            return limited.status_code

    assert asyncio.run(run()) == 429
