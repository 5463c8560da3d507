"""The QPainter charts and the nine-grid widget render and react (no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from kamdesk.domain.scales import nice_max
from kamdesk.ui.opportunities.nine_grid import NineGridWidget
from kamdesk.ui.widgets.charts import (
    BarChart,
    FunnelChart,
    FunnelStepData,
    LineChart,
    QuadrantScatter,
    ScatterPoint,
    Series,
)


def _painted(widget) -> bool:
    image = widget.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    return len(colours) > 3  # more than a blank background


def test_nice_axis_maximum():
    assert [nice_max(v) for v in (0, 7, 12, 180, 2300, 49_000)] == [1, 10, 20, 200, 2500, 50_000]


def test_charts_paint_with_and_without_data(qtbot):
    bar = BarChart()
    bar.set_data(["26-11", "26-12"], [Series("金额", (100.0, 250.0)), Series("加权", (50.0, 80.0))])
    funnel = FunnelChart()
    funnel.set_steps(
        [FunnelStepData("电话邀约", 250, 250), FunnelStepData("上门拜访", 100, 125, True, "40%")]
    )
    line = LineChart()
    line.set_data(["10-01", "11-01"], [-2, 3])
    empty = BarChart()
    empty.empty_text = "—"
    for w in (bar, funnel, line, empty):
        qtbot.addWidget(w)
        w.resize(400, 260)
        assert _painted(w) or w is empty


def test_scatter_point_click_emits_its_key(qtbot):
    chart = QuadrantScatter()
    qtbot.addWidget(chart)
    chart.resize(560, 380)
    chart.quadrants = {(True, True): "1 大生意、大影响"}
    chart.quadrant_colors = {(True, True): QColor("#3b6ea8")}
    chart.set_points([ScatterPoint("u1", 8, 9, "测评软件"), ScatterPoint("u2", 2, 3, "培训")])
    chart.grab()  # lays out the plot
    where = chart._pos(8, 9).toPoint()
    with qtbot.waitSignal(chart.point_clicked) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(where.x(), where.y()))
    assert blocker.args == ["u1"]


def test_nine_grid_counts_mode_does_not_pick(qtbot):
    grid = NineGridWidget(lang="zh", picker=False)
    qtbot.addWidget(grid)
    grid.resize(560, 380)
    grid.set_counts({"A": 2, "E": 5})
    assert _painted(grid)
    centre = grid.cell_rects()["E"].center().toPoint()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    assert grid.selected is None


def test_crowded_score_pairs_become_one_bubble(qtbot):
    chart = QuadrantScatter()
    qtbot.addWidget(chart)
    chart.resize(560, 380)
    chart.set_points(
        [ScatterPoint(f"u{i}", 10, 10, f"项目{i}") for i in range(9)] + [ScatterPoint("x", 2, 2, "小单")]
    )
    chart.grab()
    assert [pt.key for pt, _pos in chart._jittered()] == ["x"]
    bubbles = chart._bubbles()
    assert len(bubbles) == 1 and bubbles[0][1] == 9
    assert "项目0" in (chart.bubble_at(chart._pos(10, 10)) or "")
