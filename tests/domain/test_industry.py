"""Industry attractiveness on seed 001's table (IMSC: 选择客户的标准)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.industry import CRITERIA, parse_score, rank, total

#: The seed's table, criteria in its order (竞争程度 and 实施难易程度 as it writes them, negative).
SEED = {
    "政府": (9, 7, 7, -3, -3, 9, 7, 9),
    "电信业": (9, 7, 9, -5, -1, 9, 9, 7),
    "教育": (9, 5, 5, -5, -3, 7, 5, 9),
    "金融": (9, 3, 9, -9, -7, 9, 7, 7),
    "连锁": (3, 9, 7, -3, -3, 5, 7, 3),
    "能源": (7, 7, 3, -5, -5, 5, 3, 9),
    "物流": (3, 7, 7, -7, -3, 5, 7, 3),
    "医疗": (3, 9, 3, -3, -3, 5, 1, 1),
    "交通运输": (7, 7, 5, -3, -3, 3, 5, 3),
}


def seed_scores() -> dict[str, dict[str, int | None]]:
    return {
        name: {c.key: parse_score(v) for c, v in zip(CRITERIA, row, strict=True)}
        for name, row in SEED.items()
    }


def test_the_seeds_totals():
    totals = {name: total(s) for name, s in seed_scores().items()}
    # the seed prints 42, 46, 32, 28, 28, 24, 22, 16, 24; its 电信业 row adds up to 44
    # (9+7+9−5−1+9+9+7): the printed 46 does not follow from its own scores
    assert totals == {
        "政府": 42, "电信业": 44, "教育": 32, "金融": 28, "连锁": 28,
        "能源": 24, "物流": 22, "医疗": 16, "交通运输": 24,
    }  # fmt: skip


def test_focus_industries_are_those_at_or_above_the_average():
    ranking, average = rank(seed_scores())
    assert average == Decimal("28.9")  # the seed's 29.1 with its 46 for 电信业
    assert [r.industry for r in ranking if r.focus] == ["电信业", "政府", "教育"]
    # ties share a rank
    assert [(r.industry, r.rank) for r in ranking[:5]] == [
        ("电信业", 1), ("政府", 2), ("教育", 3), ("连锁", 4), ("金融", 4),
    ]  # fmt: skip


def test_a_managers_override_wins_over_the_average():
    ranking, _ = rank(seed_scores(), {"金融": True, "教育": False})
    focus = {r.industry for r in ranking if r.focus}
    assert focus == {"电信业", "政府", "金融"}
    assert next(r for r in ranking if r.industry == "金融").overridden


@pytest.mark.parametrize("bad", ["abc", "10", "3.5", "-12"])
def test_a_score_outside_0_to_9_is_refused(bad):
    with pytest.raises(ValueError):
        parse_score(bad)
    assert parse_score("−3") == 3 and parse_score("") is None and parse_score(7) == 7
