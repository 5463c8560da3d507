"""The calendar's month view painted (a 6 × 7 grid of days, each visit a
line) and the status colours every view and the legend share."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

from kamdesk.domain.visits import VisitStatus
from kamdesk.services.visits.calendar import VisitRow

if TYPE_CHECKING:
    from kamdesk.ui.visits.calendar_view import CalendarView

#: the height of the row of day names above every view
HEADER_H = 34

STATUS_COLORS = {
    VisitStatus.PLANNED: QColor("#3b7dd8"),
    VisitStatus.DONE: QColor("#3a9d5d"),
    VisitStatus.CANCELLED: QColor("#a0a4a8"),
}


def paint_month(self: CalendarView, p: QPainter) -> None:
    """The month grid: 6 × 7 days, each day's visits as lines, "+n" for the rest."""
    start, _ = self.range()
    cell_w, cell_h = self._month_geometry()
    grid = QPen(QColor("#d5dae0"))
    names = self._weekday_names()
    for i in range(7):
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(i * cell_w, 0, cell_w, HEADER_H), Qt.AlignmentFlag.AlignCenter, names[i])
    fm = QFontMetrics(self.font())
    line_h = fm.height() + 2
    by_day: dict[date, list[VisitRow]] = {}
    for row in self.rows:
        by_day.setdefault(row.starts_at.astimezone(self.tz).date(), []).append(row)
    for k in range(42):
        day = start + timedelta(days=k)
        cell = QRectF((k % 7) * cell_w, HEADER_H + (k // 7) * cell_h, cell_w, cell_h)
        if day.month != self.anchor.month:
            p.fillRect(cell, QColor("#f4f5f7"))
        if day == self.today:
            p.fillRect(cell, QColor("#fff4d6"))
        p.setPen(grid)
        p.drawRect(cell)
        p.setPen(QColor("#6b7280") if day.month != self.anchor.month else self.palette().text().color())
        p.drawText(
            cell.adjusted(4, 2, -4, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            str(day.day),
        )
        rows = sorted(by_day.get(day, []), key=lambda r: r.starts_at)
        room = max(int((cell_h - line_h - 4) // line_h), 0)
        shown = rows if len(rows) <= room else rows[: max(room - 1, 0)]
        y = cell.top() + line_h
        for row in shown:
            rect = QRectF(cell.left() + 2, y, cell_w - 4, line_h - 1)
            _draw_line(self, p, row, rect, fm)
            y += line_h
        if len(shown) < len(rows):
            p.setPen(QColor("#6b7280"))
            more = f"+{len(rows) - len(shown)}"
            p.drawText(QRectF(cell.left() + 4, y, cell_w - 8, line_h), Qt.AlignmentFlag.AlignLeft, more)


def _draw_line(self: CalendarView, p: QPainter, row: VisitRow, rect: QRectF, fm: QFontMetrics) -> None:
    color = QColor(STATUS_COLORS[row.status])
    fill = QColor(color)
    fill.setAlpha(110 if row.uuid == self.selected else 40)
    p.fillRect(rect, fill)
    p.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), color)
    p.setPen(self.palette().text().color())
    p.drawText(
        rect.adjusted(5, 0, -2, 0),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        fm.elidedText(self._label(row), Qt.TextElideMode.ElideRight, int(rect.width() - 7)),
    )
    self.add_hit(row, rect)
