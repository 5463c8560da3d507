from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from kamdesk.domain.stakeholders import Attitude, AttitudeStep
from kamdesk.domain.visit_plan import FabPoint, Objection, ObjectiveMet, ResourceCheck, SpinCategory
from kamdesk.domain.visits import ContactWay, ObjectiveKind, Side, VisitKind, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import visits as svc
from kamdesk.services.visits.calendar import (
    VisitQuery,
    count_visits,
    list_visits,
    month_counts,
    visits_between,
)
from kamdesk.services.visits.sheet import sheet_for, sheet_for_visit
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    AttitudeChange,
    Commitment,
    Contact,
    ContactLog,
    Opportunity,
    ProgressPoint,
    Stakeholder,
    Visit,
    VisitAttendee,
)
from tests.services.visit_seed import CST, Seed, seed

NOW = datetime(2026, 11, 25, 8, 0, tzinfo=CST)
#: when outcomes are logged: after the planned visits (11-26…11-28) took place
LOGGED = datetime(2026, 11, 29, 18, 0, tzinfo=CST)


def _plan_input(sd: Seed, **over: object) -> svc.VisitInput:
    base: dict[str, object] = dict(
        account_uuid=sd.account,
        opportunity_uuid=sd.opportunity,
        starts_at=datetime(2026, 11, 26, 10, 0, tzinfo=CST),
        ends_at=datetime(2026, 11, 26, 11, 30, tzinfo=CST),
        place="浦发银行 12楼会议室",
        attendees=[
            svc.AttendeeInput(Side.THEM, contact_uuid=sd.zheng),
            svc.AttendeeInput(Side.THEM, contact_uuid=sd.huang),
            svc.AttendeeInput(Side.US, our_person_uuid=sd.our_person),
        ],
        objective_kind=ObjectiveKind.SELL,
        final_objective="回访中心转网至我司",
        stage_objective="确认线路可靠性方案",
        w_what="确认转网方案",
        w_how_much="两小时，无费用",
        resources=[ResourceCheck("产品知识", True), ResourceCheck("价格的权限范围")],
        fab_points=[FabPoint("双路由接入", "单线故障不断线", "回访中心全年不中断")],
        spin_questions={SpinCategory.PROBLEM: ["上月掉线几次？"]},
        objections=[Objection("价格比网通高", "按三年总成本比较")],
        commitment_to_ask="下周安排技术交流",
        minimum_outcome="拿到线路测试许可",
    )
    base.update(over)
    return svc.VisitInput(**base)  # type: ignore[arg-type]


def test_plan_with_attendees_on_both_sides_stores_every_part(db: Database) -> None:
    sd = seed(db)
    res = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST)
    assert res.value.warnings == {}
    assert res.changes.touches("visit")
    v = svc.get_visit(db, res.value.uuid)
    assert v.status is VisitStatus.PLANNED and v.kind is VisitKind.NEW
    assert [a.name for a in v.attendees if a.side is Side.THEM] == ["郑师超", "黄艾香"]
    assert [a.name for a in v.attendees if a.side is Side.US] == ["林山"]
    # attitude before is taken from the map when planned
    assert {a.name: a.attitude_before for a in v.attendees if a.side is Side.THEM} == {
        "郑师超": "B",
        "黄艾香": "C",
    }
    assert v.fab_points[0].benefit == "回访中心全年不中断"
    assert v.spin_questions[SpinCategory.PROBLEM] == ["上月掉线几次？"]
    assert v.objections[0].answer == "按三年总成本比较"
    assert v.resources[0] == ResourceCheck("产品知识", True)
    assert v.opportunity_name == "电话回访中心转网" and v.rep_name == "林山"
    with db.reading() as s:
        acc = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        assert acc.next_visit_on == date(2026, 11, 26)


def test_attendee_from_another_account_is_refused_and_nothing_saved(db: Database) -> None:
    sd = seed(db)
    inp = _plan_input(sd, attendees=[svc.AttendeeInput(Side.THEM, contact_uuid=sd.stranger)])
    with pytest.raises(ValidationError) as err:
        svc.plan_visit(db, inp, now=NOW, lang="zh")
    assert "唐军" in err.value.errors["attendees"]
    with db.reading() as s:
        assert s.execute(select(func.count(Visit.id))).scalar_one() == 0
        assert s.execute(select(func.count(VisitAttendee.id))).scalar_one() == 0


def test_end_before_start_is_refused(db: Database) -> None:
    sd = seed(db)
    inp = _plan_input(sd, ends_at=datetime(2026, 11, 26, 9, 0, tzinfo=CST))
    with pytest.raises(ValidationError) as err:
        svc.plan_visit(db, inp, now=NOW)
    assert "ends_at" in err.value.errors
    assert count_visits(db) == 0


def test_past_date_is_saved_with_a_warning(db: Database) -> None:
    sd = seed(db)
    inp = _plan_input(sd, starts_at=datetime(2026, 11, 20, 10, tzinfo=CST), ends_at=None)
    res = svc.plan_visit(db, inp, now=NOW)
    assert "starts_at" in res.value.warnings
    assert count_visits(db) == 1


def test_opportunity_of_another_account_is_refused(db: Database) -> None:
    sd = seed(db)
    with pytest.raises(ValidationError) as err:
        svc.plan_visit(db, _plan_input(sd, account_uuid=sd.other_account, attendees=[]), now=NOW)
    assert "opportunity" in err.value.errors


def test_reschedule_keeps_length_and_everything_else(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    svc.reschedule_visit(db, uuid, datetime(2026, 11, 30, 14, 0, tzinfo=CST), tz=CST)
    v = svc.get_visit(db, uuid)
    assert v.starts_at == datetime(2026, 11, 30, 14, 0, tzinfo=CST)
    assert v.ends_at is not None and v.ends_at - v.starts_at == timedelta(minutes=90)
    assert v.final_objective == "回访中心转网至我司" and len(v.attendees) == 3
    with db.reading() as s:
        acc = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        assert acc.next_visit_on == date(2026, 11, 30)


def test_cancel_and_restore(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    svc.cancel_visit(db, uuid, tz=CST)
    assert svc.get_visit(db, uuid).status is VisitStatus.CANCELLED
    with db.reading() as s:
        assert s.execute(select(Account.next_visit_on).where(Account.uuid == sd.account)).scalar_one() is None
    with pytest.raises(UserError):
        svc.reschedule_visit(db, uuid, datetime(2026, 12, 1, 9, tzinfo=CST))
    svc.restore_visit(db, uuid, tz=CST)
    assert svc.get_visit(db, uuid).status is VisitStatus.PLANNED


def _outcome(sd: Seed, **over: object) -> svc.OutcomeInput:
    base: dict[str, object] = dict(
        outcome="郑主任同意下周安排线路测试",
        objective_met=ObjectiveMet.YES,
        attitudes=[svc.AttitudeUpdate(sd.zheng, "B+"), svc.AttitudeUpdate(sd.huang, "C")],
        commitments=[
            svc.CommitmentInput(Side.US, "带合同给郑主任审阅", date(2026, 12, 3), "林山"),
            svc.CommitmentInput(Side.THEM, "提供线路测试窗口", date(2026, 12, 1), "郑师超"),
        ],
        next_visit_on=date(2026, 12, 10),
        plan_next_visit=True,
    )
    base.update(over)
    return svc.OutcomeInput(**base)  # type: ignore[arg-type]


def test_logging_writes_everything_in_one_go(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    res = svc.log_outcome(db, uuid, _outcome(sd), now=NOW + timedelta(days=1), tz=CST, lang="zh")
    assert res.changes.touches("contact_log", "stakeholder", "commitment")
    v = svc.get_visit(db, uuid)
    assert v.status is VisitStatus.DONE and v.outcome == "郑主任同意下周安排线路测试"
    assert v.objective_met is ObjectiveMet.YES
    assert {a.name: (a.attitude_before, a.attitude_after) for a in v.attendees if a.side is Side.THEM} == {
        "郑师超": ("B", "B+"),
        "黄艾香": ("C", "C"),
    }
    with db.reading() as s:
        changes = s.execute(select(AttitudeChange).where(AttitudeChange.source == "visit")).scalars().all()
        assert [(c.from_level, c.to_level) for c in changes] == [("B", "B+")]  # unchanged C is not a change
        visit_id = s.execute(select(Visit.id).where(Visit.uuid == uuid)).scalar_one()
        assert changes[0].visit_id == visit_id
        st = s.get(Stakeholder, changes[0].stakeholder_id)
        assert st is not None and st.attitude is not None and st.attitude.code + st.attitude_step.code == "B+"
        commits = s.execute(select(Commitment).order_by(Commitment.due_on)).scalars().all()
        assert [(c.side, c.due_on) for c in commits] == [
            (Side.THEM, date(2026, 12, 1)),
            (Side.US, date(2026, 12, 3)),
        ]
        assert all(c.visit_id == visit_id for c in commits)
        log = s.execute(select(ContactLog)).scalar_one()
        assert log.way is ContactWay.VISIT and log.visit_id == visit_id
        assert log.content == "郑主任同意下周安排线路测试"
        assert "郑师超" in (log.their_person or "") and "林山" in (log.our_person or "")
        assert "带合同给郑主任审阅" in (log.next_step or "")
        acc = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        assert acc.last_visit_on == date(2026, 11, 26)
        assert acc.last_touch_at == datetime(2026, 11, 26, 10, 0, tzinfo=CST)
        assert acc.next_visit_on == date(2026, 12, 10)
    nxt = svc.get_visit(db, res.value or "")
    assert nxt.status is VisitStatus.PLANNED and nxt.kind is VisitKind.REVISIT
    assert nxt.starts_at == datetime(2026, 12, 10, 10, 0, tzinfo=CST)
    assert {a.name for a in nxt.attendees} == {"郑师超", "黄艾香", "林山"}
    # the account was visited now: a new plan is a revisit
    assert svc.kind_for_new_plan(db, sd.account) is VisitKind.REVISIT


def test_a_failing_log_writes_nothing(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    bad = _outcome(sd, attitudes=[svc.AttitudeUpdate(sd.zheng, "B+"), svc.AttitudeUpdate(sd.stranger, "A")])
    with pytest.raises(ValidationError):
        svc.log_outcome(db, uuid, bad, now=LOGGED, tz=CST)
    assert svc.get_visit(db, uuid).status is VisitStatus.PLANNED
    with db.reading() as s:
        assert (
            s.execute(
                select(func.count(AttitudeChange.id)).where(AttitudeChange.source == "visit")
            ).scalar_one()
            == 0
        )
        assert s.execute(select(func.count(Commitment.id))).scalar_one() == 0
        assert s.execute(select(func.count(ContactLog.id))).scalar_one() == 0
        assert s.execute(select(Account.last_visit_on).where(Account.uuid == sd.account)).scalar_one() is None


def test_outcome_needs_text_and_a_bad_attitude_is_refused(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    with pytest.raises(ValidationError) as err:
        svc.log_outcome(db, uuid, _outcome(sd, outcome=" ", attitudes=[svc.AttitudeUpdate(sd.zheng, "X")]))
    assert set(err.value.errors) >= {"outcome", "attitudes"}


def test_commitments_complete_and_reopen(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    svc.log_outcome(db, uuid, _outcome(sd, plan_next_visit=False), now=LOGGED, tz=CST)
    open_ = svc.open_commitments(db, sd.account)
    assert len(open_) == 2
    svc.set_commitment_done(db, open_[0].uuid, date(2026, 12, 1))
    assert [c.text for c in svc.open_commitments(db, sd.account)] == ["带合同给郑主任审阅"]
    svc.set_commitment_done(db, open_[0].uuid, None)
    assert len(svc.open_commitments(db)) == 2


def test_plan_context_prefills_key_people_commitments_and_last_contact(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    svc.log_outcome(db, uuid, _outcome(sd, plan_next_visit=False), now=LOGGED, tz=CST)
    ctx = svc.plan_context(db, sd.account, sd.opportunity, lang="zh")
    assert {p.name: p.attitude for p in ctx.key_people} == {"郑师超": "B+", "林智勇": "B+", "黄艾香": "C"}
    assert len(ctx.open_commitments) == 2
    assert ctx.last_contact is not None and ctx.last_contact.content == "郑主任同意下周安排线路测试"
    assert ctx.suggested_kind is VisitKind.REVISIT
    assert ctx.opportunities == ((sd.opportunity, "电话回访中心转网"),)


def test_list_filters_sorts_and_searches(db: Database) -> None:
    sd = seed(db)
    a = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    b = svc.plan_visit(
        db,
        _plan_input(
            sd,
            account_uuid=sd.other_account,
            opportunity_uuid=None,
            attendees=[],
            place="印刷厂",
            starts_at=datetime(2026, 11, 27, 9, tzinfo=CST),
            ends_at=None,
        ),
        now=NOW,
    ).value.uuid
    svc.cancel_visit(db, a)
    assert [r.uuid for r in list_visits(db, VisitQuery(search="浦发"), tz=CST)] == [a]
    assert [r.uuid for r in list_visits(db, VisitQuery(search="印刷厂"), tz=CST)] == [b]
    assert [r.uuid for r in list_visits(db, VisitQuery(search="shyc"), tz=CST)] == [b]
    assert [r.uuid for r in list_visits(db, VisitQuery(statuses=(VisitStatus.CANCELLED,)))] == [a]
    assert [r.uuid for r in list_visits(db, VisitQuery(sort="starts_at", descending=True))] == [b, a]
    assert [r.uuid for r in visits_between(db, date(2026, 11, 23), date(2026, 11, 29), tz=CST)] == [b]
    assert count_visits(db, VisitQuery(start=date(2026, 11, 27), end=date(2026, 11, 27)), tz=CST) == 1


def test_month_counts_against_targets(db: Database) -> None:
    from decimal import Decimal

    from kamdesk.domain.periods import PeriodKind, TargetMetric
    from kamdesk.store.models import Target

    sd = seed(db)
    with db.transaction() as s:
        s.add(
            Target(
                period_kind=PeriodKind.MONTH,
                period_key="2026-11",
                metric=TargetMetric.NEW_VISITS,
                normal=Decimal(8),
            )
        )
        s.add(
            Target(
                period_kind=PeriodKind.MONTH,
                period_key="2026-11",
                metric=TargetMetric.REVISITS,
                normal=Decimal(20),
            )
        )
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    svc.log_outcome(db, uuid, _outcome(sd), now=LOGGED, tz=CST)  # plans a revisit on 12-10
    svc.plan_visit(
        db, _plan_input(sd, starts_at=datetime(2026, 11, 28, 9, tzinfo=CST), ends_at=None), now=NOW
    )
    m = month_counts(db, "2026-11", tz=CST)
    assert (m.new_done, m.revisits_done, m.new_planned, m.revisits_planned) == (1, 0, 0, 1)
    assert (m.new_target, m.revisits_target) == (8, 20)
    assert month_counts(db, "2026-12", tz=CST).revisits_planned == 1


def test_sheet_holds_original_change_and_current_attitudes(db: Database) -> None:
    sd = seed(db)
    sheet = sheet_for(db, opportunity_uuid=sd.opportunity, on=date(2026, 11, 25))
    assert sheet.project_no == "0202" and sheet.account_no == "110" and sheet.account_manager == "林山"
    assert sheet.account_name == "上海浦东发展银行"
    assert sheet.competitor == "网通" and sheet.progress == 2
    rows = {i.name: (i.original, i.trend, i.current) for i in sheet.influencers}
    assert rows == {"郑师超": ("C", "↑", "B"), "林智勇": ("B", "↑", "B+"), "黄艾香": ("D", "↑", "C")}
    assert sheet.manager_assessment == "进展顺利，注意技术保障"
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    svc.log_outcome(db, uuid, _outcome(sd, attitudes=[svc.AttitudeUpdate(sd.zheng, "D")]), now=LOGGED, tz=CST)
    rows2 = {i.name: (i.original, i.trend, i.current) for i in sheet_for_visit(db, uuid).influencers}
    assert rows2["郑师超"] == ("B", "↓", "D")  # before this visit B, after it D


def test_sheet_names_the_key_decision_maker_by_the_largest_weight(db: Database) -> None:
    sd = seed(db)
    sheet = sheet_for(db, opportunity_uuid=sd.opportunity, on=date(2026, 11, 25))
    assert sheet.key_decision_maker is None and sheet.key_decision_maker_text() == ""  # 30/30/30: shared
    with db.transaction() as s:
        contact_id = s.execute(select(Contact.id).where(Contact.uuid == sd.huang)).scalar_one()
        s.execute(update(Stakeholder).where(Stakeholder.contact_id == contact_id).values(influence_pct=40.0))
    sheet = sheet_for(db, opportunity_uuid=sd.opportunity, on=date(2026, 11, 25))
    assert sheet.key_decision_maker is not None and sheet.key_decision_maker.name == "黄艾香"
    assert sheet.key_decision_maker_text() == "关键决策者：黄艾香（影响项目的比重40%，使用买家）"


def test_outcome_of_a_visit_that_has_not_happened_yet_is_refused(db: Database) -> None:
    """Logging a visit planned for tomorrow set the account's last visit in the
    future; it is refused with a clear line and nothing is written."""
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid  # 11-26
    with pytest.raises(UserError, match="2026-11-26"):
        svc.log_outcome(db, uuid, _outcome(sd, plan_next_visit=False), now=NOW, tz=CST)
    assert svc.get_visit(db, uuid).status is VisitStatus.PLANNED
    with db.reading() as s:
        acc = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        assert acc.last_visit_on is None or acc.last_visit_on <= NOW.date()
        assert (
            s.execute(
                select(func.count(AttitudeChange.id)).where(AttitudeChange.source == "visit")
            ).scalar_one()
            == 0
        )
    # on the day itself it is fine
    svc.log_outcome(db, uuid, _outcome(sd, plan_next_visit=False), now=NOW + timedelta(days=1), tz=CST)
    assert svc.get_visit(db, uuid).status is VisitStatus.DONE


def test_sheet_of_a_past_visit_shows_attitudes_and_progress_as_of_that_visit(db: Database) -> None:
    """Printed weeks later, after the map and the progress moved on, the sheet
    of the 11-26 visit still shows what stood before and after that visit."""
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid  # 11-26 10:00
    svc.log_outcome(db, uuid, _outcome(sd, attitudes=[svc.AttitudeUpdate(sd.zheng, "D")]), now=LOGGED, tz=CST)
    # later: 郑师超 won over (D -> A) and progress +4 recorded in December
    with db.transaction() as s:
        target = s.execute(
            select(Stakeholder)
            .join(Contact, Contact.id == Stakeholder.contact_id)
            .where(Contact.uuid == sd.zheng, Stakeholder.opportunity_id.is_not(None))
        ).scalar_one()
        s.add(
            AttitudeChange(
                stakeholder_id=target.id,
                at=datetime(2026, 12, 10, 9, tzinfo=CST),
                from_level="D",
                to_level="A",
            )
        )
        target.attitude, target.attitude_step = Attitude.RECOMMENDS, AttitudeStep.NONE
        opp = s.execute(select(Opportunity).where(Opportunity.uuid == sd.opportunity)).scalar_one()
        opp.progress_vs_rival = 4
        s.add(ProgressPoint(opportunity_id=opp.id, on=date(2026, 12, 10), value=4, competitor_name="网通"))
    sheet = sheet_for_visit(db, uuid)
    assert sheet.on == date(2026, 11, 26)
    rows = {i.name: (i.original, i.trend, i.current) for i in sheet.influencers}
    assert rows["郑师超"] == ("B", "↓", "D")
    assert sheet.progress == 2
    # the account's sheet for a December day shows December's standing
    later = sheet_for(db, opportunity_uuid=sd.opportunity, on=date(2026, 12, 11))
    assert {i.name: i.current for i in later.influencers}["郑师超"] == "A" and later.progress == 4


def test_a_visit_in_the_contact_log_makes_the_next_plan_a_revisit(db: Database) -> None:
    sd = seed(db)
    start = datetime(2026, 11, 27, 14, tzinfo=CST)

    def plan_kind() -> VisitKind:
        uuid = svc.plan_visit(
            db, svc.VisitInput(account_uuid=sd.other_account, starts_at=start), now=NOW
        ).value.uuid
        with db.reading() as s:
            return s.execute(select(Visit.kind).where(Visit.uuid == uuid)).scalar_one()

    assert plan_kind() is VisitKind.NEW  # never visited
    with db.transaction() as s:
        account_id = s.execute(select(Account.id).where(Account.uuid == sd.other_account)).scalar_one()
        # a phone call does not count, nor a 拜访 logged after the planned start
        s.add(ContactLog(account_id=account_id, way=ContactWay.PHONE, at=start - timedelta(days=9)))
        s.add(ContactLog(account_id=account_id, way=ContactWay.VISIT, at=start + timedelta(days=1)))
    assert plan_kind() is VisitKind.NEW
    with db.transaction() as s:
        s.add(ContactLog(account_id=account_id, way=ContactWay.VISIT, at=start - timedelta(days=30)))
    assert plan_kind() is VisitKind.REVISIT  # 拜访 in the contact log: 再拜访
    assert svc.kind_for_new_plan(db, sd.other_account) is VisitKind.REVISIT
