"""Charts for the reports, drawn with reportlab.graphics (no Qt) in the
embedded CJK font: visits per week, pipeline by stage, funnel against the
reference, target vs actual with minimum / normal / stretch markers."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from reportlab import rl_config

from kamdesk.domain import formats
from kamdesk.domain.scales import nice_max
from kamdesk.reports.common import FRAME_WIDTH
from kamdesk.reports.fonts import register_fonts

# reportlab checks every attribute set on a shape against its declared type:
# a help while writing a chart, a third of the time it takes to draw one. Off
# before reportlab.graphics is first imported (its classes then skip the hook).
rl_config.shapeChecking = 0

BLUE = "#3b6ea8"
LIGHT = "#b9cde4"
ORANGE = "#d9822b"
GREY = "#8a96a3"
GREEN = "#3f8f5a"
RED = "#b0453a"


def _drawing(width: float, height: float) -> Any:
    """A Drawing whose renderer starts in the CJK font: reportlab's graphics
    state defaults to Helvetica, which would be referenced (not embedded)."""
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = register_fonts()
    return shapes.Drawing(width, height)


def _color(hexcode: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(hexcode)


def _title(drawing: Any, text: str, width: float, height: float) -> None:
    """A small caption at the top left (blank: none; the report's heading says it)."""
    from reportlab.graphics.shapes import String

    if not text:
        return
    drawing.add(
        String(0, height - 12, text, fontName=register_fonts(), fontSize=10, fillColor=_color("#222222"))
    )


def _legend(drawing: Any, x: float, y: float, items: Sequence[tuple[str, str]]) -> None:
    from reportlab.graphics.shapes import Rect, String

    font = register_fonts()
    for label, hexcode in items:
        drawing.add(Rect(x, y, 8, 8, fillColor=_color(hexcode), strokeColor=None))
        drawing.add(String(x + 11, y + 1, label, fontName=font, fontSize=7.5))
        x += 14 + 7.5 * _text_units(label)


def _text_units(text: str) -> float:
    """Rough width of ``text`` in ems (CJK characters count 1, latin 0.55)."""
    return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)


def _style_axes(chart: Any) -> None:
    font = register_fonts()
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.gridStrokeColor = _color("#e1e6ec")
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.strokeColor = _color(GREY)
    chart.valueAxis.strokeColor = _color(GREY)


def amount_label(v: float, lang: str = "zh") -> str:
    """A large figure written short in the report's language: 151.5万 /
    1.2亿 in Chinese, 1.5M / 151.5k in English (never 万 in an English PDF)."""
    return formats.money(v, lang, short=True, symbol=False)


def visits_per_week(weeks: Sequence[tuple[str, int, int]], *, title: str, legend: tuple[str, str]) -> Any:
    """Bars of visits scheduled and done per week: ``(label, scheduled, done)``."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    width, height = FRAME_WIDTH, 170
    d = _drawing(width, height)
    _title(d, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 50, height - 62
    chart.data = [[w[1] for w in weeks] or [0], [w[2] for w in weeks] or [0]]
    chart.categoryAxis.categoryNames = [w[0] for w in weeks] or [""]
    top = max([w[1] for w in weeks] + [w[2] for w in weeks] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = nice_max(top)
    chart.valueAxis.valueStep = max(1, int(chart.valueAxis.valueMax // 5) or 1)
    chart.bars[0].fillColor = _color(LIGHT)
    chart.bars[1].fillColor = _color(BLUE)
    chart.barLabels.fontName = register_fonts()
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "%d"
    chart.barSpacing = 1
    chart.groupSpacing = 8
    _style_axes(chart)
    d.add(chart)
    _legend(d, width - 150, height - 12, [(legend[0], LIGHT), (legend[1], BLUE)])
    return d


def pipeline_by_stage(
    rows: Sequence[tuple[str, Decimal, Decimal]], *, title: str, legend: tuple[str, str], lang: str = "zh"
) -> Any:
    """Amount and weighted amount per stage: ``(stage label, amount, weighted)``."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    width, height = FRAME_WIDTH, 180
    d = _drawing(width, height)
    _title(d, title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 50, 30, width - 66, height - 62
    chart.data = [[float(r[1]) for r in rows], [float(r[2]) for r in rows]]
    chart.categoryAxis.categoryNames = [r[0] for r in rows]
    top = max([float(r[1]) for r in rows] + [1.0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = nice_max(top)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labelTextFormat = lambda v: amount_label(v, lang)
    chart.bars[0].fillColor = _color(LIGHT)
    chart.bars[1].fillColor = _color(BLUE)
    chart.barSpacing = 1
    chart.groupSpacing = 8
    _style_axes(chart)
    d.add(chart)
    _legend(d, width - 170, height - 12, [(legend[0], LIGHT), (legend[1], BLUE)])
    return d


def funnel(steps: Sequence[tuple[str, int, Decimal]], *, title: str, legend: tuple[str, str]) -> Any:
    """Funnel steps as horizontal bars, ours against what the reference ratios
    expect from our first step: ``(label, actual, expected)``."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    width, height = FRAME_WIDTH, 40 + 26 * max(1, len(steps))
    d = _drawing(width, height)
    _title(d, title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 110, 20, width - 140, height - 46
    # the first step at the top
    chart.data = [[float(s[2]) for s in reversed(steps)], [float(s[1]) for s in reversed(steps)]]
    chart.categoryAxis.categoryNames = [s[0] for s in reversed(steps)]
    top = max([float(s[1]) for s in steps] + [float(s[2]) for s in steps] + [1.0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = nice_max(top)
    chart.valueAxis.valueStep = max(chart.valueAxis.valueMax / 5, 0.2)
    chart.bars[0].fillColor = _color(LIGHT)
    chart.bars[1].fillColor = _color(ORANGE)
    chart.barLabels.fontName = register_fonts()
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = lambda v: f"{v:g}"
    chart.barSpacing = 1
    chart.groupSpacing = 5
    _style_axes(chart)
    d.add(chart)
    _legend(d, width - 170, height - 12, [(legend[0], LIGHT), (legend[1], ORANGE)])
    return d


def targets(
    rows: Sequence[tuple[str, Decimal, Decimal | None, Decimal | None, Decimal | None]],
    *,
    title: str,
    marker_labels: tuple[str, str, str],
    lang: str = "zh",
) -> Any:
    """Per metric a bar of the actual with ticks at minimum (M), normal (N) and
    stretch (S): ``(label, actual, minimum, normal, stretch)``. Each row has its
    own scale (to 120% of its highest mark), so revenue and visit counts sit
    on one chart."""
    from reportlab.graphics.shapes import Line, Rect, String

    font = register_fonts()
    row_h = 36
    width, height = FRAME_WIDTH, 50 + row_h * max(1, len(rows))
    d = _drawing(width, height)
    _title(d, title, width, height)
    left, right = 110, 60
    bar_w = width - left - right
    y = height - 48
    for label, actual, mn, nm, st in rows:
        marks = [float(v) for v in (mn, nm, st) if v is not None]
        scale_top = max([*marks, float(actual), 1.0]) * 1.2
        d.add(String(0, y + 4, label, fontName=font, fontSize=8))
        d.add(
            Rect(
                left,
                y,
                bar_w,
                12,
                fillColor=_color("#eef2f6"),
                strokeColor=_color("#c9d3de"),
                strokeWidth=0.4,
            )
        )
        reached_normal = nm is not None and actual >= nm
        fill = GREEN if reached_normal else (ORANGE if mn is not None and actual >= mn else RED)
        d.add(
            Rect(
                left,
                y + 2,
                bar_w * min(float(actual) / scale_top, 1.0),
                8,
                fillColor=_color(fill),
                strokeColor=None,
            )
        )
        last_x = -100.0
        below = True
        for value, tag in zip((mn, nm, st), ("M", "N", "S"), strict=True):
            if value is None:
                continue
            x = left + bar_w * float(value) / scale_top
            d.add(Line(x, y - 3, x, y + 15, strokeColor=_color("#222222"), strokeWidth=1))
            # marks close together: alternate their tags below and above the bar
            below = not below if x - last_x < 9 else True
            d.add(String(x - 2.5, y - 11 if below else y + 17, tag, fontName=font, fontSize=7))
            last_x = x
        d.add(String(left + bar_w + 4, y + 3, amount_label(float(actual), lang), fontName=font, fontSize=7.5))
        y -= row_h
    legend = "  ".join(f"{tag} = {text}" for tag, text in zip(("M", "N", "S"), marker_labels, strict=True))
    d.add(String(left, height - 12, legend, fontName=font, fontSize=7.5, fillColor=_color("#555555")))
    return d
