"""The calendar's day and week views painted (days × hours, each visit a
block in its lane, see ``calendar_layout``), and the text of a block."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen

from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.services.visits.calendar import VisitRow
from kamdesk.ui.visits.calendar_layout import place_day
from kamdesk.ui.visits.calendar_month import HEADER_H, STATUS_COLORS

if TYPE_CHECKING:
    from kamdesk.ui.visits.calendar_view import CalendarView

#: the font scale for the time in a block too narrow for it
SMALL_SCALE = 0.8


@dataclass(frozen=True)
class BlockText:
    texts: tuple[str, ...]
    small: bool  # drawn in the smaller font


def paint_week(self: CalendarView, p: QPainter) -> None:
    """Days × hours: the day heads, the hour grid, and each day's visits in lanes."""
    start, _ = self.range()
    col_w, hour_h, left = self._week_geometry()
    grid = QPen(QColor("#d5dae0"))
    p.setPen(grid)
    names = self._weekday_names()
    for i in range(self.days_shown):
        day = start + timedelta(days=i)
        x = left + i * col_w
        head = QRectF(x, 0, col_w, HEADER_H)
        if day == self.today:
            p.fillRect(head, QColor("#fff4d6"))
        p.setPen(self.palette().text().color())
        # one date format everywhere (yyyy-mm-dd; the range label gives the year)
        label = (
            f"{names[day.weekday()]} {day:%m-%d}"
            if self.mode == "week"
            else f"{names[day.weekday()]} {day:%Y-%m-%d}"
        )
        p.drawText(head, Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(grid)
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
    for h in range(self.last_hour - self.first_hour + 1):
        y = HEADER_H + h * hour_h
        p.setPen(grid)
        p.drawLine(QPointF(left, y), QPointF(self.width(), y))
        if h < self.last_hour - self.first_hour:
            p.setPen(QColor("#6b7280"))
            p.drawText(
                QRectF(0, y, left - 4, hour_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{self.first_hour + h:02d}:00",
            )
    fm = QFontMetrics(self.font())
    by_day: dict[int, list[VisitRow]] = {}
    for row in self.rows:
        offset = (row.starts_at.astimezone(self.tz).date() - start).days
        if 0 <= offset < self.days_shown:
            by_day.setdefault(offset, []).append(row)
    span_h = self.last_hour - self.first_hour
    # a lane narrower than "09:30" or four characters of a name tells the rep nothing
    min_lane_w = max(fm.horizontalAdvance("09:30"), fm.horizontalAdvance("客户名称")) + 12
    for offset, rows in by_day.items():
        spans = []
        for row in rows:
            s = row.starts_at.astimezone(self.tz)
            e = (row.ends_at or row.starts_at + timedelta(hours=1)).astimezone(self.tz)
            top_h = max(0.0, min((s.hour + s.minute / 60) - self.first_hour, span_h - 0.5))
            bottom_h = (e.hour + e.minute / 60) - self.first_hour if e.date() == s.date() else span_h
            bottom_h = max(top_h + 0.5, min(bottom_h, span_h))
            spans.append((top_h * hour_h, bottom_h * hour_h))
        blocks = place_day(rows, spans, col_w=col_w - 6, min_lane_w=min_lane_w, line_h=fm.height() + 6)
        for b in blocks:
            rect = QRectF(left + offset * col_w + 3 + b.x, HEADER_H + b.y + 1, b.w - 2, b.h - 2)
            draw_block(self, p, b.row, rect, fm, one_line=b.stacked)


def block_lines(
    self: CalendarView, row: VisitRow, width: float, fm: QFontMetrics, *, one_line: bool = False
) -> BlockText:
    """The lines drawn in a visit block ``width`` wide: elided to fit, and in a
    block too narrow for "09:30" the time in a smaller font ("09:30", else
    "09") — never a lone "…", which tells the rep nothing (the tooltip has all)."""
    start = row.starts_at.astimezone(self.tz)
    if one_line:  # a line in a stack of overlapping visits: time and account together
        lines = [self._label(row)]
    elif width < 150:  # a narrow block: time on its own line, then the account
        lines = [f"{start:%H:%M}" + (" ★" if row.kind is VisitKind.NEW else ""), row.account_name]
    else:
        lines = [self._label(row)]
    if row.place:
        lines.append(row.place)
    small = False
    if fm.horizontalAdvance(f"{start:%H:%M}") > width:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * SMALL_SCALE)
        fm = QFontMetrics(font)
        small = True
        if fm.horizontalAdvance(f"{start:%H:%M}") > width:
            lines[0] = f"{start:%H}"
    out = []
    for line in lines:
        text = fm.elidedText(line, Qt.TextElideMode.ElideRight, int(width))
        if text and text != "…":
            out.append(text)
    return BlockText(tuple(out), small)


def draw_block(
    self: CalendarView, p: QPainter, row: VisitRow, rect: QRectF, fm: QFontMetrics, *, one_line: bool = False
) -> None:
    color = QColor(STATUS_COLORS[row.status])
    fill = QColor(color)
    fill.setAlpha(60 if row.status is not VisitStatus.PLANNED else 45)
    if row.uuid == self.selected:
        fill.setAlpha(110)
    p.setPen(QPen(color, 2 if row.uuid == self.selected else 1))
    p.setBrush(fill)
    p.drawRoundedRect(rect, 3, 3)
    p.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), color)
    p.setPen(self.palette().text().color())
    text_rect = rect.adjusted(6, 2, -3, -2)
    lines = block_lines(self, row, text_rect.width(), fm, one_line=one_line)
    small = lines.small
    if small:
        p.save()
        font = p.font()
        font.setPointSizeF(font.pointSizeF() * SMALL_SCALE)
        p.setFont(font)
    line_fm = QFontMetrics(p.font())
    y = text_rect.top()
    for line in lines.texts:
        if y + line_fm.height() > text_rect.bottom() + 1 and y > text_rect.top():
            break
        p.drawText(
            QRectF(text_rect.left(), y, text_rect.width(), line_fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            line,
        )
        y += line_fm.height()
    if small:
        p.restore()
    self.add_hit(row, rect)
