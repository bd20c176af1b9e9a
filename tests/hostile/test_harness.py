"""The hostile-server harness itself: it stops by itself, and its scenarios send what they say."""

from __future__ import annotations

import socket
import zlib

import httpx
import pytest

from . import scenarios
from .server import HostileServer

pytestmark = pytest.mark.timeout(30)


def _port(server: HostileServer) -> int:
    return int(server.base_url.split(":")[2].split("/")[0])


def test_closing_the_server_ends_a_held_connection() -> None:
    with HostileServer(scenarios.silence()) as server:
        sock = socket.create_connection(("127.0.0.1", _port(server)), timeout=10)
        sock.sendall(b"GET /v1.3/indexes HTTP/1.1\r\nhost: x\r\n\r\n")
        for _ in range(200):  # until the server has read the request (bounded)
            if server.requests:
                break
            sock.settimeout(0.01)
            try:
                sock.recv(1)
            except TimeoutError:
                continue
    sock.settimeout(10)
    assert sock.recv(1) == b""  # closed by the server, not left hanging
    sock.close()
    assert [r.target for r in server.requests] == ["/v1.3/indexes"]


def test_the_server_serves_at_most_max_connections() -> None:
    scenario = scenarios.answer(200, b'{"ok": true}')
    with HostileServer(scenario, max_connections=2) as server:
        for _ in range(2):
            assert httpx.get(server.base_url + "/x", timeout=5).json() == {"ok": True}
        with pytest.raises(httpx.TimeoutException):
            httpx.get(server.base_url + "/x", timeout=0.3)
    assert len(server.requests) == 2


def test_a_huge_body_is_generated_to_its_full_length() -> None:
    with (
        HostileServer(scenarios.huge_body(total=5 * scenarios.MB)) as server,
        httpx.stream("GET", server.base_url + "/x", timeout=5) as response,
    ):
        total = sum(len(piece) for piece in response.iter_raw())
    assert response.headers["transfer-encoding"] == "chunked"
    assert total == 5 * scenarios.MB


def test_the_gzip_bomb_is_small_and_inflates_to_300_mib() -> None:
    bomb = scenarios.gzip_bomb_bytes()
    assert len(bomb) < 400 * 1024
    inflater = zlib.decompressobj(31)
    inflated, data = 0, bomb
    while data:
        inflated += len(inflater.decompress(data, 1 << 20))
        data = inflater.unconsumed_tail
    assert inflated == 300 * scenarios.MB


def test_a_key_echo_quotes_the_key_the_client_sent() -> None:
    with HostileServer(scenarios.echo_key_error()) as server:
        response = httpx.get(server.base_url + "/x", headers={"x-api-key": "tlk_seen"}, timeout=5)
    assert response.status_code == 401 and "tlk_seen" in response.json()["message"]


def test_a_scenario_that_never_ends_is_cut_at_the_servers_lifetime() -> None:
    """A client the scenario would hold forever (newlines every 50 ms) gets a closed
    connection once the lifetime is over, so a case fails instead of hanging."""
    with (
        HostileServer(scenarios.stream_start_then_newlines(0.05), lifetime=1) as server,
        pytest.raises(httpx.TransportError),
        httpx.stream("POST", server.base_url + "/generate", timeout=5) as response,
    ):
        for _ in response.iter_bytes():
            pass
