"""The rep's opportunities and their stage changes, read once for the weekly
and monthly summaries (see :mod:`kamdesk.services.reporting`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.reporting import OpportunityHistory
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.reporting.queries import _STAGES, _STATUSES, _cents, _day, _raw, _rows, _utc, _yuan
from kamdesk.services.reporting.types import StageMoveRow
from kamdesk.store.models import Account, Opportunity, StageChange

# --- weekly and monthly -------------------------------------------------------------------


@dataclass(frozen=True)
class _Opp:
    """One of the rep's opportunities, as the summaries need it."""

    id: int
    amount: Decimal | None
    stage: Stage
    status: OpportunityStatus
    opened_at: datetime
    closed_at: datetime | None
    active: bool  # could have been open at some moment of the period
    win_pct_override: int | None
    territory: str | None
    lead: str | None


def _rep_opportunities(
    session: Session, rep_id: int, lo: datetime, hi: datetime, *, with_open: bool = False
) -> list[_Opp]:
    """The rep's opportunities that could have been open at some moment in
    [lo, hi] (``active``), and with ``with_open`` also every one open now."""
    start = lo.date()
    # it existed by ``hi`` if recorded by then, or started by then (a copy
    # received later, e.g. the manager's, was recorded after the fact)
    existed = or_(Opportunity.created_at < hi, Opportunity.started_on < clock.local_date(hi))
    active = existed & or_(
        Opportunity.status == OpportunityStatus.OPEN,
        Opportunity.closed_on.is_(None),
        Opportunity.closed_on >= start,
    )
    rows = _rows(
        session,
        select(
            Opportunity.id,
            _cents(Opportunity.amount),
            _raw(Opportunity.stage),
            _raw(Opportunity.status),
            _raw(Opportunity.started_on),
            _raw(Opportunity.created_at),
            _raw(Opportunity.closed_on),
            _raw(Opportunity.updated_at),
            Opportunity.win_pct_override,
            _raw(Opportunity.territory),
            _raw(Opportunity.lead),
        ).where(
            Opportunity.owner_id == rep_id,
            or_(Opportunity.status == OpportunityStatus.OPEN, active) if with_open else active,
        ),
    )
    stages, statuses = _STAGES, _STATUSES
    midnight: dict[Any, datetime] = {}  # local midnight of a stored day, computed once per day

    def at_midnight(day: Any) -> datetime:
        m = midnight.get(day)
        if m is None:
            m = midnight[day] = clock.localize(datetime.combine(_day(day), time.min))  # type: ignore[arg-type]
        return m

    out = []
    for oid, cents, stage, status, started_on, created, closed_on, updated, override, terr, lead in rows:
        created_at: datetime = _utc(created)  # type: ignore[assignment]
        opened = created_at
        if started_on is not None:
            opened = min(opened, at_midnight(started_on))
        st = statuses[status]
        closed_at: datetime | None = None
        if st is not OpportunityStatus.OPEN:
            closed_at = at_midnight(closed_on) if closed_on is not None else _utc(updated)
        is_active = opened < hi and (
            st is OpportunityStatus.OPEN or closed_on is None or _day(closed_on) >= start  # type: ignore[operator]
        )
        out.append(
            _Opp(oid, _yuan(cents), stages[stage], st, opened, closed_at, is_active, override, terr, lead)
        )
    return out


@dataclass(frozen=True)
class _StageChanges:
    moves: list[StageMoveRow]  # in [lo, hi), by time
    by_opportunity: dict[int, list[tuple[datetime, Stage | None, Stage]]]  # every change from lo on


def _stage_changes(session: Session, rep_id: int, lo: datetime, hi: datetime) -> _StageChanges:
    """The stage changes of the rep's opportunities from ``lo`` on, in one pass:
    the period's moves for the lists, the later ones for the pipeline at a past moment."""
    rows = _rows(
        session,
        select(
            StageChange.opportunity_id,
            _raw(StageChange.at),
            _raw(StageChange.from_stage),
            _raw(StageChange.to_stage),
            Opportunity.name,
            Account.name,
        )
        .join(Opportunity, Opportunity.id == StageChange.opportunity_id)
        .join(Account, Account.id == Opportunity.account_id)
        .where(Opportunity.owner_id == rep_id, StageChange.at >= lo)
        .order_by(StageChange.at, StageChange.id),
    )
    stages = _STAGES
    moves: list[StageMoveRow] = []
    changes: dict[int, list[tuple[datetime, Stage | None, Stage]]] = defaultdict(list)
    for oid, raw_at, frm, to, opp, acc in rows:
        at: datetime = _utc(raw_at)  # type: ignore[assignment]
        from_stage = stages[frm] if frm is not None else None
        to_stage = stages[to]
        changes[oid].append((at, from_stage, to_stage))
        if at < hi:
            moves.append(StageMoveRow(opp, acc, from_stage, to_stage, clock.to_local(at)))
    return _StageChanges(moves, changes)


def _opportunity_histories(opps: Sequence[_Opp], changes: _StageChanges) -> list[OpportunityHistory]:
    by_opp = changes.by_opportunity
    return [
        OpportunityHistory(
            o.amount,
            o.stage,
            o.status,
            o.opened_at,
            o.closed_at,
            tuple(by_opp.get(o.id, ())),
            o.win_pct_override,
        )
        for o in opps
        if o.active
    ]
