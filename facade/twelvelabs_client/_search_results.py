"""Search results that follow ``next_page_token`` across pages.

``search.query(...)`` sends ``POST /search`` and wraps the first page in :class:`SearchResults`.
Iterating it yields the items of every page (clips, or video groups with ``group_by="video"``),
fetching ``GET /search/{next_page_token}`` only when the items already fetched are used up, and
stopping when a page has no ``next_page_token``. Every page fetched is kept, so iterating twice
sends no request again (and never re-fetches the first page). ``max_results`` stops early:
no page is fetched once that many items are in hand.

The decisions (which token to fetch next, when to stop) live in :class:`PageChain`, which does
no I/O; :class:`SearchResults` and :class:`AsyncSearchResults` only call the fetch function.
A token that expired (about an hour after the search) makes the fetch raise
``SearchPageExpiredError``: run the search again.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import aclosing
from typing import Any, Generic, TypeVar

from .errors import InvalidInputError

__all__ = ["AsyncSearchResults", "PageChain", "SearchResults", "check_max_results"]

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741 - item type, next to P for page


def check_max_results(max_results: object) -> int | None:
    """``None`` or a positive int; anything else is refused (before any request is sent)."""
    if max_results is None:
        return None
    if isinstance(max_results, bool) or not isinstance(max_results, int) or max_results < 1:
        raise InvalidInputError("max_results", f"must be a positive integer, got {max_results!r}.")
    return max_results


def _default_items(page: Any) -> Sequence[Any]:
    data = getattr(page, "data", None)
    return data if isinstance(data, list) else []


def _default_next_token(page: Any) -> str | None:
    info = getattr(page, "page_info", None)
    token = getattr(info, "next_page_token", None)
    return token if isinstance(token, str) and token else None


class PageChain(Generic[P, I]):
    """The pages seen so far and the decision of what to fetch next (no I/O)."""

    def __init__(
        self,
        first_page: P,
        *,
        items_of: Callable[[P], Sequence[I]],
        next_token_of: Callable[[P], str | None],
        max_results: int | None = None,
    ) -> None:
        check_max_results(max_results)
        self.items_of = items_of
        self.next_token_of = next_token_of
        self.max_results = max_results
        self.pages: list[P] = [first_page]
        self._item_counts: list[int] = [len(items_of(first_page))]
        self._tokens_seen: set[str] = set()

    def token_for(self, index: int) -> str | None:
        """The token to fetch page ``index`` (0-based, the next page not fetched yet), or
        ``None`` when there is no such page or it is not needed."""
        if index != len(self.pages):
            raise IndexError(f"page {index} is not the next page to fetch ({len(self.pages)})")
        if self.max_results is not None and sum(self._item_counts) >= self.max_results:
            return None
        token = self.next_token_of(self.pages[-1])
        if not token or token in self._tokens_seen:
            # A token seen before would loop forever; the API never sends one twice.
            return None
        return token

    def add(self, token: str, page: P) -> None:
        self._tokens_seen.add(token)
        self.pages.append(page)
        self._item_counts.append(len(self.items_of(page)))

    def limit_reached(self, yielded: int) -> bool:
        return self.max_results is not None and yielded >= self.max_results


F = TypeVar("F")


class _Results(Generic[F, P, I]):
    """What both result classes hold: the pages seen so far and the fetch function, whose
    result ``F`` is a page (sync) or an awaitable page (async)."""

    def __init__(
        self,
        first_page: P,
        fetch_page: Callable[[str], F],
        *,
        items_of: Callable[[P], Sequence[I]] = _default_items,
        next_token_of: Callable[[P], str | None] = _default_next_token,
        max_results: int | None = None,
    ) -> None:
        self._chain: PageChain[P, I] = PageChain(
            first_page, items_of=items_of, next_token_of=next_token_of, max_results=max_results
        )
        self._fetch_page = fetch_page

    @property
    def first_page(self) -> P:
        return self._chain.pages[0]

    @property
    def search_pool(self) -> Any:
        return getattr(self.first_page, "search_pool", None)

    @property
    def page_info(self) -> Any:
        return getattr(self.first_page, "page_info", None)

    @property
    def data(self) -> Sequence[I]:
        """The items of the first page only (iterate the results for every page)."""
        return self._chain.items_of(self.first_page)

    @property
    def max_results(self) -> int | None:
        return self._chain.max_results

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(pages_fetched={len(self._chain.pages)}, "
            f"max_results={self._chain.max_results!r})"
        )


class SearchResults(_Results[P, P, I]):
    """The results of a search: iterate for items across pages, or call :meth:`pages`.

    ``first_page`` is the ``POST /search`` response; ``search_pool`` and ``page_info`` are
    those of the first page.
    """

    def pages(self) -> Iterator[P]:
        """Each page (with its ``data``, ``page_info`` and ``search_pool``), fetching lazily."""
        index = 0
        while True:
            if index < len(self._chain.pages):
                yield self._chain.pages[index]
                index += 1
                continue
            token = self._chain.token_for(index)
            if token is None:
                return
            self._chain.add(token, self._fetch_page(token))

    def __iter__(self) -> Iterator[I]:
        yielded = 0
        for page in self.pages():
            for item in self._chain.items_of(page):
                yield item
                yielded += 1
                if self._chain.limit_reached(yielded):
                    return


class AsyncSearchResults(_Results[Awaitable[P], P, I]):
    """The async twin of :class:`SearchResults` (``async for``, ``async for page in .pages()``)."""

    async def pages(self) -> AsyncGenerator[P, None]:
        index = 0
        while True:
            if index < len(self._chain.pages):
                yield self._chain.pages[index]
                index += 1
                continue
            token = self._chain.token_for(index)
            if token is None:
                return
            self._chain.add(token, await self._fetch_page(token))

    async def __aiter__(self) -> AsyncIterator[I]:
        yielded = 0
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in self._chain.items_of(page):
                    yield item
                    yielded += 1
                    if self._chain.limit_reached(yielded):
                        return
