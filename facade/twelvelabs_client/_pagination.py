"""Page-number pagination for the list endpoints (indexes, tasks, videos, embed tasks).

The stopping rule lives in :func:`next_page_number`, a pure function over a page object, so
the async pager reuses it. :class:`SyncPager` is what every sync ``list`` method returns,
:class:`AsyncPager` (``async for``) what the async client's ``list`` methods return.

A pager sends nothing until it is iterated. Each pass over it starts again from the first
page, fetching one page per request and never a page beyond the last: it stops when
``page_info.page >= page_info.total_page``, when a page has no items, or when ``page_info``
is missing. The fetch function closes over the call's filters, page size and sort order, so
they go out unchanged on every page.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator
from contextlib import aclosing
from typing import Any, Generic, TypeVar

from twelvelabs_generated.types import Unset

__all__ = ["AsyncPager", "SyncPager", "next_page_number", "page_items"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def _present(value: Any) -> Any:
    """``None`` for the generated ``Unset`` sentinel (falsy, not ``None``) and for ``None``."""
    if value is None or isinstance(value, Unset):
        return None
    return value


def page_items(page: Any) -> list[Any]:
    """The ``data`` list of a generated list-response model (empty when absent)."""
    data = _present(getattr(page, "data", None))
    return list(data) if data else []


def next_page_number(page: Any, requested: int) -> int | None:
    """The page number to fetch after ``page`` (which was requested as ``requested``), or ``None``.

    Uses the page's own ``page_info.page`` when present, else the number requested.
    """
    if not page_items(page):
        return None
    info = _present(getattr(page, "page_info", None))
    if info is None:
        return None
    total = _present(getattr(info, "total_page", None))
    if not isinstance(total, int | float):
        return None
    current = _present(getattr(info, "page", None))
    current = int(current) if isinstance(current, int | float) else requested
    if current >= total:
        return None
    return current + 1


FetchT = TypeVar("FetchT")


class _Pager(Generic[FetchT, PageT, ItemT]):
    """What both pagers hold: the fetch function, the item accessor and the first page number."""

    def __init__(
        self,
        fetch: Callable[[int], FetchT],
        *,
        items: Callable[[PageT], list[ItemT]] = page_items,
        first_page: int = 1,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._first_page = first_page

    def __repr__(self) -> str:
        return f"<{type(self).__name__} from page {self._first_page}>"


class SyncPager(_Pager[PageT, PageT, ItemT]):
    """Iterate the items of every page lazily; :meth:`pages` yields the page objects.

    ``fetch(page_number)`` sends the request for one page and returns the parsed page
    (a generated list model with ``data`` and ``page_info``).
    """

    def pages(self) -> Iterator[PageT]:
        """Each page object in turn (with its ``page_info``), one request per page."""
        number: int | None = self._first_page
        while number is not None:
            page = self._fetch(number)
            yield page
            number = next_page_number(page, number)

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from self._items(page)

    def first_page(self) -> PageT:
        """Only the first page (one request)."""
        return self._fetch(self._first_page)


class AsyncPager(_Pager[Awaitable[PageT], PageT, ItemT]):
    """The async twin of :class:`SyncPager`: ``async for item in pager``,
    ``async for page in pager.pages()``, ``await pager.first_page()``.

    ``fetch(page_number)`` is a coroutine function returning the parsed page.
    """

    async def pages(self) -> AsyncGenerator[PageT, None]:
        """Each page object in turn (with its ``page_info``), one request per page."""
        number: int | None = self._first_page
        while number is not None:
            page = await self._fetch(number)
            yield page
            number = next_page_number(page, number)

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in self._items(page):
                    yield item

    async def first_page(self) -> PageT:
        """Only the first page (one request)."""
        return await self._fetch(self._first_page)
