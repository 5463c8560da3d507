from decimal import Decimal

import pytest

from kamdesk.domain.grading import Cadence, Grade, RelationshipType, Tier
from kamdesk.domain.matrix import Lead, Territory, ValueType, nine_grid, nine_grid_cell, value_type
from kamdesk.domain.stages import Stage, weighted_amount
from kamdesk.domain.stakeholders import (
    Attitude,
    AttitudeLevel,
    Personality,
    attitude_trend,
    man_guidance,
)


def test_stages_carry_the_seed_win_percentages_in_order():
    assert [(s.code, s.win_pct) for s in Stage] == [
        ("G", 10),
        ("F", 20),
        ("E", 25),
        ("D", 30),
        ("C", 50),
        ("B", 75),
        ("A", 90),
        ("S", 100),
    ]
    assert Stage.S.order > Stage.G.order


def test_stage_c_counts_half_in_weighted_pipeline():
    assert weighted_amount(Decimal("200000"), Stage.C) == Decimal("100000")


def test_codes_parse_from_code_and_both_labels():
    assert Stage.parse("签约成交") is Stage.S
    assert Tier.parse("Gold") is Tier.GOLD
    assert Grade.parse("a") is Grade.A
    assert Cadence.parse("") is None
    with pytest.raises(ValueError, match="unknown Tier"):
        Tier.parse("钻石")


def test_labels_in_both_languages():
    assert Attitude.SUPPORTS.label("zh") == "支持"
    assert Attitude.SUPPORTS.label("en") == "Supports"
    assert RelationshipType.DORMANT.advice("zh") == "为他创造新的需求，创造新的消费"
    assert Personality.EXPRESSIVE.advice("zh") == "适当调整决策速度，以免客户因快速决定而后悔"


def test_attitude_fine_steps_order_and_trend():
    b_plus, b, b_minus, c_plus = (AttitudeLevel.parse(x) for x in ("B+", "B", "B-", "C+"))
    assert b_plus.score > b.score > b_minus.score > c_plus.score
    assert attitude_trend(AttitudeLevel.parse("D"), AttitudeLevel.parse("B")) == "↑"
    assert attitude_trend(AttitudeLevel.parse("A"), AttitudeLevel.parse("A-")) == "↓"
    assert attitude_trend(None, b) == "→"
    with pytest.raises(ValueError):
        AttitudeLevel.parse("F")


def test_man_guidance_covers_all_eight_combinations():
    assert man_guidance(True, True, True).zh == "是有望客户，理想的销售对象"
    assert man_guidance(True, False, True).zh == "可接触，并设法找到A之人（有决定权的人）"
    assert not man_guidance(False, False, False).is_prospect
    assert man_guidance(False, True, False).code == "m+A+n"
    codes = {man_guidance(m, a, n).code for m in (True, False) for a in (True, False) for n in (True, False)}
    assert len(codes) == 8


def test_nine_grid_cells_and_mirrors():
    assert nine_grid(Territory.OURS, Lead.WE_LEAD).cell == "G"
    assert nine_grid(Territory.THEIRS, Lead.WE_TRAIL).cell == "C"
    assert nine_grid(Territory.OURS, Lead.WE_TRAIL).mirror == "I"
    for cell in "ABCDEFGHI":
        assert nine_grid(*nine_grid_cell(cell)).cell == cell


def test_value_matrix_quadrants():
    assert value_type(9, 9) is ValueType.BIG_BIG
    assert value_type(2, 8) is ValueType.SMALL_BIG
    assert value_type(8, 2) is ValueType.BIG_SMALL
    assert value_type(5, 5) is ValueType.SMALL_SMALL
    with pytest.raises(ValueError):
        value_type(0, 5)


def test_parse_takes_the_seed_term_short_form_and_synonyms_and_names_what_it_accepts():
    from kamdesk.domain.grading import Urgency
    from kamdesk.domain.matrix import OpeningKind
    from kamdesk.domain.stakeholders import BuyingRole, Stance

    assert Urgency.parse("紧急客户") is Urgency.parse("紧急") is Urgency.parse("紧急（一周内）") is Urgency.URGENT
    assert BuyingRole.parse("教练") is BuyingRole.parse("教练买家") is BuyingRole.COACH
    assert Stance.parse("未知") is Stance.parse("不清楚") is Stance.UNKNOWN
    assert OpeningKind.parse("异常") is OpeningKind.parse("不正常开局") is OpeningKind.ABNORMAL
    assert Urgency.URGENT.short("zh") == "紧急" and Urgency.URGENT.short("en") == Urgency.URGENT.en
    assert Urgency.URGENT.tooltip("zh") == "紧急客户：一般需要在一周内做出处理"
    assert Tier.GOLD.tooltip("zh") == "金卡"  # no note: the term alone
    with pytest.raises(ValueError) as err:
        Urgency.parse("火急")
    assert "'火急'" in str(err.value) and "紧急客户" in str(err.value) and "可慢反应客户" in str(err.value)
