"""The visits page (拜访): the week/month calendar with drag-to-reschedule,
the list of visits, accounts to visit, monthly new visits vs revisits against
the plan, and the plan editor, outcome log, visit pack and .ics export."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind, period_key
from kamdesk.domain.visits import VisitStatus
from kamdesk.errors import UserError
from kamdesk.services import visits as svc
from kamdesk.services.changes import Changes
from kamdesk.services.visits import calendar as cal
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, show_user_error
from kamdesk.ui.visits.calendar_legend import CalendarLegend
from kamdesk.ui.visits.calendar_view import CalendarView
from kamdesk.ui.visits.page_output import VisitOutputs
from kamdesk.ui.visits.to_visit import ToVisitBox
from kamdesk.ui.visits.visit_list import VisitListTab
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.first_steps import FirstSteps

log = logging.getLogger(__name__)


class VisitsPage(VisitOutputs):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected_uuid: str | None = None
        self.last_dialog: QDialog | None = None

        tools = self._build_tools()
        self.calendar = CalendarView(lang=ctx.lang)
        self.calendar.setObjectName("visitCalendar")
        self.calendar.visit_selected.connect(self.select_visit)
        self.calendar.visit_activated.connect(self.open_visit)
        self.calendar.visit_moved.connect(self.reschedule)
        self.calendar.slot_activated.connect(lambda start: self.plan_visit(start=start))
        calendar_tab = QWidget()
        calendar_lay = QVBoxLayout(calendar_tab)
        calendar_lay.setContentsMargins(0, 0, 0, 0)
        calendar_lay.setSpacing(0)
        calendar_lay.addWidget(self.calendar, 1)
        self.legend = CalendarLegend(ctx.lang)
        calendar_lay.addWidget(self.legend)
        self.visit_list = VisitListTab(ctx)
        self.visit_list.visit_selected.connect(self.select_visit)
        self.visit_list.visit_activated.connect(self.open_visit)
        self.tabs = QTabWidget()
        self.tabs.addTab(calendar_tab, self.tr("Calendar"))
        self.tabs.addTab(self.visit_list, self.tr("List"))

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        lay = QVBoxLayout(self)
        self.first_steps = FirstSteps(ctx, self)
        lay.addWidget(self.first_steps)
        lay.addLayout(tools)
        lay.addWidget(splitter, 1)
        self.refresh()

    # --- building ---------------------------------------------------------------------------
    def _build_tools(self) -> QHBoxLayout:
        """Previous, today, next and the range; day, week or month; plan and outputs."""
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous"))
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next"))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.range_label = QLabel()
        self.range_label.setObjectName("rangeLabel")
        # a day's agenda: overlapping visits side by side at full width
        self.day_button = self._mode_button(self.tr("Day"))
        self.week_button = self._mode_button(self.tr("Week"))
        self.week_button.setChecked(True)
        self.month_button = self._mode_button(self.tr("Month"))
        group = QButtonGroup(self)
        self.mode_buttons = {"day": self.day_button, "week": self.week_button, "month": self.month_button}
        for mode, button in self.mode_buttons.items():
            group.addButton(button)
            button.toggled.connect(lambda on, mode=mode: self.set_mode(mode) if on else None)
        self.new_button = QPushButton(self.tr("Plan visit"))
        self.new_button.clicked.connect(lambda: self.plan_visit())
        self.ics_button = QPushButton(self.tr("Export .ics…"))
        self.ics_button.clicked.connect(self.export_ics)
        self.pack_button = QPushButton(self.tr("Visit pack PDF…"))
        self.pack_button.clicked.connect(self.export_pack)
        self.print_button = QPushButton(self.tr("Print preview…"))
        self.print_button.clicked.connect(self.print_preview)
        tools = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.range_label):
            tools.addWidget(w)
        tools.addSpacing(12)
        tools.addWidget(self.day_button)
        tools.addWidget(self.week_button)
        tools.addWidget(self.month_button)
        tools.addStretch(1)
        for w in (self.new_button, self.ics_button, self.pack_button, self.print_button):
            tools.addWidget(w)
        return tools

    @staticmethod
    def _mode_button(text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        return button

    def _build_side(self) -> QWidget:
        """This month's counts, the accounts to visit and the selected visit."""
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        counts_box = QGroupBox(self.tr("This month"))
        self.counts_label = QLabel()
        self.counts_label.setObjectName("monthCounts")
        self.counts_label.setWordWrap(True)
        QVBoxLayout(counts_box).addWidget(self.counts_label)
        self.to_visit = ToVisitBox()
        self.to_visit.plan_requested.connect(lambda uuid: self.plan_visit(account_uuid=uuid))
        visit_box = QGroupBox(self.tr("Selected visit"))
        visit_lay = QVBoxLayout(visit_box)
        self.visit_label = QLabel(self.tr("Click a visit in the calendar or the list."))
        self.visit_label.setWordWrap(True)
        self.visit_label.setObjectName("selectedVisit")
        self.edit_button = QPushButton(self.tr("Open plan"))
        self.edit_button.clicked.connect(lambda: self.open_visit(self.selected_uuid or ""))
        self.log_button = QPushButton(self.tr("Log outcome"))
        self.log_button.clicked.connect(lambda: self.log_outcome(self.selected_uuid or ""))
        self.cancel_button = QPushButton(self.tr("Cancel visit"))
        self.cancel_button.clicked.connect(self._cancel_or_restore)
        visit_lay.addWidget(self.visit_label)
        row = QHBoxLayout()
        for b in (self.edit_button, self.log_button, self.cancel_button):
            row.addWidget(b)
        visit_lay.addLayout(row)
        side_lay.addWidget(counts_box)
        side_lay.addWidget(self.to_visit, 1)
        side_lay.addWidget(visit_box)
        return side

    # --- refresh -----------------------------------------------------------------------------
    def refresh(self) -> None:
        start, end = self.calendar.range()
        self.calendar.set_rows(cal.visits_between(self.ctx.db, start, end))
        if self.calendar.mode == "day":
            self.range_label.setText(f"{start:%Y-%m-%d}")
        elif self.calendar.mode == "week":
            self.range_label.setText(f"{start:%Y-%m-%d} – {end:%m-%d}")
        else:
            self.range_label.setText(f"{self.calendar.anchor:%Y-%m}")
        self.visit_list.list_model.refresh(keep_loaded=True)
        self._refresh_counts()
        self.to_visit.refresh(self.ctx.db)
        self._refresh_selected()

    def _refresh_counts(self) -> None:
        key = period_key(PeriodKind.MONTH, self.calendar.anchor)
        m = cal.month_counts(self.ctx.db, key)

        def line(label: str, done: int, planned: int, target: int | None) -> str:
            goal = self.tr("plan {n}").format(n=target) if target is not None else self.tr("no plan set")
            return self.tr("{label}: {done} done + {planned} planned / {goal}").format(
                label=label, done=done, planned=planned, goal=goal
            )

        self.counts_label.setText(
            f"{key}\n"
            + line(self.tr("New visits"), m.new_done, m.new_planned, m.new_target)
            + "\n"
            + line(self.tr("Revisits"), m.revisits_done, m.revisits_planned, m.revisits_target)
        )

    def _refresh_selected(self) -> None:
        uuid = self.selected_uuid
        self._selected_status: VisitStatus | None = None
        self._selected_day: date | None = None
        enabled = False
        planned = False
        if uuid:
            try:
                d = svc.get_visit(self.ctx.db, uuid)
            except UserError:
                self.selected_uuid = None
            else:
                enabled = True
                planned = d.status is VisitStatus.PLANNED
                self._selected_status = d.status
                when = d.starts_at.astimezone(svc.local_tz())
                self._selected_day = when.date()
                people = ("、" if self.ctx.lang.startswith("zh") else ", ").join(
                    a.name for a in d.attendees if a.contact_uuid
                )
                self.visit_label.setText(
                    f"{d.account_name}\n{when:%Y-%m-%d %H:%M} · {d.status.label(self.ctx.lang)}"
                    + (f"\n{d.place}" if d.place else "")
                    + (f"\n{people}" if people else "")
                    + (f"\n{d.outcome}" if d.outcome else "")
                )
        if not enabled:
            self.visit_label.setText(self.tr("Click a visit in the calendar or the list."))
        cancelled = enabled and not planned and self._selected_status is VisitStatus.CANCELLED
        self.edit_button.setEnabled(enabled)
        self.log_button.setEnabled(planned)
        self.cancel_button.setText(self.tr("Restore visit") if cancelled else self.tr("Cancel visit"))
        self.cancel_button.setEnabled(planned or cancelled)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("visit", "account", "commitment", "target", "contact", "stakeholder"):
            self.refresh()

    # --- navigation -------------------------------------------------------------------------
    def _step(self, direction: int) -> None:
        self.calendar.step(direction)
        self.refresh()

    def go_today(self) -> None:
        self.calendar.set_anchor(clock.today())
        self.refresh()

    def set_mode(self, mode: str) -> None:
        """ "day", "week" or "month"."""
        button = self.mode_buttons[mode]
        if not button.isChecked():
            button.setChecked(True)  # → set_mode again through toggled
            return
        self.calendar.set_mode(mode)
        self.refresh()

    def go_to(self, day: date) -> None:
        self.calendar.set_anchor(day)
        self.refresh()

    def select_visit(self, uuid: str) -> None:
        self.selected_uuid = uuid or None
        self.calendar.selected = self.selected_uuid
        self.calendar.update()
        self._refresh_selected()

    def show_record(self, uuid: str) -> None:
        """An account uuid opens a new plan for it; a visit uuid opens that visit."""
        try:
            d = svc.get_visit(self.ctx.db, uuid)
        except UserError:
            self.plan_visit(account_uuid=uuid)
            return
        self.go_to(d.starts_at.astimezone(svc.local_tz()).date())
        self.select_visit(uuid)
        self.open_visit(uuid)

    # --- actions -----------------------------------------------------------------------------------
    def _exec(self, dialog: QDialog) -> int:
        """Run a dialog (tests replace this to drive the dialog themselves)."""
        return dialog.exec()

    def plan_visit(self, *, account_uuid: str | None = None, start: datetime | None = None) -> str | None:
        from kamdesk.ui.visits.editor import PlanEditor

        dialog = PlanEditor(self.ctx, self, account_uuid=account_uuid, start=start)
        self.last_dialog = dialog
        if self._exec(dialog) == QDialog.DialogCode.Accepted and dialog.saved_uuid:
            self.select_visit(dialog.saved_uuid)
            return dialog.saved_uuid
        return None

    def open_visit(self, uuid: str) -> None:
        if not uuid:
            return
        from kamdesk.ui.visits.editor import PlanEditor

        dialog = PlanEditor(self.ctx, self, visit_uuid=uuid)
        self.last_dialog = dialog
        self._exec(dialog)

    def log_outcome(self, uuid: str) -> None:
        if not uuid:
            return
        from kamdesk.ui.visits.outcome import OutcomeDialog

        dialog = OutcomeDialog(self.ctx, uuid, self)
        self.last_dialog = dialog
        self._exec(dialog)

    def _cancel_or_restore(self) -> None:
        if self._selected_status is VisitStatus.CANCELLED:
            self.restore(self.selected_uuid or "")
        else:
            self.cancel(self.selected_uuid or "")

    def restore(self, uuid: str) -> None:
        run_op(self, self.ctx, lambda: svc.restore_visit(self.ctx.db, uuid), title=self.tr("Restore visit"))

    def cancel(self, uuid: str) -> None:
        if not uuid:
            return
        if not messages.ask_yes_no(
            self, self.tr("Cancel visit"), self.tr("Cancel this visit?"), default_yes=False
        ):
            return
        run_op(self, self.ctx, lambda: svc.cancel_visit(self.ctx.db, uuid), title=self.tr("Cancel visit"))

    def reschedule(self, uuid: str, start: datetime) -> None:
        title = self.tr("Reschedule")

        def refused(exc: UserError) -> None:
            show_user_error(self, title, exc)
            self.refresh()  # the block goes back to where it was

        # the main window calls on_changed → refresh
        run_op(
            self,
            self.ctx,
            lambda: svc.reschedule_visit(self.ctx.db, uuid, start),
            title=title,
            failure=refused,
        )
