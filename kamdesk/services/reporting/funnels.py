"""The funnels of a month for one rep or the whole team (see
:mod:`kamdesk.domain.funnels`): the opportunity funnel against the seed's
250 : 125 : 25 : 5 : 1, and the accounts by sales status (客户销售状态分析).

An account's status is read from its records as they stand at the month's
end: deals won in the month (签定合同), won before (跟踪维护), the furthest
stage of the opportunities still open then, and whether it was ever visited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from kamdesk.domain.funnels import (
    ReferenceFunnel,
    SalesStatus,
    StatusStep,
    reference_funnel,
    status_from,
    status_funnel,
)
from kamdesk.domain.periods import ReportKind
from kamdesk.domain.pipeline import FunnelRow
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import VisitStatus
from kamdesk.services.reporting.queries import local_bounds, parse_period, resolve_rep
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity, Visit


def reference_from_rows(rows: Sequence[FunnelRow]) -> ReferenceFunnel:
    """The reference funnel for the counts of a report's funnel rows."""
    return reference_funnel([r.reached for r in rows])


def account_statuses(
    db: Database, month: str, rep: str | None = None, *, team: bool = False
) -> dict[SalesStatus, int]:
    """How many accounts (of ``rep``, or of everyone with ``team``) stand at
    each sales status at the end of ``month`` (YYYY-MM)."""
    period = parse_period(ReportKind.MONTHLY, month)
    start, end = period.starts_on, period.ends_on
    _lo, hi = local_bounds(start, end)
    with db.reading() as s:
        accounts = select(Account.id).where(Account.archived.is_(False))
        if not team:
            r = resolve_rep(s, rep)
            accounts = accounts.where(Account.owner_id == r.id)
        ids = [a for (a,) in s.execute(accounts).all()]
        if not ids:
            return {}
        # a subquery, not a list of ids: a team's accounts outnumber SQLite's bound parameters
        owned = accounts.scalar_subquery()
        opps = s.execute(
            select(
                Opportunity.account_id, Opportunity.stage, Opportunity.status, Opportunity.closed_on
            ).where(Opportunity.account_id.in_(owned))
        ).all()
        visited = {
            a
            for (a,) in s.execute(
                select(Visit.account_id)
                .where(Visit.account_id.in_(owned), Visit.status == VisitStatus.DONE, Visit.starts_at < hi)
                .group_by(Visit.account_id)
            ).all()
        }
    furthest: dict[int, Stage] = {}
    won_now: set[int] = set()
    won_before: set[int] = set()
    for o in opps:
        closed_on: date | None = o.closed_on
        open_then = o.status is OpportunityStatus.OPEN or (closed_on is not None and closed_on > end)
        if open_then:
            if o.account_id not in furthest or o.stage.order > furthest[o.account_id].order:
                furthest[o.account_id] = o.stage
        elif o.status is OpportunityStatus.WON and closed_on is not None:
            (won_now if closed_on >= start else won_before).add(o.account_id)
    counts: dict[SalesStatus, int] = {}
    for a in ids:
        status = status_from(furthest.get(a), a in won_now, a in won_before, a in visited)
        if status is not None:
            counts[status] = counts.get(status, 0) + 1
    return counts


def sales_status_funnel(
    db: Database, month: str, rep: str | None = None, *, team: bool = False
) -> tuple[StatusStep, ...]:
    """客户销售状态分析 for the month: the five steps with counts and conversions."""
    return status_funnel(account_statuses(db, month, rep, team=team))
