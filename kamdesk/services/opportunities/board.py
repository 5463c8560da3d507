"""The pipeline board: one column per stage, won ones in column S, with
counts and totals grouped in SQL and the largest opportunities as cards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.opportunities.pipeline_query import (
    PipelineFilter,
    PipelineRow,
    _apply_filter,
    _base,
    _raw_cents,
    _row,
    _weighted_yuan,
    _win_pct_expr,
    _yuan,
)
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Opportunity


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    win_pct: int
    count: int
    amount: Decimal
    weighted: Decimal
    cards: tuple[PipelineRow, ...]  # the largest ``cards_per_column`` by amount

    @property
    def hidden(self) -> int:
        """Opportunities in the column that are not shown as cards."""
        return self.count - len(self.cards)


#: Cards shown per board column (the largest by amount); totals count them all.
CARDS_PER_COLUMN = 200


def _board_column_key() -> Any:
    """The column a card sits in: S for a won opportunity, else its stage."""
    return case((Opportunity.status == OpportunityStatus.WON, Stage.S.code), else_=Opportunity.stage)


def board(
    db: Database,
    flt: PipelineFilter | None = None,
    *,
    won_since: date | None = None,
    cards_per_column: int = CARDS_PER_COLUMN,
) -> list[BoardColumn]:
    """Columns G…S: open opportunities in their stage; column S holds the won
    ones (closed on or after ``won_since`` when given). Lost ones are left out.
    Counts and totals cover every opportunity (one grouped query); each column
    carries its ``cards_per_column`` largest as cards."""
    flt = flt or PipelineFilter()
    plain = PipelineFilter(
        stages=flt.stages, owner=flt.owner, account=flt.account, close_month=flt.close_month, text=flt.text
    )
    won = Opportunity.status == OpportunityStatus.WON
    if won_since is not None:
        won = won & (Opportunity.closed_on >= won_since)
    shown = or_(Opportunity.status == OpportunityStatus.OPEN, won)
    with db.reading() as s:
        totals = _column_totals(s, shown, plain)
        rows = _largest_cards(s, shown, plain, cards_per_column)
    by_stage: dict[Stage, list[PipelineRow]] = {stage: [] for stage in Stage}
    for r in rows:
        row = _row(r)
        by_stage[Stage.S if row.status is OpportunityStatus.WON else row.stage].append(row)
    columns = []
    for stage in Stage:
        t = totals.get(stage.code)
        columns.append(
            BoardColumn(
                stage,
                stage.win_pct,
                int(t.n) if t else 0,
                _yuan(t.cents if t else 0),
                _weighted_yuan(t.weighted if t else 0),
                tuple(by_stage[stage]),
            )
        )
    return columns


def _column_totals(s: Session, shown: Any, flt: PipelineFilter) -> dict[str, Any]:
    """Count, cents and weighted cents per board column (by stage code), one grouped query."""
    column = _board_column_key()
    cents = _raw_cents(Opportunity.amount)
    totals_q = _apply_filter(
        s,
        select(
            column.label("col"),
            func.count().label("n"),
            func.sum(cents).label("cents"),
            func.sum(cents * _win_pct_expr()).label("weighted"),
        )
        .select_from(Opportunity)
        .join(Account, Account.id == Opportunity.account_id)
        .where(shown)
        .group_by(column),
        flt,
    )
    return {str(r.col): r for r in s.execute(totals_q).all()}


def _largest_cards(s: Session, shown: Any, flt: PipelineFilter, per_column: int) -> Sequence[Any]:
    """The ``per_column`` largest opportunities of each column, as list rows."""
    column = _board_column_key()
    rank = (
        func.row_number()
        .over(
            partition_by=column,
            order_by=(_raw_cents(Opportunity.amount).desc(), Opportunity.expected_close, Opportunity.id),
        )
        .label("rank")
    )
    # rank narrow rows first, then fetch the wide columns of the few cards shown
    ranked = _apply_filter(
        s,
        select(Opportunity.id.label("opp_id"), rank)
        .select_from(Opportunity)
        .join(Account, Account.id == Opportunity.account_id)
        .where(shown),
        flt,
    ).subquery()
    return s.execute(
        _base(s, PipelineFilter())
        .join(ranked, ranked.c.opp_id == Opportunity.id)
        .where(ranked.c.rank <= per_column)
        .order_by(ranked.c.rank)
    ).all()
