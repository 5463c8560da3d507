"""The Reports page: my report (daily / weekly / monthly), deadlines, and the
manager's tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kamdesk.domain.periods import ReportKind
from kamdesk.services.changes import Changes
from kamdesk.services.submissions import is_manager_database
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
        self._show_manager_tab()
        self.deadlines.open_report.connect(self.open_report)

    def open_report(self, kind: str, key: str) -> None:
        self.report.set_period(ReportKind(kind), key)
        self.tabs.setCurrentWidget(self.report)

    def _show_manager_tab(self) -> None:
        """The manager's tab only on a manager's database (see
        ``is_manager_database``): a rep has no submissions to receive."""
        self.tabs.setTabVisible(self.tabs.indexOf(self.manager), is_manager_database(self.ctx.db))

    def on_changed(self, changes: Changes) -> None:
        for view in (self.report, self.deadlines, self.manager):
            view.on_changed(changes)
        if changes.touches("rep", "report"):
            self._show_manager_tab()

    def show_record(self, uuid: str) -> None:
        """Nothing to open by uuid here; the page shows the current report."""
