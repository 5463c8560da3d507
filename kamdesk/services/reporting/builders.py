"""The daily, weekly and monthly reports assembled from the shared queries
(see :mod:`kamdesk.services.reporting`)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.matrix import Lead, Territory, nine_grid
from kamdesk.domain.periods import PeriodKind, ReportKind, TargetMetric, period_bounds, period_key
from kamdesk.domain.reporting import funnel, level_reached, pipeline_at, stage_at, weighted
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import ContactWay, VisitKind, VisitStatus
from kamdesk.services.privacy import privacy_of
from kamdesk.services.reporting.activity import check_for
from kamdesk.services.reporting.funnels import sales_status_funnel
from kamdesk.services.reporting.opportunities import (
    _Opp,
    _opportunity_histories,
    _rep_opportunities,
    _stage_changes,
)
from kamdesk.services.reporting.queries import (
    _annotations,
    _commitments,
    _local,
    _period_text,
    _visits,
    local_bounds,
    parse_period,
    resolve_rep,
)
from kamdesk.services.reporting.types import (
    ZERO,
    ClosedOpportunityRow,
    ContactLogRow,
    DailyReport,
    LongerPlan,
    MonthlyReport,
    NineGridCellRow,
    PaymentRow,
    PeriodRef,
    PlannedTarget,
    RepRef,
    StageRow,
    TargetRow,
    TopAccountRow,
    VisitRow,
    WeeklyReport,
    WeekVisits,
)
from kamdesk.store.db import Database
from kamdesk.store.models import Account, ContactLog, Opportunity, Payment, PlanPeriod, Purchase, Target

# --- daily ---------------------------------------------------------------------------


def daily_report(
    db: Database, day: date | str, rep: str | None = None, *, include_private: bool = False
) -> DailyReport:
    """The daily work log: visits done with outcomes, contact log, commitments
    made and due, tomorrow's planned visits, and the rep's own text. A call
    with a private contact is logged without the person unless ``include_private``."""
    period = parse_period(ReportKind.DAILY, day.isoformat() if isinstance(day, date) else day)
    the_day = period.starts_on
    tomorrow = the_day + timedelta(days=1)
    if tomorrow.weekday() == 5:  # Friday's log looks to Monday
        tomorrow += timedelta(days=2)
    with db.reading() as s:
        r = resolve_rep(s, rep)
        privacy = privacy_of(s, include_private)
        text, items = _period_text(s, r.id, PeriodKind.DAY, period.key)
        lo, hi = local_bounds(the_day, the_day)
        done = _visits(s, r.id, lo, hi, status=VisitStatus.DONE)
        tlo, thi = local_bounds(tomorrow, tomorrow)
        planned = _visits(s, r.id, tlo, thi, status=VisitStatus.PLANNED)
        log_rows = s.execute(
            select(
                ContactLog.at,
                Account.name,
                ContactLog.way,
                ContactLog.contact_id,
                ContactLog.their_person,
                ContactLog.their_title,
                ContactLog.content,
                ContactLog.next_step,
            )
            .join(Account, Account.id == ContactLog.account_id)
            .where(ContactLog.rep_id == r.id, ContactLog.at >= lo, ContactLog.at < hi)
            .order_by(ContactLog.at)
        ).all()
        log = [
            ContactLogRow(
                _local(x.at),
                x.name,
                x.way,
                ""
                if privacy.hides(x.contact_id, x.their_person)
                else " ".join(p for p in (x.their_person, x.their_title) if p),
                x.content or "",
                x.next_step or "",
            )
            for x in log_rows
        ]
        made, due = _commitments(s, r.id, the_day, the_day)
        notes = _annotations(s, r.id, ReportKind.DAILY, period.key)
        activity = check_for(s, r.id, the_day)
    return DailyReport(
        r,
        period,
        text,
        tuple(items),
        tuple(done),
        tuple(log),
        tuple(made),
        tuple(due),
        tuple(planned),
        tomorrow,
        tuple(notes),
        activity,
    )


def _summary_fields(
    session: Session, r: RepRef, period: PeriodRef, next_period: PeriodRef, kind: ReportKind
) -> tuple[dict, list[tuple[_Opp, Stage | None]]]:  # type: ignore[type-arg]
    """The fields every period summary has, and the opportunities of the
    period with the stage each stood at when it ended (None: closed by then;
    a period not over yet: now). The monthly extras reuse them."""
    start, end = period.starts_on, period.ends_on
    lo, hi = local_bounds(start, end)
    text, items = _period_text(session, r.id, period.kind, period.key)
    visits = _visits(session, r.id, lo, hi)
    done = [v for v in visits if v.status is VisitStatus.DONE]
    calls = session.execute(
        select(func.count()).where(
            ContactLog.rep_id == r.id,
            ContactLog.way == ContactWay.PHONE,
            ContactLog.at >= lo,
            ContactLog.at < hi,
        )
    ).scalar_one()
    changes = _stage_changes(session, r.id, lo, hi)
    moves = changes.moves
    closed = session.execute(
        select(
            Opportunity.name,
            Account.name.label("acc"),
            Opportunity.status,
            Opportunity.amount,
            Opportunity.closed_on,
            Opportunity.close_reason,
        )
        .join(Account, Account.id == Opportunity.account_id)
        .where(
            Opportunity.owner_id == r.id,
            Opportunity.status != OpportunityStatus.OPEN,
            Opportunity.closed_on >= start,
            Opportunity.closed_on <= end,
        )
        .order_by(Opportunity.closed_on)
    ).all()
    closed_rows = [
        ClosedOpportunityRow(c.name, c.acc, c.status, c.amount or ZERO, c.closed_on, c.close_reason or "")
        for c in closed
    ]
    made, due = _commitments(session, r.id, start, end)
    opps = _rep_opportunities(session, r.id, lo, hi, with_open=kind is ReportKind.MONTHLY)
    histories = _opportunity_histories(opps, changes)
    # the period's end as it stood then; a period not over yet, as it stands now
    as_of = min(hi, clock.now())
    p_start, w_start = pipeline_at(histories, lo)
    p_end, w_end = pipeline_at(histories, as_of)
    # each opportunity of the period with the stage it stood at then (None: closed by then)
    then = [(o, stage_at(h, as_of)) for o, h in zip((o for o in opps if o.active), histories, strict=True)]
    pays = session.execute(
        select(Account.name, Payment.paid_on, Payment.amount)
        .join(Account, Account.id == Payment.account_id)
        .where(Account.owner_id == r.id, Payment.paid_on >= start, Payment.paid_on <= end)
        .order_by(Payment.paid_on)
    ).all()
    payments = [PaymentRow(p.name, p.paid_on, p.amount) for p in pays]
    overdue = session.execute(
        select(func.sum(Payment.amount))
        .join(Account, Account.id == Payment.account_id)
        .where(Account.owner_id == r.id, Payment.paid_on.is_(None), Payment.due_on <= end)
    ).scalar()
    nlo, nhi = local_bounds(next_period.starts_on, next_period.ends_on)
    next_planned = _visits(session, r.id, nlo, nhi, status=VisitStatus.PLANNED)
    next_text, next_items = _period_text(session, r.id, next_period.kind, next_period.key)
    from kamdesk.domain.periods import working_days

    fields = dict(
        rep=r,
        period=period,
        text=text,
        items=tuple(items),
        visits=tuple(visits),
        visits_planned=len(visits),
        visits_done=len(done),
        visits_cancelled=sum(1 for v in visits if v.status is VisitStatus.CANCELLED),
        new_visits=sum(1 for v in done if v.kind is VisitKind.NEW),
        revisits=sum(1 for v in done if v.kind is VisitKind.REVISIT),
        working_days=working_days(start, end),
        calls=int(calls),
        stage_moves=tuple(moves),
        won=tuple(c for c in closed_rows if c.status is OpportunityStatus.WON),
        lost=tuple(c for c in closed_rows if c.status is OpportunityStatus.LOST),
        commitments_made=tuple(made),
        commitments_due=tuple(due),
        pipeline_start=p_start,
        pipeline_end=p_end,
        weighted_start=w_start,
        weighted_end=w_end,
        payments=tuple(payments),
        collections=sum((p.amount for p in payments), ZERO),
        overdue_collections=overdue if overdue is not None else ZERO,
        next_planned=tuple(next_planned),
        next_period=next_period,
        annotations=tuple(_annotations(session, r.id, kind, period.key)),
        next_text=next_text,
        next_items=tuple(next_items),
        next_targets=_next_targets(session, r.id, next_period),
        collections_plan=_collections_plan(session, r.id, period),
    )
    return fields, then


def _target_values(session: Session, rep_id: int, kind: PeriodKind, key: str) -> list[Any]:
    return list(
        session.execute(
            select(
                Target.period_kind,
                Target.period_key,
                Target.metric,
                Target.minimum,
                Target.normal,
                Target.stretch,
            )
            .where(
                Target.rep_id == rep_id,
                Target.period_kind == kind,
                Target.period_key == key,
                Target.dimension.is_(None),
            )
            .order_by(Target.id)
        ).all()
    )


def _next_targets(session: Session, rep_id: int, nxt: PeriodRef) -> tuple[PlannedTarget, ...]:
    """The targets the next period works to: its month's (a week: the month it
    starts in), and a quarter's, half's or year's that starts with it."""
    start = nxt.starts_on
    wanted = [(PeriodKind.MONTH, period_key(PeriodKind.MONTH, start))]
    for kind in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
        key = period_key(kind, start)
        if period_bounds(kind, key)[0] == start:
            wanted.append((kind, key))
    rows = [row for kind, key in wanted for row in _target_values(session, rep_id, kind, key)]
    return tuple(PlannedTarget(*row) for row in rows)


def _collections_plan(session: Session, rep_id: int, period: PeriodRef) -> Decimal | None:
    """The period's planned collections: the figure on its plan, else its own
    collections target (normal, else minimum)."""
    own = session.execute(
        select(PlanPeriod.collections).where(
            PlanPeriod.rep_id == rep_id, PlanPeriod.kind == period.kind, PlanPeriod.key == period.key
        )
    ).scalar()
    if own is not None:
        return Decimal(own)
    for row in _target_values(session, rep_id, period.kind, period.key):
        if row.metric is TargetMetric.COLLECTIONS:
            value = row.normal if row.normal is not None else row.minimum
            if value is not None:
                return Decimal(value)
    return None


def weekly_report(db: Database, week: str, rep: str | None = None) -> WeeklyReport:
    """The weekly plan and summary for ISO week ``week`` (e.g. 2026-W48)."""
    period = parse_period(ReportKind.WEEKLY, week)
    nstart = period.ends_on + timedelta(days=1)
    nxt = PeriodRef(PeriodKind.WEEK, period_key(PeriodKind.WEEK, nstart), nstart, nstart + timedelta(days=6))
    with db.reading() as s:
        r = resolve_rep(s, rep)
        base, _open = _summary_fields(s, r, period, nxt, ReportKind.WEEKLY)
        return WeeklyReport(**base)


def monthly_report(db: Database, month: str, rep: str | None = None) -> MonthlyReport:
    """The monthly plan and summary for ``month`` (e.g. 2026-11)."""
    period = parse_period(ReportKind.MONTHLY, month)
    nstart = period.ends_on + timedelta(days=1)
    nkey = period_key(PeriodKind.MONTH, nstart)
    nb = period_bounds(PeriodKind.MONTH, nkey)
    nxt = PeriodRef(PeriodKind.MONTH, nkey, nb[0], nb[1])
    with db.reading() as s:
        r = resolve_rep(s, rep)
        base, then = _summary_fields(s, r, period, nxt, ReportKind.MONTHLY)
        extra = _monthly_extras(s, r, period, base, then)
    extra["status_funnel"] = sales_status_funnel(db, period.key, r.uuid)
    return MonthlyReport(**base, **extra)


def _monthly_extras(
    session: Session,
    r: RepRef,
    period: PeriodRef,
    base: dict,  # type: ignore[type-arg]
    then: list[tuple[_Opp, Stage | None]],
) -> dict:  # type: ignore[type-arg]
    start, end = period.starts_on, period.ends_on
    visits: tuple[VisitRow, ...] = base["visits"]
    # visits per ISO week touching the month
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
    per_week = tuple(WeekVisits(k, p, dn) for k, (p, dn) in weeks.items())

    # the open pipeline by stage and the nine-grid openings, as they stood at the period's end
    open_rows = [(o, stage) for o, stage in then if stage is not None]
    by_stage: dict[Stage, list[Decimal]] = {s: [Decimal(0), ZERO, ZERO] for s in Stage}
    grid: dict[str, list[Decimal]] = {}
    grid_cell = {(t.code, ld.code): nine_grid(t, ld).cell for t in Territory for ld in Lead}
    for o, stage in open_rows:
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

    # funnel: opportunities active in the month, by the stage they reached
    # (closed by then: the stage it closed at, which is its stage now)
    active = [stage or o.stage for o, stage in then]
    funnel_rows = tuple(funnel(active)) if active else ()

    # revenue and top accounts from purchases (returns count negative)
    prow = session.execute(
        select(Account.name, Purchase.amount, Purchase.is_return)
        .join(Account, Account.id == Purchase.account_id)
        .where(Account.owner_id == r.id, Purchase.ordered_on >= start, Purchase.ordered_on <= end)
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

    # targets vs actual
    actuals: dict[TargetMetric, Decimal] = {
        TargetMetric.REVENUE: revenue,
        TargetMetric.DEALS: Decimal(len(base["won"])),
        TargetMetric.VISITS: Decimal(base["visits_done"]),
        TargetMetric.NEW_VISITS: Decimal(base["new_visits"]),
        TargetMetric.REVISITS: Decimal(base["revisits"]),
        TargetMetric.CALLS: Decimal(base["calls"]),
        TargetMetric.COLLECTIONS: base["collections"],
    }
    trows = session.execute(
        select(Target.metric, Target.minimum, Target.normal, Target.stretch)
        .where(
            Target.rep_id == r.id,
            Target.period_kind == PeriodKind.MONTH,
            Target.period_key == period.key,
            Target.dimension.is_(None),
        )
        .order_by(Target.id)
    ).all()
    targets = tuple(
        TargetRow(
            t.metric,
            t.minimum,
            t.normal,
            t.stretch,
            actuals[t.metric],
            level_reached(actuals[t.metric], t.minimum, t.normal, t.stretch),
        )
        for t in trows
    )

    # quarter / half / year plans holding this month
    longer = []
    for kind in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
        key = period_key(kind, start)
        txt = session.execute(
            select(PlanPeriod.plan_text).where(
                PlanPeriod.rep_id == r.id, PlanPeriod.kind == kind, PlanPeriod.key == key
            )
        ).scalar()
        if txt:
            longer.append(LongerPlan(kind, key, txt))
    return dict(
        visits_per_week=per_week,
        pipeline_by_stage=stage_rows,
        funnel=funnel_rows,
        targets=targets,
        top_accounts=top,
        revenue=revenue,
        nine_grid=tuple(grid_rows),
        longer_plans=tuple(longer),
    )


def report_data(
    db: Database, kind: ReportKind, key: str, rep: str | None = None, *, include_private: bool = False
) -> DailyReport | WeeklyReport | MonthlyReport:
    """A report's data; ``include_private``: with private contacts' names (the
    screen on the rep's laptop, or a file the rep chose to include them in)."""
    if kind is ReportKind.DAILY:
        return daily_report(db, key, rep, include_private=include_private)
    if kind is ReportKind.WEEKLY:
        return weekly_report(db, key, rep)
    return monthly_report(db, key, rep)
