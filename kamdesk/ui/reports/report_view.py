"""One report on screen: choose daily / weekly / monthly and the period, see
its numbers and lists, edit the rep's own text and plan items, make the PDF
(off the GUI thread), print it, mark it submitted or make the month-end
submission. The manager's notes on it are shown at the top."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
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
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.deadlines import current_key, report_period_kind
from kamdesk.domain.periods import PeriodKind, ReportKind, SubmissionStatus, period_bounds, period_key
from kamdesk.errors import UserError
from kamdesk.services import reports_plans as plans
from kamdesk.services.changes import Changes
from kamdesk.services.reports_data import (
    DailyReport,
    MonthlyReport,
    PeriodSummary,
    list_reps,
    report_data,
)
from kamdesk.services.submissions import mark_annotations_read, mark_submitted, report_status
from kamdesk.ui.context import AppContext
from kamdesk.ui.reports.printing import figures, print_preview
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job

TEXT_FIELDS = ("plan_text", "summary_text", "key_problems", "hard_problems")


def _item(text: object, *, editable: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(str(text if text is not None else ""))
    if not editable:
        it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return it


def _fill(table: QTableWidget, header: list[str], rows: list[list[object]]) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(header)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, _item(value))
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


def _table() -> QTableWidget:
    t = QTableWidget()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(True)
    return t


class ReportView(QWidget):
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
            edit.setMaximumHeight(120)
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
        from kamdesk.services.reports_data import default_rep

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
        self.set_period(self.report_kind, current_key(self.report_kind, date.today()))

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
        day = pkind_old or date.today()
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
            data = report_data(self.ctx.db, self.report_kind, self.key, self.rep_uuid)
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

    def _show(self, data: DailyReport | PeriodSummary) -> None:
        lang = self.ctx.lang
        self.no_data.setVisible(not data.has_data)
        _fill(self.figures, [self.tr("Figure"), self.tr("Value")], [list(p) for p in figures(data, lang)])
        visits = data.visits_done if isinstance(data, DailyReport) else data.visits
        _fill(
            self.visits,
            [
                self.tr("Date"),
                self.tr("Account"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Objective"),
                self.tr("Outcome"),
            ],
            [
                [
                    f"{v.on} {v.at}",
                    v.account,
                    v.kind.label(lang),
                    v.status.label(lang),
                    v.objective,
                    v.outcome,
                ]
                for v in visits
            ],
        )
        if isinstance(data, DailyReport):
            _fill(
                self.moves,
                [self.tr("Account"), self.tr("Commitment"), self.tr("Due")],
                [[c.account, c.text, c.due_on or ""] for c in data.commitments_made + data.commitments_due],
            )
            self.tabs.setTabText(2, self.tr("Commitments"))
        else:
            _fill(
                self.moves,
                [self.tr("Date"), self.tr("Opportunity"), self.tr("Account"), self.tr("From"), self.tr("To")],
                [
                    [
                        m.at.strftime("%Y-%m-%d"),
                        m.opportunity,
                        m.account,
                        m.from_stage.code if m.from_stage else "",
                        m.to_stage.code,
                    ]
                    for m in data.stage_moves
                ],
            )
            self.tabs.setTabText(2, self.tr("Opportunities moved"))
        is_month = isinstance(data, MonthlyReport)
        self.tabs.setTabVisible(3, is_month)
        if isinstance(data, MonthlyReport):
            _fill(
                self.targets,
                [
                    self.tr("Metric"),
                    self.tr("Minimum"),
                    self.tr("Normal"),
                    self.tr("Stretch"),
                    self.tr("Actual"),
                    self.tr("Level reached"),
                ],
                [
                    [
                        t.metric.label(lang),
                        t.minimum or "",
                        t.normal or "",
                        t.stretch or "",
                        t.actual,
                        t.level.label(lang) if t.level else "—",
                    ]
                    for t in data.targets
                ],
            )
        for name in TEXT_FIELDS:
            self.texts[name].setPlainText(getattr(data.text, name))
        self._show_items()
        self._show_notes()
        self._show_status()
        self.submitted_button.setVisible(not is_month)
        self.submit_month_button.setVisible(is_month)
        self.longer_box.setVisible(is_month)
        if is_month:
            self._show_longer()

    def _show_items(self) -> None:
        assert self.data is not None
        self._loading = True
        self.items.setRowCount(len(self.data.items))
        for r, it in enumerate(self.data.items):
            text = _item(it.text, editable=True)
            text.setData(Qt.ItemDataRole.UserRole, it.uuid)
            self.items.setItem(r, 0, text)
            self.items.setItem(r, 1, _item(it.result, editable=True))
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            done.setCheckState(Qt.CheckState.Checked if it.done else Qt.CheckState.Unchecked)
            self.items.setItem(r, 2, done)
        self._loading = False

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

    def _longer_period(self) -> tuple[PeriodKind, str] | None:
        if self.data is None:
            return None
        kind = PeriodKind(self.longer_kind.currentData())
        return kind, period_key(kind, self.data.period.starts_on)

    def _show_longer(self) -> None:
        target = self._longer_period()
        if target is None:
            return
        kind, key = target
        self.longer_key.setText(key)
        self.longer_text.setPlainText(plans.period_text(self.ctx.db, kind, key, rep=self.rep_uuid).plan_text)

    def save_longer(self) -> None:
        target = self._longer_period()
        if target is None:
            return
        kind, key = target
        result = plans.save_period_text(
            self.ctx.db, kind, key, rep=self.rep_uuid, plan_text=self.longer_text.toPlainText()
        )
        self.saved_label.setText(self.tr("Saved"))
        self.ctx.hub.publish(result.changes)

    # --- editing -------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.saved_label.setText(self.tr("Not saved yet"))

    def _save_if_dirty(self) -> None:
        if self._dirty and self.data is not None:
            self.save_text()

    def save_text(self) -> bool:
        if self.data is None:
            return False
        values = {name: self.texts[name].toPlainText() for name in TEXT_FIELDS}
        try:
            result = plans.save_period_text(
                self.ctx.db, self.data.period.kind, self.data.period.key, rep=self.rep_uuid, **values
            )
        except UserError as exc:
            self.saved_label.setText(str(exc))
            return False
        self._dirty = False
        self.saved_label.setText(self.tr("Saved"))
        self.ctx.hub.publish(result.changes)
        return True

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row = item.row()
        key_item = self.items.item(row, 0)
        if key_item is None:
            return
        uuid = key_item.data(Qt.ItemDataRole.UserRole)
        try:
            if item.column() == 0:
                result = plans.update_plan_item(self.ctx.db, uuid, text=item.text())
            elif item.column() == 1:
                result = plans.update_plan_item(self.ctx.db, uuid, result=item.text())
            else:
                result = plans.update_plan_item(
                    self.ctx.db, uuid, done=item.checkState() == Qt.CheckState.Checked
                )
        except UserError as exc:
            self.item_error.setText(str(exc))
            return
        self.item_error.setText("")
        self.ctx.hub.publish(result.changes)

    def add_item(self) -> None:
        if self.data is None:
            return
        try:
            result = plans.add_plan_item(
                self.ctx.db,
                self.data.period.kind,
                self.data.period.key,
                self.new_item.text(),
                rep=self.rep_uuid,
            )
        except UserError as exc:
            self.item_error.setText(
                self.tr("A plan item needs some text.") if "text" in str(exc) else str(exc)
            )
            return
        self.item_error.setText("")
        self.new_item.clear()
        self._after_item_change(result.changes)

    def _selected_item_uuid(self) -> str | None:
        row = self.items.currentRow()
        item = self.items.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def move_item(self, delta: int) -> None:
        uuid = self._selected_item_uuid()
        if uuid:
            row = self.items.currentRow()
            self._after_item_change(plans.move_plan_item(self.ctx.db, uuid, delta).changes)
            self.items.setCurrentCell(max(0, min(self.items.rowCount() - 1, row + delta)), 0)

    def delete_item(self) -> None:
        uuid = self._selected_item_uuid()
        if uuid:
            self._after_item_change(plans.delete_plan_item(self.ctx.db, uuid).changes)

    def _after_item_change(self, changes: Changes) -> None:
        dirty, texts = self._dirty, {n: self.texts[n].toPlainText() for n in TEXT_FIELDS}
        self.reload()
        if dirty:  # an unsaved text edit survives the reload
            self._loading = True
            for n, v in texts.items():
                self.texts[n].setPlainText(v)
            self._loading = False
            self._dirty = True
        self.ctx.hub.publish(changes)

    # --- output ------------------------------------------------------------------------------
    def make_pdf(self, path: Path | str | None = None) -> Path | None:
        """Write the PDF (asks where unless ``path`` is given), off the GUI thread."""
        if self.data is None:
            return None
        self._save_if_dirty()
        if path is None:
            suggested = f"{self.report_kind.code}-{self.data.period.key}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the report as PDF"), suggested, "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        kind, key, rep, lang, db = (
            self.report_kind,
            self.data.period.key,
            self.rep_uuid,
            self.ctx.lang,
            self.ctx.db,
        )

        def work(progress: JobProgress) -> Path:
            from kamdesk.reports.common import render_report

            progress.report(0, 2, self.tr("Gathering the figures…"))
            data = report_data(db, kind, key, rep)
            progress.report(1, 2, self.tr("Laying out the PDF…"))
            out = render_report(data, target, lang)
            progress.report(2, 2)
            return out

        written = run_job(self, self.tr("Make PDF"), work)
        if written is None:
            return None
        self.last_pdf = written
        url = QUrl.fromLocalFile(str(written)).toString()
        self.pdf_label.setText(
            self.tr("PDF written: {path}").format(path=written.name)
            + f' — <a href="{url}">{self.tr("Open")}</a>'
        )
        self.pdf_written.emit(str(written))
        return written

    def print_report(self) -> None:
        if self.data is None:
            return
        self._save_if_dirty()
        dialog = print_preview(self, self.data, self.ctx.lang)
        dialog.exec()

    def mark_submitted(self) -> None:
        if self.data is None:
            return
        self._save_if_dirty()
        result = mark_submitted(
            self.ctx.db,
            self.report_kind,
            self.data.period.key,
            rep=self.rep_uuid,
            file_name=str(self.last_pdf) if self.last_pdf else None,
        )
        self.ctx.hub.publish(result.changes)
        self._show_status()

    def open_submission_dialog(self) -> None:
        if self.data is None:
            return
        self._save_if_dirty()
        from kamdesk.ui.reports.submit_dialog import SubmitDialog

        dialog = SubmitDialog(self.ctx, self.data.period.key, rep=self.rep_uuid, parent=self)
        dialog.exec()
        self._show_status()

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
