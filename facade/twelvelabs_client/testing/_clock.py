"""Clocks for the fake: a manual one for tests, a (possibly sped-up) real one for serving."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Protocol

# 2025-05-01T09:00:00Z: a fixed start so timestamps in tests are deterministic.
DEFAULT_START = datetime(2025, 5, 1, 9, 0, 0, tzinfo=UTC).timestamp()


class Clock(Protocol):
    """What the fake needs of a clock: the current time (pass your own as ``clock=``)."""

    def now(self) -> float:
        """Seconds since the Unix epoch, on the fake's time line."""
        ...


class ManualClock:
    """Time moves only when the test says so (``advance``)."""

    def __init__(self, start: float = DEFAULT_START) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        """The clock's time, in seconds since the Unix epoch."""
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move the time forward by ``seconds`` (never backwards)."""
        if seconds < 0:
            raise ValueError("a clock cannot go back in time")
        with self._lock:
            self._now += seconds


class RealClock:
    """Wall-clock time, running ``speed`` times faster than real time from its creation."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self._start_wall = time.time()
        self._start_mono = time.monotonic()

    def now(self) -> float:
        """Wall-clock time at the start, plus the elapsed real time times ``speed``."""
        return self._start_wall + (time.monotonic() - self._start_mono) * self.speed


def rfc3339(timestamp: float, *, millis: bool) -> str:
    """UTC with a ``Z``; the API writes some timestamps with milliseconds and some without."""
    moment = datetime.fromtimestamp(timestamp, tz=UTC)
    if millis:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_rfc3339(text: str) -> float:
    """Parse an RFC 3339 date-time (naive values are taken as UTC); ``ValueError`` if bad."""
    if "T" not in text.upper():
        raise ValueError(text)
    moment = datetime.fromisoformat(text.replace("z", "Z"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()
