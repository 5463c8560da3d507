"""Insight rules over a map snapshot, MAN guidance and the validation helpers (no Qt, no SQL)."""

from __future__ import annotations

import pytest

from kamdesk.domain.insights import (
    HIGH_INFLUENCE_PCT,
    InsightCode,
    MapFacts,
    PersonFacts,
    Severity,
    key_decision_maker,
    key_decision_maker_text,
    map_insights,
    map_man,
    person_man_guidance,
)
from kamdesk.domain.map_validation import parse_attitude, reports_to_cycle, weight_error
from kamdesk.domain.stakeholders import AttitudeLevel, BuyingRole, Stance


def lvl(code: str) -> AttitudeLevel:
    return AttitudeLevel.parse(code)


def healthy_people() -> list[PersonFacts]:
    """A map every rule is happy with."""
    man = {"man_money": True, "man_authority": True, "man_need": True}
    return [
        PersonFacts(
            "gm", "王总", BuyingRole.ECONOMIC, lvl("B"), Stance.SUPPORTER, 40, covered=True, met=True, **man
        ),
        PersonFacts(
            "cto", "李工", BuyingRole.TECHNICAL, lvl("C"), Stance.NEUTRAL, 30, covered=True, met=True
        ),
        PersonFacts("user", "赵主任", BuyingRole.USER, lvl("B+"), Stance.SUPPORTER, 20),
        PersonFacts("coach", "陈秘书", BuyingRole.COACH, lvl("A"), Stance.SUPPORTER, 10),
    ]


def codes(people: list[PersonFacts]) -> list[str]:
    return [i.code.code for i in map_insights(MapFacts(tuple(people)))]


def replace(people: list[PersonFacts], key: str, **changes: object) -> list[PersonFacts]:
    from dataclasses import replace as dc_replace

    return [dc_replace(p, **changes) if p.key == key else p for p in people]  # type: ignore[arg-type]


def test_a_well_built_map_raises_no_insight() -> None:
    assert codes(healthy_people()) == []


def test_an_empty_map_raises_nothing() -> None:
    assert map_insights(MapFacts(())) == ()


def test_no_coach_fires_without_a_coach_and_names_the_gap_once() -> None:
    people = replace(healthy_people(), "coach", role=BuyingRole.INFLUENCER)
    found = codes(people)
    assert found.count("no_coach") == 1
    assert "key_role_missing" not in found  # the coach gap is reported by its own rule


def test_key_role_missing_names_the_missing_role_in_both_languages() -> None:
    people = [p for p in healthy_people() if p.key != "user"]
    people[0] = replace(people, "gm", influence_pct=60)[0]
    insights = map_insights(MapFacts(tuple(people)))
    missing = [i for i in insights if i.code is InsightCode.KEY_ROLE_MISSING]
    assert len(missing) == 1
    assert "使用买家" in missing[0].zh and "user buyer" in missing[0].en


def test_missing_economic_buyer_is_high_severity() -> None:
    people = replace(healthy_people(), "gm", role=BuyingRole.FINANCIAL)
    missing = [i for i in map_insights(MapFacts(tuple(people))) if i.code is InsightCode.KEY_ROLE_MISSING]
    assert missing[0].severity is Severity.HIGH and "经济买家" in missing[0].zh


def test_economic_buyer_not_met_and_not_covered_fire_separately_and_name_him() -> None:
    people = replace(healthy_people(), "gm", met=False)
    insights = map_insights(MapFacts(tuple(people)))
    not_met = [i for i in insights if i.code is InsightCode.ECONOMIC_NOT_MET]
    assert len(not_met) == 1 and "王总" in not_met[0].zh and not_met[0].people == ("gm",)
    assert "economic_not_covered" not in codes(people)
    people = replace(healthy_people(), "gm", covered=False)
    assert codes(people) == ["economic_not_covered"]


def test_weights_not_adding_up_fires_with_the_total() -> None:
    people = replace(healthy_people(), "coach", influence_pct=25)
    insights = map_insights(MapFacts(tuple(people)))
    assert [i.code for i in insights] == [InsightCode.WEIGHTS_NOT_100]
    assert "115%" in insights[0].zh and "115%" in insights[0].en


def test_weights_within_rounding_are_quiet_but_a_blank_weight_is_named() -> None:
    people = replace(healthy_people(), "coach", influence_pct=10.3)
    assert codes(people) == []
    people = replace(healthy_people(), "coach", influence_pct=None)
    insights = map_insights(MapFacts(tuple(people)))
    assert insights[0].code is InsightCode.WEIGHTS_NOT_100 and "陈秘书" in insights[0].zh


def test_influential_opponent_without_a_planned_visit_fires() -> None:
    people = replace(healthy_people(), "cto", attitude=lvl("D-"), stance=Stance.NEUTRAL)
    insights = map_insights(MapFacts(tuple(people)))
    assert insights[0].code is InsightCode.OPPONENT_UNADDRESSED
    assert insights[0].severity is Severity.HIGH and "李工" in insights[0].zh and "30%" in insights[0].zh


def test_opponent_by_stance_counts_too() -> None:
    people = replace(healthy_people(), "cto", stance=Stance.OPPONENT)
    assert codes(people) == ["opponent_unaddressed"]


def test_opponent_is_quiet_when_a_visit_is_planned_or_influence_is_low() -> None:
    people = replace(healthy_people(), "cto", attitude=lvl("E"), planned_visit=True)
    assert codes(people) == []
    people = replace(healthy_people(), "coach", attitude=lvl("E"))  # 10% < threshold
    assert HIGH_INFLUENCE_PCT == 20
    assert codes(people) == []
    people = replace(healthy_people(), "user", attitude=lvl("D"))  # exactly 20%: fires
    assert codes(people) == ["opponent_unaddressed"]


def test_attitude_fallen_since_the_last_visit_fires_and_rising_is_quiet() -> None:
    people = replace(healthy_people(), "user", attitude_at_last_visit=lvl("A-"))  # A- → B+
    insights = map_insights(MapFacts(tuple(people)))
    assert [i.code for i in insights] == [InsightCode.ATTITUDE_FALLEN]
    assert "A- → B+" in insights[0].zh and "赵主任" in insights[0].zh
    people = replace(healthy_people(), "user", attitude_at_last_visit=lvl("C"))
    assert codes(people) == []
    people = replace(healthy_people(), "user", attitude_at_last_visit=None)
    assert codes(people) == []


def test_man_incomplete_names_the_unknown_flags_and_gives_guidance() -> None:
    people = replace(healthy_people(), "gm", man_money=None)
    insights = map_insights(MapFacts(tuple(people)))
    assert [i.code for i in insights] == [InsightCode.MAN_INCOMPLETE]
    assert "购买能力(M)" in insights[0].zh and "money (M)" in insights[0].en
    assert "m+A+N" in insights[0].zh and "融资" in insights[0].zh


def test_man_known_but_not_ideal_gives_the_seed_guidance() -> None:
    people = replace(healthy_people(), "gm", man_authority=False)
    people = replace(people, "cto", man_authority=False)
    people = replace(people, "user", man_authority=False)
    people = replace(people, "coach", man_authority=False, man_money=False, man_need=False)
    insights = map_insights(MapFacts(tuple(people)))
    assert [i.code for i in insights] == [InsightCode.MAN_NOT_IDEAL]
    assert "设法找到A之人（有决定权的人）" in insights[0].zh


def test_map_man_combines_people_and_person_guidance_needs_all_three() -> None:
    a = PersonFacts("a", "甲", man_money=True, man_authority=False, man_need=None)
    b = PersonFacts("b", "乙", man_money=None, man_authority=False, man_need=True)
    man = map_man([a, b])
    assert (man.money, man.authority, man.need) == (True, False, True)
    assert man.complete and man.guidance.code == "M+a+N"
    assert person_man_guidance(True, None, True) is None
    guidance = person_man_guidance(False, False, False)
    assert guidance is not None and guidance.zh == "非客户，停止接触" and not guidance.is_prospect


def test_insights_are_sorted_worst_first() -> None:
    people = replace(healthy_people(), "coach", role=None, influence_pct=50)
    found = map_insights(MapFacts(tuple(people)))
    ranks = [i.severity.rank for i in found]
    assert ranks == sorted(ranks) and found[0].code is InsightCode.NO_COACH


def test_weight_error_accepts_0_to_100_only() -> None:
    assert weight_error(0) is None and weight_error(100) is None and weight_error(None) is None
    assert "outside 0–100%" in (weight_error(101) or "")
    assert weight_error(-1) is not None


def test_parse_attitude_reads_codes_and_refuses_unknown_ones() -> None:
    assert parse_attitude("b+") == lvl("B+")
    assert parse_attitude("  ") is None
    with pytest.raises(ValueError, match="unknown attitude 'F'"):
        parse_attitude("F")
    with pytest.raises(ValueError):
        AttitudeLevel.parse("X-")


def test_reports_to_cycle_finds_the_loop_and_allows_a_tree() -> None:
    parents = {"a": None, "b": "a", "c": "b"}
    assert reports_to_cycle(parents, "a", "c") == ["a", "c", "b", "a"]
    assert reports_to_cycle(parents, "a", "a") == ["a", "a"]
    assert reports_to_cycle(parents, "c", "a") is None
    assert reports_to_cycle(parents, "a", None) is None


def test_the_key_decision_maker_is_the_largest_weight_and_named_when_not_met() -> None:
    people = healthy_people()
    kdm = key_decision_maker(people)
    assert kdm is not None and kdm.key == "gm"
    assert key_decision_maker_text(kdm) == "关键决策者：王总（影响项目的比重40%，经济买家）"
    # a shared largest weight names nobody; no weights at all neither
    assert key_decision_maker(replace(people, "cto", influence_pct=40)) is None
    assert key_decision_maker([replace(people, "gm", influence_pct=None)[0]]) is None
    # the technical buyer weighs most and was never met: named, high
    people = replace(replace(people, "cto", influence_pct=50, met=False), "gm", influence_pct=20)
    found = [i for i in map_insights(MapFacts(tuple(people))) if i.code is InsightCode.KEY_DECISION_MAKER]
    assert len(found) == 1 and found[0].severity is Severity.HIGH and found[0].people == ("cto",)
    assert found[0].zh.startswith("关键决策者：李工（影响项目的比重50%，技术买家）")
    assert "Key decision maker: 李工 (50% influence, technical buyer)" in found[0].en
