"""The purchases and payments tab: each product the account buys on its own
cycle (next due, reminder), the newest orders and payments, and the two
dialogs that log them. Logging goes through the account service; the form
refreshes from the change it publishes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.domain import formats
from kamdesk.errors import ValidationError
from kamdesk.services import accounts as account_service
from kamdesk.services.changes import Result
from kamdesk.ui.context import AppContext
from kamdesk.ui.operations import run_op
from kamdesk.ui.widgets.dates import OptionalDateEdit

ERROR_STYLE = "color: #b3261e;"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class TradeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._uuid: str | None = None
        self.log_purchase_button = QPushButton(self.tr("Log purchase…"))
        self.log_purchase_button.clicked.connect(self.log_purchase)
        self.log_payment_button = QPushButton(self.tr("Log payment…"))
        self.log_payment_button.clicked.connect(self.log_payment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.log_purchase_button)
        buttons.addWidget(self.log_payment_button)

        items_box = QGroupBox(self.tr("Purchase cycle reminders"))
        self.items = _table(
            [
                self.tr("Product"),
                self.tr("Cycle (days)"),
                self.tr("Last purchase"),
                self.tr("Next due"),
                self.tr("Reminder"),
            ]
        )
        self.items.setObjectName("purchaseItems")
        QVBoxLayout(items_box).addWidget(self.items)

        history_box = QGroupBox(self.tr("Purchase and payment records"))
        self.history = _table([self.tr("Date"), self.tr("Kind"), self.tr("Product"), self.tr("Amount")])
        self.history.setObjectName("tradeHistory")
        QVBoxLayout(history_box).addWidget(self.history)

        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(items_box, 1)
        lay.addWidget(history_box, 2)
        self.set_account(None)

    def set_account(self, uuid: str | None) -> None:
        self._uuid = uuid
        self.log_purchase_button.setEnabled(uuid is not None)
        self.log_payment_button.setEnabled(uuid is not None)
        self.refresh()

    def refresh(self) -> None:
        if self._uuid is None:
            _fill(self.items, [])
            _fill(self.history, [])
            return
        today = clock.today()
        uuid = self._uuid
        read = run_op(
            self,
            self.ctx,
            lambda: Result(
                (
                    account_service.purchase_items(self.ctx.db, uuid, today),
                    account_service.recent_trade(self.ctx.db, uuid),
                )
            ),
            title=self.tr("Purchase and payment records"),
            failure=lambda _exc: None,  # the account went away: its form is about to empty
        )
        if read is None:
            return
        items, (purchases, payments) = read.value
        self._show_items(items)
        self._show_history(purchases, payments)

    def _show_items(self, items: list[account_service.PurchaseItemView]) -> None:
        """Each product's cycle, last purchase, next due date and reminder."""
        _fill(
            self.items,
            [
                [
                    i.product,
                    str(i.cycle_days or "—"),
                    i.last_purchase_on.isoformat() if i.last_purchase_on else "—",
                    i.next_due_on.isoformat() if i.next_due_on else "—",
                    (
                        self.tr("⚠ due")
                        if i.is_due
                        else self.tr("from {date}").format(date=i.remind_from.isoformat())
                    )
                    if i.remind_from
                    else "—",
                ]
                for i in items
            ],
        )

    def _show_history(
        self, purchases: list[account_service.PurchaseView], payments: list[account_service.PaymentView]
    ) -> None:
        """Purchases, returns and payments, newest first."""
        lang = self.ctx.lang
        rows: list[tuple[str, list[str]]] = []
        for p in purchases:
            kind = self.tr("Return") if p.is_return else self.tr("Purchase")
            rows.append(
                (
                    p.ordered_on.isoformat(),
                    [p.ordered_on.isoformat(), kind, p.product or "", formats.money(p.amount, lang)],
                )
            )
        for pay in payments:
            day = pay.paid_on or pay.due_on
            kind = self.tr("Payment") if pay.paid_on else self.tr("Payment due")
            shown = day.isoformat() if day else ""
            rows.append((shown, [shown, kind, "", formats.money(pay.amount, lang)]))
        rows.sort(key=lambda r: r[0], reverse=True)
        _fill(self.history, [r for _k, r in rows])
        for r in range(self.history.rowCount()):  # amounts line up on the right
            item = self.history.item(r, 3)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _products(self) -> list[str]:
        if self._uuid is None:
            return []
        return [i.product for i in account_service.purchase_items(self.ctx.db, self._uuid, clock.today())]

    def log_purchase(self) -> None:
        if self._uuid is None:
            return
        dialog = PurchaseDialog(self.ctx, self._uuid, self._products(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def log_payment(self) -> None:
        if self._uuid is None:
            return
        dialog = PaymentDialog(self.ctx, self._uuid, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


class _LogDialog(QDialog):
    """A small form whose errors show under it, field by field."""

    def __init__(self, ctx: AppContext, account_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_uuid = account_uuid
        self.form = QFormLayout()
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        self.errors.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.errors)
        lay.addWidget(buttons)

    def _labels(self) -> dict[str, str]:
        return {}

    def _run(self, write: Callable[[], Result[Any]]) -> None:
        if run_op(self, self.ctx, write, title=self.windowTitle(), invalid=self._show_invalid) is not None:
            self.accept()

    def _show_invalid(self, exc: ValidationError) -> None:
        labels = self._labels()
        self.errors.setText("\n".join(f"{labels.get(k, k)}：{v}" for k, v in exc.errors.items()))
        self.errors.show()

    def save(self) -> None:
        raise NotImplementedError


class PurchaseDialog(_LogDialog):
    def __init__(
        self, ctx: AppContext, account_uuid: str, products: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, account_uuid, parent)
        self.setWindowTitle(self.tr("Log purchase"))
        self.ordered_on = OptionalDateEdit(value=clock.today())
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.addItems(products)
        self.product.setCurrentText("")
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.quantity = QLineEdit()
        self.is_return = QCheckBox(self.tr("A return, not an order"))
        self.cycle = QLineEdit()
        self.cycle.setObjectName("cycle")
        self.cycle.setPlaceholderText(self.tr("days; sets this product's purchase cycle"))
        self.remind = QLineEdit()
        self.remind.setPlaceholderText(self.tr("days before it is due (default 7)"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("Date"), self.ordered_on)
        self.form.addRow(self.tr("Product"), self.product)
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Quantity"), self.quantity)
        self.form.addRow("", self.is_return)
        self.form.addRow(self.tr("Purchase cycle (days)"), self.cycle)
        self.form.addRow(self.tr("Remind (days before)"), self.remind)
        self.form.addRow(self.tr("Note"), self.note)

    def _labels(self) -> dict[str, str]:
        return {
            "ordered_on": self.tr("Date"),
            "product": self.tr("Product"),
            "amount": self.tr("Amount"),
            "quantity": self.tr("Quantity"),
            "cycle_days": self.tr("Purchase cycle (days)"),
            "remind_days": self.tr("Remind (days before)"),
            "note": self.tr("Note"),
        }

    def save(self) -> None:
        inp = account_service.PurchaseInput(
            account_uuid=self.account_uuid,
            ordered_on=self.ordered_on.date_value(),
            amount=self.amount.text(),
            product=self.product.currentText() or None,
            quantity=self.quantity.text() or None,
            is_return=self.is_return.isChecked(),
            note=self.note.text() or None,
            cycle_days=self.cycle.text() or None,
            remind_days=self.remind.text() or None,
        )
        self._run(lambda: account_service.log_purchase(self.ctx.db, inp))


class PaymentDialog(_LogDialog):
    def __init__(self, ctx: AppContext, account_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, account_uuid, parent)
        self.setWindowTitle(self.tr("Log payment"))
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.paid_on = OptionalDateEdit(value=clock.today())
        self.due_on = OptionalDateEdit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Paid on"), self.paid_on)
        self.form.addRow(self.tr("Due on"), self.due_on)
        self.form.addRow(self.tr("Note"), self.note)

    def _labels(self) -> dict[str, str]:
        return {
            "amount": self.tr("Amount"),
            "paid_on": self.tr("Paid on"),
            "due_on": self.tr("Due on"),
            "note": self.tr("Note"),
        }

    def save(self) -> None:
        inp = account_service.PaymentInput(
            account_uuid=self.account_uuid,
            amount=self.amount.text(),
            paid_on=self.paid_on.date_value(),
            due_on=self.due_on.date_value(),
            note=self.note.text() or None,
        )
        self._run(lambda: account_service.log_payment(self.ctx.db, inp))
