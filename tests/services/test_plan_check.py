"""The annual plan checked against last year's actual from the records and
the industry's growth forecast; saved as the target only when it passes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind
from kamdesk.errors import ValidationError
from kamdesk.services.opportunities import targets as tg
from kamdesk.services.planning.annual import plan_check, save_plan
from kamdesk.services.planning.industries import set_industry
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Purchase, Rep


@pytest.fixture
def last_year(db: Database) -> Database:
    with db.transaction() as s:
        me = Rep(name="王磊", is_me=True)
        s.add(me)
        s.flush()
        acc = Account(name="市政府信息中心", industry="政府", owner_id=me.id)
        s.add(acc)
        s.flush()
        s.add_all(
            [
                Purchase(account_id=acc.id, ordered_on=date(2026, 3, 1), amount=Decimal(600_000)),
                Purchase(account_id=acc.id, ordered_on=date(2026, 10, 1), amount=Decimal(400_000)),
                Purchase(account_id=acc.id, ordered_on=date(2025, 12, 31), amount=Decimal(99_000)),
            ]
        )
    set_industry(db, "政府", {}, growth_forecast=18)
    return db


def test_the_seeds_rule_with_last_years_revenue_from_the_records(last_year):
    with clock.frozen_at("2026-09-15T10:00"):
        check = plan_check(last_year, "2027", minimum=1_180_000, normal="1,250,000", industry="政府")
    assert check.last_year == Decimal("1000000.00")
    assert check.passes and [lc.growth for lc in check.levels] == [Decimal("18.0"), Decimal("25.0")]
    saved = save_plan(last_year, check)
    assert (saved.period_kind, saved.period_key, saved.normal) == (
        PeriodKind.YEAR,
        "2027",
        Decimal("1250000.00"),
    )


def test_a_plan_that_does_not_beat_the_industry_is_not_saved(last_year):
    check = plan_check(last_year, "2027", normal=1_100_000, industry_growth="18%")
    assert not check.passes
    with pytest.raises(ValidationError) as info:
        save_plan(last_year, check)
    assert "plan" in info.value.errors
    assert tg.list_targets(last_year) == []


def test_a_quarter_compares_with_the_same_quarter_last_year(last_year):
    check = plan_check(last_year, "2027-Q1", normal=700_000, industry_growth=18)
    assert check.last_year == Decimal("600000.00") and check.levels[0].growth == Decimal("16.7")


def test_bad_figures_and_periods_are_named(last_year):
    with pytest.raises(ValidationError) as info:
        plan_check(last_year, "2027-Q5", normal="一百万", industry_growth="x")
    assert set(info.value.errors) == {"period", "normal", "industry_growth"}
    with pytest.raises(ValidationError) as info:
        plan_check(last_year, "2027", normal=1, industry="医疗")
    assert set(info.value.errors) == {"industry_growth"}
