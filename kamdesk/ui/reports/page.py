"""The Reports page: my report (daily / weekly / monthly), deadlines, and the
manager's tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.domain.periods import ReportKind
from kamdesk.services.changes import Changes
from kamdesk.ui.context import AppContext
from kamdesk.ui.reports.deadlines import DeadlinesView
from kamdesk.ui.reports.manager import ManagerView
from kamdesk.ui.reports.report_view import ReportView
from kamdesk.ui.widgets.first_steps import FirstSteps


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.first_steps = FirstSteps(ctx, self, need_profile=True)
        layout.addWidget(self.first_steps)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tabs = QTabWidget()
        self.report = ReportView(ctx)
        self.deadlines = DeadlinesView(ctx)
        self.manager = ManagerView(ctx)
        self.tabs.addTab(self.report, self.tr("My report"))
        self.tabs.addTab(self.deadlines, self.tr("Deadlines"))
        self.tabs.addTab(self.manager, self.tr("Manager"))
        layout.addWidget(self.tabs)
        self.deadlines.open_report.connect(self.open_report)

    def open_report(self, kind: str, key: str) -> None:
        self.report.set_period(ReportKind(kind), key)
        self.tabs.setCurrentWidget(self.report)

    def on_changed(self, changes: Changes) -> None:
        for view in (self.report, self.deadlines, self.manager):
            view.on_changed(changes)

    def show_record(self, uuid: str) -> None:
        """Nothing to open by uuid here; the page shows the current report."""
