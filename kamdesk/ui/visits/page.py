"""The visits page (拜访): the week/month calendar with drag-to-reschedule,
the list of visits, accounts to visit, monthly new visits vs revisits against
the plan, and the plan editor, outcome log, visit pack and .ics export."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind, period_key
from kamdesk.domain.reminders import ReminderKind
from kamdesk.domain.visits import VisitStatus
from kamdesk.errors import UserError
from kamdesk.services import visits as svc
from kamdesk.services.changes import Changes
from kamdesk.services.visits import calendar as cal
from kamdesk.ui.context import AppContext
from kamdesk.ui.models.lazy_table import LazyColumn, LazyTableModel
from kamdesk.ui.operations import run_op, show_user_error
from kamdesk.ui.visits.calendar_legend import CalendarLegend
from kamdesk.ui.visits.calendar_view import CalendarView
from kamdesk.ui.visits.page_output import VisitOutputs
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.dates import OptionalDateEdit
from kamdesk.ui.widgets.first_steps import FirstSteps
from kamdesk.ui.widgets.search import SearchLineEdit

log = logging.getLogger(__name__)


class VisitsPage(VisitOutputs):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected_uuid: str | None = None
        self.last_dialog: QDialog | None = None

        # --- tool row
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
        self.week_button = QToolButton()
        self.week_button.setText(self.tr("Week"))
        self.week_button.setCheckable(True)
        self.week_button.setChecked(True)
        self.month_button = QToolButton()
        self.month_button.setText(self.tr("Month"))
        self.month_button.setCheckable(True)
        # a day's agenda: overlapping visits side by side at full width
        self.day_button = QToolButton()
        self.day_button.setText(self.tr("Day"))
        self.day_button.setCheckable(True)
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

        # --- calendar and list
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
        self.tabs = QTabWidget()
        self.tabs.addTab(calendar_tab, self.tr("Calendar"))
        self.tabs.addTab(self._list_tab(), self.tr("List"))

        # --- side panel
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        counts_box = QGroupBox(self.tr("This month"))
        self.counts_label = QLabel()
        self.counts_label.setObjectName("monthCounts")
        self.counts_label.setWordWrap(True)
        QVBoxLayout(counts_box).addWidget(self.counts_label)
        todo_box = QGroupBox(self.tr("Accounts to visit"))
        todo_lay = QVBoxLayout(todo_box)
        self.todo = QListWidget()
        self.todo.setObjectName("toVisitList")
        self.todo.itemDoubleClicked.connect(lambda item: self.plan_visit(account_uuid=item.data(256)))
        self.todo_plan = QPushButton(self.tr("Plan visit"))
        self.todo_plan.clicked.connect(self._plan_from_todo)
        self.todo_filter = QLineEdit()
        self.todo_filter.setObjectName("toVisitFilter")
        self.todo_filter.setPlaceholderText(self.tr("Filter by account name"))
        self.todo_filter.setClearButtonEnabled(True)
        self.todo_filter.textChanged.connect(lambda _t: self._filter_todo())
        todo_lay.addWidget(self.todo_filter)
        todo_lay.addWidget(self.todo)
        todo_lay.addWidget(self.todo_plan)
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
        side_lay.addWidget(todo_box, 1)
        side_lay.addWidget(visit_box)

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 300])
        lay = QVBoxLayout(self)
        self.first_steps = FirstSteps(ctx, self)
        lay.addWidget(self.first_steps)
        lay.addLayout(tools)
        lay.addWidget(splitter, 1)
        self.refresh()

    # --- list tab -------------------------------------------------------------------------
    def _list_tab(self) -> QWidget:
        w = QWidget()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in VisitStatus:
            self.status_filter.addItem(status.label(self.ctx.lang), status.code)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.list_model.refresh())
        self.from_date = OptionalDateEdit()
        self.to_date = OptionalDateEdit()
        self.from_date.date_value_changed.connect(lambda _d: self.list_model.refresh())
        self.to_date.date_value_changed.connect(lambda _d: self.list_model.refresh())
        self.search = SearchLineEdit(placeholder=self.tr("Search account, place, objective, outcome…"))
        self.search.setObjectName("visitSearch")
        self.search.search_changed.connect(lambda _t: self.list_model.refresh())
        self.list_total = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.from_date)
        filters.addWidget(QLabel(self.tr("To")))
        filters.addWidget(self.to_date)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.list_total)
        lang = self.ctx.lang
        zone = svc.local_tz()
        columns: list[LazyColumn[cal.VisitRow]] = [
            LazyColumn(
                "starts_at",
                self.tr("When"),
                lambda r: f"{r.starts_at.astimezone(zone):%Y-%m-%d %H:%M}",
                "starts_at",
            ),
            LazyColumn("account", self.tr("Account"), lambda r: r.account_name, "account"),
            LazyColumn("status", self.tr("Status"), lambda r: r.status.label(lang), "status"),
            LazyColumn("kind", self.tr("Kind"), lambda r: r.kind.label(lang), "kind"),
            LazyColumn(
                "objective",
                self.tr("Objective"),
                lambda r: r.objective_kind.label(lang) if r.objective_kind else "",
                "objective",
            ),
            LazyColumn("place", self.tr("Place"), lambda r: r.place or "", "place"),
            LazyColumn("final", self.tr("Final objective"), lambda r: r.final_objective or "", None),
        ]
        self.list_model: LazyTableModel[cal.VisitRow] = LazyTableModel(
            columns,
            fetch=self._fetch,
            count=self._count,
            key=lambda r: r.uuid,
            page_size=200,
            default_sort="starts_at",
            descending=True,
            parent=self,
        )
        self.list_model.total_changed.connect(
            lambda n: self.list_total.setText(self.tr("%n visit(s)", "", n))
        )
        self.table = QTableView()
        self.table.setObjectName("visitTable")
        self.table.setModel(self.list_model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as loaded
        for column, width in enumerate((140, 220, 70, 70, 90, 160)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.clicked.connect(lambda i: self.select_visit(self.list_model.key_at(i.row()) or ""))
        self.table.doubleClicked.connect(lambda i: self.open_visit(self.list_model.key_at(i.row()) or ""))
        lay = QVBoxLayout(w)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        return w

    def _query(self) -> cal.VisitQuery:
        code = self.status_filter.currentData()
        return cal.VisitQuery(
            start=self.from_date.date_value(),
            end=self.to_date.date_value(),
            statuses=(VisitStatus(code),) if code else (),
            search=self.search.text(),
        )

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool) -> list[cal.VisitRow]:
        q = self._query()
        q = cal.VisitQuery(
            q.start, q.end, q.statuses, None, q.search, sort or "starts_at", descending, limit, offset
        )
        return cal.list_visits(self.ctx.db, q)

    def _count(self) -> int:
        return cal.count_visits(self.ctx.db, self._query())

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
        self.list_model.refresh(keep_loaded=True)
        self._refresh_counts()
        self._refresh_todo()
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

    def _refresh_todo(self) -> None:
        from kamdesk.services.visits.reminders import accounts_to_visit

        self.todo.clear()
        for s in accounts_to_visit(self.ctx.db, clock.today()):
            if s.reason is ReminderKind.REVISIT_DUE:
                why = self.tr("revisit every {n} days").format(n=s.interval_days)
            else:
                why = self.tr("contact every {n} days").format(n=s.interval_days)
            when = (
                self.tr("%n day(s) overdue", "", -s.days)
                if s.days < 0
                else (self.tr("due today") if s.days == 0 else self.tr("due in %n day(s)", "", s.days))
            )
            item = QListWidgetItem(f"{s.account_name}\n{why} · {when}")
            item.setData(256, s.account_uuid)
            item.setData(257, s.account_name)
            self.todo.addItem(item)
        self._filter_todo()

    def _filter_todo(self) -> None:
        """Show only the accounts whose name holds the filter text (any case)."""
        needle = self.todo_filter.text().strip().casefold()
        shown = 0
        for i in range(self.todo.count()):
            item = self.todo.item(i)
            hide = bool(needle) and needle not in str(item.data(257) or "").casefold()
            item.setHidden(hide)
            shown += not hide
        self.todo_plan.setEnabled(shown > 0)

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
        """"day", "week" or "month"."""
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

    def _plan_from_todo(self) -> None:
        current: QListWidgetItem | None = self.todo.currentItem()
        if current is not None and current.isHidden():
            current = None
        visible = [self.todo.item(i) for i in range(self.todo.count()) if not self.todo.item(i).isHidden()]
        item = current or (visible[0] if visible else None)
        if item is not None:
            self.plan_visit(account_uuid=item.data(256))

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
