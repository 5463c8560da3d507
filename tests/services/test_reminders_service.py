from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from kamdesk.domain.periods import ReportKind
from kamdesk.domain.reminders import ReminderKind
from kamdesk.domain.visits import Side
from kamdesk.services import visits as svc
from kamdesk.services.visits.reminders import accounts_to_visit, due_reminders
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Commitment, ReportSubmission
from tests.services.visit_seed import CST, seed

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py

TODAY = date(2026, 11, 25)


def test_reminders_of_each_kind_on_a_fixed_date(db: Database) -> None:
    sd = seed(db)
    with db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        bank.last_visit_on = date(2026, 11, 1)  # revisit every 20 days → due 11-21
        bank.last_touch_at = datetime(2026, 11, 1, 10, tzinfo=CST)
        other = s.execute(select(Account).where(Account.uuid == sd.other_account)).scalar_one()
        other.last_purchase_on = date(2026, 10, 28)
        other.purchase_cycle_days = 30  # next order due 11-27
        s.add(Commitment(account_id=bank.id, side=Side.US, text="送合同", due_on=TODAY))
        s.add(Commitment(account_id=bank.id, side=Side.THEM, text="给测试窗口", due_on=date(2026, 11, 20)))
        s.add(
            Commitment(
                account_id=bank.id, side=Side.US, text="已完成", due_on=date(2026, 11, 20), done_on=TODAY
            )
        )
        s.add(
            ReportSubmission(
                kind=ReportKind.MONTHLY,
                period_key="2026-10",
                submitted_at=datetime(2026, 10, 27, 9, tzinfo=CST),
            )
        )
    out = due_reminders(db, TODAY, now=datetime(2026, 11, 25, 9, 0), tz=CST)
    kinds = [(r.kind, r.subject) for r in out]
    assert (ReminderKind.COMMITMENT_DUE, "上海浦东发展银行") in kinds
    assert (ReminderKind.COMMITMENT_OVERDUE, "上海浦东发展银行") in kinds
    assert (ReminderKind.REVISIT_DUE, "上海浦东发展银行") in kinds
    # past its weekly cadence too, but listed once, as a revisit
    assert (ReminderKind.CADENCE_OVERDUE, "上海浦东发展银行") not in kinds
    assert (ReminderKind.PURCHASE_CYCLE, "上海烟草工业印刷厂") in kinds
    assert (ReminderKind.BIRTHDAY, "黄艾香") in kinds
    reports = {
        (r.kind, r.detail) for r in out if r.kind in (ReminderKind.REPORT_DUE, ReminderKind.REPORT_LATE)
    }
    assert (ReminderKind.REPORT_DUE, "2026-11-25") in reports
    assert (ReminderKind.REPORT_LATE, "2026-W47") in reports
    assert (ReminderKind.REPORT_LATE, "2026-10") not in reports  # submitted
    assert sum(1 for r in out if r.kind is ReminderKind.COMMITMENT_OVERDUE) == 1  # the kept one is not listed


def test_planning_a_visit_takes_the_account_off_the_to_visit_list(db: Database) -> None:
    sd = seed(db)
    with db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        bank.last_visit_on = date(2026, 11, 1)
        bank.last_touch_at = datetime(2026, 11, 1, 10, tzinfo=CST)
    todo = accounts_to_visit(db, TODAY, tz=CST)
    assert [(t.account_name, t.reason, t.days) for t in todo] == [
        ("上海浦东发展银行", ReminderKind.REVISIT_DUE, -4)
    ]
    svc.plan_visit(
        db,
        svc.VisitInput(account_uuid=sd.account, starts_at=datetime(2026, 11, 27, 9, tzinfo=CST)),
        now=datetime(2026, 11, 25, 8, tzinfo=CST),
        tz=CST,
    )
    assert accounts_to_visit(db, TODAY, tz=CST) == []
    assert accounts_to_visit(db, TODAY + timedelta(days=0), ahead_days=0, tz=CST) == []
