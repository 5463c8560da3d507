"""Pure rules behind the plans and summaries (DOMAIN.md §5) that the
pipeline and target modules do not already give.

Reused, not repeated: the funnel against the seed's 250 : 125 : 25 : 5 : 1
and the weighted pipeline come from :mod:`kamdesk.domain.pipeline` (issue 6);
target levels from :mod:`kamdesk.domain.targets`. Added here: the pipeline as
it stood at a past moment (from the stage history, for "pipeline change over
the week"), the reference counts scaled to a funnel's first step, and rates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.domain.periods import TargetLevel
from kamdesk.domain.pipeline import FUNNEL_STEPS, FunnelRow, effective_win_pct, funnel
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.targets import progress

__all__ = [
    "FUNNEL_STEPS",
    "FunnelRow",
    "OpportunityHistory",
    "expected_counts",
    "funnel",
    "funnel_from_stage_counts",
    "level_reached",
    "pipeline_at",
    "rate",
    "stage_at",
    "weighted",
]

CENT = Decimal("0.01")


def weighted(amount: Decimal | None, stage: Stage, override_pct: int | None = None) -> Decimal:
    """What one open opportunity counts for in the weighted pipeline (C → 50%):
    :attr:`PipelineItem.weighted`, without building one per opportunity."""
    pct = effective_win_pct(stage, override_pct)
    return ((amount or Decimal(0)) * pct / 100).quantize(CENT)


def funnel_from_stage_counts(per_stage: dict[Stage, int]) -> list[FunnelRow]:
    """:func:`~kamdesk.domain.pipeline.funnel` from counts per furthest stage
    (e.g. a SQL GROUP BY), without building one entry per opportunity."""
    reached: list[Stage] = []
    for stage, n in per_stage.items():
        reached.extend([stage] * n)
    return funnel(reached)


def expected_counts(first_step_count: int) -> list[Decimal]:
    """What the reference ratios expect at each step, scaled to our first step
    (100 calls → 100, 50, 10, 2, 0.4), to the cent."""
    top = FUNNEL_STEPS[0].reference
    return [
        (Decimal(first_step_count) * step.reference / top).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        for step in FUNNEL_STEPS
    ]


# --- the pipeline at a past moment ---------------------------------------------


@dataclass(frozen=True)
class OpportunityHistory:
    """What :func:`pipeline_at` needs of one opportunity."""

    amount: Decimal | None
    stage: Stage  # current
    status: OpportunityStatus
    opened_at: datetime
    closed_at: datetime | None  # None while open
    #: stage changes as (at, from_stage, to_stage), any order; those after the
    #: earliest moment asked about are enough
    changes: tuple[tuple[datetime, Stage | None, Stage], ...] = ()
    win_pct_override: int | None = None


def stage_at(opp: OpportunityHistory, at: datetime) -> Stage | None:
    """The stage the opportunity stood at ``at``; None if it was not open then.

    Read backwards from the current stage: the stage at ``at`` is where the
    first move after ``at`` started from, or the current stage when it has not
    moved since. So only the moves after ``at`` are needed (a month's moves,
    not the whole history)."""
    if opp.opened_at > at:
        return None
    if opp.closed_at is not None and opp.closed_at <= at:
        return None
    if not opp.changes:
        return opp.stage
    later = [c for c in opp.changes if c[0] > at]
    if not later:
        return opp.stage
    first = min(later, key=lambda c: c[0])
    return first[1] if first[1] is not None else first[2]


def pipeline_at(opps: Iterable[OpportunityHistory], at: datetime) -> tuple[Decimal, Decimal]:
    """(pipeline, weighted pipeline) of the opportunities open at ``at``, each
    weighted by the stage it stood at then."""
    total = Decimal("0.00")
    weighted_total = Decimal("0.00")
    for opp in opps:
        stage = stage_at(opp, at)
        if stage is None or opp.amount is None:
            continue
        total += opp.amount
        weighted_total += weighted(opp.amount, stage, opp.win_pct_override)
    return total, weighted_total


# --- targets and rates -------------------------------------------------------------


def level_reached(
    actual: Decimal, minimum: Decimal | None, normal: Decimal | None, stretch: Decimal | None
) -> TargetLevel | None:
    """The highest of minimum / normal / stretch that ``actual`` reached (None: below all)."""
    return progress(actual, minimum, normal, stretch).highest_reached


def rate(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """part/whole as a percentage with one decimal, None when whole is 0."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def conversions_text(rows: Sequence[FunnelRow]) -> list[str]:
    """'50.0%' per step (blank for the first), for tables."""
    return ["" if r.conversion is None else f"{r.conversion * 100:.1f}%" for r in rows]
