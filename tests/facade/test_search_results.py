"""SearchResults: following next_page_token, laziness, max_results, the async twin."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from twelvelabs_client._paging import AsyncSearchResults, PageWalk, SearchResults
from twelvelabs_client.errors import (
    InvalidInputError,
    SearchPageExpiredError,
    UnexpectedResponseError,
)
from twelvelabs_generated.models import SearchClip, SearchPage, SearchVideoGroup


def clip(n: int) -> dict[str, Any]:
    return {"score": 90 - n, "start": n, "end": n + 5, "video_id": f"v{n}", "confidence": "high"}


def page(
    items: list[dict[str, Any]], next_token: str | None, prev: str | None = None
) -> SearchPage:
    info: dict[str, Any] = {
        "limit_per_page": 3,
        "total_results": 8,
        "page_expires_at": "2025-01-01T00:00:00Z",
    }
    if next_token:
        info["next_page_token"] = next_token
    if prev:
        info["prev_page_token"] = prev
    return SearchPage.from_dict(
        {
            "search_pool": {"total_count": 4, "total_duration": 100, "index_id": "i1"},
            "data": items,
            "page_info": info,
        }
    )


class Pages:
    """A fetch function over scripted pages, recording the tokens asked for."""

    def __init__(self, pages: dict[str, SearchPage]) -> None:
        self.pages = pages
        self.tokens: list[str] = []

    def __call__(self, token: str) -> SearchPage:
        self.tokens.append(token)
        result = self.pages[token]
        return result


def three_pages() -> tuple[SearchPage, Pages]:
    first = page([clip(0), clip(1), clip(2)], "t2")
    fetch = Pages(
        {
            "t2": page([clip(3), clip(4), clip(5)], "t3", prev="t1"),
            "t3": page([clip(6), clip(7)], None, prev="t2"),
        }
    )
    return first, fetch


def test_items_across_pages_follow_tokens_and_stop_without_a_token() -> None:
    first, fetch = three_pages()
    results: SearchResults[SearchPage, Any] = SearchResults(first, fetch)
    assert fetch.tokens == []  # nothing fetched until needed
    items = list(results)
    assert [c.video_id for c in items] == [f"v{n}" for n in range(8)]
    assert all(isinstance(c, SearchClip) for c in items)
    assert fetch.tokens == ["t2", "t3"]


def test_fetches_lazily_page_by_page() -> None:
    first, fetch = three_pages()
    iterator = iter(SearchResults(first, fetch))
    for _ in range(3):
        next(iterator)
    assert fetch.tokens == []
    next(iterator)
    assert fetch.tokens == ["t2"]


def test_pages_expose_page_info_and_search_pool() -> None:
    first, fetch = three_pages()
    results = SearchResults(first, fetch)
    pages = list(results.pages())
    assert pages[0] is first
    assert [p.page_info.next_page_token for p in pages[:2]] == ["t2", "t3"]
    assert not pages[2].page_info.next_page_token  # absent on the last page
    assert pages[1].page_info.prev_page_token == "t1"
    assert results.search_pool.index_id == "i1"
    assert [c.video_id for c in results.data] == ["v0", "v1", "v2"]  # the first page only
    assert results.page_info.total_results == 8


def test_iterating_again_fetches_the_later_pages_again_but_not_the_first() -> None:
    first, fetch = three_pages()
    results = SearchResults(first, fetch)
    assert len(list(results)) == 8
    assert len(list(results)) == 8
    assert len(list(results.pages())) == 3
    # only the first page is kept: every pass fetches the later pages by token again
    assert fetch.tokens == ["t2", "t3"] * 3
    assert repr(results) == "SearchResults(pages_fetched=7, max_results=None)"


def test_single_page_fetches_nothing() -> None:
    fetch = Pages({})
    results = SearchResults(page([clip(0)], None), fetch)
    assert len(list(results)) == 1
    assert fetch.tokens == []


def test_empty_result() -> None:
    fetch = Pages({})
    assert list(SearchResults(SearchPage.from_dict({"data": [], "page_info": {}}), fetch)) == []
    assert list(SearchResults(SearchPage.from_dict({}), fetch)) == []
    assert fetch.tokens == []


@pytest.mark.parametrize(
    ("limit", "tokens"),
    [(1, []), (3, []), (4, ["t2"]), (6, ["t2"]), (7, ["t2", "t3"]), (100, ["t2", "t3"])],
)
def test_max_results_stops_without_extra_requests(limit: int, tokens: list[str]) -> None:
    first, fetch = three_pages()
    items = list(SearchResults(first, fetch, max_results=limit))
    assert len(items) == min(limit, 8)
    assert fetch.tokens == tokens


def test_max_results_limits_pages_too() -> None:
    first, fetch = three_pages()
    assert len(list(SearchResults(first, fetch, max_results=3).pages())) == 1
    assert fetch.tokens == []


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "3"])
def test_bad_max_results(bad: Any) -> None:
    with pytest.raises(InvalidInputError) as info:
        SearchResults(page([], None), Pages({}), max_results=bad)
    assert info.value.argument == "max_results"


def test_group_by_video_yields_groups() -> None:
    first = page([{"id": "v1", "clips": [clip(0), clip(1)]}], "t2")
    fetch = Pages({"t2": page([{"id": "v2", "clips": [clip(2)]}], None)})
    groups = list(SearchResults(first, fetch))
    assert [g.id for g in groups] == ["v1", "v2"]
    assert all(isinstance(g, SearchVideoGroup) for g in groups)
    assert [len(g.clips) for g in groups] == [2, 1]


def test_expired_token_propagates() -> None:
    first = page([clip(0)], "old")

    def fetch(token: str) -> SearchPage:
        raise SearchPageExpiredError(
            "token expired", status_code=400, code="search_page_token_expired"
        )

    iterator = iter(SearchResults(first, fetch))
    assert next(iterator).video_id == "v0"
    with pytest.raises(SearchPageExpiredError) as info:
        next(iterator)
    assert "run the search again" in str(info.value)


def test_a_repeated_token_is_an_error_not_a_silent_end() -> None:
    first = page([clip(0)], "same")
    fetch = Pages({"same": page([clip(1)], "same")})
    iterator = iter(SearchResults(first, fetch))
    assert [next(iterator).video_id, next(iterator).video_id] == ["v0", "v1"]
    with pytest.raises(UnexpectedResponseError, match="'same' a second time"):
        next(iterator)
    assert fetch.tokens == ["same"]


def test_empty_pages_that_keep_naming_a_next_token_stop_after_three() -> None:
    counter = iter(range(1000))

    def fetch(token: str) -> SearchPage:
        return page([], f"t{next(counter)}")

    with pytest.raises(UnexpectedResponseError, match="3 pages in a row were empty"):
        list(SearchResults(page([clip(0)], "t"), fetch))
    assert next(counter) == 3  # three empty pages fetched, then no more


def test_page_walk_is_pure() -> None:
    walk: PageWalk[str, dict[str, Any]] = PageWalk(
        lambda page, _token: page["next"],
        lambda page: page["items"],
        first_page={"items": [1, 2], "next": "a"},
        max_results=3,
    )
    assert walk.next_cursor() == "a"
    walk.add("a", {"items": [3], "next": "b"})
    assert walk.next_cursor() is None  # 3 items in hand: the limit
    # only the first page is held; a later one is the caller's until it moves on
    assert walk.held(0) == {"items": [1, 2], "next": "a"} and walk.held(1) is None


def test_async_twin() -> None:
    first, fetch_sync = three_pages()

    async def fetch(token: str) -> SearchPage:
        return fetch_sync(token)

    async def main() -> tuple[list[Any], list[Any], list[Any]]:
        results = AsyncSearchResults(first, fetch)
        items = [item async for item in results]
        pages = [p async for p in results.pages()]
        limited = [item async for item in AsyncSearchResults(first, fetch, max_results=2)]
        return items, pages, limited

    items, pages, limited = asyncio.run(main())
    assert len(items) == 8 and len(pages) == 3 and len(limited) == 2
    assert fetch_sync.tokens == ["t2", "t3", "t2", "t3"]  # two passes; limited needs no page
