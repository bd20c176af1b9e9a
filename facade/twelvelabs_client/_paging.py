"""Paging, in one place: page-number lists and token-linked search results.

Both walk pages the same way (:class:`PageWalk`, no I/O): fetch a page, yield it and its items,
ask the page for the next step, stop when there is none. Only that step differs:

* the ``list`` methods (indexes, tasks, videos, embed tasks) number their pages: the next is
  ``page_info.page + 1`` while it is at most ``page_info.total_page`` and the page had items
  (:func:`next_page_number`). Their :class:`SyncPager` / :class:`AsyncPager` send nothing until
  iterated, and every pass starts again from the first page, so ``first_page()`` is a call;
* a search links its pages by token: the next is ``page_info.next_page_token``
  (:func:`next_page_token`). ``search.query`` sends the search at once, so its
  :class:`SearchResults` / :class:`AsyncSearchResults` hold the first page (``first_page`` is
  an attribute) and only that page: iterating again fetches the later pages again by token.
  They stop early at ``max_results`` items. Page tokens expire about an hour after the search:
  fetching one then raises ``SearchPageExpiredError``.

A walk whose position does not advance (a page number other than the one asked for, a token
seen before, :data:`MAX_EMPTY_PAGES` empty pages in a row that still name a next page) raises
``UnexpectedResponseError`` instead of looping forever.

The plans :class:`Paged` and :class:`Searched` make these objects for a resource method: the
fetch function of each sends one page request through the client's sender.
"""

from __future__ import annotations

from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterator,
    Sequence,
)
from contextlib import aclosing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from twelvelabs_generated.types import UNSET, Unset

from ._operations import Plan, Request
from .errors import InvalidInputError, UnexpectedResponseError

if TYPE_CHECKING:
    from twelvelabs_generated.models import SearchPageInfo, SearchPool

    from ._async_send import AsyncSender
    from ._polling import Deadline
    from ._send import Sender

__all__ = [
    "AsyncPager",
    "AsyncSearchResults",
    "PageWalk",
    "Paged",
    "SearchResults",
    "Searched",
    "SyncPager",
    "check_max_results",
    "next_page_number",
    "next_page_token",
    "page_items",
]

C = TypeVar("C")  # what fetches a page: its number, or its token
P = TypeVar("P")  # a page
I = TypeVar("I")  # noqa: E741 - an item of a page
F = TypeVar("F")  # what the fetch function returns: a page, or an awaitable page


# --------------------------------------------------------------------------- the steps


def _present(value: Any) -> Any:
    """``None`` for the generated ``UNSET`` sentinel and for ``None``."""
    return None if value is None or isinstance(value, Unset) else value


def page_items(page: Any) -> list[Any]:
    """The ``data`` list of a generated list-response model (empty when absent)."""
    data = _present(getattr(page, "data", None))
    return list(data) if data else []


def next_page_number(page: Any, requested: int | None) -> int | None:
    """The page number to fetch after ``page`` (which was requested as ``requested``), or ``None``.

    A page whose ``page_info.page`` is not the number asked for raises
    :class:`UnexpectedResponseError` (the walk would not advance, or would skip pages).
    """
    info = _present(getattr(page, "page_info", None))
    current = _present(getattr(info, "page", None)) if info is not None else None
    if isinstance(current, int | float) and requested is not None and current != requested:
        raise _stuck(
            f"page {requested} was requested but the API answered with page {int(current)}"
        )
    if not page_items(page) or info is None:
        return None
    total = _present(getattr(info, "total_page", None))
    if not isinstance(total, int | float):
        return None
    current = int(current) if isinstance(current, int | float) else requested
    if current is None or current >= total:
        return None
    return current + 1


def next_page_token(page: Any) -> str | None:
    """The ``page_info.next_page_token`` of a search page, or ``None``."""
    info = getattr(page, "page_info", None)
    token = getattr(info, "next_page_token", None)
    return token if isinstance(token, str) and token else None


#: Empty pages in a row that still name a next page, after which a walk stops with an error.
MAX_EMPTY_PAGES = 3


def _stuck(problem: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        f"Stopped paging: {problem}; going on could loop forever or skip items. "
        "This client may be older than the API; please report it."
    )


def check_max_results(max_results: object) -> int | None:
    """``None`` or a positive int; anything else is refused (before any request is sent)."""
    if max_results is None:
        return None
    if isinstance(max_results, bool) or not isinstance(max_results, int) or max_results < 1:
        raise InvalidInputError("max_results", f"must be a positive integer, got {max_results!r}.")
    return max_results


class PageWalk(Generic[C, P]):
    """One walk over the pages (no I/O): the pages held, and what to fetch next.

    ``step(page, cursor)`` is the cursor of the page after ``page`` (fetched with ``cursor``;
    ``None`` for a first page given up front), or ``None`` at the end. A cursor seen before
    ends the walk (it would loop forever), and so does having ``max_results`` items in hand.
    Only a first page given up front is held; a page is dropped once iteration moves on.
    """

    def __init__(
        self,
        step: Callable[[P, C | None], C | None],
        items_of: Callable[[P], Sequence[Any]],
        *,
        start: C | None = None,
        first_page: P | None = None,
        max_results: int | None = None,
    ) -> None:
        self._step = step
        self._items_of = items_of
        self._max_results = max_results
        self._first = first_page
        self._count = 0
        self._items = 0
        self._empty_in_a_row = 0
        self._repeated: UnexpectedResponseError | None = None
        self._seen: set[C] = set()
        self._next = start
        if first_page is not None:
            self.add(None, first_page)

    @property
    def count(self) -> int:
        """How many pages the walk has seen."""
        return self._count

    def held(self, index: int) -> P | None:
        """The first page, when it came up front (no other page is kept)."""
        return self._first if index == 0 else None

    def next_cursor(self) -> C | None:
        """The cursor of the next page to fetch, or ``None`` when the walk is over."""
        if self._max_results is not None and self._items >= self._max_results:
            return None
        if self._repeated is not None:
            raise self._repeated
        return self._next

    def add(self, cursor: C | None, page: P) -> None:
        """Record the page fetched with ``cursor`` (the one :meth:`next_cursor` gave).

        Raises :class:`UnexpectedResponseError` when the server's position does not advance:
        a cursor seen before, or :data:`MAX_EMPTY_PAGES` empty pages in a row that still
        name a next page."""
        self._count += 1
        size = len(self._items_of(page))
        self._items += size
        if cursor is not None:
            self._seen.add(cursor)
        following = self._step(page, cursor)
        if following is not None and following in self._seen:
            # this page is used; asking for the next one is the error
            self._repeated = _stuck(f"the API sent the page position {following!r} a second time")
        self._empty_in_a_row = 0 if size or following is None else self._empty_in_a_row + 1
        if self._empty_in_a_row >= MAX_EMPTY_PAGES:
            raise _stuck(f"{MAX_EMPTY_PAGES} pages in a row were empty yet each named a next page")
        self._next = following


# --------------------------------------------------------------------------- the loops


class _Pages(Generic[C, F, P, I]):
    """What every pager and result set holds: the fetch function and how to read a page."""

    def __init__(
        self,
        fetch: Callable[[C], F],
        items_of: Callable[[P], Sequence[I]],
        max_results: int | None,
    ) -> None:
        self._fetch = fetch
        self._items_of = items_of
        self._max_results = max_results

    def _walk(self) -> PageWalk[C, P]:
        raise NotImplementedError


class _SyncPages(_Pages[C, P, P, I]):
    def pages(self) -> Iterator[P]:
        """Each page object in turn (with its ``page_info``), one request per page fetched."""
        walk = self._walk()
        first = walk.held(0)
        if first is not None:
            yield first
        while (cursor := walk.next_cursor()) is not None:
            page = self._fetch(cursor)
            walk.add(cursor, page)
            yield page

    def __iter__(self) -> Iterator[I]:
        # A whole page at a time (`yield from`), not an item at a time with a count to check.
        left = self._max_results
        for page in self.pages():
            items = self._items_of(page)
            if left is None or len(items) < left:
                yield from items
                if left is not None:
                    left -= len(items)
            else:
                yield from items[:left]
                return


class _AsyncPages(_Pages[C, Awaitable[P], P, I]):
    async def pages(self) -> AsyncGenerator[P, None]:
        """Each page object in turn (with its ``page_info``), one request per page fetched."""
        walk = self._walk()
        first = walk.held(0)
        if first is not None:
            yield first
        while (cursor := walk.next_cursor()) is not None:
            page = await self._fetch(cursor)
            walk.add(cursor, page)
            yield page

    async def __aiter__(self) -> AsyncIterator[I]:
        count = 0
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in self._items_of(page):
                    yield item
                    count += 1
                    if count == self._max_results:
                        return


# --------------------------------------------------------------------------- page numbers


class _NumberedPages(_Pages[int, F, P, I]):
    def __init__(
        self,
        fetch: Callable[[int], F],
        *,
        items: Callable[[P], Sequence[I]] = page_items,
        first_page: int = 1,
    ) -> None:
        super().__init__(fetch, items, None)
        self._first_page = first_page

    def _walk(self) -> PageWalk[int, P]:
        # A new walk each pass: a pager is a recipe, iterating it again asks the API again.
        return PageWalk(next_page_number, self._items_of, start=self._first_page)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} from page {self._first_page}>"


class SyncPager(_NumberedPages[P, P, I], _SyncPages[int, P, I]):
    """What a sync ``list`` method returns: iterate for the items of every page (fetched
    lazily), or :meth:`pages` for the page objects. Nothing is sent until it is iterated, and
    each pass starts from the first page again.

    ``fetch(page_number)`` sends the request for one page and returns the parsed page (a
    generated list model with ``data`` and ``page_info``).
    """

    def first_page(self) -> P:
        """Only the first page: a request, as a pager holds no page (search results, which
        come with their first page, have it as an attribute instead)."""
        return self._fetch(self._first_page)


class AsyncPager(_NumberedPages[Awaitable[P], P, I], _AsyncPages[int, P, I]):
    """The async twin of :class:`SyncPager`: ``async for item in pager``,
    ``async for page in pager.pages()``, ``await pager.first_page()``."""

    async def first_page(self) -> P:
        """Only the first page (one request)."""
        return await self._fetch(self._first_page)


# --------------------------------------------------------------------------- page tokens


class _LinkedPages(_Pages[str, F, P, I]):
    def __init__(
        self,
        first_page: P,
        fetch_page: Callable[[str], F],
        *,
        items_of: Callable[[P], Sequence[I]] = page_items,
        next_token_of: Callable[[P], str | None] = next_page_token,
        max_results: int | None = None,
    ) -> None:
        super().__init__(self._counted(fetch_page), items_of, check_max_results(max_results))
        self._next_token_of = next_token_of
        self._first = first_page
        self._fetched = 1  # the first page came with the search

    def _counted(self, fetch_page: Callable[[str], F]) -> Callable[[str], F]:
        def fetch(token: str) -> F:
            self._fetched += 1
            return fetch_page(token)

        return fetch

    def _walk(self) -> PageWalk[str, P]:
        # Only the first page is kept: each pass fetches the later pages again by token
        # (while the tokens are valid), so memory stays flat however many pages there are.
        return PageWalk(
            lambda page, _token: self._next_token_of(page),
            self._items_of,
            first_page=self._first,
            max_results=self._max_results,
        )

    @property
    def first_page(self) -> P:
        """The answer of ``POST /search``: it is in hand, so this is not a call."""
        return self._first

    @property
    def search_pool(self) -> SearchPool | Unset:
        """The first page's ``search_pool``: the videos the search ran over."""
        pool: SearchPool | Unset = getattr(self._first, "search_pool", UNSET)
        return pool

    @property
    def page_info(self) -> SearchPageInfo | Unset:
        """The first page's ``page_info`` (``total_results``, ``next_page_token``...)."""
        info: SearchPageInfo | Unset = getattr(self._first, "page_info", UNSET)
        return info

    @property
    def data(self) -> Sequence[I]:
        """The items of the first page only (iterate the results for every page)."""
        return self._items_of(self._first)

    @property
    def max_results(self) -> int | None:
        return self._max_results

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(pages_fetched={self._fetched}, "
            f"max_results={self._max_results!r})"
        )


class SearchResults(_LinkedPages[P, P, I], _SyncPages[str, P, I]):
    """The results of a search: iterate for the items across pages (clips, or video groups
    with ``group_by="video"``), or call :meth:`pages`. Further pages are fetched only when the
    items in hand are used up; ``first_page``, ``search_pool`` and ``page_info`` describe the
    first page, which came with the search."""


class AsyncSearchResults(_LinkedPages[Awaitable[P], P, I], _AsyncPages[str, P, I]):
    """The async twin of :class:`SearchResults` (``async for``, ``async for page in .pages()``)."""


# --------------------------------------------------------------------------- plans

Awaited = Coroutine[Any, Any, P]


@dataclass
class Paged(Plan[SyncPager[P, I], AsyncPager[P, I]]):
    """A page-number list: ``page(number)`` is the request of one page."""

    no_raw_response = "returns a pager, which sends one request per page (its .pages() yields them)"

    page: Callable[[int], Request[P]]
    first_page: int = 1

    def bounded(self, deadline: Deadline) -> Paged[P, I]:
        """This list with each page's request held to ``deadline``."""
        page = self.page
        return Paged(lambda number: page(number).bounded(deadline), self.first_page)

    def run(self, sender: Sender) -> SyncPager[P, I]:
        return SyncPager(lambda number: self.page(number).run(sender), first_page=self.first_page)

    def arun(self, sender: AsyncSender) -> AsyncPager[P, I]:
        return AsyncPager(lambda number: self.page(number).arun(sender), first_page=self.first_page)


@dataclass
class Searched(Plan[SearchResults[P, I], Awaited[AsyncSearchResults[P, I]]]):
    """A search: the ``first`` request when run, ``page(token)`` for each further page."""

    no_raw_response = (
        "returns search results, which fetch pages as you iterate (.first_page and .pages() "
        "give them; search.retrieve_page has one per page)"
    )

    first: Request[P]
    page: Callable[[str], Request[P]]
    max_results: int | None = None

    def run(self, sender: Sender) -> SearchResults[P, I]:
        first = self.first.run(sender)
        return SearchResults(
            first, lambda token: self.page(token).run(sender), max_results=self.max_results
        )

    async def arun(self, sender: AsyncSender) -> AsyncSearchResults[P, I]:
        first = await self.first.arun(sender)
        return AsyncSearchResults(
            first, lambda token: self.page(token).arun(sender), max_results=self.max_results
        )
