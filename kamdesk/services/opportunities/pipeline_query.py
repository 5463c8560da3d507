"""The pipeline query shared by the list, the board, the summary and the
portfolio: the filter, the row, and the SQL expressions for win %,
owner and money in cents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Select, case, false, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from kamdesk.domain.matrix import ValueType, nine_grid, value_type
from kamdesk.domain.periods import PeriodKind, period_bounds
from kamdesk.domain.pipeline import weighted_value
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.me import my_rep_id
from kamdesk.store.models import Account, Opportunity, Rep


@dataclass(frozen=True)
class PipelineFilter:
    stages: tuple[Stage, ...] = ()
    status: OpportunityStatus | None = None
    owner: str | None = None  # rep uuid; "me" for the laptop's own rep
    account: str | None = None  # account uuid
    close_month: str | None = None  # "2026-11"
    text: str = ""


@dataclass(frozen=True)
class PipelineRow:
    uuid: str
    number: str | None
    name: str
    account_uuid: str
    account_name: str
    owner_name: str | None
    stage: Stage
    status: OpportunityStatus
    amount: Decimal | None
    win_pct: int
    weighted: Decimal
    expected_close: date | None
    value_type: ValueType | None
    nine_grid_cell: str | None
    progress_vs_rival: int | None


def _win_pct_expr() -> Any:
    stage_pct = case(*((Opportunity.stage == s, s.win_pct) for s in Stage), else_=0)
    return case(
        (Opportunity.status == OpportunityStatus.LOST, 0),
        else_=func.coalesce(Opportunity.win_pct_override, stage_pct),
    )


def _raw_cents(column: Any) -> Any:
    # the integer cents under a Money column, for arithmetic in SQL
    return func.coalesce(type_coerce(column, BigInteger), 0)


def _owner_clause(s: Session, owner: str | None) -> Any:
    """Opportunities of rep ``owner`` (uuid or "me"); everything when None; nothing for an unknown rep."""
    if not owner:
        return true()
    owner_id = my_rep_id(s) if owner == "me" else s.scalar(select(Rep.id).where(Rep.uuid == owner))
    return Opportunity.owner_id == owner_id if owner_id else false()


def _apply_filter(s: Session, query: Select[Any], flt: PipelineFilter) -> Select[Any]:
    if flt.stages:
        query = query.where(Opportunity.stage.in_(flt.stages))
    if flt.status is not None:
        query = query.where(Opportunity.status == flt.status)
    if flt.owner:
        query = query.where(_owner_clause(s, flt.owner))
    if flt.account:
        query = query.where(Account.uuid == flt.account)
    if flt.close_month:
        first, last = period_bounds(PeriodKind.MONTH, flt.close_month)
        query = query.where(Opportunity.expected_close.between(first, last))
    text = flt.text.strip()
    if text:
        like = f"%{text}%"
        query = query.where(
            or_(
                Opportunity.name.ilike(like),
                Opportunity.number.ilike(like),
                Account.name.ilike(like),
                Account.short_name.ilike(like),
                Account.initials.ilike(f"%{text.lower()}%"),
            )
        )
    return query


def _columns() -> list[Any]:
    win = _win_pct_expr()
    return [
        Opportunity.uuid,
        Opportunity.number,
        Opportunity.name,
        Account.uuid.label("account_uuid"),
        Account.name.label("account_name"),
        Rep.name.label("owner_name"),
        Opportunity.stage,
        Opportunity.status,
        Opportunity.amount,
        win.label("win_pct"),
        Opportunity.expected_close,
        Opportunity.short_term_revenue,
        Opportunity.long_term_impact,
        Opportunity.territory,
        Opportunity.lead,
        Opportunity.progress_vs_rival,
    ]


def _base(s: Session, flt: PipelineFilter) -> Select[Any]:
    query = (
        select(*_columns())
        .join(Account, Account.id == Opportunity.account_id)
        .outerjoin(Rep, Rep.id == Opportunity.owner_id)
    )
    return _apply_filter(s, query, flt)


def _row(r: Any) -> PipelineRow:
    vt = (
        value_type(r.short_term_revenue, r.long_term_impact)
        if r.short_term_revenue and r.long_term_impact
        else None
    )
    cell = nine_grid(r.territory, r.lead).cell if r.territory and r.lead else None
    win = int(r.win_pct or 0)
    weighted = weighted_value(r.amount, win)
    return PipelineRow(
        r.uuid,
        r.number,
        r.name,
        r.account_uuid,
        r.account_name,
        r.owner_name,
        r.stage,
        r.status,
        r.amount,
        win,
        weighted,
        r.expected_close,
        vt,
        cell,
        r.progress_vs_rival,
    )


_CENT = Decimal("0.01")


def _yuan(cents: Any) -> Decimal:
    return (Decimal(int(cents or 0)) / 100).quantize(_CENT)


def _weighted_yuan(cents_times_pct: Any) -> Decimal:
    # Σ cents × win % → yuan: / 100 (per cent) / 100 (cents); rounded to the cent like the domain
    return (Decimal(int(cents_times_pct or 0)) / 10_000).quantize(_CENT)
