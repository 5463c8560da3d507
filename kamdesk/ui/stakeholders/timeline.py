"""A person's attitude history as a timeline: one dot per assessment, higher
is warmer (A+ at the top, E- at the bottom), coloured like the map boxes."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kamdesk import clock
from kamdesk.domain.orgchart import attitude_colours
from kamdesk.domain.stakeholders import Attitude, AttitudeLevel
from kamdesk.services.maps import AttitudeEntry


class AttitudeTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: tuple[AttitudeEntry, ...] = ()
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(260, 130)

    def set_entries(self, entries: tuple[AttitudeEntry, ...]) -> None:
        self.entries = entries
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(22, 8, -10, -20)
        painter.setPen(QPen(QColor("#d5d8dc"), 1))
        grades = list(Attitude)
        for i, attitude in enumerate(grades):
            y = rect.top() + rect.height() * i / (len(grades) - 1)
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(QColor("#7f8c8d"))
            painter.drawText(
                QRectF(0, y - 8, 18, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                attitude.code,
            )
            painter.setPen(QPen(QColor("#d5d8dc"), 1))
        if not self.entries:
            painter.setPen(QColor("#7f8c8d"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No attitude recorded yet"))
            return
        times = [e.at.timestamp() for e in self.entries]
        first, last = min(times), max(times)
        span = max(last - first, 1.0)
        low, high = 1, 15  # E- … A+ scores

        def point(entry: AttitudeEntry) -> QPointF:
            level = AttitudeLevel.parse(entry.to_level)
            x = rect.left() + (
                rect.width() * (entry.at.timestamp() - first) / span
                if len(self.entries) > 1
                else rect.width() / 2
            )
            y = rect.bottom() - rect.height() * (level.score - low) / (high - low)
            return QPointF(x, y)

        points = [point(e) for e in self.entries]
        painter.setPen(QPen(QColor("#5d6d7e"), 1.5))
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        for entry, p in zip(self.entries, points, strict=True):
            strong, light = attitude_colours(entry.to_level)
            painter.setPen(QPen(QColor(strong), 2))
            painter.setBrush(QBrush(QColor(light)))
            painter.drawEllipse(p, 5, 5)
            painter.setPen(QColor("#1b1b1b"))
            painter.drawText(
                QRectF(p.x() - 20, p.y() - 20, 40, 14), Qt.AlignmentFlag.AlignCenter, entry.to_level
            )
        painter.setPen(QColor("#7f8c8d"))
        painter.drawText(
            QRectF(rect.left(), rect.bottom() + 4, 100, 14),
            Qt.AlignmentFlag.AlignLeft,
            clock.to_local(self.entries[0].at).date().isoformat(),
        )
        if len(self.entries) > 1:
            painter.drawText(
                QRectF(rect.right() - 100, rect.bottom() + 4, 100, 14),
                Qt.AlignmentFlag.AlignRight,
                clock.to_local(self.entries[-1].at).date().isoformat(),
            )
