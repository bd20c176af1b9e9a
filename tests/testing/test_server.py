"""The fake over real HTTP on 127.0.0.1: round trips, streaming, faults, the command line."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import BOTH_MODELS, KEY, create_index

NO_FILE = {"_": ("", b"")}


@pytest.fixture
def served(fake: FakeTwelveLabs) -> Iterator[httpx.Client]:
    with (
        fake.serve() as base_url,
        httpx.Client(base_url=base_url, headers={"x-api-key": KEY}, timeout=10) as client,
    ):
        yield client


def test_base_url_is_loopback(fake: FakeTwelveLabs) -> None:
    with fake.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1.3")


def test_round_trip(fake: FakeTwelveLabs, served: httpx.Client) -> None:
    created = served.post("/indexes", json={"index_name": "served", "models": BOTH_MODELS})
    assert created.status_code == 201
    index_id = created.json()["_id"]
    task = served.post(
        "/tasks",
        data={"index_id": index_id, "user_metadata": json.dumps({"topic": "boats"})},
        files={"video_file": ("harbor_boats.mp4", b"\x00" * 50_000, "video/mp4")},
    )
    assert task.status_code == 200, task.text
    assert served.get(f"/tasks/{task.json()['_id']}").json()["status"] == "validating"
    fake.settle()
    videos = served.get(f"/indexes/{index_id}/videos", params={"topic": "boats"}).json()
    assert [v["_id"] for v in videos["data"]] == [task.json()["video_id"]]
    renamed = served.put(f"/indexes/{index_id}", json={"index_name": "renamed"})
    assert renamed.status_code == 204 and renamed.content == b""
    first = served.post(
        "/search",
        data={
            "index_id": index_id,
            "search_options": ["visual", "audio"],
            "query_text": "boats",
            "page_limit": "2",
        },
        files=NO_FILE,
    ).json()
    token = first["page_info"]["next_page_token"]
    assert served.get(f"/search/{token}").status_code == 200
    unauthorised = httpx.get(f"{served.base_url}/indexes")
    assert unauthorised.status_code == 401 and unauthorised.json()["code"] == "api_key_invalid"


def test_streamed_generate_arrives_in_several_chunks(
    fake: FakeTwelveLabs, served: httpx.Client
) -> None:
    index_id = fake.create_index("gen")
    video_id = fake.add_video(index_id, "cooking_pasta.mp4", duration=61)
    with served.stream("POST", "/generate", json={"video_id": video_id, "prompt": "Recipe?"}) as r:
        assert r.status_code == 200
        assert r.headers["transfer-encoding"] == "chunked"
        chunks = list(r.iter_raw())
    assert len(chunks) >= 3
    lines = b"".join(chunks).splitlines()
    events = [json.loads(line) for line in lines]
    assert events[0]["event_type"] == "stream_start" and events[-1]["event_type"] == "stream_end"
    # The connection is still good afterwards (keep-alive).
    assert served.get("/indexes").status_code == 200


def test_chunked_request_body(fake: FakeTwelveLabs, served: httpx.Client) -> None:
    index_id = fake.create_index("chunked")

    def body() -> Iterator[bytes]:
        yield b'--B\r\nContent-Disposition: form-data; name="index_id"\r\n\r\n' + index_id.encode()
        yield b'\r\n--B\r\nContent-Disposition: form-data; name="video_file"; filename="a.mp4"\r\n\r\n'
        yield b"\x01" * 70_000
        yield b"\r\n--B--\r\n"

    response = served.post(
        "/tasks", content=body(), headers={"content-type": "multipart/form-data; boundary=B"}
    )
    assert response.status_code == 200, response.text
    fake.settle()
    video = served.get(f"/indexes/{index_id}/videos/{response.json()['video_id']}").json()
    assert video["system_metadata"]["size"] == 70_000


@pytest.mark.parametrize("length", ["abc", "-5"])
def test_unusable_content_length_is_a_400(fake: FakeTwelveLabs, length: str) -> None:
    with (
        fake.serve() as base_url,
        socket.create_connection(("127.0.0.1", urlsplit(base_url).port or 0), timeout=5) as s,
    ):
        s.sendall(
            f"POST /v1.3/indexes HTTP/1.1\r\nHost: x\r\nx-api-key: {KEY}\r\n"
            f"Content-Length: {length}\r\n\r\n".encode()
        )
        s.settimeout(5)
        head, _, body = s.makefile("rb").read().partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert json.loads(body)["code"] == "parameter_invalid"


def test_refused_request_with_unread_body_keeps_connection_usable(served: httpx.Client) -> None:
    refused = served.post(
        "/tasks",
        files={"video_file": ("a.mp4", b"x" * 200_000, "video/mp4")},
        headers={"x-api-key": "wrong"},
    )
    assert refused.status_code == 401
    assert served.get("/indexes").status_code == 200


def test_faults_over_the_wire(fake: FakeTwelveLabs, served: httpx.Client) -> None:
    fake.faults.rate_limit(retry_after=2)
    limited = served.get("/indexes")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "2"
    assert limited.content == b""
    fake.faults.drop_connection()
    with pytest.raises(httpx.RemoteProtocolError):
        served.get("/indexes")
    fake.faults.drop_connection(mid_body=True)
    with pytest.raises(httpx.RemoteProtocolError):
        served.get("/indexes")
    fake.faults.delay(5)
    with pytest.raises(httpx.ReadTimeout):
        served.get("/indexes", timeout=httpx.Timeout(5, read=0.2))
    fake.faults.clear()
    assert served.get("/indexes").status_code == 200


def _handlers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if "process_request_thread" in t.name]


def test_a_client_that_hangs_up_early_prints_nothing(
    fake: FakeTwelveLabs, capsys: pytest.CaptureFixture[str]
) -> None:
    before = set(_handlers())
    with fake.serve() as base_url, httpx.Client(headers={"x-api-key": KEY}) as client:
        fake.faults.delay(0.3)  # the answer comes after the client stopped waiting
        with pytest.raises(httpx.ReadTimeout):
            client.get(f"{base_url}/indexes", timeout=httpx.Timeout(5, read=0.05))
        client.close()
        for thread in set(_handlers()) - before:
            thread.join(timeout=5)  # the handler writes into the closed connection, then ends
        assert not set(_handlers()) - before
    assert capsys.readouterr().err == ""


def test_server_stops_and_releases_the_port(fake: FakeTwelveLabs) -> None:
    before = threading.active_count()
    with fake.serve() as base_url, httpx.Client() as client:
        assert client.get(f"{base_url}/indexes", headers={"x-api-key": KEY}).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/indexes", headers={"x-api-key": KEY}, timeout=2)
    deadline = time.monotonic() + 5
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() <= before


def test_real_clock_with_speed() -> None:
    fake = FakeTwelveLabs(KEY, realtime=True, speed=200)
    index_id = fake.create_index("fast")
    with (
        fake.serve() as base_url,
        httpx.Client(base_url=base_url, headers={"x-api-key": KEY}) as http,
    ):
        task = http.post(
            "/tasks",
            data={"index_id": index_id},
            files={"video_file": ("a.mp4", b"abc" * 100, "video/mp4")},
        ).json()
        seen = []
        for _ in range(100):
            status = http.get(f"/tasks/{task['_id']}").json()["status"]
            if not seen or seen[-1] != status:
                seen.append(status)
            if status == "ready":
                break
            time.sleep(0.01)
    assert seen[-1] == "ready"
    assert seen == sorted(seen, key=["validating", "pending", "queued", "indexing", "ready"].index)


def _start_cli(
    *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], list[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "twelvelabs_client.testing", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    return process, _read_lines(process, 2)


def _read_lines(process: subprocess.Popen[str], count: int, timeout: float = 30) -> list[str]:
    """The next ``count`` lines of the process's stdout, failing the test (instead of hanging)
    when they do not arrive within ``timeout`` seconds."""
    assert process.stdout is not None
    stdout = process.stdout
    lines: list[str] = []

    def read() -> None:
        for _ in range(count):
            lines.append(stdout.readline().strip())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if reader.is_alive():
        _stop(process)
        pytest.fail(f"the server printed {lines!r} and then nothing for {timeout} s")
    return lines


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def test_command_line_serve_with_explicit_key() -> None:
    process, lines = _start_cli("--api-key", "tlk_cli", "--speed", "50")
    try:
        assert lines[0].startswith("Fake TwelveLabs API listening on http://127.0.0.1:")
        base_url = lines[0].rsplit(" ", 1)[-1]
        assert httpx.get(f"{base_url}/indexes", headers={"x-api-key": "tlk_cli"}).status_code == 200
        assert httpx.get(f"{base_url}/indexes", headers={"x-api-key": "other"}).status_code == 401
    finally:
        _stop(process)


def test_command_line_can_answer_retired_routes_with_404() -> None:
    headers = {"x-api-key": "tlk_cli"}
    for args, generate_status in [((), 400), (("--no-retired-routes",), 404)]:
        process, lines = _start_cli("--api-key", "tlk_cli", *args)
        try:
            base_url = lines[0].rsplit(" ", 1)[-1]
            generate = httpx.post(f"{base_url}/generate", json={}, headers=headers)
            assert generate.status_code == generate_status, generate.text
            assert httpx.get(f"{base_url}/analyze/tasks", headers=headers).status_code == 200
        finally:
            _stop(process)


def test_command_line_key_from_environment_or_generated() -> None:
    process, lines = _start_cli(env={"TWELVELABS_API_KEY": "tlk_env"})
    try:
        base_url = lines[0].rsplit(" ", 1)[-1]
        assert httpx.get(f"{base_url}/indexes", headers={"x-api-key": "tlk_env"}).status_code == 200
        assert "generated" not in lines[1]
    finally:
        _stop(process)
    env = {k: v for k, v in os.environ.items() if k != "TWELVELABS_API_KEY"}
    process = subprocess.Popen(
        [sys.executable, "-m", "twelvelabs_client.testing", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first_line, key_line = _read_lines(process, 2)
        base_url = first_line.rsplit(" ", 1)[-1]
        assert key_line.startswith("API key (generated): tlk_")
        key = key_line.rsplit(" ", 1)[-1]
        assert httpx.get(f"{base_url}/indexes", headers={"x-api-key": key}).status_code == 200
    finally:
        _stop(process)


def test_command_line_search_token_ttl_sets_how_long_page_tokens_live() -> None:
    from twelvelabs_client import SearchPageExpiredError, TwelveLabs

    process, lines = _start_cli(
        "--api-key", "tlk_cli", "--speed", "1000", "--search-token-ttl", "5"
    )
    try:
        base_url = lines[0].rsplit(" ", 1)[-1]
        with TwelveLabs(api_key="tlk_cli", base_url=base_url) as client:
            index = client.indexes.create(
                "ttl", models=[{"model_name": "marengo2.7", "model_options": ["visual"]}]
            )
            client.tasks.create_and_wait(
                index.id,
                video_file=("forklift.mp4", b"x" * 4096),
                user_metadata={"duration": 120},
                poll_interval=0.05,
            )
            results = client.search.query(
                index.id, search_options="visual", query_text="forklift", page_limit=1
            )
            token = results.page_info.next_page_token
            assert isinstance(token, str)
            time.sleep(0.05)  # 50 fake seconds at --speed 1000: past the 5 s lifetime
            with pytest.raises(SearchPageExpiredError):
                client.search.retrieve_page(token)
    finally:
        _stop(process)


def test_command_line_refuses_a_non_positive_token_ttl() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "twelvelabs_client.testing", "serve", "--search-token-ttl", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--search-token-ttl must be positive" in result.stderr


def test_hundred_concurrent_uploads_all_succeed(fake: FakeTwelveLabs) -> None:
    """A burst of connections (more than a default listen backlog of 5) is queued, not reset."""

    async def burst(base_url: str, index_id: str) -> list[int]:
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=0)
        async with httpx.AsyncClient(
            base_url=base_url, headers={"x-api-key": KEY}, timeout=30, limits=limits
        ) as client:

            async def one(n: int) -> int:
                response = await client.post(
                    "/tasks",
                    data={"index_id": index_id},
                    files={"video_file": (f"clip{n}.mp4", b"\x00" * 20_000, "video/mp4")},
                )
                return response.status_code

            return await asyncio.gather(*(one(n) for n in range(100)))

    with (
        fake.serve() as base_url,
        httpx.Client(base_url=base_url, headers={"x-api-key": KEY}, timeout=10) as http,
    ):
        index_id = create_index(http)
        statuses = asyncio.run(burst(base_url, index_id))
    assert statuses == [200] * 100
    assert len(fake.store.tasks) == 100
