"""The annual plan against last year and the industry (seed 000: industry +18%,
the plan not below 18%, usually based on 25%; planning starts in September)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kamdesk.domain.periods import TargetLevel
from kamdesk.domain.planning import check_plan, growth_pct

LAST = Decimal(1_000_000)


def test_the_seeds_example_passes_at_25_percent():
    c = check_plan(
        "2027",
        date(2027, 1, 1),
        LAST,
        Decimal(18),
        {
            TargetLevel.MINIMUM: Decimal(1_180_000),
            TargetLevel.NORMAL: Decimal(1_250_000),
            TargetLevel.STRETCH: Decimal(1_400_000),
        },
        date(2026, 9, 15),
    )
    assert c.passes
    assert [lc.growth for lc in c.levels] == [Decimal("18.0"), Decimal("25.0"), Decimal("40.0")]
    assert c.suggested_minimum == Decimal("1180000.00") and c.suggested_normal == Decimal("1250000.00")
    assert "按行业增长 18% 为基础，一般按 25% 做计划" in c.notes


def test_a_normal_target_not_above_the_industry_fails_and_says_why():
    c = check_plan(
        "2027",
        date(2027, 1, 1),
        LAST,
        Decimal(18),
        {TargetLevel.NORMAL: Decimal(1_150_000)},
        date(2026, 10, 1),
    )
    assert not c.passes
    assert c.problems == ("正常任务增长 15.0% 未超过行业增长 18%",)


def test_minimum_below_the_industry_and_levels_out_of_order():
    c = check_plan(
        "2027",
        date(2027, 1, 1),
        LAST,
        Decimal(18),
        {
            TargetLevel.MINIMUM: Decimal(1_100_000),
            TargetLevel.NORMAL: Decimal(1_300_000),
            TargetLevel.STRETCH: Decimal(1_200_000),
        },
        date(2026, 10, 1),
        "en",
    )
    assert c.problems == (
        "Minimum grows 10.0%, below the industry's 18% (a plan may not be lower)",
        "minimum ≤ normal ≤ stretch",
    )


def test_planning_season_and_no_base():
    early = check_plan(
        "2027", date(2027, 1, 1), Decimal(0), Decimal(18), {TargetLevel.NORMAL: Decimal(1)}, date(2026, 6, 1)
    )
    assert "年度计划一般 9 月份开始制定（2026-09-01 起）" in early.notes
    assert "去年同期无实际销售额，无法计算增长" in early.notes
    assert early.levels[0].growth is None and early.passes
    assert growth_pct(Decimal(125), Decimal(100)) == Decimal("25.0")
