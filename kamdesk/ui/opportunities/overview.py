"""The opportunity editor's Overview tab, and the account field that finds
accounts as the user types.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain import formats
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services import opportunities as ops
from kamdesk.services.opportunities import pipeline as pl
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities.field_errors import FieldErrors
from kamdesk.ui.widgets.dates import OptionalDateEdit


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


class OverviewTab(QWidget):
    """The editor's Overview tab: the opportunity's own fields, its stage and
    status with the buttons that move or close it (the dialog acts on them)."""

    move_requested = Signal(object)  # the chosen stage's code
    won_requested = Signal()
    lost_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, ctx: AppContext, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._errors = errors
        grid = QHBoxLayout(self)
        left = QFormLayout()
        right = QFormLayout()
        # the texts' titles above them: in English the titles are long and,
        # beside the fields, left the fields ~70 px at any window size
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for form, stretch in ((left, 3), (right, 2)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            grid.addLayout(column, stretch)
        self._build_fields(left)
        self._build_texts(right)

    def _build_fields(self, left: QFormLayout) -> None:
        self.name = QLineEdit()
        self.number = QLineEdit()
        self.account = AccountField(self.ctx)
        self.owner = QComboBox()
        self.owner.addItem("—", None)
        for uuid, name, _me in pl.reps(self.ctx.db):
            self.owner.addItem(name, uuid)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 60000"))
        self.win_override = QLineEdit()
        self.win_override.setPlaceholderText(self.tr("blank: the stage's win %"))
        self.started_on = OptionalDateEdit()
        self.expected_close = OptionalDateEdit()
        self.weighted_label = QLabel()
        row = self._errors.row
        row(left, self.tr("Name"), self.name, "name")
        row(left, self.tr("Opportunity no."), self.number, "number")
        row(left, self.tr("Account"), self.account, "account")
        row(left, self.tr("Owner"), self.owner, "owner")
        row(left, self.tr("Stage"), self._stage_box(), "stage")
        row(left, self.tr("Status"), self._status_box(), "status")
        row(left, self.tr("Amount (¥)"), self.amount, "amount")
        row(left, self.tr("Win % override"), self.win_override, "win_pct_override")
        left.addRow(self.tr("Weighted"), self.weighted_label)
        row(left, self.tr("Started on"), self.started_on, "started_on")
        row(left, self.tr("Expected close"), self.expected_close, "expected_close")

    def _stage_box(self) -> QWidget:
        box = QWidget()
        sh = QHBoxLayout(box)
        sh.setContentsMargins(0, 0, 0, 0)
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        self.move_combo = QComboBox()
        # the stage names are long in English: the combo shrinks, its popup shows them whole
        self.move_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.move_combo.setMinimumContentsLength(12)
        for stage in Stage:
            self.move_combo.addItem(
                f"{stage.code} {stage.label(self.ctx.lang)} ({stage.win_pct}%)", stage.code
            )
        self.move_button = QPushButton(self.tr("Move"))
        self.move_button.clicked.connect(lambda: self.move_requested.emit(self.move_combo.currentData()))
        sh.addWidget(self.stage_label, 1)
        sh.addWidget(self.move_combo)
        sh.addWidget(self.move_button)
        return box

    def _status_box(self) -> QWidget:
        box = QWidget()
        st = QHBoxLayout(box)
        st.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.won_button = QPushButton(self.tr("Won…"))
        self.lost_button = QPushButton(self.tr("Lost…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.won_button.clicked.connect(self.won_requested)
        self.lost_button.clicked.connect(self.lost_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        st.addWidget(self.status_label, 1)
        for b in (self.won_button, self.lost_button, self.reopen_button):
            st.addWidget(b)
        return box

    def _build_texts(self, right: QFormLayout) -> None:
        self.objective = QPlainTextEdit()
        self.breakthroughs = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        self.assessment = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for key, title, edit in (
            ("objective", self.tr("Opportunity objective"), self.objective),
            ("breakthroughs", self.tr("Breakthroughs so far"), self.breakthroughs),
            ("next_steps", self.tr("Next steps"), self.next_steps),
            ("manager_assessment", self.tr("Manager's assessment"), self.assessment),
            ("notes", self.tr("Notes"), self.notes),
        ):
            edit.setFixedHeight(64)
            edit.setMinimumWidth(220)
            self._errors.row(right, title, edit, key)

    def set_new(self, account: str | None) -> None:
        """A new opportunity: stage G, started today, owned by me, for ``account``."""
        self.stage_label.setText(f"G {Stage.G.label(self.ctx.lang)}")
        self.move_combo.setEnabled(False)
        self.move_button.setEnabled(False)
        for b in (self.won_button, self.lost_button, self.reopen_button):
            b.setVisible(False)
        self.started_on.set_date_value(clock.today())
        for uuid, _name, is_me in pl.reps(self.ctx.db):
            if is_me:
                self.owner.setCurrentIndex(self.owner.findData(uuid))
        if account:
            for uuid, name in pl.accounts_for_choice(self.ctx.db, "", limit=10_000):
                if uuid == account:
                    self.account.set_account(uuid, name)
                    break

    def load(self, d: ops.OpportunityDetail) -> None:
        lang = self.ctx.lang
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
        self.weighted_label.setText(f"{formats.money(d.weighted)} ({d.win_pct}%)")
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

    def fields(self) -> dict[str, object]:
        """What "Save" writes from this tab (the account apart: it must exist)."""
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
        }
