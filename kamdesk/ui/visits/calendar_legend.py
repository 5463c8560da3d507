"""The calendar's legend: what the colours and the ★ mean (the issue found
reps guessing), and how overlapping visits are shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.ui.visits.calendar_month import STATUS_COLORS


class CalendarLegend(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("calendarLegend")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(14)
        self.chips: dict[VisitStatus, QLabel] = {}
        for status in (VisitStatus.PLANNED, VisitStatus.DONE, VisitStatus.CANCELLED):
            chip = QLabel()
            self.chips[status] = chip
            row.addWidget(chip)
        self.new_mark = QLabel()
        row.addWidget(self.new_mark)
        self.overlap = QLabel()
        self.overlap.setStyleSheet("color: #6b7280;")
        row.addWidget(self.overlap, 1)
        self.retranslate()

    def _chip(self, status: VisitStatus, text: str) -> str:
        colour = STATUS_COLORS[status].name()
        return f'<span style="color:{colour}; font-size:large;">■</span> {text}'

    def retranslate(self) -> None:
        # the codes' own words (the seed's), as the list and the editor show them
        for status, chip in self.chips.items():
            chip.setText(self._chip(status, status.label(self.lang)))
        self.new_mark.setText(f"★ {VisitKind.NEW.label(self.lang)}")
        self.overlap.setText(
            self.tr("Visits at the same time are stacked; the Day view puts them side by side.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
