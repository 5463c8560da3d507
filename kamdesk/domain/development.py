"""The key-account manager's self-development plan (seed 003: 关键客户高级经理的
个人发展计划表 — "你和你的经理需要对自己的能力有清楚的认识，要知道你们在什么
方面需要帮助"): goals in the seed's fifteen areas, each with a review date."""

from __future__ import annotations

from datetime import date

from kamdesk.domain.codes import Coded


class DevelopmentArea(Coded):
    """The seed's fifteen areas, in its order and words."""

    SALES_GOALS = ("sales_goals", "销售目标设置", "Setting sales goals")
    SALES_PLAN = ("sales_plan", "销售计划", "Sales plan")
    BUDGET = ("budget", "销售预算", "Sales budget")
    TEAM = ("team", "自我销售队伍组建", "Building one's sales team")
    TIME = ("time", "个人时间管理", "Personal time management")
    RECORDS = ("records", "客户档案保管/报告", "Account records and reporting")
    FINANCE = ("finance", "财务信息", "Financial information")
    PROPOSALS = ("proposals", "写建议书", "Writing proposals")
    PRESENTATION = ("presentation", "自我演讲技巧", "Presentation skills")
    TOP_LEVEL = ("top_level", "与客户的高层联络", "Contact with the customer's top level")
    TRAINING = ("training", "培训其他员工", "Training others")
    SOCIAL = ("social", "和客户保持社交/娱乐联系", "Social contact with customers")
    APPEARANCE = ("appearance", "自我个人外表", "Personal appearance")
    COMPUTER = ("computer", "电脑操作技巧", "Computer skills")
    OTHER = ("other", "其他方面的提高计划", "Other improvements")


def review_state(review_on: date, reviewed_on: date | None, today: date) -> str:
    """``done``, ``overdue`` (review date passed, not reviewed) or ``open``."""
    if reviewed_on is not None:
        return "done"
    return "overdue" if review_on < today else "open"
