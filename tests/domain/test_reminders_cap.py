from __future__ import annotations

from datetime import date, timedelta

import pytest

from kamdesk.domain.reminder_caps import birthday_md_ranges, cap_per_kind
from kamdesk.domain.reminders import (
    BirthdayFact,
    CommitmentFact,
    ReminderKind,
    birthday_reminders,
    reminders_on,
)

pytestmark = pytest.mark.dated  # also run at the clock moments of tests/conftest.py

TODAY = date(2026, 11, 25)


def test_cap_keeps_the_nearest_of_each_kind_and_counts_them_all() -> None:
    commitments = [
        CommitmentFact(f"c{i}", "acc", "浦发银行", f"承诺{i}", "us", TODAY - timedelta(days=i))
        for i in range(1, 8)
    ]
    birthdays = [BirthdayFact("b1", "黄艾香", "11-27")]
    capped = cap_per_kind(reminders_on(TODAY, commitments=commitments, birthdays=birthdays), 3)
    overdue = [r for r in capped if r.kind is ReminderKind.COMMITMENT_OVERDUE]
    assert [r.days for r in overdue] == [-1, -2, -3]  # yesterday's first, the older ones left off
    assert capped.totals == {ReminderKind.COMMITMENT_OVERDUE: 7, ReminderKind.BIRTHDAY: 1}
    assert capped.more(ReminderKind.COMMITMENT_OVERDUE) == 4
    assert capped.more(ReminderKind.BIRTHDAY) == 0
    assert capped.total() == 8 and len(capped) == 4


def test_no_cap_lists_everything() -> None:
    commitments = [CommitmentFact(f"c{i}", "a", "A", "t", "us", TODAY - timedelta(days=i)) for i in range(60)]
    out = cap_per_kind(reminders_on(TODAY, commitments=commitments), None)
    assert len(out) == 60 and out.total() == 60


def test_birthday_window_wraps_the_year_end_and_holds_every_birthday_due() -> None:
    assert birthday_md_ranges(date(2026, 11, 25), 7) == [("11-25", "12-02")]
    assert birthday_md_ranges(date(2026, 12, 28), 7) == [("12-28", "12-31"), ("01-01", "01-04")]
    assert birthday_md_ranges(date(2026, 2, 21), 7) == [("02-21", "02-29")]  # 02-29 falls on 02-28
    assert birthday_md_ranges(TODAY, -1) == []
    # every birthday the rule finds lies in a window (checked over a whole year of days)
    mds = [(date(2024, 1, 1) + timedelta(days=d)).strftime("%m-%d") for d in range(366)]
    facts = [BirthdayFact(md, md, md) for md in mds]
    for d in range(0, 366, 5):
        today = date(2027, 1, 1) + timedelta(days=d)
        windows = birthday_md_ranges(today, 10)
        due = {r.ref_uuid for r in birthday_reminders(facts, today, 10)}
        assert due and all(any(lo <= md <= hi for lo, hi in windows) for md in due if md)
