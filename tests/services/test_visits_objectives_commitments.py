"""A visit with several objective kinds; commitments with a due time; the
visit's key persons (本次拜访的关键人) with phone, buying role, personality."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from kamdesk.domain.stakeholders import BuyingRole, Personality
from kamdesk.domain.visits import ObjectiveKind, Side, parse_kinds
from kamdesk.services import privacy
from kamdesk.services import visits as svc
from kamdesk.store.db import Database
from kamdesk.store.models import Commitment, Contact, Visit
from tests.services.test_visits_service import LOGGED, NOW, _outcome, _plan_input
from tests.services.visit_seed import CST, seed


def test_a_visit_keeps_several_objective_kinds_in_order(db: Database) -> None:
    sd = seed(db)
    kinds = (ObjectiveKind.SELL, ObjectiveKind.RELATIONSHIP, ObjectiveKind.INFORMATION)
    uuid = svc.plan_visit(
        db, _plan_input(sd, objective_kind=None, objective_kinds=kinds), now=NOW, tz=CST
    ).value.uuid
    v = svc.get_visit(db, uuid)
    assert v.objective_kinds == kinds
    assert v.objective_kind is ObjectiveKind.SELL  # the first, for readers of one kind
    assert v.objective_text("zh") == "销售产品、建设客情、信息收集"
    assert v.objective_text("en") == "Sell, Build the relationship, Gather information"
    with db.reading() as s:
        assert s.scalar(select(Visit.objective_kinds)) == "sell,relationship,information"
    # an update to one kind leaves one
    svc.update_visit(db, uuid, _plan_input(sd, objective_kind=ObjectiveKind.ADVISE), now=NOW, tz=CST)
    assert svc.get_visit(db, uuid).objective_kinds == (ObjectiveKind.ADVISE,)


def test_the_next_visit_planned_from_an_outcome_keeps_the_kinds(db: Database) -> None:
    sd = seed(db)
    kinds = (ObjectiveKind.MAINTAIN, ObjectiveKind.ADVISE)
    uuid = svc.plan_visit(
        db, _plan_input(sd, objective_kind=None, objective_kinds=kinds), now=NOW, tz=CST
    ).value.uuid
    res = svc.log_outcome(db, uuid, _outcome(sd), now=LOGGED, tz=CST)
    assert res.value is not None  # the uuid of the next visit
    assert svc.get_visit(db, res.value).objective_kinds == kinds


def test_objective_kinds_parse_the_seed_terms_and_name_an_unknown_one() -> None:
    assert parse_kinds("销售产品、建设客情, maintain") == (
        ObjectiveKind.SELL,
        ObjectiveKind.RELATIONSHIP,
        ObjectiveKind.MAINTAIN,
    )
    with pytest.raises(ValueError) as err:
        parse_kinds("销售产品、卖货")
    assert "卖货" in str(err.value) and "信息收集" in str(err.value)


def test_a_commitment_carries_a_due_date_and_an_optional_time(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    out = _outcome(
        sd,
        commitments=[
            svc.CommitmentInput(Side.US, "带合同给郑主任审阅", date(2026, 12, 3), "林山", time(14, 30)),
            svc.CommitmentInput(Side.THEM, "提供线路测试窗口", date(2026, 12, 1), "郑师超"),
        ],
        plan_next_visit=False,
    )
    svc.log_outcome(db, uuid, out, now=LOGGED, tz=CST)
    views = {c.text: c for c in svc.get_visit(db, uuid).commitments}
    assert views["带合同给郑主任审阅"].due_time == time(14, 30)
    assert views["带合同给郑主任审阅"].due_text() == "2026-12-03 14:30"
    assert views["提供线路测试窗口"].due_time is None
    assert views["提供线路测试窗口"].due_text() == "2026-12-01"
    # a time without a date is not kept (it would be due at no day)
    c = svc.add_commitment(db, sd.account, svc.CommitmentInput(Side.US, "回电", None, None, time(9, 0))).value
    with db.reading() as s:
        assert s.scalar(select(Commitment.due_time).where(Commitment.uuid == c)) is None
    assert [x.due_text() for x in svc.open_commitments(db, sd.account)][:2] == [
        "2026-12-01",
        "2026-12-03 14:30",
    ]


def test_key_persons_of_a_visit_have_phone_role_and_personality(db: Database) -> None:
    sd = seed(db)
    with db.transaction() as s:
        s.execute(
            update(Contact)
            .where(Contact.uuid == sd.zheng)
            .values(mobile="13901234567", phone="021-1111", personality=Personality.DRIVER)
        )
        s.execute(update(Contact).where(Contact.uuid == sd.huang).values(phone="021-2222"))
    uuid = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    v = svc.get_visit(db, uuid)
    people = {p.name: p for p in v.key_persons}
    assert list(people) == ["郑师超", "黄艾香"]  # the visit's customer attendees
    zheng = people["郑师超"]
    assert (zheng.phone, zheng.role, zheng.personality) == (
        "13901234567",
        BuyingRole.ECONOMIC,
        Personality.DRIVER,
    )
    assert zheng.advice("zh") == Personality.DRIVER.advice_zh
    assert people["黄艾香"].phone == "021-2222" and people["黄艾香"].role is BuyingRole.USER
    # personality is private: gone unless the output asked for private data
    public = privacy.public_visit(v, privacy.load_privacy(db, False))
    assert [p.personality for p in public.key_persons] == [None, None]
    assert [p.phone for p in public.key_persons] == ["13901234567", "021-2222"]
    assert (
        privacy.public_visit(v, privacy.load_privacy(db, True)).key_persons[0].personality
        is Personality.DRIVER
    )


def test_a_visit_without_customer_attendees_shows_the_maps_heaviest_people(db: Database) -> None:
    sd = seed(db)
    uuid = svc.plan_visit(
        db,
        _plan_input(sd, attendees=[svc.AttendeeInput(Side.US, our_person_uuid=sd.our_person)]),
        now=NOW,
        tz=CST,
    ).value.uuid
    names = [p.name for p in svc.get_visit(db, uuid).key_persons]
    assert names and set(names) <= {"郑师超", "林智勇", "黄艾香"}
    weights = [p.influence_pct or 0 for p in svc.get_visit(db, uuid).key_persons]
    assert weights == sorted(weights, reverse=True)


def test_planned_visit_after_a_logged_visit_elsewhere_in_time_is_a_revisit(db: Database) -> None:
    """The earlier-visit rule (also 拜访 entries of the contact log) is main's; here the
    later plan of an account visited once reads 再拜访."""
    sd = seed(db)
    first = svc.plan_visit(db, _plan_input(sd), now=NOW, tz=CST).value.uuid
    svc.log_outcome(db, first, _outcome(sd, plan_next_visit=False), now=LOGGED, tz=CST)
    later = _plan_input(
        sd,
        starts_at=datetime(2026, 12, 8, 10, tzinfo=CST),
        ends_at=datetime(2026, 12, 8, 11, tzinfo=CST),
    )
    uuid = svc.plan_visit(db, later, now=LOGGED + timedelta(hours=1), tz=CST).value.uuid
    assert svc.get_visit(db, uuid).kind.code == "revisit"
