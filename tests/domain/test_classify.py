"""Classifications worked out for the rep, with the seeds' numbers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from kamdesk.domain.classify import (
    PaymentRecord,
    PurchaseRecord,
    add_months,
    days_overdue,
    grade_from_expected_close,
    is_overdue,
    pareto_top,
    purchase_cycle_due,
    relationship_advice,
    revisit_due,
    value_indicators,
)
from kamdesk.domain.grading import (
    Cadence,
    Grade,
    NeedStatus,
    RelationshipStage,
    RelationshipType,
    RevisitInterval,
)

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("close", "grade"),
    [
        (date(2026, 12, 1), Grade.A),
        (date(2026, 12, 25), Grade.A),  # exactly one month
        (date(2026, 12, 26), Grade.B),
        (date(2027, 2, 25), Grade.B),  # three months
        (date(2027, 3, 1), Grade.C),
        (date(2027, 5, 25), Grade.C),  # six months
        (date(2027, 5, 26), Grade.D),
        (date(2026, 11, 1), Grade.A),  # already due
        (None, Grade.D),  # latent need
    ],
)
def test_grade_from_expected_close_follows_1_3_6_months(close, grade):
    assert grade_from_expected_close(close, TODAY) is grade


def test_dead_need_is_grade_e_whatever_the_date():
    assert grade_from_expected_close(date(2026, 12, 1), TODAY, need=NeedStatus.DEAD) is Grade.E


def test_add_months_clamps_to_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_weekly_cadence_is_overdue_after_seven_days():
    assert days_overdue(TODAY - timedelta(days=7), Cadence.WEEKLY, TODAY) == 0
    assert not is_overdue(TODAY - timedelta(days=7), Cadence.WEEKLY, TODAY)
    assert days_overdue(TODAY - timedelta(days=10), Cadence.WEEKLY, TODAY) == 3
    assert is_overdue(datetime(2026, 11, 1, 9), Cadence.HALF_MONTHLY, TODAY)  # 24 days vs 15
    assert days_overdue(TODAY - timedelta(days=40), Cadence.MONTHLY, TODAY) == 10
    assert days_overdue(None, Cadence.DAILY, TODAY) is None
    assert days_overdue(TODAY, None, TODAY) is None


@pytest.mark.parametrize(
    ("interval", "days"),
    [
        (RevisitInterval.D20, 20),
        (RevisitInterval.D40, 40),
        (RevisitInterval.D60, 60),
        (RevisitInterval.D80, 80),
    ],
)
def test_revisit_is_due_after_its_interval(interval, days):
    last = TODAY - timedelta(days=days)
    due = revisit_due(last, interval, TODAY)
    assert due is not None and due.is_due and due.due_on == TODAY
    not_yet = revisit_due(last + timedelta(days=1), interval, TODAY)
    assert not_yet is not None and not not_yet.is_due and not_yet.days_left == 1


def test_purchase_cycle_reminds_n_days_before_it_is_due():
    due = purchase_cycle_due(date(2026, 9, 1), 90, TODAY, remind_days=7)
    assert due is not None and due.due_on == date(2026, 11, 30) and due.is_due and due.days_left == 5
    later = purchase_cycle_due(date(2026, 9, 1), 90, TODAY, remind_days=3)
    assert later is not None and not later.is_due
    assert purchase_cycle_due(None, 90, TODAY) is None
    assert purchase_cycle_due(date(2026, 9, 1), None, TODAY) is None


def test_value_indicators_from_known_purchases_and_payments():
    d = Decimal
    purchases = [
        PurchaseRecord(date(2026, 1, 10), d("10000"), d("3000")),
        PurchaseRecord(date(2026, 3, 10), d("20000"), d("5000")),
        PurchaseRecord(date(2026, 5, 9), d("30000"), d("7000")),
        PurchaseRecord(date(2026, 6, 1), d("5000"), d("1000"), is_return=True),
    ]
    payments = [
        PaymentRecord(d("10000"), date(2026, 2, 9), ordered_on=date(2026, 1, 10)),  # 30 days
        PaymentRecord(d("20000"), date(2026, 4, 29), ordered_on=date(2026, 3, 10)),  # 50 days
        PaymentRecord(d("5000"), None),  # not paid yet: ignored
    ]
    v = value_indicators(purchases, payments)
    assert v.order_count == 3 and v.sales_amount == d("60000.00")
    assert v.return_count == 1 and v.return_amount == d("5000.00")
    assert v.net_amount == d("55000.00")
    assert v.profit == d("14000.00")  # 15000 - 1000
    assert v.gross_margin == d("0.2545")  # 14000 / 55000
    assert v.average_order == d("20000.00") and v.largest_order == d("30000.00")
    assert v.months_trading == 5  # January to May
    assert v.average_interval_days == d("59.5")  # 119 days / 2 intervals
    assert v.paid_total == d("30000.00") and v.payment_count == 2
    assert v.largest_payment == d("20000.00") and v.average_payment == d("15000.00")
    assert v.average_collection_days == d("40.0")
    assert v.arrears == d("25000.00") and v.arrears_rate == d("0.4545")


def test_value_indicators_of_an_account_without_records_are_empty():
    v = value_indicators([], [])
    assert v.order_count == 0 and v.average_order is None and v.gross_margin is None and v.arrears == 0


def test_pareto_takes_the_top_fifth_by_revenue():
    revenues = [(f"a{i}", Decimal(v)) for i, v in enumerate([500, 300, 50, 40, 30, 20, 20, 20, 10, 10])]
    top = pareto_top(revenues, 0.2)
    assert top.keys == ("a0", "a1")
    assert top.top_revenue == Decimal("800.00") and top.total_revenue == Decimal("1000.00")
    assert top.revenue_share == Decimal("0.8000")


def test_pareto_never_lists_accounts_without_revenue():
    top = pareto_top([("a", Decimal(0)), ("b", None), ("c", Decimal(5))], 0.2)
    assert top.keys == ("c",)


def test_relationship_advice_carries_the_seed_words_and_share():
    zh = relationship_advice(RelationshipType.DORMANT, RelationshipStage.MIDDLE, "zh")
    assert "为他创造新的需求" in zh and "30–50%" in zh
    en = relationship_advice(RelationshipType.LOYAL, None, "en")
    assert "after-sales satisfaction" in en
