"""Targets per period (month, quarter, half, year): minimum / normal / stretch,
their decomposition as in the seed's worked example, and progress measured
from the records (won opportunities and purchases, deals, visits, calls,
collections in the period)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, and_, func, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind, TargetMetric, period_bounds, period_key
from kamdesk.domain.stages import OpportunityStatus
from kamdesk.domain.targets import (
    MONTHS_IN,
    Decomposition,
    Progress,
    Rules,
    decompose,
    default_month_weights,
    levels_problem,
    progress,
)
from kamdesk.domain.visits import ContactWay, VisitKind, VisitStatus
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.me import my_rep_id
from kamdesk.services.opportunities import parse_amount
from kamdesk.store.db import Database
from kamdesk.store.models import Account, ContactLog, Opportunity, Payment, Purchase, Rep, Target, Visit

TARGET_PERIODS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR)


@dataclass(frozen=True)
class TargetRow:
    uuid: str
    rep_uuid: str | None  # None: a team target
    rep_name: str | None
    period_kind: PeriodKind
    period_key: str
    metric: TargetMetric
    minimum: Decimal | None
    normal: Decimal | None
    stretch: Decimal | None
    reward: str | None
    penalty: str | None


@dataclass(frozen=True)
class TargetProgress:
    target: TargetRow
    starts_on: date
    ends_on: date
    actual: Decimal
    progress: Progress
    elapsed: Decimal  # share of the period's days gone by on the ``today`` given


def _row(t: Target, rep: Rep | None) -> TargetRow:
    return TargetRow(
        t.uuid,
        rep.uuid if rep else None,
        rep.name if rep else None,
        t.period_kind,
        t.period_key,
        t.metric,
        t.minimum,
        t.normal,
        t.stretch,
        t.reward,
        t.penalty,
    )


def _rep(s: Session, uuid: str | None) -> Rep | None:
    if not uuid:
        return None
    if uuid == "me":
        me = my_rep_id(s)
        rep = s.get(Rep, me) if me is not None else None
    else:
        rep = s.scalar(select(Rep).where(Rep.uuid == uuid))
    if rep is None:
        raise ValidationError({"rep": "choose an existing rep"})
    return rep


def set_target(
    db: Database,
    *,
    period_kind: PeriodKind,
    period_key: str,
    metric: TargetMetric = TargetMetric.REVENUE,
    minimum: Any = None,
    normal: Any = None,
    stretch: Any = None,
    rep: str | None = "me",
    reward: str | None = None,
    penalty: str | None = None,
) -> Result[TargetRow]:
    """Set (create or replace) the target of ``rep`` (uuid, "me", or None for
    the team) for one metric in one period."""
    errors: dict[str, str] = {}
    if period_kind not in TARGET_PERIODS:
        errors["period_kind"] = "targets are set per month, quarter, half or year"
    else:
        try:
            period_bounds(period_kind, period_key)
        except ValueError as exc:
            errors["period_key"] = str(exc)
    values: dict[str, Decimal | None] = {}
    for name, raw in (("minimum", minimum), ("normal", normal), ("stretch", stretch)):
        try:
            values[name] = parse_amount(raw)
        except ValueError as exc:
            errors[name] = str(exc)
    if not errors:
        if all(v is None for v in values.values()):
            errors["normal"] = "set at least one of minimum, normal or stretch"
        else:
            errors.update(levels_problem(values["minimum"], values["normal"], values["stretch"]))
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        rep_obj = _rep(s, rep)
        rep_id = rep_obj.id if rep_obj else None
        target = s.scalar(
            select(Target).where(
                Target.rep_id.is_(None) if rep_id is None else Target.rep_id == rep_id,
                Target.period_kind == period_kind,
                Target.period_key == period_key,
                Target.metric == metric,
                Target.dimension.is_(None),
            )
        )
        if target is None:
            target = Target(rep_id=rep_id, period_kind=period_kind, period_key=period_key, metric=metric)
            s.add(target)
        target.minimum = values["minimum"]
        target.normal = values["normal"]
        target.stretch = values["stretch"]
        target.reward = (reward or "").strip() or None
        target.penalty = (penalty or "").strip() or None
        s.flush()
        row = _row(target, rep_obj)
    return Result(row, Changes.of("target", uuids=(row.uuid,)))


def delete_target(db: Database, uuid: str) -> Result[None]:
    with db.transaction() as s:
        target = s.scalar(select(Target).where(Target.uuid == uuid))
        if target is None:
            raise UserError(f"target not found: {uuid}")
        s.delete(target)
    return Result(None, Changes.of("target", uuids=(uuid,)))


def list_targets(
    db: Database, *, rep: str | None = None, period_kind: PeriodKind | None = None, key: str | None = None
) -> list[TargetRow]:
    with db.reading() as s:
        query = select(Target, Rep).outerjoin(Rep, Rep.id == Target.rep_id)
        if rep:
            rep_obj = _rep(s, rep)
            query = query.where(Target.rep_id == (rep_obj.id if rep_obj else None))
        if period_kind is not None:
            query = query.where(Target.period_kind == period_kind)
        if key:
            query = query.where(Target.period_key == key)
        rows = s.execute(query.order_by(Target.period_key.desc(), Target.period_kind, Target.metric)).all()
        return [_row(t, r) for t, r in rows]


def _day_range(first: date, last: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(first, time.min, tzinfo=UTC),
        datetime.combine(last + timedelta(days=1), time.min, tzinfo=UTC),
    )


def actual(db: Database, metric: TargetMetric, first: date, last: date, *, rep: str | None = None) -> Decimal:
    """What was achieved for ``metric`` from ``first`` to ``last`` (inclusive),
    for one rep (uuid or "me") or everyone (None).

    Revenue: purchases (net of returns) on the rep's accounts in the period,
    plus won opportunities closed in the period that no purchase records yet.
    Deals: won opportunities closed in the period. Visits: done visits (new
    visits / revisits by kind). Calls: phone contact-log entries.
    Collections: payments received.
    """
    with db.reading() as s:
        rep_obj = _rep(s, rep) if rep else None
        rep_id = rep_obj.id if rep_obj else None
        start, end = _day_range(first, last)
        if metric is TargetMetric.REVENUE:
            signed = func.sum(Purchase.amount)
            q = (
                select(Purchase.is_return, signed)
                .join(Account, Account.id == Purchase.account_id)
                .where(Purchase.ordered_on.between(first, last))
                .group_by(Purchase.is_return)
            )
            if rep_id is not None:
                q = q.where(Account.owner_id == rep_id)
            total = Decimal(0)
            for is_return, amount in s.execute(q).all():
                total += -(amount or 0) if is_return else (amount or 0)
            recorded = select(Purchase.opportunity_id).where(Purchase.opportunity_id.is_not(None))
            wq = select(func.sum(Opportunity.amount)).where(
                Opportunity.status == OpportunityStatus.WON,
                Opportunity.closed_on.between(first, last),
                Opportunity.id.not_in(recorded),
            )
            if rep_id is not None:
                wq = wq.where(Opportunity.owner_id == rep_id)
            total += s.scalar(wq) or Decimal(0)
            return total.quantize(Decimal("0.01"))
        if metric is TargetMetric.DEALS:
            dq = select(func.count()).where(
                Opportunity.status == OpportunityStatus.WON, Opportunity.closed_on.between(first, last)
            )
            if rep_id is not None:
                dq = dq.where(Opportunity.owner_id == rep_id)
            return Decimal(s.scalar(dq) or 0)
        if metric in (TargetMetric.VISITS, TargetMetric.NEW_VISITS, TargetMetric.REVISITS):
            conds = [Visit.status == VisitStatus.DONE, Visit.starts_at >= start, Visit.starts_at < end]
            if metric is TargetMetric.NEW_VISITS:
                conds.append(Visit.kind == VisitKind.NEW)
            elif metric is TargetMetric.REVISITS:
                conds.append(Visit.kind == VisitKind.REVISIT)
            if rep_id is not None:
                conds.append(Visit.rep_id == rep_id)
            return Decimal(s.scalar(select(func.count()).where(and_(*conds))) or 0)
        if metric is TargetMetric.CALLS:
            cq = select(func.count()).where(
                ContactLog.way == ContactWay.PHONE, ContactLog.at >= start, ContactLog.at < end
            )
            if rep_id is not None:
                cq = cq.where(ContactLog.rep_id == rep_id)
            return Decimal(s.scalar(cq) or 0)
        pq = (
            select(func.sum(Payment.amount))
            .join(Account, Account.id == Payment.account_id)
            .where(Payment.paid_on.between(first, last))
        )
        if rep_id is not None:
            pq = pq.where(Account.owner_id == rep_id)
        return (s.scalar(pq) or Decimal(0)).quantize(Decimal("0.01"))


def target_progress(db: Database, uuid: str, *, today: date | None = None) -> TargetProgress:
    """The target with what has been achieved so far in its period."""
    with db.reading() as s:
        found = s.execute(
            select(Target, Rep).outerjoin(Rep, Rep.id == Target.rep_id).where(Target.uuid == uuid)
        ).first()
        if found is None:
            raise UserError(f"target not found: {uuid}")
        row = _row(found[0], found[1])
    first, last = period_bounds(row.period_kind, row.period_key)
    achieved = actual(db, row.metric, first, last, rep=row.rep_uuid)
    today = today or clock.today()
    days = (last - first).days + 1
    gone = min(max((today - first).days + 1, 0), days)
    return TargetProgress(
        row,
        first,
        last,
        achieved,
        progress(achieved, row.minimum, row.normal, row.stretch),
        (Decimal(gone) / days).quantize(Decimal("0.0001")),
    )


@dataclass(frozen=True)
class TargetDecomposition:
    target: TargetRow
    months: tuple[str, ...]  # month keys of the period, in order
    levels: dict[str, Decomposition]  # "min" | "normal" | "stretch" → decomposition
    rules: Rules


def decompose_target(
    db: Database, uuid: str, *, rules: Rules | None = None, weights: tuple[Decimal, ...] | None = None
) -> TargetDecomposition:
    """Revenue target → months → deals → prospects → calls → calls a day, for
    each level that is set (the seed's 30/30/40 split for a quarter)."""
    rules = rules or Rules()
    problems = rules.problems()
    if problems:
        raise ValidationError(problems)
    with db.reading() as s:
        found = s.execute(
            select(Target, Rep).outerjoin(Rep, Rep.id == Target.rep_id).where(Target.uuid == uuid)
        ).first()
        if found is None:
            raise UserError(f"target not found: {uuid}")
        row = _row(found[0], found[1])
    if row.metric is not TargetMetric.REVENUE:
        raise UserError("only a revenue target is decomposed into deals, prospects and calls")
    weights = weights or default_month_weights(row.period_kind)
    if len(weights) != MONTHS_IN[row.period_kind]:
        raise ValidationError({"weights": f"give one weight per month ({MONTHS_IN[row.period_kind]})"})
    first, _last = period_bounds(row.period_kind, row.period_key)
    months = []
    y, m = first.year, first.month
    for _ in weights:
        months.append(period_key(PeriodKind.MONTH, date(y, m, 1)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    levels: dict[str, Decomposition] = {}
    for name, value in (("min", row.minimum), ("normal", row.normal), ("stretch", row.stretch)):
        if value is not None:
            try:
                levels[name] = decompose(value, weights, rules)
            except ValueError as exc:
                raise ValidationError({"weights": str(exc)}) from None
    return TargetDecomposition(row, tuple(months), levels, rules)


def average_won_deal(db: Database, *, rep: str | None = "me", today: date | None = None) -> Decimal | None:
    """The average amount of the deals won in the last 12 months ("按以往的经验
    每个客户成交平均…"), for the decomposition's average deal size; None when
    there is none."""
    today = today or clock.today()
    since = today - timedelta(days=365)
    with db.reading() as s:
        rep_obj = _rep(s, rep) if rep else None
        query = select(func.avg(func.coalesce(func.cast(Opportunity.amount, Integer), 0))).where(
            Opportunity.status == OpportunityStatus.WON,
            Opportunity.closed_on.between(since, today),
            Opportunity.amount.is_not(None),
        )
        if rep_obj is not None:
            query = query.where(Opportunity.owner_id == rep_obj.id)
        cents = s.scalar(query)
    if cents is None:
        return None
    return (Decimal(str(cents)) / 100).quantize(Decimal("1"))
