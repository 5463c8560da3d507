"""Each rep's effective calls (phone entries in the contact log) against the
calls a working day that the revenue target's decomposition asks for
(seed 004: ¥100,000 a quarter → 40 effective calls a working day), today and
over the month's working days gone. See :mod:`kamdesk.domain.activity`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.activity import ActivityCheck, check, month_of
from kamdesk.domain.periods import PeriodKind, TargetMetric, period_bounds, period_key
from kamdesk.domain.targets import Rules, decompose, default_month_weights
from kamdesk.domain.visits import ContactWay
from kamdesk.errors import ValidationError
from kamdesk.services.reporting.queries import list_reps, local_bounds, resolve_rep
from kamdesk.services.reporting.types import RepRef
from kamdesk.store.db import Database
from kamdesk.store.models import ContactLog, Target

#: The target whose decomposition sets the daily number: the shortest period
#: holding the day that has a revenue target (a month's own target wins).
TARGET_KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR)


def parse_day(day: date | str) -> date:
    """A day given as a date or ``YYYY-MM-DD``; ValidationError naming ``day`` otherwise."""
    if isinstance(day, date):
        return day
    try:
        return date.fromisoformat(str(day).strip())
    except ValueError:
        raise ValidationError({"day": f"no such day {day!r} (expected e.g. 2026-11-25)"}) from None


def _calls(session: Session, rep_id: int, first: date, last: date) -> int:
    lo, hi = local_bounds(first, last)
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


def check_for(session: Session, rep_id: int, day: date, rules: Rules | None = None) -> ActivityCheck | None:
    """The activity check of one rep on ``day``; None when no revenue target
    covers the day (nothing to check against)."""
    for kind in TARGET_KINDS:
        key = period_key(kind, day)
        row = session.execute(
            select(Target.minimum, Target.normal, Target.stretch).where(
                Target.rep_id == rep_id,
                Target.period_kind == kind,
                Target.period_key == key,
                Target.metric == TargetMetric.REVENUE,
                Target.dimension.is_(None),
            )
        ).first()
        if row is None:
            continue
        # the normal target (奖励提成的达标任务) is the one the daily number serves
        value: Decimal | None = next(
            (v for v in (row.normal, row.minimum, row.stretch) if v is not None), None
        )
        if value is None:
            continue
        decomposition = decompose(value, default_month_weights(kind), rules)
        month = month_of(decomposition, kind, key, day)
        month_first, _ = period_bounds(PeriodKind.MONTH, period_key(PeriodKind.MONTH, day))
        return check(
            month, key, day, _calls(session, rep_id, day, day), _calls(session, rep_id, month_first, day)
        )
    return None


def activity_check(db: Database, day: date | str, rep: str | None = None) -> ActivityCheck | None:
    """The rep's (default: the laptop's own) effective calls on ``day`` against the decomposition."""
    the_day = parse_day(day)
    with db.reading() as s:
        r = resolve_rep(s, rep)
        return check_for(s, r.id, the_day)


def team_activity(db: Database, day: date | str) -> list[tuple[RepRef, ActivityCheck | None]]:
    """Every rep's activity check on ``day``, by name."""
    the_day = parse_day(day)
    reps = list_reps(db)
    with db.reading() as s:
        return [(r, check_for(s, r.id, the_day)) for r in reps]
