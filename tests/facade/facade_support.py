"""Shared helpers of the facade tests: a recording mock transport and a multipart reader."""

from __future__ import annotations

import email.parser
import email.policy
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
from twelvelabs_client import TwelveLabs

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.spec import examples  # noqa: E402

API_KEY = "tlk_SECRET_KEY_0123456789abcdef"
BASE_URL = "https://api.example.test/v1.3"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def example(name: str) -> dict[str, Any]:
    return examples.example(name)


class Recorder:
    """An ``httpx.MockTransport`` handler: records every request and answers from a script.

    The script is consumed in order; its last entry repeats. An entry may be a response, an
    exception to raise (``httpx.ConnectError``...) or a function of the request. Running out
    of a script with ``strict=True`` fails the test (no unexpected request goes unnoticed).
    """

    def __init__(self, *replies: Reply, strict: bool = False) -> None:
        self.replies = list(replies) or [httpx.Response(204)]
        self.requests: list[httpx.Request] = []
        self.strict = strict

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.strict and len(self.requests) > len(self.replies):
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        index = min(len(self.requests), len(self.replies)) - 1
        reply = self.replies[index]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        # A fresh copy, so that a repeated reply has an unread stream each time.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@dataclass
class Harness:
    client: TwelveLabs
    recorder: Recorder
    sleeps: list[float]


def make_client(*replies: Reply, strict: bool = False, **options: Any) -> Harness:
    recorder = Recorder(*replies, strict=strict)
    sleeps: list[float] = []
    options.setdefault("base_url", BASE_URL)
    client = TwelveLabs(
        api_key=API_KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        **options,
    )._use_clock(sleeps.append)
    return Harness(client, recorder, sleeps)


def query(request: httpx.Request) -> list[tuple[str, str]]:
    """The query string as ordered (key, value) pairs (keys percent-decoded)."""
    return parse_qsl(request.url.query.decode(), keep_blank_values=True)


def path(request: httpx.Request) -> str:
    """The raw (still percent-encoded) path."""
    return request.url.raw_path.decode().split("?", 1)[0]


def json_body(request: httpx.Request) -> Any:
    return json.loads(request.content)


@dataclass
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode()


def multipart(request: httpx.Request) -> list[Part]:
    """The parts of a multipart/form-data request body, in order."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    raw = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.content
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    parts = []
    for item in message.iter_parts():
        disposition = item.get("content-disposition", "")
        params = dict(item.get_params(header="content-disposition") or [])
        assert disposition.startswith("form-data"), disposition
        parts.append(
            Part(
                name=params["name"],
                filename=params.get("filename"),
                content_type=item.get("content-type") if "content-type" in item else None,
                data=item.get_payload(decode=True) or b"",
            )
        )
    return parts


def fields(parts: Iterable[Part]) -> list[tuple[str, str]]:
    """(name, text) of the parts that are not files."""
    return [(p.name, p.text) for p in parts if p.filename is None]


def boundary(request: httpx.Request) -> str:
    return request.headers["content-type"].split("boundary=", 1)[1]
