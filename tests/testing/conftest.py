"""Fixtures for the fake API's own tests: raw httpx only, never the facade."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import KEY


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(KEY)


@pytest.fixture
def http(fake: FakeTwelveLabs) -> Iterator[httpx.Client]:
    with fake.http_client(headers={"x-api-key": KEY}) as client:
        yield client
