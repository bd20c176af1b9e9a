"""The waiting logic: backoff, deadline, failure, on_update, with a fake clock (no sleeps)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import Any

import pytest
from twelvelabs_client._polling import (
    EMBED_TASK_WAIT,
    IMPORT_WAIT,
    TASK_WAIT,
    Outcome,
    Poller,
    WaitPolicy,
    async_wait_for,
    classify_embed_task,
    classify_import_status,
    classify_task,
    wait_for,
)
from twelvelabs_client.errors import (
    InvalidInputError,
    NotFoundError,
    TaskFailedError,
    WaitTimeoutError,
)


class Time:
    """A clock that only moves when the code under test sleeps (or a fetch 'takes' time)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def task(status: str, **extra: Any) -> SimpleNamespace:
    return SimpleNamespace(status=status, additional_properties=extra)


def scripted(
    objects: Iterable[Any], time: Time | None = None, cost: float = 0.0
) -> Callable[[float], Any]:
    items = list(objects)
    calls = {"n": 0}

    def fetch(deadline: float) -> Any:
        index = min(calls["n"], len(items) - 1)
        calls["n"] += 1
        if time is not None:
            time.now += cost
        item = items[index]
        if isinstance(item, BaseException):
            raise item
        return item

    fetch.calls = calls  # type: ignore[attr-defined]
    return fetch


def run(fetch: Callable[[float], Any], time: Time, **options: Any) -> Any:
    options.setdefault("classify", classify_task)
    options.setdefault("label", "indexing task 't1'")
    return wait_for(fetch, clock=time.clock, sleep=time.sleep, **options)


def test_returns_the_ready_object_with_backoff_to_the_cap() -> None:
    time = Time()
    statuses = ["pending"] * 3 + ["indexing"] * 5 + ["ready"]
    objects = [task(s) for s in statuses]
    fetch = scripted(objects)
    updates: list[str] = []
    result = run(fetch, time, on_update=lambda t: updates.append(t.status))
    assert result is objects[-1]
    assert time.sleeps == [1, 2, 4, 8, 10, 10, 10, 10]
    assert fetch.calls["n"] == 9  # type: ignore[attr-defined]
    assert updates == ["pending", "indexing", "ready"]  # once at the start, then on each change


def test_poll_interval_fixes_the_interval() -> None:
    time = Time()
    fetch = scripted([task("indexing")] * 4 + [task("ready")])
    run(fetch, time, poll_interval=3)
    assert time.sleeps == [3, 3, 3, 3]


def test_already_ready_at_first_look() -> None:
    time = Time()
    updates: list[Any] = []
    ready = task("ready")
    assert run(scripted([ready]), time, on_update=updates.append) is ready
    assert time.sleeps == []
    assert updates == [ready]


def test_already_failed_at_first_look_calls_on_update_then_raises() -> None:
    time = Time()
    updates: list[Any] = []
    failed = task("failed", error={"message": "video too short"})
    with pytest.raises(TaskFailedError) as info:
        run(scripted([failed]), time, on_update=updates.append)
    assert updates == [failed]
    assert info.value.task is failed
    assert info.value.detail == "video too short"
    assert "indexing task 't1' failed" in str(info.value)
    assert str(info.value) == "The indexing task 't1' failed: video too short"


def test_failed_after_a_while_without_detail() -> None:
    time = Time()
    with pytest.raises(TaskFailedError) as info:
        run(scripted([task("validating"), task("indexing"), task("failed")]), time)
    assert info.value.detail is None
    assert str(info.value) == "The indexing task 't1' failed."
    assert time.sleeps == [1, 2]


def test_deadline_raises_with_the_last_object_and_never_sleeps_past_it() -> None:
    time = Time()
    last = task("indexing")
    fetch = scripted([last])
    with pytest.raises(WaitTimeoutError) as info:
        run(fetch, time, timeout=30)
    error = info.value
    assert error.last is last and error.timeout == 30
    assert isinstance(error, TimeoutError)
    assert "'indexing'" in str(error) and "30 s" in str(error)
    # 1+2+4+8 = 15, then 10 -> 25, then cut to 5 so the last look is exactly at the deadline.
    assert time.sleeps == [1, 2, 4, 8, 10, 5]
    assert time.now == 1030.0
    assert fetch.calls["n"] == 7  # type: ignore[attr-defined]


def test_default_deadline_is_one_hour() -> None:
    time = Time()
    with pytest.raises(WaitTimeoutError) as info:
        run(scripted([task("indexing")]), time)
    assert info.value.timeout == 3600
    assert time.now == 1000 + 3600
    assert max(time.sleeps) == 10
    assert "60 minutes" in str(info.value)


def test_fetch_time_counts_against_the_deadline() -> None:
    time = Time()
    with pytest.raises(WaitTimeoutError):
        run(scripted([task("indexing")], time, cost=4.0), time, timeout=20, poll_interval=2)
    # looks at t=4, 10, 16, 22 (past the deadline: stop).
    assert time.sleeps == [2, 2, 2]


def test_started_at_shares_one_deadline_with_earlier_work() -> None:
    time = Time()
    started = time.now
    time.now += 25  # an upload took 25 s of a 30 s budget
    with pytest.raises(WaitTimeoutError):
        run(scripted([task("indexing")]), time, timeout=30, started_at=started)
    assert time.sleeps == [1, 2, 2]


def test_fetch_errors_stop_the_wait_at_once() -> None:
    time = Time()
    gone = NotFoundError("task not found", status_code=404, code="resource_not_exist")
    fetch = scripted([task("indexing"), task("indexing"), gone])
    with pytest.raises(NotFoundError):
        run(fetch, time)
    assert fetch.calls["n"] == 3  # type: ignore[attr-defined]
    assert time.sleeps == [1, 2]


def test_unknown_status_keeps_waiting() -> None:
    time = Time()
    updates: list[str] = []
    objects = [task("transcoding_v2"), task("ready")]
    run(scripted(objects), time, on_update=lambda t: updates.append(t.status))
    assert updates == ["transcoding_v2", "ready"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("timeout", 0),
        ("timeout", -1),
        ("timeout", float("nan")),
        ("poll_interval", 0),
        ("poll_interval", float("inf")),
        ("timeout", "10"),
        ("timeout", dt.timedelta(seconds=-5)),
        ("poll_interval", dt.timedelta(0)),
    ],
)
def test_bad_timing_arguments(name: str, value: Any) -> None:
    with pytest.raises(InvalidInputError) as info:
        run(scripted([task("ready")]), Time(), **{name: value})
    assert info.value.argument == name


def test_policies_are_documented_numbers() -> None:
    assert WaitPolicy(timeout=3600, initial_interval=1, max_interval=10, multiplier=2) == TASK_WAIT
    assert EMBED_TASK_WAIT == TASK_WAIT
    assert (
        WaitPolicy(timeout=7200, initial_interval=2, max_interval=30, multiplier=2) == IMPORT_WAIT
    )


def test_import_policy_backoff() -> None:
    time = Time()
    busy = SimpleNamespace(indexing=[{"video_id": "v"}], ready=[], failed=[])
    done = SimpleNamespace(indexing=[], ready=[{"video_id": "v"}], failed=[])
    run(scripted([busy] * 7 + [done]), time, classify=classify_import_status, policy=IMPORT_WAIT)
    assert time.sleeps == [2, 4, 8, 16, 30, 30, 30]


# --------------------------------------------------------------------------- classifiers


def test_classify_task_statuses() -> None:
    for status in ("uploading", "validating", "pending", "queued", "indexing", "new"):
        assert classify_task(task(status)).state == "pending"
    assert classify_task(task("ready")).state == "ready"
    assert classify_task(task("failed")).state == "failed"
    assert classify_task(SimpleNamespace()).state == "pending"


def test_classify_embed_task_statuses() -> None:
    assert classify_embed_task(task("processing")).state == "pending"
    assert classify_embed_task(task("ready")).state == "ready"
    outcome = classify_embed_task(task("failed", error_message="bad codec"))
    assert (outcome.state, outcome.detail) == ("failed", "bad codec")


def test_classify_import_status() -> None:
    def status(**lists: Any) -> SimpleNamespace:
        return SimpleNamespace(**lists)

    for busy in ("validating", "pending", "queued", "indexing"):
        assert classify_import_status(status(**{busy: [{"video_id": "v"}]})).state == "pending"
    done = classify_import_status(status(ready=[{}], failed=[{}, {}], not_imported=["a.mp4"]))
    assert done.state == "ready"
    assert done.status == (("not_imported", 1), ("ready", 1), ("failed", 2))
    assert classify_import_status(status()).state == "ready"


def test_import_status_changes_are_reported_by_counts() -> None:
    time = Time()
    updates: list[Any] = []
    a = SimpleNamespace(pending=[1, 2], indexing=[])
    b = SimpleNamespace(pending=[1], indexing=[2])
    b2 = SimpleNamespace(pending=[3], indexing=[4])  # same counts: not a change
    c = SimpleNamespace(pending=[], indexing=[], ready=[1, 2])
    run(scripted([a, b, b2, c]), time, classify=classify_import_status, on_update=updates.append)
    assert updates == [a, b, c]


def test_poller_is_pure_and_reusable_directly() -> None:
    poller: Poller[str] = Poller(
        classify=lambda s: Outcome("ready" if s == "done" else "pending", s),
        label="job",
        started_at=0.0,
        timeout=5,
    )
    assert poller.observe("busy", 0.0) == 1
    assert poller.observe("busy", 1.0) == 2
    assert poller.observe("busy", 3.0) == 2  # cut to the deadline (4 would pass it)
    assert poller.observe("done", 5.0) is None
    assert poller.looks == 4 and poller.last == "done"


# --------------------------------------------------------------------------- async driver


def test_async_driver_shares_the_logic() -> None:
    time = Time()
    fetch_sync = scripted([task("pending"), task("indexing"), task("ready")])

    async def fetch(deadline: float) -> Any:
        return fetch_sync(deadline)

    async def sleep(seconds: float) -> None:
        time.sleep(seconds)

    updates: list[str] = []
    result = asyncio.run(
        async_wait_for(
            fetch,
            classify=classify_task,
            label="task",
            on_update=lambda t: updates.append(t.status),
            clock=time.clock,
            sleep=sleep,
        )
    )
    assert result.status == "ready"
    assert time.sleeps == [1, 2]
    assert updates == ["pending", "indexing", "ready"]


def test_async_driver_deadline() -> None:
    time = Time()

    async def fetch(deadline: float) -> Any:
        return task("queued")

    async def sleep(seconds: float) -> None:
        time.sleep(seconds)

    with pytest.raises(WaitTimeoutError):
        asyncio.run(
            async_wait_for(
                fetch,
                classify=classify_task,
                label="task",
                timeout=10,
                clock=time.clock,
                sleep=sleep,
            )
        )
    assert sum(time.sleeps) == 10
