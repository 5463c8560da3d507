"""Stakeholder-map services: attitude history and as-of, validation, listing, coverage, insights."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from kamdesk.domain.insights import InsightCode
from kamdesk.domain.stakeholders import BuyingRole, Personality, Stance
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import maps
from kamdesk.services.maps import ContactInput, StakeholderInput
from kamdesk.services.maps.demo import sample_map
from kamdesk.store.db import Database
from kamdesk.store.models import Account, AttitudeChange, Contact, Opportunity, Stakeholder


def make_opportunity(db: Database, name: str = "办公网改造", account: str = "华东电力") -> tuple[str, str]:
    with db.transaction() as s:
        acc = Account(name=account)
        s.add(acc)
        s.flush()
        opp = Opportunity(account_id=acc.id, name=name)
        s.add(opp)
        s.flush()
        return opp.uuid, acc.uuid


def add(db: Database, opp: str, name: str, **fields: object) -> str:
    return maps.add_stakeholder(
        db, opp, StakeholderInput(**fields), new_contact=ContactInput(name)
    ).value.uuid  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 10, tzinfo=UTC)


def test_attitude_history_b_then_a_minus_then_c(db: Database) -> None:
    opp, _ = make_opportunity(db)
    sh = add(db, opp, "王总", role=BuyingRole.ECONOMIC)
    assert maps.set_attitude(db, sh, "B", at=at(1)).value
    assert maps.set_attitude(db, sh, "A-", at=at(10), note="演示后").value
    assert maps.set_attitude(db, sh, "c", at=at(20), source="visit").value
    history = maps.attitude_history(db, sh)
    assert [(h.from_level, h.to_level, h.trend) for h in history] == [
        (None, "B", "→"),
        ("B", "A-", "↑"),
        ("A-", "C", "↓"),
    ]
    assert history[1].note == "演示后" and history[2].source == "visit"
    person = maps.load_map(db, opp).people[0]
    assert person.original_attitude is not None and person.original_attitude.code == "B"
    assert person.attitude is not None and person.attitude.code == "C" and person.trend == "↓"
    then = maps.load_map(db, opp, as_of=date(2026, 3, 15))
    assert then.read_only
    assert then.people[0].attitude is not None and then.people[0].attitude.code == "A-"
    assert then.people[0].trend == "↑"
    assert maps.load_map(db, opp, as_of=date(2026, 2, 1)).people == ()  # not on the map yet


def test_setting_the_same_attitude_adds_no_history(db: Database) -> None:
    opp, _ = make_opportunity(db)
    sh = add(db, opp, "王总", attitude="B+")
    assert maps.set_attitude(db, sh, "B+").value is False
    assert len(maps.attitude_history(db, sh)) == 1


def test_unknown_attitude_code_is_refused_and_nothing_saved(db: Database) -> None:
    opp, _ = make_opportunity(db)
    with pytest.raises(ValidationError) as err:
        maps.add_stakeholder(db, opp, StakeholderInput(attitude="F"), new_contact=ContactInput("李工"))
    assert "unknown attitude 'F'" in err.value.errors["attitude"]
    assert count(db, Contact) == 0 and count(db, Stakeholder) == 0
    sh = add(db, opp, "李工", attitude="C")
    with pytest.raises(ValidationError):
        maps.set_attitude(db, sh, "Z+")
    with pytest.raises(ValidationError):
        maps.update_stakeholder(db, sh, StakeholderInput(attitude="G", influence_pct=10))
    assert count(db, AttitudeChange) == 1
    assert maps.load_map(db, opp).people[0].influence_pct is None


def test_weight_out_of_range_is_refused_and_a_wrong_total_warns(db: Database) -> None:
    opp, _ = make_opportunity(db)
    with pytest.raises(ValidationError) as err:
        maps.add_stakeholder(db, opp, StakeholderInput(influence_pct=120), new_contact=ContactInput("王总"))
    assert "outside 0–100%" in err.value.errors["influence_pct"]
    assert count(db, Stakeholder) == 0
    sh = add(db, opp, "王总", influence_pct=60)
    outcome = maps.update_stakeholder(db, sh, StakeholderInput(influence_pct=70)).value
    assert outcome.warnings == ("influence weights on this map add up to 70%, not 100%",)
    with pytest.raises(ValidationError):
        maps.update_stakeholder(db, sh, StakeholderInput(influence_pct=-5))
    assert maps.load_map(db, opp).people[0].influence_pct == 70
    other = maps.add_stakeholder(
        db, opp, StakeholderInput(influence_pct=30), new_contact=ContactInput("李工")
    ).value
    assert other.warnings == ()


def test_reports_to_cycle_is_refused_with_the_chain(db: Database) -> None:
    opp, _ = make_opportunity(db)
    gm = add(db, opp, "王总")
    cio = maps.add_stakeholder(
        db, opp, StakeholderInput(), new_contact=ContactInput("张主任"), reports_to=gm
    ).value.uuid
    eng = add(db, opp, "李工")
    maps.set_reports_to(db, eng, cio)
    with pytest.raises(ValidationError) as err:
        maps.set_reports_to(db, gm, eng)
    assert (
        err.value.errors["reports_to"]
        == "reporting lines would go round in a circle: 王总 → 李工 → 张主任 → 王总"
    )
    with pytest.raises(ValidationError):
        maps.update_stakeholder(db, gm, StakeholderInput(influence_pct=50), reports_to=cio)
    with pytest.raises(ValidationError):
        maps.set_reports_to(db, gm, gm)
    snapshot = maps.load_map(db, opp)
    parents = snapshot.parent_of()
    assert parents == {gm: None, cio: gm, eng: cio}
    assert snapshot.person(gm).influence_pct is None  # type: ignore[union-attr]
    maps.set_reports_to(db, eng, None)
    assert maps.load_map(db, opp).parent_of()[eng] is None


def test_contact_of_another_account_is_refused(db: Database) -> None:
    opp, _ = make_opportunity(db)
    other_opp, _other_acc = make_opportunity(db, "别的项目", "别的公司")
    stranger = maps.add_stakeholder(db, other_opp, StakeholderInput(), new_contact=ContactInput("外人"))
    with db.reading() as s:
        contact_uuid = s.scalar(select(Contact.uuid).where(Contact.name == "外人"))
    assert contact_uuid and stranger.value.uuid
    with pytest.raises(ValidationError) as err:
        maps.add_stakeholder(db, opp, StakeholderInput(), contact_uuid=contact_uuid)
    assert "another account" in err.value.errors["contact"]
    assert len(maps.load_map(db, opp).people) == 0


def test_existing_contact_is_added_once_and_appears_in_available_contacts(db: Database) -> None:
    opp, acc = make_opportunity(db)
    with db.transaction() as s:
        acc_id = s.scalar(select(Account.id).where(Account.uuid == acc))
        c = Contact(account_id=acc_id, name="赵科长", title="科长")
        s.add(c)
        s.flush()
        contact_uuid = c.uuid
    assert [o.name for o in maps.available_contacts(db, opp)] == ["赵科长"]
    maps.add_stakeholder(db, opp, StakeholderInput(role=BuyingRole.COACH), contact_uuid=contact_uuid)
    assert maps.available_contacts(db, opp) == []
    with pytest.raises(ValidationError, match="already on this map"):
        maps.add_stakeholder(db, opp, StakeholderInput(), contact_uuid=contact_uuid)


def test_update_saves_every_field_and_personality_advice(db: Database) -> None:
    opp, _ = make_opportunity(db)
    sh = add(db, opp, "王总")
    maps.update_stakeholder(
        db,
        sh,
        StakeholderInput(
            role=BuyingRole.ECONOMIC,
            attitude="b+",
            stance=Stance.SUPPORTER,
            influence_pct=100,
            personality=Personality.DRIVER,
            man_money=True,
            man_authority=True,
            man_need=False,
            notes="周三上午在",
        ),
        contact=ContactInput("王建国", title="总经理", mobile="13900000000"),
    )
    p = maps.load_map(db, opp).people[0]
    assert (p.name, p.title, p.mobile) == ("王建国", "总经理", "13900000000")
    assert p.attitude is not None and p.attitude.code == "B+"
    assert p.personality is Personality.DRIVER and "强调结果" in p.personality_advice("zh")
    assert p.man is not None and p.man.code == "M+A+n" and "熟练的销售技术" in p.man.zh
    assert p.notes == "周三上午在"


def test_coverage_our_people_and_insights_on_a_sample_map(db: Database) -> None:
    opp = sample_map(db, 15)
    snapshot = maps.load_map(db, opp)
    assert len(snapshot.people) == 15 and len(snapshot.our_people) == 3
    gm = next(p for p in snapshot.people if p.name == "王建国")
    assert gm.covered_by and gm.done_visits == 1 and gm.trend == "↑"
    codes = {i.code for i in snapshot.insights}
    # the technical head opposes us with 25% influence and no visit planned
    assert InsightCode.OPPONENT_UNADDRESSED in codes
    cio = next(p for p in snapshot.people if p.name == "张伟")
    assert cio.attitude is not None and cio.attitude.code == "D" and cio.trend == "↓"
    assert snapshot.insights_for(cio.uuid)
    assert InsightCode.NO_COACH not in codes and InsightCode.WEIGHTS_NOT_100 not in codes
    coo = next(p for p in snapshot.people if p.name == "李强")
    assert coo.planned_visits
    # the key decision maker: the one largest influence weight, named in the seed's words
    top = max(snapshot.people, key=lambda p: p.influence_pct or 0)
    assert sum(1 for p in snapshot.people if p.influence_pct == top.influence_pct) == 1
    assert snapshot.key_decision_maker == top.uuid
    assert snapshot.key_decision_maker_text("zh").startswith(f"关键决策者：{top.name}（影响项目的比重")
    assert snapshot.key_decision_maker_text("en").startswith(f"Key decision maker: {top.name} (")


def test_attitude_fallen_since_last_visit_reaches_the_insights(db: Database) -> None:
    opp = sample_map(db, 15)
    snapshot = maps.load_map(db, opp)
    dev = next(p for p in snapshot.people if p.name == "孙丽")
    assert dev.done_visits == 1
    maps.set_attitude(db, dev.uuid, "D")
    after = maps.load_map(db, opp)
    fallen = [i for i in after.insights if i.code is InsightCode.ATTITUDE_FALLEN]
    assert any("孙丽" in i.zh for i in fallen)


def test_list_maps_counts_searches_and_sorts(db: Database) -> None:
    sample_map(db, 15)
    opp2, _ = make_opportunity(db, "数据中心扩容", "南方银行")
    add(db, opp2, "甲", attitude="E")
    add(db, opp2, "乙", attitude="A")
    rows = maps.list_maps(db, sort="people")
    assert [r.title for r in rows] == ["生产管理系统升级项目", "数据中心扩容"]
    assert rows[0].people == 15 and rows[1].supporters == 1 and rows[1].opponents == 1
    assert [r.title for r in maps.list_maps(db, search="银行")] == ["数据中心扩容"]
    assert [r.title for r in maps.list_maps(db, search="shyc")] == ["生产管理系统升级项目"]
    assert next(r.title for r in maps.list_maps(db, sort="people", descending=False)) == "数据中心扩容"
    with pytest.raises(UserError):
        maps.list_maps(db, sort="bogus")


def test_account_level_map_is_separate_from_opportunity_maps(db: Database) -> None:
    opp, acc = make_opportunity(db)
    add(db, opp, "项目上的人")
    maps.add_stakeholder(
        db, acc, StakeholderInput(role=BuyingRole.COACH), new_contact=ContactInput("长期关系")
    )
    assert [p.name for p in maps.load_map(db, acc).people] == ["长期关系"]
    assert [p.name for p in maps.load_map(db, opp).people] == ["项目上的人"]
    kinds = sorted(r.kind for r in maps.list_maps(db))
    assert kinds == ["account", "opportunity"]


def test_positions_persist_and_clear(db: Database) -> None:
    opp, _ = make_opportunity(db)
    a, b = add(db, opp, "甲"), add(db, opp, "乙")
    assert maps.save_positions(db, {a: (10.5, 20.0), b: (300.0, 40.0), "gone": (1.0, 1.0)}).value == 2
    people = {p.uuid: p.position for p in maps.load_map(db, opp).people}
    assert people == {a: (10.5, 20.0), b: (300.0, 40.0)}
    maps.clear_positions(db, opp)
    assert all(p.position is None for p in maps.load_map(db, opp).people)


def test_coverage_crud_and_remove_stakeholder(db: Database) -> None:
    opp, _ = make_opportunity(db)
    sh = add(db, opp, "王总", role=BuyingRole.ECONOMIC)
    ours = maps.save_our_person(db, "黄总监", "销售总监").value
    with pytest.raises(ValidationError):
        maps.set_coverage(db, ours, sh, strength=9)
    cov = maps.set_coverage(db, ours, sh, strength=4).value
    snapshot = maps.load_map(db, opp)
    assert snapshot.our_people[0].name == "黄总监" and snapshot.coverage() == {ours: [sh]}
    assert InsightCode.ECONOMIC_NOT_COVERED not in {i.code for i in snapshot.insights}
    assert maps.list_our_people(db)[0].coverage_count == 1
    maps.remove_coverage(db, cov)
    assert maps.load_map(db, opp).our_people == ()
    maps.set_coverage(db, ours, sh)
    maps.remove_stakeholder(db, sh)
    assert maps.load_map(db, opp).people == () and count(db, AttitudeChange) == 0
    maps.delete_our_person(db, ours)
    assert maps.list_our_people(db) == []


def test_resolve_map_by_uuid_exact_name_part_and_ambiguity(db: Database) -> None:
    a, _ = make_opportunity(db, "办公网改造一期")
    b, _ = make_opportunity(db, "办公网改造二期")
    assert maps.resolve_map(db, a) == a
    assert maps.resolve_map(db, "办公网改造二期") == b
    assert maps.resolve_map(db, "二期") == b
    with pytest.raises(UserError, match="matches 2 opportunities: 办公网改造一期"):
        maps.resolve_map(db, "办公网")
    with pytest.raises(UserError, match="no opportunity named"):
        maps.resolve_map(db, "不存在")


def test_superior_from_another_account_is_refused(db: Database) -> None:
    opp, _ = make_opportunity(db)
    other, _ = make_opportunity(db, "别的项目", "别的公司")
    mine = add(db, opp, "王总")
    theirs = add(db, other, "外人")
    with pytest.raises(ValidationError) as err:
        maps.set_reports_to(db, mine, theirs)
    assert "same account" in err.value.errors["reports_to"]
    assert maps.load_map(db, opp).parent_of()[mine] is None


def test_visit_recorded_attitude_is_the_baseline_for_a_fall(db: Database) -> None:
    from kamdesk.domain.visits import Side, VisitStatus
    from kamdesk.store.models import Visit, VisitAttendee

    opp, _ = make_opportunity(db)
    sh = add(db, opp, "李工", role=BuyingRole.TECHNICAL)
    maps.set_attitude(db, sh, "C", at=at(1))
    with db.transaction() as s:
        contact_id = s.scalar(select(Stakeholder.contact_id).where(Stakeholder.uuid == sh))
        opp_row = s.scalar(select(Opportunity).where(Opportunity.uuid == opp))
        assert opp_row is not None
        visit = Visit(
            account_id=opp_row.account_id, opportunity_id=opp_row.id, status=VisitStatus.DONE, starts_at=at(5)
        )
        s.add(visit)
        s.flush()
        s.add(VisitAttendee(visit_id=visit.id, side=Side.THEM, contact_id=contact_id))
        visit_uuid = visit.uuid
    # the visit lifted the attitude; logged a day later
    maps.set_attitude(db, sh, "B+", source="visit", visit_uuid=visit_uuid, at=at(6))
    person = maps.load_map(db, opp).people[0]
    assert person.attitude_at_last_visit is not None and person.attitude_at_last_visit.code == "B+"
    assert person.done_visits == 1 and person.last_visit_on is not None
    maps.set_attitude(db, sh, "C+", at=at(20))
    insights = maps.load_map(db, opp).insights
    assert any(i.code is InsightCode.ATTITUDE_FALLEN and "B+ → C+" in i.zh for i in insights)
    assert maps.attitude_history(db, sh)[1].visit_uuid == visit_uuid


def test_same_project_name_at_two_accounts_is_listed_with_each_account(db: Database) -> None:
    make_opportunity(db, "智能仓储二期", "星河能源")
    make_opportunity(db, "智能仓储二期", "华东电力")
    with pytest.raises(UserError) as err:
        maps.resolve_map(db, "智能仓储二期")
    assert "智能仓储二期 · 星河能源 (" in str(err.value) and "智能仓储二期 · 华东电力 (" in str(err.value)
