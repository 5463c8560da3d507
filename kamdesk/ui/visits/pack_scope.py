"""Which visits go into the visit pack (PDF or print): tomorrow, today, one
chosen day, the selected visit, or what the calendar shows. A rep prints
tomorrow's two visits the evening before, not the 36 pages of the month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.formats import QT_DATE_FORMAT, date_text


@dataclass(frozen=True)
class PackScope:
    start: date
    days: int
    #: only these visits (the selected one); None: every visit of the days
    only: frozenset[str] | None = None


class PackScopeDialog(QDialog):
    """Choose the pack's days; tomorrow is the default."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        shown: tuple[date, int],
        selected: tuple[str, date] | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Visit pack"))
        self.shown = shown
        self.selected = selected
        today = clock.today()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which visits?")))
        self.group = QButtonGroup(self)
        self.tomorrow = QRadioButton(self.tr("Tomorrow ({date})").format(date=date_text(today + timedelta(days=1))))
        self.today = QRadioButton(self.tr("Today ({date})").format(date=date_text(today)))
        self.one_day = QRadioButton(self.tr("One day:"))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setDisplayFormat(QT_DATE_FORMAT)
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(lambda _d: self.one_day.setChecked(True))
        self.selected_visit = QRadioButton(
            self.tr("The selected visit ({date})").format(date=date_text(selected[1]))
            if selected
            else self.tr("The selected visit (none selected)")
        )
        self.selected_visit.setEnabled(selected is not None)
        start, days = shown
        end = start + timedelta(days=max(days, 1) - 1)
        self.calendar = QRadioButton(
            self.tr("What the calendar shows ({start} – {end})").format(start=date_text(start), end=date_text(end))
        )
        day_row = QHBoxLayout()
        day_row.addWidget(self.one_day)
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        for button in (self.tomorrow, self.today, self.one_day, self.selected_visit, self.calendar):
            self.group.addButton(button)
        layout.addWidget(self.tomorrow)
        layout.addWidget(self.today)
        layout.addLayout(day_row)
        layout.addWidget(self.selected_visit)
        layout.addWidget(self.calendar)
        (self.selected_visit if selected else self.tomorrow).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def scope(self) -> PackScope:
        today = clock.today()
        if self.today.isChecked():
            return PackScope(today, 1)
        if self.one_day.isChecked():
            picked = self.day.date()
            return PackScope(date(picked.year(), picked.month(), picked.day()), 1)
        if self.selected_visit.isChecked() and self.selected is not None:
            return PackScope(self.selected[1], 1, frozenset({self.selected[0]}))
        if self.calendar.isChecked():
            return PackScope(self.shown[0], self.shown[1])
        return PackScope(today + timedelta(days=1), 1)
