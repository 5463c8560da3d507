"""Whose reminders, and how many: the laptop's rep sees their own accounts'
reminders (not a colleague's), capped per kind with the true totals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from kamdesk.domain.grading import Cadence, RevisitInterval
from kamdesk.domain.reminders import ReminderKind
from kamdesk.domain.visits import Side
from kamdesk.services.visits.reminders import accounts_to_visit, due_reminders
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Commitment, Contact, Rep
from tests.services.visit_seed import CST, seed

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py

TODAY = date(2026, 11, 25)


def _colleague_account(db: Database) -> str:
    with db.transaction() as s:
        colleague = Rep(name="王芳", is_me=False)
        s.add(colleague)
        s.flush()
        acc = Account(
            name="杭州同事客户",
            sort_key="hangzhou",
            initials="hztskh",
            owner_id=colleague.id,
            cadence=Cadence.WEEKLY,
            revisit_interval=RevisitInterval.D20,
            last_visit_on=date(2026, 10, 1),
            last_touch_at=datetime(2026, 10, 1, 10, tzinfo=CST),
            last_purchase_on=date(2026, 10, 28),
            purchase_cycle_days=30,
        )
        s.add(acc)
        s.flush()
        s.add(Commitment(account_id=acc.id, side=Side.US, text="同事的承诺", due_on=TODAY))
        s.add(Contact(account_id=acc.id, name="同事的联系人", sort_key="x", birthday_md="11-26"))
        return acc.uuid


def test_another_reps_accounts_do_not_appear(db: Database) -> None:
    sd = seed(db)
    theirs = _colleague_account(db)
    out = due_reminders(db, TODAY, now=datetime(2026, 11, 25, 9), tz=CST)
    assert theirs not in {r.account_uuid for r in out}
    assert "同事的联系人" not in {r.subject for r in out}
    assert ReminderKind.BIRTHDAY in out.totals  # the rep's own contact (黄艾香) still is
    # the colleague sees theirs (and not the laptop rep's)
    with db.reading() as s:
        colleague = s.execute(select(Rep.uuid).where(Rep.name == "王芳")).scalar_one()
    mine = due_reminders(db, TODAY, now=datetime(2026, 11, 25, 9), tz=CST, rep_uuid=colleague)
    kinds = {r.kind for r in mine if r.account_uuid == theirs}
    assert {
        ReminderKind.COMMITMENT_DUE,
        ReminderKind.REVISIT_DUE,
        ReminderKind.PURCHASE_CYCLE,
        ReminderKind.BIRTHDAY,
    } <= kinds
    assert sd.account not in {r.account_uuid for r in mine}


def test_cap_per_kind_lists_the_nearest_and_counts_all(db: Database) -> None:
    sd = seed(db)
    _colleague_account(db)
    with db.transaction() as s:
        bank = s.execute(select(Account.id).where(Account.uuid == sd.account)).scalar_one()
        s.add_all(
            Commitment(account_id=bank, side=Side.US, text=f"承诺{i}", due_on=TODAY - timedelta(days=i))
            for i in range(1, 13)
        )
        s.add(Commitment(account_id=bank, side=Side.US, text="已完成", due_on=TODAY, done_on=TODAY))
    out = due_reminders(db, TODAY, now=datetime(2026, 11, 25, 9), tz=CST, limit_per_kind=5)
    overdue = [r for r in out if r.kind is ReminderKind.COMMITMENT_OVERDUE]
    assert [r.detail for r in overdue] == [f"承诺{i}" for i in range(1, 6)]  # nearest first
    assert out.totals[ReminderKind.COMMITMENT_OVERDUE] == 12  # the colleague's one is not counted
    assert out.more(ReminderKind.COMMITMENT_OVERDUE) == 7
    assert ReminderKind.COMMITMENT_DUE not in out.totals  # the only one due today is kept
    uncapped = due_reminders(db, TODAY, now=datetime(2026, 11, 25, 9), tz=CST)
    assert uncapped.totals == out.totals
    assert len([r for r in uncapped if r.kind is ReminderKind.COMMITMENT_OVERDUE]) == 12


def test_accounts_to_visit_are_the_reps_own(db: Database) -> None:
    sd = seed(db)
    theirs = _colleague_account(db)  # revisit due since 10-21, nothing planned
    with db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        bank.last_visit_on = date(2026, 11, 1)
    mine = accounts_to_visit(db, TODAY, tz=CST)
    assert [t.account_uuid for t in mine] == [sd.account]
    with db.reading() as s:
        colleague = s.execute(select(Rep.uuid).where(Rep.name == "王芳")).scalar_one()
    assert [t.account_uuid for t in accounts_to_visit(db, TODAY, tz=CST, rep_uuid=colleague)] == [theirs]
