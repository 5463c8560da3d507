"""Sales stages G..S of project selling, with the customer's buying step and
the win probability the seeds attach to each (DOMAIN.md §3)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Self

from kamdesk.domain.codes import Coded, new_member, terms


class Stage(Coded):
    win_pct: int
    customer_step_zh: str
    customer_step_en: str

    def __new__(
        cls, code: str, zh: str, en: str, win_pct: int = 0, step_zh: str = "", step_en: str = "", *_: Any
    ) -> Self:
        obj = new_member(cls, code, zh, en)
        obj.win_pct = win_pct
        obj.customer_step_zh = step_zh
        obj.customer_step_en = step_en
        return obj

    G = (
        "G",
        "客户规划/电话邀约",
        "Account planning, phone appointment",
        10,
        "发现问题，使用部门提出需求",
        "Discovers a problem, user department raises a need",
    )
    F = (
        "F",
        "客户拜访，初步调研",
        "Visit, first survey",
        20,
        "项目可行性研究，确定预算",
        "Feasibility study, budget",
    )
    E = (
        "E",
        "提交初步方案",
        "First proposal",
        25,
        "项目立项，组建项目采购小组",
        "Project set up, buying team formed",
    )
    D = (
        "D",
        "技术交流",
        "Technical exchange, demo",
        30,
        "建立项目采购的技术标准",
        "Technical standard written",
    )
    C = (
        "C",
        "需求调研与方案确认",
        "Needs study, solution confirmed",
        50,
        "对外进行招标，初步技术筛选",
        "Tender, first screening",
    )
    B = (
        "B",
        "项目评估",
        "Project evaluation",
        75,
        "项目评标，确立首选供应商",
        "Bids evaluated, preferred supplier",
    )
    A = (
        "A",
        "商务谈判",
        "Commercial negotiation",
        90,
        "合同审核，商务谈判，增加附件",
        "Contract review, negotiation",
    )
    S = ("S", "签约成交", "Signed, handed to delivery", 100, "签定协议，确保实施", "Agreement signed")

    @property
    def order(self) -> int:
        """0 for G up to 7 for S: later stages compare greater."""
        return list(Stage).index(self)

    @property
    def win_probability(self) -> Decimal:
        return Decimal(self.win_pct) / 100

    def customer_step(self, lang: str = "zh") -> str:
        return self.customer_step_zh if lang.startswith("zh") else self.customer_step_en


terms(
    Stage,
    synonyms={
        Stage.G: ("客户规划", "电话邀约", "客户规划和电话邀约"),
        Stage.F: ("上门拜访/初步调研", "上门拜访", "客户拜访", "初步调研"),
        Stage.E: ("提交方案", "初步方案"),
        Stage.D: ("方案演示与技术交流", "技术交流/演示"),
        Stage.C: ("需求调研", "方案确认"),
        Stage.B: ("评估",),
        Stage.A: ("谈判",),
        Stage.S: ("成交", "签约", "签约成交，移交实施"),
    },
)


class OpportunityStatus(Coded):
    OPEN = ("open", "进行中", "Open")
    WON = ("won", "赢单", "Won")
    LOST = ("lost", "丢单", "Lost")


def win_probability(stage: Stage) -> Decimal:
    """Win probability of ``stage`` as a fraction (C → 0.5)."""
    return stage.win_probability


def weighted_amount(amount: Decimal, stage: Stage) -> Decimal:
    """What an opportunity counts for in the weighted pipeline."""
    return amount * stage.win_probability
