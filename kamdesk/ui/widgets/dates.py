"""A date edit that may be empty (most dates on a form are optional)."""

from __future__ import annotations

import datetime as dt
from datetime import time

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget

from kamdesk import clock

_EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A calendar-popup date edit whose minimum value shows as blank.

    * ``date_value() -> datetime.date | None``; ``set_date_value(date | None)``
    * ``clear_date()`` empties it; so does Delete or Backspace when the whole
      text is selected (as after tabbing into the field).
    * ``date_value_changed(object)`` emits a ``date`` or ``None``.
    * The display format is ISO (``yyyy-MM-dd``), which both languages read.
    """

    date_value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, value: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_EMPTY)
        self.setSpecialValueText(" ")  # shown at the minimum: blank
        self.setMaximumDate(QDate(9999, 12, 31))
        self.dateChanged.connect(lambda _d: self.date_value_changed.emit(self.date_value()))
        self.set_date_value(value)

    def date_value(self) -> dt.date | None:
        qdate = self.date()
        if qdate == _EMPTY or not qdate.isValid():
            return None
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_date_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(_EMPTY)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear_date(self) -> None:
        self.set_date_value(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            line = self.lineEdit()
            if line.hasSelectedText() and line.selectedText() == line.text():
                self.clear_date()
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # an empty field would open its calendar in 1900: open it on today
        if self.date_value() is None:
            today = clock.today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        super().mousePressEvent(event)


class OptionalTimeEdit(QTimeEdit):
    """A time that may be left out: its lowest value (00:00) shows as "—" and
    reads as None (a commitment's optional due time)."""

    def __init__(self, value: time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(QTime(0, 0))
        self.setSpecialValueText("—")
        self.set_time_value(value)

    def set_time_value(self, value: time | None) -> None:
        self.setTime(QTime(value.hour, value.minute) if value is not None else self.minimumTime())

    def time_value(self) -> time | None:
        t = self.time()
        if t == self.minimumTime():
            return None
        return time(t.hour(), t.minute())
