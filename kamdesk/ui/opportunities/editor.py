"""The opportunity editor: overview, exit-criteria checklist, TAS, value
matrix and nine-grid, competition (rivals, weighted evaluation, product
comparison), progress against the main rival, stage history.

"Save" writes the overview, TAS answers, value scores and opening, the
evaluation table and the product comparison — after checking every field, so a
bad value is shown at its field and nothing is lost. The checklist, rivals,
progress points and stage moves are their own actions and apply at once.

This module keeps the dialog shell, loading and the save flow; the tabs live
in ``overview`` (overview, exit criteria), ``tas_value`` (TAS, value matrix,
nine-grid), ``competition`` (rivals, evaluation, comparison) and ``progress``
(progress vs rival, stage history), mixed into :class:`OpportunityEditor`.
Their strings are translated in the ``OpportunityEditor`` context.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain import formats
from kamdesk.domain.evaluation import weights_problem
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import opportunities as ops
from kamdesk.services.opportunities import pipeline as pl
from kamdesk.ui.context import AppContext
from kamdesk.ui.opportunities import moves
from kamdesk.ui.opportunities._base import ERROR_STYLE
from kamdesk.ui.opportunities.competition import CompetitionTab, CompetitorDialog
from kamdesk.ui.opportunities.overview import AccountField, OverviewTabs
from kamdesk.ui.opportunities.progress import ProgressTabs
from kamdesk.ui.opportunities.tas_value import ValueTabs
from kamdesk.ui.widgets import messages

__all__ = ["ERROR_STYLE", "AccountField", "CompetitorDialog", "OpportunityEditor", "stage_of"]


def stage_of(code: object) -> Stage:
    """The stage with ``code`` ("G".."S")."""
    for stage in Stage:
        if stage.code == str(code):
            return stage
    raise ValueError(f"unknown stage {code!r}")


class OpportunityEditor(OverviewTabs, ValueTabs, CompetitionTab, ProgressTabs, QDialog):
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
        self.started_on.set_date_value(clock.today())
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
