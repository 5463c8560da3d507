"""Done, snoozed and dismissed reminders leave the list; a snoozed one comes
back on its day; the state stays on this laptop (not in a bundle)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select

from kamdesk.domain.reminders import ReminderKind
from kamdesk.domain.visits import Side
from kamdesk.services.visits.reminder_state import ReminderAction, set_reminder_state
from kamdesk.services.visits.reminders import due_reminders
from kamdesk.store.db import Database
from kamdesk.store.io.bundle_records import bundle_tables
from kamdesk.store.models import Account, Commitment
from tests.services.visit_seed import CST, seed

TODAY = date(2026, 11, 25)


def _due(db: Database, today: date = TODAY) -> list[tuple[ReminderKind, str]]:
    return [(r.kind, r.detail) for r in due_reminders(db, today, now=datetime(2026, 11, 25, 9), tz=CST)]


def test_done_snoozed_and_dismissed_reminders_leave_the_list(db: Database) -> None:
    sd = seed(db)
    with db.transaction() as s:
        bank = s.execute(select(Account).where(Account.uuid == sd.account)).scalar_one()
        for text in ("送合同", "给测试窗口", "报价单"):
            s.add(Commitment(account_id=bank.id, side=Side.US, text=text, due_on=date(2026, 11, 20)))
    overdue = [r for r in due_reminders(db, TODAY, tz=CST) if r.kind is ReminderKind.COMMITMENT_OVERDUE]
    by_text = {r.detail: r for r in overdue}
    assert set(by_text) == {"送合同", "给测试窗口", "报价单"}

    assert set_reminder_state(db, [by_text["送合同"].key], ReminderAction.DONE).value == 1
    set_reminder_state(db, [by_text["给测试窗口"].key], ReminderAction.DISMISSED)
    set_reminder_state(db, [by_text["报价单"].key], ReminderAction.SNOOZED, until=TODAY + timedelta(days=3))
    assert not any(k is ReminderKind.COMMITMENT_OVERDUE for k, _d in _due(db))
    later = _due(db, TODAY + timedelta(days=3))
    assert (ReminderKind.COMMITMENT_OVERDUE, "报价单") in later  # the snooze is over
    assert (ReminderKind.COMMITMENT_OVERDUE, "送合同") not in later


def test_reminder_state_does_not_travel_in_a_bundle() -> None:
    assert "reminder_state" not in {t.name for t in bundle_tables()}
