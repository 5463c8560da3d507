"""One report on screen: choose daily / weekly / monthly and the period, see
its numbers and lists, edit the rep's own text and plan items, make the PDF
(off the GUI thread), print it, mark it submitted or make the month-end
submission. The manager's notes on it are shown at the top."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.deadlines import current_key, report_period_kind
from kamdesk.domain.periods import PeriodKind, ReportKind, period_bounds, period_key
from kamdesk.errors import UserError
from kamdesk.services.changes import Changes
from kamdesk.services.reporting import (
    DailyReport,
    PeriodSummary,
    list_reps,
    report_data,
)
from kamdesk.ui.context import AppContext
from kamdesk.ui.reports.report_editing import ReportEditingMixin
from kamdesk.ui.reports.report_output import ReportOutputMixin
from kamdesk.ui.reports.report_tables import TEXT_FIELDS as TEXT_FIELDS  # re-exported
from kamdesk.ui.reports.report_tables import ReportSectionsMixin
from kamdesk.ui.reports.report_tables import _fill as _fill  # re-exported for manager / deadlines
from kamdesk.ui.reports.report_tables import _item as _item  # re-exported
from kamdesk.ui.reports.report_tables import _table as _table  # re-exported for manager / deadlines
from kamdesk.ui.widgets import messages


class ReportView(ReportSectionsMixin, ReportEditingMixin, ReportOutputMixin, QWidget):
    """The report of one kind and period for one rep."""

    #: a PDF was written (path)
    pdf_written = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DailyReport | PeriodSummary | None = None
        self._dirty = False
        self._loading = False
        self.last_pdf: Path | None = None

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        for kind, label in (
            (ReportKind.DAILY, self.tr("Daily work log")),
            (ReportKind.WEEKLY, self.tr("Weekly plan and summary")),
            (ReportKind.MONTHLY, self.tr("Monthly plan and summary")),
        ):
            self.kind.addItem(label, kind.code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        bar.addWidget(self.kind)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.period = QLineEdit()
        self.period.setMaximumWidth(130)
        self.period.setToolTip(self.tr("Period: 2026-11-25, 2026-W48 or 2026-11"))
        self.period.editingFinished.connect(self._period_edited)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next period"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton(self.tr("Current"))
        self.today_button.clicked.connect(self.go_current)
        for w in (self.prev_button, self.period, self.next_button, self.today_button):
            bar.addWidget(w)
        self.rep = QComboBox()
        self.rep.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.rep)
        bar.addStretch(1)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.status)
        layout.addLayout(bar)

        self.period_error = QLabel()
        self.period_error.setStyleSheet("color:#b0453a")
        self.period_error.hide()
        layout.addWidget(self.period_error)
        self.no_data = QLabel(self.tr("No data for this period"))
        self.no_data.setStyleSheet("color:#b0453a;font-weight:bold")
        self.no_data.hide()
        layout.addWidget(self.no_data)
        self.notes_box = QGroupBox(self.tr("Manager's notes"))
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes_layout.addWidget(self.notes)
        self.notes_box.hide()
        layout.addWidget(self.notes_box)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.figures = _table()
        self.visits = _table()
        self.moves = _table()
        self.targets = _table()
        self.tabs.addTab(self.figures, self.tr("Key figures"))
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.tabs.addTab(self.moves, self.tr("Opportunities moved"))
        self.tabs.addTab(self.targets, self.tr("Targets vs actual"))
        split.addWidget(self.tabs)

        right = QWidget()
        form_box = QVBoxLayout(right)
        form_box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, label in (
            ("plan_text", self.tr("Plan")),
            ("summary_text", self.tr("Summary")),
            ("key_problems", self.tr("Key problems")),
            ("hard_problems", self.tr("Hard problems")),
        ):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(54)
            # four of these at 120 px left the plan items two rows at 1366×768
            edit.setMaximumHeight(96)
            edit.textChanged.connect(self._text_changed)
            self.texts[name] = edit
            form.addRow(label, edit)
        form_box.addLayout(form)
        save_row = QHBoxLayout()
        self.saved_label = QLabel()
        save_row.addWidget(self.saved_label, 1)
        self.save_button = QPushButton(self.tr("Save text"))
        self.save_button.clicked.connect(self.save_text)
        save_row.addWidget(self.save_button)
        form_box.addLayout(save_row)

        items_box = QGroupBox(self.tr("Plan items"))
        items_layout = QVBoxLayout(items_box)
        self.items = QTableWidget(0, 3)
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Result"), self.tr("Done")])
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().setVisible(False)
        self.items.setMinimumHeight(110)  # four items in view
        self.items.itemChanged.connect(self._item_changed)
        items_layout.addWidget(self.items)
        add_row = QHBoxLayout()
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("New plan item"))
        self.new_item.returnPressed.connect(self.add_item)
        add_row.addWidget(self.new_item, 1)
        for text, slot in (
            (self.tr("Add"), self.add_item),
            (self.tr("Up"), lambda: self.move_item(-1)),
            (self.tr("Down"), lambda: self.move_item(1)),
            (self.tr("Delete"), self.delete_item),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            add_row.addWidget(b)
        items_layout.addLayout(add_row)
        self.item_error = QLabel()
        self.item_error.setStyleSheet("color:#b0453a")
        items_layout.addWidget(self.item_error)
        form_box.addWidget(items_box, 1)

        # quarter / half-year / year plans, edited beside the month they hold
        self.longer_box = QGroupBox(self.tr("Quarter, half-year and year plans"))
        longer = QVBoxLayout(self.longer_box)
        pick = QHBoxLayout()
        self.longer_kind = QComboBox()
        for pkind, label in (
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.HALF, self.tr("Half-year")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            self.longer_kind.addItem(label, pkind.code)
        self.longer_kind.currentIndexChanged.connect(lambda _i: self._show_longer())
        pick.addWidget(self.longer_kind)
        self.longer_key = QLabel()
        pick.addWidget(self.longer_key, 1)
        self.longer_save = QPushButton(self.tr("Save plan"))
        self.longer_save.clicked.connect(self.save_longer)
        pick.addWidget(self.longer_save)
        longer.addLayout(pick)
        self.longer_text = QPlainTextEdit()
        self.longer_text.setMaximumHeight(80)
        self.longer_text.setTabChangesFocus(True)
        longer.addWidget(self.longer_text)
        form_box.addWidget(self.longer_box)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        actions = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Make PDF…"))
        self.pdf_button.clicked.connect(lambda: self.make_pdf())
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_report)
        self.submitted_button = QPushButton(self.tr("Mark as submitted"))
        self.submitted_button.clicked.connect(self.mark_submitted)
        self.submit_month_button = QPushButton(self.tr("Month-end submission…"))
        self.submit_month_button.clicked.connect(self.open_submission_dialog)
        for b in (self.pdf_button, self.print_button, self.submitted_button, self.submit_month_button):
            actions.addWidget(b)
        self.pdf_label = QLabel()
        self.pdf_label.setOpenExternalLinks(False)
        self.pdf_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        actions.addWidget(self.pdf_label, 1)
        layout.addLayout(actions)

        self.load_reps()
        self.kind.setCurrentIndex(1)  # weekly: the report a rep writes most
        self.go_current()

    # --- period ----------------------------------------------------------------------
    @property
    def report_kind(self) -> ReportKind:
        return ReportKind(self.kind.currentData())

    @property
    def key(self) -> str:
        return self.period.text().strip()

    def load_reps(self) -> None:
        self.rep.blockSignals(True)
        current = self.rep.currentData()
        self.rep.clear()
        for r in list_reps(self.ctx.db):
            self.rep.addItem(r.name, r.uuid)
        from kamdesk.services.reporting import default_rep

        me = default_rep(self.ctx.db)
        wanted = current or (me.uuid if me else None)
        index = self.rep.findData(wanted) if wanted else 0
        self.rep.setCurrentIndex(max(index, 0))
        self.rep.setVisible(self.rep.count() > 1)
        self.rep.blockSignals(False)

    @property
    def rep_uuid(self) -> str | None:
        data = self.rep.currentData()
        return str(data) if data else None

    def set_period(self, kind: ReportKind, key: str) -> None:
        self._save_if_dirty()
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind.code))
        self.kind.blockSignals(False)
        self.period.setText(key)
        self.reload()

    def go_current(self) -> None:
        self.set_period(self.report_kind, current_key(self.report_kind, clock.today()))

    def step(self, delta: int) -> None:
        pkind = report_period_kind(self.report_kind)
        try:
            start, end = period_bounds(pkind, self.key.upper())
        except ValueError:
            self.go_current()
            return
        day = start - timedelta(days=1) if delta < 0 else end + timedelta(days=1)
        self.set_period(self.report_kind, period_key(pkind, day))

    def _kind_changed(self, _index: int) -> None:
        self._save_if_dirty()
        # keep the date the user was looking at: the week or month that holds it
        pkind_old = None
        for k in ReportKind:
            try:
                start, _ = period_bounds(report_period_kind(k), self.key.upper())
                pkind_old = start
                break
            except ValueError:
                continue
        day = pkind_old or clock.today()
        self.period.setText(period_key(report_period_kind(self.report_kind), day))
        self.reload()

    def _period_edited(self) -> None:
        if self.data is not None and self.key == self.data.period.key:
            return
        self._save_if_dirty()
        self.reload()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.rep_uuid:
            self.status.setText(self.tr("Add yourself as a rep to write reports."))
            self._enable_actions(False)
            return
        try:
            data = report_data(self.ctx.db, self.report_kind, self.key, self.rep_uuid, include_private=True)
        except UserError as exc:
            self.period_error.setText(str(exc))
            self.period_error.show()
            return
        self.period_error.hide()
        self.data = data
        self.period.setText(data.period.key)
        self._enable_actions(True)
        self._loading = True
        try:
            self._show(data)
        finally:
            self._loading = False
        self._dirty = False
        self.saved_label.setText("")

    def _enable_actions(self, on: bool) -> None:
        for w in (self.pdf_button, self.print_button, self.save_button, self.submitted_button):
            w.setEnabled(on)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("rep"):
            self.load_reps()
        if changes.touches(
            "visit", "opportunity", "commitment", "contact_log", "target", "report", "account"
        ):
            if not self._dirty:
                self.reload()
            else:
                self._show_status()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._save_if_dirty()
        super().closeEvent(event)

    def show_error(self, text: str) -> None:
        messages.show_error(self, self.tr("Reports"), text)
