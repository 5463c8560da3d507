"""The two funnels of the seeds (DOMAIN.md §5). Pure rules: no Qt, no SQL.

* The opportunity funnel (seed 001, 达成的效果5 — 利用漏斗原理来诊断问题): the
  reference 250 : 125 : 25 : 5 : 1 (电话邀约 → 上门拜访 → 技术交流 → 提交方案 →
  商务谈判) scaled to the actual first step, the actual as % of that scaled
  reference at each step, and the weakest step: the one whose conversion
  from the step before falls furthest below the reference's.
* The accounts' sales-status funnel (seed 001, 客户销售状态分析, also the
  funnel of 004's 销售漏斗原理): each account counted at its status —
  初次拜访, 提交方案, 商务谈判, 签定合同, 跟踪维护 — the seed's example holds
  14, 10, 4, 1, 1 accounts (30 in all); an account at a later status has
  passed the earlier ones, so "reached at least" adds up from the end and the
  conversion between steps is taken on those (30 → 16 → 6 → 2 → 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.domain.codes import Coded
from kamdesk.domain.pipeline import FUNNEL_STEPS, FunnelStep
from kamdesk.domain.stages import Stage

TENTH = Decimal("0.1")


def _pct(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


# --- the opportunity funnel against the reference ---------------------------------


@dataclass(frozen=True)
class ReferenceStep:
    step: FunnelStep
    actual: int
    reference: Decimal  # the seed's ratio scaled so its first step equals our first step
    of_reference: Decimal | None  # actual as % of ``reference`` (to 0.1)
    conversion: Decimal | None  # % from the step before (to 0.1)
    reference_conversion: Decimal | None  # the seed's % for the same step


@dataclass(frozen=True)
class ReferenceFunnel:
    steps: tuple[ReferenceStep, ...]
    weakest: ReferenceStep | None  # None when no step falls below the reference

    def weakest_text(self, lang: str = "zh") -> str:
        zh = lang.lower().startswith("zh")
        w = self.weakest
        if w is None:
            return "各环节均不低于参考比例" if zh else "no step below the reference ratios"
        i = self.steps.index(w)
        before = self.steps[i - 1].step.label(lang)
        if zh:
            return f"{before} → {w.step.label(lang)}：转化 {w.conversion}%，参考 {w.reference_conversion}%"
        return (
            f"{before} → {w.step.label(lang)}: {w.conversion}% converted, reference {w.reference_conversion}%"
        )


def reference_funnel(actual: Sequence[int]) -> ReferenceFunnel:
    """``actual``: how many reached each of the five steps (calls, visits,
    exchanges, proposals, negotiations/closes), first step first."""
    if len(actual) != len(FUNNEL_STEPS):
        raise ValueError(f"the funnel has {len(FUNNEL_STEPS)} steps, got {len(actual)} counts")
    top = FUNNEL_STEPS[0].reference
    first = actual[0]
    steps: list[ReferenceStep] = []
    weakest: ReferenceStep | None = None
    weakest_ratio: Decimal | None = None
    for i, (step, count) in enumerate(zip(FUNNEL_STEPS, actual, strict=True)):
        scaled = (Decimal(first) * step.reference / top).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        conversion = ref_conversion = None
        if i:
            previous = FUNNEL_STEPS[i - 1]
            ref_conversion = _pct(step.reference, previous.reference)
            conversion = _pct(count, actual[i - 1])
        row = ReferenceStep(step, count, scaled, _pct(count, scaled), conversion, ref_conversion)
        steps.append(row)
        if conversion is not None and ref_conversion is not None and conversion < ref_conversion:
            ratio = conversion / ref_conversion
            if weakest_ratio is None or ratio < weakest_ratio:
                weakest, weakest_ratio = row, ratio
    return ReferenceFunnel(tuple(steps), weakest)


# --- the accounts' sales status ---------------------------------------------------


class SalesStatus(Coded):
    """客户销售状态 (seed 001's chart 客户销售状态分析), in funnel order."""

    FIRST_VISIT = ("first_visit", "初次拜访", "First visit")
    PROPOSAL = ("proposal", "提交方案", "Proposal")
    NEGOTIATION = ("negotiation", "商务谈判", "Negotiation")
    SIGNED = ("signed", "签定合同", "Contract signed")
    MAINTENANCE = ("maintenance", "跟踪维护", "In maintenance")


def status_from(
    furthest_open: Stage | None, won_recently: bool, won_before: bool, visited: bool
) -> SalesStatus | None:
    """An account's sales status from what its records show: a deal won in the
    period → 签定合同; an open opportunity at A (commercial negotiation) →
    商务谈判, at E..B (a proposal made) → 提交方案, at G/F → 初次拜访; a deal
    won before and nothing newer → 跟踪维护; only visits → 初次拜访; else None
    (not in the funnel)."""
    if won_recently:
        return SalesStatus.SIGNED
    if furthest_open is not None:
        if furthest_open.order >= Stage.A.order:
            return SalesStatus.NEGOTIATION
        if furthest_open.order >= Stage.E.order:
            return SalesStatus.PROPOSAL
        return SalesStatus.FIRST_VISIT
    if won_before:
        return SalesStatus.MAINTENANCE
    return SalesStatus.FIRST_VISIT if visited else None


@dataclass(frozen=True)
class StatusStep:
    status: SalesStatus
    accounts: int  # at this status now
    reached: int  # at this status or a later one
    conversion: Decimal | None  # reached here / reached at the step before, % to 0.1


def status_funnel(counts: dict[SalesStatus, int]) -> tuple[StatusStep, ...]:
    """The five steps with their counts, the running "reached at least" and the conversions."""
    order = list(SalesStatus)
    reached = []
    running = 0
    for status in reversed(order):
        running += counts.get(status, 0)
        reached.append(running)
    reached.reverse()
    return tuple(
        StatusStep(status, counts.get(status, 0), reached[i], _pct(reached[i], reached[i - 1]) if i else None)
        for i, status in enumerate(order)
    )
