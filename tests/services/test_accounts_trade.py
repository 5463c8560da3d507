"""Purchases and payments on an account; each product on its own purchase
cycle, reminder and next due date; a new purchase clears its reminder."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kamdesk.domain.reminders import ReminderKind
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import accounts as acc
from kamdesk.services.visits.reminders import due_reminders
from kamdesk.store.db import Database
from kamdesk.store.models import Payment, Purchase, PurchaseItem


def _account(db: Database) -> str:
    return acc.save_account(db, acc.AccountInput(name="杭州远景医药集团有限公司", short_name="远景")).value


def _purchase_reminders(db: Database, day: date) -> list[str]:
    found = due_reminders(db, day, now=datetime.combine(day, datetime.min.time()), include_reports=False)
    return [r.subject for r in found if r.kind is ReminderKind.PURCHASE_CYCLE]


def test_each_product_has_its_own_cycle_due_date_and_reminder(db: Database) -> None:
    uuid = _account(db)
    acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-03-01", "12,800", product="打印耗材", cycle_days="30"))
    acc.log_purchase(
        db,
        acc.PurchaseInput(
            uuid, date(2026, 3, 5), Decimal("5000"), product="服务器维保", cycle_days=90, remind_days=14
        ),
    )
    items = {i.product: i for i in acc.purchase_items(db, uuid, date(2026, 3, 25))}
    assert items["打印耗材"].next_due_on == date(2026, 3, 31) and items["打印耗材"].is_due  # 7 days ahead
    assert items["服务器维保"].next_due_on == date(2026, 6, 3) and not items["服务器维保"].is_due
    assert _purchase_reminders(db, date(2026, 3, 25)) == ["杭州远景医药集团有限公司 · 打印耗材"]
    assert sorted(_purchase_reminders(db, date(2026, 5, 21))) == [
        "杭州远景医药集团有限公司 · 打印耗材",
        "杭州远景医药集团有限公司 · 服务器维保",
    ]
    detail = acc.get_account(db, uuid)
    assert detail.last_purchase_on == date(2026, 3, 5) and detail.revenue_total == Decimal("17800")


def test_logging_a_purchase_clears_that_items_reminder_and_moves_its_due(db: Database) -> None:
    uuid = _account(db)
    acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-03-01", "12800", product="打印耗材", cycle_days=30))
    acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-03-01", "900", product="硒鼓", cycle_days=30))
    assert len(_purchase_reminders(db, date(2026, 3, 26))) == 2
    # the cycle is kept: a later order names only the product
    acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-03-26", "12800", product="打印耗材"))
    assert _purchase_reminders(db, date(2026, 3, 26)) == ["杭州远景医药集团有限公司 · 硒鼓"]
    items = {i.product: i for i in acc.purchase_items(db, uuid, date(2026, 3, 26))}
    assert items["打印耗材"].next_due_on == date(2026, 4, 25) and not items["打印耗材"].is_due
    # a return does not count as the next order
    acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-03-27", "900", product="硒鼓", is_return=True))
    assert "杭州远景医药集团有限公司 · 硒鼓" in _purchase_reminders(db, date(2026, 3, 27))
    assert acc.get_account(db, uuid).revenue_total == Decimal("25600")


def test_a_cycle_set_on_a_product_already_bought_counts_from_its_last_order(db: Database) -> None:
    uuid = _account(db)
    acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-02-10", "300", product="纸张"))
    acc.set_purchase_item(db, uuid, "纸张", 20, 3)
    (item,) = acc.purchase_items(db, uuid, date(2026, 2, 26))
    assert (item.last_purchase_on, item.next_due_on, item.remind_from) == (
        date(2026, 2, 10),
        date(2026, 3, 2),
        date(2026, 2, 27),
    )
    assert not item.is_due
    acc.set_purchase_item(db, uuid, "纸张", None)  # no cycle: no due date, no reminder
    assert acc.purchase_items(db, uuid, date(2026, 3, 5))[0].next_due_on is None


def test_payments_received_or_due(db: Database) -> None:
    uuid = _account(db)
    acc.log_payment(db, acc.PaymentInput(uuid, "8000", paid_on="2026-03-02"))
    acc.log_payment(db, acc.PaymentInput(uuid, "4800", due_on="2026-04-01"))
    purchases, payments = acc.recent_trade(db, uuid)
    assert purchases == []
    assert [(p.paid_on, p.due_on, p.amount) for p in payments] == [
        (None, date(2026, 4, 1), Decimal("4800")),
        (date(2026, 3, 2), None, Decimal("8000")),
    ]


def test_bad_input_names_each_field_and_writes_nothing(db: Database) -> None:
    uuid = _account(db)
    with pytest.raises(ValidationError) as err:
        acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-13-01", "abc", cycle_days="0"))
    assert set(err.value.errors) >= {"ordered_on", "amount", "cycle_days"}
    with pytest.raises(ValidationError) as err:
        acc.log_purchase(db, acc.PurchaseInput(uuid, "2026-03-01", "10", cycle_days=30))
    assert "product" in err.value.errors  # a cycle belongs to a product
    with pytest.raises(ValidationError) as err:
        acc.log_payment(db, acc.PaymentInput(uuid, "-5"))
    assert "amount" in err.value.errors
    with db.reading() as s:
        for model in (Purchase, Payment, PurchaseItem):
            assert s.scalar(select(func.count()).select_from(model)) == 0
    with pytest.raises(UserError):
        acc.find_account(db, "没有这个客户")
    assert acc.find_account(db, "远景") == uuid
