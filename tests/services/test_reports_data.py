from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.periods import PeriodKind, TargetLevel, TargetMetric
from kamdesk.domain.stages import Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.reporting import daily_report, monthly_report, weekly_report
from kamdesk.services.reporting.plans import (
    add_plan_item,
    delete_plan_item,
    move_plan_item,
    period_text,
    save_period_text,
    update_plan_item,
)
from kamdesk.store.db import Database
from tests.services.reports_sample import DAY, MONTH, WEEK, make_sample

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py


@pytest.fixture
def sample(db: Database) -> dict[str, str]:
    return make_sample(db)


def test_weekly_counts_visits_done_against_scheduled(db: Database, sample: dict[str, str]) -> None:
    w = weekly_report(db, WEEK)
    assert (w.visits_planned, w.visits_done, w.new_visits, w.revisits) == (5, 3, 1, 2)
    assert w.done_rate == Decimal("60.0")
    assert w.working_days == 5
    assert w.calls == 1
    assert len(w.next_planned) == 2 and w.next_period.key == "2026-W48"


def test_weekly_pipeline_change_from_stage_history(db: Database, sample: dict[str, str]) -> None:
    w = weekly_report(db, WEEK)
    assert w.weighted_start == Decimal("170000.00")
    assert w.weighted_end == Decimal("150000.00")
    assert w.weighted_change == Decimal("-20000.00")
    assert [(m.from_stage, m.to_stage) for m in w.stage_moves] == [(Stage.E, Stage.C)]


def test_weekly_won_lost_collections_and_text(db: Database, sample: dict[str, str]) -> None:
    w = weekly_report(db, WEEK)
    assert [x.opportunity for x in w.won] == ["网点终端"] and w.won_amount == Decimal("80000.00")
    assert [x.reason for x in w.lost] == ["价格"]
    assert w.collections == Decimal("40000.00")
    assert w.overdue_collections == Decimal("12000.00")
    assert w.text.key_problems == "广州电网丢单"
    assert [i.text for i in w.items] == ["完成 MES 技术交流"]
    assert [c.text for c in w.commitments_due] == ["提交技术方案"]


def test_monthly_targets_funnel_grid_and_top_accounts(db: Database, sample: dict[str, str]) -> None:
    m = monthly_report(db, MONTH)
    by_metric = {t.metric: t for t in m.targets}
    assert by_metric[TargetMetric.REVENUE].actual == Decimal("80000.00")
    assert by_metric[TargetMetric.REVENUE].level is TargetLevel.NORMAL
    assert by_metric[TargetMetric.VISITS].level is None
    assert [f.reached for f in m.funnel] == [3, 3, 3, 2, 1]
    cells = {c.cell: c.count for c in m.nine_grid}
    assert cells["G"] == 1 and sum(cells.values()) == 1
    assert m.top_accounts[0].account == "北京银行股份有限公司"
    c = next(s for s in m.pipeline_by_stage if s.stage is Stage.C)
    assert (c.count, c.weighted) == (1, Decimal("150000.00"))
    week47 = next(w for w in m.visits_per_week if w.key == WEEK)
    assert (week47.planned, week47.done) == (5, 3)


def test_daily_log_holds_the_days_work(db: Database, sample: dict[str, str]) -> None:
    d = daily_report(db, DAY)
    assert [v.account for v in d.visits_done] == ["上海烟草集团有限责任公司", "北京银行股份有限公司"]
    assert d.visits_done[0].outcome == "客户同意技术交流"
    assert [c.their_person for c in d.contact_log] == ["陈行长"]
    assert [c.text for c in d.commitments_made] == ["提交技术方案"]
    assert [v.objective for v in d.planned_tomorrow] == ["拜访新部门"]


def test_a_period_without_data_says_so(db: Database, sample: dict[str, str]) -> None:
    assert not monthly_report(db, "2026-09").has_data
    assert not weekly_report(db, "2026-W30").has_data
    assert not daily_report(db, "2026-11-01").has_data
    assert monthly_report(db, MONTH).has_data


@pytest.mark.parametrize("bad", ["2026-13", "11/2026", "", "2026-W"])
def test_malformed_month_is_one_clear_error(db: Database, sample: dict[str, str], bad: str) -> None:
    with pytest.raises(UserError, match=r"expected e\.g\. 2026-11"):
        monthly_report(db, bad)


def test_week_key_is_normalised(db: Database, sample: dict[str, str]) -> None:
    assert weekly_report(db, "2026-w47").period.key == WEEK


def test_no_rep_is_a_user_error(db: Database) -> None:
    with pytest.raises(UserError, match="no rep"):
        weekly_report(db, WEEK)


def test_save_period_text_keeps_fields_not_given(db: Database, sample: dict[str, str]) -> None:
    result = save_period_text(db, PeriodKind.WEEK, WEEK, summary_text="新总结")
    assert result.changes.touches("plan")
    text = period_text(db, PeriodKind.WEEK, WEEK)
    assert text.summary_text == "新总结" and text.plan_text == "推进上海烟草 MES 项目"
    save_period_text(db, PeriodKind.MONTH, MONTH, plan_text="本月冲刺")
    assert monthly_report(db, MONTH).text.plan_text == "本月冲刺"


def test_save_period_text_refuses_a_malformed_key(db: Database, sample: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as exc:
        save_period_text(db, PeriodKind.MONTH, "2026-99", plan_text="x")
    assert "key" in exc.value.errors


def test_plan_items_add_update_move_delete(db: Database, sample: dict[str, str]) -> None:
    a = add_plan_item(db, PeriodKind.MONTH, MONTH, "拜访 10 家新客户", account_uuid=sample["tobacco"]).value
    b = add_plan_item(db, PeriodKind.MONTH, MONTH, "回款 40 万").value
    assert a.account == "上海烟草集团有限责任公司"
    update_plan_item(db, a.uuid, result="完成 6 家", done=True)
    move_plan_item(db, b.uuid, -1)
    items = monthly_report(db, MONTH).items
    assert [i.text for i in items] == ["回款 40 万", "拜访 10 家新客户"]
    assert items[1].done and items[1].result == "完成 6 家"
    delete_plan_item(db, b.uuid)
    assert [i.text for i in monthly_report(db, MONTH).items] == ["拜访 10 家新客户"]
    with pytest.raises(ValidationError):
        add_plan_item(db, PeriodKind.MONTH, MONTH, "   ")
    with pytest.raises(UserError):
        update_plan_item(db, b.uuid, text="gone")


def test_a_new_opportunity_in_the_week_is_listed_but_not_counted_as_a_move(
    db: Database, sample: dict[str, str]
) -> None:
    from sqlalchemy import select

    from kamdesk.store.models import Account, Opportunity, Rep, StageChange
    from tests.services.reports_sample import at

    with db.transaction() as s:
        rep_id = s.scalars(select(Rep.id)).first()
        account_id = s.scalars(select(Account.id)).first()
        opp = Opportunity(
            account_id=account_id,
            owner_id=rep_id,
            name="新建项目",
            stage=Stage.F,
            amount=Decimal("10000"),
            created_at=at(17),
        )
        s.add(opp)
        s.flush()
        s.add(StageChange(opportunity_id=opp.id, from_stage=None, to_stage=Stage.G, at=at(17)))
        # moved on next week: not this week's
        s.add(StageChange(opportunity_id=opp.id, from_stage=Stage.G, to_stage=Stage.F, at=at(24)))
    w = weekly_report(db, WEEK)
    assert [(m.from_stage, m.to_stage) for m in w.stage_moves] == [(None, Stage.G), (Stage.E, Stage.C)]
    assert w.moves_between_stages == 1


def test_a_past_month_shows_its_pipeline_as_it_stood_at_its_end(db: Database, sample: dict[str, str]) -> None:
    """A November report made in January is November's: a December move of
    the MES project (C -> A) and a new December deal change nothing in it."""
    from datetime import UTC, date, datetime

    from sqlalchemy import select

    from kamdesk import clock
    from kamdesk.store.models import Account, Opportunity, Rep, StageChange

    with clock.frozen_at("2026-12-02T09:00"):  # November just over, before December's moves
        before = monthly_report(db, MONTH)
    with clock.frozen_at("2026-12-10T10:00"), db.transaction() as s:  # recorded in December
        mes = s.execute(select(Opportunity).where(Opportunity.name == "MES 项目")).scalar_one()
        s.add(StageChange(opportunity_id=mes.id, from_stage=Stage.C, to_stage=Stage.A, at=datetime(2026, 12, 10, 2, tzinfo=UTC)))
        mes.stage = Stage.A
        rep = s.execute(select(Rep)).scalars().first()
        acc = s.execute(select(Account)).scalars().first()
        assert rep is not None and acc is not None
        s.add(Opportunity(account_id=acc.id, owner_id=rep.id, name="十二月新项目", stage=Stage.B,
                          amount=Decimal("990000"), started_on=date(2026, 12, 5)))  # fmt: skip
    with clock.frozen_at("2027-01-15T10:00"):
        after = monthly_report(db, MONTH)
    assert after.pipeline_by_stage == before.pipeline_by_stage
    assert (after.pipeline_end, after.weighted_end) == (before.pipeline_end, before.weighted_end)
    assert [f.reached for f in after.funnel] == [f.reached for f in before.funnel]
    assert next(r for r in after.pipeline_by_stage if r.stage is Stage.C).count >= 1
