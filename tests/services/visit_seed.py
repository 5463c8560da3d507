"""Shared test data for the visit tests: the seed's own sheet example
(上海浦东发展银行, project 0202, account manager 林山) plus another account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from kamdesk.domain.grading import Cadence, RevisitInterval
from kamdesk.domain.stakeholders import Attitude, AttitudeStep, BuyingRole
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    AttitudeChange,
    Contact,
    Opportunity,
    OpportunityCompetitor,
    OurPerson,
    ProgressPoint,
    Rep,
    Stakeholder,
)

CST = timezone(timedelta(hours=8))


@dataclass
class Seed:
    account: str
    other_account: str
    opportunity: str
    rep: str
    our_person: str
    zheng: str  # contacts of the bank
    lin: str
    huang: str
    stranger: str  # a contact of the other account


def seed(db: Database) -> Seed:
    with db.transaction() as s:
        rep = Rep(name="林山", is_me=True)
        s.add(rep)
        s.flush()
        bank = Account(
            name="上海浦东发展银行",
            short_name="浦发银行",
            number="110",
            owner_id=rep.id,
            sort_key="shanghai pudong",
            initials="shpdfzyh",
            address="上海市中山东一路12号",
            cadence=Cadence.WEEKLY,
            revisit_interval=RevisitInterval.D20,
        )
        other = Account(
            name="上海烟草工业印刷厂", sort_key="shanghai yancao", initials="shycgyysc", owner_id=rep.id
        )
        s.add_all([bank, other])
        s.flush()
        zheng = Contact(account_id=bank.id, name="郑师超", title="办公室主任", department="办公室")
        lin = Contact(account_id=bank.id, name="林智勇", title="电脑部经理", department="电脑部")
        huang = Contact(
            account_id=bank.id,
            name="黄艾香",
            title="回访中心负责人",
            department="电话回访中心",
            birthday_md="11-28",
        )
        stranger = Contact(account_id=other.id, name="唐军", title="办公室主任")
        s.add_all([zheng, lin, huang, stranger])
        me = OurPerson(name="林山", title="客户经理", rep_id=rep.id)
        s.add(me)
        s.flush()
        opp = Opportunity(
            account_id=bank.id,
            owner_id=rep.id,
            number="0202",
            name="电话回访中心转网",
            objective="通过对分公司各级人员的销售，促使其电话回访中心由网通转网至我司",
            breakthroughs="1、电话回访中心对通信质量要求较高\n2、已将转网方案提交给用户",
            next_steps="1、落实通信线路的可靠性\n2、请客户活动，增加客户好感",
            manager_assessment="进展顺利，注意技术保障",
            progress_vs_rival=2,
        )
        s.add(opp)
        s.flush()
        s.add(OpportunityCompetitor(opportunity_id=opp.id, name="网通", is_main=True))
        s.add(ProgressPoint(opportunity_id=opp.id, on=date(2026, 11, 1), value=2, competitor_name="网通"))
        t0 = datetime(2026, 10, 1, 9, tzinfo=CST)
        for contact, role, first, now in (
            (zheng, BuyingRole.ECONOMIC, "C", (Attitude.SUPPORTS, AttitudeStep.NONE)),
            (lin, BuyingRole.TECHNICAL, "B", (Attitude.SUPPORTS, AttitudeStep.PLUS)),
            (huang, BuyingRole.USER, "D", (Attitude.ACCEPTS, AttitudeStep.NONE)),
        ):
            st = Stakeholder(
                account_id=bank.id,
                opportunity_id=opp.id,
                contact_id=contact.id,
                buying_role=role,
                attitude=now[0],
                attitude_step=now[1],
                influence_pct=30.0,
            )
            s.add(st)
            s.flush()
            s.add(
                AttitudeChange(stakeholder_id=st.id, at=t0, from_level=None, to_level=first, source="manual")
            )
            s.add(
                AttitudeChange(
                    stakeholder_id=st.id,
                    at=t0 + timedelta(days=10),
                    from_level=first,
                    to_level=now[0].code + now[1].code,
                    source="manual",
                )
            )
        return Seed(
            bank.uuid,
            other.uuid,
            opp.uuid,
            rep.uuid,
            me.uuid,
            zheng.uuid,
            lin.uuid,
            huang.uuid,
            stranger.uuid,
        )
