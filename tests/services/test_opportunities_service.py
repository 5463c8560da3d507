"""Opportunity use cases: validation, stage moves with exit criteria, won/lost,
checklist, TAS, competitors, evaluation, comparison, progress."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kamdesk.domain.evaluation import ProductAspect, TasAnswerKind
from kamdesk.domain.matrix import Lead, Territory, ValueType
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import opportunities as ops
from kamdesk.store.db import Database
from kamdesk.store.models import Account, EvaluationCriterion, Opportunity, Rep, StageChange


@pytest.fixture
def account(db: Database) -> str:
    with db.transaction() as s:
        s.add(Rep(name="王磊", is_me=True))
        acc = Account(name="上海烟草工业印刷厂", short_name="上海烟印", initials="shycgyysc")
        s.add(acc)
        s.flush()
        return acc.uuid


def _count(db: Database, model: type) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_opportunity_records_first_stage_and_owner(db, account):
    result = ops.create_opportunity(db, account=account, name="人才测评软件", amount="60,000")
    opp = result.value
    assert opp.amount == Decimal("60000.00") and opp.stage is Stage.G and opp.owner_name == "王磊"
    assert opp.win_pct == 10 and opp.weighted == Decimal("6000.00")
    assert result.changes.touches("opportunity")
    history = ops.stage_history(db, opp.uuid)
    assert [(h.from_stage, h.to_stage) for h in history] == [(None, Stage.G)]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"amount": "abc"}, "amount"),
        ({"amount": "-5"}, "amount"),
        ({"amount": "1e20"}, "amount"),
        ({"amount": "NaN"}, "amount"),
        ({"win_pct_override": 120}, "win_pct_override"),
        ({"short_term_revenue": 11}, "short_term_revenue"),
        ({"long_term_impact": 0}, "long_term_impact"),
        ({"started_on": date(2026, 12, 1), "expected_close": date(2026, 11, 1)}, "expected_close"),
        ({"progress_vs_rival": 6}, "progress_vs_rival"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(db, account, fields, field):
    with pytest.raises(ValidationError) as info:
        ops.create_opportunity(db, account=account, name="X", **fields)
    assert field in info.value.errors
    assert _count(db, Opportunity) == 0


def test_bad_update_leaves_the_record_unchanged(db, account):
    opp = ops.create_opportunity(db, account=account, name="X", amount=1000).value
    with pytest.raises(ValidationError) as info:
        ops.update_opportunity(db, opp.uuid, amount="1000", expected_close=date(2000, 1, 1))
    assert "expected_close" in info.value.errors
    with pytest.raises(ValidationError):
        ops.update_opportunity(db, opp.uuid, name="  ")
    again = ops.get_opportunity(db, opp.uuid)
    assert again.name == "X" and again.expected_close is None


def test_value_scores_and_opening_give_type_and_cell(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    upd = ops.update_opportunity(
        db, opp.uuid, short_term_revenue=3, long_term_impact=8, territory=Territory.OURS, lead="lead"
    ).value
    assert upd.value_type is ValueType.SMALL_BIG
    assert upd.nine_grid_cell == "G"
    assert upd.lead is Lead.WE_LEAD


def test_move_with_unmet_criteria_is_refused_until_confirmed_then_recorded(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    out = ops.move_stage(db, opp.uuid, Stage.F).value
    assert not out.moved
    assert out.unmet[0] == "G: 已经符合目标客户的选择标准" and len(out.unmet) == 3
    assert ops.get_opportunity(db, opp.uuid).stage is Stage.G

    out = ops.move_stage(db, opp.uuid, Stage.F, confirm_unmet=True).value
    assert out.moved and ops.get_opportunity(db, opp.uuid).stage is Stage.F
    with db.reading() as s:
        recorded = s.scalars(select(StageChange.unmet_criteria).where(StageChange.to_stage == Stage.F)).one()
    assert json.loads(recorded) == list(out.unmet)
    history = ops.stage_history(db, opp.uuid)
    assert history[-1].unmet_criteria == out.unmet


def test_move_with_all_criteria_ticked_needs_no_confirmation(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    for item in ops.checklist(db, opp.uuid):
        if item.stage is Stage.G:
            ops.tick_checklist_item(db, item.uuid, True)
    out = ops.move_stage(db, opp.uuid, Stage.F).value
    assert out.moved and out.unmet == ()
    assert ops.stage_history(db, opp.uuid)[-1].unmet_criteria == ()


def test_checklist_defaults_are_editable(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    items = ops.checklist(db, opp.uuid)
    assert [i.text for i in items if i.stage is Stage.G][1] == "对方至少是经手人士"
    first = items[0]
    ops.edit_checklist_item(db, first.uuid, "符合目标客户标准（行业：烟草）")
    ops.remove_checklist_item(db, items[1].uuid)
    new = ops.add_checklist_item(db, opp.uuid, Stage.G, "确认预算范围").value
    g = [i for i in ops.checklist(db, opp.uuid) if i.stage is Stage.G]
    assert [i.text for i in g] == [
        "符合目标客户标准（行业：烟草）",
        "已经与经手人士确认好具体时间、地点",
        "确认预算范围",
    ]
    assert g[-1].uuid == new
    with pytest.raises(ValidationError):
        ops.add_checklist_item(db, opp.uuid, Stage.G, " ")
    out = ops.move_stage(db, opp.uuid, Stage.F).value
    assert "G: 确认预算范围" in out.unmet


def test_won_moves_to_s_and_closes(db, account):
    opp = ops.create_opportunity(db, account=account, name="X", amount=5000).value
    won = ops.close_won(db, opp.uuid, "价格和服务更快捷", on=date(2026, 11, 20)).value
    assert (won.stage, won.status, won.closed_on) == (Stage.S, OpportunityStatus.WON, date(2026, 11, 20))
    assert won.close_reason == "价格和服务更快捷" and won.win_pct == 100
    assert ops.stage_history(db, opp.uuid)[-1].to_stage is Stage.S
    with pytest.raises(UserError):
        ops.move_stage(db, opp.uuid, Stage.A)
    back = ops.reopen(db, opp.uuid).value
    assert back.status is OpportunityStatus.OPEN and back.stage is Stage.A


def test_lost_needs_a_reason_and_keeps_its_stage(db, account):
    opp = ops.create_opportunity(db, account=account, name="X", amount=5000).value
    ops.move_stage(db, opp.uuid, Stage.D, confirm_unmet=True)
    with pytest.raises(ValidationError):
        ops.close_lost(db, opp.uuid, "  ")
    assert ops.get_opportunity(db, opp.uuid).status is OpportunityStatus.OPEN
    lost = ops.close_lost(db, opp.uuid, "对手低价").value
    assert (lost.stage, lost.status, lost.close_reason, lost.weighted) == (
        Stage.D,
        OpportunityStatus.LOST,
        "对手低价",
        Decimal("0.00"),
    )


def test_tas_answers_with_evidence(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    ops.set_tas_answer(db, opp.uuid, 1, "yes", "唐军希望找到价格更合理、服务更快捷的公司")
    ops.set_tas_answer(db, opp.uuid, 1, TasAnswerKind.YES, "人力资源部总监参与讨论")
    rows = ops.tas_answers(db, opp.uuid)
    assert len(rows) == 4 and rows[0].answer is TasAnswerKind.YES
    assert rows[0].evidence == "人力资源部总监参与讨论" and rows[1].answer is None
    with pytest.raises(ValidationError):
        ops.set_tas_answer(db, opp.uuid, 5, "yes", "")


def test_competitors_one_main_and_optional_account_link(db, account):
    with db.transaction() as s:
        rival_acc = Account(name="X公司")
        s.add(rival_acc)
        s.flush()
        rival_uuid = rival_acc.uuid
    opp = ops.create_opportunity(db, account=account, name="X").value
    a = ops.save_competitor(db, opp.uuid, name="X公司", account=rival_uuid).value
    b = ops.save_competitor(db, opp.uuid, name="Y公司", is_main=True).value
    comps = {c.uuid: c for c in ops.competitors(db, opp.uuid)}
    assert comps[b].is_main and not comps[a].is_main
    assert comps[a].account_uuid == rival_uuid and comps[b].account_uuid is None
    ops.remove_competitor(db, b)
    assert [c.name for c in ops.competitors(db, opp.uuid)] == ["X公司"]


def test_evaluation_defaults_scores_and_totals(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    table = ops.evaluation(db, opp.uuid)
    assert table.criteria[0].name == "客户关系"
    assert sum(c.weight for c in table.criteria) == pytest.approx(1)
    rival = ops.save_competitor(db, opp.uuid, name="X公司").value
    criteria = [(c.name, c.weight) for c in table.criteria]
    saved = ops.save_evaluation(
        db, opp.uuid, criteria, {"": [8, 7, 6, 6, 7, 5, 8, 9], rival: [6, 8, 7, 8, 7, 7, 8, 5]}
    ).value
    assert saved.totals == {"": Decimal("7.05"), rival: Decimal("6.80")}
    assert [p[1] for p in saved.parties] == ["", "X公司"]


def test_weights_adding_to_point_nine_are_refused_and_nothing_saved(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    before = ops.evaluation(db, opp.uuid)
    criteria = [(c.name, c.weight) for c in before.criteria]
    criteria[-1] = (criteria[-1][0], 0.05)  # 0.15 → 0.05: total 0.9
    with pytest.raises(ValidationError) as info:
        ops.save_evaluation(db, opp.uuid, criteria, {"": [5] * 8})
    assert "0.9" in info.value.errors["weights"]
    with pytest.raises(ValidationError):
        ops.save_evaluation(db, opp.uuid, [("价格", 1)], {"": [11]})
    after = ops.evaluation(db, opp.uuid)
    assert after.criteria == before.criteria and after.scores[""] == (None,) * 8
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(EvaluationCriterion)) == 8


def test_product_comparison_round_trip(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    rival = ops.save_competitor(db, opp.uuid, name="X公司").value
    rows = [
        ops.ComparisonRow(ProductAspect.PRICE, "", "6,000/套", 8),
        ops.ComparisonRow(ProductAspect.PRICE, rival, "9,000/套", 5),
        ops.ComparisonRow(ProductAspect.NAME, "", "测评系统 V3", None),
        ops.ComparisonRow(ProductAspect.SPEC, "", "", None),  # empty: not stored
    ]
    ops.save_product_comparison(db, opp.uuid, rows)
    got = ops.product_comparison(db, opp.uuid)
    assert [(r.aspect, r.party, r.description, r.score) for r in got] == [
        (ProductAspect.NAME, "", "测评系统 V3", None),
        (ProductAspect.PRICE, "", "6,000/套", 8),
        (ProductAspect.PRICE, rival, "9,000/套", 5),
    ]


def test_progress_points_over_time_set_the_current_progress(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    ops.save_competitor(db, opp.uuid, name="X公司")
    ops.add_progress_point(db, opp.uuid, date(2026, 10, 1), -2)
    ops.add_progress_point(db, opp.uuid, date(2026, 11, 1), 1, note="技术交流后")
    with pytest.raises(ValidationError):
        ops.add_progress_point(db, opp.uuid, date(2026, 11, 2), 6)
    points = ops.progress_points(db, opp.uuid)
    assert [(p.value, p.competitor_name) for p in points] == [(-2, "X公司"), (1, "X公司")]
    assert ops.get_opportunity(db, opp.uuid).progress_vs_rival == 1
    ops.remove_progress_point(db, points[1].uuid)
    assert ops.get_opportunity(db, opp.uuid).progress_vs_rival == -2


def test_checklist_created_late_counts_stages_already_passed_as_met(db, account):
    opp = ops.create_opportunity(db, account=account, name="X").value
    with db.transaction() as s:
        # an imported record: moved G → F → E before any checklist existed, the second move with one unmet
        from kamdesk.store.models import ChecklistItem

        opp_id = s.scalar(select(Opportunity.id).where(Opportunity.uuid == opp.uuid))
        s.query(ChecklistItem).filter(ChecklistItem.opportunity_id == opp_id).delete()
        row = s.get(Opportunity, opp_id)
        row.stage = Stage.E
        now = ops._now()
        s.add(StageChange(opportunity_id=opp_id, from_stage=Stage.G, to_stage=Stage.F, at=now))
        s.add(
            StageChange(
                opportunity_id=opp_id,
                from_stage=Stage.F,
                to_stage=Stage.E,
                at=now,
                unmet_criteria=json.dumps(["F: 建立并发展与经手人士的关系"], ensure_ascii=False),
            )
        )
    assert ops.check_move(db, opp.uuid, Stage.D) == (
        "E: 至少与经手人士的部门有针对性地进行访谈",
        "E: 影响本部门的经手人，方案使其满意",
        "E: 发展与经手人士的关系，深入并扩大其他人的客户关系",
    )
    items = ops.checklist(db, opp.uuid)
    done = {(i.stage.code, i.text) for i in items if i.done}
    assert ("G", "对方至少是经手人士") in done and ("F", "找对合格的经手人士") in done
    assert ("F", "建立并发展与经手人士的关系") not in done
    assert not any(i.done for i in items if i.stage in (Stage.E, Stage.D))
