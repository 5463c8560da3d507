"""The bounded cache of pages behind a
:class:`~kamdesk.ui.models.lazy_table.LazyTableModel`: rows by page number,
at most ``limit`` pages held, the least recently used dropped when another is
stored (and fetched again if the user scrolls back). No Qt, no fetching: the
model decides when a page is fetched."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

R = TypeVar("R")


class PageCache(Generic[R]):
    """Pages of rows, least recently used first."""

    def __init__(self, limit: int, pages: Iterable[tuple[int, list[R]]] = ()) -> None:
        self.limit = limit
        self._pages: OrderedDict[int, list[R]] = OrderedDict(pages)
        self._hot: tuple[int, list[R]] | None = None  # the page asked for last

    def __contains__(self, page: int) -> bool:
        return page in self._pages

    def __bool__(self) -> bool:
        return bool(self._pages)

    def get(self, page: int) -> list[R] | None:
        """The rows of ``page`` if held (it becomes the most recently used), else None."""
        hot = self._hot
        if hot is not None and hot[0] == page:
            return hot[1]
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            self._hot = (page, rows)
        return rows

    def put(self, page: int, rows: list[R]) -> None:
        """Hold ``rows`` as ``page``, dropping the least recently used beyond the limit."""
        self._pages[page] = rows
        while len(self._pages) > self.limit:
            self._pages.popitem(last=False)
        self._hot = (page, rows)

    def recent(self, n: int) -> list[int]:
        """Up to ``n`` pages after the first, most recently used first."""
        return [p for p in reversed(self._pages) if p > 0][:n]

    def rows(self) -> list[R]:
        """Every held row, in list order."""
        out: list[R] = []
        for page in sorted(self._pages):
            out.extend(self._pages[page])
        return out

    def find(self, key: str, key_of: Callable[[R], str], page_size: int) -> int:
        """The row whose key is ``key`` among the held pages (-1 if not held)."""
        for page in sorted(self._pages):
            for i, item in enumerate(self._pages[page]):
                if key_of(item) == key:
                    return page * page_size + i
        return -1
