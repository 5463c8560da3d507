"""Planning periods, targets and report kinds (DOMAIN.md §5)."""

from __future__ import annotations

import calendar as _calendar
from datetime import date as _date
from datetime import timedelta as _timedelta

from kamdesk.domain.codes import Coded, terms


class PeriodKind(Coded):
    DAY = ("day", "日", "Day")
    WEEK = ("week", "周", "Week")
    MONTH = ("month", "月", "Month")
    QUARTER = ("quarter", "季度", "Quarter")
    HALF = ("half", "半年", "Half-year")
    YEAR = ("year", "年度", "Year")


class TargetMetric(Coded):
    REVENUE = ("revenue", "销售额", "Revenue")
    DEALS = ("deals", "成交数", "Deals")
    VISITS = ("visits", "拜访数", "Visits")
    NEW_VISITS = ("new_visits", "新拜访客户", "New visits")
    REVISITS = ("revisits", "再拜访客户", "Revisits")
    CALLS = ("calls", "有效电话", "Effective calls")
    COLLECTIONS = ("collections", "回款", "Collections")


terms(
    TargetMetric,
    synonyms={
        TargetMetric.NEW_VISITS: ("新拜访", "新访"),
        TargetMetric.REVISITS: ("回访", "再拜访", "再访"),
        TargetMetric.CALLS: ("电话", "有效电话数"),
    },
)


class TargetLevel(Coded):
    """Seed 004: 最低任务, 奖励提成的达标任务（正常任务）, 冲刺任务."""

    MINIMUM = ("min", "最低任务", "Minimum")
    NORMAL = ("normal", "正常任务", "Normal")
    STRETCH = ("stretch", "冲刺任务", "Stretch")


terms(
    TargetLevel,
    notes={TargetLevel.NORMAL: ("奖励提成的达标任务", "the target that earns the bonus")},
    synonyms={
        TargetLevel.MINIMUM: ("最低目标", "保底任务", "最低"),
        TargetLevel.NORMAL: ("正常目标", "达标任务", "正常"),
        TargetLevel.STRETCH: ("挑战目标", "冲刺", "挑战"),
    },
)


class ReportKind(Coded):
    DAILY = ("daily", "工作日志", "Daily work log")
    WEEKLY = ("weekly", "周计划和总结", "Weekly plan and summary")
    MONTHLY = ("monthly", "月计划与总结", "Monthly plan and summary")


class SubmissionStatus(Coded):
    DUE = ("due", "待提交", "Due")
    LATE = ("late", "逾期", "Late")
    SUBMITTED = ("submitted", "已提交", "Submitted")


class CustomFieldKind(Coded):
    TEXT = ("text", "文本", "Text")
    NUMBER = ("number", "数字", "Number")
    DATE = ("date", "日期", "Date")
    CHOICE = ("choice", "选项", "Choice")


# --- period keys and bounds -------------------------------------------------
# Keys: day 2026-11-25, week 2026-W48 (ISO), month 2026-11, quarter 2026-Q4,
# half 2026-H2, year 2026.


def period_key(kind: PeriodKind, day: _date) -> str:
    """The key of the ``kind`` period that contains ``day``."""
    if kind is PeriodKind.DAY:
        return day.isoformat()
    if kind is PeriodKind.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if kind is PeriodKind.MONTH:
        return f"{day.year}-{day.month:02d}"
    if kind is PeriodKind.QUARTER:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if kind is PeriodKind.HALF:
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    return str(day.year)


def period_bounds(kind: PeriodKind, key: str) -> tuple[_date, _date]:
    """First and last day (inclusive) of the period ``key``; ValueError if malformed."""
    try:
        if kind is PeriodKind.DAY:
            d = _date.fromisoformat(key)
            return d, d
        if kind is PeriodKind.WEEK:
            year_s, week_s = key.split("-W")
            start = _date.fromisocalendar(int(year_s), int(week_s), 1)
            return start, start + _timedelta(days=6)
        if kind is PeriodKind.MONTH:
            year_s, month_s = key.split("-")
            y, m = int(year_s), int(month_s)
            return _date(y, m, 1), _date(y, m, _calendar.monthrange(y, m)[1])
        if kind is PeriodKind.QUARTER:
            year_s, q_s = key.split("-Q")
            y, q = int(year_s), int(q_s)
            if not 1 <= q <= 4:
                raise ValueError
            first = _date(y, 3 * q - 2, 1)
            return first, _date(y, 3 * q, _calendar.monthrange(y, 3 * q)[1])
        if kind is PeriodKind.HALF:
            year_s, h_s = key.split("-H")
            y, h = int(year_s), int(h_s)
            if h not in (1, 2):
                raise ValueError
            return (_date(y, 1, 1), _date(y, 6, 30)) if h == 1 else (_date(y, 7, 1), _date(y, 12, 31))
        y = int(key)
        return _date(y, 1, 1), _date(y, 12, 31)
    except ValueError as exc:
        raise ValueError(f"malformed {kind.en.lower()} key {key!r}") from exc


def working_days(start: _date, end: _date) -> int:
    """Monday–Friday days from ``start`` to ``end`` inclusive (no holiday calendar)."""
    if end < start:
        return 0
    days = (end - start).days + 1
    full, rest = divmod(days, 7)
    count = full * 5
    for i in range(rest):
        if (start + _timedelta(days=full * 7 + i)).weekday() < 5:
            count += 1
    return count
