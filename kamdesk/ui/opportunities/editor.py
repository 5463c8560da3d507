"""The opportunity editor: overview, exit-criteria checklist, TAS, value
matrix and nine-grid, competition (rivals, weighted evaluation, product
comparison), progress against the main rival, stage history.

"Save" writes the overview, TAS answers, value scores and opening, the
evaluation table and the product comparison — after checking every field, so a
bad value is shown at its field and nothing is lost. The checklist, rivals,
progress points and stage moves are their own actions and apply at once.

This module keeps the dialog shell, loading and the save flow; each tab is a
widget of its own that the dialog holds: ``overview``, ``checklist``
(exit criteria), ``tas_value`` (TAS; value matrix and nine-grid),
``competition`` (rivals, evaluation, comparison) and ``progress`` (progress vs
rival, stage history). The tabs share only the field messages
(:class:`~kamdesk.ui.opportunities.field_errors.FieldErrors`).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.evaluation import weights_problem
from kamdesk.domain.stages import Stage
from kamdesk.errors import ValidationError
from kamdesk.services import opportunities as ops
from kamdesk.services.changes import Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.opportunities import moves
from kamdesk.ui.opportunities.checklist import ChecklistTab
from kamdesk.ui.opportunities.competition import CompetitionTab
from kamdesk.ui.opportunities.field_errors import FieldErrors
from kamdesk.ui.opportunities.overview import OverviewTab
from kamdesk.ui.opportunities.progress import HistoryTab, ProgressTab
from kamdesk.ui.opportunities.tas_value import TasTab, ValueTab
from kamdesk.ui.widgets import messages

__all__ = ["OpportunityEditor", "stage_of"]

#: the tabs' places, to show the one holding a refused field
_OVERVIEW, _VALUE, _COMPETITION = 0, 3, 4


def stage_of(code: object) -> Stage:
    """The stage with ``code`` ("G".."S")."""
    for stage in Stage:
        if stage.code == str(code):
            return stage
    raise ValueError(f"unknown stage {code!r}")


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
        self._add_tabs()
        layout.addWidget(self._buttons())
        self.map_button.setEnabled(uuid is not None)
        if uuid:
            self.load()
        else:
            self._set_new(account)

    # --- building ----------------------------------------------------------------
    def _add_tabs(self) -> None:
        self.field_errors = FieldErrors()
        self.errors = self.field_errors.labels
        self.overview = OverviewTab(self.ctx, self.field_errors)
        self.overview.move_requested.connect(self._move)
        self.overview.won_requested.connect(self._won)
        self.overview.lost_requested.connect(self._lost)
        self.overview.reopen_requested.connect(self._reopen)
        self.checklist = ChecklistTab(self.ctx)
        self.tas = TasTab(self.ctx)
        self.value = ValueTab(self.ctx, self.field_errors)
        self.competition = CompetitionTab(self.ctx, self.field_errors)
        self.progress = ProgressTab(self.ctx)
        self.competition.competitors_changed.connect(self._competitors_changed)
        self.history = HistoryTab(self.ctx)
        for tab, title in (
            (self.overview, self.tr("Overview")),
            (self.checklist, self.tr("Exit criteria")),
            (self.tas, self.tr("TAS")),
            (self.value, self.tr("Value and opening")),
            (self.competition, self.tr("Competition")),
            (self.progress, self.tr("Progress vs rival")),
            (self.history, self.tr("Stage history")),
        ):
            self.tabs.addTab(tab, title)

    def _buttons(self) -> QDialogButtonBox:
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
        return self.buttons

    # --- loading -----------------------------------------------------------------
    def _set_new(self, account: str | None) -> None:
        self.header.setText(self.tr("New opportunity"))
        self.overview.set_new(account)
        self.delete_button.setVisible(False)
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, False)
        self.value.set_new()
        self._saved = self._snapshot()

    def load(self) -> None:
        assert self.uuid
        self.map_button.setEnabled(True)
        d = ops.get_opportunity(self.ctx.db, self.uuid)
        self.detail = d
        self.header.setText(f"{d.name} — {d.account_name}")
        self.overview.load(d)
        self.value.load(d.short_term_revenue, d.long_term_impact, d.nine_grid_cell)
        self.tas.load(self.uuid)
        self.checklist.load(self.uuid, d.stage)
        self.competition.load(self.uuid)
        self.progress.load(self.uuid)
        self.history.load(self.uuid)
        for i in range(self.tabs.count()):
            self.tabs.setTabEnabled(i, True)
        self.delete_button.setVisible(True)
        self.field_errors.clear()
        self._saved = self._snapshot()

    def _competitors_changed(self) -> None:
        # the progress chart is titled after the main rival
        if self.uuid:
            self.progress.load(self.uuid)

    def _snapshot(self) -> tuple[object, ...]:
        """What "Save" would write, to tell whether closing loses anything."""
        return (
            tuple(sorted((k, str(v)) for k, v in self._fields().items())),
            self.overview.account.currentText(),
            self.tas.answers(),
            *self.competition.snapshot(),
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
    def _show_errors(self, errors: dict[str, str]) -> None:
        if not self.field_errors.show(errors):
            messages.show_error(self, self.tr("Opportunity"), "\n".join(errors.values()))

    def _fields(self) -> dict[str, object]:
        return {**self.overview.fields(), **self.value.fields()}

    def save(self) -> bool:
        """Check everything, then write; on a bad value show it and keep the form."""
        self.field_errors.clear()
        fields = self._fields()
        account = self.overview.account.account_uuid()
        if account is None:
            self._show_errors({"account": self.tr("Choose an existing account from the list.")})
            self.tabs.setCurrentIndex(_OVERVIEW)
            return False
        if self.uuid is None:
            return self._create(account, fields)
        return self._update(self.uuid, account, fields)

    def _create(self, account: str, fields: dict[str, object]) -> bool:
        result = run_op(
            self,
            self.ctx,
            lambda: ops.create_opportunity(self.ctx.db, account=account, **fields),  # type: ignore[arg-type]
            title=self.tr("Opportunity"),
            invalid=self._refused,
        )
        if result is None:
            return False
        self.uuid = result.value.uuid
        self.load()
        return True

    def _update(self, uuid: str, account: str, fields: dict[str, object]) -> bool:
        criteria, scores = self.competition.weights_scores()
        try:
            problem = weights_problem([Decimal(w.strip() or "x") for _n, w in criteria])
        except ArithmeticError:
            problem = self.tr("A weight is not a number.")
        if problem:
            self._show_errors({"weights": problem})
            self.tabs.setCurrentIndex(_COMPETITION)
            return False
        try:
            comparison = self.competition.comparison_rows()
        except ValidationError as exc:
            self._refused(exc)
            return False
        answers = self.tas.answers()

        def write() -> Result[ops.OpportunityDetail]:
            # the overview's changes stand for the whole save (the rest is this opportunity's detail)
            result = ops.update_opportunity(self.ctx.db, uuid, account=account, **fields)
            for number, answer, evidence in answers:
                ops.set_tas_answer(self.ctx.db, uuid, number, answer, evidence)  # type: ignore[arg-type]
            ops.save_evaluation(self.ctx.db, uuid, criteria, scores)
            ops.save_product_comparison(self.ctx.db, uuid, comparison)
            return result

        if run_op(self, self.ctx, write, title=self.tr("Opportunity"), invalid=self._refused) is None:
            return False
        self.load()
        return True

    def _refused(self, exc: ValidationError) -> None:
        """Show the refused fields and the tab that holds the first of them."""
        self._show_errors(exc.errors)
        if set(exc.errors) & {"weights", "scores"} or any(k.startswith("score") for k in exc.errors):
            self.tabs.setCurrentIndex(_COMPETITION)
        elif set(exc.errors) & {"short_term_revenue", "long_term_impact"}:
            self.tabs.setCurrentIndex(_VALUE)
        else:
            self.tabs.setCurrentIndex(_OVERVIEW)

    def _move(self, code: object) -> None:
        if not self.uuid:
            return
        stage = stage_of(code)
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
