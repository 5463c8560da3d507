"""Small charts drawn with QPainter (QtCharts is not in pyside6-essentials).

Every chart takes already-translated texts (titles, axis labels, category
names), so it holds no strings of its own and works in either language:

* :class:`BarChart` — categories × one or two series of values, with optional
  axis titles and value labels (the forecast by month: amount and weighted).
* :class:`FunnelChart` — steps with counts, drawn as a centred funnel, each
  step with the reference count beside it and a warning mark when the
  conversion is below the reference.
* :class:`QuadrantScatter` — points scored 1–10 on two axes over a 2×2 split
  at 5.5, quadrant labels and counts (the customer value matrix).
* :class:`LineChart` — values over time on a fixed range with a zero line (the
  progress against the main rival, −5…+5).

Charts paint their own background so a ``grab()`` shows them as on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import cos, radians, sin, sqrt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

#: a calm palette that prints well
PALETTE = (
    QColor("#3b6ea8"),
    QColor("#e0913a"),
    QColor("#4c9a6a"),
    QColor("#b5493f"),
    QColor("#7a5ea8"),
    QColor("#6b7a8f"),
)
GRID = QColor("#d9dde3")
AXIS = QColor("#5f6670")
TEXT = QColor("#22262b")
MUTED = QColor("#7d848e")
WARN = QColor("#c0392b")


def _fmt(value: float) -> str:
    """A count on an axis (a chart of money sets ``format_value`` to
    :func:`kamdesk.domain.formats.money`, which knows the language)."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


def nice_max(value: float) -> float:
    """A round axis maximum ≥ ``value`` (1, 2, 2.5, 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0
    exp = 1.0
    while exp * 10 <= value:
        exp *= 10
    while exp > value:
        exp /= 10
    for step in (1, 2, 2.5, 5, 10):
        if step * exp >= value:
            return step * exp
    return 10 * exp


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.title = ""
        self.empty_text = ""

    def sizeHint(self) -> QSize:
        return QSize(420, 280)

    def _begin(self) -> QPainter:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        return p

    def _title(self, p: QPainter) -> float:
        """Draw the title; return the y where the plot may start."""
        if not self.title:
            return 8.0
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(TEXT)
        h = QFontMetricsF(font).height()
        p.drawText(QRectF(8, 6, self.width() - 16, h), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        return 10 + h

    def _empty(self, p: QPainter, top: float) -> None:
        p.setPen(MUTED)
        p.drawText(
            QRectF(0, top, self.width(), self.height() - top), Qt.AlignmentFlag.AlignCenter, self.empty_text
        )


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: QColor | None = None


class BarChart(_Chart):
    """Grouped bars per category; ``set_data(categories, series)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.y_title = ""
        self.x_title = ""
        self.show_values = True
        #: how axis and bar values are written (default: 万/亿 for large numbers)
        self.format_value: Callable[[float], str] = _fmt

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
        # grid and y labels
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
        n = len(self.categories)
        slot = plot.width() / n
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
        p.setPen(QPen(AXIS, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        if self.x_title:
            p.drawText(
                QRectF(plot.left(), self.height() - fm.height() - 4, plot.width(), fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                self.x_title,
            )
        if len(self.series) > 1:
            x = plot.left()
            y = top - legend_h + 2
            for si, s in enumerate(self.series):
                p.fillRect(QRectF(x, y + 3, 12, fm.height() - 6), s.color or PALETTE[si % len(PALETTE)])
                p.setPen(TEXT)
                p.drawText(QPointF(x + 16, y + fm.ascent()), s.name)
                x += 28 + fm.horizontalAdvance(s.name)
        p.end()


@dataclass(frozen=True)
class FunnelStepData:
    label: str
    count: int
    reference: int
    below_reference: bool = False
    note: str = ""  # e.g. "转化率 40%（参考 50%）"


class FunnelChart(_Chart):
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


@dataclass(frozen=True)
class ScatterPoint:
    key: str
    x: float  # 1–10
    y: float  # 1–10
    label: str
    color: QColor | None = None


@dataclass(frozen=True)
class Bubble:
    x: float
    y: float
    count: int
    color: QColor | None = None


class QuadrantScatter(_Chart):
    """Points on a 1–10 × 1–10 plane split at 5.5 into four quadrants.

    ``quadrants`` maps (right, top) → label, e.g. (True, True) → "1 大生意、大影响"
    (its first word is drawn large inside the quadrant); the legend beside the
    plot lists each label with its colour and ``counts``. Clicking a point
    emits ``point_clicked(key)``; hovering shows its label.
    """

    point_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[ScatterPoint] = []
        self.bubbles: list[Bubble] = []
        self.x_title = ""
        self.y_title = ""
        self.quadrants: dict[tuple[bool, bool], str] = {}
        self.counts: dict[tuple[bool, bool], int] = {}
        #: legend colour of each quadrant (the points' colours)
        self.quadrant_colors: dict[tuple[bool, bool], QColor] = {}
        self.tints = {
            (True, True): QColor("#e4eef9"),
            (False, True): QColor("#eaf5ee"),
            (True, False): QColor("#fbf0e3"),
            (False, False): QColor("#f1f2f4"),
        }
        self.setMouseTracking(True)
        self._plot = QRectF()

    def sizeHint(self) -> QSize:
        return QSize(560, 380)

    def set_points(self, points: Sequence[ScatterPoint]) -> None:
        self.points = list(points)
        self.update()

    def _pos(self, x: float, y: float) -> QPointF:
        r = self._plot
        return QPointF(r.left() + (x - 0.5) / 10 * r.width(), r.bottom() - (y - 0.5) / 10 * r.height())

    #: more points than this on one score pair are drawn as one bubble with its count
    RING_LIMIT = 6

    def _groups(self) -> dict[tuple[float, float], list[ScatterPoint]]:
        groups: dict[tuple[float, float], list[ScatterPoint]] = {}
        for pt in self.points:
            groups.setdefault((pt.x, pt.y), []).append(pt)
        return groups

    def _jittered(self) -> list[tuple[ScatterPoint, QPointF]]:
        """Single points: up to RING_LIMIT on one score pair fan out in a ring
        so each stays visible and clickable; larger groups are bubbles."""
        out = []
        for group in self._groups().values():
            if len(group) > self.RING_LIMIT:
                continue
            for n, pt in enumerate(group):
                base = self._pos(pt.x, pt.y)
                if n:
                    angle = radians((n - 1) * 60)
                    base = QPointF(base.x() + 7 * cos(angle), base.y() + 7 * sin(angle))
                out.append((pt, base))
        return out

    def _bubbles(self) -> list[tuple[QPointF, int, QColor, str]]:
        """(centre, count, colour, tooltip) of the crowded score pairs and of
        ``bubbles`` given precounted."""
        out = []
        for (x, y), group in self._groups().items():
            if len(group) > self.RING_LIMIT:
                names = "\n".join(pt.label.split("\n")[0] for pt in group[:5])
                more = f"\n… +{len(group) - 5}" if len(group) > 5 else ""
                out.append((self._pos(x, y), len(group), group[0].color or PALETTE[0], names + more))
        for b in self.bubbles:
            out.append((self._pos(b.x, b.y), b.count, b.color or PALETTE[0], f"{b.count:,}"))
        return out

    def set_bubbles(self, bubbles: Sequence[Bubble]) -> None:
        """Precounted points (a large portfolio): one bubble per score pair."""
        self.bubbles = list(bubbles)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._begin()
        top = self._title(p)
        fm = QFontMetricsF(self.font())
        left = 12 + fm.height() + fm.horizontalAdvance("10") + 6
        bottom = self.height() - 2 * fm.height() - 12
        labels = {
            key: self.quadrants.get(key, "")
            for key in ((True, True), (False, True), (True, False), (False, False))
        }
        legend_w = max((fm.horizontalAdvance(f"{t}  000") for t in labels.values()), default=0) + 30
        side = min(self.width() - left - 16 - legend_w, bottom - top - 6)
        self._plot = QRectF(left, top + 6, max(side, 40), max(side, 40))
        self._paint_quadrants(p, labels)
        self._paint_legend(p, labels, legend_w)
        self._paint_axes(p)
        self._paint_bubbles(p)
        for i, (point, pos) in enumerate(self._jittered()):
            color = point.color or PALETTE[i % len(PALETTE)]
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(QBrush(color))
            p.drawEllipse(pos, 6, 6)
        if not self.points and not self.bubbles and self.empty_text:
            p.setPen(MUTED)
            p.drawText(self._plot, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        p.end()

    def _paint_quadrants(self, p: QPainter, labels: dict[tuple[bool, bool], str]) -> None:
        """Each quadrant tinted, its code written large across it."""
        r = self._plot
        mid = self._pos(5.5, 5.5)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 3)
        big.setBold(True)
        for (right, upper), tint in self.tints.items():
            rect = QRectF(
                mid.x() if right else r.left(),
                r.top() if upper else mid.y(),
                (r.right() - mid.x()) if right else (mid.x() - r.left()),
                (mid.y() - r.top()) if upper else (r.bottom() - mid.y()),
            )
            p.fillRect(rect, tint)
            code = labels[(right, upper)].split(" ")[0]
            p.setFont(big)
            p.setPen(tint.darker(112))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, code)
            p.setFont(self.font())

    def _paint_legend(self, p: QPainter, labels: dict[tuple[bool, bool], str], legend_w: float) -> None:
        """One row per quadrant right of the plot: its colour, name and count."""
        fm = QFontMetricsF(self.font())
        lx = self._plot.right() + 16
        ly = self._plot.top() + 4
        for key, text in labels.items():
            if not text:
                continue
            color = self.quadrant_colors.get(key, MUTED)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(color))
            p.drawEllipse(QPointF(lx + 6, ly + fm.height() / 2), 6, 6)
            p.setPen(TEXT)
            p.drawText(QRectF(lx + 18, ly, legend_w, fm.height()), Qt.AlignmentFlag.AlignLeft, text)
            count = self.counts.get(key)
            if count is not None:
                font = QFont(self.font())
                font.setBold(True)
                p.setFont(font)
                p.drawText(
                    QRectF(lx + 18, ly + fm.height(), legend_w, fm.height()),
                    Qt.AlignmentFlag.AlignLeft,
                    str(count),
                )
                p.setFont(self.font())
            ly += fm.height() * 2 + 10

    def _paint_axes(self, p: QPainter) -> None:
        """The frame, the dashed middle lines, the scale (1, 5, 10) and the axis titles."""
        fm = QFontMetricsF(self.font())
        r = self._plot
        mid = self._pos(5.5, 5.5)
        p.setPen(QPen(AXIS, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(r)
        p.setPen(QPen(AXIS, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(mid.x(), r.top()), QPointF(mid.x(), r.bottom()))
        p.drawLine(QPointF(r.left(), mid.y()), QPointF(r.right(), mid.y()))
        p.setPen(AXIS)
        for v in (1, 5, 10):
            pt = self._pos(v, v)
            p.drawText(
                QRectF(pt.x() - 15, r.bottom() + 2, 30, fm.height()), Qt.AlignmentFlag.AlignCenter, str(v)
            )
            p.drawText(
                QRectF(r.left() - 30, pt.y() - fm.height() / 2, 26, fm.height()),
                Qt.AlignmentFlag.AlignRight,
                str(v),
            )
        p.drawText(
            QRectF(r.left(), r.bottom() + fm.height() + 4, r.width(), fm.height()),
            Qt.AlignmentFlag.AlignCenter,
            self.x_title,
        )
        p.save()
        p.translate(6 + fm.height() / 2, r.center().y())
        p.rotate(-90)
        p.drawText(
            QRectF(-r.height() / 2, -fm.height() / 2, r.height(), fm.height()),
            Qt.AlignmentFlag.AlignCenter,
            self.y_title,
        )
        p.restore()

    def _paint_bubbles(self, p: QPainter) -> None:
        """Bubbles sized by the square root of their count, the count inside when it fits."""
        bubbles = self._bubbles()
        peak = max((n for _c, n, _col, _t in bubbles), default=1)
        cell = self._plot.width() / 10
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.8, 6))
        p.setFont(small)
        for centre, n, color, _tip in bubbles:
            radius = max(7.0, cell * 0.48 * sqrt(n / peak))
            fill = QColor(color)
            fill.setAlphaF(0.75)
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(QBrush(fill))
            p.drawEllipse(centre, radius, radius)
            label = f"{n:,}"
            if QFontMetricsF(small).horizontalAdvance(label) <= 2 * radius - 4:
                p.setPen(QColor("#ffffff"))
                p.drawText(
                    QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
        p.setFont(self.font())

    def point_at(self, pos: QPointF) -> ScatterPoint | None:
        for pt, where in reversed(self._jittered()):
            if (where - pos).manhattanLength() <= 10:
                return pt
        return None

    def bubble_at(self, pos: QPointF) -> str | None:
        for centre, _n, _c, tip in self._bubbles():
            if (centre - pos).manhattanLength() <= 12:
                return tip
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pt = self.point_at(event.position())
        tip = pt.label if pt is not None else self.bubble_at(event.position())
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pt = self.point_at(event.position())
        if pt is not None:
            self.point_clicked.emit(pt.key)


class LineChart(_Chart):
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
        span = self.y_max - self.y_min

        def y_of(v: float) -> float:
            return plot.bottom() - (v - self.y_min) / span * plot.height()

        for v in range(int(self.y_min), int(self.y_max) + 1):
            y = y_of(v)
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
        if not self.values:
            self._empty(p, top)
            p.end()
            return
        n = len(self.values)
        inset = 28.0  # room for the first and last date labels
        xs = self.xs if self.xs is not None else [float(i) for i in range(n)]
        span_x = (max(xs) - min(xs)) or 1.0
        width = plot.width() - 2 * inset
        pts = [
            QPointF(
                plot.left() + (inset + (x - min(xs)) / span_x * width if n > 1 else plot.width() / 2), y_of(v)
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
        p.end()
