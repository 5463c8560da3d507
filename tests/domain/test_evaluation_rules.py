"""Competitive evaluation, value-matrix portfolio and nine-grid rules."""

from __future__ import annotations

from decimal import Decimal

from kamdesk.domain.evaluation import (
    DEFAULT_CRITERIA,
    ProductAspect,
    compare,
    progress_problem,
    tas_verdict,
    weighted_total,
    weights_problem,
    weights_total,
)
from kamdesk.domain.matrix import (
    NINE_GRID_LAYOUT,
    ValueType,
    nine_grid_counts,
    nine_grid_warnings,
    portfolio_warnings,
    value_type_counts,
)


def test_default_weights_are_the_seeds_and_sum_to_one():
    weights = {c.key: c.weight for c in DEFAULT_CRITERIA}
    assert weights == {
        "relationship": Decimal("0.20"),
        "after_sales": Decimal("0.15"),
        "industry_standard": Decimal("0.10"),
        "brand": Decimal("0.10"),
        "performance": Decimal("0.10"),
        "price": Decimal("0.15"),
        "supply": Decimal("0.05"),
        "fast_solution": Decimal("0.15"),
    }
    assert weights_total(weights.values()) == 1
    assert weights_problem(list(weights.values())) is None


def test_a_weights_total_of_point_nine_is_refused():
    weights = [0.2, 0.15, 0.1, 0.1, 0.1, 0.15, 0.05, 0.05]
    problem = weights_problem(weights)
    assert problem is not None and "0.9" in problem


def test_float_weights_within_tolerance_are_accepted_and_out_of_range_refused():
    assert weights_problem([1 / 3, 1 / 3, 1 / 3]) is None
    assert weights_problem([1.2, -0.2]) is not None
    assert weights_problem([]) is not None


def test_weighted_totals_side_by_side_rank_the_parties():
    weights = [c.weight for c in DEFAULT_CRITERIA]
    us = [8, 7, 6, 6, 7, 5, 8, 9]
    rival = [6, 8, 7, 8, 7, 7, 8, 5]
    assert weighted_total(weights, us) == Decimal("7.05")
    totals = compare(weights, {"": us, "X公司": rival})
    assert [(t.party, t.total, t.rank) for t in totals] == [
        ("", Decimal("7.05"), 1),
        ("X公司", Decimal("6.80"), 2),
    ]


def test_missing_score_counts_zero():
    assert weighted_total([0.5, 0.5], [10, None]) == Decimal("5.00")


def test_product_comparison_aspects_are_the_seeds():
    assert [a.code for a in ProductAspect] == [
        "name",
        "spec",
        "looks",
        "function",
        "technology",
        "price",
        "settlement",
    ]


def test_progress_vs_rival_runs_minus_five_to_plus_five():
    assert progress_problem(-5) is None and progress_problem(5) is None
    assert progress_problem(6) is not None and progress_problem(-6) is not None


def test_tas_verdict():
    assert tas_verdict({1: "yes", 2: "yes", 3: "yes", 4: "yes"}) == "go"
    assert tas_verdict({1: "yes", 2: "no"}) == "stop"
    assert tas_verdict({1: "yes", 2: "unsure"}) == "open"


def test_too_many_type_one_warns_too_few_accounts_in_reserve():
    counts = value_type_counts([ValueType.BIG_BIG] * 3 + [ValueType.SMALL_SMALL, ValueType.SMALL_BIG])
    warnings = portfolio_warnings(counts)
    assert [w.value_type for w in warnings] == [ValueType.BIG_BIG]
    assert "客户储备不够" in warnings[0].text("zh")
    assert "reserve" in warnings[0].text("en")


def test_each_dominant_type_has_the_seeds_advice():
    advice = {
        ValueType.SMALL_BIG: "挖掘出大项目",
        ValueType.BIG_SMALL: "新的潜在客户群",
        ValueType.SMALL_SMALL: "亲自操作一两个大单",
    }
    for vt, words in advice.items():
        warnings = portfolio_warnings({vt: 5})
        assert len(warnings) == 1 and words in warnings[0].zh


def test_a_balanced_or_small_portfolio_has_no_warning():
    assert (
        portfolio_warnings(
            value_type_counts([ValueType.BIG_BIG] * 2 + [ValueType.SMALL_SMALL] * 2 + [ValueType.SMALL_BIG])
        )
        == []
    )
    assert portfolio_warnings({ValueType.BIG_BIG: 4}) == []  # fewer than 5 scored: not a portfolio
    # exactly 40% is not "too many"
    assert portfolio_warnings({ValueType.BIG_BIG: 2, ValueType.SMALL_BIG: 2, ValueType.SMALL_SMALL: 1}) == []


def test_many_a_and_no_g_warns_existing_accounts_are_neglected():
    counts = nine_grid_counts(["A", "A", "a", "E", "H", "B"])
    assert counts["A"] == 3 and counts["G"] == 0 and sum(counts.values()) == 6
    warnings = nine_grid_warnings(counts)
    assert any("在老客户的维护上存在问题" in w.zh and "A开局3个" in w.zh for w in warnings)
    assert any("neglected" in w.en for w in warnings)


def test_one_g_silences_the_neglect_warning():
    counts = nine_grid_counts(["A", "A", "A", "G", "E", "H", "B", "C"])
    assert not any("neglected" in w.en for w in nine_grid_warnings(counts))


def test_nine_grid_layout_rows_are_territory_columns_are_lead():
    assert NINE_GRID_LAYOUT == (("G", "D", "A"), ("H", "E", "B"), ("I", "F", "C"))
