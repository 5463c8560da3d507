"""The manager's tab on a team database (the server's synced copy): the live
team view, one line per rep and the team's total, sortable by its figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kamdesk import clock
from kamdesk.store.db import sqlite_url
from kamdesk.store.schema import open_database
from kamdesk.ui.context import AppContext
from kamdesk.ui.i18n import Translators
from kamdesk.ui.reports.page import ReportsPage
from kamdesk.ui.reports.report_tables import Cell, fill_table, read_only_table
from tests.services.reports_sample import MONTH, make_sample


@pytest.fixture
def wednesday() -> Iterator[None]:
    with clock.frozen_at("2026-11-18T12:00", tz="Asia/Shanghai"):
        yield


def test_team_view_on_a_managers_copy(wednesday: None, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(sqlite_url(tmp_path / "team.db"))
    translators = Translators(QApplication.instance())  # type: ignore[arg-type]
    translators.switch("zh_CN")
    try:
        make_sample(db, rep_name="张伟", is_me=False)
        make_sample(db, rep_name="李娜", is_me=False)
        page = ReportsPage(AppContext(db=db, lang="zh"))
        qtbot.addWidget(page)
        assert page.tabs.isTabVisible(page.tabs.indexOf(page.manager))  # several reps: a manager's copy
        manager = page.manager
        manager.month.setText(MONTH)
        manager.refresh_team()
        table = manager.team
        header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        assert header[:7] == [
            "客户经理",
            "已完成 / 计划拜访",
            "本周拜访",
            "进行中商机",
            "管道金额",
            "加权金额",
            "报告提交",
        ]
        rows = {
            table.item(r, 0).text(): [table.item(r, c).text() for c in range(7)]
            for r in range(table.rowCount())
        }
        assert set(rows) == {"张伟", "李娜", "团队合计"}
        assert rows["张伟"][1:5] == ["3 / 7", "5", "3", "¥430,000"]
        assert rows["张伟"][6].startswith("按时 0 · 迟交 0 · 未提交 ")
        assert rows["团队合计"][1:5] == ["6 / 14", "10", "6", "¥860,000"]
    finally:
        translators.switch("en")
        db.dispose()


def test_figures_sort_by_value_not_by_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = read_only_table()
    qtbot.addWidget(table)
    fill_table(
        table,
        ["rep", "pipeline"],
        [["a", Cell("¥10,000", 10000)], ["b", Cell("¥9,000", 9000)], ["c", Cell("¥900", 900)]],
    )
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [table.item(r, 0).text() for r in range(3)] == ["c", "b", "a"]
