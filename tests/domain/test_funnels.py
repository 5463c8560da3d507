"""The seed's two funnels: the 250:125:25:5:1 reference and 客户销售状态分析."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.funnels import SalesStatus, reference_funnel, status_from, status_funnel
from kamdesk.domain.stages import Stage


def test_the_reference_itself_is_100_percent_everywhere_with_no_weakest_step():
    f = reference_funnel([250, 125, 25, 5, 1])
    assert [s.of_reference for s in f.steps] == [Decimal("100.0")] * 5
    assert [s.reference_conversion for s in f.steps] == [
        None,
        Decimal("50.0"),
        Decimal("20.0"),
        Decimal("20.0"),
        Decimal("20.0"),
    ]
    assert f.weakest is None
    assert f.weakest_text("zh") == "各环节均不低于参考比例"


def test_reference_scaled_to_the_first_step_and_the_weakest_step_named():
    f = reference_funnel([100, 40, 10, 2, 1])
    assert [s.reference for s in f.steps] == [
        Decimal("100.00"),
        Decimal("50.00"),
        Decimal("10.00"),
        Decimal("2.00"),
        Decimal("0.40"),
    ]
    assert [s.of_reference for s in f.steps] == [
        Decimal("100.0"),
        Decimal("80.0"),
        Decimal("100.0"),
        Decimal("100.0"),
        Decimal("250.0"),
    ]
    assert f.weakest is not None and f.weakest.step.zh == "上门拜访"
    assert f.weakest_text("zh") == "电话邀约 → 上门拜访：转化 40.0%，参考 50.0%"
    assert "Visit: 40.0% converted, reference 50.0%" in f.weakest_text("en")


def test_weakest_is_the_step_furthest_below_its_reference_ratio():
    f = reference_funnel([250, 125, 10, 5, 1])  # 8% against 20% at the exchange
    assert f.weakest is not None and f.weakest.step.zh == "技术交流"


def test_empty_funnel_has_no_percentages_and_wrong_length_is_refused():
    f = reference_funnel([0, 0, 0, 0, 0])
    assert all(s.of_reference is None for s in f.steps) and f.weakest is None
    with pytest.raises(ValueError):
        reference_funnel([1, 2, 3])


def test_seed_sales_status_example_14_10_4_1_1():
    counts = {
        SalesStatus.FIRST_VISIT: 14,
        SalesStatus.PROPOSAL: 10,
        SalesStatus.NEGOTIATION: 4,
        SalesStatus.SIGNED: 1,
        SalesStatus.MAINTENANCE: 1,
    }
    steps = status_funnel(counts)
    assert [s.status.zh for s in steps] == ["初次拜访", "提交方案", "商务谈判", "签定合同", "跟踪维护"]
    assert [s.accounts for s in steps] == [14, 10, 4, 1, 1]
    assert [s.reached for s in steps] == [30, 16, 6, 2, 1]
    assert [s.conversion for s in steps] == [
        None,
        Decimal("53.3"),
        Decimal("37.5"),
        Decimal("33.3"),
        Decimal("50.0"),
    ]


def test_an_accounts_status_from_its_records():
    assert status_from(Stage.A, False, False, True) is SalesStatus.NEGOTIATION
    assert status_from(Stage.C, False, True, True) is SalesStatus.PROPOSAL
    assert status_from(Stage.E, False, False, False) is SalesStatus.PROPOSAL
    assert status_from(Stage.F, False, False, True) is SalesStatus.FIRST_VISIT
    assert status_from(None, True, True, True) is SalesStatus.SIGNED
    assert status_from(None, False, True, False) is SalesStatus.MAINTENANCE
    assert status_from(None, False, False, True) is SalesStatus.FIRST_VISIT
    assert status_from(None, False, False, False) is None
