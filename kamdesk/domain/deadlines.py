"""Report deadlines (DOMAIN.md §5): the daily log by the end of the working
day, the weekly plan and summary by Friday 17:30, the monthly one before the
28th. Times are local wall-clock times of the rep."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from kamdesk.domain.periods import PeriodKind, ReportKind, SubmissionStatus, period_bounds, period_key

END_OF_DAY = time(23, 59)
WEEKLY_DUE = time(17, 30)
MONTHLY_DUE_DAY = 27  # "before the 28th": the 27th is the last day


def report_period_kind(kind: ReportKind) -> PeriodKind:
    return {
        ReportKind.DAILY: PeriodKind.DAY,
        ReportKind.WEEKLY: PeriodKind.WEEK,
        ReportKind.MONTHLY: PeriodKind.MONTH,
    }[kind]


def deadline(kind: ReportKind, key: str) -> datetime:
    """When the report for period ``key`` is due (naive local time)."""
    start, _ = period_bounds(report_period_kind(kind), key)
    if kind is ReportKind.DAILY:
        return datetime.combine(start, END_OF_DAY)
    if kind is ReportKind.WEEKLY:
        return datetime.combine(start + timedelta(days=4), WEEKLY_DUE)  # Friday of the ISO week
    return datetime.combine(date(start.year, start.month, MONTHLY_DUE_DAY), END_OF_DAY)


def status(kind: ReportKind, key: str, now: datetime, submitted_at: datetime | None) -> SubmissionStatus:
    if submitted_at is not None:
        return SubmissionStatus.SUBMITTED
    return SubmissionStatus.LATE if now > deadline(kind, key) else SubmissionStatus.DUE


def current_key(kind: ReportKind, today: date) -> str:
    return period_key(report_period_kind(kind), today)
