"""Retries: the pure decision, and the send path applying it with an injected sleep."""

from __future__ import annotations

import email.utils
import io
import logging

import httpx
import pytest
from facade_support import API_KEY, example, json_response, make_client
from twelvelabs_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    InvalidInputError,
    RateLimitError,
)
from twelvelabs_client._retry import (
    RetryPolicy,
    backoff_delay,
    jitter,
    parse_retry_after,
    retry_delay,
)

IDX = "67b2c41e9d3f5a0e1c7a4b12"
NOW = 1_750_000_000.0
NO_JITTER = RetryPolicy(max_retries=10, jitter=lambda d: d)


# ----------------------------------------------------------------------------- pure decision


def test_backoff_doubles_from_half_a_second_and_caps_at_eight() -> None:
    assert [backoff_delay(n, NO_JITTER) for n in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]


def test_default_jitter_stays_within_75_to_100_percent() -> None:
    values = [jitter(4.0) for _ in range(200)]
    assert all(3.0 <= v <= 4.0 for v in values)
    assert len(set(values)) > 1


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520])
def test_retryable_statuses(status: int) -> None:
    assert retry_delay(attempt=0, policy=NO_JITTER, retry_safe=True, status_code=status) == 0.5


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 499])
def test_non_retryable_statuses(status: int) -> None:
    assert retry_delay(attempt=0, policy=NO_JITTER, retry_safe=True, status_code=status) is None


def test_gives_up_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2, jitter=lambda d: d)
    assert retry_delay(attempt=1, policy=policy, retry_safe=True, status_code=500) == 1
    assert retry_delay(attempt=2, policy=policy, retry_safe=True, status_code=500) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        ("1.5", 1.5),
        (" 0 ", 0.0),
        ("-4", 0.0),
        (email.utils.formatdate(NOW + 12, usegmt=True), 12.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_retry_after_wins_and_is_capped() -> None:
    def delay(headers: dict[str, str], status: int = 429) -> float | None:
        return retry_delay(
            attempt=0,
            policy=NO_JITTER,
            retry_safe=True,
            status_code=status,
            headers=headers,
            now=NOW,
        )

    assert delay({"retry-after": "5"}) == 5
    assert delay({"retry-after": "5", "x-ratelimit-reset": str(NOW + 30)}) == 5
    assert delay({"retry-after": "3600"}) == 60
    assert delay({"retry-after": "2"}, status=503) == 2


def test_ratelimit_reset_is_used_on_429_only() -> None:
    headers = {"x-ratelimit-reset": str(int(NOW + 9))}
    on_429 = retry_delay(
        attempt=0, policy=NO_JITTER, retry_safe=True, status_code=429, headers=headers, now=NOW
    )
    on_500 = retry_delay(
        attempt=0, policy=NO_JITTER, retry_safe=True, status_code=500, headers=headers, now=NOW
    )
    assert on_429 == 9
    assert on_500 == 0.5


@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("x"), httpx.ConnectTimeout("x"), httpx.PoolTimeout("x")],
)
def test_unsafe_requests_retry_when_nothing_was_sent(error: Exception) -> None:
    assert retry_delay(attempt=0, policy=NO_JITTER, retry_safe=False, error=error) == 0.5


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("x"),
        httpx.WriteTimeout("x"),
        httpx.RemoteProtocolError("x"),
        httpx.ReadError("x"),
    ],
)
def test_unsafe_requests_do_not_retry_once_sent(error: Exception) -> None:
    assert retry_delay(attempt=0, policy=NO_JITTER, retry_safe=False, error=error) is None
    assert retry_delay(attempt=0, policy=NO_JITTER, retry_safe=True, error=error) == 0.5


@pytest.mark.parametrize(
    ("status", "headers", "retried"),
    [
        (429, {}, True),
        (503, {"retry-after": "1"}, True),
        (503, {}, False),
        (500, {"retry-after": "1"}, False),
        (502, {}, False),
        (408, {}, False),
    ],
)
def test_unsafe_requests_retry_only_statuses_that_were_not_processed(
    status: int, headers: dict[str, str], retried: bool
) -> None:
    delay = retry_delay(
        attempt=0, policy=NO_JITTER, retry_safe=False, status_code=status, headers=headers, now=NOW
    )
    assert (delay is not None) is retried


def test_programming_errors_are_never_retried() -> None:
    assert retry_delay(attempt=0, policy=NO_JITTER, retry_safe=True, error=ValueError()) is None


# ----------------------------------------------------------------------------- send path


def test_get_is_retried_with_backoff_then_succeeds() -> None:
    h = make_client(
        httpx.Response(500),
        httpx.Response(502),
        json_response(200, example("Index")),
        max_retries=2,
    )
    h.client._sender.policy = RetryPolicy(max_retries=2, jitter=lambda d: d)
    index = h.client.indexes.retrieve(IDX)
    assert index.id
    assert len(h.recorder.requests) == 3
    assert h.sleeps == [0.5, 1.0]


def test_retries_stop_at_max_retries_and_raise_the_last_error() -> None:
    h = make_client(httpx.Response(503), max_retries=3)
    with pytest.raises(InternalServerError):
        h.client.indexes.retrieve(IDX)
    assert len(h.recorder.requests) == 4
    assert len(h.sleeps) == 3


def test_per_call_max_retries_overrides_the_client() -> None:
    h = make_client(httpx.Response(500), max_retries=5)
    with pytest.raises(InternalServerError):
        h.client.indexes.retrieve(IDX, max_retries=0)
    assert len(h.recorder.requests) == 1
    assert h.sleeps == []


def test_client_max_retries_zero_sends_once_and_a_call_may_raise_it() -> None:
    h = make_client(httpx.Response(503), max_retries=0)
    with pytest.raises(InternalServerError):
        h.client.indexes.retrieve(IDX)
    assert len(h.recorder.requests) == 1 and h.sleeps == []
    with pytest.raises(InternalServerError):
        h.client.indexes.retrieve(IDX, max_retries=2)
    assert len(h.recorder.requests) == 4


@pytest.mark.parametrize("value", [-1, 1.5, True, "2"])
def test_a_bad_per_call_max_retries_is_refused_before_sending(value: object) -> None:
    h = make_client(strict=True)
    with pytest.raises(InvalidInputError) as info:
        h.client.indexes.retrieve(IDX, max_retries=value)  # type: ignore[arg-type]
    assert info.value.argument == "max_retries"
    assert h.recorder.requests == []


def test_retry_after_is_honoured() -> None:
    h = make_client(
        httpx.Response(429, headers={"retry-after": "3"}), json_response(200, example("Index"))
    )
    h.client.indexes.retrieve(IDX)
    assert h.sleeps == [3.0]


def test_ratelimit_reset_is_honoured_and_capped() -> None:
    h = make_client(
        httpx.Response(429, headers={"x-ratelimit-reset": "4"}),
        httpx.Response(429, headers={"x-ratelimit-reset": "99999"}),
        json_response(200, example("Index")),
    )
    h.client.indexes.retrieve(IDX)
    assert h.sleeps == [4.0, 60.0]


def test_rate_limit_error_after_retries_carries_retry_after() -> None:
    h = make_client(httpx.Response(429, headers={"retry-after": "2"}), max_retries=1)
    with pytest.raises(RateLimitError) as info:
        h.client.indexes.retrieve(IDX)
    assert info.value.retry_after == 2
    assert len(h.recorder.requests) == 2


def test_create_post_that_reached_the_server_is_not_retried() -> None:
    models = [{"model_name": "marengo2.7", "model_options": ["visual"]}]
    for reply in (httpx.Response(500), httpx.Response(503), httpx.ReadTimeout("slow")):
        h = make_client(reply, max_retries=3)
        with pytest.raises((InternalServerError, APITimeoutError)):
            h.client.indexes.create("x", models=models)
        assert len(h.recorder.requests) == 1, reply
        assert h.sleeps == []


def test_create_post_is_retried_when_it_never_left() -> None:
    h = make_client(httpx.ConnectError("refused"), json_response(201, {"_id": IDX}), max_retries=2)
    result = h.client.indexes.create(
        "x", models=[{"model_name": "marengo2.7", "model_options": ["visual"]}]
    )
    assert result.id == IDX
    assert len(h.recorder.requests) == 2


def test_create_post_is_retried_after_429_and_503_with_retry_after() -> None:
    h = make_client(
        httpx.Response(429),
        httpx.Response(503, headers={"retry-after": "1"}),
        json_response(200, {"_id": "t", "video_id": "v"}),
    )
    h.client.tasks.create(IDX, video_url="https://x.test/v.mp4")
    assert len(h.recorder.requests) == 3


def test_upload_resent_after_429_carries_the_whole_file_again() -> None:
    data = b"0123456789" * 1000
    h = make_client(httpx.Response(429), json_response(200, {"_id": "t", "video_id": "v"}))
    h.client.tasks.create(IDX, video_file=io.BytesIO(data))
    bodies = [r.content for r in h.recorder.requests]
    assert len(bodies) == 2
    assert all(data in body for body in bodies)


def test_search_with_a_file_is_not_resent_after_a_server_error() -> None:
    h = make_client(httpx.Response(500), max_retries=2)
    with pytest.raises(InternalServerError):
        h.client.search.query(IDX, search_options="visual", query_media_file=b"\x89PNG....")
    assert len(h.recorder.requests) == 1


def test_text_search_is_retried_after_a_server_error() -> None:
    h = make_client(httpx.Response(500), json_response(200, example("SearchPage")))
    h.client.search.query(IDX, search_options="visual", query_text="x")
    assert len(h.recorder.requests) == 2


def test_connection_errors_retry_then_raise() -> None:
    h = make_client(httpx.ConnectError("down"), max_retries=2)
    with pytest.raises(APIConnectionError):
        h.client.indexes.retrieve(IDX)
    assert len(h.recorder.requests) == 3


def test_retries_are_logged_without_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="twelvelabs_client")
    h = make_client(httpx.Response(500), json_response(200, example("Index")))
    h.client.indexes.retrieve(IDX)
    messages = [r.getMessage() for r in caplog.records if r.name == "twelvelabs_client"]
    assert any(m.startswith(f"GET /v1.3/indexes/{IDX} -> 500") for m in messages)
    assert any("Retrying GET" in m and "HTTP 500" in m for m in messages)
    assert any("-> 200" in m and "(attempt 2)" in m for m in messages)
    record = next(r for r in caplog.records if getattr(r, "http_status", None) == 200)
    assert record.http_method == "GET"  # type: ignore[attr-defined]
    assert record.attempt == 2  # type: ignore[attr-defined]
    for r in caplog.records:
        assert API_KEY not in r.getMessage()
        assert API_KEY not in str(r.__dict__)


def test_module_jitter_is_the_one_overridable_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("twelvelabs_client._retry.jitter", lambda d: d / 2)
    h = make_client(httpx.Response(500), httpx.Response(500), json_response(200, example("Index")))
    h.client.indexes.retrieve(IDX)
    assert h.sleeps == [0.25, 0.5]
