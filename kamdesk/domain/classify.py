"""Classifications worked out for the rep (DOMAIN.md §1): grade from the
expected close, cadence overdue, revisit due, purchase cycle due, account
value indicators from purchase and payment records, and the Pareto top 20%.

Pure functions on plain values: no SQL, no Qt.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from kamdesk.domain.grading import (
    Cadence,
    Grade,
    NeedStatus,
    RelationshipStage,
    RelationshipType,
    RevisitInterval,
    Urgency,
)

ZERO = Decimal("0")
CENT = Decimal("0.01")

#: Days before a purchase is due when the reminder starts, unless told otherwise.
PURCHASE_REMIND_DAYS = 7


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (Jan 31 + 1 → Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def grade_from_expected_close(
    expected_close: date | None, today: date, *, need: NeedStatus | None = None
) -> Grade:
    """Grade A–E by time to close: A within 1 month, B within 3, C within 6,
    D latent need or later than 6 months, E no need (a dead account).

    An expected close already past still counts as A: the deal is due now.
    """
    if need is NeedStatus.DEAD:
        return Grade.E
    if expected_close is None:
        return Grade.D
    for grade in (Grade.A, Grade.B, Grade.C):
        assert grade.months is not None
        if expected_close <= add_months(today, grade.months):
            return grade
    return Grade.D


def _as_date(value: date | datetime | None) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return value


def days_overdue(last_touch: date | datetime | None, cadence: Cadence | None, today: date) -> int | None:
    """Days past the cadence since the last touch: positive = overdue by that
    many days, 0 = due today, negative = days left. None without a cadence or
    a last touch."""
    touched = _as_date(last_touch)
    if cadence is None or touched is None:
        return None
    return (today - touched).days - cadence.days


def is_overdue(last_touch: date | datetime | None, cadence: Cadence | None, today: date) -> bool:
    days = days_overdue(last_touch, cadence, today)
    return days is not None and days > 0


@dataclass(frozen=True)
class RevisitDue:
    due_on: date
    is_due: bool
    days_left: int  # negative once past


def revisit_due(
    last_visit: date | datetime | None, interval: RevisitInterval | None, today: date
) -> RevisitDue | None:
    """When the next visit to a prospect is due (within 20/40/60/80 days of the
    last one); due from that day on. None without an interval or a last visit."""
    visited = _as_date(last_visit)
    if interval is None or visited is None:
        return None
    due_on = visited + timedelta(days=interval.days)
    return RevisitDue(due_on=due_on, is_due=today >= due_on, days_left=(due_on - today).days)


@dataclass(frozen=True)
class PurchaseDue:
    due_on: date
    remind_from: date
    is_due: bool  # inside the reminder window or past
    days_left: int


def purchase_cycle_due(
    last_purchase: date | None,
    cycle_days: int | None,
    today: date,
    *,
    remind_days: int = PURCHASE_REMIND_DAYS,
) -> PurchaseDue | None:
    """The next purchase of a consumable: last purchase + cycle; the reminder
    starts ``remind_days`` before. None without a cycle or a last purchase."""
    if last_purchase is None or not cycle_days or cycle_days <= 0:
        return None
    due_on = last_purchase + timedelta(days=cycle_days)
    remind_from = due_on - timedelta(days=max(0, remind_days))
    return PurchaseDue(
        due_on=due_on, remind_from=remind_from, is_due=today >= remind_from, days_left=(due_on - today).days
    )


# --- urgency (处理时间) ------------------------------------------------------


def urgency_for(handle_by: date, today: date) -> Urgency:
    """The seed's class (003) for an account that must be handled by
    ``handle_by``: 紧急 within a week (or already late), 缓急 from a week to a
    month, 不紧急 from one to three months, 可慢反应 beyond three months."""
    if handle_by <= today + timedelta(days=7):
        return Urgency.URGENT
    if handle_by <= add_months(today, 1):
        return Urgency.SOON
    if handle_by <= add_months(today, 3):
        return Urgency.NOT_URGENT
    return Urgency.SLOW


def effective_urgency(
    stored: Urgency | None, manual: bool, handle_by: date | None, today: date
) -> Urgency | None:
    """What the account's urgency is today: the rep's own choice when set by
    hand (or when there is no handle-by date), else derived from the date —
    so it moves from 不紧急 to 紧急 as the date comes near."""
    if manual or handle_by is None:
        return stored
    return urgency_for(handle_by, today)


# --- value indicators ------------------------------------------------------


@dataclass(frozen=True)
class PurchaseRecord:
    ordered_on: date
    amount: Decimal
    profit: Decimal | None = None
    is_return: bool = False


@dataclass(frozen=True)
class PaymentRecord:
    amount: Decimal
    paid_on: date | None
    ordered_on: date | None = None  # the order it pays, for collection days
    due_on: date | None = None


@dataclass(frozen=True)
class ValueIndicators:
    """Transaction and finance indicators of one account (DOMAIN.md §1).

    Money is net of returns where it says so; rates are fractions (0.25 = 25%).
    """

    order_count: int
    sales_amount: Decimal  # orders, before returns
    return_count: int
    return_amount: Decimal
    net_amount: Decimal  # orders − returns
    profit: Decimal | None  # None when no order carries a profit
    gross_margin: Decimal | None  # profit / net amount
    average_order: Decimal | None
    largest_order: Decimal | None
    first_order_on: date | None
    last_order_on: date | None
    months_trading: int  # calendar months from the first to the last order, inclusive
    average_interval_days: Decimal | None  # between consecutive orders
    paid_total: Decimal
    payment_count: int
    largest_payment: Decimal | None
    average_payment: Decimal | None
    average_collection_days: Decimal | None  # order date → payment date
    arrears: Decimal  # net amount not yet paid (never negative)
    arrears_rate: Decimal | None  # arrears / net amount


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT)


def value_indicators(
    purchases: Iterable[PurchaseRecord], payments: Iterable[PaymentRecord] = ()
) -> ValueIndicators:
    orders = [p for p in purchases]
    sales = [p for p in orders if not p.is_return]
    returns = [p for p in orders if p.is_return]
    sales_amount = sum((p.amount for p in sales), ZERO)
    return_amount = sum((abs(p.amount) for p in returns), ZERO)
    net = sales_amount - return_amount
    profits = [p.profit for p in orders if p.profit is not None]
    profit: Decimal | None = None
    if profits:
        profit = sum((p.profit for p in sales if p.profit is not None), ZERO) - sum(
            (abs(p.profit) for p in returns if p.profit is not None), ZERO
        )
    margin = (profit / net).quantize(Decimal("0.0001")) if profit is not None and net > 0 else None
    days = sorted(p.ordered_on for p in sales)
    months = 0
    interval: Decimal | None = None
    if days:
        months = (days[-1].year - days[0].year) * 12 + days[-1].month - days[0].month + 1
        if len(days) > 1:
            interval = (Decimal((days[-1] - days[0]).days) / (len(days) - 1)).quantize(Decimal("0.1"))
    paid = [p for p in payments if p.paid_on is not None]
    paid_total = sum((p.amount for p in paid), ZERO)
    collection = [(p.paid_on - p.ordered_on).days for p in paid if p.paid_on and p.ordered_on]
    arrears = max(ZERO, net - paid_total)
    return ValueIndicators(
        order_count=len(sales),
        sales_amount=_q(sales_amount),
        return_count=len(returns),
        return_amount=_q(return_amount),
        net_amount=_q(net),
        profit=_q(profit) if profit is not None else None,
        gross_margin=margin,
        average_order=_q(sales_amount / len(sales)) if sales else None,
        largest_order=_q(max(p.amount for p in sales)) if sales else None,
        first_order_on=days[0] if days else None,
        last_order_on=days[-1] if days else None,
        months_trading=months,
        average_interval_days=interval,
        paid_total=_q(paid_total),
        payment_count=len(paid),
        largest_payment=_q(max(p.amount for p in paid)) if paid else None,
        average_payment=_q(paid_total / len(paid)) if paid else None,
        average_collection_days=(
            (Decimal(sum(collection)) / len(collection)).quantize(Decimal("0.1")) if collection else None
        ),
        arrears=_q(arrears),
        arrears_rate=(arrears / net).quantize(Decimal("0.0001")) if net > 0 else None,
    )


# --- Pareto ----------------------------------------------------------------

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class ParetoResult:
    keys: tuple[Hashable, ...]  # the top accounts, largest revenue first
    top_revenue: Decimal
    total_revenue: Decimal
    revenue_share: Decimal | None  # fraction of all revenue the top brings


def pareto_top(revenues: Sequence[tuple[K, Decimal | None]], share: float = 0.2) -> ParetoResult:
    """The top ``share`` of accounts (by count, rounded up, at least one when
    any has revenue) ordered by revenue, and the share of revenue they bring.
    Accounts without revenue are counted in the population but never on top."""
    if not 0 < share <= 1:
        raise ValueError("share must be in (0, 1]")
    total = sum((r or ZERO for _, r in revenues), ZERO)
    ranked = sorted(((k, r) for k, r in revenues if r and r > 0), key=lambda kr: kr[1], reverse=True)
    n = math.ceil(len(revenues) * Decimal(str(share)))
    top = ranked[:n]
    top_rev = sum((r for _, r in top), ZERO)
    return ParetoResult(
        keys=tuple(k for k, _ in top),
        top_revenue=_q(top_rev),
        total_revenue=_q(total),
        revenue_share=(top_rev / total).quantize(Decimal("0.0001")) if total > 0 else None,
    )


# --- relationship advice ------------------------------------------------


def relationship_advice(
    kind: RelationshipType | None, stage: RelationshipStage | None, lang: str = "zh"
) -> str:
    """The seed's advice for the relationship type, with the stage's usual
    share of the customer's spend."""
    parts: list[str] = []
    if kind is not None:
        parts.append(
            f"{kind.label(lang)}：{kind.advice(lang)}"
            if lang.startswith("zh")
            else f"{kind.label(lang)}: {kind.advice(lang)}"
        )
    if stage is not None:
        lo, hi = stage.share
        share = f"{lo}%" if lo == hi else f"{lo}–{hi}%"
        if lang.startswith("zh"):
            parts.append(f"{stage.label(lang)}：我方份额约 {share}")
        else:
            parts.append(f"{stage.label(lang)}: our share about {share}")
    return "；".join(parts) if lang.startswith("zh") else "; ".join(parts)
