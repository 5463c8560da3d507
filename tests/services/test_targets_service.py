"""Targets per period: set, decompose like the seed, progress from the records."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from kamdesk.domain.periods import PeriodKind, TargetLevel, TargetMetric
from kamdesk.domain.targets import Rules
from kamdesk.domain.visits import VisitStatus
from kamdesk.errors import ValidationError
from kamdesk.services import opportunities as ops
from kamdesk.services.opportunities import targets as tg
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Purchase, Rep, Target, Visit

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


@pytest.fixture
def setup(db: Database) -> dict[str, object]:
    with db.transaction() as s:
        me = Rep(name="王磊", is_me=True)
        s.add(me)
        s.flush()
        acc = Account(name="上海烟草工业印刷厂", owner_id=me.id)
        s.add(acc)
        s.flush()
        return {"me": me.uuid, "me_id": me.id, "acc": acc.uuid, "acc_id": acc.id}


def test_quarter_target_decomposes_like_the_seed(db, setup):
    row = tg.set_target(
        db,
        period_kind=PeriodKind.QUARTER,
        period_key="2026-Q4",
        minimum=80_000,
        normal=100_000,
        stretch=120_000,
    ).value
    d = tg.decompose_target(db, row.uuid, rules=Rules(Decimal(6000), 20, 10, 25))
    assert d.months == ("2026-10", "2026-11", "2026-12")
    normal = d.levels["normal"]
    assert [m.target for m in normal.months] == [Decimal(30_000), Decimal(30_000), Decimal(40_000)]
    first = normal.months[0]
    assert (first.deals, first.prospects, first.calls, first.calls_per_day) == (5, 100, 1000, 40)
    assert set(d.levels) == {"min", "normal", "stretch"}


def test_bad_targets_are_refused_and_nothing_saved(db, setup):
    with pytest.raises(ValidationError) as info:
        tg.set_target(db, period_kind=PeriodKind.QUARTER, period_key="2026-Q5", normal="abc")
    assert {"period_key", "normal"} <= set(info.value.errors)
    with pytest.raises(ValidationError) as info:
        tg.set_target(db, period_kind=PeriodKind.MONTH, period_key="2026-11", minimum=5, normal=3)
    assert "minimum" in info.value.errors
    with pytest.raises(ValidationError):
        tg.set_target(db, period_kind=PeriodKind.WEEK, period_key="2026-W48", normal=3)
    with db.reading() as s:
        assert s.query(Target).count() == 0


def test_setting_again_replaces_the_target(db, setup):
    a = tg.set_target(db, period_kind=PeriodKind.MONTH, period_key="2026-11", normal=30_000).value
    b = tg.set_target(db, period_kind=PeriodKind.MONTH, period_key="2026-11", normal=35_000).value
    assert a.uuid == b.uuid and b.normal == Decimal(35_000)
    assert len(tg.list_targets(db, rep="me")) == 1


def test_revenue_progress_counts_purchases_and_won_deals_once(db, setup):
    opp = ops.create_opportunity(db, account=setup["acc"], name="测评软件", amount=20_000).value
    ops.close_won(db, opp.uuid, on=date(2026, 11, 5))
    other = ops.create_opportunity(db, account=setup["acc"], name="培训", amount=9_000).value
    ops.close_won(db, other.uuid, on=date(2026, 11, 6))
    with db.transaction() as s:
        opp_id = s.query(Purchase).count()  # 0; keep the session busy-free
        assert opp_id == 0
        from kamdesk.store.models import Opportunity

        won_id = s.query(Opportunity.id).filter(Opportunity.uuid == other.uuid).scalar()
        s.add(
            Purchase(
                account_id=setup["acc_id"],
                ordered_on=date(2026, 11, 6),
                amount=Decimal(9_000),
                opportunity_id=won_id,
            )
        )
        s.add(
            Purchase(
                account_id=setup["acc_id"],
                ordered_on=date(2026, 11, 9),
                amount=Decimal(2_000),
                is_return=True,
            )
        )
        s.add(Purchase(account_id=setup["acc_id"], ordered_on=date(2026, 10, 9), amount=Decimal(50_000)))
        s.add(
            Visit(
                account_id=setup["acc_id"],
                rep_id=setup["me_id"],
                status=VisitStatus.DONE,
                starts_at=datetime(2026, 11, 10, 2, tzinfo=UTC),
            )
        )
        s.add(
            Visit(
                account_id=setup["acc_id"],
                rep_id=setup["me_id"],
                status=VisitStatus.PLANNED,
                starts_at=datetime(2026, 11, 11, 2, tzinfo=UTC),
            )
        )
    row = tg.set_target(
        db, period_kind=PeriodKind.MONTH, period_key="2026-11", minimum=20_000, normal=30_000
    ).value
    prog = tg.target_progress(db, row.uuid, today=date(2026, 11, 15))
    # 9,000 purchase − 2,000 return + 20,000 won without a purchase
    assert prog.actual == Decimal("27000.00")
    assert prog.progress.highest_reached is TargetLevel.MINIMUM
    assert prog.progress.levels[1].ratio == Decimal("0.9")
    assert prog.elapsed == Decimal("0.5")
    deals = tg.set_target(
        db, period_kind=PeriodKind.MONTH, period_key="2026-11", metric=TargetMetric.DEALS, normal=2
    ).value
    assert tg.target_progress(db, deals.uuid).actual == 2
    visits = tg.set_target(
        db, period_kind=PeriodKind.MONTH, period_key="2026-11", metric=TargetMetric.VISITS, normal=20
    ).value
    assert tg.target_progress(db, visits.uuid).actual == 1


def test_average_won_deal_from_the_last_twelve_months(db, setup):
    assert tg.average_won_deal(db, today=date(2026, 11, 30)) is None
    for amount, on in ((6_000, date(2026, 11, 5)), (8_000, date(2026, 6, 1)), (100_000, date(2025, 1, 1))):
        opp = ops.create_opportunity(db, account=setup["acc"], name="X", amount=amount).value
        ops.close_won(db, opp.uuid, on=on)
    assert tg.average_won_deal(db, today=date(2026, 11, 30)) == Decimal(7000)
