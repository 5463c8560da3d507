"""The generic lazy table model: pages, totals, SQL-side sorting (fake source)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from kamdesk.ui.models.lazy_table import LazyColumn, LazyTableModel


class FakeSource:
    def __init__(self, n: int) -> None:
        self.items = [f"item{i:04d}" for i in range(n)]
        self.calls: list[tuple[int, int, str | None, bool]] = []

    def fetch(self, offset: int, limit: int, sort: str | None, desc: bool) -> list[str]:
        self.calls.append((offset, limit, sort, desc))
        items = sorted(self.items, reverse=desc)
        return items[offset : offset + limit]

    def count(self) -> int:
        return len(self.items)


def _model(src: FakeSource) -> LazyTableModel[str]:
    cols = [
        LazyColumn("name", "Name", lambda r: r, sort="name"),
        LazyColumn("len", "Length", lambda r: str(len(r))),
    ]
    return LazyTableModel(cols, fetch=src.fetch, count=src.count, key=lambda r: r, page_size=50)


def test_model_counts_every_row_and_fetches_a_page_when_its_rows_are_asked(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(120)
    model = _model(src)
    model.refresh()
    assert model.total == 120
    assert model.rowCount() == 120  # the scroll bar covers the whole list
    assert not model.canFetchMore()
    assert [c[0] for c in src.calls] == [0]  # only the first page so far
    assert model.data(model.index(119, 0)) == "item0119"
    assert [c[0] for c in src.calls] == [0, 100]  # the last page, not the one between
    assert model.data(model.index(60, 0)) == "item0060"
    assert model.data(model.index(75, 1)) == "8"
    assert [c[0] for c in src.calls] == [0, 100, 50]  # each page fetched once while cached
    assert model.loaded_rows() == src.items


def test_model_holds_a_bounded_number_of_pages_and_refetches_dropped_ones(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(10_000)
    cols = [LazyColumn("name", "Name", lambda r: r, sort="name")]
    model = LazyTableModel(
        cols, fetch=src.fetch, count=src.count, key=lambda r: r, page_size=50, cache_pages=4, keep_pages=2
    )
    model.refresh()
    for row in range(0, 10_000, 25):  # scroll through to the end
        assert model.row_at(row) == f"item{row:04d}"
    assert model.rowCount() == 10_000
    assert len(model.loaded_rows()) == 4 * 50  # never more than cache_pages pages
    assert model.loaded_rows()[-1] == "item9999"
    assert model.row_of_key("item0000") == -1  # dropped on the way
    calls = len(src.calls)
    assert model.row_at(3) == "item0003"  # back at the top: fetched again
    assert src.calls[calls:] == [(0, 50, None, False)]
    assert model.locate("item0270") == 270  # looked up from the top, page by page
    assert model.row_at(10_000) is None and model.row_at(-1) is None


def test_rows_that_vanish_under_the_view_make_the_model_recount(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(300)
    model = _model(src)
    model.refresh()
    del src.items[120:]  # another view deleted rows
    assert model.row_at(160) is None
    qtbot.waitUntil(lambda: model.total == 120)
    assert model.rowCount() == 120


def test_header_click_requeries_with_the_columns_sort_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(80)
    model = _model(src)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.refresh()
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert src.calls[-1] == (0, 50, "name", True)
    assert model.data(model.index(0, 0)) == "item0079"
    calls = len(src.calls)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable: nothing happens
    assert len(src.calls) == calls


def test_refresh_keeping_loaded_rows_reloads_what_was_visible(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(300)
    model = _model(src)
    model.refresh()
    model.row_at(149)
    model.row_at(260)
    model.refresh()
    assert model.row_of_key("item0149") == -1  # a plain refresh keeps the first page only
    model.row_at(149)
    model.row_at(260)
    src.calls.clear()
    model.refresh(keep_loaded=True)
    assert model.rowCount() == 300
    assert model.row_of_key("item0149") == 149
    assert model.row_of_key("item0260") == 260
    assert sorted(c[0] for c in src.calls) == [0, 100, 250]


def test_a_jump_far_from_the_cached_pages_is_fetched_once_the_view_rests(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(10_000)
    cols = [LazyColumn("name", "Name", lambda r: r, sort="name")]
    model = LazyTableModel(
        cols, fetch=src.fetch, count=src.count, key=lambda r: r, page_size=50, defer_jumps=True
    )
    now = [0.0]
    assert model._jumps is not None
    model._jumps.clock = lambda: now[0]  # each paint of the drag at its own moment
    model.refresh()
    assert model.data(model.index(60, 0)) == "item0060"  # next to a cached page: at once
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    for row in range(1000, 9001, 1000):  # a drag of the scroll bar passes these
        now[0] += 0.1
        assert model.data(model.index(row, 0)) is None  # painted blank for a moment
    assert model.data(model.index(9060, 0)) is None  # the same (last) paint shows two pages
    assert [c[0] for c in src.calls] == [0, 50]
    qtbot.waitUntil(lambda: model.data(model.index(9000, 0)) == "item9000")
    assert sorted(c[0] for c in src.calls[2:]) == [9000, 9050]  # only where the view came to rest
    assert model.data(model.index(9060, 0)) == "item9060"
    assert sorted(changed) == [9000, 9050]  # the view repaints the rows that came in
    assert model.row_at(5000) == "item5000"  # row_at stays synchronous


def test_after_a_jump_the_rows_the_view_shows_are_fetched(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(10_000)
    cols = [LazyColumn("name", "Name", lambda r: r, sort="name")]
    model = LazyTableModel(
        cols, fetch=src.fetch, count=src.count, key=lambda r: r, page_size=50, defer_jumps=True
    )
    model.visible_rows = lambda: (9010, 9040)  # where the view came to rest
    model.refresh()
    for row in (1000, 5000, 8000, 9010):  # all in one quick drag
        assert model.data(model.index(row, 0)) is None
    qtbot.waitUntil(lambda: model.is_cached(9010))
    assert [c[0] for c in src.calls] == [0, 9000]
    model.visible_rows = lambda: (9990, -1)  # the last rows, the view taller than what is left
    assert model.data(model.index(9990, 0)) is None
    qtbot.waitUntil(lambda: model.is_cached(9999))
    assert [c[0] for c in src.calls] == [0, 9000, 9950]


def test_only_a_drag_of_the_scroll_bar_waits_a_keyboard_jump_shows_its_rows_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(10_000)
    cols = [LazyColumn("name", "Name", lambda r: r, sort="name")]
    model = LazyTableModel(
        cols, fetch=src.fetch, count=src.count, key=lambda r: r, page_size=50, defer_jumps=True
    )
    held = [False]
    model.dragging = lambda: held[0]
    model.refresh()
    assert model.data(model.index(9999, 0)) == "item9999"  # Ctrl+End: in the same paint
    assert [c[0] for c in src.calls] == [0, 9950]
    held[0] = True
    assert model.data(model.index(5000, 0)) is None  # the slider held: blank until it rests
    qtbot.waitUntil(lambda: model.is_cached(5000))
