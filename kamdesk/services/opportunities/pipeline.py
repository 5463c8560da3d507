"""Pipeline reads: the filtered, sorted, paged list; the board by stage; the
funnel and the forecast; the portfolio (value matrix and nine-grid counts) for
the current rep or the whole team. Sorting, filtering and paging run in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Select, case, false, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from kamdesk.domain.matrix import (
    Lead,
    NineGridWarning,
    PortfolioWarning,
    Territory,
    ValueType,
    nine_grid,
    nine_grid_counts,
    nine_grid_warnings,
    portfolio_warnings,
    value_type,
    value_type_counts,
)
from kamdesk.domain.periods import PeriodKind, period_bounds
from kamdesk.domain.pipeline import FunnelRow, MonthForecast, StageTotal, funnel_from_counts
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.services.me import my_rep_id
from kamdesk.store.db import Database
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


def _win_pct_expr() -> Any:
    stage_pct = case(*((Opportunity.stage == s, s.win_pct) for s in Stage), else_=0)
    return case(
        (Opportunity.status == OpportunityStatus.LOST, 0),
        else_=func.coalesce(Opportunity.win_pct_override, stage_pct),
    )


def _stage_order_expr() -> Any:
    return case(*((Opportunity.stage == s, s.order) for s in Stage), else_=0)


def _raw_cents(column: Any) -> Any:
    # the integer cents under a Money column, for arithmetic in SQL
    return func.coalesce(type_coerce(column, BigInteger), 0)


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


def _apply_filter(s: Session, query: Select[Any], flt: PipelineFilter) -> Select[Any]:
    if flt.stages:
        query = query.where(Opportunity.stage.in_(flt.stages))
    if flt.status is not None:
        query = query.where(Opportunity.status == flt.status)
    if flt.owner:
        owner_id = my_rep_id(s) if flt.owner == "me" else s.scalar(select(Rep.id).where(Rep.uuid == flt.owner))
        query = query.where(Opportunity.owner_id == owner_id) if owner_id else query.where(false())
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
    weighted = ((r.amount or Decimal(0)) * win / 100).quantize(Decimal("0.01"))
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


# --- board -------------------------------------------------------------------


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

_CENT = Decimal("0.01")


def _yuan(cents: Any) -> Decimal:
    return (Decimal(int(cents or 0)) / 100).quantize(_CENT)


def _weighted_yuan(cents_times_pct: Any) -> Decimal:
    # Σ cents × win % → yuan: / 100 (per cent) / 100 (cents); rounded to the cent like the domain
    return (Decimal(int(cents_times_pct or 0)) / 10_000).quantize(_CENT)


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
    with db.reading() as s:
        won = Opportunity.status == OpportunityStatus.WON
        if won_since is not None:
            won = won & (Opportunity.closed_on >= won_since)
        shown = or_(Opportunity.status == OpportunityStatus.OPEN, won)
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
            plain,
        )
        totals = {str(r.col): r for r in s.execute(totals_q).all()}
        rank = (
            func.row_number()
            .over(partition_by=column, order_by=(cents.desc(), Opportunity.expected_close, Opportunity.id))
            .label("rank")
        )
        # rank narrow rows first, then fetch the wide columns of the few cards shown
        ranked = _apply_filter(
            s,
            select(Opportunity.id.label("opp_id"), rank)
            .select_from(Opportunity)
            .join(Account, Account.id == Opportunity.account_id)
            .where(shown),
            plain,
        ).subquery()
        rows = s.execute(
            _base(s, PipelineFilter())
            .join(ranked, ranked.c.opp_id == Opportunity.id)
            .where(ranked.c.rank <= cards_per_column)
            .order_by(ranked.c.rank)
        ).all()
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


# --- funnel and forecast -----------------------------------------------------


def _owner_clause(s: Session, owner: str | None) -> Any:
    if not owner:
        return true()
    owner_id = my_rep_id(s) if owner == "me" else s.scalar(select(Rep.id).where(Rep.uuid == owner))
    return Opportunity.owner_id == owner_id if owner_id else false()


@dataclass(frozen=True)
class PipelineSummary:
    stages: tuple[StageTotal, ...]  # open opportunities per stage
    weighted_total: Decimal
    amount_total: Decimal
    open_count: int
    won_count: int
    lost_count: int
    funnel: tuple[FunnelRow, ...]
    forecast: tuple[MonthForecast, ...]
    undated_weighted: Decimal  # open pipeline with no expected close


def summary(db: Database, *, owner: str | None = None) -> PipelineSummary:
    """Stage totals and weighted pipeline of the open opportunities, the funnel
    of all of them (by furthest stage reached) and the forecast by month —
    grouped in SQL, so a team of a hundred thousand opportunities stays quick."""
    cents = _raw_cents(Opportunity.amount)
    weighted = cents * _win_pct_expr()
    with db.reading() as s:
        owner_clause = _owner_clause(s, owner)
        groups = s.execute(
            select(
                Opportunity.stage,
                Opportunity.status,
                func.count().label("n"),
                func.sum(cents).label("cents"),
                func.sum(weighted).label("weighted"),
            )
            .where(owner_clause)
            .group_by(Opportunity.stage, Opportunity.status)
        ).all()
        by_close = s.execute(
            select(
                Opportunity.expected_close,
                func.count().label("n"),
                func.sum(cents).label("cents"),
                func.sum(weighted).label("weighted"),
            )
            .where(owner_clause, Opportunity.status == OpportunityStatus.OPEN)
            .group_by(Opportunity.expected_close)
        ).all()
    open_totals = {g.stage: g for g in groups if g.status is OpportunityStatus.OPEN}
    stages = tuple(
        StageTotal(
            stage,
            int(open_totals[stage].n) if stage in open_totals else 0,
            _yuan(open_totals[stage].cents if stage in open_totals else 0),
            _weighted_yuan(open_totals[stage].weighted if stage in open_totals else 0),
        )
        for stage in Stage
    )
    reached: dict[Stage, int] = {}
    for g in groups:
        stage = Stage.S if g.status is OpportunityStatus.WON else g.stage
        reached[stage] = reached.get(stage, 0) + int(g.n)
    months: dict[str, list[Any]] = {}
    undated = Decimal("0.00")
    for r in by_close:
        if r.expected_close is None:
            undated = _weighted_yuan(r.weighted)
            continue
        key = f"{r.expected_close.year}-{r.expected_close.month:02d}"
        bucket = months.setdefault(key, [0, 0, 0])
        bucket[0] += int(r.n)
        bucket[1] += int(r.cents or 0)
        bucket[2] += int(r.weighted or 0)
    forecast = tuple(
        MonthForecast(key, n, _yuan(c), _weighted_yuan(w)) for key, (n, c, w) in sorted(months.items())
    )
    return PipelineSummary(
        stages=stages,
        weighted_total=sum((t.weighted for t in stages), Decimal("0.00")),
        amount_total=sum((t.amount for t in stages), Decimal("0.00")),
        open_count=sum(t.count for t in stages),
        won_count=sum(int(g.n) for g in groups if g.status is OpportunityStatus.WON),
        lost_count=sum(int(g.n) for g in groups if g.status is OpportunityStatus.LOST),
        funnel=tuple(funnel_from_counts(reached)),
        forecast=forecast,
        undated_weighted=undated,
    )


# --- portfolio ---------------------------------------------------------------


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
    points = tuple(
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


def reps(db: Database) -> list[tuple[str, str, bool]]:
    """(uuid, name, is_me) of the active reps, for owner filters."""
    with db.reading() as s:
        rows = s.execute(
            select(Rep.uuid, Rep.name, Rep.is_me).where(Rep.active.is_(True)).order_by(Rep.name)
        ).all()
    return [(r.uuid, r.name, bool(r.is_me)) for r in rows]


def accounts_for_choice(db: Database, text: str = "", limit: int = 50) -> list[tuple[str, str]]:
    """(uuid, name) of customer accounts matching ``text`` for a picker."""
    with db.reading() as s:
        query = select(Account.uuid, Account.name).where(Account.archived.is_(False))
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(
                or_(Account.name.ilike(like), Account.short_name.ilike(like), Account.initials.ilike(like))
            )
        rows = s.execute(query.order_by(Account.sort_key, Account.id).limit(limit)).all()
    return [(r.uuid, r.name) for r in rows]


def competitor_accounts(db: Database) -> list[tuple[str, str]]:
    """(uuid, name) of accounts kept as competitors (往来单位: competitor)."""
    from kamdesk.domain.grading import CounterpartyKind

    with db.reading() as s:
        rows = s.execute(
            select(Account.uuid, Account.name)
            .where(Account.counterparty_kind == CounterpartyKind.COMPETITOR)
            .order_by(Account.sort_key)
        ).all()
    return [(r.uuid, r.name) for r in rows]


def close_months(db: Database) -> Sequence[str]:
    """Months ("2026-11") that have an opportunity closing, for the filter."""
    with db.reading() as s:
        dates = s.scalars(
            select(Opportunity.expected_close).where(Opportunity.expected_close.is_not(None)).distinct()
        ).all()
    return sorted({f"{d.year}-{d.month:02d}" for d in dates if d})


def account_name(db: Database, uuid: str) -> str | None:
    """The name of account ``uuid`` (None when there is no such account)."""
    with db.reading() as s:
        return s.scalar(select(Account.name).where(Account.uuid == uuid))


def is_opportunity(db: Database, uuid: str) -> bool:
    with db.reading() as s:
        return s.scalar(select(Opportunity.id).where(Opportunity.uuid == uuid)) is not None
