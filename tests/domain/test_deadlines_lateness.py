"""On time or late, and by how much (seed 002's hand-in times)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from kamdesk.domain.deadlines import deadline, late_by, lateness_text, parse_day_end
from kamdesk.domain.periods import ReportKind


def test_weekly_due_friday_1730_one_minute_either_side():
    assert deadline(ReportKind.WEEKLY, "2026-W48") == datetime(2026, 11, 27, 17, 30)
    assert late_by(ReportKind.WEEKLY, "2026-W48", datetime(2026, 11, 27, 17, 29)) == timedelta(0)
    assert late_by(ReportKind.WEEKLY, "2026-W48", datetime(2026, 11, 27, 17, 31)) == timedelta(minutes=1)


def test_monthly_due_before_the_28th():
    assert late_by(ReportKind.MONTHLY, "2027-01", datetime(2027, 1, 27, 23, 59)) == timedelta(0)
    assert lateness_text(late_by(ReportKind.MONTHLY, "2027-01", datetime(2027, 1, 28, 0, 1))) == "迟交 2分"


def test_daily_due_at_the_configured_end_of_the_working_day():
    assert deadline(ReportKind.DAILY, "2026-11-25") == datetime(2026, 11, 25, 23, 59)
    six = parse_day_end("18:00")
    assert deadline(ReportKind.DAILY, "2026-11-25", six) == datetime(2026, 11, 25, 18, 0)
    late = late_by(ReportKind.DAILY, "2026-11-25", datetime(2026, 11, 26, 20, 15), six)
    assert lateness_text(late, "zh") == "迟交 1天2小时15分"
    assert lateness_text(late, "en") == "late by 1 d 2 h 15 min"
    assert lateness_text(timedelta(0), "zh") == "按时"


@pytest.mark.parametrize("bad", ["6pm", "25:00", "", "18"])
def test_a_day_end_that_is_not_a_time_is_refused(bad):
    with pytest.raises(ValueError, match=r"expected e\.g\. 18:00"):
        parse_day_end(bad)
    assert parse_day_end(" 17:45 ") == time(17, 45)
