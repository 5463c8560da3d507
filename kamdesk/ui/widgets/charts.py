"""Small charts drawn with QPainter (QtCharts is not in pyside6-essentials).

Every chart takes already-translated texts (titles, axis labels, category
names), so it holds no strings of its own and works in either language:

* :class:`BarChart` — categories × one or two series of values, with optional
  axis titles and value labels (the forecast by month: amount and weighted).
* :class:`FunnelChart` — steps with counts, drawn as a centred funnel, each
  step with the reference count beside it and a warning mark when the
  conversion is below the reference.
* :class:`QuadrantScatter` — points scored 1–10 on two axes over a 2×2 split
  at 5.5, quadrant labels and counts (the customer value matrix); it lives in
  :mod:`kamdesk.ui.widgets.quadrant_chart`, the base chart and palette in
  :mod:`kamdesk.ui.widgets.chart_base`.
* :class:`LineChart` — values over time on a fixed range with a zero line (the
  progress against the main rival, −5…+5).

Charts paint their own background so a ``grab()`` shows them as on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from kamdesk.domain.scales import nice_max
from kamdesk.ui.widgets.chart_base import AXIS, GRID, MUTED, PALETTE, TEXT, WARN, Chart, fmt_count

# the scatter lives in its own module; strategy.py and the chart tests import it from here
from kamdesk.ui.widgets.quadrant_chart import Bubble, QuadrantScatter, ScatterPoint


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: QColor | None = None


class BarChart(Chart):
    """Grouped bars per category; ``set_data(categories, series)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.y_title = ""
        self.x_title = ""
        self.show_values = True
        #: how axis and bar values are written (default: 万/亿 for large numbers)
        self.format_value: Callable[[float], str] = fmt_count

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._begin()
        top = self._title(p)
        fm = QFontMetricsF(self.font())
        if not self.categories or not self.series:
            self._empty(p, top)
            p.end()
            return
        legend_h = fm.height() + 6 if len(self.series) > 1 else 0
        top += legend_h
        peak = max((v for s in self.series for v in s.values), default=0.0)
        ymax = nice_max(peak)
        left = 14 + fm.horizontalAdvance(self.format_value(ymax)) + (fm.height() if self.y_title else 0)
        bottom = self.height() - fm.height() * (2 if self.x_title else 1) - 12
        right = self.width() - 10
        plot = QRectF(left, top + 6, max(right - left, 10), max(bottom - top - 6, 10))
        self._paint_y_axis(p, plot, ymax, left)
        self._paint_bars(p, plot, ymax)
        p.setPen(QPen(AXIS, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        if self.x_title:
            p.drawText(
                QRectF(plot.left(), self.height() - fm.height() - 4, plot.width(), fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.x_title,
            )
        if len(self.series) > 1:
            self._paint_legend(p, plot.left(), top - legend_h + 2)
        p.end()

    def _paint_y_axis(self, p: QPainter, plot: QRectF, ymax: float, left: float) -> None:
        """The grid lines with their values and the rotated y title."""
        fm = QFontMetricsF(self.font())
        for i in range(5):
            y = plot.bottom() - plot.height() * i / 4
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(AXIS)
            label = self.format_value(ymax * i / 4)
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()), Qt.AlignmentFlag.AlignRight, label
            )
        if self.y_title:
            p.save()
            p.translate(4 + fm.height() / 2, plot.center().y())
            p.rotate(-90)
            p.drawText(
                QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.y_title,
            )
            p.restore()

    def _paint_bars(self, p: QPainter, plot: QRectF, ymax: float) -> None:
        """Each category's group of bars (values above them where they fit), its name below."""
        fm = QFontMetricsF(self.font())
        slot = plot.width() / len(self.categories)
        group = slot * 0.72
        bar_w = group / len(self.series)
        for ci, cat in enumerate(self.categories):
            x0 = plot.left() + slot * ci + (slot - group) / 2
            for si, s in enumerate(self.series):
                value = s.values[ci] if ci < len(s.values) else 0.0
                h = plot.height() * (value / ymax) if ymax else 0
                rect = QRectF(x0 + bar_w * si, plot.bottom() - h, bar_w - 2, h)
                p.fillRect(rect, s.color or PALETTE[si % len(PALETTE)])
                if (
                    self.show_values
                    and value
                    and bar_w > fm.horizontalAdvance(self.format_value(value)) * 0.6
                ):
                    p.setPen(TEXT)
                    p.drawText(
                        QRectF(
                            rect.left() - 20, rect.top() - fm.height() - 1, rect.width() + 40, fm.height()
                        ),
                        Qt.AlignmentFlag.AlignCenter,
                        self.format_value(value),
                    )
            p.setPen(AXIS)
            text = fm.elidedText(cat, Qt.TextElideMode.ElideRight, slot - 2)
            p.drawText(
                QRectF(plot.left() + slot * ci, plot.bottom() + 3, slot, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )

    def _paint_legend(self, p: QPainter, x: float, y: float) -> None:
        fm = QFontMetricsF(self.font())
        for si, s in enumerate(self.series):
            p.fillRect(QRectF(x, y + 3, 12, fm.height() - 6), s.color or PALETTE[si % len(PALETTE)])
            p.setPen(TEXT)
            p.drawText(QPointF(x + 16, y + fm.ascent()), s.name)
            x += 28 + fm.horizontalAdvance(s.name)


@dataclass(frozen=True)
class FunnelStepData:
    label: str
    count: int
    reference: int
    below_reference: bool = False
    note: str = ""  # e.g. "转化率 40%（参考 50%）"


class FunnelChart(Chart):
    """A funnel: one band per step, width by count (relative to the first
    step), the count inside, the note and reference on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[FunnelStepData] = []

    def set_steps(self, steps: Sequence[FunnelStepData]) -> None:
        self.steps = list(steps)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._begin()
        top = self._title(p)
        fm = QFontMetricsF(self.font())
        if not self.steps or not any(s.count for s in self.steps):
            self._empty(p, top)
            p.end()
            return
        label_w = max(fm.horizontalAdvance(s.label) for s in self.steps) + 12
        note_w = max((fm.horizontalAdvance(s.note) for s in self.steps), default=0) + 12
        area = QRectF(
            label_w, top + 4, max(self.width() - label_w - note_w - 8, 40), self.height() - top - 10
        )
        band_h = area.height() / len(self.steps)
        first = max(self.steps[0].count, 1)
        min_w = fm.horizontalAdvance("0000") + 8
        for i, step in enumerate(self.steps):
            share = min(step.count / first, 1.0)
            w = max(area.width() * share, min_w)
            x = area.center().x() - w / 2
            y = area.top() + band_h * i
            rect = QRectF(x, y + 2, w, band_h - 4)
            color = QColor(PALETTE[0]).lighter(100 + i * 18)
            p.fillRect(rect, color)
            p.setPen(QColor("#ffffff") if i < 3 else TEXT)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{step.count:,}")
            p.setPen(TEXT)
            p.drawText(
                QRectF(0, y, label_w - 8, band_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                step.label,
            )
            p.setPen(WARN if step.below_reference else MUTED)
            p.drawText(
                QRectF(area.right() + 8, y, note_w, band_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                step.note,
            )
        p.end()


class LineChart(Chart):
    """Values over time on a fixed y range (default −5…+5) with a zero line."""

    def __init__(self, parent: QWidget | None = None, *, y_min: float = -5, y_max: float = 5) -> None:
        super().__init__(parent)
        self.y_min = y_min
        self.y_max = y_max
        self.labels: list[str] = []
        self.values: list[float] = []
        self.xs: list[float] | None = None
        self.y_title = ""

    def set_data(
        self, labels: Sequence[str], values: Sequence[float], xs: Sequence[float] | None = None
    ) -> None:
        """``xs`` (e.g. day numbers) spaces the points by time; without it they are evenly spaced."""
        self.labels = list(labels)
        self.values = list(values)
        self.xs = list(xs) if xs is not None and len(xs) == len(values) else None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._begin()
        top = self._title(p)
        fm = QFontMetricsF(self.font())
        left = 14 + fm.horizontalAdvance("+5") + (fm.height() if self.y_title else 0)
        plot = QRectF(
            left, top + 6, max(self.width() - left - 14, 10), max(self.height() - top - fm.height() - 20, 10)
        )
        self._paint_scale(p, plot, left)
        if not self.values:
            self._empty(p, top)
            p.end()
            return
        self._paint_line(p, plot)
        p.end()

    def _y_of(self, plot: QRectF, v: float) -> float:
        return plot.bottom() - (v - self.y_min) / (self.y_max - self.y_min) * plot.height()

    def _paint_scale(self, p: QPainter, plot: QRectF, left: float) -> None:
        """A grid line per unit (the zero line stronger), their values and the y title."""
        fm = QFontMetricsF(self.font())
        for v in range(int(self.y_min), int(self.y_max) + 1):
            y = self._y_of(plot, v)
            p.setPen(QPen(AXIS if v == 0 else GRID, 1.5 if v == 0 else 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if v % (1 if plot.height() > 200 else 5) == 0 or v == 0:
                p.setPen(AXIS)
                p.drawText(
                    QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                    Qt.AlignmentFlag.AlignRight,
                    f"{v:+d}" if v else "0",
                )
        if self.y_title:
            p.save()
            p.setPen(AXIS)
            p.translate(4 + fm.height() / 2, plot.center().y())
            p.rotate(-90)
            p.drawText(
                QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.y_title,
            )
            p.restore()

    def _paint_line(self, p: QPainter, plot: QRectF) -> None:
        """The line through the values, a dot per value coloured by its sign, and
        as many x labels as fit."""
        fm = QFontMetricsF(self.font())
        n = len(self.values)
        inset = 28.0  # room for the first and last date labels
        xs = self.xs if self.xs is not None else [float(i) for i in range(n)]
        span_x = (max(xs) - min(xs)) or 1.0
        width = plot.width() - 2 * inset
        pts = [
            QPointF(
                plot.left() + (inset + (x - min(xs)) / span_x * width if n > 1 else plot.width() / 2),
                self._y_of(plot, v),
            )
            for x, v in zip(xs, self.values, strict=True)
        ]
        path = QPainterPath(pts[0])
        for pt in pts[1:]:
            path.lineTo(pt)
        p.setPen(QPen(PALETTE[0], 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        every = max(1, int(n / max(plot.width() / 70, 1)))
        for i, (dot, val) in enumerate(zip(pts, self.values, strict=True)):
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(QBrush(PALETTE[2] if val > 0 else WARN if val < 0 else AXIS))
            p.drawEllipse(dot, 5, 5)
            if i % every == 0 or i == n - 1:
                p.setPen(AXIS)
                p.drawText(
                    QRectF(dot.x() - 40, plot.bottom() + 4, 80, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    self.labels[i] if i < len(self.labels) else "",
                )


__all__ = [
    "BarChart",
    "Bubble",
    "FunnelChart",
    "FunnelStepData",
    "LineChart",
    "QuadrantScatter",
    "ScatterPoint",
    "Series",
]
