"""The portfolio: the value matrix and the nine-grid counts across the
opportunities of one rep or the whole team, counted in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.matrix import (
    NineGridWarning,
    PortfolioWarning,
    ValueType,
    nine_grid,
    nine_grid_counts,
    nine_grid_warnings,
    portfolio_warnings,
    value_type,
    value_type_counts,
)
from kamdesk.domain.stages import OpportunityStatus
from kamdesk.services.opportunities.pipeline_query import _owner_clause, _raw_cents
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity, Rep


@dataclass(frozen=True)
class PortfolioPoint:
    uuid: str
    name: str
    account_name: str
    short_term_revenue: int
    long_term_impact: int
    value_type: ValueType
    amount: Decimal | None


#: Points drawn on the value-matrix chart (the largest by amount); counts cover all.
PORTFOLIO_POINTS = 400


@dataclass(frozen=True)
class Portfolio:
    points: tuple[PortfolioPoint, ...]  # the largest PORTFOLIO_POINTS scored ones
    type_counts: dict[ValueType, int]
    warnings: tuple[PortfolioWarning, ...]
    grid_counts: dict[str, int]
    grid_warnings: tuple[NineGridWarning, ...]
    unscored: int  # opportunities without both value scores
    unplaced: int  # opportunities without a nine-grid opening
    per_rep: dict[str, dict[str, int]] = field(default_factory=dict)  # rep name → cell → count
    #: (short-term, long-term) score pair → how many opportunities have it
    position_counts: dict[tuple[int, int], int] = field(default_factory=dict)

    @property
    def scored(self) -> int:
        return sum(self.type_counts.values())


def portfolio(
    db: Database,
    *,
    owner: str | None = None,
    include_closed: bool = False,
    max_points: int = PORTFOLIO_POINTS,
) -> Portfolio:
    """The value matrix and nine-grid across the open opportunities of one rep
    (``owner`` uuid or "me") or the whole team (``owner`` None); counted in SQL."""
    with db.reading() as s:
        where = [_owner_clause(s, owner)]
        if not include_closed:
            where.append(Opportunity.status == OpportunityStatus.OPEN)
        scores = s.execute(
            select(Opportunity.short_term_revenue, Opportunity.long_term_impact, func.count().label("n"))
            .where(*where)
            .group_by(Opportunity.short_term_revenue, Opportunity.long_term_impact)
        ).all()
        openings = s.execute(
            select(Rep.name, Opportunity.territory, Opportunity.lead, func.count().label("n"))
            .select_from(Opportunity)
            .outerjoin(Rep, Rep.id == Opportunity.owner_id)
            .where(*where)
            .group_by(Rep.name, Opportunity.territory, Opportunity.lead)
        ).all()
        points = _largest_points(s, where, max_points)
    types, positions, unscored = _tally_scores(scores)
    cells, per_rep, unplaced = _tally_openings(openings)
    counts = value_type_counts(types)
    grid = nine_grid_counts(cells)
    return Portfolio(
        points,
        counts,
        tuple(portfolio_warnings(counts)),
        grid,
        tuple(nine_grid_warnings(grid)),
        unscored,
        unplaced,
        per_rep,
        positions,
    )


def _largest_points(s: Session, where: list[Any], max_points: int) -> tuple[PortfolioPoint, ...]:
    scored = (
        Opportunity.short_term_revenue.between(1, 10),
        Opportunity.long_term_impact.between(1, 10),
    )
    rows = s.execute(
        select(
            Opportunity.uuid,
            Opportunity.name,
            Account.name.label("account_name"),
            Opportunity.short_term_revenue,
            Opportunity.long_term_impact,
            Opportunity.amount,
        )
        .join(Account, Account.id == Opportunity.account_id)
        .where(*where, *scored)
        .order_by(_raw_cents(Opportunity.amount).desc(), Opportunity.id)
        .limit(max_points)
    ).all()
    return tuple(
        PortfolioPoint(
            r.uuid,
            r.name,
            r.account_name,
            r.short_term_revenue,
            r.long_term_impact,
            value_type(r.short_term_revenue, r.long_term_impact),
            r.amount,
        )
        for r in rows
    )


def _tally_scores(scores: Sequence[Any]) -> tuple[list[ValueType], dict[tuple[int, int], int], int]:
    """(value type per opportunity, count per score pair, unscored count) from the grouped scores."""
    types: list[ValueType] = []
    positions: dict[tuple[int, int], int] = {}
    unscored = 0
    for sc in scores:
        st, lt = sc.short_term_revenue, sc.long_term_impact
        if st and lt and 1 <= st <= 10 and 1 <= lt <= 10:
            types.extend([value_type(st, lt)] * int(sc.n))
            positions[(st, lt)] = int(sc.n)
        else:
            unscored += int(sc.n)
    return types, positions, unscored


def _tally_openings(openings: Sequence[Any]) -> tuple[list[str], dict[str, dict[str, int]], int]:
    """(nine-grid cell per opportunity, rep → cell → count, unplaced count) from the grouped openings."""
    cells: list[str] = []
    per_rep: dict[str, dict[str, int]] = {}
    unplaced = 0
    for o in openings:
        if o.territory is None or o.lead is None:
            unplaced += int(o.n)
            continue
        cell = nine_grid(o.territory, o.lead).cell
        cells.extend([cell] * int(o.n))
        rep = o.name or "—"
        per_rep.setdefault(rep, dict.fromkeys("ABCDEFGHI", 0))[cell] += int(o.n)
    return cells, per_rep, unplaced
