"""Purchases (购买记录) and payments (回款) logged on an account, and each
product it buys on its own cycle (购买周期提醒).

A product an account buys again and again is a :class:`PurchaseItem`: its
cycle in days, how many days before the due date the rep is reminded, the
last purchase and the next due date. Logging a purchase of that product
moves the due date to the purchase day + the cycle, which clears the
reminder until the new date comes near. Every write is one transaction;
bad input raises ValidationError naming each field, nothing written.

Re-exported by :mod:`kamdesk.services.accounts`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.classify import PURCHASE_REMIND_DAYS
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.accounts.write import _find
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Payment, Purchase, PurchaseItem


@dataclass(frozen=True)
class PurchaseInput:
    """One order (or return). Amounts and dates may be text (a form or a CLI
    argument); ``cycle_days`` sets that product's purchase cycle as well."""

    account_uuid: str
    ordered_on: date | str | None
    amount: Decimal | str | None
    product: str | None = None
    quantity: float | str | None = None
    profit: Decimal | str | None = None
    is_return: bool = False
    note: str | None = None
    cycle_days: int | str | None = None
    remind_days: int | str | None = None


@dataclass(frozen=True)
class PaymentInput:
    account_uuid: str
    amount: Decimal | str | None
    paid_on: date | str | None = None
    due_on: date | str | None = None
    note: str | None = None


@dataclass(frozen=True)
class PurchaseItemView:
    uuid: str
    product: str
    cycle_days: int | None
    remind_days: int
    last_purchase_on: date | None
    next_due_on: date | None
    remind_from: date | None
    is_due: bool  # inside its reminder window or past due


@dataclass(frozen=True)
class PurchaseView:
    uuid: str
    ordered_on: date
    product: str | None
    quantity: float | None
    amount: Decimal
    is_return: bool


@dataclass(frozen=True)
class PaymentView:
    uuid: str
    paid_on: date | None
    due_on: date | None
    amount: Decimal


def _check_purchase(data: PurchaseInput) -> dict[str, object]:
    errs: fieldcheck.Errors = {}
    v: dict[str, object] = {
        "ordered_on": fieldcheck.a_date(errs, "ordered_on", data.ordered_on, not_future=True),
        "amount": fieldcheck.amount(errs, "amount", data.amount),
        "profit": fieldcheck.amount(errs, "profit", data.profit, allow_negative=True),
        "product": fieldcheck.text(errs, "product", data.product, max_len=200),
        "quantity": fieldcheck.number(errs, "quantity", data.quantity, minimum=0, maximum=1e12),
        "note": fieldcheck.text(errs, "note", data.note, max_len=4000),
        "cycle_days": fieldcheck.integer(errs, "cycle_days", data.cycle_days, minimum=1, maximum=3650),
        "remind_days": fieldcheck.integer(errs, "remind_days", data.remind_days, minimum=0, maximum=365),
    }
    if v["ordered_on"] is None and "ordered_on" not in errs:
        errs["ordered_on"] = "required"
    if v["amount"] is None and "amount" not in errs:
        errs["amount"] = "required"
    if (v["cycle_days"] is not None or v["remind_days"] is not None) and not v["product"]:
        errs.setdefault("product", "a purchase cycle belongs to a product: name it")
    if errs:
        raise ValidationError(errs)
    return v


def _item(s: Session, account_id: int, product: str) -> PurchaseItem | None:
    return s.scalar(
        select(PurchaseItem).where(PurchaseItem.account_id == account_id, PurchaseItem.product == product)
    )


def _move_due(item: PurchaseItem) -> None:
    """Next due = last purchase + cycle (None without either): a new order
    clears the reminder until the new date comes near."""
    if item.last_purchase_on is not None and item.cycle_days:
        item.next_due_on = item.last_purchase_on + timedelta(days=item.cycle_days)
    else:
        item.next_due_on = None


def log_purchase(db: Database, data: PurchaseInput) -> Result[str]:
    """Record an order; returns the purchase's uuid. The account's last
    purchase moves on; a product's item (made on its first cycle) moves its due."""
    v = _check_purchase(data)
    with db.transaction() as s:
        acc = _find(s, data.account_uuid)
        ordered_on = v["ordered_on"]
        assert isinstance(ordered_on, date)
        p = Purchase(
            account_id=acc.id,
            ordered_on=ordered_on,
            product=v["product"],
            quantity=v["quantity"],
            amount=v["amount"],
            profit=v["profit"],
            is_return=bool(data.is_return),
            note=v["note"],
        )
        s.add(p)
        if not data.is_return and (acc.last_purchase_on is None or ordered_on > acc.last_purchase_on):
            acc.last_purchase_on = ordered_on
        product = v["product"]
        if isinstance(product, str) and product:
            item = _item(s, acc.id, product)
            if item is None and v["cycle_days"] is not None:
                item = PurchaseItem(account_id=acc.id, product=product, remind_days=PURCHASE_REMIND_DAYS)
                s.add(item)
            if item is not None:
                if v["cycle_days"] is not None:
                    item.cycle_days = int(v["cycle_days"])  # type: ignore[call-overload]
                if v["remind_days"] is not None:
                    item.remind_days = int(v["remind_days"])  # type: ignore[call-overload]
                if not data.is_return and (
                    item.last_purchase_on is None or ordered_on >= item.last_purchase_on
                ):
                    item.last_purchase_on = ordered_on
                _move_due(item)
        amount = v["amount"]
        assert isinstance(amount, Decimal)
        # the running total moves by this order (a return takes it back)
        acc.revenue_total = (acc.revenue_total or Decimal(0)) + (-amount if data.is_return else amount)
        s.flush()
        return Result(p.uuid, Changes.of("account", uuids=(acc.uuid,)))


def log_payment(db: Database, data: PaymentInput) -> Result[str]:
    """Record money received (or due: no ``paid_on``); returns its uuid."""
    errs: fieldcheck.Errors = {}
    amount = fieldcheck.amount(errs, "amount", data.amount)
    paid_on = fieldcheck.a_date(errs, "paid_on", data.paid_on, not_future=True)
    due_on = fieldcheck.a_date(errs, "due_on", data.due_on)
    note = fieldcheck.text(errs, "note", data.note, max_len=4000)
    if amount is None and "amount" not in errs:
        errs["amount"] = "required"
    if paid_on is None and due_on is None and not errs:
        errs["paid_on"] = "give the day it was paid, or the day it is due"
    if errs:
        raise ValidationError(errs)
    with db.transaction() as s:
        acc = _find(s, data.account_uuid)
        pay = Payment(account_id=acc.id, amount=amount, paid_on=paid_on, due_on=due_on, note=note)
        s.add(pay)
        s.flush()
        return Result(pay.uuid, Changes.of("account", uuids=(acc.uuid,)))


def set_purchase_item(
    db: Database,
    account_uuid: str,
    product: str,
    cycle_days: int | str | None,
    remind_days: int | str | None = None,
) -> Result[str]:
    """Set (or clear, with no cycle) a product's purchase cycle and reminder lead."""
    errs: fieldcheck.Errors = {}
    name = fieldcheck.text(errs, "product", product, max_len=200, required=True)
    cycle = fieldcheck.integer(errs, "cycle_days", cycle_days, minimum=1, maximum=3650)
    lead = fieldcheck.integer(errs, "remind_days", remind_days, minimum=0, maximum=365)
    if errs:
        raise ValidationError(errs)
    assert name is not None
    with db.transaction() as s:
        acc = _find(s, account_uuid)
        item = _item(s, acc.id, name)
        if item is None:
            last = s.scalar(
                select(func.max(Purchase.ordered_on)).where(
                    Purchase.account_id == acc.id, Purchase.product == name, Purchase.is_return.is_(False)
                )
            )
            item = PurchaseItem(account_id=acc.id, product=name, last_purchase_on=last)
            s.add(item)
        item.cycle_days = cycle
        item.remind_days = PURCHASE_REMIND_DAYS if lead is None else lead
        _move_due(item)
        s.flush()
        return Result(item.uuid, Changes.of("account", uuids=(acc.uuid,)))


def purchase_items(db: Database, account_uuid: str, today: date) -> list[PurchaseItemView]:
    """The account's products on a cycle, soonest due first."""
    with db.reading() as s:
        acc = _find(s, account_uuid)
        rows = s.scalars(
            select(PurchaseItem)
            .where(PurchaseItem.account_id == acc.id)
            .order_by(PurchaseItem.next_due_on.is_(None), PurchaseItem.next_due_on, PurchaseItem.product)
        ).all()
        out = []
        for i in rows:
            remind_from = i.next_due_on - timedelta(days=i.remind_days) if i.next_due_on else None
            out.append(
                PurchaseItemView(
                    i.uuid,
                    i.product,
                    i.cycle_days,
                    i.remind_days,
                    i.last_purchase_on,
                    i.next_due_on,
                    remind_from,
                    remind_from is not None and today >= remind_from,
                )
            )
        return out


def recent_trade(
    db: Database, account_uuid: str, limit: int = 20
) -> tuple[list[PurchaseView], list[PaymentView]]:
    """The newest purchases and payments of an account (for its form)."""
    with db.reading() as s:
        acc = _find(s, account_uuid)
        purchases = [
            PurchaseView(*row)
            for row in s.execute(
                select(
                    Purchase.uuid,
                    Purchase.ordered_on,
                    Purchase.product,
                    Purchase.quantity,
                    Purchase.amount,
                    Purchase.is_return,
                )
                .where(Purchase.account_id == acc.id)
                .order_by(Purchase.ordered_on.desc(), Purchase.id.desc())
                .limit(limit)
            )
        ]
        payments = [
            PaymentView(*row)
            for row in s.execute(
                select(Payment.uuid, Payment.paid_on, Payment.due_on, Payment.amount)
                .where(Payment.account_id == acc.id)
                .order_by(func.coalesce(Payment.paid_on, Payment.due_on).desc(), Payment.id.desc())
                .limit(limit)
            )
        ]
        return purchases, payments


def find_account(db: Database, ref: str) -> str:
    """An account's uuid from its uuid, name, short name or number (the CLI's
    way to name one); refuses none or several."""
    with db.reading() as s:
        found = s.scalars(
            select(Account.uuid)
            .where(
                or_(
                    Account.uuid == ref, Account.name == ref, Account.short_name == ref, Account.number == ref
                )
            )
            .limit(2)
        ).all()
    if not found:
        raise UserError(f"no account named {ref!r} (give its name, short name, number or uuid)")
    if len(found) > 1:
        raise UserError(f"several accounts match {ref!r}: give its uuid")
    return found[0]
