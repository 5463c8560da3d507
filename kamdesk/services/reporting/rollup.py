"""The team rollup for a manager: per rep and in total — visits (new vs
revisits), pipeline and weighted pipeline, funnel, nine-grid openings,
targets vs actual — either straight from a database holding the whole team
(aggregated in SQL, GROUP BY rep; here) or from reps' submission files. The
numbers themselves are in :mod:`.rollup_types`, importable from here.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.matrix import nine_grid
from kamdesk.domain.periods import PeriodKind, ReportKind, TargetMetric
from kamdesk.domain.pipeline import FUNNEL_STEPS
from kamdesk.domain.reporting import weighted
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.services.reporting import local_bounds, parse_period
from kamdesk.services.reporting.rollup_types import (
    CELLS,
    ZERO,
    Progress,
    RepRollup,
    TeamRollup,
    rep_rollup_from_monthly,
    team_total,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Opportunity,
    Payment,
    PlanPeriod,
    Purchase,
    Rep,
    StageChange,
    Target,
    Visit,
)

__all__ = [
    "CELLS",
    "ZERO",
    "Progress",
    "RepRollup",
    "TeamRollup",
    "rep_rollup_from_monthly",
    "team_rollup",
    "team_total",
]

ByRep = dict[int | None, RepRollup]


def _words_and_handins(db: Database, month: str, by_id: ByRep) -> None:
    """Each rep's plan, summary, key and hard problems for the month, and
    their reports on time / late / not handed in."""
    from kamdesk.services.submissions.handins import team_on_time

    with db.reading() as s:
        for rid, plan, summary, key_p, hard_p in s.execute(
            select(
                PlanPeriod.rep_id,
                PlanPeriod.plan_text,
                PlanPeriod.summary_text,
                PlanPeriod.key_problems,
                PlanPeriod.hard_problems,
            ).where(PlanPeriod.kind == PeriodKind.MONTH, PlanPeriod.key == month)
        ).all():
            r = by_id.get(rid)
            if r is not None:
                r.plan_text, r.summary_text = plan or "", summary or ""
                r.key_problems, r.hard_problems = key_p or "", hard_p or ""
    by_uuid = {r.rep_uuid: r for r in by_id.values()}
    for record in team_on_time(db, month):
        r = by_uuid.get(record.rep.uuid)
        if r is not None:
            r.handins = (record.on_time, record.late, record.missing)


def _existed_by(moment: datetime) -> ColumnElement[bool]:
    """Recorded by then, or started by then (a copy received later was recorded after the fact)."""
    return or_(Opportunity.created_at < moment, Opportunity.started_on < clock.local_date(moment))


def _stage_then(moment: datetime) -> ColumnElement[Stage]:
    """The stage an opportunity stood at ``moment``: where its first move after
    that started from, else the stage it has now (domain.reporting.stage_at, in SQL)."""
    first_move = (
        select(func.coalesce(StageChange.from_stage, StageChange.to_stage))
        .where(StageChange.opportunity_id == Opportunity.id, StageChange.at > moment)
        .order_by(StageChange.at, StageChange.id)
        .limit(1)
        .scalar_subquery()
    )
    return type_coerce(
        func.coalesce(first_move, type_coerce(Opportunity.stage, String())), Opportunity.stage.type
    )


def team_rollup(db: Database, month: str, *, progress: Progress | None = None) -> TeamRollup:
    """The rollup for ``month`` of every rep in ``db``, aggregated in SQL."""
    period = parse_period(ReportKind.MONTHLY, month)
    start, end = period.starts_on, period.ends_on
    lo, hi = local_bounds(start, end)
    steps = 7

    def step(i: int, text: str) -> None:
        if progress is not None:
            progress(text, i, steps)

    by_id: ByRep = {}
    with db.reading() as s:
        step(0, "reps")
        for rep_id, ruuid, name, region in s.execute(select(Rep.id, Rep.uuid, Rep.name, Rep.region)).all():
            by_id[rep_id] = RepRollup(ruuid, name, region or "")
        step(1, "visits")
        _add_visits(s, by_id, lo, hi)
        step(2, "pipeline")
        # as the month's reports count it: what was open when the month ended
        # (a month not over yet: now), each at the stage it stood at then
        as_of = min(hi, clock.now())
        _add_open_pipeline(s, by_id, as_of)
        step(3, "funnel")
        _add_funnel(s, by_id, as_of, hi, start)
        step(4, "won and revenue")
        _add_won_and_revenue(s, by_id, start, end)
        step(5, "collections")
        _add_collections(s, by_id, start, end)
        step(6, "targets")
        _add_targets(s, by_id, period.key)
    for r in by_id.values():
        r.actuals = {
            TargetMetric.REVENUE.code: r.revenue,
            TargetMetric.DEALS.code: Decimal(r.won),
            TargetMetric.VISITS.code: Decimal(r.visits_done),
            TargetMetric.NEW_VISITS.code: Decimal(r.new_visits),
            TargetMetric.REVISITS.code: Decimal(r.revisits),
            TargetMetric.COLLECTIONS.code: r.collections,
        }
    _words_and_handins(db, period.key, by_id)
    step(steps, "done")
    active = [
        r
        for r in by_id.values()
        if r.visits_planned or r.open_opportunities or r.won or r.revenue or r.collections or r.targets
    ]
    return team_total(period.key, active)


def _add_visits(s: Session, by_id: ByRep, lo: datetime, hi: datetime) -> None:
    for rid, kind, status, n in s.execute(
        select(Visit.rep_id, Visit.kind, Visit.status, func.count())
        .where(Visit.starts_at >= lo, Visit.starts_at < hi, Visit.rep_id.is_not(None))
        .group_by(Visit.rep_id, Visit.kind, Visit.status)
    ).all():
        r = by_id.get(rid)
        if r is None:
            continue
        r.visits_planned += n
        if status is VisitStatus.DONE:
            r.visits_done += n
            if kind is VisitKind.NEW:
                r.new_visits += n
            else:
                r.revisits += n


def _add_open_pipeline(s: Session, by_id: ByRep, as_of: datetime) -> None:
    """Open count, pipeline, weighted pipeline and nine-grid cells of what was open at ``as_of``."""
    # grouped over a subquery: PostgreSQL (the team server) does not group by a correlated subquery
    open_then = (
        select(
            Opportunity.owner_id.label("rid"),
            _stage_then(as_of).label("stage"),
            Opportunity.win_pct_override.label("override"),
            Opportunity.territory.label("territory"),
            Opportunity.lead.label("lead"),
            Opportunity.amount.label("amount"),
        )
        .where(
            Opportunity.owner_id.is_not(None),
            _existed_by(as_of),
            (Opportunity.status == OpportunityStatus.OPEN)
            | (Opportunity.closed_on > clock.local_date(as_of)),
        )
        .subquery()
    )
    o = open_then.c
    for rid, stage, override, territory, lead, n, amount in s.execute(
        select(o.rid, o.stage, o.override, o.territory, o.lead, func.count(), func.sum(o.amount)).group_by(
            o.rid, o.stage, o.override, o.territory, o.lead
        )
    ).all():
        r = by_id.get(rid)
        if r is None:
            continue
        amount = amount or ZERO
        r.open_opportunities += n
        r.pipeline += amount
        r.weighted += weighted(amount, stage, override)
        if territory is not None and lead is not None:
            cell = nine_grid(territory, lead).cell
            r.nine_grid[cell] += n


def _add_funnel(s: Session, by_id: ByRep, as_of: datetime, hi: datetime, start: date) -> None:
    """Opportunities active in the month, by the stage they reached."""
    active_then = (
        select(Opportunity.owner_id.label("rid"), _stage_then(as_of).label("stage"))
        .where(
            Opportunity.owner_id.is_not(None),
            _existed_by(hi),
            (Opportunity.status == OpportunityStatus.OPEN)
            | Opportunity.closed_on.is_(None)
            | (Opportunity.closed_on >= start),
        )
        .subquery()
    )
    for rid, stage, n in s.execute(
        select(active_then.c.rid, active_then.c.stage, func.count()).group_by(
            active_then.c.rid, active_then.c.stage
        )
    ).all():
        r = by_id.get(rid)
        if r is None:
            continue
        for i, fstep in enumerate(FUNNEL_STEPS):
            if stage.order >= fstep.stage.order:
                r.funnel[i] += n


def _add_won_and_revenue(s: Session, by_id: ByRep, start: date, end: date) -> None:
    for rid, n, amount in s.execute(
        select(Opportunity.owner_id, func.count(), func.sum(Opportunity.amount))
        .where(
            Opportunity.status == OpportunityStatus.WON,
            Opportunity.closed_on >= start,
            Opportunity.closed_on <= end,
        )
        .group_by(Opportunity.owner_id)
    ).all():
        if rid in by_id:
            by_id[rid].won += n
            by_id[rid].won_amount += amount or ZERO
    for rid, is_return, amount in s.execute(
        select(Account.owner_id, Purchase.is_return, func.sum(Purchase.amount))
        .join(Account, Account.id == Purchase.account_id)
        .where(Purchase.ordered_on >= start, Purchase.ordered_on <= end)
        .group_by(Account.owner_id, Purchase.is_return)
    ).all():
        if rid in by_id:
            by_id[rid].revenue += -(amount or ZERO) if is_return else (amount or ZERO)


def _add_collections(s: Session, by_id: ByRep, start: date, end: date) -> None:
    for rid, amount in s.execute(
        select(Account.owner_id, func.sum(Payment.amount))
        .join(Account, Account.id == Payment.account_id)
        .where(Payment.paid_on >= start, Payment.paid_on <= end)
        .group_by(Account.owner_id)
    ).all():
        if rid in by_id:
            by_id[rid].collections += amount or ZERO


def _add_targets(s: Session, by_id: ByRep, month: str) -> None:
    for rid, metric, mn, nm, top in s.execute(
        select(Target.rep_id, Target.metric, Target.minimum, Target.normal, Target.stretch).where(
            and_(
                Target.period_kind == PeriodKind.MONTH,
                Target.period_key == month,
                Target.dimension.is_(None),
                Target.rep_id.is_not(None),
            )
        )
    ).all():
        if rid in by_id:
            by_id[rid].targets[metric.code] = [mn, nm, top]
