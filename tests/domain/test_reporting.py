from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from kamdesk.domain.periods import TargetLevel
from kamdesk.domain.reporting import (
    OpportunityHistory,
    expected_counts,
    funnel_from_stage_counts,
    level_reached,
    pipeline_at,
    rate,
    stage_at,
    weighted,
)
from kamdesk.domain.stages import OpportunityStatus, Stage

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


def t(day: int) -> datetime:
    return datetime(2026, 11, day, 12, tzinfo=UTC)


def test_stage_c_counts_half_in_weighted_pipeline() -> None:
    assert weighted(Decimal("300000"), Stage.C) == Decimal("150000.00")
    assert weighted(Decimal("300000"), Stage.C, 10) == Decimal("30000.00")
    assert weighted(None, Stage.C) == Decimal("0.00")


def test_stage_at_follows_the_stage_history() -> None:
    opp = OpportunityHistory(
        Decimal("100"), Stage.C, OpportunityStatus.OPEN, t(1), None, ((t(10), Stage.E, Stage.C),)
    )
    assert stage_at(opp, t(5)) is Stage.E  # before the move: where it started from
    assert stage_at(opp, t(10)) is Stage.C
    assert stage_at(opp, datetime(2026, 10, 1, tzinfo=UTC)) is None  # not yet opened


def test_closed_opportunity_leaves_the_pipeline_when_closed() -> None:
    won = OpportunityHistory(Decimal("80000"), Stage.S, OpportunityStatus.WON, t(1), t(19))
    assert pipeline_at([won], t(18)) == (Decimal("80000"), Decimal("80000.00"))
    assert pipeline_at([won], t(20)) == (Decimal("0.00"), Decimal("0.00"))


def test_pipeline_change_over_a_week_uses_the_stage_at_each_end() -> None:
    mes = OpportunityHistory(
        Decimal("300000"), Stage.C, OpportunityStatus.OPEN, t(1), None, ((t(18), Stage.E, Stage.C),)
    )
    assert pipeline_at([mes], t(16))[1] == Decimal("75000.00")
    assert pipeline_at([mes], t(22))[1] == Decimal("150000.00")


def test_reference_counts_scale_to_our_first_step() -> None:
    assert expected_counts(250) == [Decimal(250), Decimal(125), Decimal(25), Decimal(5), Decimal(1)]
    assert expected_counts(100)[1:] == [Decimal("50.00"), Decimal("10.00"), Decimal("2.00"), Decimal("0.40")]


def test_funnel_from_group_by_counts_matches_per_opportunity_funnel() -> None:
    rows = funnel_from_stage_counts({Stage.G: 5, Stage.F: 3, Stage.C: 1, Stage.S: 1})
    assert [r.reached for r in rows] == [10, 5, 2, 2, 1]
    assert rows[1].conversion == Decimal("0.5000")
    assert rows[2].below_reference is False  # 2/5 = 40% ≥ 20%


def test_level_reached_is_the_highest_bar_met() -> None:
    bars = (Decimal(50), Decimal(80), Decimal(120))
    assert level_reached(Decimal(49), *bars) is None
    assert level_reached(Decimal(80), *bars) is TargetLevel.NORMAL
    assert level_reached(Decimal(130), *bars) is TargetLevel.STRETCH
    assert level_reached(Decimal(60), None, Decimal(80), None) is None


def test_rate_is_a_percentage_or_none() -> None:
    assert rate(3, 7) == Decimal("42.9")
    assert rate(1, 0) is None


def test_weighted_agrees_with_the_pipeline_item_rule_to_the_cent() -> None:
    from kamdesk.domain.pipeline import PipelineItem
    from kamdesk.domain.reporting import weighted

    for amount in (None, Decimal("0.00"), Decimal("0.05"), Decimal("12345.67"), Decimal("0.25")):
        for stage in Stage:
            for override in (None, 0, 33, 100):
                assert weighted(amount, stage, override) == PipelineItem(stage, amount, override).weighted
