"""Peak memory of a call against huge answers: each runs in a child process (so its RSS is
its own) against a hostile loopback server run here, and must end with a typed error having
grown the child's peak RSS by less than 128 MB (the bodies inflate to 300 MB)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from . import scenarios
from .server import HostileServer, Scenario

LIMIT_MB = 128

CHILD = r"""
import json, resource, sys
from twelvelabs_client import TwelveLabs, TwelveLabsError

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

client = TwelveLabs(api_key="tlk_memory", base_url=sys.argv[1], timeout=20, max_retries=0)
client.indexes.list  # everything imported and built before the baseline
before = peak_mb()
try:
    client.indexes.retrieve("67b2c41e9d3f5a0e1c7a4b12")
    error = None
except TwelveLabsError as exc:
    error = type(exc).__name__
print(json.dumps({"error": error, "growth_mb": peak_mb() - before}))
"""


@pytest.mark.timeout(90)
@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        (scenarios.huge_body, "UnexpectedResponseError"),
        (lambda: scenarios.huge_body(status=500), "InternalServerError"),
        (scenarios.gzip_bomb, "UnexpectedResponseError"),
        (scenarios.double_gzip_bomb, "UnexpectedResponseError"),
        (lambda: scenarios.double_gzip_bomb(status=500), "InternalServerError"),
    ],
    ids=["300 MB 200", "300 MB 500", "gzip bomb", "gzip, gzip bomb", "gzip, gzip bomb 500"],
)
def test_a_huge_answer_raises_with_bounded_memory(
    scenario: Callable[[], Scenario], expected: str
) -> None:
    result = _run_child(CHILD, scenario())
    assert result["error"] == expected
    assert result["growth_mb"] < LIMIT_MB, result
    print(result)


STREAM_CHILD = r"""
import json, resource, sys, time
from twelvelabs_client import TwelveLabs, TwelveLabsError

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

client = TwelveLabs(api_key="tlk_memory", base_url=sys.argv[1], timeout=20, max_retries=0)
client.generate.stream  # everything imported and built before the baseline
before = peak_mb()
events = 0
try:
    with client.generate.stream("67b2c41e9d3f5a0e1c7a4b12", prompt="hi") as stream:
        for _ in stream:
            events += 1
    error = None
except TwelveLabsError as exc:
    error = type(exc).__name__
print(json.dumps({"error": error, "events": events, "growth_mb": peak_mb() - before}))
"""


@pytest.mark.timeout(90)
@pytest.mark.parametrize(
    ("scenario", "events"),
    [(scenarios.stream_gzip_newlines, 1), (scenarios.stream_many_objects_on_one_line, 1 + 2**21)],
    ids=["gzip of 300 MB of newlines", "2 million objects on one line"],
)
def test_a_huge_stream_is_read_in_bounded_memory(
    scenario: Callable[[], Scenario], events: int
) -> None:
    # Both end without stream_end (a typed StreamError) after handing out every event.
    result = _run_child(STREAM_CHILD, scenario())
    assert result["error"] == "StreamError"
    assert result["events"] == events
    assert result["growth_mb"] < LIMIT_MB, result
    print(result)


def _run_child(code: str, scenario: Scenario) -> dict[str, Any]:
    with HostileServer(scenario, lifetime=60) as server:
        child = subprocess.run(
            [sys.executable, "-c", code, server.base_url],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert child.returncode == 0, child.stderr
    result: dict[str, Any] = json.loads(child.stdout)
    return result
