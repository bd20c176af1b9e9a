"""The client object: key and base URL resolution, timeouts, user httpx clients, key secrecy."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import inspect
import logging
import pydoc
import typing
from typing import Any

import httpx
import pytest
from facade_support import API_KEY, BASE_URL, Recorder, example, json_response, make_client
from twelvelabs_client import (
    AsyncTwelveLabs,
    AuthenticationError,
    ClientClosedError,
    InternalServerError,
    InvalidInputError,
    TwelveLabs,
    TwelveLabsError,
    resources,
)
from twelvelabs_client._config import DEFAULT_TIMEOUT
from twelvelabs_client._operations import ResourceBase

IDX = "67b2c41e9d3f5a0e1c7a4b12"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    monkeypatch.delenv("TWELVELABS_BASE_URL", raising=False)


def _client_with(recorder: Recorder, **options: object) -> TwelveLabs:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return TwelveLabs(http_client=http, **options)  # type: ignore[arg-type]


def test_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWELVELABS_API_KEY", "env-key")
    recorder = Recorder(json_response(200, example("Index")))
    _client_with(recorder).indexes.retrieve(IDX)
    assert recorder.last.headers["x-api-key"] == "env-key"


def test_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWELVELABS_API_KEY", "env-key")
    recorder = Recorder(json_response(200, example("Index")))
    _client_with(recorder, api_key="arg-key").indexes.retrieve(IDX)
    assert recorder.last.headers["x-api-key"] == "arg-key"


@pytest.mark.parametrize("key", [None, "", "   "])
def test_missing_key_fails_at_construction(key: str | None) -> None:
    with pytest.raises(InvalidInputError) as info:
        TwelveLabs(api_key=key)
    assert info.value.argument == "api_key"
    assert "TWELVELABS_API_KEY" in str(info.value)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "https://api.twelvelabs.io/v1.3"),
        ("https://api.twelvelabs.io", "https://api.twelvelabs.io/v1.3"),
        ("https://api.twelvelabs.io/", "https://api.twelvelabs.io/v1.3"),
        ("http://localhost:8000", "http://localhost:8000/v1.3"),
        ("http://localhost:8000/v1.3/", "http://localhost:8000/v1.3"),
        ("https://proxy.test/custom/prefix", "https://proxy.test/custom/prefix"),
    ],
)
def test_base_url(given: str | None, expected: str) -> None:
    assert TwelveLabs(api_key="k", base_url=given).base_url == expected


def test_base_url_from_the_environment_gets_the_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWELVELABS_BASE_URL", "http://127.0.0.1:9999")
    recorder = Recorder(json_response(200, example("Index")))
    client = _client_with(recorder, api_key="k")
    client.indexes.retrieve(IDX)
    assert str(recorder.last.url) == f"http://127.0.0.1:9999/v1.3/indexes/{IDX}"


def test_bad_base_url() -> None:
    with pytest.raises(InvalidInputError) as info:
        TwelveLabs(api_key="k", base_url="api.twelvelabs.io")
    assert info.value.argument == "base_url"


def test_the_key_never_appears_in_reprs_or_urls() -> None:
    h = make_client(json_response(200, example("Index")))
    h.client.indexes.retrieve(IDX)
    texts = [
        repr(h.client),
        str(h.client.__dict__),
        repr(h.client._sender),
        repr(h.client._sender.auth),
        str(h.recorder.last.url),
    ]
    for text in texts:
        assert API_KEY not in text


def test_the_key_is_masked_on_the_request_kept_by_an_error() -> None:
    h = make_client(json_response(401, {"code": "api_key_invalid", "message": "bad key"}))
    with pytest.raises(AuthenticationError) as info:
        h.client.indexes.retrieve(IDX)
    assert info.value.response is not None
    assert API_KEY not in str(info.value.response.request.headers)
    assert API_KEY not in str(info.value) + repr(info.value)


def test_user_http_client_is_used_and_left_unchanged() -> None:
    recorder = Recorder(json_response(200, example("Index")))
    http = httpx.Client(
        transport=httpx.MockTransport(recorder),
        base_url="https://elsewhere.test",
        headers={"x-custom": "kept"},
    )
    before = (str(http.base_url), dict(http.headers), http.auth, http.timeout)
    with TwelveLabs(api_key="k", base_url=BASE_URL, http_client=http) as client:
        client.indexes.retrieve(IDX)
    assert (str(http.base_url), dict(http.headers), http.auth, http.timeout) == before
    assert not http.is_closed  # the caller owns it
    assert str(recorder.last.url).startswith(BASE_URL)
    assert recorder.last.headers["x-custom"] == "kept"
    assert "x-api-key" not in http.headers


def test_owned_http_client_is_closed_by_the_context_manager() -> None:
    with TwelveLabs(api_key="k") as client:
        pass
    assert client.http_client.is_closed


def test_default_timeouts_are_explicit() -> None:
    h = make_client(json_response(200, example("Index")))
    h.client.indexes.retrieve(IDX)
    timeout = h.recorder.last.extensions["timeout"]
    assert timeout == DEFAULT_TIMEOUT.as_dict()
    assert timeout["connect"] == 5.0
    assert timeout["read"] >= 300


def test_client_and_per_call_timeouts() -> None:
    h = make_client(json_response(200, example("Index")), timeout=12)
    h.client.indexes.retrieve(IDX)
    h.client.indexes.retrieve(IDX, request_timeout=httpx.Timeout(3, read=40))
    h.client.indexes.retrieve(IDX, request_timeout=1.5)
    first, second, third = (r.extensions["timeout"] for r in h.recorder.requests)
    assert first == {"connect": 12, "read": 12, "write": 12, "pool": 12}
    assert second == {"connect": 3, "read": 40, "write": 3, "pool": 3}
    assert third["read"] == 1.5


def test_timeouts_take_timedeltas() -> None:
    h = make_client(json_response(200, example("Index")), timeout=dt.timedelta(seconds=12))
    h.client.indexes.retrieve(IDX)
    h.client.indexes.retrieve(IDX, request_timeout=dt.timedelta(milliseconds=1500))
    first, second = (r.extensions["timeout"] for r in h.recorder.requests)
    assert first == {"connect": 12, "read": 12, "write": 12, "pool": 12}
    assert second == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}


def test_a_timedelta_phase_of_an_httpx_timeout_becomes_seconds() -> None:
    """httpx itself cannot use a timedelta phase: each is checked and sent as its seconds."""
    phases = httpx.Timeout(5.0, read=dt.timedelta(seconds=40))  # type: ignore[arg-type]
    h = make_client(json_response(200, example("Index")), timeout=phases)
    h.client.indexes.retrieve(IDX)
    h.client.indexes.retrieve(IDX, request_timeout=httpx.Timeout(2.0, connect=dt.timedelta(0)))  # type: ignore[arg-type]
    first, second = (r.extensions["timeout"] for r in h.recorder.requests)
    assert first == {"connect": 5, "read": 40, "write": 5, "pool": 5}
    assert second == {"connect": 0, "read": 2, "write": 2, "pool": 2}


@pytest.mark.parametrize(
    "value", ["30", -1, True, float("nan"), dt.timedelta(seconds=-1), dt.datetime(2026, 1, 1)]
)
def test_timeouts_must_be_numbers_or_httpx_timeouts(value: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        TwelveLabs(api_key="k", timeout=value)  # type: ignore[arg-type]
    assert info.value.argument == "timeout"
    h = make_client(strict=True)
    with pytest.raises(InvalidInputError) as info:
        h.client.indexes.retrieve(IDX, request_timeout=value)  # type: ignore[arg-type]
    assert info.value.argument == "request_timeout"
    assert h.recorder.requests == []


def test_max_retries_must_be_a_non_negative_int() -> None:
    with pytest.raises(InvalidInputError):
        TwelveLabs(api_key="k", max_retries=-1)


def test_user_agent_and_accept_headers() -> None:
    h = make_client(json_response(200, example("Index")))
    h.client.indexes.retrieve(IDX)
    assert h.recorder.last.headers["user-agent"].startswith("twelvelabs-client/")
    assert h.recorder.last.headers["accept"] == "application/json"


def test_a_user_clients_headers_are_lent_as_sent_but_ours_replace_its_agent_and_accept() -> None:
    recorder = Recorder(json_response(200, example("Index")))
    http = httpx.Client(
        transport=httpx.MockTransport(recorder),
        headers=[
            ("X-Trace", "a"),
            ("x-trace", "b"),
            ("x-label", "caf\xe9".encode("latin-1")),
            ("User-Agent", "theirs/1"),
            ("Accept", "text/html"),
            ("Content-Length", "12"),
        ],
    )
    client = TwelveLabs(api_key=API_KEY, base_url=BASE_URL, http_client=http)
    client.indexes.retrieve(IDX)
    sent = recorder.last.headers
    assert sent.get_list("x-trace") == ["a", "b"]
    assert sent.raw[[name for name, _ in sent.raw].index(b"x-label")][1] == b"caf\xe9"
    assert sent.get_list("user-agent") == [sent["user-agent"]]
    assert sent["user-agent"].startswith("twelvelabs-client/")
    assert sent.get_list("accept") == ["application/json"]
    assert "content-length" not in sent


def test_each_request_is_logged_with_method_path_status_and_elapsed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="twelvelabs_client")
    ticks = iter([10.0, 10.25])
    h = make_client(json_response(200, example("Index")))
    h.client._use_clock(clock=lambda: next(ticks))
    h.client.indexes.retrieve(IDX)
    [record] = [r for r in caplog.records if r.name == "twelvelabs_client"]
    assert record.getMessage() == f"GET /v1.3/indexes/{IDX} -> 200 in 250 ms (attempt 1)"
    assert record.elapsed_ms == 250.0  # type: ignore[attr-defined]
    assert API_KEY not in str(record.__dict__)


REQUIRED = inspect.Parameter.empty
EMBED_MODEL = "Marengo-retrieval-2.7"
#: The method signatures the issue promises: positional arguments in order, then keyword-only
#: arguments with their defaults (REQUIRED: no default). Methods may add keyword-only options.
SIGNATURES: dict[str, tuple[list[str], dict[str, Any]]] = {
    "indexes.create": (["index_name"], {"models": REQUIRED, "addons": None}),
    "indexes.list": ([], {"page_limit": None, "model_options": None}),
    "indexes.retrieve": (["index_id"], {}),
    "indexes.update": (["index_id"], {"index_name": REQUIRED}),
    "indexes.delete": (["index_id"], {}),
    "tasks.create": (
        ["index_id"],
        {"video_file": None, "video_url": None, "enable_video_stream": None},
    ),
    "tasks.list": ([], {"status": None, "page_limit": None}),
    "tasks.retrieve": (["task_id"], {}),
    "tasks.delete": (["task_id"], {}),
    "imports.start": (
        ["integration_id"],
        {
            "index_id": REQUIRED,
            "incremental_import": None,
            "retry_failed": None,
            "user_metadata": None,
        },
    ),
    "imports.status": (["integration_id"], {"index_id": REQUIRED}),
    "imports.logs": (["integration_id"], {}),
    "videos.list": (["index_id"], {"user_metadata": None, "duration": None, "width": None}),
    "videos.retrieve": (
        ["index_id", "video_id"],
        {"embedding_option": None, "transcription": None},
    ),
    "videos.update": (["index_id", "video_id"], {"user_metadata": REQUIRED}),
    "videos.delete": (["index_id", "video_id"], {}),
    "search.query": (
        ["index_id"],
        {
            "search_options": REQUIRED,
            "query_text": None,
            "query_media_file": None,
            "query_media_url": None,
            "query_media_type": None,
            "group_by": None,
            "threshold": None,
            "sort_option": None,
            "operator": None,
            "page_limit": None,
            "filter": None,
            "adjust_confidence_level": None,
        },
    ),
    "search.retrieve_page": (["page_token"], {}),
    "embed.create": (
        [],
        {
            "model_name": EMBED_MODEL,
            "text": None,
            "text_truncate": None,
            "image_file": None,
            "image_url": None,
            "audio_file": None,
            "audio_url": None,
            "audio_start_offset_sec": None,
        },
    ),
    "embed.tasks.create": (
        [],
        {
            "model_name": EMBED_MODEL,
            "video_file": None,
            "video_url": None,
            "video_start_offset_sec": None,
            "video_end_offset_sec": None,
            "video_clip_length": None,
            "video_embedding_scope": None,
        },
    ),
    "embed.tasks.list": ([], {"status": None, "page_limit": None}),
    "embed.tasks.status": (["task_id"], {}),
    "embed.tasks.retrieve": (["task_id"], {"embedding_option": None}),
    "generate.gist": (["video_id"], {"types": REQUIRED}),
    "generate.summarize": (["video_id"], {"type": REQUIRED, "prompt": None, "temperature": None}),
    "generate.text": (["video_id"], {"prompt": REQUIRED, "temperature": None}),
}


def _method(client: object, dotted: str) -> Any:
    target: Any = client
    for name in dotted.split("."):
        target = getattr(target, name)
    return target


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
@pytest.mark.parametrize("dotted", sorted(SIGNATURES))
def test_method_signatures_are_the_promised_ones(client_class: type, dotted: str) -> None:
    positional, keywords = SIGNATURES[dotted]
    parameters = inspect.signature(_method(client_class(api_key="k"), dotted)).parameters
    kinds = inspect.Parameter
    assert [
        p.name for p in parameters.values() if p.kind is kinds.POSITIONAL_OR_KEYWORD
    ] == positional
    for name, default in keywords.items():
        assert parameters[name].kind is kinds.KEYWORD_ONLY, name
        assert parameters[name].default == default, name


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
def test_every_method_takes_per_call_timeout_and_retries(client_class: type) -> None:
    client = client_class(api_key="k")
    # dir(), not vars(): the sync client builds its namespaces on first use.
    namespaces = [getattr(client, name) for name in dir(client) if not name.startswith("_")]
    namespaces.append(client.embed.tasks)
    checked = 0
    for namespace in namespaces:
        if not hasattr(namespace, "_sender"):
            continue
        for name in dir(namespace):
            method = getattr(namespace, name)
            if name.startswith("_") or not callable(method):
                continue
            parameters = inspect.signature(method).parameters
            assert "request_timeout" in parameters, f"{type(namespace).__name__}.{name}"
            assert "max_retries" in parameters, f"{type(namespace).__name__}.{name}"
            assert "self" not in parameters
            checked += 1
    assert checked >= len(SIGNATURES)


# ----------------------------------------------------------------------------- with_options


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
def test_with_options_takes_every_constructor_option_but_account_and_pool(
    client_class: type,
) -> None:
    constructor = inspect.signature(client_class.__init__).parameters
    expected = [
        name
        for name in constructor
        if name not in ("self", "api_key", "base_url", "http_client") and not name.startswith("_")
    ]
    parameters = inspect.signature(client_class.with_options).parameters
    assert [name for name in parameters if name != "self"] == expected
    assert all(
        p.kind is inspect.Parameter.KEYWORD_ONLY for n, p in parameters.items() if n != "self"
    )


def test_with_options_changes_what_it_is_given_and_keeps_the_rest() -> None:
    h = make_client(
        httpx.Response(500), httpx.Response(500), json_response(200, example("Index")), timeout=7
    )
    original = h.client.with_options(max_retries=0)
    patient = original.with_options(max_retries=2)
    assert isinstance(patient, TwelveLabs)
    assert patient.http_client is h.client.http_client
    assert (original.max_retries, patient.max_retries) == (0, 2)
    assert patient.indexes.retrieve(IDX).id
    assert len(h.recorder.requests) == 3 and len(h.sleeps) == 2  # the injected sleep is kept
    for request in h.recorder.requests:
        assert str(request.url) == f"{BASE_URL}/indexes/{IDX}"
        assert request.extensions["timeout"] == httpx.Timeout(7).as_dict()
    assert h.recorder.last.headers["x-api-key"] == API_KEY
    quick = patient.with_options(timeout=1.5)
    quick.indexes.retrieve(IDX)
    assert h.recorder.last.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
    assert quick.max_retries == 2


def test_with_options_leaves_the_original_client_as_it_was() -> None:
    h = make_client(httpx.Response(500), max_retries=0)
    h.client.with_options(max_retries=3)
    with pytest.raises(InternalServerError):
        h.client.indexes.retrieve(IDX)
    assert len(h.recorder.requests) == 1


def test_closing_a_client_with_options_leaves_the_shared_pool_open() -> None:
    client = TwelveLabs(api_key="k")
    other = client.with_options(timeout=3)
    assert other.http_client is client.http_client
    other.close()
    assert not client.http_client.is_closed
    client.close()
    assert client.http_client.is_closed


def test_async_with_options_shares_the_pool_and_leaves_it_open() -> None:
    async def go() -> None:
        client = AsyncTwelveLabs(api_key="k")
        other = client.with_options(max_retries=5)
        assert isinstance(other, AsyncTwelveLabs) and other.max_retries == 5
        assert other.http_client is client.http_client
        await other.close()
        assert not client.http_client.is_closed
        await client.close()
        assert client.http_client.is_closed

    asyncio.run(go())


def test_a_call_on_a_closed_client_raises_a_typed_error_and_sends_nothing() -> None:
    """httpx raises a bare RuntimeError here; ours is a TwelveLabsError (and a RuntimeError)."""
    owner = TwelveLabs(api_key=API_KEY, base_url=BASE_URL)  # owns its pool: close() closes it
    derived = owner.with_options(max_retries=1)
    owner.close()
    for client in (owner, derived):
        with pytest.raises(ClientClosedError, match="closed") as caught:
            client.indexes.retrieve(IDX)
        assert isinstance(caught.value, TwelveLabsError) and isinstance(caught.value, RuntimeError)
        with pytest.raises(ClientClosedError), client.analyze.stream(video_id="v1", prompt="p"):
            pass


def test_a_call_on_a_closed_async_client_raises_a_typed_error() -> None:
    async def go() -> None:
        client = AsyncTwelveLabs(api_key=API_KEY, base_url=BASE_URL)
        await client.close()
        with pytest.raises(ClientClosedError):
            await client.indexes.retrieve(IDX)
        with pytest.raises(ClientClosedError):
            await client.with_options(timeout=3).indexes.list().first_page()

    asyncio.run(go())


def test_a_misspelt_per_call_option_is_refused() -> None:
    h = make_client(json_response(200, example("Index")))
    with pytest.raises(TypeError, match="request_timout"):
        h.client.indexes.retrieve(IDX, request_timout=5)  # type: ignore[call-arg]
    assert h.recorder.requests == []


# ----------------------------------------------------------------------------- what help() shows


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
def test_help_lists_every_namespace_with_its_type(client_class: type) -> None:
    client = client_class(api_key=API_KEY, base_url=BASE_URL)
    # dir(), not vars(): the sync client builds its namespaces on first use.
    namespaces = {
        name: type(value)
        for name in dir(client)
        if not name.startswith("_") and isinstance(value := getattr(client, name), ResourceBase)
    }
    assert {"indexes", "tasks", "videos", "search", "embed", "generate", "imports"} <= set(
        namespaces
    )
    # Declared on the class (what IDEs complete and type checkers read), with the right type:
    # an annotation, or the return annotation of a namespace built on first use...
    declared = {}
    for name in namespaces:
        member = inspect.getattr_static(client_class, name, None)
        if isinstance(member, functools.cached_property):
            declared[name] = getattr(resources, member.func.__annotations__["return"])
    hints = typing.get_type_hints(client_class) if not declared else {}
    assert (hints | declared).items() >= namespaces.items()
    # ...and listed by help(), each with its type.
    text = pydoc.render_doc(client_class, renderer=pydoc.plaintext)
    for name, namespace_type in namespaces.items():
        assert f"{name} ({namespace_type.__name__}): " in text, name


@pytest.mark.parametrize("client_class", [TwelveLabs, AsyncTwelveLabs])
def test_public_signatures_show_no_private_parameters(client_class: type) -> None:
    for function in (client_class, client_class.with_options):
        parameters = inspect.signature(function).parameters
        assert not [name for name in parameters if name.startswith("_")], function
    with pytest.raises(TypeError):
        client_class(api_key=API_KEY, _sleep=lambda _: None)


def test_with_options_keeps_the_clients_clock() -> None:
    # A client on a test's clock (here: sleeps recorded, not slept) gives its clock to the
    # clients with_options makes: their retries do not sleep for real either.
    h = make_client(json_response(503, {}), json_response(200, example("Index")))
    h.client.with_options(max_retries=1).indexes.retrieve(IDX)
    assert len(h.sleeps) == 1
    assert len(h.recorder.requests) == 2
