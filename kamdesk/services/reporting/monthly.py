"""What the monthly summary adds to the period summary: visits per week, the
open pipeline by stage and nine-grid cell, the funnel, revenue and top
accounts, targets against actuals, and the longer plans holding the month."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.matrix import Lead, Territory, nine_grid
from kamdesk.domain.periods import PeriodKind, TargetMetric, period_key
from kamdesk.domain.reporting import funnel, level_reached, weighted
from kamdesk.domain.stages import Stage
from kamdesk.domain.visits import VisitStatus
from kamdesk.services.reporting.opportunities import _Opp
from kamdesk.services.reporting.summaries import _target_values
from kamdesk.services.reporting.types import (
    ZERO,
    LongerPlan,
    NineGridCellRow,
    PeriodRef,
    RepRef,
    StageRow,
    TargetRow,
    TopAccountRow,
    VisitRow,
    WeekVisits,
)
from kamdesk.store.models import Account, PlanPeriod, Purchase


def _monthly_extras(
    session: Session,
    r: RepRef,
    period: PeriodRef,
    base: dict,  # type: ignore[type-arg]
    then: list[tuple[_Opp, Stage | None]],
) -> dict:  # type: ignore[type-arg]
    start, end = period.starts_on, period.ends_on
    stage_rows, grid_rows = _open_pipeline(then)
    # funnel: opportunities active in the month, by the stage they reached
    # (closed by then: the stage it closed at, which is its stage now)
    active = [stage or o.stage for o, stage in then]
    revenue, top = _purchases(session, r.id, start, end)
    actuals: dict[TargetMetric, Decimal] = {
        TargetMetric.REVENUE: revenue,
        TargetMetric.DEALS: Decimal(len(base["won"])),
        TargetMetric.VISITS: Decimal(base["visits_done"]),
        TargetMetric.NEW_VISITS: Decimal(base["new_visits"]),
        TargetMetric.REVISITS: Decimal(base["revisits"]),
        TargetMetric.CALLS: Decimal(base["calls"]),
        TargetMetric.COLLECTIONS: base["collections"],
    }
    return dict(
        visits_per_week=_visits_per_week(base["visits"], start, end),
        pipeline_by_stage=stage_rows,
        funnel=tuple(funnel(active)) if active else (),
        targets=_targets_vs_actuals(session, r.id, period, actuals),
        top_accounts=top,
        revenue=revenue,
        nine_grid=grid_rows,
        longer_plans=_longer_plans(session, r.id, start),
    )


def _visits_per_week(visits: tuple[VisitRow, ...], start: date, end: date) -> tuple[WeekVisits, ...]:
    """Visits planned and done per ISO week touching the month."""
    weeks: dict[str, list[int]] = {}
    d = start
    while d <= end:
        weeks.setdefault(period_key(PeriodKind.WEEK, d), [0, 0])
        d += timedelta(days=1)
    for v in visits:
        w = weeks[period_key(PeriodKind.WEEK, v.on)]
        w[0] += 1
        if v.status is VisitStatus.DONE:
            w[1] += 1
    return tuple(WeekVisits(k, p, dn) for k, (p, dn) in weeks.items())


def _open_pipeline(
    then: list[tuple[_Opp, Stage | None]],
) -> tuple[tuple[StageRow, ...], tuple[NineGridCellRow, ...]]:
    """The open pipeline by stage and the nine-grid openings, as they stood at the period's end."""
    by_stage: dict[Stage, list[Decimal]] = {s: [Decimal(0), ZERO, ZERO] for s in Stage}
    grid: dict[str, list[Decimal]] = {}
    grid_cell = {(t.code, ld.code): nine_grid(t, ld).cell for t in Territory for ld in Lead}
    for o, stage in then:
        if stage is None:
            continue
        acc = by_stage[stage]
        acc[0] += 1
        acc[1] += o.amount or ZERO
        acc[2] += weighted(o.amount, stage, o.win_pct_override)
        if o.territory is not None and o.lead is not None:
            cell = grid_cell[(o.territory, o.lead)]
            g = grid.setdefault(cell, [Decimal(0), ZERO])
            g[0] += 1
            g[1] += o.amount or ZERO
    stage_rows = tuple(StageRow(s, int(v[0]), v[1], v[2]) for s, v in by_stage.items() if s is not Stage.S)
    grid_rows = []
    for t in Territory:
        for ld in Lead:
            cell = nine_grid(t, ld).cell
            g = grid.get(cell, [Decimal(0), ZERO])
            grid_rows.append(NineGridCellRow(cell, t, ld, int(g[0]), g[1]))
    return stage_rows, tuple(grid_rows)


def _purchases(
    session: Session, rep_id: int, start: date, end: date
) -> tuple[Decimal, tuple[TopAccountRow, ...]]:
    """Revenue and the top ten accounts from purchases (returns count negative)."""
    prow = session.execute(
        select(Account.name, Purchase.amount, Purchase.is_return)
        .join(Account, Account.id == Purchase.account_id)
        .where(Account.owner_id == rep_id, Purchase.ordered_on >= start, Purchase.ordered_on <= end)
    ).all()
    per_acc: dict[str, list] = {}  # type: ignore[type-arg]
    revenue = ZERO
    for p in prow:
        amt = -p.amount if p.is_return else p.amount
        revenue += amt
        a = per_acc.setdefault(p.name, [ZERO, 0])
        a[0] += amt
        a[1] += 1
    top = tuple(
        TopAccountRow(n, v[0], v[1])
        for n, v in sorted(per_acc.items(), key=lambda kv: (-kv[1][0], kv[0]))[:10]
    )
    return revenue, top


def _targets_vs_actuals(
    session: Session, rep_id: int, period: PeriodRef, actuals: dict[TargetMetric, Decimal]
) -> tuple[TargetRow, ...]:
    return tuple(
        TargetRow(
            t.metric,
            t.minimum,
            t.normal,
            t.stretch,
            actuals[t.metric],
            level_reached(actuals[t.metric], t.minimum, t.normal, t.stretch),
        )
        for t in _target_values(session, rep_id, PeriodKind.MONTH, period.key)
    )


def _longer_plans(session: Session, rep_id: int, start: date) -> tuple[LongerPlan, ...]:
    """The quarter, half and year plans holding the month."""
    longer = []
    for kind in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
        key = period_key(kind, start)
        txt = session.execute(
            select(PlanPeriod.plan_text).where(
                PlanPeriod.rep_id == rep_id, PlanPeriod.kind == kind, PlanPeriod.key == key
            )
        ).scalar()
        if txt:
            longer.append(LongerPlan(kind, key, txt))
    return tuple(longer)
