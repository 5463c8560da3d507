"""The pipeline summary: stage totals and weighted pipeline of the open
opportunities, the funnel by furthest stage reached and the forecast by month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from kamdesk.domain.pipeline import FunnelRow, MonthForecast, StageTotal, funnel_from_counts
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.opportunities.pipeline_query import (
    _owner_clause,
    _raw_cents,
    _weighted_yuan,
    _win_pct_expr,
    _yuan,
)
from kamdesk.store.db import Database
from kamdesk.store.models import Opportunity


@dataclass(frozen=True)
class PipelineSummary:
    stages: tuple[StageTotal, ...]  # open opportunities per stage
    weighted_total: Decimal
    amount_total: Decimal
    open_count: int
    won_count: int
    lost_count: int
    funnel: tuple[FunnelRow, ...]
    forecast: tuple[MonthForecast, ...]
    undated_weighted: Decimal  # open pipeline with no expected close


def summary(db: Database, *, owner: str | None = None) -> PipelineSummary:
    """Stage totals and weighted pipeline of the open opportunities, the funnel
    of all of them (by furthest stage reached) and the forecast by month —
    grouped in SQL, so a team of a hundred thousand opportunities stays quick."""
    cents = _raw_cents(Opportunity.amount)
    weighted = cents * _win_pct_expr()
    with db.reading() as s:
        owner_clause = _owner_clause(s, owner)
        groups = s.execute(
            select(
                Opportunity.stage,
                Opportunity.status,
                func.count().label("n"),
                func.sum(cents).label("cents"),
                func.sum(weighted).label("weighted"),
            )
            .where(owner_clause)
            .group_by(Opportunity.stage, Opportunity.status)
        ).all()
        by_close = s.execute(
            select(
                Opportunity.expected_close,
                func.count().label("n"),
                func.sum(cents).label("cents"),
                func.sum(weighted).label("weighted"),
            )
            .where(owner_clause, Opportunity.status == OpportunityStatus.OPEN)
            .group_by(Opportunity.expected_close)
        ).all()
    open_totals = {g.stage: g for g in groups if g.status is OpportunityStatus.OPEN}
    stages = tuple(
        StageTotal(
            stage,
            int(open_totals[stage].n) if stage in open_totals else 0,
            _yuan(open_totals[stage].cents if stage in open_totals else 0),
            _weighted_yuan(open_totals[stage].weighted if stage in open_totals else 0),
        )
        for stage in Stage
    )
    reached: dict[Stage, int] = {}
    for g in groups:
        stage = Stage.S if g.status is OpportunityStatus.WON else g.stage
        reached[stage] = reached.get(stage, 0) + int(g.n)
    forecast, undated = _forecast_by_month(by_close)
    return PipelineSummary(
        stages=stages,
        weighted_total=sum((t.weighted for t in stages), Decimal("0.00")),
        amount_total=sum((t.amount for t in stages), Decimal("0.00")),
        open_count=sum(t.count for t in stages),
        won_count=sum(int(g.n) for g in groups if g.status is OpportunityStatus.WON),
        lost_count=sum(int(g.n) for g in groups if g.status is OpportunityStatus.LOST),
        funnel=tuple(funnel_from_counts(reached)),
        forecast=forecast,
        undated_weighted=undated,
    )


def _forecast_by_month(by_close: Sequence[Any]) -> tuple[tuple[MonthForecast, ...], Decimal]:
    """The open pipeline grouped by expected close date → by month, and the weighted part with no date."""
    months: dict[str, list[Any]] = {}
    undated = Decimal("0.00")
    for r in by_close:
        if r.expected_close is None:
            undated = _weighted_yuan(r.weighted)
            continue
        key = f"{r.expected_close.year}-{r.expected_close.month:02d}"
        bucket = months.setdefault(key, [0, 0, 0])
        bucket[0] += int(r.n)
        bucket[1] += int(r.cents or 0)
        bucket[2] += int(r.weighted or 0)
    forecast = tuple(
        MonthForecast(key, n, _yuan(c), _weighted_yuan(w)) for key, (n, c, w) in sorted(months.items())
    )
    return forecast, undated
