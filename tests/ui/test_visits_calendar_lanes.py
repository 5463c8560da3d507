"""Overlapping visits stay readable: side by side when the column has room
(the Day view), stacked one line each when it has not (a week column at
1366 px), never shrunk to "11" or "成…"; the legend names the colours."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtGui import QFontMetrics

from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.services.visits.calendar import VisitRow
from kamdesk.ui.visits.calendar_layout import place_day
from kamdesk.ui.visits.calendar_legend import CalendarLegend
from kamdesk.ui.visits.calendar_view import CalendarView

TZ = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 3, 11)  # a Wednesday
NAMES = ("杭州北辰燃气有限公司", "航长银行苏州分行", "上海宏天精密制造股份有限公司", "上海宏达教育集团")


def _row(uuid: str, name: str, h: int, m: int, minutes: int = 45) -> VisitRow:
    start = datetime(DAY.year, DAY.month, DAY.day, h, m, tzinfo=TZ)
    return VisitRow(
        uuid, "acc-" + uuid, name, start, start + timedelta(minutes=minutes),
        VisitStatus.PLANNED, VisitKind.REVISIT, None, None, None,
    )  # fmt: skip


def _four_at_eleven() -> list[VisitRow]:
    return [_row(str(i), name, 11, 5 + 15 * i) for i, name in enumerate(NAMES)]


def test_narrow_column_stacks_the_cluster_wide_one_puts_it_side_by_side() -> None:
    rows = _four_at_eleven()
    spans = [(100.0 + 20 * i, 140.0 + 20 * i) for i in range(4)]
    narrow = place_day(rows, spans, col_w=110, min_lane_w=66, line_h=22)
    assert all(b.stacked and b.w == 110 for b in narrow)
    tops = [b.y for b in sorted(narrow, key=lambda b: b.y)]
    assert all(b.h >= 22 for b in narrow)
    assert all(later - earlier >= 22 for earlier, later in itertools.pairwise(tops))  # no overlap
    wide = place_day(rows, spans, col_w=840, min_lane_w=66, line_h=22)
    assert not any(b.stacked for b in wide)
    assert len({b.x for b in wide}) > 1 and all(b.w >= 66 for b in wide)


def test_week_at_1366_shows_time_and_name_of_each_overlapping_visit(qtbot: Any, app_font: str) -> None:
    view = CalendarView(lang="zh", tz=TZ)
    qtbot.addWidget(view)
    view.resize(860, 600)  # the calendar's share of a 1366×768 window
    view.set_anchor(DAY)
    view.set_rows(_four_at_eleven())
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    fm = QFontMetrics(view.font())
    for row in view.rows:
        rect = view.visit_rect(row.uuid)
        assert rect is not None
        lines = view.block_lines(row, rect.width() - 9, fm, one_line=rect.height() < 2 * fm.height())
        first = lines.texts[0]
        assert first.startswith(f"{row.starts_at:%H:%M} ") and row.account_name[:3] in first, first
    rects = [view.visit_rect(r.uuid) for r in view.rows]
    assert all(a is not None and b is not None and not a.intersects(b) for a, b in itertools.pairwise(rects))

    view.set_mode("day")
    view.grab()
    for row in view.rows:
        rect = view.visit_rect(row.uuid)
        assert rect is not None and rect.width() > 150
        assert row.account_name[:6] in view.block_lines(row, rect.width() - 9, fm).texts[0]


def test_legend_names_the_status_colours_in_the_seed_words(qtbot: Any) -> None:
    legend = CalendarLegend("zh")
    qtbot.addWidget(legend)
    texts = [chip.text() for chip in legend.chips.values()]
    assert any("计划中" in t for t in texts) and any("已完成" in t for t in texts)
    assert "新拜访" in legend.new_mark.text()
