"""Purchases and payments logged from the account form."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from kamdesk import clock
from kamdesk.services import accounts as account_service
from kamdesk.ui.accounts.form.trade import PaymentDialog, PurchaseDialog
from kamdesk.ui.context import AppContext
from tests.ui.test_accounts_support import make_page, type_into


def test_purchase_and_payment_logged_from_the_form(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with clock.frozen_at("2026-03-10T10:00+08:00"):
        uuid = account_service.save_account(
            ctx.db, account_service.AccountInput(name="杭州远景医药集团有限公司")
        ).value
        page = make_page(qtbot, ctx)
        page.form.load(uuid)
        tab = page.form.trade
        assert tab.log_purchase_button.isEnabled()

        dialog = PurchaseDialog(ctx, uuid, [], tab)
        qtbot.addWidget(dialog)
        dialog.ordered_on.set_date_value(date(2026, 3, 1))
        dialog.product.setCurrentText("打印耗材")
        type_into(qtbot, dialog.amount, "12,800")
        type_into(qtbot, dialog.cycle, "30")
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted
        tab.refresh()
        assert tab.items.rowCount() == 1
        assert [tab.items.item(0, c).text() for c in range(4)] == [
            "打印耗材",
            "30",
            "2026-03-01",
            "2026-03-31",
        ]

        bad = PaymentDialog(ctx, uuid, tab)
        qtbot.addWidget(bad)
        type_into(qtbot, bad.amount, "很多")
        bad.save()
        assert bad.result() != QDialog.DialogCode.Accepted and not bad.errors.isHidden()
        type_into(qtbot, bad.amount, "8000")
        bad.save()
        assert bad.result() == QDialog.DialogCode.Accepted
        tab.refresh()
        assert tab.history.rowCount() == 2
        assert tab.history.item(0, 0).text() == "2026-03-10"  # the payment, newest first
