"""Known data for the report tests: one rep, week 2026-W47 (16–22 Nov 2026)
in month 2026-11. Every figure the tests expect follows from what is here:

* visits in W47: 5 scheduled, 3 done (1 new, 2 revisits), 2 still planned
  (one on 18 Nov, the day after the daily log's 17 Nov); next week (W48): 2 planned.
* 上海烟草 MES 项目 300,000 moved E → C on 18 Nov: 75,000 weighted at the
  start of the week, 150,000.00 at the end; nine-grid G (our territory, we lead).
  Weighted pipeline at the start of W47: 75,000 + 80,000 (bank, S) + 15,000
  (grid, D 30%) = 170,000.00; at the end only MES is open: 150,000.00.
* 北京银行 won 80,000 on 19 Nov; 广州电网 lost 50,000 on 20 Nov.
* collections 40,000.00 paid 20 Nov; 12,000.00 due 10 Nov still unpaid.
* November targets: revenue 50,000 / 80,000 / 120,000 (actual 80,000 →
  normal); visits 10 / 15 / 20 (actual 3 → none).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from kamdesk.domain.matrix import Lead, Territory
from kamdesk.domain.periods import PeriodKind, TargetMetric
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import ContactWay, Side, VisitKind, VisitStatus
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Commitment,
    Contact,
    ContactLog,
    Opportunity,
    Payment,
    PlanItem,
    PlanPeriod,
    Purchase,
    Rep,
    StageChange,
    Target,
    Visit,
    VisitAttendee,
)

WEEK = "2026-W47"
MONTH = "2026-11"
DAY = "2026-11-17"


def at(day: int, hour: int = 10, minute: int = 0, month: int = 11) -> datetime:
    """A local time in 2026, tz-aware."""
    return datetime(2026, month, day, hour, minute).astimezone()


def make_sample(db: Database, *, rep_name: str = "张伟", is_me: bool = True) -> dict[str, str]:
    """Create the sample; returns uuids by name."""
    with db.transaction() as s:
        rep = Rep(name=rep_name, code="R01", region="华东", is_me=is_me)
        s.add(rep)
        s.flush()
        tobacco = Account(name="上海烟草集团有限责任公司", short_name="上海烟草", owner_id=rep.id)
        bank = Account(name="北京银行股份有限公司", short_name="北京银行", owner_id=rep.id)
        grid = Account(name="广州供电局", short_name="广州电网", owner_id=rep.id)
        s.add_all([tobacco, bank, grid])
        s.flush()
        s.add_all(
            [
                Contact(
                    account_id=tobacco.id,
                    name="李明",
                    title="信息中心主任",
                    mobile="13800000001",
                    spouse="王芳",
                    interests="钓鱼",
                    birthday=date(1975, 3, 9),
                ),
                Contact(account_id=tobacco.id, name="赵私", title="秘书", is_private=True),
            ]
        )
        mes = Opportunity(
            account_id=tobacco.id,
            owner_id=rep.id,
            name="MES 项目",
            stage=Stage.C,
            amount=Decimal("300000"),
            started_on=date(2026, 11, 1),
            created_at=at(1),
            territory=Territory.OURS,
            lead=Lead.WE_LEAD,
        )
        won = Opportunity(
            account_id=bank.id,
            owner_id=rep.id,
            name="网点终端",
            stage=Stage.S,
            status=OpportunityStatus.WON,
            amount=Decimal("80000"),
            created_at=at(2),
            closed_on=date(2026, 11, 19),
        )
        lost = Opportunity(
            account_id=grid.id,
            owner_id=rep.id,
            name="配网监控",
            stage=Stage.D,
            status=OpportunityStatus.LOST,
            amount=Decimal("50000"),
            created_at=at(3),
            closed_on=date(2026, 11, 20),
            close_reason="价格",
        )
        s.add_all([mes, won, lost])
        s.flush()
        s.add(StageChange(opportunity_id=mes.id, from_stage=Stage.E, to_stage=Stage.C, at=at(18, 15)))
        v1 = Visit(
            account_id=tobacco.id,
            rep_id=rep.id,
            opportunity_id=mes.id,
            status=VisitStatus.DONE,
            kind=VisitKind.NEW,
            starts_at=at(17, 9),
            stage_objective="确认需求范围",
            outcome="客户同意技术交流",
            objective_met="yes",
        )
        v2 = Visit(
            account_id=bank.id,
            rep_id=rep.id,
            status=VisitStatus.DONE,
            kind=VisitKind.REVISIT,
            starts_at=at(17, 14),
            stage_objective="商务条款",
            outcome="同意签约",
            objective_met="yes",
        )
        v3 = Visit(
            account_id=grid.id,
            rep_id=rep.id,
            status=VisitStatus.DONE,
            kind=VisitKind.REVISIT,
            starts_at=at(18, 10),
            stage_objective="挽回项目",
            outcome="未果",
            objective_met="no",
        )
        v4 = Visit(
            account_id=tobacco.id,
            rep_id=rep.id,
            status=VisitStatus.PLANNED,
            kind=VisitKind.REVISIT,
            starts_at=at(19, 10),
            stage_objective="技术交流",
        )
        n1 = Visit(
            account_id=tobacco.id,
            rep_id=rep.id,
            status=VisitStatus.PLANNED,
            kind=VisitKind.REVISIT,
            starts_at=at(24, 9),
            stage_objective="方案汇报",
        )
        n2 = Visit(
            account_id=bank.id,
            rep_id=rep.id,
            status=VisitStatus.PLANNED,
            kind=VisitKind.REVISIT,
            starts_at=at(25, 15),
            stage_objective="回款跟进",
        )
        t1 = Visit(
            account_id=grid.id,
            rep_id=rep.id,
            status=VisitStatus.PLANNED,
            kind=VisitKind.NEW,
            starts_at=at(18, 16),
            stage_objective="拜访新部门",
        )
        s.add_all([v1, v2, v3, v4, n1, n2, t1])
        s.flush()
        s.add(VisitAttendee(visit_id=v1.id, side=Side.THEM, name="李明", title="信息中心主任"))
        s.add(
            Commitment(
                account_id=tobacco.id,
                visit_id=v1.id,
                side=Side.US,
                text="提交技术方案",
                owner=rep_name,
                due_on=date(2026, 11, 21),
                created_at=at(17, 11),
            )
        )
        s.add(
            ContactLog(
                account_id=bank.id,
                rep_id=rep.id,
                way=ContactWay.PHONE,
                at=at(17, 16),
                their_person="陈行长",
                content="确认签约时间",
                next_step="周四签约",
            )
        )
        s.add(Purchase(account_id=bank.id, ordered_on=date(2026, 11, 19), amount=Decimal("80000")))
        s.add(Payment(account_id=bank.id, paid_on=date(2026, 11, 20), amount=Decimal("40000")))
        s.add(Payment(account_id=grid.id, due_on=date(2026, 11, 10), amount=Decimal("12000")))
        s.add_all(
            [
                Target(
                    rep_id=rep.id,
                    period_kind=PeriodKind.MONTH,
                    period_key=MONTH,
                    metric=TargetMetric.REVENUE,
                    minimum=Decimal("50000"),
                    normal=Decimal("80000"),
                    stretch=Decimal("120000"),
                ),
                Target(
                    rep_id=rep.id,
                    period_kind=PeriodKind.MONTH,
                    period_key=MONTH,
                    metric=TargetMetric.VISITS,
                    minimum=Decimal("10"),
                    normal=Decimal("15"),
                    stretch=Decimal("20"),
                ),
            ]
        )
        week = PlanPeriod(
            rep_id=rep.id,
            kind=PeriodKind.WEEK,
            key=WEEK,
            starts_on=date(2026, 11, 16),
            ends_on=date(2026, 11, 22),
            plan_text="推进上海烟草 MES 项目",
            summary_text="北京银行签约",
            key_problems="广州电网丢单",
            hard_problems="回款慢",
        )
        s.add(week)
        s.flush()
        s.add(
            PlanItem(
                period_id=week.id,
                position=0,
                text="完成 MES 技术交流",
                result="已预约",
                done=False,
                account_id=tobacco.id,
            )
        )
        return {"rep": rep.uuid, "tobacco": tobacco.uuid, "mes": mes.uuid}
