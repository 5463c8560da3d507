"""The project-selling pipeline (项目型销售推进, DOMAIN.md §3 and §5): each
stage's exit criteria, the check before a stage move, the weighted pipeline,
the funnel against the seed's reference ratios and the forecast by month.

Pure rules: no Qt, no SQL. Stages and their win % live in
:mod:`kamdesk.domain.stages`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kamdesk.domain.stages import Stage


@dataclass(frozen=True)
class Criterion:
    """One exit criterion of a stage, as the seed words it."""

    zh: str
    en: str

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


# G–D are the seed's own "阶段内容及标准" table (seed 001, 达成的效果3); C–S are
# written from the seed's milestones (销售里程碑: 需求调研, 方案确认, 内部承诺,
# 商务谈判, 签约), its tools per stage (需求调研表, 项目评估表, 竞争对手优势分析表,
# 合同模块/协议附件) and the customer's buying steps (招标/初步筛选, 评标/首选
# 供应商, 合同审核/商务谈判, 签定协议/确保实施).
DEFAULT_EXIT_CRITERIA: dict[Stage, tuple[Criterion, ...]] = {
    Stage.G: (
        Criterion("已经符合目标客户的选择标准", "The account meets our target-account profile"),
        Criterion("对方至少是经手人士", "We reached at least the person handling it"),
        Criterion("已经与经手人士确认好具体时间、地点", "Time and place agreed with the handler"),
    ),
    Stage.F: (
        Criterion("找对合格的经手人士", "The right handler found"),
        Criterion("推荐公司在技术能力上的优势", "Our strengths presented"),
        Criterion("建立并发展与经手人士的关系", "Relationship with the handler started"),
    ),
    Stage.E: (
        Criterion("至少与经手人士的部门有针对性地进行访谈", "The handler's department interviewed"),
        Criterion("影响本部门的经手人，方案使其满意", "The handler is satisfied with the proposal"),
        Criterion(
            "发展与经手人士的关系，深入并扩大其他人的客户关系",
            "Relationships widened beyond the handler",
        ),
    ),
    Stage.D: (
        Criterion(
            "明确客户内部参加的角色、部门及关心的问题（特别是项目负责人）",
            "Buyer-side roles, departments and concerns known (above all the project lead)",
        ),
        Criterion(
            "售前技术支持人员和销售顾问已参与交流，与客户产生需求互动",
            "Pre-sales engaged in the exchange and the need discussed with the customer",
        ),
        Criterion(
            "通过对售前技术人员的评估了解客户对项目演示的想法",
            "The customer's view of the demo learned through the pre-sales review",
        ),
    ),
    Stage.C: (
        Criterion("完成需求调研（需求调研表）", "Needs study done (needs survey form)"),
        Criterion("客户确认了正式方案", "The customer confirmed the formal solution"),
        Criterion("了解招标方式和初步筛选的标准", "Tender process and screening criteria known"),
    ),
    Stage.B: (
        Criterion("完成项目评估表和竞争对手优势分析", "Project evaluation and rival analysis done"),
        Criterion(
            "关键决策人作出内部承诺，我方为首选供应商", "Key decision makers committed: we are preferred"
        ),
        Criterion("公司高层与客户高层已建立联系", "Our senior managers met theirs"),
    ),
    Stage.A: (
        Criterion("合同条款和协议附件已谈妥", "Contract terms and attachments agreed"),
        Criterion(
            "价格和结算方式经商务部门确认", "Price and settlement terms cleared by our commercial dept"
        ),
        Criterion("客户合同审核已通过", "The customer's contract review passed"),
    ),
    Stage.S: (
        Criterion("协议已签定", "Agreement signed"),
        Criterion("项目已移交实施并落实回款计划", "Handed to delivery, collection plan agreed"),
    ),
}


def default_criteria(stage: Stage) -> tuple[Criterion, ...]:
    return DEFAULT_EXIT_CRITERIA[stage]


@dataclass(frozen=True)
class ChecklistEntry:
    """A checklist row of one opportunity as the rule needs it."""

    stage: Stage
    text: str
    done: bool


def stages_passed(from_stage: Stage, to_stage: Stage) -> list[Stage]:
    """The stages whose exit criteria a move from ``from_stage`` to ``to_stage``
    leaves behind: every stage from ``from_stage`` up to (not including)
    ``to_stage``. Moving back or staying leaves nothing behind."""
    stages = list(Stage)
    return stages[from_stage.order : to_stage.order] if to_stage.order > from_stage.order else []


def unmet_criteria(
    entries: Iterable[ChecklistEntry], from_stage: Stage, to_stage: Stage
) -> list[ChecklistEntry]:
    """Exit criteria not yet ticked on the stages a move would pass, in stage order."""
    passed = stages_passed(from_stage, to_stage)
    rank = {stage: i for i, stage in enumerate(passed)}
    unmet = [e for e in entries if e.stage in rank and not e.done]
    return sorted(unmet, key=lambda e: rank[e.stage])


# --- weighted pipeline -----------------------------------------------------


def effective_win_pct(stage: Stage, override: int | None = None) -> int:
    """The win % that counts: the rep's override when set, else the stage's own."""
    if override is not None:
        if not 0 <= override <= 100:
            raise ValueError(f"win % {override} is outside 0–100")
        return override
    return stage.win_pct


def weighted_value(amount: Decimal | None, win_pct: int) -> Decimal:
    """Amount × win %, to the cent (no amount counts as nothing)."""
    return ((amount or Decimal(0)) * win_pct / 100).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class PipelineItem:
    stage: Stage
    amount: Decimal | None
    win_pct_override: int | None = None
    expected_close: date | None = None

    @property
    def win_pct(self) -> int:
        return effective_win_pct(self.stage, self.win_pct_override)

    @property
    def weighted(self) -> Decimal:
        return weighted_value(self.amount, self.win_pct)


def weighted_pipeline(items: Iterable[PipelineItem]) -> Decimal:
    """Σ amount × win % (an opportunity in stage C counts 50% of its amount)."""
    return sum((item.weighted for item in items), Decimal("0.00"))


@dataclass(frozen=True)
class StageTotal:
    stage: Stage
    count: int
    amount: Decimal
    weighted: Decimal


def stage_totals(items: Iterable[PipelineItem]) -> list[StageTotal]:
    """Count, amount and weighted amount per stage G…S (every stage present)."""
    count = dict.fromkeys(Stage, 0)
    amount = {s: Decimal("0.00") for s in Stage}
    weighted = {s: Decimal("0.00") for s in Stage}
    for item in items:
        count[item.stage] += 1
        amount[item.stage] += item.amount or Decimal(0)
        weighted[item.stage] += item.weighted
    return [StageTotal(s, count[s], amount[s], weighted[s]) for s in Stage]


# --- funnel ------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStep:
    key: str
    zh: str
    en: str
    stage: Stage  # reaching this stage counts as reaching the step
    reference: int  # the seed's 250 : 125 : 25 : 5 : 1

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


#: The seed's funnel (seed 001, 达成的效果5): appointment call → visit →
#: technical exchange → proposal → negotiation/close, 250 : 125 : 25 : 5 : 1.
#: The proposal step is the formal solution of stage C (需求分析与正式方案设计),
#: which follows the technical exchange; negotiation/close is stage A or S.
FUNNEL_STEPS: tuple[FunnelStep, ...] = (
    FunnelStep("call", "电话邀约", "Appointment call", Stage.G, 250),
    FunnelStep("visit", "上门拜访", "Visit", Stage.F, 125),
    FunnelStep("exchange", "技术交流", "Technical exchange", Stage.D, 25),
    FunnelStep("proposal", "提交方案", "Proposal", Stage.C, 5),
    FunnelStep("close", "商务谈判/成交", "Negotiation / close", Stage.A, 1),
)


@dataclass(frozen=True)
class FunnelRow:
    step: FunnelStep
    reached: int  # opportunities that reached at least this step
    conversion: Decimal | None  # reached / reached at the step before (None for the first or 0 before)
    reference_conversion: Decimal | None  # the seed's ratio for the same step
    below_reference: bool


def funnel(reached_stages: Sequence[Stage]) -> list[FunnelRow]:
    """Funnel of opportunities by the furthest stage each reached.

    ``reached_stages`` holds, per opportunity, the furthest stage it reached
    (an open one: its stage; a won one: S; a lost one: the stage it was lost
    in). Each step counts those that reached at least its stage, and its
    conversion from the step before is compared with the seed's reference
    (125/250 = 50%, then 20% each step).
    """
    counts: dict[Stage, int] = {}
    for stage in reached_stages:
        counts[stage] = counts.get(stage, 0) + 1
    return funnel_from_counts(counts)


def funnel_from_counts(reached: Mapping[Stage, int]) -> list[FunnelRow]:
    """:func:`funnel` from how many opportunities reached each stage as their furthest."""
    rows: list[FunnelRow] = []
    previous: FunnelStep | None = None
    previous_count = 0
    for step in FUNNEL_STEPS:
        count = sum(n for s, n in reached.items() if s.order >= step.stage.order)
        if previous is None:
            conversion = reference = None
        else:
            reference = (Decimal(step.reference) / previous.reference).quantize(Decimal("0.0001"))
            conversion = (
                (Decimal(count) / previous_count).quantize(Decimal("0.0001")) if previous_count else None
            )
        below = conversion is not None and reference is not None and conversion < reference
        rows.append(FunnelRow(step, count, conversion, reference, below))
        previous, previous_count = step, count
    return rows


def reference_counts(deals: int) -> list[int]:
    """What the reference funnel asks for ``deals`` closed: 1 deal → 250 calls,
    125 visits, 25 exchanges, 5 proposals."""
    return [step.reference * deals for step in FUNNEL_STEPS]


# --- forecast ----------------------------------------------------------------


@dataclass(frozen=True)
class MonthForecast:
    month: str  # "2026-11"
    count: int
    amount: Decimal
    weighted: Decimal


def forecast_by_month(items: Iterable[PipelineItem]) -> list[MonthForecast]:
    """Open pipeline by month of expected close, oldest first; items without a
    close date are left out (the caller shows them as "no date")."""
    buckets: dict[str, list[PipelineItem]] = {}
    for item in items:
        if item.expected_close is None:
            continue
        key = f"{item.expected_close.year}-{item.expected_close.month:02d}"
        buckets.setdefault(key, []).append(item)
    return [
        MonthForecast(
            key,
            len(group),
            sum((i.amount or Decimal(0) for i in group), Decimal("0.00")),
            weighted_pipeline(group),
        )
        for key, group in sorted(buckets.items())
    ]
