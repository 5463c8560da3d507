"""The fields every period summary (weekly and monthly) shares: visits,
calls, stage moves, closed opportunities, pipeline at start and end,
collections, next period's plan and targets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.periods import (
    PeriodKind,
    ReportKind,
    TargetMetric,
    period_bounds,
    period_key,
    working_days,
)
from kamdesk.domain.reporting import pipeline_at, stage_at
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import ContactWay, VisitKind, VisitStatus
from kamdesk.services.reporting.opportunities import (
    _Opp,
    _opportunity_histories,
    _rep_opportunities,
    _stage_changes,
)
from kamdesk.services.reporting.queries import _annotations, _commitments, _period_text, _visits, local_bounds
from kamdesk.services.reporting.types import (
    ZERO,
    ClosedOpportunityRow,
    PaymentRow,
    PeriodRef,
    PlannedTarget,
    RepRef,
)
from kamdesk.store.models import Account, ContactLog, Opportunity, Payment, PlanPeriod, Target


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
    changes = _stage_changes(session, r.id, lo, hi)
    closed_rows = _closed(session, r.id, start, end)
    made, due = _commitments(session, r.id, start, end)
    opps = _rep_opportunities(session, r.id, lo, hi, with_open=kind is ReportKind.MONTHLY)
    histories = _opportunity_histories(opps, changes)
    # the period's end as it stood then; a period not over yet, as it stands now
    as_of = min(hi, clock.now())
    p_start, w_start = pipeline_at(histories, lo)
    p_end, w_end = pipeline_at(histories, as_of)
    # each opportunity of the period with the stage it stood at then (None: closed by then)
    then = [(o, stage_at(h, as_of)) for o, h in zip((o for o in opps if o.active), histories, strict=True)]
    payments, overdue = _payments(session, r.id, start, end)
    nlo, nhi = local_bounds(next_period.starts_on, next_period.ends_on)
    next_planned = _visits(session, r.id, nlo, nhi, status=VisitStatus.PLANNED)
    next_text, next_items = _period_text(session, r.id, next_period.kind, next_period.key)
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
        calls=_phone_calls(session, r.id, lo, hi),
        stage_moves=tuple(changes.moves),
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
        overdue_collections=overdue,
        next_planned=tuple(next_planned),
        next_period=next_period,
        annotations=tuple(_annotations(session, r.id, kind, period.key)),
        next_text=next_text,
        next_items=tuple(next_items),
        next_targets=_next_targets(session, r.id, next_period),
        collections_plan=_collections_plan(session, r.id, period),
    )
    return fields, then


def _phone_calls(session: Session, rep_id: int, lo: datetime, hi: datetime) -> int:
    return int(
        session.execute(
            select(func.count()).where(
                ContactLog.rep_id == rep_id,
                ContactLog.way == ContactWay.PHONE,
                ContactLog.at >= lo,
                ContactLog.at < hi,
            )
        ).scalar_one()
    )


def _closed(session: Session, rep_id: int, start: date, end: date) -> list[ClosedOpportunityRow]:
    """The rep's opportunities won or lost between ``start`` and ``end``."""
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
            Opportunity.owner_id == rep_id,
            Opportunity.status != OpportunityStatus.OPEN,
            Opportunity.closed_on >= start,
            Opportunity.closed_on <= end,
        )
        .order_by(Opportunity.closed_on)
    ).all()
    return [
        ClosedOpportunityRow(c.name, c.acc, c.status, c.amount or ZERO, c.closed_on, c.close_reason or "")
        for c in closed
    ]


def _payments(session: Session, rep_id: int, start: date, end: date) -> tuple[list[PaymentRow], Decimal]:
    """Payments the rep's accounts made in the period, and what was overdue by its end."""
    pays = session.execute(
        select(Account.name, Payment.paid_on, Payment.amount)
        .join(Account, Account.id == Payment.account_id)
        .where(Account.owner_id == rep_id, Payment.paid_on >= start, Payment.paid_on <= end)
        .order_by(Payment.paid_on)
    ).all()
    overdue = session.execute(
        select(func.sum(Payment.amount))
        .join(Account, Account.id == Payment.account_id)
        .where(Account.owner_id == rep_id, Payment.paid_on.is_(None), Payment.due_on <= end)
    ).scalar()
    return [PaymentRow(p.name, p.paid_on, p.amount) for p in pays], overdue if overdue is not None else ZERO


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
