"""The opportunity editor: overview, exit-criteria checklist, TAS, value
matrix and nine-grid, competition (rivals, weighted evaluation, product
comparison), progress against the main rival, stage history.

"Save" writes the overview, TAS answers, value scores and opening, the
evaluation table and the product comparison — after checking every field, so a
bad value is shown at its field and nothing is lost. The checklist, rivals,
progress points and stage moves are their own actions and apply at once.
"""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.evaluation import ProductAspect, TasAnswerKind, TasQuestion, tas_verdict, weights_problem
from kamdesk.domain.matrix import nine_grid, value_type
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import opportunities as ops
from kamdesk.services import pipeline as pl
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities import moves
from kamdesk.ui.opportunities.nine_grid import NineGridWidget
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.charts import LineChart
from kamdesk.ui.widgets.dates import OptionalDateEdit

ERROR_STYLE = "color: #c0392b;"


def stage_of(code: object) -> Stage:
    """The stage with ``code`` ("G".."S")."""
    for stage in Stage:
        if stage.code == str(code):
            return stage
    raise ValueError(f"unknown stage {code!r}")


class AccountField(QComboBox):
    """An editable combo that finds accounts as the user types."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        edit = self.lineEdit()
        if edit is not None:
            edit.textEdited.connect(lambda _t: self._timer.start())
        self._fill("")

    def _fill(self, text: str) -> None:
        current = self.currentText()
        self.blockSignals(True)
        self.clear()
        for uuid, name in pl.accounts_for_choice(self.ctx.db, text, limit=50):
            self.addItem(name, uuid)
        self.setEditText(current if text else "")
        self.blockSignals(False)

    def _search(self) -> None:
        text = self.currentText()
        self._fill(text)
        self.setEditText(text)
        if self.count():
            self.showPopup()

    def set_account(self, uuid: str, name: str) -> None:
        if self.findData(uuid) < 0:
            self.addItem(name, uuid)
        self.setCurrentIndex(self.findData(uuid))

    def account_uuid(self) -> str | None:
        text = self.currentText().strip()
        i = self.findText(text, Qt.MatchFlag.MatchExactly)
        return str(self.itemData(i)) if i >= 0 else None


class CompetitorDialog(QDialog):
    def __init__(self, ctx: AppContext, row: ops.CompetitorRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Competitor"))
        form = QFormLayout(self)
        self.name = QLineEdit(row.name if row else "")
        self.account = QComboBox()
        self.account.addItem(self.tr("(not linked)"), None)
        for uuid, name in pl.competitor_accounts(ctx.db):
            self.account.addItem(name, uuid)
        if row and row.account_uuid:
            self.account.setCurrentIndex(max(self.account.findData(row.account_uuid), 0))
        self.account.currentIndexChanged.connect(self._account_chosen)
        self.main = QCheckBox(self.tr("Main competitor"))
        self.main.setChecked(bool(row and row.is_main))
        self.strengths = QPlainTextEdit(row.strengths or "" if row else "")
        self.weaknesses = QPlainTextEdit(row.weaknesses or "" if row else "")
        for edit in (self.strengths, self.weaknesses):
            edit.setFixedHeight(60)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Competitor account"), self.account)
        form.addRow("", self.main)
        form.addRow(self.tr("Strengths"), self.strengths)
        form.addRow(self.tr("Weaknesses"), self.weaknesses)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _account_chosen(self) -> None:
        if self.account.currentData() and not self.name.text().strip():
            self.name.setText(self.account.currentText())

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("Name the competitor."))
            return
        self.accept()


class OpportunityEditor(QDialog):
    """Edit one opportunity (``uuid``) or create one (``uuid`` None; the
    other tabs open once it is saved)."""

    def __init__(
        self,
        ctx: AppContext,
        uuid: str | None = None,
        parent: QWidget | None = None,
        *,
        account: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.uuid = uuid
        self.detail: ops.OpportunityDetail | None = None
        self.setWindowTitle(self.tr("Opportunity"))
        self.resize(1040, 720)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_overview()
        self._build_checklist()
        self._build_tas()
        self._build_value()
        self._build_competition()
        self._build_progress()
        self._build_history()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button = self.buttons.addButton(
            self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.clicked.connect(self._delete)
        self.map_button = self.buttons.addButton(
            self.tr("Stakeholder map"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.map_button.setToolTip(self.tr("Open this opportunity's stakeholder map"))
        self.map_button.clicked.connect(self.open_map)
        self.map_button.setEnabled(uuid is not None)
        layout.addWidget(self.buttons)
        self.dirty = False
        if uuid:
            self.load()
        else:
            self._set_new(account)

    # --- building ----------------------------------------------------------------
    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        self.errors[key] = label
        return label

    def _row(self, form: QFormLayout, title: str, widget: QWidget, key: str) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        v.addWidget(widget)
        v.addWidget(self._error_label(key))
        form.addRow(title, box)

    def _build_overview(self) -> None:
        self.errors: dict[str, QLabel] = {}
        page = QWidget()
        grid = QHBoxLayout(page)
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            grid.addLayout(column, 1)
        self.name = QLineEdit()
        self.number = QLineEdit()
        self.account = AccountField(self.ctx)
        self.owner = QComboBox()
        self.owner.addItem("—", None)
        for uuid, name, _me in pl.reps(self.ctx.db):
            self.owner.addItem(name, uuid)
        stage_box = QWidget()
        sh = QHBoxLayout(stage_box)
        sh.setContentsMargins(0, 0, 0, 0)
        self.stage_label = QLabel()
        self.move_combo = QComboBox()
        for stage in Stage:
            self.move_combo.addItem(
                f"{stage.code} {stage.label(self.ctx.lang)} ({stage.win_pct}%)", stage.code
            )
        self.move_button = QPushButton(self.tr("Move"))
        self.move_button.clicked.connect(self._move)
        sh.addWidget(self.stage_label, 1)
        sh.addWidget(self.move_combo)
        sh.addWidget(self.move_button)
        status_box = QWidget()
        st = QHBoxLayout(status_box)
        st.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.won_button = QPushButton(self.tr("Won…"))
        self.lost_button = QPushButton(self.tr("Lost…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.won_button.clicked.connect(self._won)
        self.lost_button.clicked.connect(self._lost)
        self.reopen_button.clicked.connect(self._reopen)
        st.addWidget(self.status_label, 1)
        for b in (self.won_button, self.lost_button, self.reopen_button):
            st.addWidget(b)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 60000"))
        self.win_override = QLineEdit()
        self.win_override.setPlaceholderText(self.tr("blank: the stage's win %"))
        self.started_on = OptionalDateEdit()
        self.expected_close = OptionalDateEdit()
        self.weighted_label = QLabel()
        self._row(left, self.tr("Name"), self.name, "name")
        self._row(left, self.tr("Project no."), self.number, "number")
        self._row(left, self.tr("Account"), self.account, "account")
        self._row(left, self.tr("Owner"), self.owner, "owner")
        self._row(left, self.tr("Stage"), stage_box, "stage")
        self._row(left, self.tr("Status"), status_box, "status")
        self._row(left, self.tr("Amount (¥)"), self.amount, "amount")
        self._row(left, self.tr("Win % override"), self.win_override, "win_pct_override")
        left.addRow(self.tr("Weighted"), self.weighted_label)
        self._row(left, self.tr("Started on"), self.started_on, "started_on")
        self._row(left, self.tr("Expected close"), self.expected_close, "expected_close")
        self.objective = QPlainTextEdit()
        self.breakthroughs = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        self.assessment = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for key, title, edit in (
            ("objective", self.tr("Project objective"), self.objective),
            ("breakthroughs", self.tr("Breakthroughs so far"), self.breakthroughs),
            ("next_steps", self.tr("Next steps"), self.next_steps),
            ("manager_assessment", self.tr("Manager's assessment"), self.assessment),
            ("notes", self.tr("Notes"), self.notes),
        ):
            edit.setFixedHeight(70)
            self._row(right, title, edit, key)
        self.tabs.addTab(page, self.tr("Overview"))

    def _build_checklist(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(
            QLabel(
                self.tr(
                    "Exit criteria per stage: tick what is done. Moving past a stage with unticked criteria asks first and records them."
                )
            )
        )
        self.checklist = QTreeWidget()
        self.checklist.setHeaderLabels([self.tr("Criterion"), self.tr("Done on")])
        self.checklist.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.itemChanged.connect(self._tick)
        v.addWidget(self.checklist, 1)
        h = QHBoxLayout()
        for text, slot in (
            (self.tr("Add criterion…"), self._add_criterion),
            (self.tr("Edit…"), self._edit_criterion),
            (self.tr("Remove"), self._remove_criterion),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            h.addWidget(b)
        h.addStretch(1)
        v.addLayout(h)
        self.tabs.addTab(page, self.tr("Exit criteria"))

    def _build_tas(self) -> None:
        page = QWidget()
        grid = QGridLayout(page)
        self.tas_answer: dict[int, QComboBox] = {}
        self.tas_evidence: dict[int, QPlainTextEdit] = {}
        grid.addWidget(QLabel(self.tr("Question")), 0, 0)
        grid.addWidget(QLabel(self.tr("Answer")), 0, 1)
        grid.addWidget(QLabel(self.tr("Evidence")), 0, 2)
        for i, q in enumerate(TasQuestion, start=1):
            grid.addWidget(QLabel(q.label(self.ctx.lang)), i, 0)
            combo = QComboBox()
            combo.addItem("—", None)
            for kind in TasAnswerKind:
                combo.addItem(kind.label(self.ctx.lang), kind.code)
            combo.currentIndexChanged.connect(self._tas_changed)
            edit = QPlainTextEdit()
            edit.setFixedHeight(64)
            edit.setPlaceholderText(self.tr("What shows it: facts, who said what, when"))
            self.tas_answer[q.number] = combo
            self.tas_evidence[q.number] = edit
            grid.addWidget(combo, i, 1)
            grid.addWidget(edit, i, 2)
        self.tas_verdict = QLabel()
        grid.addWidget(self.tas_verdict, 5, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(6, 1)
        self.tabs.addTab(page, self.tr("TAS"))

    def _build_value(self) -> None:
        page = QWidget()
        h = QHBoxLayout(page)
        box = QGroupBox(self.tr("Customer value matrix"))
        form = QFormLayout(box)
        self.short_term = QSpinBox()
        self.long_term = QSpinBox()
        for spin in (self.short_term, self.long_term):
            spin.setRange(0, 10)
            spin.setSpecialValueText("—")
            spin.valueChanged.connect(self._value_changed)
        self.value_result = QLabel()
        self.value_result.setWordWrap(True)
        self._row(form, self.tr("Short-term revenue (1–10)"), self.short_term, "short_term_revenue")
        self._row(form, self.tr("Long-term impact (1–10)"), self.long_term, "long_term_impact")
        hint = QLabel(
            self.tr("Long-term impact: follow-on business, brand and reference value, team morale.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6670;")
        form.addRow(hint)
        form.addRow(self.value_result)
        h.addWidget(box, 1)
        grid_box = QGroupBox(self.tr("Opening position (nine-grid)"))
        gv = QVBoxLayout(grid_box)
        self.nine_grid = NineGridWidget(lang=self.ctx.lang, picker=True)
        self.nine_grid.cell_chosen.connect(self._cell_chosen)
        self.grid_result = QLabel()
        self.grid_result.setWordWrap(True)
        clear = QPushButton(self.tr("Clear opening"))
        clear.clicked.connect(lambda: self._cell_chosen(None))
        gv.addWidget(self.nine_grid, 1)
        gv.addWidget(self.grid_result)
        gv.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        h.addWidget(grid_box, 2)
        self.tabs.addTab(page, self.tr("Value and opening"))

    def _build_competition(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        split = QSplitter(Qt.Orientation.Vertical)
        v.addWidget(split, 1)
        top = QWidget()
        th = QHBoxLayout(top)
        th.setContentsMargins(0, 0, 0, 0)
        comp_box = QGroupBox(self.tr("Competitors"))
        cv = QVBoxLayout(comp_box)
        self.comp_table = QTableWidget(0, 3)
        self.comp_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Main"), self.tr("Strengths / weaknesses")]
        )
        self.comp_table.horizontalHeader().setStretchLastSection(True)
        self.comp_table.verticalHeader().setVisible(False)
        self.comp_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comp_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comp_table.doubleClicked.connect(self._edit_competitor)
        cv.addWidget(self.comp_table)
        ch = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self._add_competitor),
            (self.tr("Edit…"), self._edit_competitor),
            (self.tr("Remove"), self._remove_competitor),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            ch.addWidget(b)
        cv.addLayout(ch)
        th.addWidget(comp_box, 1)
        eval_box = QGroupBox(self.tr("Weighted evaluation (scores 0–10)"))
        ev = QVBoxLayout(eval_box)
        self.eval_table = QTableWidget(0, 3)
        self.eval_table.itemChanged.connect(self._eval_changed)
        self.eval_table.verticalHeader().setVisible(False)
        ev.addWidget(self.eval_table, 1)
        eh = QHBoxLayout()
        add_c = QPushButton(self.tr("Add criterion"))
        add_c.clicked.connect(self._add_eval_row)
        rem_c = QPushButton(self.tr("Remove criterion"))
        rem_c.clicked.connect(self._remove_eval_row)
        self.eval_totals = QLabel()
        self.eval_totals.setWordWrap(True)
        font = self.eval_totals.font()
        font.setBold(True)
        self.eval_totals.setFont(font)
        eh.addWidget(add_c)
        eh.addWidget(rem_c)
        eh.addWidget(self.eval_totals, 1)
        ev.addLayout(eh)
        self.errors["weights"] = QLabel()
        self.errors["weights"].setStyleSheet(ERROR_STYLE)
        self.errors["weights"].setVisible(False)
        ev.addWidget(self.errors["weights"])
        th.addWidget(eval_box, 2)
        split.addWidget(top)
        comp_box2 = QGroupBox(self.tr("Product comparison"))
        pv = QVBoxLayout(comp_box2)
        self.product_table = QTableWidget(len(ProductAspect), 2)
        self.product_table.setVerticalHeaderLabels([a.label(self.ctx.lang) for a in ProductAspect])
        pv.addWidget(self.product_table)
        self.errors["comparison"] = QLabel()
        self.errors["comparison"].setStyleSheet(ERROR_STYLE)
        self.errors["comparison"].setVisible(False)
        pv.addWidget(self.errors["comparison"])
        split.addWidget(comp_box2)
        self.tabs.addTab(page, self.tr("Competition"))

    def _build_progress(self) -> None:
        page = QWidget()
        h = QHBoxLayout(page)
        self.progress_chart = LineChart()
        self.progress_chart.y_title = self.tr("Vs main rival (−5…+5)")
        self.progress_chart.empty_text = self.tr("No progress points yet")
        h.addWidget(self.progress_chart, 2)
        side = QVBoxLayout()
        self.progress_table = QTableWidget(0, 3)
        self.progress_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Progress"), self.tr("Note")])
        self.progress_table.horizontalHeader().setStretchLastSection(True)
        self.progress_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_table.verticalHeader().setVisible(False)
        self.progress_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        side.addWidget(self.progress_table, 1)
        form = QFormLayout()
        self.point_date = QDateEdit(QDate.currentDate())
        self.point_date.setCalendarPopup(True)
        self.point_date.setDisplayFormat("yyyy-MM-dd")
        self.point_value = QSpinBox()
        self.point_value.setRange(-5, 5)
        self.point_note = QLineEdit()
        form.addRow(self.tr("Date"), self.point_date)
        form.addRow(self.tr("Progress"), self.point_value)
        form.addRow(self.tr("Note"), self.point_note)
        side.addLayout(form)
        bh = QHBoxLayout()
        add = QPushButton(self.tr("Add point"))
        add.clicked.connect(self._add_point)
        rem = QPushButton(self.tr("Remove point"))
        rem.clicked.connect(self._remove_point)
        bh.addWidget(add)
        bh.addWidget(rem)
        side.addLayout(bh)
        h.addLayout(side, 1)
        self.tabs.addTab(page, self.tr("Progress vs rival"))

    def _build_history(self) -> None:
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Move"), self.tr("Unmet exit criteria"), self.tr("Note")]
        )
        self.history.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setWordWrap(True)
        self.history.verticalHeader().setVisible(False)
        self.tabs.addTab(self.history, self.tr("Stage history"))

    # --- loading -----------------------------------------------------------------
    def _set_new(self, account: str | None) -> None:
        self.header.setText(self.tr("New opportunity"))
        self.stage_label.setText(f"G {Stage.G.label(self.ctx.lang)}")
        self.move_combo.setEnabled(False)
        self.move_button.setEnabled(False)
        for b in (self.won_button, self.lost_button, self.reopen_button):
            b.setVisible(False)
        self.delete_button.setVisible(False)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, False)
        self.started_on.set_date_value(date.today())
        for uuid, _name, is_me in pl.reps(self.ctx.db):
            if is_me:
                self.owner.setCurrentIndex(self.owner.findData(uuid))
        if account:
            for uuid, name in pl.accounts_for_choice(self.ctx.db, "", limit=10_000):
                if uuid == account:
                    self.account.set_account(uuid, name)
                    break
        self._value_changed()
        self._cell_chosen(None)
        self._saved = self._snapshot()

    def load(self) -> None:
        assert self.uuid
        self.map_button.setEnabled(True)
        d = ops.get_opportunity(self.ctx.db, self.uuid)
        self.detail = d
        lang = self.ctx.lang
        self.header.setText(f"{d.name} — {d.account_name}")
        self.name.setText(d.name)
        self.number.setText(d.number or "")
        self.account.set_account(d.account_uuid, d.account_name)
        self.owner.setCurrentIndex(max(self.owner.findData(d.owner_uuid), 0))
        self.stage_label.setText(f"{d.stage.code} {d.stage.label(lang)} · {d.stage.customer_step(lang)}")
        self.move_combo.setCurrentIndex(self.move_combo.findData(d.stage.code))
        is_open = d.status is OpportunityStatus.OPEN
        self.move_combo.setEnabled(is_open)
        self.move_button.setEnabled(is_open)
        status = d.status.label(lang)
        if d.closed_on:
            status += f" {d.closed_on.isoformat()}"
        if d.close_reason:
            status += f" · {d.close_reason}"
        self.status_label.setText(status)
        self.won_button.setVisible(is_open)
        self.lost_button.setVisible(is_open)
        self.reopen_button.setVisible(not is_open)
        self.amount.setText(
            ""
            if d.amount is None
            else f"{d.amount:.0f}"
            if d.amount == d.amount.to_integral_value()
            else f"{d.amount:f}"
        )
        self.win_override.setText(str(d.win_pct_override) if d.win_pct_override is not None else "")
        self.weighted_label.setText(f"¥{d.weighted:,.2f} ({d.win_pct}%)")
        self.started_on.set_date_value(d.started_on)
        self.expected_close.set_date_value(d.expected_close)
        for edit, value in (
            (self.objective, d.objective),
            (self.breakthroughs, d.breakthroughs),
            (self.next_steps, d.next_steps),
            (self.assessment, d.manager_assessment),
            (self.notes, d.notes),
        ):
            edit.setPlainText(value or "")
        self.short_term.setValue(d.short_term_revenue or 0)
        self.long_term.setValue(d.long_term_impact or 0)
        self._cell_chosen(d.nine_grid_cell)
        for row in ops.tas_answers(self.ctx.db, self.uuid):
            combo = self.tas_answer[row.question.number]
            combo.setCurrentIndex(max(combo.findData(row.answer.code if row.answer else None), 0))
            self.tas_evidence[row.question.number].setPlainText(row.evidence or "")
        self._tas_changed()
        self._load_checklist()
        self._load_competition()
        self._load_progress()
        self._load_history()
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        self.delete_button.setVisible(True)
        self._clear_errors()
        self._saved = self._snapshot()

    def _snapshot(self) -> tuple[object, ...]:
        """What "Save" would write, to tell whether closing loses anything."""
        fields = self._overview_fields()
        tas = tuple((c.currentData(), self.tas_evidence[n].toPlainText()) for n, c in self.tas_answer.items())
        evaluation = self._eval_weights_scores()
        comparison = tuple(
            (item.text() if (item := self.product_table.item(r, c)) else "")
            for r in range(self.product_table.rowCount())
            for c in range(self.product_table.columnCount())
        )
        return (
            tuple(sorted((k, str(v)) for k, v in fields.items())),
            self.account.currentText(),
            tas,
            repr(evaluation),
            comparison,
        )

    def has_unsaved_changes(self) -> bool:
        return self._snapshot() != self._saved

    def open_map(self) -> None:
        """Close the editor (asking first about unsaved changes) and show
        this opportunity's stakeholder map on the maps page."""
        if not self.uuid:
            return
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close without saving your changes?"),
            default_yes=False,
        ):
            return
        uuid = self.uuid
        super().reject()
        self.ctx.hub.navigate.emit("maps", uuid)

    def reject(self) -> None:
        if self.has_unsaved_changes() and not messages.ask_yes_no(
            self,
            self.tr("Unsaved changes"),
            self.tr("Close without saving your changes?"),
            default_yes=False,
        ):
            return
        super().reject()

    def _load_checklist(self) -> None:
        assert self.uuid
        self.checklist.blockSignals(True)
        self.checklist.clear()
        current = self.detail.stage if self.detail else Stage.G
        groups: dict[Stage, QTreeWidgetItem] = {}
        for stage in Stage:
            group = QTreeWidgetItem([f"{stage.code} {stage.label(self.ctx.lang)} ({stage.win_pct}%)"])
            font = group.font(0)
            font.setBold(stage is current)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.checklist.addTopLevelItem(group)
            groups[stage] = group
        for item in ops.checklist(self.ctx.db, self.uuid):
            child = QTreeWidgetItem([item.text, item.done_on.isoformat() if item.done_on else ""])
            child.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            child.setCheckState(0, Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            child.setData(0, Qt.ItemDataRole.UserRole, item.uuid)
            groups[item.stage].addChild(child)
        for stage, group in groups.items():
            done = 0
            for i in range(group.childCount()):
                child_item = group.child(i)
                if child_item is not None and child_item.checkState(0) == Qt.CheckState.Checked:
                    done += 1
            group.setText(1, f"{done}/{group.childCount()}")
            group.setExpanded(stage.order <= current.order + 1)
        self.checklist.blockSignals(False)

    def _load_competition(self) -> None:
        assert self.uuid
        self.comps = ops.competitors(self.ctx.db, self.uuid)
        self.comp_table.setRowCount(len(self.comps))
        for r, c in enumerate(self.comps):
            self.comp_table.setItem(r, 0, QTableWidgetItem(c.name))
            self.comp_table.setItem(r, 1, QTableWidgetItem("★" if c.is_main else ""))
            text = " / ".join(x for x in (c.strengths or "", c.weaknesses or "") if x)
            self.comp_table.setItem(r, 2, QTableWidgetItem(text))
        self.comp_table.resizeColumnsToContents()
        table = ops.evaluation(self.ctx.db, self.uuid)
        self.parties = list(table.parties)
        us = self.tr("Us")
        names = [us if not key else name for key, name in self.parties]
        self.eval_table.blockSignals(True)
        self.eval_table.clear()
        self.eval_table.setColumnCount(2 + len(self.parties))
        self.eval_table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Weight"), *names])
        self.eval_table.setRowCount(len(table.criteria))
        for r, crit in enumerate(table.criteria):
            self.eval_table.setItem(r, 0, QTableWidgetItem(crit.name))
            self.eval_table.setItem(r, 1, QTableWidgetItem(f"{crit.weight:g}"))
            for p, (key, _name) in enumerate(self.parties):
                score = table.scores[key][r]
                self.eval_table.setItem(r, 2 + p, QTableWidgetItem("" if score is None else f"{score:g}"))
        self.eval_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.eval_table.blockSignals(False)
        self._eval_changed()
        rows = ops.product_comparison(self.ctx.db, self.uuid)
        self.product_table.clear()
        self.product_table.setColumnCount(2 * len(self.parties))
        headers = []
        desc_title = self.tr("Description")
        score_title = self.tr("Score")
        for name in names:
            headers += [f"{name} · {desc_title}", f"{name} · {score_title}"]
        self.product_table.setHorizontalHeaderLabels(headers)
        self.product_table.setVerticalHeaderLabels([a.label(self.ctx.lang) for a in ProductAspect])
        index = {a: i for i, a in enumerate(ProductAspect)}
        keys = [k for k, _ in self.parties]
        for row in rows:
            if row.party not in keys:
                continue
            col = keys.index(row.party)
            self.product_table.setItem(index[row.aspect], 2 * col, QTableWidgetItem(row.description or ""))
            self.product_table.setItem(
                index[row.aspect],
                2 * col + 1,
                QTableWidgetItem("" if row.score is None else f"{row.score:g}"),
            )
        self.product_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _load_progress(self) -> None:
        assert self.uuid
        self.points = ops.progress_points(self.ctx.db, self.uuid)
        self.progress_table.setRowCount(len(self.points))
        for r, pt in enumerate(self.points):
            self.progress_table.setItem(r, 0, QTableWidgetItem(pt.on.isoformat()))
            self.progress_table.setItem(r, 1, QTableWidgetItem(f"{pt.value:+d}" if pt.value else "0"))
            note = " · ".join(x for x in (pt.competitor_name or "", pt.note or "") if x)
            self.progress_table.setItem(r, 2, QTableWidgetItem(note))
        self.progress_chart.set_data(
            [p.on.strftime("%m-%d") for p in self.points],
            [p.value for p in self.points],
            [float(p.on.toordinal()) for p in self.points],
        )
        main = next((c.name for c in ops.competitors(self.ctx.db, self.uuid) if c.is_main), "")
        self.progress_chart.title = (
            self.tr("Progress vs %1").replace("%1", main) if main else self.tr("Progress vs main rival")
        )

    def _load_history(self) -> None:
        assert self.uuid
        rows = ops.stage_history(self.ctx.db, self.uuid)
        self.history.setRowCount(len(rows))
        for r, h in enumerate(rows):
            self.history.setItem(r, 0, QTableWidgetItem(h.at.astimezone().strftime("%Y-%m-%d %H:%M")))
            move = f"{h.from_stage.code} → {h.to_stage.code}" if h.from_stage else f"→ {h.to_stage.code}"
            self.history.setItem(r, 1, QTableWidgetItem(move))
            unmet = QTableWidgetItem("\n".join(h.unmet_criteria))
            if h.unmet_criteria:
                unmet.setForeground(Qt.GlobalColor.darkRed)
            self.history.setItem(r, 2, unmet)
            self.history.setItem(r, 3, QTableWidgetItem(h.note or ""))
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        self.history.resizeRowsToContents()

    # --- live feedback -----------------------------------------------------------
    def _value_changed(self) -> None:
        st, lt = self.short_term.value(), self.long_term.value()
        if st and lt:
            vt = value_type(st, lt)
            self.value_result.setText(
                self.tr("Type %1: %2\nStrategy: %3")
                .replace("%1", vt.code)
                .replace("%2", vt.label(self.ctx.lang))
                .replace("%3", vt.strategy(self.ctx.lang))
            )
        else:
            self.value_result.setText(self.tr("Score both axes to see the type and its strategy."))

    def _cell_chosen(self, cell: str | None) -> None:
        self.nine_grid.set_selected(cell)
        sel = self.nine_grid.selection()
        if sel is None:
            self.grid_result.setText(
                self.tr("Click the cell that matches whose territory it is and who leads now.")
            )
            return
        info = nine_grid(*sel)
        lang = self.ctx.lang
        self.grid_result.setText(
            self.tr("%1 opening (%2, %3), %4: %5")
            .replace("%1", info.cell)
            .replace("%2", sel[0].label(lang))
            .replace("%3", sel[1].label(lang))
            .replace("%4", info.kind.label(lang))
            .replace("%5", info.strategy(lang))
        )

    def _tas_changed(self) -> None:
        answers = {n: combo.currentData() for n, combo in self.tas_answer.items()}
        verdict = tas_verdict(answers)
        text = {
            "go": self.tr("All four answered yes: pursue it."),
            "stop": self.tr("At least one answer is no: think twice before investing."),
            "open": self.tr("Not decided yet: find the evidence for the open questions."),
        }[verdict]
        self.tas_verdict.setText(text)

    def _eval_weights_scores(self) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
        criteria = []
        scores: dict[str, list[str]] = {key: [] for key, _ in getattr(self, "parties", [])}
        for r in range(self.eval_table.rowCount()):
            name_item, weight_item = self.eval_table.item(r, 0), self.eval_table.item(r, 1)
            name = name_item.text() if name_item else ""
            weight = weight_item.text() if weight_item else ""
            criteria.append((name, weight))
            for p, (key, _n) in enumerate(getattr(self, "parties", [])):
                item = self.eval_table.item(r, 2 + p)
                scores[key].append(item.text() if item else "")
        return criteria, scores

    def _eval_changed(self, *_args: object) -> None:
        criteria, scores = self._eval_weights_scores()
        try:
            weights = [Decimal(w.strip() or "0") for _n, w in criteria]
        except ArithmeticError:
            self.eval_totals.setText(self.tr("A weight is not a number."))
            return
        total = sum(weights, Decimal(0))
        us = self.tr("Us")
        parts = [self.tr("Weights total %1").replace("%1", f"{total.normalize():f}")]
        for key, name in getattr(self, "parties", []):
            value = Decimal(0)
            for w, s in zip(weights, scores[key], strict=False):
                with contextlib.suppress(ArithmeticError):
                    value += w * Decimal(s.strip() or "0")
            parts.append(f"{name or us}: {value.quantize(Decimal('0.01'))}")
        self.eval_totals.setText("   ".join(parts))
        ok = weights_problem(weights) is None
        self.eval_totals.setStyleSheet("" if ok else ERROR_STYLE)

    # --- actions -----------------------------------------------------------------
    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def _show_errors(self, errors: dict[str, str]) -> None:
        shown = False
        for field, message in errors.items():
            key = field.split(".")[0]
            key = {"score": "weights", "criterion": "weights", "scores": "weights"}.get(key, key)
            label = self.errors.get(key)
            if label is None:
                continue
            label.setText(message)
            label.setVisible(True)
            shown = True
        if not shown:
            messages.show_error(self, self.tr("Opportunity"), "\n".join(errors.values()))

    def _overview_fields(self) -> dict[str, object]:
        sel = self.nine_grid.selection()
        return {
            "name": self.name.text(),
            "number": self.number.text(),
            "owner": self.owner.currentData(),
            "amount": self.amount.text(),
            "win_pct_override": self.win_override.text(),
            "started_on": self.started_on.date_value(),
            "expected_close": self.expected_close.date_value(),
            "objective": self.objective.toPlainText(),
            "breakthroughs": self.breakthroughs.toPlainText(),
            "next_steps": self.next_steps.toPlainText(),
            "manager_assessment": self.assessment.toPlainText(),
            "notes": self.notes.toPlainText(),
            "short_term_revenue": self.short_term.value() or None,
            "long_term_impact": self.long_term.value() or None,
            "territory": sel[0] if sel else None,
            "lead": sel[1] if sel else None,
        }

    def save(self) -> bool:
        """Check everything, then write; on a bad value show it and keep the form."""
        self._clear_errors()
        fields = self._overview_fields()
        account = self.account.account_uuid()
        if account is None:
            self._show_errors({"account": self.tr("Choose an existing account from the list.")})
            self.tabs.setCurrentIndex(0)
            return False
        try:
            if self.uuid is None:
                result = ops.create_opportunity(self.ctx.db, account=account, **fields)  # type: ignore[arg-type]
                self.uuid = result.value.uuid
                self.ctx.hub.publish(result.changes)
                self.load()
                return True
            criteria, scores = self._eval_weights_scores()
            problem = None
            try:
                problem = weights_problem([Decimal(w.strip() or "x") for _n, w in criteria])
            except ArithmeticError:
                problem = self.tr("A weight is not a number.")
            if problem:
                self._show_errors({"weights": problem})
                self.tabs.setCurrentIndex(4)
                return False
            comparison = self._comparison_rows()
            result = ops.update_opportunity(self.ctx.db, self.uuid, account=account, **fields)
            changes = result.changes
            for n in self.tas_answer:
                ops.set_tas_answer(
                    self.ctx.db,
                    self.uuid,
                    n,
                    self.tas_answer[n].currentData(),
                    self.tas_evidence[n].toPlainText(),
                )
            ops.save_evaluation(self.ctx.db, self.uuid, criteria, scores)
            ops.save_product_comparison(self.ctx.db, self.uuid, comparison)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            if set(exc.errors) & {"weights", "scores"} or any(k.startswith("score") for k in exc.errors):
                self.tabs.setCurrentIndex(4)
            elif set(exc.errors) & {"short_term_revenue", "long_term_impact"}:
                self.tabs.setCurrentIndex(3)
            else:
                self.tabs.setCurrentIndex(0)
            return False
        except UserError as exc:
            messages.show_exception(self, self.tr("Opportunity"), exc)
            return False
        self.ctx.hub.publish(changes)
        self.load()
        return True

    def _comparison_rows(self) -> list[ops.ComparisonRow]:
        rows = []
        errors: dict[str, str] = {}
        for r, aspect in enumerate(ProductAspect):
            for p, (key, _name) in enumerate(getattr(self, "parties", [])):
                desc = self.product_table.item(r, 2 * p)
                score = self.product_table.item(r, 2 * p + 1)
                text = desc.text() if desc else ""
                score_text = (score.text() if score else "").strip()
                value: float | None = None
                if score_text:
                    try:
                        value = float(score_text)
                    except ValueError:
                        errors["comparison"] = self.tr("Score “%1” is not a number.").replace(
                            "%1", score_text
                        )
                        continue
                rows.append(ops.ComparisonRow(aspect, key, text, value))
        if errors:
            raise ValidationError(errors)
        return rows

    def _move(self) -> None:
        if not self.uuid:
            return
        stage = stage_of(self.move_combo.currentData())
        if moves.move_with_check(self.ctx, self, self.uuid, stage):
            self.load()

    def _delete(self) -> None:
        if self.uuid and moves.delete(self.ctx, self, self.uuid):
            self._saved = self._snapshot()  # nothing left to lose
            self.done(QDialog.DialogCode.Rejected)

    def _won(self) -> None:
        if self.uuid and moves.mark_won(self.ctx, self, self.uuid):
            self.load()

    def _lost(self) -> None:
        if self.uuid and moves.mark_lost(self.ctx, self, self.uuid):
            self.load()

    def _reopen(self) -> None:
        if not self.uuid:
            return
        result = ops.reopen(self.ctx.db, self.uuid)
        self.ctx.hub.publish(result.changes)
        self.load()

    def _tick(self, item: QTreeWidgetItem, column: int) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if not uuid or column != 0:
            return
        result = ops.tick_checklist_item(self.ctx.db, str(uuid), item.checkState(0) == Qt.CheckState.Checked)
        self.ctx.hub.publish(result.changes)
        self._load_checklist()

    def _selected_stage_and_item(self) -> tuple[Stage | None, str | None]:
        item = self.checklist.currentItem()
        if item is None:
            return None, None
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        group = item.parent() or item
        stage = list(Stage)[self.checklist.indexOfTopLevelItem(group)]
        return stage, str(uuid) if uuid else None

    def _add_criterion(self) -> None:
        if not self.uuid:
            return
        stage, _ = self._selected_stage_and_item()
        stage = stage or (self.detail.stage if self.detail else Stage.G)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Add criterion"),
            self.tr("New exit criterion for stage %1:").replace("%1", stage.code),
        )
        if ok and text.strip():
            self.ctx.hub.publish(ops.add_checklist_item(self.ctx.db, self.uuid, stage, text).changes)
            self._load_checklist()

    def _edit_criterion(self) -> None:
        _stage, uuid = self._selected_stage_and_item()
        item = self.checklist.currentItem()
        if not uuid or item is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Edit criterion"), self.tr("Criterion:"), text=item.text(0)
        )
        if ok and text.strip():
            self.ctx.hub.publish(ops.edit_checklist_item(self.ctx.db, uuid, text).changes)
            self._load_checklist()

    def _remove_criterion(self) -> None:
        _stage, uuid = self._selected_stage_and_item()
        if not uuid:
            return
        self.ctx.hub.publish(ops.remove_checklist_item(self.ctx.db, uuid).changes)
        self._load_checklist()

    def _current_competitor(self) -> ops.CompetitorRow | None:
        row = self.comp_table.currentRow()
        return self.comps[row] if 0 <= row < len(getattr(self, "comps", [])) else None

    def _competitor_dialog(self, row: ops.CompetitorRow | None) -> None:
        if not self.uuid:
            return
        dlg = CompetitorDialog(self.ctx, row, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            result = ops.save_competitor(
                self.ctx.db,
                self.uuid,
                name=dlg.name.text(),
                competitor_uuid=row.uuid if row else None,
                account=dlg.account.currentData(),
                is_main=dlg.main.isChecked(),
                strengths=dlg.strengths.toPlainText(),
                weaknesses=dlg.weaknesses.toPlainText(),
            )
        except UserError as exc:
            messages.show_exception(self, self.tr("Competitor"), exc)
            return
        self.ctx.hub.publish(result.changes)
        self._load_competition()
        self._load_progress()

    def _add_competitor(self) -> None:
        self._competitor_dialog(None)

    def _edit_competitor(self, *_args: object) -> None:
        row = self._current_competitor()
        if row is not None:
            self._competitor_dialog(row)

    def _remove_competitor(self) -> None:
        row = self._current_competitor()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove competitor"), self.tr("Remove %1 and its scores?").replace("%1", row.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.hub.publish(ops.remove_competitor(self.ctx.db, row.uuid).changes)
            self._load_competition()

    def _add_eval_row(self) -> None:
        r = self.eval_table.rowCount()
        self.eval_table.insertRow(r)
        self.eval_table.setItem(r, 0, QTableWidgetItem(self.tr("New criterion")))
        self.eval_table.setItem(r, 1, QTableWidgetItem("0"))

    def _remove_eval_row(self) -> None:
        r = self.eval_table.currentRow()
        if r >= 0:
            self.eval_table.removeRow(r)
            self._eval_changed()

    def _add_point(self) -> None:
        if not self.uuid:
            return
        qd = self.point_date.date()
        try:
            result = ops.add_progress_point(
                self.ctx.db,
                self.uuid,
                date(qd.year(), qd.month(), qd.day()),
                self.point_value.value(),
                note=self.point_note.text(),
            )
        except UserError as exc:
            messages.show_exception(self, self.tr("Progress"), exc)
            return
        self.ctx.hub.publish(result.changes)
        self.point_note.clear()
        self._load_progress()

    def _remove_point(self) -> None:
        r = self.progress_table.currentRow()
        if 0 <= r < len(self.points):
            self.ctx.hub.publish(ops.remove_progress_point(self.ctx.db, self.points[r].uuid).changes)
            self._load_progress()
