"""Deadlines with status: the daily logs, weekly and monthly reports of the
last weeks, each due, late or submitted, with the manager's notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kamdesk.domain.periods import ReportKind, SubmissionStatus
from kamdesk.errors import UserError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.submissions import ReportStatus, receive_notes, recent_reports
from kamdesk.services.submissions.handins import HandIn, hand_in
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, user_error_text
from kamdesk.ui.reports.report_tables import fill_table, read_only_table

COLORS = {
    SubmissionStatus.DUE: "#9a6700",
    SubmissionStatus.LATE: "#b0453a",
    SubmissionStatus.SUBMITTED: "#2f7a46",
}


class DeadlinesView(QWidget):
    #: open a report: (kind code, period key)
    open_report = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ReportStatus] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        self.hand_in_day = QPushButton(self.tr("Hand in today's log"))
        self.hand_in_day.clicked.connect(lambda: self.hand_in(ReportKind.DAILY))
        bar.addWidget(self.hand_in_day)
        self.hand_in_week = QPushButton(self.tr("Hand in this week's report"))
        self.hand_in_week.clicked.connect(lambda: self.hand_in(ReportKind.WEEKLY))
        bar.addWidget(self.hand_in_week)
        notes = QPushButton(self.tr("Import manager's notes…"))
        notes.clicked.connect(lambda: self.import_notes())
        bar.addWidget(notes)
        layout.addLayout(bar)
        self.table = read_only_table()
        self.table.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        lang = self.ctx.lang
        read = run_op(
            self,
            self.ctx,
            lambda: Result(recent_reports(self.ctx.db)),
            title=self.tr("Deadline"),
            failure=self._unreadable,
        )
        if read is None:
            return
        self.rows = read.value
        fill_table(
            self.table,
            [
                self.tr("Status"),
                self.tr("Report"),
                self.tr("Period"),
                self.tr("Deadline"),
                self.tr("Submitted"),
                self.tr("Notes"),
            ],
            [
                [
                    r.status.label(lang),
                    r.kind.label(lang),
                    r.key,
                    r.deadline.strftime("%Y-%m-%d %H:%M"),
                    r.submitted_at.strftime("%Y-%m-%d %H:%M") if r.submitted_at else "",
                    r.annotations or "",
                ]
                for r in self.rows
            ],
        )
        self.table.setSortingEnabled(False)
        for i, r in enumerate(self.rows):
            item = self.table.item(i, 0)
            if item is not None:
                item.setForeground(QColor(COLORS[r.status]))
                item.setData(Qt.ItemDataRole.UserRole, (r.kind.code, r.key))
        self.table.setSortingEnabled(True)
        late = sum(1 for r in self.rows if r.status is SubmissionStatus.LATE)
        due = sum(1 for r in self.rows if r.status is SubmissionStatus.DUE)
        self.summary.setText(self.tr("{late} late, {due} due").format(late=late, due=due))

    def _unreadable(self, exc: UserError) -> None:
        self.rows = []
        self.summary.setText(user_error_text(exc))
        fill_table(self.table, [], [])

    def _open(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is None:
            return
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        self.open_report.emit(kind, key)

    def hand_in(self, kind: ReportKind, key: str | None = None) -> HandIn | None:
        """Mark the report handed in now and say on time or how late."""

        def refused(exc: UserError) -> None:
            self.message.setStyleSheet("color:#b0453a")
            self.message.setText(user_error_text(exc))

        def handed_in(result: Result[HandIn]) -> None:
            row, lang = result.value, self.ctx.lang
            self.message.setStyleSheet("" if row.on_time else "color:#b0453a")
            self.message.setText(
                self.tr("%1 %2 handed in: %3 (due %4)")
                .replace("%1", row.kind.label(lang))
                .replace("%2", row.key)
                .replace("%3", row.describe(lang))
                .replace("%4", row.deadline.strftime("%Y-%m-%d %H:%M"))
            )

        result = run_op(
            self,
            self.ctx,
            lambda: hand_in(self.ctx.db, kind, key),
            title=self.tr("Submitted"),
            success=handed_in,
            failure=refused,
        )
        if result is None:
            return None
        self.refresh()
        return result.value

    def import_notes(self, path: str | None = None) -> int | None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import manager's notes"), "", self.tr("KAMdesk notes (*.kamnote)")
            )
            if not path:
                return None

        def refused(exc: UserError) -> None:
            self.message.setStyleSheet("color:#b0453a")
            self.message.setText(user_error_text(exc))

        def imported(result: Result[int]) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("%n new note(s) imported", "", result.value))

        notes = path
        result = run_op(
            self,
            self.ctx,
            lambda: receive_notes(self.ctx.db, notes),
            title=self.tr("Import manager's notes"),
            success=imported,
            failure=refused,
        )
        if result is None:
            return None
        self.refresh()
        return result.value

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("report", "rep"):
            self.refresh()


__all__ = ["DeadlinesView", "ReportKind"]
