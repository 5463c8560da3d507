"""Planning periods, targets and report kinds (DOMAIN.md §5)."""

from __future__ import annotations

from kamdesk.domain.codes import Coded


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
    NEW_VISITS = ("new_visits", "新拜访", "New visits")
    REVISITS = ("revisits", "回访", "Revisits")
    CALLS = ("calls", "有效电话", "Effective calls")
    COLLECTIONS = ("collections", "回款", "Collections")


class TargetLevel(Coded):
    MINIMUM = ("min", "最低目标", "Minimum")
    NORMAL = ("normal", "正常目标", "Normal")
    STRETCH = ("stretch", "挑战目标", "Stretch")


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
