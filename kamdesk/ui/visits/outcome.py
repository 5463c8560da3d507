"""Log a visit's outcome: what happened, whether the objective was met, each
attendee's attitude before → after, the commitments by each side with due
dates, and the next visit (optionally planned at once)."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain.stakeholders import Attitude, AttitudeStep
from kamdesk.domain.visit_plan import ObjectiveMet
from kamdesk.domain.visits import Side
from kamdesk.errors import ValidationError
from kamdesk.services import visits as svc
from kamdesk.services.changes import Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.visits.fields import cell_text, error_field, error_label
from kamdesk.ui.widgets.coded import CodeCombo
from kamdesk.ui.widgets.dates import OptionalDateEdit, OptionalTimeEdit

LEVELS = [
    a.code + s.code for a in Attitude for s in (AttitudeStep.PLUS, AttitudeStep.NONE, AttitudeStep.MINUS)
]


def attitude_combo(current: str | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", "")
    for level in LEVELS:
        combo.addItem(level, level)
    index = combo.findData(current or "")
    combo.setCurrentIndex(max(index, 0))
    return combo


class OutcomeDialog(QDialog):
    def __init__(self, ctx: AppContext, visit_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_uuid = visit_uuid
        self.detail = svc.get_visit(ctx.db, visit_uuid)
        self.next_uuid: str | None = None
        d = self.detail
        self.setWindowTitle(self.tr("Log the outcome — {account}").format(account=d.account_name))
        self.resize(760, 640)
        self.errors: dict[str, QLabel] = {}

        form = self._build_form()
        self._build_people()
        commitment_buttons = self._build_commitments()
        next_row = self._build_next()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Attitudes (feeds the stakeholder map's history)")))
        layout.addWidget(self.people, 1)
        layout.addWidget(self._error_label("attitudes"))
        layout.addWidget(QLabel(self.tr("Commitments made by each side")))
        layout.addWidget(self.commitments, 1)
        layout.addWidget(self._error_label("commitments"))
        layout.addLayout(commitment_buttons)
        bottom = QFormLayout()
        bottom.addRow(self.tr("Next visit"), self._field(next_row, "next_visit_on"))
        bottom.addRow(self.tr("Next step"), self.next_step)
        layout.addLayout(bottom)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if d.commitment_to_ask:
            self.add_commitment(Side.THEM, d.commitment_to_ask)

    # --- building ---------------------------------------------------------------------
    def _build_form(self) -> QFormLayout:
        """The visit, the day it took place, its objectives, the outcome and whether it was met."""
        d = self.detail
        form = QFormLayout()
        when = d.starts_at.astimezone(svc.local_tz())
        form.addRow(self.tr("Visit"), QLabel(f"{when:%Y-%m-%d %H:%M}  {d.place or ''}"))
        #: shown when the visit is planned after today: the day it really took place
        self.held_on: OptionalDateEdit | None = None
        if when.date() > clock.today():
            self.held_on = OptionalDateEdit(value=clock.today())
            self.held_on.setObjectName("heldOn")
            note = QLabel(self.tr("planned for a later day: the visit moves to this day"))
            note.setStyleSheet("color: #7f8c8d;")
            held_row = QWidget()
            hl = QHBoxLayout(held_row)
            hl.setContentsMargins(0, 0, 0, 0)
            hl.addWidget(self.held_on)
            hl.addWidget(note, 1)
            form.addRow(self.tr("Took place on"), self._field(held_row, "held_on"))
        # the seed's two objectives, each under its own name: 阶段目标 is what this
        # visit should achieve, 终极目标 what the account should finally do
        self.objective_labels: dict[str, QLabel] = {}
        for name, title, text in (
            ("stage_objective", self.tr("Stage objective"), d.stage_objective),
            ("final_objective", self.tr("Final objective"), d.final_objective),
        ):
            if text:
                goal = QLabel(text)
                goal.setWordWrap(True)
                self.objective_labels[name] = goal
                form.addRow(title, goal)
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("outcomeText")
        self.outcome.setFixedHeight(80)
        form.addRow(self.tr("Outcome"), self._field(self.outcome, "outcome"))
        self.met = CodeCombo(ObjectiveMet, lang=self.ctx.lang, blank=True, show_code=False)
        form.addRow(self.tr("Objective met"), self.met)
        return form

    def _build_people(self) -> None:
        """Each contact who attended: attitude before, and after to choose."""
        self.people = QTableWidget(0, 4)
        self.people.setObjectName("attitudeTable")
        self.people.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Attitude before"), self.tr("Attitude after")]
        )
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.verticalHeader().hide()
        self._contact_rows: list[str] = []
        for a in self.detail.attendees:
            if a.contact_uuid is None:
                continue
            r = self.people.rowCount()
            self.people.insertRow(r)
            self.people.setItem(r, 0, QTableWidgetItem(a.name))
            self.people.setItem(r, 1, QTableWidgetItem(a.title or ""))
            before = a.current_attitude or a.attitude_before
            self.people.setItem(r, 2, QTableWidgetItem(before or "—"))
            self.people.setCellWidget(r, 3, attitude_combo(before))
            self._contact_rows.append(a.contact_uuid)

    def _build_commitments(self) -> QHBoxLayout:
        """The commitments table; returns its Add and Remove buttons' row."""
        self.commitments = QTableWidget(0, 5)
        self.commitments.setObjectName("commitmentTable")
        self.commitments.setHorizontalHeaderLabels(
            [self.tr("Side"), self.tr("Commitment"), self.tr("Who"), self.tr("Due"), self.tr("Time")]
        )
        header = self.commitments.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.commitments.setColumnWidth(0, 90)
        self.commitments.setColumnWidth(2, 110)
        self.commitments.setColumnWidth(3, 130)
        self.commitments.setColumnWidth(4, 80)
        self.commitments.verticalHeader().hide()
        self.commitments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add commitment"))
        add.clicked.connect(lambda: self.add_commitment())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(
            lambda: (
                self.commitments.removeRow(self.commitments.currentRow())
                if self.commitments.currentRow() >= 0
                else None
            )
        )
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        return buttons_row

    def _build_next(self) -> QWidget:
        """The next visit's day with "plan it now", and the next step."""
        self.next_on = OptionalDateEdit()
        self.next_on.setObjectName("nextVisitOn")
        self.plan_next = QCheckBox(self.tr("Plan the next visit now"))
        self.plan_next.setChecked(True)
        self.next_step = QLineEdit()
        next_row = QWidget()
        nl = QHBoxLayout(next_row)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(self.next_on)
        nl.addWidget(self.plan_next)
        nl.addStretch(1)
        return next_row

    def _error_label(self, key: str) -> QLabel:
        return error_label(self.errors, key)

    def _field(self, widget: QWidget, key: str) -> QWidget:
        return error_field(self.errors, widget, key)

    def add_commitment(
        self,
        side: Side = Side.US,
        text: str = "",
        owner: str = "",
        due: date | None = None,
        at: time | None = None,
    ) -> None:
        r = self.commitments.rowCount()
        self.commitments.insertRow(r)
        combo = CodeCombo(Side, lang=self.ctx.lang, show_code=False)
        combo.set_code(side)
        self.commitments.setCellWidget(r, 0, combo)
        self.commitments.setItem(r, 1, QTableWidgetItem(text))
        self.commitments.setItem(r, 2, QTableWidgetItem(owner))
        self.commitments.setCellWidget(r, 3, OptionalDateEdit(value=due or clock.today() + timedelta(days=7)))
        when = OptionalTimeEdit(at)
        when.setObjectName("commitmentTime")
        when.setToolTip(self.tr("Optional: the time it is due"))
        self.commitments.setCellWidget(r, 4, when)

    def set_attitude(self, contact_uuid: str, level: str) -> None:
        row = self._contact_rows.index(contact_uuid)
        combo = self.people.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(level))

    def outcome_input(self) -> svc.OutcomeInput:
        attitudes = []
        for r, contact_uuid in enumerate(self._contact_rows):
            combo = self.people.cellWidget(r, 3)
            assert isinstance(combo, QComboBox)
            if combo.currentData():
                attitudes.append(svc.AttitudeUpdate(contact_uuid, combo.currentData()))
        commitments = []
        for r in range(self.commitments.rowCount()):
            side = self.commitments.cellWidget(r, 0)
            due = self.commitments.cellWidget(r, 3)
            when = self.commitments.cellWidget(r, 4)
            text = cell_text(self.commitments, r, 1)
            owner = cell_text(self.commitments, r, 2)
            if not text.strip() and not owner.strip():
                continue
            assert isinstance(side, CodeCombo) and isinstance(due, OptionalDateEdit)
            assert isinstance(when, OptionalTimeEdit)
            commitments.append(
                svc.CommitmentInput(
                    side.code() or Side.US, text, due.date_value(), owner or None, when.time_value()
                )
            )
        return svc.OutcomeInput(
            outcome=self.outcome.toPlainText(),
            objective_met=self.met.code(),
            attitudes=attitudes,
            commitments=commitments,
            next_visit_on=self.next_on.date_value(),
            plan_next_visit=self.plan_next.isChecked() and self.next_on.date_value() is not None,
            next_step=self.next_step.text() or None,
            held_on=self.held_on.date_value() if self.held_on is not None else None,
        )

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()

        def invalid(exc: ValidationError) -> None:
            for key, text in exc.errors.items():
                label = self.errors.get(key) or self.errors["outcome"]
                label.setText(text)
                label.show()

        def logged(result: Result[str | None]) -> None:
            self.next_uuid = result.value

        inp = self.outcome_input()
        result = run_op(
            self,
            self.ctx,
            lambda: svc.log_outcome(self.ctx.db, self.visit_uuid, inp, lang=self.ctx.lang),
            title=self.windowTitle(),
            success=logged,
            invalid=invalid,
        )
        if result is not None:
            self.accept()
