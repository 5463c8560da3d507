"""Industries scored, ranked and marked focus; the account list filters by them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.errors import ValidationError
from kamdesk.services.accounts import AccountFilter, list_accounts
from kamdesk.services.planning.industries import (
    focus_industries,
    growth_forecast,
    industry_ranking,
    set_industry,
)
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Rep
from tests.domain.test_industry import SEED

KEYS = (
    "market_size",
    "growth",
    "awareness",
    "competition",
    "difficulty",
    "funding",
    "relationship",
    "policy",
)


@pytest.fixture
def scored(db: Database) -> Database:
    for name, row in SEED.items():
        set_industry(db, name, dict(zip(KEYS, row, strict=True)))
    set_industry(db, "政府", {}, growth_forecast="18.3%")
    return db


def test_the_seeds_table_ranks_and_marks_focus(scored):
    rows, average = industry_ranking(scored)
    assert average == Decimal("28.9")
    assert [r.industry for r in rows[:3]] == ["电信业", "政府", "教育"]
    assert focus_industries(scored) == {"电信业", "政府", "教育"}
    assert growth_forecast(scored, "政府") == Decimal("18.30")
    assert rows[1].scores["competition"] == 3  # stored as entered without its sign


def test_the_managers_mark_and_auto_again(scored):
    set_industry(scored, "金融", {}, focus=True, keep_focus=False)
    assert "金融" in focus_industries(scored)
    set_industry(scored, "金融", {}, focus=None, keep_focus=False)
    assert "金融" not in focus_industries(scored)


def test_bad_scores_are_named_and_nothing_saved(scored):
    with pytest.raises(ValidationError) as info:
        set_industry(
            scored, "政府", {"market_size": "很大", "policy": 12, "beauty": 3}, growth_forecast="abc"
        )
    assert set(info.value.errors) == {"market_size", "policy", "beauty", "growth_forecast"}
    assert industry_ranking(scored)[0][1].ranking.total == 42


def test_account_list_filters_by_focus_industries(scored):
    with scored.transaction() as s:
        rep = Rep(name="王磊", is_me=True)
        s.add(rep)
        s.flush()
        s.add_all(
            [
                Account(name="市政府信息中心", industry="政府", owner_id=rep.id),
                Account(name="人民医院", industry="医疗", owner_id=rep.id),
                Account(name="中国电信上海公司", industry="电信业", owner_id=rep.id),
                Account(name="无行业客户", owner_id=rep.id),
            ]
        )
    rows = list_accounts(scored, AccountFilter(focus_industries_only=True))
    names = sorted(r.name for r in rows)
    assert names == ["中国电信上海公司", "市政府信息中心"]
    assert AccountFilter.from_json(AccountFilter(focus_industries_only=True).to_json()).focus_industries_only
