"""Page-number pagers: one request per page, none beyond the last, filters kept on every page."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from facade_support import example, make_client, query
from twelvelabs_client import Index, SyncPager, Task
from twelvelabs_client._paging import next_page_number

IDX = "67b2c41e9d3f5a0e1c7a4b12"


def page_body(
    template: str, page: int, total_page: int, count: int, *, total_results: int | None = None
) -> dict[str, Any]:
    body = example(template)
    item = body["data"][0]
    data = []
    for i in range(count):
        entry = dict(item)
        entry["_id"] = f"{page:012d}{i:012d}"
        data.append(entry)
    body["data"] = data
    body["page_info"] = {
        "limit_per_page": 2,
        "page": page,
        "total_page": total_page,
        "total_results": total_results if total_results is not None else count,
    }
    return body


def pages_handler(template: str, total_page: int, per_page: int = 2) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        count = per_page if page <= total_page else 0
        return httpx.Response(200, json=page_body(template, page, total_page, count))

    return handler


def test_zero_pages_costs_one_request_and_yields_nothing() -> None:
    h = make_client(
        httpx.Response(
            200,
            json={
                "data": [],
                "page_info": {"limit_per_page": 10, "page": 1, "total_page": 0, "total_results": 0},
            },
        )
    )
    assert list(h.client.tasks.list()) == []
    assert len(h.recorder.requests) == 1


def test_one_page_costs_one_request() -> None:
    h = make_client(pages_handler("TaskList", total_page=1))
    tasks = list(h.client.tasks.list())
    assert len(tasks) == 2 and all(isinstance(t, Task) for t in tasks)
    assert len(h.recorder.requests) == 1


def test_n_pages_cost_n_requests_and_keep_every_filter() -> None:
    h = make_client(pages_handler("IndexList", total_page=3))
    pager = h.client.indexes.list(
        page_limit=2, sort_by="created_at", sort_option="asc", model_options=["visual", "audio"]
    )
    items = list(pager)
    assert len(items) == 6 and all(isinstance(i, Index) for i in items)
    assert [i.id for i in items][:2] == ["000000000001000000000000", "000000000001000000000001"]
    assert len(h.recorder.requests) == 3
    for number, request in enumerate(h.recorder.requests, start=1):
        assert query(request) == [
            ("page", str(number)),
            ("page_limit", "2"),
            ("sort_by", "created_at"),
            ("sort_option", "asc"),
            ("model_options", "visual,audio"),
        ]


def test_videos_range_and_metadata_filters_are_kept_on_page_two() -> None:
    h = make_client(pages_handler("VideoList", total_page=2))
    list(h.client.videos.list(IDX, duration={"gte": 10}, user_metadata={"category": "news"}))
    assert len(h.recorder.requests) == 2
    assert query(h.recorder.requests[1]) == [
        ("page", "2"),
        ("duration[gte]", "10"),
        ("category", "news"),
    ]


def test_list_statuses_kept_on_every_page() -> None:
    h = make_client(pages_handler("TaskList", total_page=2))
    list(h.client.tasks.list(status=["ready", "failed"], index_id=IDX))
    second = query(h.recorder.requests[1])
    assert ("page", "2") in second
    assert [v for k, v in second if k == "status"] == ["ready", "failed"]


def test_pages_yields_page_objects_with_page_info() -> None:
    h = make_client(pages_handler("EmbedTaskList", total_page=2))
    pages = list(h.client.embed.tasks.list().pages())
    assert [p.page_info.page for p in pages] == [1, 2]
    assert all(p.page_info.total_page == 2 for p in pages)
    assert len(h.recorder.requests) == 2


def test_iteration_is_lazy_one_request_per_page() -> None:
    h = make_client(pages_handler("TaskList", total_page=5))
    iterator = iter(h.client.tasks.list())
    assert h.recorder.requests == []
    next(iterator)
    next(iterator)
    assert len(h.recorder.requests) == 1
    next(iterator)
    assert len(h.recorder.requests) == 2


def test_start_page() -> None:
    h = make_client(pages_handler("TaskList", total_page=3))
    assert len(list(h.client.tasks.list(page=3))) == 2
    assert len(h.recorder.requests) == 1
    assert query(h.recorder.last) == [("page", "3")]


def test_empty_page_stops_even_if_total_page_says_more() -> None:
    h = make_client(pages_handler("TaskList", total_page=9, per_page=0))
    assert list(h.client.tasks.list()) == []
    assert len(h.recorder.requests) == 1


def test_missing_page_info_stops() -> None:
    body = example("TaskList")
    del body["page_info"]
    h = make_client(httpx.Response(200, json=body))
    assert len(list(h.client.tasks.list())) == len(body["data"])
    assert len(h.recorder.requests) == 1


@pytest.mark.parametrize(
    ("info", "requested", "expected"),
    [
        ({"page": 1, "total_page": 3}, 1, 2),
        ({"page": 3, "total_page": 3}, 3, None),
        ({"page": 4, "total_page": 3}, 4, None),
        ({"total_page": 3}, 2, 3),  # page missing: fall back on the number requested
        ({"page": 1, "total_page": 0}, 1, None),
        ({"page": 1}, 1, None),
    ],
)
def test_next_page_number(info: dict[str, int], requested: int, expected: int | None) -> None:
    page = SimpleNamespace(
        data=[1], page_info=SimpleNamespace(**{"page": None, "total_page": None, **info})
    )
    assert next_page_number(page, requested) == expected


def test_sync_pager_is_generic_over_any_fetch() -> None:
    calls: list[int] = []

    def fetch(n: int) -> SimpleNamespace:
        calls.append(n)
        return SimpleNamespace(
            data=[n * 10, n * 10 + 1], page_info=SimpleNamespace(page=n, total_page=2)
        )

    pager: SyncPager[SimpleNamespace, int] = SyncPager(fetch)
    assert list(pager) == [10, 11, 20, 21]
    assert calls == [1, 2]
    assert pager.first_page().data == [10, 11]
