"""Hand-ins on time or late, the setting for the end of the working day, and
each rep's on-time record for a month."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from kamdesk.domain.periods import ReportKind, SubmissionStatus
from kamdesk.errors import ValidationError
from kamdesk.services.submissions import report_status
from kamdesk.services.submissions.handins import (
    hand_in,
    on_time_record,
    set_workday_end,
    team_on_time,
    workday_end,
)
from kamdesk.store.db import Database
from kamdesk.store.models import Rep


@pytest.fixture
def reps(db: Database) -> Database:
    with db.transaction() as s:
        s.add_all([Rep(name="王磊", is_me=True), Rep(name="李娜")])
    return db


def local(*args: int) -> datetime:
    from kamdesk import clock

    return clock.localize(datetime(*args))


def test_weekly_handed_in_friday_1731_is_one_minute_late(reps):
    r = hand_in(reps, ReportKind.WEEKLY, "2026-W48", at=local(2026, 11, 27, 17, 31)).value
    assert r.late == timedelta(minutes=1) and not r.on_time
    assert r.describe("zh") == "迟交 1分"
    again = hand_in(reps, ReportKind.WEEKLY, "2026-W48", at=local(2026, 11, 30, 9, 0)).value
    assert again.late == timedelta(minutes=1)  # the first hand-in counts


def test_the_daily_deadline_follows_the_setting(reps):
    assert workday_end(reps) == time(23, 59)
    at = local(2026, 11, 25, 19, 0)
    assert hand_in(reps, ReportKind.DAILY, "2026-11-25", at=at).value.on_time
    set_workday_end(reps, "18:00")
    assert workday_end(reps) == time(18, 0)
    assert hand_in(reps, ReportKind.DAILY, "2026-11-25", at=at).value.describe("zh") == "迟交 1小时"
    # the deadlines list uses the same hour
    assert (
        report_status(reps, ReportKind.DAILY, "2026-11-24", now=datetime(2026, 11, 24, 18, 1)).status
        is SubmissionStatus.LATE
    )


def test_bad_input_names_the_field_and_saves_nothing(reps):
    with pytest.raises(ValidationError) as info:
        set_workday_end(reps, "six o'clock")
    assert set(info.value.errors) == {"workday_end"}
    assert workday_end(reps) == time(23, 59)
    with pytest.raises(ValidationError) as info:
        hand_in(reps, ReportKind.WEEKLY, "2026-W60")
    assert set(info.value.errors) == {"period"}
    with pytest.raises(ValidationError) as info:
        on_time_record(reps, "2026-13")
    assert set(info.value.errors) == {"month"}
    assert on_time_record(reps, "2026-11", now=datetime(2026, 12, 5)).on_time == 0


def test_month_record_counts_on_time_late_and_missing(reps):
    hand_in(reps, ReportKind.DAILY, "2026-11-02", at=local(2026, 11, 2, 17, 0))
    hand_in(reps, ReportKind.DAILY, "2026-11-03", at=local(2026, 11, 4, 9, 0))
    hand_in(reps, ReportKind.WEEKLY, "2026-W45", at=local(2026, 11, 6, 17, 0))
    hand_in(reps, ReportKind.MONTHLY, "2026-11", at=local(2026, 11, 27, 12, 0))
    rec = on_time_record(reps, "2026-11", now=datetime(2026, 12, 5))
    # 21 working days, 4 Fridays (W45–W48), the month: 26 reports
    assert len(rec.rows) == 26
    assert (rec.on_time, rec.late, rec.missing) == (3, 1, 22)
    assert rec.summary("zh") == "按时 3 · 迟交 1 · 未提交 22"
    team = team_on_time(reps, "2026-11", now=datetime(2026, 12, 5))
    assert [(t.rep.name, t.missing) for t in team] == [("李娜", 26), ("王磊", 22)]


def test_the_current_month_counts_only_deadlines_gone_by(reps):
    rec = on_time_record(reps, "2026-11", now=datetime(2026, 11, 3, 12, 0))
    assert [r.key for r in rec.rows] == ["2026-11-02"]


def test_submitted_at_stays_utc_in_the_database(reps):
    r = hand_in(reps, ReportKind.MONTHLY, "2026-11", at=datetime(2026, 11, 27, 4, 0, tzinfo=UTC)).value
    assert r.handed_in is not None and r.handed_in.tzinfo is None
