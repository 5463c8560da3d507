"""The rep's side of a report: their own text (saved on "Save text" or
before leaving the report), the plan items and, beside a month, the longer
plans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.changes import Result
from kamdesk.services.reporting import DailyReport, MonthlyReport, PeriodSummary
from kamdesk.services.reporting import plans as plans
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, user_error_text
from kamdesk.ui.reports.report_plans import LongerPlansBox, PlanItemsBox


class ReportEditor(QWidget):
    """Edits the shown report; ``reload`` shows it again from the database
    (after a plan item changed: an unsaved text edit survives it)."""

    def __init__(self, ctx: AppContext, reload: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reload = reload
        self.data: DailyReport | PeriodSummary | None = None
        self.rep: str | None = None
        self.dirty = False
        self._loading = False
        form_box = QVBoxLayout(self)
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
        self.plan_items = PlanItemsBox(ctx, self._reload_keeping_text)
        form_box.addWidget(self.plan_items, 1)
        # quarter / half-year / year plans, edited beside the month they hold
        self.longer = LongerPlansBox(ctx, lambda: self.saved_label.setText(self.tr("Saved")))
        form_box.addWidget(self.longer)

    def show_report(self, data: DailyReport | PeriodSummary, rep: str | None) -> None:
        """Show ``data`` (of ``rep``), dropping any unsaved text."""
        self.data, self.rep = data, rep
        self._loading = True
        try:
            for name in plans.TEXT_FIELDS:
                self.texts[name].setPlainText(getattr(data.text, name))
        finally:
            self._loading = False
        self.plan_items.show_items(data, rep)
        self.longer.set_report(data, rep)
        is_month = isinstance(data, MonthlyReport)
        self.longer.setVisible(is_month)
        if is_month:
            self.longer.show_plan()
        self.dirty = False
        self.saved_label.setText("")

    def _text_changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.saved_label.setText(self.tr("Not saved yet"))

    def save_if_dirty(self) -> None:
        if self.dirty and self.data is not None:
            self.save_text()

    def save_text(self) -> bool:
        if self.data is None:
            return False
        values = {name: self.texts[name].toPlainText() for name in plans.TEXT_FIELDS}
        period, rep = self.data.period, self.rep

        def saved(_result: Result[Any]) -> None:
            self.dirty = False  # before the views hear of it: a reload must not save again
            self.saved_label.setText(self.tr("Saved"))

        result = run_op(
            self,
            self.ctx,
            lambda: plans.save_period_text(self.ctx.db, period.kind, period.key, rep=rep, **values),
            title=self.tr("Plan"),
            success=saved,
            failure=lambda exc: self.saved_label.setText(user_error_text(exc)),
        )
        return result is not None

    def _reload_keeping_text(self) -> None:
        dirty, texts = self.dirty, {n: self.texts[n].toPlainText() for n in plans.TEXT_FIELDS}
        self._reload()
        if dirty:
            self._loading = True
            for n, v in texts.items():
                self.texts[n].setPlainText(v)
            self._loading = False
            self.dirty = True
