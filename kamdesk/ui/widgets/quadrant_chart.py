"""The quadrant scatter: points scored 1–10 on two axes over a 2×2 split at
5.5, quadrant labels and counts (the customer value matrix); crowded score
pairs are drawn as bubbles with their count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import cos, radians, sin, sqrt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from kamdesk.ui.widgets.chart_base import AXIS, MUTED, PALETTE, TEXT, Chart


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


class QuadrantScatter(Chart):
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
