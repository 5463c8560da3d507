from __future__ import annotations

from datetime import date, datetime

import pytest

from kamdesk.domain.periods import ReportKind
from kamdesk.domain.reminders import (
    AccountFact,
    BirthdayFact,
    CommitmentFact,
    ReminderKind,
    next_birthday,
    reminders_on,
    report_reminders,
)

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py

TODAY = date(2026, 11, 25)  # a Wednesday


def _commit(uuid: str, due: date | None, done: date | None = None) -> CommitmentFact:
    return CommitmentFact(uuid, "acc", "浦发银行", "送合同", "us", due, done)


def test_commitments_due_today_and_overdue_but_not_future_or_done() -> None:
    out = reminders_on(
        TODAY,
        commitments=[
            _commit("a", TODAY),
            _commit("b", date(2026, 11, 20)),
            _commit("c", date(2026, 11, 26)),
            _commit("d", date(2026, 11, 1), done=date(2026, 11, 2)),
            _commit("e", None),
        ],
    )
    kinds = {r.ref_uuid: r.kind for r in out}
    assert kinds == {"a": ReminderKind.COMMITMENT_DUE, "b": ReminderKind.COMMITMENT_OVERDUE}
    assert next(r for r in out if r.ref_uuid == "b").days == -5


def test_revisit_due_after_interval_unless_a_visit_is_planned() -> None:
    due = AccountFact("a1", "甲", revisit_days=20, last_visit_on=date(2026, 11, 5))
    not_yet = AccountFact("a2", "乙", revisit_days=40, last_visit_on=date(2026, 11, 5))
    planned = AccountFact(
        "a3", "丙", revisit_days=20, last_visit_on=date(2026, 10, 1), next_visit_on=date(2026, 11, 30)
    )
    out = reminders_on(TODAY, accounts=[due, not_yet, planned])
    assert [(r.kind, r.account_uuid, r.due_on) for r in out] == [
        (ReminderKind.REVISIT_DUE, "a1", date(2026, 11, 25))
    ]


def test_account_past_cadence_is_listed_once() -> None:
    weekly = AccountFact("a1", "甲", cadence_days=7, last_touch_on=date(2026, 11, 10))
    fresh = AccountFact("a2", "乙", cadence_days=7, last_touch_on=date(2026, 11, 20))
    both = AccountFact(
        "a3",
        "丙",
        cadence_days=7,
        revisit_days=20,
        last_touch_on=date(2026, 10, 1),
        last_visit_on=date(2026, 10, 1),
    )
    out = reminders_on(TODAY, accounts=[weekly, fresh, both])
    assert [(r.kind, r.account_uuid) for r in out] == [
        (ReminderKind.REVISIT_DUE, "a3"),
        (ReminderKind.CADENCE_OVERDUE, "a1"),
    ]


def test_purchase_cycle_within_the_week_ahead() -> None:
    soon = AccountFact("a1", "甲", last_purchase_on=date(2026, 10, 28), purchase_cycle_days=30)  # due 11-27
    later = AccountFact("a2", "乙", last_purchase_on=date(2026, 11, 20), purchase_cycle_days=30)
    out = reminders_on(TODAY, accounts=[soon, later])
    assert [(r.kind, r.account_uuid, r.days) for r in out] == [(ReminderKind.PURCHASE_CYCLE, "a1", 2)]


def test_birthdays_in_the_next_days_across_the_year_end() -> None:
    people = [
        BirthdayFact("c1", "黄艾香", "11-28"),
        BirthdayFact("c2", "林智勇", "12-25"),
        BirthdayFact("c3", "坏数据", "13-40"),
    ]
    out = reminders_on(TODAY, birthdays=people)
    assert [(r.subject, r.days) for r in out] == [("黄艾香", 3)]
    assert next_birthday("01-02", date(2026, 12, 30)) == date(2027, 1, 2)
    assert next_birthday("02-29", date(2027, 2, 1)) == date(2027, 2, 28)


def test_reports_due_and_late() -> None:
    now = datetime(2026, 11, 26, 10, 0)  # Thursday; weekly due Fri 17:30
    out = report_reminders(set(), now)
    by = {(r.kind, r.detail) for r in out}
    assert (ReminderKind.REPORT_DUE, "2026-11-26") in by  # today's log
    assert (ReminderKind.REPORT_DUE, "2026-W48") in by  # due tomorrow
    assert (ReminderKind.REPORT_LATE, "2026-W47") in by  # last week never submitted
    assert (ReminderKind.REPORT_LATE, "2026-10") in by
    done = {(ReportKind.WEEKLY, "2026-W47"), (ReportKind.MONTHLY, "2026-10")}
    kinds = {(r.kind, r.detail) for r in report_reminders(done, now)}
    assert (ReminderKind.REPORT_LATE, "2026-W47") not in kinds
    # the monthly report (due the 27th) is announced two days ahead
    assert (ReminderKind.REPORT_DUE, "2026-11") in kinds
