"""The month's funnels from the records: the reference funnel of the monthly
report and the accounts by sales status (客户销售状态分析)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.funnels import SalesStatus
from kamdesk.errors import UserError
from kamdesk.services.reporting import monthly_report
from kamdesk.services.reporting.funnels import account_statuses, reference_from_rows, sales_status_funnel
from kamdesk.store.db import Database
from tests.services.reports_sample import MONTH, make_sample


@pytest.fixture
def sample(db: Database) -> dict[str, str]:
    return make_sample(db)


def test_each_account_stands_at_one_sales_status(db, sample):
    # 上海烟草: MES open at C → 提交方案; 北京银行: won 19 Nov → 签定合同;
    # 广州电网: lost, but visited → 初次拜访
    assert account_statuses(db, MONTH) == {
        SalesStatus.PROPOSAL: 1,
        SalesStatus.SIGNED: 1,
        SalesStatus.FIRST_VISIT: 1,
    }
    steps = sales_status_funnel(db, MONTH, team=True)
    assert [s.accounts for s in steps] == [1, 1, 0, 1, 0]
    assert [s.reached for s in steps] == [3, 2, 1, 1, 0]
    assert steps[1].conversion == Decimal("66.7")


def test_a_won_deal_of_an_earlier_month_is_maintenance(db, sample):
    assert account_statuses(db, "2026-12")[SalesStatus.MAINTENANCE] == 1


def test_reference_funnel_of_the_monthly_report(db, sample):
    report = monthly_report(db, MONTH)
    ref = reference_from_rows(report.funnel)
    assert ref.steps[0].actual == report.funnel[0].reached
    assert ref.steps[0].of_reference == Decimal("100.0")


def test_a_month_that_does_not_exist_is_named(db, sample):
    with pytest.raises(UserError, match="2026-13"):
        account_statuses(db, "2026-13")
