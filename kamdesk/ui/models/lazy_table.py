"""A table model that loads its rows page by page from a service.

Lists that can grow (accounts, contacts, visits…) must never be materialised
whole: the view asks for rows as it scrolls, and sorting and filtering happen
in SQL. :class:`LazyTableModel` is the generic piece; a page gives it

* ``columns`` — a sequence of :class:`LazyColumn` (header, how to show a row,
  the service's sort key or ``None`` when the column cannot sort);
* ``fetch(offset, limit, sort, descending) -> Sequence[row]`` — one page,
  sorted and filtered by the service;
* ``count() -> int`` — how many rows the current filter matches;
* ``key(row) -> str`` — a stable id (the record's uuid) to keep the selection
  across refreshes.

Usage::

    model = LazyTableModel(columns, fetch=fetch_page, count=count_rows,
                           key=lambda r: r.uuid, page_size=200,
                           default_sort="name")
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)       # header clicks call model.sort(): SQL re-query
    model.refresh()                    # first load, and after the filter changes

Set the sort indicator to the model's default sort *before* switching
sorting on: ``setSortingEnabled`` calls ``sort()`` with the indicator, and a
sort that changes nothing does not query.

Rows live in a bounded cache of pages: ``rowCount()`` is the whole ``total``
from the start (the scroll bar is right, Ctrl+End and dragging to the end
work), and ``data()`` for a row whose page is not cached fetches that page
(``fetch(page * page_size, page_size, …)``). At most ``cache_pages`` pages
are held; the least recently used one is dropped when another is needed, and
fetched again if the user scrolls back. So a list of 100k rows costs the
memory of a few pages, and scrolling to its end fetches only the pages shown
(sequential pages by name continue through the index in the service: keyset).

With ``defer_jumps=True`` (the account list) a page far from the cached
ones is fetched only once the view rests there (:mod:`.jumps`).

``total`` (from ``count``) is the number to show the user ("1,234 accounts").
Rows are the service's frozen dataclasses; ``row_at(i)`` returns one (fetching
its page if needed), ``Qt.UserRole`` returns it through ``data()`` too;
``loaded_rows()`` and ``row_of_key()`` look only at the cached pages, and
``locate(key)`` also fetches pages from the top until it finds the key.
``refresh()`` re-runs the count and the first page; ``refresh(keep_loaded=True)``
also reloads the most recently used pages (up to ``keep_pages``), so after an
edit the view stays where it was and the selected row can be found again.
Timings: ``last_refresh_ms`` (count, first page) and ``fetch_ms`` (the last
page fetches) for diagnostics and the benchmark.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from kamdesk.ui.models.jumps import JumpDeferral
from kamdesk.ui.models.page_cache import PageCache

R = TypeVar("R")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LazyColumn(Generic[R]):
    """One column of a lazy table.

    * ``header`` — already translated header text.
    * ``display(row) -> str`` — the cell text.
    * ``sort`` — the service's sort key for this column (``None``: not sortable).
    * ``align`` — ``Qt.AlignmentFlag`` for the cell (numbers right-aligned).
    * ``tooltip(row)``, ``foreground(row)``, ``background(row)`` — optional
      per-cell extras (a ``QColor``/``QBrush`` or ``None``).
    * ``key`` — a stable name for the column (saved layouts, tests).
    """

    key: str
    header: str
    display: Callable[[R], str]
    sort: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[R], str | None] | None = None
    foreground: Callable[[R], Any] | None = None
    background: Callable[[R], Any] | None = None


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows loaded page by page; see the module docstring."""

    #: emitted after every refresh/sort with the new total
    total_changed = Signal(int)

    def __init__(
        self,
        columns: Sequence[LazyColumn[R]],
        *,
        fetch: Callable[[int, int, str | None, bool], Sequence[R]],
        count: Callable[[], int],
        key: Callable[[R], str],
        page_size: int = 200,
        default_sort: str | None = None,
        descending: bool = False,
        keep_pages: int = 5,
        cache_pages: int = 8,
        defer_jumps: bool = False,
        row_foreground: Callable[[R], Any] | None = None,
        row_background: Callable[[R], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns: list[LazyColumn[R]] = list(columns)
        self._fetch = fetch
        self._count = count
        self._key = key
        self.page_size = page_size
        self._sort = default_sort
        self._descending = descending
        self._keep_pages = max(1, keep_pages)
        #: most pages held at once (never fewer than keep_pages, nor than 2)
        self.cache_pages = max(2, cache_pages, self._keep_pages)
        self._row_foreground = row_foreground
        self._row_background = row_background
        self._pages: PageCache[R] = PageCache(self.cache_pages)
        self._total = 0
        self._loaded = False
        self._shrink_pending = False
        #: number of pages fetched since the last refresh (first page included)
        self.pages_fetched = 0
        #: pages fetched in all, ever (evictions make pages be fetched again)
        self.pages_fetched_total = 0
        #: (count ms, first page ms) of the last refresh
        self.last_refresh_ms: tuple[float, float] = (0.0, 0.0)
        #: ms of the last page fetches (newest last)
        self.fetch_ms: deque[float] = deque(maxlen=1000)
        #: pages far from the cached ones (a drag of the scroll bar) wait for the view to rest
        self._jumps = JumpDeferral(self) if defer_jumps else None
        #: set by a view: (first, last) rows it shows now (-1: none); then
        #: exactly those pages are fetched when it rests after a jump
        self.visible_rows: Callable[[], tuple[int, int]] | None = None
        #: set by a view: True while the user drags the scroll bar; then only
        #: a drag's pages wait for the view to rest (None: every jump waits)
        self.dragging: Callable[[], bool] | None = None

    # --- configuration ---------------------------------------------------------
    def set_columns(self, columns: Sequence[LazyColumn[R]]) -> None:
        """Replace the columns (e.g. custom fields were added); keeps the rows."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def columns(self) -> list[LazyColumn[R]]:
        return list(self._columns)

    def column_of(self, key: str) -> int:
        """The index of the column named ``key`` (-1 if absent)."""
        for i, col in enumerate(self._columns):
            if col.key == key:
                return i
        return -1

    @property
    def sort_key(self) -> str | None:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def total(self) -> int:
        """How many rows the current filter matches (not how many are loaded)."""
        return self._total

    @property
    def loaded(self) -> bool:
        """True once ``refresh()`` has run (the first page is there, or the list is empty)."""
        return self._loaded

    # --- loading -------------------------------------------------------------
    def refresh(self, *, keep_loaded: bool = False) -> None:
        """Re-count and reload the first page (dropping the cache).

        ``keep_loaded=True`` also reloads the pages used most recently (up to
        ``keep_pages``) so the view stays where it was after an edit.
        """
        again = self._pages.recent(self._keep_pages - 1) if keep_loaded else []
        t0 = time.perf_counter()
        total = int(self._count())
        t1 = time.perf_counter()
        pages: list[tuple[int, list[R]]] = []
        fetched = 0
        if total:
            first = list(self._fetch(0, self.page_size, self._sort, self._descending))
            fetched = 1
            if len(first) < self.page_size:
                total = len(first)  # the whole list is on this page: its exact length
            pages.append((0, first))
        t2 = time.perf_counter()
        for page in reversed(again):
            if page * self.page_size >= total:
                continue
            rows = list(self._fetch(page * self.page_size, self.page_size, self._sort, self._descending))
            fetched += 1
            if rows:
                pages.append((page, rows))  # in use order: the page used last ends up newest
        self.last_refresh_ms = ((t1 - t0) * 1000.0, (t2 - t1) * 1000.0)
        self.beginResetModel()
        self._pages = PageCache(self.cache_pages, pages)
        if self._jumps is not None:
            self._jumps.forget()
        self._total = total
        self._loaded = True
        self._shrink_pending = False
        self.pages_fetched = fetched
        self.pages_fetched_total += fetched
        self.endResetModel()
        self.total_changed.emit(self._total)

    def load_page(self, page: int) -> list[R] | None:
        """The rows of ``page``, fetched (and the oldest page dropped) if not cached."""
        rows = self._pages.get(page)
        if rows is None:
            if not 0 <= page * self.page_size < self._total:
                return None
            t = time.perf_counter()
            rows = list(self._fetch(page * self.page_size, self.page_size, self._sort, self._descending))
            self.fetch_ms.append((time.perf_counter() - t) * 1000.0)
            self.pages_fetched += 1
            self.pages_fetched_total += 1
            expected = min(self.page_size, self._total - page * self.page_size)
            if len(rows) < expected and not self._shrink_pending:
                # the list shrank under us (another view deleted rows): re-count
                # once control is back in the event loop, not inside a paint
                self._shrink_pending = True
                QTimer.singleShot(0, lambda: self.refresh(keep_loaded=True))
            self._pages.put(page, rows)
        return rows

    def page_cached(self, page: int) -> bool:
        """True when ``page`` is held (showing it runs no query)."""
        return page in self._pages

    def any_page_cached(self) -> bool:
        return bool(self._pages)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        """Always False: every row is already counted in ``rowCount()``;
        pages are fetched when rows are shown (see the module docstring)."""
        return False

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        return None

    def fetch_all_until(self, row: int) -> None:
        """Make sure the page holding ``row`` is cached."""
        self.row_at(row)

    def locate(self, key: str, *, max_pages: int = 10) -> int:
        """The row whose ``key`` is ``key``: looked up in the cached pages,
        then in pages fetched from the top (at most ``max_pages``); -1 if not found."""
        row = self.row_of_key(key)
        page = 0
        while row < 0 and page < max_pages and page * self.page_size < self._total:
            if page not in self._pages:
                rows = self.load_page(page) or []
                for i, item in enumerate(rows):
                    if self._key(item) == key:
                        return page * self.page_size + i
            page += 1
        return row

    # --- sorting ---------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: re-query in SQL by the column's sort key."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and descending == self._descending:
            return  # already so (views call sort() when sorting is switched on)
        self._sort = key
        self._descending = descending
        self.layoutAboutToBeChanged.emit()
        self.refresh()
        self.layoutChanged.emit()

    def set_sort(self, key: str | None, descending: bool = False) -> None:
        """Set the sort without refreshing (call ``refresh()`` after)."""
        self._sort = key
        self._descending = descending

    def sort_column(self) -> int:
        for i, col in enumerate(self._columns):
            if col.sort is not None and col.sort == self._sort:
                return i
        return -1

    # --- access --------------------------------------------------------------
    def row_at(self, row: int) -> R | None:
        """The row at ``row`` (its page fetched if not cached); None outside the list."""
        if not 0 <= row < self._total:
            return None
        rows = self.load_page(row // self.page_size)
        i = row % self.page_size
        return rows[i] if rows is not None and i < len(rows) else None

    def is_cached(self, row: int) -> bool:
        """True when ``row``'s page is in the cache (showing it runs no query)."""
        return row // self.page_size in self._pages

    def loaded_rows(self) -> list[R]:
        """The rows of the cached pages, in list order."""
        return self._pages.rows()

    def row_of_key(self, key: str) -> int:
        """The row whose ``key`` is ``key`` among the cached pages (-1 if not cached)."""
        return self._pages.find(key, self._key, self.page_size)

    def key_at(self, row: int) -> str | None:
        item = self.row_at(row)
        return None if item is None else self._key(item)

    # --- QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            col = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(col.align)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self._jumps is not None and self._jumps.is_jump(index.row() // self.page_size):
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _cell_or_row(col.foreground, self._row_foreground, row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return _cell_or_row(col.background, self._row_background, row)
        return None


def _cell_or_row(cell: Callable[[R], Any] | None, whole: Callable[[R], Any] | None, row: R) -> Any:
    """The column's own colour for the cell, else the row's (None: the view's)."""
    value = cell(row) if cell is not None else None
    if value is not None:
        return value
    return whole(row) if whole is not None else None
