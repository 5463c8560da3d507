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

Loading follows Qt's incremental protocol: ``rowCount()`` is the number of
rows loaded so far; ``canFetchMore()`` is true while fewer than ``total``
are loaded and the view calls ``fetchMore()`` as the user scrolls near the
end, which appends the next page. ``total`` (from ``count``) is the number
to show the user ("1,234 accounts").

Rows are the service's frozen dataclasses; ``row_at(i)`` returns one,
``Qt.UserRole`` returns it through ``data()`` too. ``refresh()`` re-runs the
count and the first page (enough pages to cover what was loaded, up to
``keep_pages``, so a refresh after an edit does not jump the view back to the
top) and reports timings in ``last_refresh_ms`` for diagnostics.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

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
        self._keep_pages = keep_pages
        self._row_foreground = row_foreground
        self._row_background = row_background
        self._rows: list[R] = []
        self._total = 0
        #: number of pages loaded by fetch (first page included); for tests/diagnostics
        self.pages_fetched = 0
        #: (count ms, first page ms) of the last refresh
        self.last_refresh_ms: tuple[float, float] = (0.0, 0.0)

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

    # --- loading -------------------------------------------------------------
    def refresh(self, *, keep_loaded: bool = False) -> None:
        """Re-count and reload from the first page.

        ``keep_loaded=True`` reloads as many rows as were loaded (up to
        ``keep_pages`` pages) so the view stays where it was after an edit.
        """
        want = self.page_size
        if keep_loaded and self._rows:
            pages = min(self._keep_pages, -(-len(self._rows) // self.page_size))
            want = max(self.page_size, pages * self.page_size)
        t0 = time.perf_counter()
        total = int(self._count())
        t1 = time.perf_counter()
        rows = list(self._fetch(0, min(want, total), self._sort, self._descending)) if total else []
        t2 = time.perf_counter()
        self.last_refresh_ms = ((t1 - t0) * 1000.0, (t2 - t1) * 1000.0)
        self.beginResetModel()
        self._rows = rows
        self._total = max(total, len(rows))
        self.pages_fetched = 1 if total else 0
        self.endResetModel()
        self.total_changed.emit(self._total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        if parent.isValid():
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or not self.canFetchMore():
            return
        start = len(self._rows)
        page = list(self._fetch(start, self.page_size, self._sort, self._descending))
        self.pages_fetched += 1
        if not page:
            # the list shrank under us (another view deleted rows): stop asking
            self._total = start
            self.total_changed.emit(self._total)
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def fetch_all_until(self, row: int) -> None:
        """Load pages until ``row`` is loaded (or the list ends)."""
        while row >= len(self._rows) and self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break

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
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def loaded_rows(self) -> list[R]:
        return list(self._rows)

    def row_of_key(self, key: str) -> int:
        """The loaded row whose ``key`` is ``key`` (-1 if not loaded)."""
        for i, row in enumerate(self._rows):
            if self._key(row) == key:
                return i
        return -1

    def key_at(self, row: int) -> str | None:
        item = self.row_at(row)
        return None if item is None else self._key(item)

    # --- QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

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
            if col.foreground is not None:
                value = col.foreground(row)
                if value is not None:
                    return value
            return self._row_foreground(row) if self._row_foreground is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if col.background is not None:
                value = col.background(row)
                if value is not None:
                    return value
            return self._row_background(row) if self._row_background is not None else None
        return None
