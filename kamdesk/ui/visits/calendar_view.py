"""The visit calendar: a day and a week view (days × hours, visits as blocks;
overlapping visits side by side or stacked, see ``calendar_layout``) and a
month view (a 6 × 7 grid of days, visits as lines, ``calendar_month``; the
day and week views are painted in ``calendar_week``),
painted by hand.

Drag a visit to another day or time to reschedule it (the page asks the
service); double-click a visit to open it, an empty slot to plan one there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk import clock
from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.services.visits import local_tz
from kamdesk.services.visits.calendar import VisitRow
from kamdesk.ui.visits.calendar_layout import layout_lanes
from kamdesk.ui.visits.calendar_month import HEADER_H, paint_month
from kamdesk.ui.visits.calendar_week import BlockText, block_lines, paint_week

__all__ = ["CalendarView", "layout_lanes"]

FIRST_HOUR = 7
LAST_HOUR = 21  # the grid ends at 21:00
SNAP_MINUTES = 15
GUTTER_W = 48
DRAG_THRESHOLD = 6


@dataclass
class _Hit:
    uuid: str
    rect: QRectF
    row: VisitRow


class CalendarView(QWidget):
    """Shows ``VisitRow``s for the week or month containing ``anchor``."""

    visit_activated = Signal(str)  # uuid (double-click)
    visit_selected = Signal(str)  # uuid (click)
    visit_moved = Signal(str, object)  # uuid, new tz-aware start
    slot_activated = Signal(object)  # tz-aware start of an empty slot (double-click)
    day_selected = Signal(object)  # date clicked in the month view

    @property
    def tz(self) -> tzinfo:
        return self._tz or local_tz()

    def __init__(self, parent: QWidget | None = None, *, lang: str = "zh", tz: tzinfo | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._tz = tz  # None: the rep's zone, as it is when drawn (the rep may change it)
        self.mode = "week"
        self.anchor = clock.today()
        self.today = clock.today()
        self.rows: list[VisitRow] = []
        self.first_hour = FIRST_HOUR
        self.last_hour = LAST_HOUR
        self.selected: str | None = None
        self._hits: list[_Hit] = []
        self._press: tuple[QPointF, _Hit] | None = None
        self._drag_pos: QPointF | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(560, 360))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- range ------------------------------------------------------------------
    def range(self) -> tuple[date, date]:
        """First and last day shown."""
        if self.mode == "day":
            return self.anchor, self.anchor
        if self.mode == "week":
            start = self.anchor - timedelta(days=self.anchor.weekday())
            return start, start + timedelta(days=6)
        first = self.anchor.replace(day=1)
        start = first - timedelta(days=first.weekday())
        return start, start + timedelta(days=41)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.update()

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self.update()

    def step(self, direction: int) -> None:
        if self.mode == "day":
            self.anchor += timedelta(days=direction)
        elif self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.update()

    def set_rows(self, rows: list[VisitRow]) -> None:
        self.rows = rows
        # the day grid runs 07:00–21:00 and stretches to show earlier or later visits
        first, last = FIRST_HOUR, LAST_HOUR
        for row in rows:
            s = row.starts_at.astimezone(self.tz)
            e = (row.ends_at or row.starts_at + timedelta(hours=1)).astimezone(self.tz)
            first = min(first, s.hour)
            last = max(last, e.hour + (1 if e.minute else 0)) if e.date() == s.date() else 24
        self.first_hour, self.last_hour = first, last
        self.update()

    # --- geometry ---------------------------------------------------------------------
    @property
    def days_shown(self) -> int:
        """Columns of the time grid: 1 in the day view, 7 in the week view."""
        return 1 if self.mode == "day" else 7

    def _week_geometry(self) -> tuple[float, float, float]:
        col_w = (self.width() - GUTTER_W) / self.days_shown
        hour_h = (self.height() - HEADER_H) / (self.last_hour - self.first_hour)
        return col_w, hour_h, GUTTER_W

    def _month_geometry(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - HEADER_H) / 6

    def visit_rect(self, uuid: str) -> QRectF | None:
        """Where a visit is drawn (for tests and tooltips)."""
        for hit in self._hits:
            if hit.uuid == uuid:
                return QRectF(hit.rect)
        return None

    def slot_at(self, pos: QPointF) -> datetime | None:
        """The tz-aware start a point stands for: in the week view the day and
        time (snapped to 15 min); in the month view the day at 09:00."""
        start, _ = self.range()
        if pos.y() < HEADER_H:
            return None
        if self.mode != "month":
            col_w, hour_h, left = self._week_geometry()
            if pos.x() < left:
                return None
            day = start + timedelta(days=min(int((pos.x() - left) // col_w), self.days_shown - 1))
            minutes = (pos.y() - HEADER_H) / hour_h * 60
            minutes = int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)
            minutes = max(0, min(minutes, (self.last_hour - self.first_hour) * 60 - SNAP_MINUTES))
            return datetime.combine(day, time(self.first_hour), tzinfo=self.tz) + timedelta(minutes=minutes)
        cell_w, cell_h = self._month_geometry()
        col = min(int(pos.x() // cell_w), 6)
        row = min(int((pos.y() - HEADER_H) // cell_h), 5)
        day = start + timedelta(days=row * 7 + col)
        return datetime.combine(day, time(9), tzinfo=self.tz)

    # --- painting -----------------------------------------------------------------------
    def _weekday_names(self) -> list[str]:
        if self.lang.startswith("zh"):
            return ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        self._hits = []
        if self.mode == "month":
            paint_month(self, p)
        else:
            paint_week(self, p)
        self._paint_drop(p)
        p.end()

    def _paint_drop(self, p: QPainter) -> None:
        """While dragging: a dashed outline where the visit would land, with its new time."""
        if self._press is None or self._drag_pos is None:
            return
        slot = self.slot_at(self._drag_pos)
        if slot is None:
            return
        row = self._press[1].row
        if self.mode == "month":
            slot = datetime.combine(slot.date(), row.starts_at.astimezone(self.tz).timetz())
        point = QPointF(self.point_for(slot))
        if self.mode != "month":
            col_w, hour_h, _ = self._week_geometry()
            length = (
                (row.ends_at or row.starts_at + timedelta(hours=1)) - row.starts_at
            ).total_seconds() / 3600
            rect = QRectF(point.x() - col_w / 2 + 3, point.y() - 2, col_w - 6, max(length, 0.5) * hour_h)
        else:
            cell_w, cell_h = self._month_geometry()
            rect = QRectF(point.x() - cell_w / 2 + 2, point.y() - cell_h / 2 + 2, cell_w - 4, cell_h - 4)
        p.setPen(QPen(QColor("#1f5fbf"), 2, Qt.PenStyle.DashLine))
        p.setBrush(QColor(59, 125, 216, 40))
        p.drawRoundedRect(rect, 3, 3)
        p.setPen(QColor("#1f5fbf"))
        p.drawText(
            rect.adjusted(6, 2, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            slot.strftime("%m-%d %H:%M"),
        )

    def _label(self, row: VisitRow) -> str:
        start = row.starts_at.astimezone(self.tz)
        mark = "★" if row.kind is VisitKind.NEW else ""
        return f"{start:%H:%M} {mark}{row.account_name}"

    def block_lines(
        self, row: VisitRow, width: float, fm: QFontMetrics, *, one_line: bool = False
    ) -> BlockText:
        """The lines drawn in a visit block ``width`` wide (see :func:`calendar_week.block_lines`)."""
        return block_lines(self, row, width, fm, one_line=one_line)

    # --- interaction ---------------------------------------------------------------------
    def add_hit(self, row: VisitRow, rect: QRectF) -> None:
        """Remember where a visit was drawn (clicks, drags, tooltips)."""
        self._hits.append(_Hit(row.uuid, rect, row))

    def _hit_at(self, pos: QPointF) -> _Hit | None:
        for hit in reversed(self._hits):
            if hit.rect.contains(pos):
                return hit
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self._hit_at(event.position())
            if hit is not None:
                self.selected = hit.uuid
                self.visit_selected.emit(hit.uuid)
                if hit.row.status is VisitStatus.PLANNED:
                    self._press = (event.position(), hit)
                self.update()
            elif self.mode == "month":
                slot = self.slot_at(event.position())
                if slot is not None:
                    self.day_selected.emit(slot.date())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            origin, _ = self._press
            if self._drag_pos is not None or (event.position() - origin).manhattanLength() >= DRAG_THRESHOLD:
                self._drag_pos = event.position()
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()  # paintEvent draws where it would land
        else:
            hit = self._hit_at(event.position())
            if hit is not None:
                r = hit.row
                tip = (
                    self._label(r)
                    + (f"\n{r.place}" if r.place else "")
                    + (f"\n{r.final_objective}" if r.final_objective else "")
                )
                self.setToolTip(tip)
            else:
                self.setToolTip("")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drag = self._press, self._drag_pos
        self._press, self._drag_pos = None, None
        self.unsetCursor()
        if press is not None and drag is not None and event.button() == Qt.MouseButton.LeftButton:
            slot = self.slot_at(event.position())
            hit = press[1]
            if slot is not None:
                if self.mode == "month":  # keep the time of day, change the day
                    old = hit.row.starts_at.astimezone(self.tz)
                    slot = datetime.combine(slot.date(), old.timetz())
                if slot != hit.row.starts_at:
                    self.visit_moved.emit(hit.uuid, slot)
        self.update()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit_at(event.position())
        if hit is not None:
            self.visit_activated.emit(hit.uuid)
        else:
            slot = self.slot_at(event.position())
            if slot is not None:
                self.slot_activated.emit(slot)
        super().mouseDoubleClickEvent(event)

    def point_for(self, when: datetime) -> QPoint:
        """The widget point a start time is drawn at (tests drag to it)."""
        start, _ = self.range()
        local = when.astimezone(self.tz)
        if self.mode != "month":
            col_w, hour_h, left = self._week_geometry()
            x = left + ((local.date() - start).days + 0.5) * col_w
            y = HEADER_H + ((local.hour + local.minute / 60) - self.first_hour) * hour_h + 2
            return QPoint(int(x), int(y))
        cell_w, cell_h = self._month_geometry()
        k = (local.date() - start).days
        return QPoint(int((k % 7 + 0.5) * cell_w), int(HEADER_H + (k // 7 + 0.5) * cell_h))
