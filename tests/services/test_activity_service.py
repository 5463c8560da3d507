"""Each rep's effective calls against the target's decomposition, from the contact log."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from kamdesk.domain.periods import PeriodKind
from kamdesk.domain.visits import ContactWay
from kamdesk.errors import ValidationError
from kamdesk.services.opportunities import targets as tg
from kamdesk.services.reporting.activity import activity_check, team_activity
from kamdesk.store.db import Database
from kamdesk.store.models import Account, ContactLog, Rep


@pytest.fixture
def rep(db: Database) -> dict[str, object]:
    with db.transaction() as s:
        me = Rep(name="王磊", is_me=True)
        other = Rep(name="李娜")
        s.add_all([me, other])
        s.flush()
        acc = Account(name="上海烟草工业印刷厂", owner_id=me.id)
        s.add(acc)
        s.flush()
        # 32 calls on Wednesday 14 October, 30 a day on the 9 working days before
        rows = [(datetime(2026, 10, 14, 2, 0, tzinfo=UTC), ContactWay.PHONE)] * 32
        rows += [
            (datetime(2026, 10, d, 2, 0, tzinfo=UTC), ContactWay.PHONE)
            for d in (1, 2, 5, 6, 7, 8, 9, 12, 13)
            for _ in range(30)
        ]
        rows += [(datetime(2026, 10, 14, 3, 0, tzinfo=UTC), ContactWay.VISIT)] * 5  # visits are not calls
        s.add_all(ContactLog(account_id=acc.id, rep_id=me.id, way=w, at=at) for at, w in rows)
        return {"me": me.uuid, "other": other.uuid}


def test_seed_quarter_target_and_a_day_of_32_calls(db, rep):
    tg.set_target(db, period_kind=PeriodKind.QUARTER, period_key="2026-Q4", normal=100_000)
    a = activity_check(db, "2026-10-14")
    assert a is not None
    assert a.per_day == 40 and a.target_period == "2026-Q4"
    assert (a.today.done, a.today.required, a.today.percent) == (32, 40, Decimal("80.0"))
    assert "未达成，差8通" in a.today.describe("zh")
    assert (a.so_far.done, a.so_far.required, a.working_days_gone) == (302, 400, 10)
    assert a.so_far.percent == Decimal("75.5") and a.so_far.short == 98


def test_no_target_no_check_and_team_lists_everyone(db, rep):
    assert activity_check(db, "2026-10-14") is None
    tg.set_target(db, period_kind=PeriodKind.MONTH, period_key="2026-10", normal=30_000)
    rows = team_activity(db, "2026-10-14")
    assert [r.name for r, _ in rows] == ["李娜", "王磊"]
    assert rows[0][1] is None and rows[1][1] is not None and rows[1][1].per_day == 40


def test_a_day_that_does_not_exist_is_named(db, rep):
    with pytest.raises(ValidationError) as info:
        activity_check(db, "2026-02-30")
    assert "day" in info.value.errors
