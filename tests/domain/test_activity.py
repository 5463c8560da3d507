"""Effective calls against the decomposition: the seed's worked example."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.activity import Attainment, attainment, check, month_of
from kamdesk.domain.periods import PeriodKind
from kamdesk.domain.targets import decompose, default_month_weights


def seed_month(day: date):
    quarter = decompose(Decimal(100_000), default_month_weights(PeriodKind.QUARTER))
    return month_of(quarter, PeriodKind.QUARTER, "2026-Q4", day)


def test_a_quarter_of_100000_asks_40_effective_calls_a_working_day():
    assert seed_month(date(2026, 10, 14)).calls_per_day == 40


def test_a_day_with_32_calls_is_80_percent_not_reached_8_short():
    a = check(seed_month(date(2026, 10, 14)), "2026-Q4", date(2026, 10, 14), 32, 300)
    assert a.today.percent == Decimal("80.0")
    assert not a.today.reached and a.today.short == 8
    assert a.today.describe("zh") == "32 / 40 通，80.0%，未达成，差8通"
    assert a.today.describe("en") == "32 / 40 calls, 80.0%, not reached, 8 short"


def test_month_to_date_counts_the_working_days_gone():
    # 1–14 October 2026: Thursday 1st to Wednesday 14th = 10 working days → 400 calls asked
    a = check(seed_month(date(2026, 10, 14)), "2026-Q4", date(2026, 10, 14), 45, 412)
    assert a.working_days_gone == 10
    assert a.so_far.required == 400
    assert a.so_far.percent == Decimal("103.0") and a.so_far.reached
    assert a.today.describe("zh") == "45 / 40 通，112.5%，达成"


def test_the_third_month_of_the_quarter_asks_more():
    # 40,000 → 7 deals → 140 prospects → 1,400 calls → 56 a working day
    assert seed_month(date(2026, 12, 1)).calls_per_day == 56


def test_a_day_outside_the_target_period_is_refused():
    with pytest.raises(ValueError, match="outside"):
        seed_month(date(2027, 1, 4))


def test_weekend_day_asks_nothing_and_attainment_is_none_without_a_requirement():
    a = check(seed_month(date(2026, 10, 17)), "2026-Q4", date(2026, 10, 17), 3, 3)
    assert a.today.required == 0 and a.today.reached and a.today.percent is None
    assert attainment(1, 0) is None
    assert Attainment(39, 40).percent == Decimal("97.5")
