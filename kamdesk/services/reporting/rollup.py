"""The team rollup for a manager: per rep and in total — visits (new vs
revisits), pipeline and weighted pipeline, funnel, nine-grid openings,
targets vs actual — either straight from a database holding the whole team
(aggregated in SQL, GROUP BY rep) or from reps' submission files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, or_, select, type_coerce

from kamdesk import clock
from kamdesk.domain.matrix import nine_grid
from kamdesk.domain.periods import PeriodKind, ReportKind, TargetMetric
from kamdesk.domain.pipeline import FUNNEL_STEPS
from kamdesk.domain.reporting import weighted
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.services.reporting import MonthlyReport, local_bounds, parse_period
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

Progress = Callable[[str, int, int], None]
ZERO = Decimal("0.00")
CELLS = "ABCDEFGHI"


@dataclass
class RepRollup:
    """One rep's month in numbers (also the ``summary`` of a submission file)."""

    rep_uuid: str
    rep_name: str
    region: str = ""
    visits_planned: int = 0
    visits_done: int = 0
    new_visits: int = 0
    revisits: int = 0
    open_opportunities: int = 0
    pipeline: Decimal = ZERO
    weighted: Decimal = ZERO
    funnel: list[int] = field(default_factory=lambda: [0] * len(FUNNEL_STEPS))
    nine_grid: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CELLS, 0))
    won: int = 0
    won_amount: Decimal = ZERO
    revenue: Decimal = ZERO
    collections: Decimal = ZERO
    #: metric code → [minimum, normal, stretch] (None where not set)
    targets: dict[str, list[Decimal | None]] = field(default_factory=dict)
    actuals: dict[str, Decimal] = field(default_factory=dict)
    # the rep's own words for the month and the hand-in record: shown in the
    # team PDF, not part of the submission's summary (``to_dict``), which the
    # published schema fixes; a submission carries them in its plans
    plan_text: str = ""
    summary_text: str = ""
    key_problems: str = ""
    hard_problems: str = ""
    #: reports (on time, late, not handed in) whose deadline passed; None: not known
    handins: tuple[int, int, int] | None = None

    def add(self, other: RepRollup) -> None:
        """Add ``other``'s numbers into this one (for the team total)."""
        for name in ("visits_planned", "visits_done", "new_visits", "revisits", "open_opportunities", "won"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("pipeline", "weighted", "won_amount", "revenue", "collections"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.funnel = [a + b for a, b in zip(self.funnel, other.funnel, strict=True)]
        for cell, n in other.nine_grid.items():
            self.nine_grid[cell] = self.nine_grid.get(cell, 0) + n
        for metric, levels in other.targets.items():
            mine = self.targets.setdefault(metric, [None, None, None])
            for i, v in enumerate(levels):
                if v is not None:
                    mine[i] = (mine[i] or ZERO) + v
        for metric, v in other.actuals.items():
            self.actuals[metric] = self.actuals.get(metric, ZERO) + v
        if other.handins is not None:
            have = self.handins or (0, 0, 0)
            self.handins = (
                have[0] + other.handins[0],
                have[1] + other.handins[1],
                have[2] + other.handins[2],
            )

    def to_dict(self) -> dict[str, Any]:
        def money(v: Decimal | None) -> str | None:
            return None if v is None else str(v)

        return {
            "rep_uuid": self.rep_uuid,
            "rep_name": self.rep_name,
            "region": self.region,
            "visits_planned": self.visits_planned,
            "visits_done": self.visits_done,
            "new_visits": self.new_visits,
            "revisits": self.revisits,
            "open_opportunities": self.open_opportunities,
            "pipeline": money(self.pipeline),
            "weighted": money(self.weighted),
            "funnel": list(self.funnel),
            "nine_grid": dict(self.nine_grid),
            "won": self.won,
            "won_amount": money(self.won_amount),
            "revenue": money(self.revenue),
            "collections": money(self.collections),
            "targets": {k: [money(x) for x in v] for k, v in self.targets.items()},
            "actuals": {k: money(v) for k, v in self.actuals.items()},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RepRollup:
        def dec(v: Any) -> Decimal:
            return Decimal(str(v)) if v is not None else ZERO

        def opt(v: Any) -> Decimal | None:
            return Decimal(str(v)) if v is not None else None

        return cls(
            rep_uuid=str(d["rep_uuid"]),
            rep_name=str(d["rep_name"]),
            region=str(d.get("region") or ""),
            visits_planned=int(d["visits_planned"]),
            visits_done=int(d["visits_done"]),
            new_visits=int(d["new_visits"]),
            revisits=int(d["revisits"]),
            open_opportunities=int(d["open_opportunities"]),
            pipeline=dec(d["pipeline"]),
            weighted=dec(d["weighted"]),
            funnel=[int(x) for x in d["funnel"]],
            nine_grid={str(k): int(v) for k, v in d["nine_grid"].items()},
            won=int(d["won"]),
            won_amount=dec(d["won_amount"]),
            revenue=dec(d["revenue"]),
            collections=dec(d["collections"]),
            targets={str(k): [opt(x) for x in v] for k, v in d.get("targets", {}).items()},
            actuals={str(k): dec(v) for k, v in d.get("actuals", {}).items()},
        )


@dataclass
class TeamRollup:
    month: str
    reps: list[RepRollup]
    total: RepRollup
    sources: list[str] = field(default_factory=list)  # submission files, when consolidated

    @property
    def has_data(self) -> bool:
        t = self.total
        return bool(
            t.visits_planned or t.open_opportunities or t.won or t.revenue or t.collections or t.targets
        )


def team_total(month: str, reps: Iterable[RepRollup], sources: Iterable[str] = ()) -> TeamRollup:
    reps = sorted(reps, key=lambda r: r.rep_name)
    total = RepRollup("", "total")
    for r in reps:
        total.add(r)
    return TeamRollup(month, reps, total, list(sources))


def rep_rollup_from_monthly(report: MonthlyReport) -> RepRollup:
    """A rep's numbers from their monthly report data (what a submission carries)."""
    r = RepRollup(report.rep.uuid, report.rep.name, report.rep.region or "")
    r.visits_planned = report.visits_planned
    r.visits_done = report.visits_done
    r.new_visits = report.new_visits
    r.revisits = report.revisits
    r.open_opportunities = sum(s.count for s in report.pipeline_by_stage)
    r.pipeline = sum((s.amount for s in report.pipeline_by_stage), ZERO)
    r.weighted = sum((s.weighted for s in report.pipeline_by_stage), ZERO)
    if report.funnel:
        r.funnel = [f.reached for f in report.funnel]
    r.nine_grid = {c.cell: c.count for c in report.nine_grid}
    r.won = len(report.won)
    r.won_amount = report.won_amount
    r.revenue = report.revenue
    r.collections = report.collections
    r.targets = {t.metric.code: [t.minimum, t.normal, t.stretch] for t in report.targets}
    r.actuals = {t.metric.code: t.actual for t in report.targets}
    return r


# --- from a database holding a whole team -------------------------------------------


def _words_and_handins(db: Database, month: str, by_id: dict[int | None, RepRollup]) -> None:
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

    by_id: dict[int | None, RepRollup] = {}
    with db.reading() as s:
        step(0, "reps")
        for rep_id, ruuid, name, region in s.execute(select(Rep.id, Rep.uuid, Rep.name, Rep.region)).all():
            by_id[rep_id] = RepRollup(ruuid, name, region or "")

        step(1, "visits")
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

        step(2, "pipeline")
        # as the month's reports count it: what was open when the month ended
        # (a month not over yet: now), each at the stage it stood at then
        as_of = min(hi, clock.now())
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
            select(
                o.rid, o.stage, o.override, o.territory, o.lead, func.count(), func.sum(o.amount)
            ).group_by(o.rid, o.stage, o.override, o.territory, o.lead)
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

        step(3, "funnel")
        # opportunities active in the month, by the stage they reached
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

        step(4, "won and revenue")
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

        step(5, "collections")
        for rid, amount in s.execute(
            select(Account.owner_id, func.sum(Payment.amount))
            .join(Account, Account.id == Payment.account_id)
            .where(Payment.paid_on >= start, Payment.paid_on <= end)
            .group_by(Account.owner_id)
        ).all():
            if rid in by_id:
                by_id[rid].collections += amount or ZERO

        step(6, "targets")
        for rid, metric, mn, nm, top in s.execute(
            select(Target.rep_id, Target.metric, Target.minimum, Target.normal, Target.stretch).where(
                and_(
                    Target.period_kind == PeriodKind.MONTH,
                    Target.period_key == period.key,
                    Target.dimension.is_(None),
                    Target.rep_id.is_not(None),
                )
            )
        ).all():
            if rid in by_id:
                by_id[rid].targets[metric.code] = [mn, nm, top]
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
