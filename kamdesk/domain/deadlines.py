"""Report deadlines (DOMAIN.md §5): the daily log by the end of the working
day (当天下班之前; the hour is a setting, ``day_end``), the weekly plan and
summary by Friday 17:30, the monthly one before the 28th. Times are local
wall-clock times of the rep. A report handed in after its deadline is late
by the difference."""

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


def deadline(kind: ReportKind, key: str, day_end: time = END_OF_DAY) -> datetime:
    """When the report for period ``key`` is due (naive local time); a daily
    log at ``day_end`` of its day."""
    start, _ = period_bounds(report_period_kind(kind), key)
    if kind is ReportKind.DAILY:
        return datetime.combine(start, day_end)
    if kind is ReportKind.WEEKLY:
        return datetime.combine(start + timedelta(days=4), WEEKLY_DUE)  # Friday of the ISO week
    return datetime.combine(date(start.year, start.month, MONTHLY_DUE_DAY), END_OF_DAY)


def status(
    kind: ReportKind, key: str, now: datetime, submitted_at: datetime | None, day_end: time = END_OF_DAY
) -> SubmissionStatus:
    if submitted_at is not None:
        return SubmissionStatus.SUBMITTED
    return SubmissionStatus.LATE if now > deadline(kind, key, day_end) else SubmissionStatus.DUE


def late_by(kind: ReportKind, key: str, submitted_at: datetime, day_end: time = END_OF_DAY) -> timedelta:
    """How late a report handed in at ``submitted_at`` (naive local) was;
    zero when on time (up to and including the deadline minute)."""
    return max(submitted_at - deadline(kind, key, day_end), timedelta(0))


def parse_day_end(text: str) -> time:
    """``18:00`` → 18:00; ValueError with the expected form otherwise."""
    try:
        hours, minutes = (int(x) for x in text.strip().split(":"))
        return time(hours, minutes)
    except (ValueError, TypeError):
        raise ValueError(f"{text!r} is not a time of day (expected e.g. 18:00)") from None


def lateness_text(delta: timedelta, lang: str = "zh") -> str:
    """``按时`` or ``迟交 1天2小时5分`` (English: ``on time`` / ``late by 1 d 2 h 5 min``)."""
    zh = lang.lower().startswith("zh")
    if delta <= timedelta(0):
        return "按时" if zh else "on time"
    minutes = int(delta.total_seconds() // 60) or 1  # a few seconds late still counts as late
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if zh:
        parts = [f"{days}天" if days else "", f"{hours}小时" if hours else "", f"{mins}分" if mins else ""]
        return "迟交 " + "".join(parts)
    words = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{mins} min" if mins else ""]
    return "late by " + " ".join(w for w in words if w)


def current_key(kind: ReportKind, today: date) -> str:
    return period_key(report_period_kind(kind), today)
