"""The report's plan items and the quarter / half-year / year plans beside a
month, each saved as it is edited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
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

from kamdesk.domain.periods import PeriodKind, period_key
from kamdesk.errors import UserError
from kamdesk.services.changes import Result
from kamdesk.services.reporting import DailyReport, PeriodSummary
from kamdesk.services.reporting import plans as plans
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op, user_error_text
from kamdesk.ui.reports.report_tables import table_item


class PlanItemsBox(QGroupBox):
    """The shown report's plan items: edited in place, added, moved, deleted.
    ``refresh`` reloads the report after an item was added, moved or deleted."""

    def __init__(self, ctx: AppContext, refresh: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Plan items"))
        self.ctx = ctx
        self._refresh = refresh
        self.data: DailyReport | PeriodSummary | None = None
        self.rep: str | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        self.items = QTableWidget(0, 3)
        self.items.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Result"), self.tr("Done")])
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().setVisible(False)
        self.items.setMinimumHeight(110)  # four items in view
        self.items.itemChanged.connect(self._item_changed)
        layout.addWidget(self.items)
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
        layout.addLayout(add_row)
        self.item_error = QLabel()
        self.item_error.setStyleSheet("color:#b0453a")
        layout.addWidget(self.item_error)

    def show_items(self, data: DailyReport | PeriodSummary, rep: str | None) -> None:
        self.data, self.rep = data, rep
        self._loading = True
        self.items.setRowCount(len(data.items))
        for r, it in enumerate(data.items):
            text = table_item(it.text, editable=True)
            text.setData(Qt.ItemDataRole.UserRole, it.uuid)
            self.items.setItem(r, 0, text)
            self.items.setItem(r, 1, table_item(it.result, editable=True))
            done = QTableWidgetItem()
            done.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            done.setCheckState(Qt.CheckState.Checked if it.done else Qt.CheckState.Unchecked)
            self.items.setItem(r, 2, done)
        self._loading = False

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
            title=self.tr("Plan items"),
            success=lambda _result: self.item_error.setText(""),
            failure=lambda exc: self.item_error.setText(user_error_text(exc)),
        )

    def add_item(self) -> None:
        if self.data is None:
            return
        period, rep, text = self.data.period, self.rep, self.new_item.text()

        def added(_result: Result[Any]) -> None:
            self.item_error.setText("")
            self.new_item.clear()
            self._refresh()

        run_op(
            self,
            self.ctx,
            lambda: plans.add_plan_item(self.ctx.db, period.kind, period.key, text, rep=rep),
            title=self.tr("Plan items"),
            success=added,
            failure=self._refused,
        )

    def _refused(self, exc: UserError) -> None:
        self.item_error.setText(self.tr("A plan item needs some text.") if "text" in str(exc) else str(exc))

    def _selected_item_uuid(self) -> str | None:
        row = self.items.currentRow()
        item = self.items.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def move_item(self, delta: int) -> None:
        uuid = self._selected_item_uuid()
        if uuid:
            row = self.items.currentRow()
            changes = plans.move_plan_item(self.ctx.db, uuid, delta).changes
            self._refresh()
            self.ctx.hub.publish(changes)
            self.items.setCurrentCell(max(0, min(self.items.rowCount() - 1, row + delta)), 0)

    def delete_item(self) -> None:
        uuid = self._selected_item_uuid()
        if uuid:
            changes = plans.delete_plan_item(self.ctx.db, uuid).changes
            self._refresh()
            self.ctx.hub.publish(changes)


class LongerPlansBox(QGroupBox):
    """The quarter, half-year or year plan that holds the shown month;
    ``saved`` is called when one was saved."""

    def __init__(self, ctx: AppContext, saved: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Quarter, half-year and year plans"))
        self.ctx = ctx
        self._saved = saved
        self.starts_on: date | None = None
        self.rep: str | None = None
        longer = QVBoxLayout(self)
        pick = QHBoxLayout()
        self.longer_kind = QComboBox()
        for pkind, label in (
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.HALF, self.tr("Half-year")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            self.longer_kind.addItem(label, pkind.code)
        self.longer_kind.currentIndexChanged.connect(lambda _i: self.show_plan())
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

    def set_report(self, data: DailyReport | PeriodSummary, rep: str | None) -> None:
        self.starts_on, self.rep = data.period.starts_on, rep

    def _longer_period(self) -> tuple[PeriodKind, str] | None:
        if self.starts_on is None:
            return None
        kind = PeriodKind(self.longer_kind.currentData())
        return kind, period_key(kind, self.starts_on)

    def show_plan(self) -> None:
        target = self._longer_period()
        if target is None:
            return
        kind, key = target
        self.longer_key.setText(key)
        self.longer_text.setPlainText(plans.period_text(self.ctx.db, kind, key, rep=self.rep).plan_text)

    def save_longer(self) -> None:
        target = self._longer_period()
        if target is None:
            return
        kind, key = target
        result = plans.save_period_text(
            self.ctx.db, kind, key, rep=self.rep, plan_text=self.longer_text.toPlainText()
        )
        self._saved()
        self.ctx.hub.publish(result.changes)
