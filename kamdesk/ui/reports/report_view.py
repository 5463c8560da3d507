"""One report on screen: choose daily / weekly / monthly and the period, see
its numbers and lists, edit the rep's own text and plan items, make the PDF
(off the GUI thread), print it, mark it submitted or make the month-end
submission. The manager's notes on it are shown at the top.

The view holds the period bar, the status and notes; its parts are widgets of
their own: the tables (``report_tables``), the rep's text and plans
(``report_editing``, ``report_plans``) and the outputs (``report_output``)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.deadlines import current_key, report_period_kind
from kamdesk.domain.periods import ReportKind, SubmissionStatus, period_bounds, period_key
from kamdesk.errors import UserError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting import (
    DailyReport,
    MonthlyReport,
    PeriodSummary,
    default_rep,
    list_reps,
    report_data,
)
from kamdesk.services.submissions import mark_annotations_read, report_status
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, user_error_text
from kamdesk.ui.reports.report_editing import ReportEditor
from kamdesk.ui.reports.report_output import ReportActions, ShownReport
from kamdesk.ui.reports.report_tables import ReportSections
from kamdesk.ui.widgets import messages


class ReportView(QWidget):
    """The report of one kind and period for one rep."""

    #: a PDF was written (path)
    pdf_written = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DailyReport | PeriodSummary | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._period_bar())
        self._add_banners(layout)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sections = ReportSections(ctx)
        split.addWidget(self.sections)
        self.editor = ReportEditor(ctx, self.reload)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.output = ReportActions(ctx, self._ready)
        self.output.pdf_written.connect(self.pdf_written)
        self.output.status_changed.connect(self._show_status)
        layout.addWidget(self.output)

        self.load_reps()
        self.kind.setCurrentIndex(1)  # weekly: the report a rep writes most
        self.go_current()

    def _period_bar(self) -> QHBoxLayout:
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
        return bar

    def _add_banners(self, layout: QVBoxLayout) -> None:
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
        self.editor.save_if_dirty()
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
        self.editor.save_if_dirty()
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
        self.editor.save_if_dirty()
        self.reload()

    # --- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.rep_uuid:
            self.status.setText(self.tr("Add yourself as a rep to write reports."))
            self._enable_actions(False)
            return
        kind, key, rep = self.report_kind, self.key, self.rep_uuid
        read = run_op(
            self,
            self.ctx,
            lambda: Result(report_data(self.ctx.db, kind, key, rep, include_private=True)),
            title=self.tr("Reports"),
            failure=self._bad_period,
        )
        if read is None:
            return
        data = read.value
        self.period_error.hide()
        self.data = data
        self.period.setText(data.period.key)
        self._enable_actions(True)
        self._show(data)

    def _bad_period(self, exc: UserError) -> None:
        self.period_error.setText(user_error_text(exc))
        self.period_error.show()

    def _show(self, data: DailyReport | PeriodSummary) -> None:
        self.no_data.setVisible(not data.has_data)
        self.sections.show_report(data)
        self.editor.show_report(data, self.rep_uuid)
        self._show_notes()
        self._show_status()
        self.output.set_month(isinstance(data, MonthlyReport))

    def _enable_actions(self, on: bool) -> None:
        output = self.output
        for w in (
            output.pdf_button,
            output.print_button,
            self.editor.save_button,
            output.submitted_button,
        ):
            w.setEnabled(on)

    def _ready(self) -> ShownReport | None:
        if self.data is None:
            return None
        self.editor.save_if_dirty()
        return ShownReport(self.report_kind, self.data, self.rep_uuid)

    def _show_notes(self) -> None:
        assert self.data is not None
        notes = self.data.annotations
        self.notes_box.setVisible(bool(notes))
        self.notes.setText(
            "\n".join(
                f"{a.at:%Y-%m-%d} {a.author}{' · ' + a.section if a.section else ''}: {a.text}" for a in notes
            )
        )

    def _show_status(self) -> None:
        assert self.data is not None
        st = report_status(self.ctx.db, self.report_kind, self.data.period.key, rep=self.rep_uuid)
        label = {
            SubmissionStatus.DUE: self.tr("Due {when}"),
            SubmissionStatus.LATE: self.tr("Late — was due {when}"),
            SubmissionStatus.SUBMITTED: self.tr("Submitted {when}"),
        }[st.status]
        when = st.submitted_at if st.submitted_at else st.deadline
        self.status.setText(label.format(when=when.strftime("%Y-%m-%d %H:%M")))
        color = {
            SubmissionStatus.DUE: "#9a6700",
            SubmissionStatus.LATE: "#b0453a",
            SubmissionStatus.SUBMITTED: "#2f7a46",
        }
        self.status.setStyleSheet(f"color:{color[st.status]}")
        if st.unread_annotations:
            mark_annotations_read(self.ctx.db, self.report_kind, self.data.period.key, rep=self.rep_uuid)

    def on_changed(self, changes: Changes) -> None:
        if changes.touches("rep"):
            self.load_reps()
        if changes.touches(
            "visit", "opportunity", "commitment", "contact_log", "target", "report", "account"
        ):
            if not self.editor.dirty:
                self.reload()
            else:
                self._show_status()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.editor.save_if_dirty()
        super().closeEvent(event)

    def show_error(self, text: str) -> None:
        messages.show_error(self, self.tr("Reports"), text)
