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


def test_model_loads_the_first_page_and_fetches_more_on_demand(qtbot) -> None:  # type: ignore[no-untyped-def]
    src = FakeSource(120)
    model = _model(src)
    model.refresh()
    assert model.total == 120
    assert model.rowCount() == 50
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 100
    model.fetchMore()
    assert model.rowCount() == 120
    assert not model.canFetchMore()
    assert [c[0] for c in src.calls] == [0, 50, 100]


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
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 150
    model.refresh(keep_loaded=True)
    assert model.rowCount() == 150
    assert model.row_of_key("item0149") == 149
