"""Pipeline rules with the seed's own numbers (DOMAIN.md §3, §5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.pipeline import (
    DEFAULT_EXIT_CRITERIA,
    FUNNEL_STEPS,
    ChecklistEntry,
    PipelineItem,
    forecast_by_month,
    funnel,
    reference_counts,
    stage_totals,
    unmet_criteria,
    weighted_pipeline,
)
from kamdesk.domain.stages import Stage

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


def test_every_stage_has_default_exit_criteria_and_g_to_d_are_the_seeds():
    assert set(DEFAULT_EXIT_CRITERIA) == set(Stage)
    assert all(DEFAULT_EXIT_CRITERIA[s] for s in Stage)
    g = [c.zh for c in DEFAULT_EXIT_CRITERIA[Stage.G]]
    assert g == ["已经符合目标客户的选择标准", "对方至少是经手人士", "已经与经手人士确认好具体时间、地点"]
    assert "找对合格的经手人士" in [c.zh for c in DEFAULT_EXIT_CRITERIA[Stage.F]]
    assert any("售前" in c.zh for c in DEFAULT_EXIT_CRITERIA[Stage.D])


def test_stage_c_counts_half_in_weighted_pipeline():
    assert weighted_pipeline([PipelineItem(Stage.C, Decimal(100_000))]) == Decimal("50000.00")


def test_weighted_pipeline_sums_amount_times_stage_win_pct():
    items = [
        PipelineItem(Stage.G, Decimal(10_000)),  # 10% → 1,000
        PipelineItem(Stage.E, Decimal(40_000)),  # 25% → 10,000
        PipelineItem(Stage.B, Decimal(20_000)),  # 75% → 15,000
        PipelineItem(Stage.A, None),  # no amount counts 0
    ]
    assert weighted_pipeline(items) == Decimal("26000.00")


def test_win_pct_override_replaces_the_stage_win_pct():
    assert PipelineItem(Stage.C, Decimal(1000), win_pct_override=80).weighted == Decimal("800.00")
    with pytest.raises(ValueError):
        _ = PipelineItem(Stage.C, Decimal(1000), win_pct_override=101).weighted


def test_moving_forward_lists_unticked_criteria_of_every_stage_passed():
    entries = [
        ChecklistEntry(Stage.G, "g1", True),
        ChecklistEntry(Stage.G, "g2", False),
        ChecklistEntry(Stage.F, "f1", False),
        ChecklistEntry(Stage.E, "e1", False),  # E is the target: its criteria are not exit criteria yet
    ]
    unmet = unmet_criteria(entries, Stage.G, Stage.E)
    assert [e.text for e in unmet] == ["g2", "f1"]


def test_moving_back_or_staying_has_no_unmet_criteria():
    entries = [ChecklistEntry(Stage.G, "g1", False)]
    assert unmet_criteria(entries, Stage.E, Stage.G) == []
    assert unmet_criteria(entries, Stage.G, Stage.G) == []


def test_funnel_reference_is_250_125_25_5_1():
    assert [s.reference for s in FUNNEL_STEPS] == [250, 125, 25, 5, 1]
    assert reference_counts(2) == [500, 250, 50, 10, 2]


def test_funnel_counts_reached_steps_and_flags_conversion_below_reference():
    # 10 opportunities reached G only, 6 reached F, 1 reached D, 1 won
    reached = [Stage.G] * 2 + [Stage.F] * 6 + [Stage.D] + [Stage.S]
    rows = funnel(reached)
    assert [r.reached for r in rows] == [10, 8, 2, 1, 1]
    assert rows[0].conversion is None
    assert rows[1].conversion == Decimal("0.8") and rows[1].reference_conversion == Decimal("0.5")
    assert not rows[1].below_reference
    assert rows[2].conversion == Decimal("0.25") and not rows[2].below_reference
    assert rows[3].conversion == Decimal("0.5")


def test_funnel_flags_a_leaky_step():
    rows = funnel([Stage.G] * 9 + [Stage.F])
    assert rows[1].conversion == Decimal("0.1") and rows[1].below_reference
    assert rows[2].conversion == Decimal(0) and rows[2].below_reference
    assert rows[3].conversion is None  # nothing reached the step before


def test_stage_totals_has_every_stage():
    totals = stage_totals([PipelineItem(Stage.C, Decimal(1000)), PipelineItem(Stage.C, Decimal(3000))])
    assert [t.stage for t in totals] == list(Stage)
    c = totals[Stage.C.order]
    assert (c.count, c.amount, c.weighted) == (2, Decimal(4000), Decimal("2000.00"))


def test_forecast_groups_by_month_of_expected_close():
    items = [
        PipelineItem(Stage.C, Decimal(10_000), expected_close=date(2026, 12, 3)),
        PipelineItem(Stage.A, Decimal(10_000), expected_close=date(2026, 12, 30)),
        PipelineItem(Stage.G, Decimal(10_000), expected_close=date(2026, 11, 1)),
        PipelineItem(Stage.G, Decimal(10_000)),
    ]
    months = forecast_by_month(items)
    assert [(m.month, m.count, m.amount, m.weighted) for m in months] == [
        ("2026-11", 1, Decimal(10_000), Decimal("1000.00")),
        ("2026-12", 2, Decimal(20_000), Decimal("14000.00")),
    ]
