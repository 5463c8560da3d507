"""Labels of the planning sections (activity, funnels, hand-ins, next period's
plan) in the report PDFs, kept apart from the shared table in
:mod:`kamdesk.reports.common`. Seed words verbatim where a seed names them."""

from __future__ import annotations

from kamdesk.reports.common import LABELS

#: label key → (Chinese, English)
PLANNING_LABELS: dict[str, tuple[str, str]] = {
    "activity": ("有效电话 对照任务分解", "Effective calls against the decomposition"),
    "activity_per_day": ("每日应打有效电话", "Effective calls a working day"),
    "activity_today": ("今日", "Today"),
    "activity_so_far": ("本月累计", "This month so far"),
    "activity_target": ("依据目标", "From the target"),
    "activity_none": ("本期无销售额目标，无法分解到每日电话量", "No revenue target covers this day"),
    "week_summary": ("本周工作总结", "This week's summary"),
    "week_plan": ("下周工作计划", "Next week's plan"),
    "month_summary": ("本月工作总结", "This month's summary"),
    "month_plan": ("下月工作计划", "Next month's plan"),
    "done_planned": ("完成 / 计划", "Done / planned"),
    "visit_counts": ("新拜访客户与再拜访客户", "New visits and revisits"),
    "booked": ("已排拜访", "Visits booked"),
    "next_targets": ("目标", "Targets"),
    "collections_plan": ("回款计划", "Collections plan"),
    "scaled_reference": ("参考（按首环节缩放）", "Reference (scaled)"),
    "of_reference": ("实际 / 参考", "Actual / reference"),
    "weakest": ("最弱环节", "Weakest step"),
    "status_funnel": ("客户销售状态分析", "Accounts by sales status"),
    "accounts_at": ("客户数量", "Accounts"),
    "reached_at_least": ("累计到达", "Reached at least"),
    "handins": ("报告提交（按时 / 迟交）", "Reports handed in (on time / late)"),
    "on_time": ("按时", "On time"),
    "late": ("迟交", "Late"),
    "missing": ("未提交", "Not handed in"),
    "deadline": ("截止", "Deadline"),
    "handed_in": ("提交时间", "Handed in"),
    "rep_text": ("各人计划、总结与问题", "Each rep's plan, summary and problems"),
    "charts": ("图表", "Charts"),
    "on_time_rate": ("按时率", "On-time rate"),
}

for _key in PLANNING_LABELS:
    # one table of labels for t(): a clash would silently change a shared label
    assert _key not in LABELS, _key
LABELS.update(PLANNING_LABELS)
