"""Hand-in buttons on the deadlines tab, each rep's on-time record and calls on
the manager's tab, today's calls under the targets' decomposition — through
real widgets."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind
from kamdesk.services.opportunities import targets as tg
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities.targets_view import TargetsView
from kamdesk.ui.reports.page import ReportsPage
from tests.services.reports_sample import make_sample


@pytest.fixture
def sample(ctx: AppContext) -> AppContext:
    make_sample(ctx.db)
    return ctx


def test_hand_in_this_weeks_report_late_says_by_how_much(qtbot, sample: AppContext) -> None:  # type: ignore[no-untyped-def]
    with clock.frozen_at(datetime(2026, 11, 27, 17, 45)):
        page = ReportsPage(sample)
        qtbot.addWidget(page)
        qtbot.mouseClick(page.deadlines.hand_in_week, Qt.MouseButton.LeftButton)
        # tests run without the Qt translator: the widget's own words in English, the domain's in Chinese
        assert (
            page.deadlines.message.text()
            == "周计划和总结 2026-W48 handed in: 迟交 15分 (due 2026-11-27 17:30)"
        )
        qtbot.mouseClick(page.deadlines.hand_in_day, Qt.MouseButton.LeftButton)
        assert "工作日志 2026-11-27 handed in: 按时" in page.deadlines.message.text()
        page.manager.month.setText("2026-11")
        page.manager.refresh_team()
        team = page.manager.team
        assert team.rowCount() == 2  # the rep, then the team's total line
        header = [team.horizontalHeaderItem(c).text() for c in range(team.columnCount())]
        row = next(r for r in range(2) if team.item(r, 0).text() == "张伟")
        # due by 17:45 on the 27th: 19 daily logs (today's is not due yet), weeks W45–W48 (W48 late)
        assert team.item(row, header.index("Reports handed in")).text() == "按时 0 · 迟交 1 · 未提交 22"
        assert "未达成" in team.item(row, header.index("Calls today")).text()


def test_targets_view_shows_todays_calls_against_the_decomposition(qtbot, sample: AppContext) -> None:  # type: ignore[no-untyped-def]
    tg.set_target(sample.db, period_kind=PeriodKind.QUARTER, period_key="2026-Q4", normal=100_000)
    with clock.frozen_at(datetime(2026, 11, 17, 18, 0)):
        view = TargetsView(sample)
        qtbot.addWidget(view)
        view.decomposition.show_activity()
        assert view.decomposition.activity.text().startswith("有效电话 今日 1 / 112 通")
    with clock.frozen_at(datetime(2027, 6, 1, 9, 0)):
        view.decomposition.show_activity()
        assert view.decomposition.activity.text() == (
            "No revenue target covers today: no daily number to check."
        )


def test_daily_log_on_screen_shows_the_days_calls_against_the_decomposition(
    qtbot, sample: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from kamdesk.domain.periods import ReportKind

    page = ReportsPage(sample)
    qtbot.addWidget(page)
    page.report.set_period(ReportKind.DAILY, "2026-11-17")
    view = page.report
    cells = {
        view.sections.figures.item(r, 0).text(): view.sections.figures.item(r, 1).text()
        for r in range(view.sections.figures.rowCount())
    }
    assert cells["有效电话 · 今日"] == "1 / 112 通，0.9%，未达成，差111通"
    assert cells["有效电话 · 本月累计"].startswith("1 / 1344 通")
