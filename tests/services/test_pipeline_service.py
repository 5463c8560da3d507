"""Pipeline reads: list with filters/sort/paging in SQL, board, summary, portfolio."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.matrix import Lead, Territory, ValueType
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services import opportunities as ops
from kamdesk.services.opportunities import pipeline as pl
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Rep


@pytest.fixture
def portfolio_db(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        me = Rep(name="王磊", is_me=True)
        other = Rep(name="李娜")
        a1 = Account(name="上海烟草工业印刷厂", initials="shycgyysc", sort_key="shang hai")
        a2 = Account(name="北京银行", initials="bjyh", sort_key="bei jing")
        s.add_all([me, other, a1, a2])
        s.flush()
        ids = {"me": me.uuid, "other": other.uuid, "a1": a1.uuid, "a2": a2.uuid}
    specs = [
        # name, account, owner, stage, amount, close, short, long, territory, lead
        ("测评软件", "a1", "me", Stage.C, 100_000, date(2026, 12, 10), 8, 8, Territory.OURS, Lead.WE_TRAIL),
        ("培训项目", "a1", "me", Stage.G, 20_000, date(2026, 12, 20), 7, 9, Territory.OURS, Lead.WE_TRAIL),
        ("柜台设备", "a2", "me", Stage.B, 40_000, date(2027, 1, 5), 9, 7, Territory.OURS, Lead.WE_TRAIL),
        ("网点改造", "a2", "other", Stage.E, 10_000, None, 2, 3, Territory.NEUTRAL, Lead.EVEN),
        (
            "数据中心",
            "a2",
            "other",
            Stage.A,
            30_000,
            date(2027, 1, 15),
            9,
            9,
            Territory.THEIRS,
            Lead.WE_TRAIL,
        ),
    ]
    for name, acc, owner, stage, amount, close, st, lt, terr, lead in specs:
        opp = ops.create_opportunity(
            db,
            account=ids[acc],
            name=name,
            owner=ids[owner],
            stage=stage,
            amount=amount,
            expected_close=close,
            started_on=date(2026, 9, 1),
            short_term_revenue=st,
            long_term_impact=lt,
            territory=terr,
            lead=lead,
        ).value
        ids[name] = opp.uuid
    ops.close_won(db, ids["网点改造"], "老客户追加", on=date(2026, 11, 3))
    return ids


def test_list_filters_sorts_and_pages_in_sql(db, portfolio_db):
    page = pl.list_pipeline(db, sort="amount", descending=True)
    assert page.total == 5
    assert [r.name for r in page.rows][:2] == ["测评软件", "柜台设备"]
    page = pl.list_pipeline(
        db, pl.PipelineFilter(status=OpportunityStatus.OPEN), sort="weighted", descending=True
    )
    assert [r.name for r in page.rows] == ["测评软件", "柜台设备", "数据中心", "培训项目"]
    assert page.rows[0].weighted == Decimal("50000.00")  # stage C counts 50%
    assert pl.list_pipeline(db, pl.PipelineFilter(text="银行")).total == 3
    assert pl.list_pipeline(db, pl.PipelineFilter(text="bjyh")).total == 3
    assert pl.list_pipeline(db, pl.PipelineFilter(owner="me")).total == 3
    assert pl.list_pipeline(db, pl.PipelineFilter(stages=(Stage.C, Stage.G))).total == 2
    assert pl.list_pipeline(db, pl.PipelineFilter(close_month="2027-01")).total == 2
    assert pl.list_pipeline(db, pl.PipelineFilter(account=portfolio_db["a1"])).total == 2
    paged = pl.list_pipeline(db, sort="name", offset=2, limit=2)
    assert paged.total == 5 and len(paged.rows) == 2
    for key in pl.SORT_KEYS:
        assert pl.list_pipeline(db, sort=key).total == 5
    with pytest.raises(ValueError):
        pl.list_pipeline(db, sort="nonsense")


def test_board_columns_have_counts_and_weighted_totals(db, portfolio_db):
    columns = {c.stage: c for c in pl.board(db)}
    assert [c.stage for c in pl.board(db)] == list(Stage)
    assert columns[Stage.C].count == 1 and columns[Stage.C].weighted == Decimal("50000.00")
    assert columns[Stage.S].count == 1 and columns[Stage.S].cards[0].name == "网点改造"
    assert columns[Stage.E].count == 0  # the won one shows under S
    assert columns[Stage.B].win_pct == 75 and columns[Stage.B].weighted == Decimal("30000.00")


def test_summary_weighted_pipeline_funnel_and_forecast(db, portfolio_db):
    summary = pl.summary(db)
    # open: C 100k×50% + G 20k×10% + B 40k×75% + A 30k×90%
    assert summary.weighted_total == Decimal("109000.00")
    assert (summary.open_count, summary.won_count, summary.lost_count) == (4, 1, 0)
    assert [r.reached for r in summary.funnel] == [5, 4, 4, 4, 2]
    assert [(f.month, f.weighted) for f in summary.forecast] == [
        ("2026-12", Decimal("52000.00")),
        ("2027-01", Decimal("57000.00")),
    ]
    mine = pl.summary(db, owner="me")
    assert mine.weighted_total == Decimal("82000.00")


def test_portfolio_counts_quadrants_and_openings_with_warnings(db, portfolio_db):
    team = pl.portfolio(db)
    assert team.type_counts[ValueType.BIG_BIG] == 4  # the won one is not in the open portfolio
    assert team.grid_counts["A"] == 3 and team.grid_counts["G"] == 0 and team.grid_counts["C"] == 1
    assert any("neglected" in w.en for w in team.grid_warnings)
    assert team.warnings == ()  # 4 scored: fewer than 5 is not a portfolio yet
    assert team.per_rep["王磊"]["A"] == 3
    with_closed = pl.portfolio(db, include_closed=True)
    assert sum(with_closed.type_counts.values()) == 5
    assert [w.value_type for w in with_closed.warnings] == [ValueType.BIG_BIG]
    mine = pl.portfolio(db, owner="me")
    assert len(mine.points) == 3 and mine.grid_counts["A"] == 3


def test_board_caps_cards_per_column_but_totals_count_all(db, portfolio_db):
    for i in range(3):
        ops.create_opportunity(
            db, account=portfolio_db["a1"], name=f"小单{i}", stage=Stage.C, amount=1000 + i
        )
    columns = {c.stage: c for c in pl.board(db, cards_per_column=2)}
    c = columns[Stage.C]
    assert c.count == 4 and len(c.cards) == 2 and c.hidden == 2
    assert [card.name for card in c.cards] == ["测评软件", "小单2"]  # the largest first
    assert c.amount == Decimal("103003.00") and c.weighted == Decimal("51501.50")


def test_sql_totals_agree_with_the_domain_rule(db, portfolio_db):
    import random

    from kamdesk.domain.pipeline import PipelineItem, forecast_by_month, stage_totals, weighted_pipeline

    rng = random.Random(7)
    items = []
    for i in range(40):
        stage = rng.choice(list(Stage)[:-1])
        amount = rng.randrange(1, 500) * 1000 + rng.randrange(100)
        override = rng.choice([None, None, rng.randrange(0, 101)])
        close = date(2027, rng.randrange(1, 13), rng.randrange(1, 28)) if rng.random() < 0.8 else None
        ops.create_opportunity(
            db,
            account=portfolio_db["a2"],
            name=f"随机{i}",
            stage=stage,
            amount=amount,
            win_pct_override=override,
            expected_close=close,
            started_on=date(2026, 1, 1),
        )
        items.append(PipelineItem(stage, Decimal(amount), override, close))
    with db.reading() as s:  # the fixture's own open opportunities count too
        from sqlalchemy import select

        from kamdesk.store.models import Opportunity

        for r in s.execute(
            select(
                Opportunity.stage,
                Opportunity.amount,
                Opportunity.win_pct_override,
                Opportunity.expected_close,
            ).where(Opportunity.status == OpportunityStatus.OPEN, ~Opportunity.name.like("随机%"))
        ).all():
            items.append(PipelineItem(r.stage, r.amount, r.win_pct_override, r.expected_close))
    summary = pl.summary(db)
    assert summary.weighted_total == weighted_pipeline(items)
    assert list(summary.stages) == stage_totals(items)
    assert list(summary.forecast) == forecast_by_month(items)
