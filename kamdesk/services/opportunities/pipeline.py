"""Pipeline reads: the filtered, sorted, paged list here; the board
(:mod:`.board`), the funnel and forecast (:mod:`.forecast`), the portfolio
(:mod:`.portfolio`) and the picker lookups (:mod:`.choices`) next door, all
importable from this module. Sorting, filtering and paging run in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select

from kamdesk.domain.matrix import Lead, Territory, nine_grid
from kamdesk.domain.stages import Stage
from kamdesk.services.opportunities.board import CARDS_PER_COLUMN, BoardColumn, board
from kamdesk.services.opportunities.choices import (
    account_name,
    accounts_for_choice,
    close_months,
    competitor_accounts,
    is_opportunity,
    reps,
)
from kamdesk.services.opportunities.forecast import PipelineSummary, summary
from kamdesk.services.opportunities.pipeline_query import (
    PipelineFilter,
    PipelineRow,
    _base,
    _raw_cents,
    _row,
    _win_pct_expr,
)
from kamdesk.services.opportunities.portfolio import PORTFOLIO_POINTS, Portfolio, PortfolioPoint, portfolio
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity, Rep

__all__ = [
    "CARDS_PER_COLUMN",
    "PORTFOLIO_POINTS",
    "SORT_KEYS",
    "BoardColumn",
    "PipelineFilter",
    "PipelinePage",
    "PipelineRow",
    "PipelineSummary",
    "Portfolio",
    "PortfolioPoint",
    "account_name",
    "accounts_for_choice",
    "board",
    "close_months",
    "competitor_accounts",
    "is_opportunity",
    "list_pipeline",
    "portfolio",
    "reps",
    "summary",
]


@dataclass(frozen=True)
class PipelinePage:
    rows: tuple[PipelineRow, ...]
    total: int


#: Sort keys the list accepts (column name → SQL expression built below).
SORT_KEYS = (
    "number",
    "name",
    "account",
    "owner",
    "stage",
    "status",
    "amount",
    "win_pct",
    "weighted",
    "expected_close",
    "value_type",
    "nine_grid",
    "progress",
)


def _stage_order_expr() -> Any:
    return case(*((Opportunity.stage == s, s.order) for s in Stage), else_=0)


def _value_type_expr() -> Any:
    big_now = Opportunity.short_term_revenue > 5
    big_later = Opportunity.long_term_impact > 5
    return case(
        (or_(Opportunity.short_term_revenue.is_(None), Opportunity.long_term_impact.is_(None)), 9),
        (big_now & big_later, 1),
        (big_later, 2),
        (big_now, 3),
        else_=4,
    )


def _sort_expr(key: str) -> Any:
    win = _win_pct_expr()
    cell = case(
        *(
            ((Opportunity.territory == t) & (Opportunity.lead == lead), nine_grid(t, lead).cell)
            for t in Territory
            for lead in Lead
        ),
        else_="Z",
    )
    exprs: dict[str, Any] = {
        "number": Opportunity.number,
        "name": Opportunity.name,
        "account": Account.sort_key,
        "owner": Rep.name,
        "stage": _stage_order_expr(),
        "status": Opportunity.status,
        "amount": _raw_cents(Opportunity.amount),
        "win_pct": win,
        "weighted": _raw_cents(Opportunity.amount) * win,
        "expected_close": Opportunity.expected_close,
        "value_type": _value_type_expr(),
        "nine_grid": cell,
        "progress": Opportunity.progress_vs_rival,
    }
    if key not in exprs:
        raise ValueError(f"cannot sort the pipeline by {key!r}; use one of {', '.join(SORT_KEYS)}")
    return exprs[key]


def list_pipeline(
    db: Database,
    flt: PipelineFilter | None = None,
    *,
    sort: str = "expected_close",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> PipelinePage:
    """One page of the pipeline, filtered and sorted in SQL, with the total count."""
    flt = flt or PipelineFilter()
    expr = _sort_expr(sort)
    with db.reading() as s:
        query = _base(s, flt)
        total = s.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
        ordered = query.order_by(
            expr.is_(None), expr.desc() if descending else expr.asc(), Opportunity.id
        ).offset(offset)
        if limit is not None:
            ordered = ordered.limit(limit)
        rows = s.execute(ordered).all()
    return PipelinePage(tuple(_row(r) for r in rows), int(total))
