"""Reliability over in-memory transports: the key and the base URL checked at
construction, body caps, one mapping of httpx errors, echoed keys scrubbed, retry hints that
must not mean "retry at once", uploads never re-sent once they cannot be rewound, pagers that
stop when the server does not advance and keep no page they have finished with.
(The same faults over real sockets: ``tests/hostile/``.)"""

from __future__ import annotations

import gzip
import io
import json
import traceback
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, BASE_URL, example, json_response, make_client
from twelvelabs_client import (
    AsyncTwelveLabs,
    InternalServerError,
    InvalidInputError,
    Task,
    TaskFailedError,
    TwelveLabs,
    UnexpectedResponseError,
)
from twelvelabs_client._paging import SearchResults, SyncPager
from twelvelabs_client._retry import RetryPolicy, retry_delay

IDX = "67b2c41e9d3f5a0e1c7a4b12"
MiB = 1024 * 1024


# --------------------------------------------------------------------------- the key


@pytest.mark.parametrize(
    "key", ["tlk_x\x00abc", "tlk_x\r\nX-Injected: 1", "tlk_\tinside", "tlk_del\x7f"]
)
def test_a_key_with_control_characters_is_refused_without_showing_it(key: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        TwelveLabs(api_key=key)
    assert info.value.argument == "api_key"
    text = "".join(traceback.format_exception(info.value))
    assert key.strip() not in text and "tlk_x" not in text.replace("'api_key'", "")


@pytest.mark.parametrize("key", [12345, b"tlk_bytes", ["tlk"]])
def test_a_key_that_is_not_a_string_is_refused(key: Any) -> None:
    for client_class in (TwelveLabs, AsyncTwelveLabs):
        with pytest.raises(InvalidInputError) as info:
            client_class(api_key=key)
        assert info.value.argument == "api_key" and "str" in str(info.value)


def test_surrounding_whitespace_is_still_stripped() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=example("Index"))

    http = httpx.Client(transport=httpx.MockTransport(handler))
    TwelveLabs(api_key=f"  {API_KEY}\n", base_url=BASE_URL, http_client=http).indexes.retrieve(IDX)
    assert sent[0].headers["x-api-key"] == API_KEY


# --------------------------------------------------------------------------- base URL


@pytest.mark.parametrize(
    "url",
    [
        "https://api.twelvelabs.io/v1.3?x=1",
        "https://api.twelvelabs.io/v1.3#frag",
        "https://api.twelvelabs.io/v1.3?",
        "https://user:hunter2@api.twelvelabs.io/v1.3",
        "http://api.twelvelabs.io/v1.3",
        "http://fake-api:8000/v1.3",
    ],
)
def test_bad_base_urls_are_refused(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWELVELABS_ALLOW_INSECURE_HTTP", raising=False)
    with pytest.raises(InvalidInputError) as info:
        TwelveLabs(api_key=API_KEY, base_url=url)
    assert info.value.argument == "base_url"
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/v1.3", "http://localhost/v1.3", "http://[::1]:9/v1.3"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert TwelveLabs(api_key=API_KEY, base_url=url).base_url == url


def test_plain_http_elsewhere_needs_an_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "http://fake-api:8000/v1.3"
    monkeypatch.delenv("TWELVELABS_ALLOW_INSECURE_HTTP", raising=False)
    client = TwelveLabs(api_key=API_KEY, base_url=url, allow_insecure_http=True)
    assert client.base_url == url
    assert client.with_options(max_retries=1).base_url == url  # the opt-in carries over
    monkeypatch.setenv("TWELVELABS_ALLOW_INSECURE_HTTP", "1")
    assert AsyncTwelveLabs(api_key=API_KEY, base_url=url).base_url == url
    with pytest.raises(InvalidInputError):
        TwelveLabs(api_key=API_KEY, base_url=url, allow_insecure_http=False)


# --------------------------------------------------------------------------- body caps


def _sized(status: int, size: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, content=b" " * size)


def test_an_ordinary_body_over_32_mib_is_refused_naming_the_cap() -> None:
    h = make_client(_sized(200, 32 * MiB + 1))
    with pytest.raises(UnexpectedResponseError, match=str(32 * MiB)):
        h.client.indexes.retrieve(IDX)


def test_an_embedding_body_is_capped_by_max_response_bytes() -> None:
    h = make_client(_sized(200, 2 * MiB), max_response_bytes=1 * MiB)
    with pytest.raises(UnexpectedResponseError, match="max_response_bytes"):
        h.client.embed.tasks.retrieve("task-1")
    h = make_client(json_response(200, {"_id": "task-1", "status": "ready"}))
    assert h.client.embed.tasks.retrieve("task-1") is not None


VID = "67b2c41e9d3f5a0e1c7a4b13"
# Operations whose answer may carry embeddings: their cap is max_response_bytes.
CARRY_EMBEDDINGS: dict[str, Any] = {
    "embed.create (v1, sync)": lambda c: c.embed.create(text="x"),
    "embed.tasks.retrieve (v1)": lambda c: c.embed.tasks.retrieve("task-1"),
    "embed.v2.create (sync)": lambda c: c.embed.v2.create("text", text={"input_text": "x"}),
    "embed.v2.tasks.retrieve": lambda c: c.embed.v2.tasks.retrieve("task-1"),
    "videos.retrieve with embeddings": lambda c: c.videos.retrieve(
        IDX, VID, embedding_option="visual-text"
    ),
    "indexed_assets.retrieve with embeddings": lambda c: c.indexed_assets.retrieve(
        IDX, VID, embedding_option="visual"
    ),
}
# Operations whose answer is ordinary (32 MiB), an "embed" route or not.
ORDINARY: dict[str, Any] = {
    "embed.tasks.status (v1)": lambda c: c.embed.tasks.status("task-1"),
    "embed.tasks.list (v1)": lambda c: c.embed.tasks.list().first_page(),
    "videos.retrieve": lambda c: c.videos.retrieve(IDX, VID),
    "indexed_assets.retrieve": lambda c: c.indexed_assets.retrieve(IDX, VID),
}


@pytest.mark.parametrize("call", CARRY_EMBEDDINGS.values(), ids=list(CARRY_EMBEDDINGS))
def test_answers_declared_to_carry_embeddings_use_max_response_bytes(call: Any) -> None:
    h = make_client(_sized(200, 2 * MiB), max_response_bytes=1 * MiB)
    with pytest.raises(UnexpectedResponseError, match="max_response_bytes"):
        call(h.client)
    h = make_client(_sized(200, 33 * MiB), max_response_bytes=64 * MiB)  # past 32 MiB: read
    with pytest.raises(UnexpectedResponseError) as info:  # spaces are no JSON object
        call(h.client)
    assert "larger than" not in str(info.value)


@pytest.mark.parametrize("call", ORDINARY.values(), ids=list(ORDINARY))
def test_other_answers_keep_the_32_mib_cap_whatever_max_response_bytes(call: Any) -> None:
    h = make_client(_sized(200, 32 * MiB + 1), max_response_bytes=64 * MiB)
    with pytest.raises(UnexpectedResponseError, match=f"larger than {32 * MiB} bytes"):
        call(h.client)
    h = make_client(_sized(200, 2 * MiB), max_response_bytes=1 * MiB)  # not this cap
    with pytest.raises(UnexpectedResponseError) as info:
        call(h.client)
    assert "larger than" not in str(info.value)


def test_an_error_body_is_cut_at_1_mib_and_its_status_still_mapped() -> None:
    h = make_client(_sized(500, 5 * MiB), max_retries=0)
    with pytest.raises(InternalServerError) as info:
        h.client.indexes.retrieve(IDX)
    assert info.value.response is not None and len(info.value.response.content) == MiB


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_max_response_bytes_is_checked(bad: Any) -> None:
    with pytest.raises(InvalidInputError) as info:
        TwelveLabs(api_key=API_KEY, max_response_bytes=bad)
    assert info.value.argument == "max_response_bytes"


def test_a_gzip_body_is_inflated_and_one_that_is_not_gzip_is_a_typed_error() -> None:
    body = json.dumps(example("Index")).encode()

    def reply(data: bytes) -> httpx.Response:
        stream = httpx.ByteStream(data)  # not read yet: decoded by the client
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=stream)

    h = make_client(lambda _: reply(gzip.compress(body)))
    assert h.client.indexes.retrieve(IDX).id == example("Index")["_id"]
    h = make_client(lambda _: reply(body), max_retries=2)
    with pytest.raises(UnexpectedResponseError, match="Content-Encoding"):
        h.client.indexes.retrieve(IDX)
    assert len(h.recorder.requests) == 1  # not retried


def test_stacked_gzip_layers_are_all_inflated_and_other_stacks_refused() -> None:
    body = json.dumps(example("Index")).encode()

    def reply(data: bytes, coding: str, status: int = 200) -> httpx.Response:
        stream = httpx.ByteStream(data)  # not read yet: decoded by the client
        return httpx.Response(status, headers={"content-encoding": coding}, stream=stream)

    twice = gzip.compress(gzip.compress(body))
    h = make_client(lambda _: reply(twice, "gzip, gzip"))
    assert h.client.indexes.retrieve(IDX).id == example("Index")["_id"]
    h = make_client(lambda _: reply(twice, "gzip, identity, x-gzip"))
    assert h.client.indexes.retrieve(IDX).id == example("Index")["_id"]
    h = make_client(lambda _: reply(twice, "br, gzip"))
    with pytest.raises(UnexpectedResponseError, match="several content codings"):
        h.client.indexes.retrieve(IDX)
    h = make_client(lambda _: reply(twice, "br, gzip", 500), max_retries=0)
    with pytest.raises(InternalServerError):  # an error body: the status is still mapped
        h.client.indexes.retrieve(IDX)


def test_a_stacked_gzip_bomb_is_capped_on_decompressed_bytes() -> None:
    inner = gzip.compress(b" " * (64 * MiB), 9)
    h = make_client(
        lambda _: httpx.Response(
            200,
            headers={"content-encoding": "gzip, gzip"},
            stream=httpx.ByteStream(gzip.compress(inner, 9)),
        )
    )
    with pytest.raises(UnexpectedResponseError, match="larger than 33554432 bytes"):
        h.client.indexes.retrieve(IDX)


# --------------------------------------------------------------------------- failed tasks


def _deep(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {"a": 1}
    for _ in range(depth):
        value = {"a": value}
    return value


@pytest.mark.parametrize("field", ["error", "metadata"])
def test_a_failed_task_nested_1000_levels_deep_is_a_typed_error(field: str) -> None:
    deep = b'{"a":' * 1000 + b"1" + b"}" * 1000  # json.dumps itself cannot write it
    task = b'{"_id":"t1","index_id":"%s","status":"failed","%s":%s}' % (
        IDX.encode(),
        field.encode(),
        deep,
    )
    h = make_client(lambda _: httpx.Response(200, content=task))
    with pytest.raises(TaskFailedError) as info:
        h.client.tasks.wait("t1")
    assert "nested too deeply" in repr(info.value.task)
    assert "".join(traceback.format_exception(info.value))
    assert "nested too deeply" in repr(h.client.tasks.retrieve("t1"))


def test_the_repr_of_a_model_nested_too_deeply_does_not_raise() -> None:
    task = Task.from_dict({"_id": "t1", "index_id": IDX, "status": "ready"})
    task.additional_properties["x"] = _deep(5000)
    assert repr(task) == "Task(...nested too deeply to show...)"
    shallow = Task.from_dict({"_id": "t1", "index_id": IDX, "status": "ready", "y": _deep(3)})
    assert repr(shallow).startswith("Task(id='t1'") and "{'a': {'a'" in repr(shallow)


def test_a_huge_failure_message_is_cut_in_the_text_and_kept_whole_on_detail() -> None:
    message = "x" * (20 * MiB)
    task = {"_id": "t1", "index_id": IDX, "status": "failed", "error": {"message": message}}
    h = make_client(json_response(200, task))
    with pytest.raises(TaskFailedError) as info:
        h.client.tasks.wait("t1")
    assert len(str(info.value)) < 1000
    assert f"{20 * MiB} characters" in str(info.value)
    assert info.value.detail == message


# --------------------------------------------------------------------------- the key, echoed


def test_an_unparseable_200_echoing_the_key_is_scrubbed() -> None:
    h = make_client(json_response(200, {"_id": IDX, "index_name": 5, "models": API_KEY}))
    with pytest.raises(UnexpectedResponseError) as info:
        h.client.indexes.retrieve(IDX)
    assert API_KEY not in "".join(traceback.format_exception(info.value)) + repr(info.value)


def test_a_failed_task_echoing_the_key_is_scrubbed() -> None:
    task = {"_id": "t1", "index_id": IDX, "status": "failed", "error": {"message": API_KEY}}
    h = make_client(json_response(200, task))
    with pytest.raises(TaskFailedError) as info:
        h.client.tasks.wait("t1")
    error = info.value
    text = "".join(traceback.format_exception(error)) + repr(error) + repr(error.detail)
    assert API_KEY not in text + repr(error.task)
    assert error.task.status == "failed"  # the task is still usable
    assert type(error.task) is Task  # a scrubbed copy of the model, not a wrapper
    assert error.task.id == "t1" and error.task.index_id == IDX


# --------------------------------------------------------------------------- retry hints


def _delay(headers: dict[str, str], status: int = 429) -> float | None:
    policy = RetryPolicy(max_retries=3, jitter=lambda d: d)
    return retry_delay(
        attempt=0,
        policy=policy,
        retry_safe=True,
        status_code=status,
        headers=headers,
        now=1_750_000_000.0,
    )


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "nan"},
        {"retry-after": "NaN"},
        {"retry-after": "Wed, 21 Oct 2015 07:28:00"},  # an HTTP date without its zone
        {"retry-after": "soon"},
        {"x-ratelimit-reset": "nan"},
        {"x-ratelimit-reset": "tomorrow"},
        {"x-ratelimit-reset": ""},
    ],
)
def test_a_junk_server_hint_falls_back_to_backoff_not_to_at_once(headers: dict[str, str]) -> None:
    assert _delay(headers) == 0.5


# --------------------------------------------------------------------------- uploads


class _OneShot(io.BytesIO):
    """A payload that can be rewound until it has been read once (like a socket's file)."""

    def read(self, *args: Any) -> bytes:
        self.spent = True
        return super().read(*args)

    def seekable(self) -> bool:
        return not getattr(self, "spent", False)


@pytest.mark.parametrize("spoil", ["close", "one-shot"])
def test_a_retry_never_re_sends_an_upload_that_cannot_be_rewound(
    spoil: str, tmp_path: Path
) -> None:
    video = tmp_path / "a.mp4"
    video.write_bytes(b"\x00" * 1000)
    payload: Any = video.open("rb") if spoil == "close" else _OneShot(b"\x00" * 1000)

    def first(request: httpx.Request) -> httpx.Response:
        if spoil == "close":
            payload.close()
        return httpx.Response(503, json={"message": "busy"})

    h = make_client(first, max_retries=3)
    with pytest.raises(InternalServerError):
        h.client.tasks.create(IDX, video_file=("a.mp4", payload, "video/mp4"))
    assert len(h.recorder.requests) == 1 and h.sleeps == []


# --------------------------------------------------------------------------- pagination


def _page(number: int, total: int, items: int = 1, size: int = 0) -> Any:
    return {
        "data": [{"_id": f"i{number}-{n}", "pad": "x" * size} for n in range(items)],
        "page_info": {"page": number, "total_page": total},
    }


class _Page:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data["data"]
        self.page_info = type("Info", (), data["page_info"])()


def test_a_list_that_answers_an_earlier_page_is_an_error_not_a_loop() -> None:
    asked: list[int] = []

    def fetch(number: int) -> _Page:
        asked.append(number)
        return _Page(_page(1, 5))

    with pytest.raises(UnexpectedResponseError, match="page 2 was requested"):
        list(SyncPager(fetch))
    assert asked == [1, 2]


def test_a_list_that_answers_a_later_page_than_asked_is_an_error_not_a_skip() -> None:
    asked: list[int] = []

    def fetch(number: int) -> _Page:
        asked.append(number)
        return _Page(_page(number + 1, 5))  # page 1 asked, page 2 answered: page 1 lost

    with pytest.raises(UnexpectedResponseError, match=r"page 1 was requested .* page 2"):
        list(SyncPager(fetch))
    assert asked == [1]


@pytest.mark.parametrize("kind", ["pager", "search results"])
def test_iterating_10000_pages_keeps_no_page_it_has_finished_with(kind: str) -> None:
    pages = 10_000

    def fetch(cursor: Any) -> _Page:
        number = int(str(cursor).removeprefix("t"))
        data = _page(number, pages, items=2, size=2000)  # ~4 KB a page, ~40 MB in all
        if number < pages:
            data["page_info"]["next_page_token"] = f"t{number + 1}"
        return _Page(data)

    tracemalloc.start()
    try:
        if kind == "pager":
            count = sum(1 for _ in SyncPager(fetch))
        else:
            count = sum(1 for _ in SearchResults(fetch("t1"), fetch))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2 * pages
    assert peak < 4 * MiB, peak  # flat: a page at a time (and the tokens seen), not 40 MB
