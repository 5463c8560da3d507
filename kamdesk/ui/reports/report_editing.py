"""The report view's editors: the rep's own text, plan items and the
quarter / half-year / year plans (moved out of ``report_view``; strings keep
the ``ReportView`` translation context)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kamdesk.domain.periods import PeriodKind, period_key
from kamdesk.errors import UserError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting import plans as plans
from kamdesk.ui.operations import run_op, user_error_text
from kamdesk.ui.reports.report_tables import TEXT_FIELDS

if TYPE_CHECKING:
    from kamdesk.services.reporting import DailyReport, PeriodSummary
    from kamdesk.ui.context import AppContext


if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class ReportEditingMixin(_Base):
    """Saves the text, plan items and longer plans of the shown report."""

    if TYPE_CHECKING:
        ctx: AppContext
        data: DailyReport | PeriodSummary | None
        _dirty: bool
        _loading: bool
        texts: dict[str, QPlainTextEdit]
        items: QTableWidget
        item_error: QLabel
        new_item: QLineEdit
        saved_label: QLabel
        longer_kind: QComboBox
        longer_key: QLabel
        longer_text: QPlainTextEdit

        @property
        def rep_uuid(self) -> str | None: ...
        def reload(self) -> None: ...

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
        self.saved_label.setText(QCoreApplication.translate("ReportView", "Saved"))
        self.ctx.hub.publish(result.changes)

    # --- editing -------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.saved_label.setText(QCoreApplication.translate("ReportView", "Not saved yet"))

    def _save_if_dirty(self) -> None:
        if self._dirty and self.data is not None:
            self.save_text()

    def save_text(self) -> bool:
        if self.data is None:
            return False
        values = {name: self.texts[name].toPlainText() for name in TEXT_FIELDS}
        period, rep = self.data.period, self.rep_uuid

        def saved(_result: Result[Any]) -> None:
            self._dirty = False  # before the views hear of it: a reload must not save again
            self.saved_label.setText(QCoreApplication.translate("ReportView", "Saved"))

        result = run_op(
            self,
            self.ctx,
            lambda: plans.save_period_text(self.ctx.db, period.kind, period.key, rep=rep, **values),
            title=QCoreApplication.translate("ReportView", "Plan"),
            success=saved,
            failure=lambda exc: self.saved_label.setText(user_error_text(exc)),
        )
        return result is not None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row = item.row()
        key_item = self.items.item(row, 0)
        if key_item is None:
            return
        uuid = key_item.data(Qt.ItemDataRole.UserRole)
        if item.column() == 0:
            change: dict[str, Any] = {"text": item.text()}
        elif item.column() == 1:
            change = {"result": item.text()}
        else:
            change = {"done": item.checkState() == Qt.CheckState.Checked}
        run_op(
            self,
            self.ctx,
            lambda: plans.update_plan_item(self.ctx.db, uuid, **change),
            title=QCoreApplication.translate("ReportView", "Plan items"),
            success=lambda _result: self.item_error.setText(""),
            failure=lambda exc: self.item_error.setText(user_error_text(exc)),
        )

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
                QCoreApplication.translate("ReportView", "A plan item needs some text.")
                if "text" in str(exc)
                else str(exc)
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
