"""The visit calendar and list: visits in a date range, a filtered sortable
list, and monthly new visits vs revisits against the plan (Target rows)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select

from kamdesk.domain.periods import PeriodKind, TargetMetric, period_bounds
from kamdesk.domain.visits import ObjectiveKind, VisitKind, VisitStatus
from kamdesk.services.visits import day_start, local_tz
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Rep, Target, Visit


@dataclass(frozen=True)
class VisitRow:
    uuid: str
    account_uuid: str
    account_name: str
    starts_at: datetime
    ends_at: datetime | None
    status: VisitStatus
    kind: VisitKind
    objective_kind: ObjectiveKind | None
    place: str | None
    final_objective: str | None


@dataclass(frozen=True)
class VisitQuery:
    start: date | None = None  # local dates, inclusive
    end: date | None = None
    statuses: tuple[VisitStatus, ...] = ()
    account_uuid: str | None = None
    search: str = ""
    sort: str = "starts_at"  # starts_at | account | status | kind | place
    descending: bool = False
    limit: int | None = None
    offset: int = 0
    #: only the visits of the laptop's own rep (and those with no rep); all
    #: when no rep is "me" (a manager's store). Last: callers build this positionally
    own_only: bool = False


_SORTS = {
    "starts_at": Visit.starts_at,
    "account": Account.sort_key,
    "status": Visit.status,
    "kind": Visit.kind,
    "place": Visit.place,
    "objective": Visit.objective_kind,
}


def _filtered(stmt: Select, q: VisitQuery, tz: tzinfo | None) -> Select:  # type: ignore[type-arg]
    stmt = stmt.join(Account, Account.id == Visit.account_id)
    if q.start is not None:
        stmt = stmt.where(Visit.starts_at >= day_start(q.start, tz))
    if q.end is not None:
        stmt = stmt.where(Visit.starts_at < day_start(q.end + timedelta(days=1), tz))
    if q.statuses:
        stmt = stmt.where(Visit.status.in_(list(q.statuses)))
    if q.account_uuid:
        stmt = stmt.where(Account.uuid == q.account_uuid)
    if q.own_only:
        me = select(Rep.id).where(Rep.is_me.is_(True)).scalar_subquery()
        # two terms SQLite answers from ix_visit_rep_starts each (an OR of
        # index lookups), instead of reading every rep's visits of the range
        stmt = stmt.where(or_(Visit.rep_id == me, Visit.rep_id.is_(None), me.is_(None)))
    text = q.search.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(
            or_(
                Account.name.like(like),
                Account.short_name.like(like),
                Account.initials.like(like.lower()),
                Visit.place.like(like),
                Visit.final_objective.like(like),
                Visit.outcome.like(like),
            )
        )
    return stmt


def list_visits(db: Database, q: VisitQuery = VisitQuery(), *, tz: tzinfo | None = None) -> list[VisitRow]:
    """Visits matching ``q``, sorted and paged in SQL."""
    stmt: Any = select(
        Visit.uuid,
        Account.uuid,
        Account.name,
        Visit.starts_at,
        Visit.ends_at,
        Visit.status,
        Visit.kind,
        Visit.objective_kind,
        Visit.place,
        Visit.final_objective,
    )
    stmt = _filtered(stmt, q, tz)
    column = _SORTS.get(q.sort, Visit.starts_at)
    stmt = stmt.order_by(column.desc() if q.descending else column.asc(), Visit.starts_at, Visit.id)
    if q.limit is not None:
        stmt = stmt.limit(q.limit).offset(q.offset)
    with db.reading() as s:
        return [VisitRow(*row) for row in s.execute(stmt)]


def count_visits(db: Database, q: VisitQuery = VisitQuery(), *, tz: tzinfo | None = None) -> int:
    stmt = _filtered(select(func.count(Visit.id)), q, tz)
    with db.reading() as s:
        return int(s.execute(stmt).scalar_one())


def visits_between(
    db: Database,
    start: date,
    end: date,
    *,
    include_cancelled: bool = False,
    tz: tzinfo | None = None,
    own_only: bool = False,
) -> list[VisitRow]:
    """Visits whose start falls on ``start``…``end`` (local dates), by time;
    ``own_only``: the laptop's own rep's (see VisitQuery.own_only)."""
    statuses = tuple(VisitStatus) if include_cancelled else (VisitStatus.PLANNED, VisitStatus.DONE)
    return list_visits(db, VisitQuery(start=start, end=end, statuses=statuses, own_only=own_only), tz=tz)


@dataclass(frozen=True)
class MonthCounts:
    """New visits and revisits in a month: done, still planned, and the plan
    (the ``normal`` target; None when no target was set)."""

    month_key: str
    new_done: int
    revisits_done: int
    new_planned: int
    revisits_planned: int
    new_target: int | None
    revisits_target: int | None


def month_counts(db: Database, month_key: str, *, tz: tzinfo | None = None) -> MonthCounts:
    first, last = period_bounds(PeriodKind.MONTH, month_key)
    lo, hi = day_start(first, tz), day_start(last + timedelta(days=1), tz)
    stmt = (
        select(Visit.kind, Visit.status, func.count(Visit.id))
        .where(Visit.starts_at >= lo, Visit.starts_at < hi, Visit.status != VisitStatus.CANCELLED)
        .group_by(Visit.kind, Visit.status)
    )
    targets = (
        select(Target.metric, func.sum(Target.normal))
        .where(
            Target.period_kind == PeriodKind.MONTH,
            Target.period_key == month_key,
            Target.metric.in_([TargetMetric.NEW_VISITS, TargetMetric.REVISITS]),
            Target.dimension.is_(None),
        )
        .group_by(Target.metric)
    )
    counts: dict[tuple[VisitKind, VisitStatus], int] = {}
    with db.reading() as s:
        for kind, status, n in s.execute(stmt):
            counts[(kind, status)] = int(n)
        plan: dict[TargetMetric, int | None] = {}
        for metric, total in s.execute(targets):
            plan[metric] = _to_int(total)
    return MonthCounts(
        month_key,
        counts.get((VisitKind.NEW, VisitStatus.DONE), 0),
        counts.get((VisitKind.REVISIT, VisitStatus.DONE), 0),
        counts.get((VisitKind.NEW, VisitStatus.PLANNED), 0),
        counts.get((VisitKind.REVISIT, VisitStatus.PLANNED), 0),
        plan.get(TargetMetric.NEW_VISITS),
        plan.get(TargetMetric.REVISITS),
    )


def _to_int(value: object) -> int | None:
    if value is None:
        return None
    # sum() keeps the Money type, so the total comes back as a Decimal
    return int(value) if isinstance(value, Decimal) else int(Decimal(str(value)))


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


__all__ = ["MonthCounts", "VisitQuery", "VisitRow", "local_tz"]
