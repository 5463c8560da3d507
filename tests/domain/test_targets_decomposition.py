"""Target decomposition exactly as the seed's worked example (任务分解)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.periods import PeriodKind, TargetLevel
from kamdesk.domain.targets import (
    Rules,
    decompose,
    default_month_weights,
    levels_problem,
    month_plan,
    progress,
    split_months,
)

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


def test_quarter_of_100000_splits_30_30_40():
    weights = default_month_weights(PeriodKind.QUARTER)
    assert split_months(Decimal(100_000), weights) == [Decimal(30_000), Decimal(30_000), Decimal(40_000)]


def test_seed_example_month_of_30000_needs_40_calls_a_day():
    plan = month_plan(0, Decimal(30_000), Rules(Decimal(6000), 20, 10, 25))
    assert (plan.deals, plan.prospects, plan.calls, plan.calls_per_day) == (5, 100, 1000, 40)


def test_quarter_decomposition_with_the_seeds_rules():
    d = decompose(Decimal(100_000), default_month_weights(PeriodKind.QUARTER))
    assert [m.target for m in d.months] == [Decimal(30_000), Decimal(30_000), Decimal(40_000)]
    assert [m.deals for m in d.months] == [5, 5, 7]  # 40,000 / 6,000 rounds up to 7
    assert [m.calls_per_day for m in d.months][:2] == [40, 40]
    assert d.months[2].calls == 1400 and d.months[2].calls_per_day == 56
    assert (d.deals, d.prospects, d.calls) == (17, 340, 3400)
    assert d.calls_per_day == 56


def test_month_split_adds_up_to_the_cent():
    parts = split_months(Decimal("100000.01"), default_month_weights(PeriodKind.YEAR))
    assert len(parts) == 12 and sum(parts) == Decimal("100000.01")


def test_bad_rules_are_refused():
    with pytest.raises(ValueError):
        decompose(Decimal(1000), (Decimal(1),), Rules(average_deal=Decimal(0)))
    with pytest.raises(ValueError):
        split_months(Decimal(1000), (Decimal("0.5"), Decimal("0.4")))
    assert "working_days" in Rules(working_days=0).problems()


def test_progress_against_min_normal_stretch():
    p = progress(Decimal(90_000), Decimal(80_000), Decimal(100_000), Decimal(120_000))
    assert [lp.reached for lp in p.levels] == [True, False, False]
    assert p.levels[1].ratio == Decimal("0.9")
    assert p.highest_reached is TargetLevel.MINIMUM
    assert progress(Decimal(0), None, Decimal(100), None).highest_reached is None


def test_levels_must_rise_from_minimum_to_stretch():
    assert levels_problem(Decimal(1), Decimal(2), Decimal(3)) == {}
    assert "minimum" in levels_problem(Decimal(3), Decimal(2), None)
    assert "stretch" in levels_problem(None, Decimal(5), Decimal(4))
    assert "normal" in levels_problem(None, Decimal(-1), None)
