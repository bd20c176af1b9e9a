"""Non-2xx answers become typed errors whose text a user can act on."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from facade_support import API_KEY, BASE_URL, json_response, make_client
from twelvelabs_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SearchPageExpiredError,
    UnexpectedResponseError,
    UnprocessableEntityError,
)

IDX = "67b2c41e9d3f5a0e1c7a4b12"


def _error(status: int, **kwargs: object) -> APIStatusError:
    h = make_client(httpx.Response(status, **kwargs), max_retries=0)  # type: ignore[arg-type]
    with pytest.raises(APIStatusError) as info:
        h.client.indexes.retrieve(IDX)
    return info.value


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = _error(
        status,
        json={
            "code": "some_code",
            "message": "Something specific.",
            "docs_url": "https://docs.test/e",
        },
    )
    assert type(error) is cls
    assert error.status_code == status
    assert error.code == "some_code"
    assert error.message == "Something specific."
    assert error.docs_url == "https://docs.test/e"
    assert error.method == "GET"
    assert error.url == f"{BASE_URL}/indexes/{IDX}"
    assert error.response is not None and error.response.status_code == status
    text = str(error)
    assert f"GET {BASE_URL}/indexes/{IDX} failed with HTTP {status} (some_code)" in text
    assert "Something specific." in text
    assert "https://docs.test/e" in text


def test_unlisted_4xx_and_non_iana_codes_are_api_status_errors() -> None:
    error = _error(499, text="")
    assert type(error) is APIStatusError
    assert error.status_code == 499
    assert error.code is None
    assert "HTTP 499" in str(error)


def test_empty_body() -> None:
    error = _error(429)
    assert isinstance(error, RateLimitError)
    assert error.body is None and error.code is None
    assert "Too Many Requests" in str(error)
    assert "max_retries" in str(error)


def test_html_body_is_kept_out_of_the_message() -> None:
    html = "<html><body><h1>502 Bad Gateway</h1>" + "x" * 500 + "</body></html>"
    error = _error(502, text=html, headers={"content-type": "text/html"})
    assert isinstance(error, InternalServerError)
    assert error.body == html
    assert "<html>" not in str(error)
    assert "Bad Gateway" in str(error)


def test_520_with_plain_text_body() -> None:
    error = _error(520, text="origin error")
    assert isinstance(error, InternalServerError)
    assert error.message == "origin error"
    assert "HTTP 520" in str(error)


def test_error_code_instead_of_code() -> None:
    error = _error(400, json={"error_code": 400, "message": "Bad thing."})
    assert error.code == "400"
    assert error.message == "Bad thing."


def test_json_array_body_is_tolerated() -> None:
    error = _error(400, json=["unexpected"])
    assert isinstance(error, BadRequestError)
    assert error.body == ["unexpected"]


def test_authentication_error_says_what_to_check_without_the_key() -> None:
    error = _error(
        401, json={"code": "api_key_invalid", "message": f"The key {API_KEY} is invalid."}
    )
    assert isinstance(error, AuthenticationError)
    text = str(error) + repr(error) + error.message + str(error.body)
    assert API_KEY not in text
    assert "TWELVELABS_API_KEY" in str(error)


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(520, text=f"upstream rejected x-api-key: {API_KEY}"),
        httpx.Response(400, json={"code": API_KEY, "message": "bad", "docs_url": API_KEY}),
        httpx.Response(403, json={"error": {"message": f"key {API_KEY} may not do this"}}),
        httpx.Response(422, json={"message": "no", "echo": {"headers": {"x-api-key": API_KEY}}}),
    ],
)
def test_a_key_echoed_by_the_server_never_reaches_the_error(reply: httpx.Response) -> None:
    error = _error(reply.status_code, content=reply.content, headers=reply.headers)
    assert error.status_code == reply.status_code
    texts = [str(error), repr(error), error.message, str(error.code), str(error.docs_url)]
    texts += [str(error.body), str(error.response.request.headers) if error.response else ""]
    assert all(API_KEY not in text for text in texts)


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")])
def test_a_transport_error_does_not_keep_the_key_on_its_request(failure: Exception) -> None:
    h = make_client(failure, max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        h.client.indexes.retrieve(IDX)
    cause = info.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    assert API_KEY not in str(cause.request.headers) + str(info.value) + repr(info.value)


def test_an_unreadable_2xx_does_not_keep_the_key_on_its_request() -> None:
    h = make_client(httpx.Response(200, text="<html>maintenance</html>"))
    with pytest.raises(UnexpectedResponseError) as info:
        h.client.indexes.retrieve(IDX)
    assert info.value.response is not None
    assert API_KEY not in str(info.value.response.request.headers) + str(info.value)


def test_retry_after_is_exposed_on_rate_limit_errors() -> None:
    error = _error(429, headers={"retry-after": "7"})
    assert error.retry_after == 7
    assert "7 s" in str(error)


def test_expired_page_token_recognised_by_route_without_code() -> None:
    h = make_client(httpx.Response(400, json={"error_code": 1234, "message": "nope"}))
    with pytest.raises(SearchPageExpiredError) as info:
        h.client.search.retrieve_page("tok-1")
    assert "run the search again" in str(info.value)
    assert isinstance(info.value, BadRequestError)


def test_expired_page_token_recognised_by_route_with_empty_body() -> None:
    h = make_client(httpx.Response(400))
    with pytest.raises(SearchPageExpiredError):
        h.client.search.retrieve_page("tok-1")


def test_expired_page_token_recognised_by_code_on_another_route() -> None:
    h = make_client(json_response(400, {"code": "search_page_token_expired", "message": "expired"}))
    with pytest.raises(SearchPageExpiredError):
        h.client.search.query(IDX, search_options="visual", query_text="x")


def test_other_400_on_post_search_is_a_plain_bad_request() -> None:
    h = make_client(json_response(400, {"code": "parameter_invalid", "message": "bad"}))
    with pytest.raises(BadRequestError) as info:
        h.client.search.query(IDX, search_options="visual", query_text="x")
    assert type(info.value) is BadRequestError


def test_connection_error_after_retries() -> None:
    h = make_client(httpx.ConnectError("refused"), max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        h.client.indexes.retrieve(IDX)
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.attempts == 3
    assert "Could not reach" in str(info.value) and "after 3 attempts" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_timeout_error() -> None:
    h = make_client(httpx.ReadTimeout("slow"), max_retries=0)
    with pytest.raises(APITimeoutError) as info:
        h.client.indexes.retrieve(IDX)
    assert "timed out" in str(info.value) and "request_timeout=" in str(info.value)


@pytest.mark.parametrize(
    "reply",
    [
        httpx.Response(200),
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, json={"index_name": "no id"}),
    ],
)
def test_unreadable_2xx_bodies_raise_unexpected_response(reply: httpx.Response) -> None:
    h = make_client(reply)
    with pytest.raises(UnexpectedResponseError) as info:
        h.client.indexes.retrieve(IDX)
    assert info.value.status_code == 200
    assert "HTTP 200" in str(info.value)


@pytest.mark.parametrize(
    ("call", "body", "field"),
    [
        (
            lambda c: c.indexes.retrieve(IDX),
            {"_id": IDX, "models": [{"model_name": "marengo3.0", "model_options": []}]},
            "index_name",
        ),
        (
            lambda c: c.indexes.retrieve(IDX),
            {"_id": IDX, "index_name": "n", "models": [{"model_name": "marengo3.0"}]},
            "model_options",
        ),
        (
            lambda c: c.tasks.retrieve("67b2c6d79d3f5a0e1c7a4b1e"),
            {"_id": "67b2c6d79d3f5a0e1c7a4b1e", "index_id": IDX},
            "status",
        ),
        (
            lambda c: c.generate.summarize("67b2c6d79d3f5a0e1c7a4b1f", type="chapter"),
            {"id": "g", "chapters": [{"chapter_number": 0, "start": 0}]},
            "end",
        ),
    ],
    ids=["index_name", "nested model_options", "task status", "chapter end"],
)
def test_a_missing_required_field_is_named_in_an_unexpected_response_error(
    call: Any, body: dict[str, Any], field: str
) -> None:
    h = make_client(json_response(200, body))
    with pytest.raises(UnexpectedResponseError) as info:
        call(h.client)
    assert f"lacks the required field '{field}'" in str(info.value)
    assert not isinstance(info.value, KeyError)
    assert isinstance(info.value.__cause__, KeyError)


def _nested(kind: str, depth: int, leaf: str) -> str:
    if kind == "list":
        return "[" * depth + leaf + "]" * depth
    return '{"a":' * depth + leaf + "}" * depth


@pytest.mark.parametrize("depth", [900, 1000, 1023])
@pytest.mark.parametrize("kind", ["list", "object"])
def test_deeply_nested_error_body_is_still_the_typed_status_error(kind: str, depth: int) -> None:
    leaf = f'"{API_KEY}"'
    body = f'{{"code": "deep", "message": "Nested.", "detail": {_nested(kind, depth, leaf)}}}'
    error = _error(400, content=body.encode(), headers={"content-type": "application/json"})
    assert type(error) is BadRequestError and error.code == "deep"
    assert "Nested." in str(error) and "BadRequestError" in repr(error)
    assert API_KEY not in repr(error.body)  # the deep part is cut, not walked
