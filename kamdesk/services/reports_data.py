"""The plans and summaries as plain data (DOMAIN.md §5): the daily work log,
the weekly and the monthly plan and summary, filled from the records, with
the rep's own text. No Qt, no reportlab: the PDFs (kamdesk.reports) and the
UI (kamdesk.ui.reports) both draw from these objects.

Periods are the rep's local calendar days: a visit at 23:30 local time
belongs to that local day whatever its UTC date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk.domain.deadlines import report_period_kind
from kamdesk.domain.matrix import Lead, Territory, nine_grid
from kamdesk.domain.periods import (
    PeriodKind,
    ReportKind,
    TargetLevel,
    TargetMetric,
    period_bounds,
    period_key,
)
from kamdesk.domain.reporting import (
    FunnelRow,
    OpportunityHistory,
    funnel,
    level_reached,
    pipeline_at,
    rate,
    weighted,
)
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import ContactWay, Side, VisitKind, VisitStatus
from kamdesk.errors import UserError
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Annotation,
    Commitment,
    ContactLog,
    Opportunity,
    Payment,
    PlanItem,
    PlanPeriod,
    Purchase,
    Rep,
    ReportSubmission,
    StageChange,
    Target,
    Visit,
)

ZERO = Decimal("0.00")

# Rows are read as raw values (codes as text, times as stored UTC text) and
# turned into enums and local times here: the ORM's per-value processors cost
# more than the queries on a month of a busy rep's records.
_STAGES: dict[str, Stage] = {s.code: s for s in Stage}
_STATUSES: dict[str, OpportunityStatus] = {s.code: s for s in OpportunityStatus}
_VISIT_KINDS: dict[str, VisitKind] = {k.code: k for k in VisitKind}
_VISIT_STATUSES: dict[str, VisitStatus] = {k.code: k for k in VisitStatus}


def _raw(column: Any) -> Any:
    """The column as stored (text for codes and times), without its type's processing."""
    return type_coerce(column, String())


def _cents(column: Any) -> Any:
    return type_coerce(column, Integer())


def _yuan(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(Decimal("0.01"))


def _utc(value: Any) -> datetime | None:
    """A stored UTC time (text on SQLite, a naive datetime elsewhere) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        # parsing the zone is ~6× cheaper than .replace(tzinfo=UTC) after parsing
        return datetime.fromisoformat(value + "+00:00")
    aware: datetime = value.replace(tzinfo=UTC)
    return aware


def _rows(session: Session, stmt: Any) -> Sequence[Any]:
    """Every row of a column select, through Core: the ORM's loading layer
    adds nothing to plain columns but time (per-row, on thousands of rows)."""
    return session.connection().execute(stmt).all()


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- plain objects ------------------------------------------------------------


@dataclass(frozen=True)
class RepRef:
    id: int
    uuid: str
    name: str
    code: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class PeriodRef:
    kind: PeriodKind
    key: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class PeriodText:
    """The rep's own words for a period (PlanPeriod)."""

    plan_text: str = ""
    summary_text: str = ""
    key_problems: str = ""
    hard_problems: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.plan_text or self.summary_text or self.key_problems or self.hard_problems)


@dataclass(frozen=True)
class PlanItemRow:
    uuid: str
    position: int
    text: str
    result: str
    done: bool
    account: str | None = None


@dataclass(frozen=True)
class VisitRow:
    uuid: str
    on: date
    at: str  # local HH:MM
    account: str
    kind: VisitKind
    status: VisitStatus
    objective: str
    outcome: str
    objective_met: str | None
    opportunity: str | None = None


@dataclass(frozen=True)
class ContactLogRow:
    at: datetime  # local
    account: str
    way: ContactWay
    their_person: str
    content: str
    next_step: str


@dataclass(frozen=True)
class CommitmentRow:
    account: str
    side: Side
    text: str
    owner: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class StageMoveRow:
    opportunity: str
    account: str
    from_stage: Stage | None
    to_stage: Stage
    at: datetime  # local


@dataclass(frozen=True)
class ClosedOpportunityRow:
    opportunity: str
    account: str
    status: OpportunityStatus
    amount: Decimal
    closed_on: date | None
    reason: str


@dataclass(frozen=True)
class PaymentRow:
    account: str
    paid_on: date
    amount: Decimal


@dataclass(frozen=True)
class AnnotationRow:
    uuid: str
    author: str
    at: datetime
    section: str | None
    text: str


@dataclass(frozen=True)
class StageRow:
    stage: Stage
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class TargetRow:
    metric: TargetMetric
    minimum: Decimal | None
    normal: Decimal | None
    stretch: Decimal | None
    actual: Decimal
    level: TargetLevel | None


@dataclass(frozen=True)
class TopAccountRow:
    account: str
    revenue: Decimal
    purchases: int


@dataclass(frozen=True)
class NineGridCellRow:
    cell: str
    territory: Territory
    lead: Lead
    count: int
    amount: Decimal


@dataclass(frozen=True)
class WeekVisits:
    key: str
    planned: int
    done: int


@dataclass(frozen=True)
class LongerPlan:
    kind: PeriodKind
    key: str
    plan_text: str


@dataclass(frozen=True)
class DailyReport:
    rep: RepRef
    period: PeriodRef
    text: PeriodText
    items: tuple[PlanItemRow, ...]
    visits_done: tuple[VisitRow, ...]
    contact_log: tuple[ContactLogRow, ...]
    commitments_made: tuple[CommitmentRow, ...]
    commitments_due: tuple[CommitmentRow, ...]
    planned_tomorrow: tuple[VisitRow, ...]
    tomorrow: date
    annotations: tuple[AnnotationRow, ...] = ()

    @property
    def has_data(self) -> bool:
        return bool(
            self.visits_done
            or self.contact_log
            or self.commitments_made
            or self.commitments_due
            or self.planned_tomorrow
            or self.items
            or not self.text.is_empty
        )


@dataclass(frozen=True)
class PeriodSummary:
    """What the weekly and the monthly report share."""

    rep: RepRef
    period: PeriodRef
    text: PeriodText
    items: tuple[PlanItemRow, ...]
    visits: tuple[VisitRow, ...]  # every visit scheduled in the period
    visits_planned: int  # scheduled in the period, whatever became of them
    visits_done: int
    visits_cancelled: int
    new_visits: int  # done
    revisits: int  # done
    working_days: int
    calls: int  # phone entries in the contact log
    stage_moves: tuple[StageMoveRow, ...]
    won: tuple[ClosedOpportunityRow, ...]
    lost: tuple[ClosedOpportunityRow, ...]
    commitments_made: tuple[CommitmentRow, ...]
    commitments_due: tuple[CommitmentRow, ...]
    pipeline_start: Decimal
    pipeline_end: Decimal
    weighted_start: Decimal
    weighted_end: Decimal
    payments: tuple[PaymentRow, ...]
    collections: Decimal
    overdue_collections: Decimal  # due by the period's end and unpaid
    next_planned: tuple[VisitRow, ...]  # visits planned for the next period
    next_period: PeriodRef
    annotations: tuple[AnnotationRow, ...] = ()

    @property
    def done_rate(self) -> Decimal | None:
        return rate(self.visits_done, self.visits_planned)

    @property
    def visits_per_day(self) -> Decimal | None:
        if not self.working_days:
            return None
        return (Decimal(self.visits_done) / self.working_days).quantize(Decimal("0.1"))

    @property
    def weighted_change(self) -> Decimal:
        return self.weighted_end - self.weighted_start

    @property
    def won_amount(self) -> Decimal:
        return sum((w.amount for w in self.won), ZERO)

    @property
    def moves_between_stages(self) -> int:
        """Stage changes from one stage to another in the period; an
        opportunity entering its first stage (created, ``from_stage`` None)
        is listed in ``stage_moves`` but is not a move."""
        return sum(1 for m in self.stage_moves if m.from_stage is not None)

    @property
    def has_data(self) -> bool:
        return bool(
            self.visits
            or self.stage_moves
            or self.won
            or self.lost
            or self.commitments_made
            or self.commitments_due
            or self.payments
            or self.calls
            or self.items
            or not self.text.is_empty
        )


@dataclass(frozen=True)
class WeeklyReport(PeriodSummary):
    pass


@dataclass(frozen=True)
class MonthlyReport(PeriodSummary):
    visits_per_week: tuple[WeekVisits, ...] = ()
    pipeline_by_stage: tuple[StageRow, ...] = ()
    funnel: tuple[FunnelRow, ...] = ()
    targets: tuple[TargetRow, ...] = ()
    top_accounts: tuple[TopAccountRow, ...] = ()
    revenue: Decimal = ZERO
    nine_grid: tuple[NineGridCellRow, ...] = ()
    longer_plans: tuple[LongerPlan, ...] = field(default=())


# --- period and rep helpers ----------------------------------------------------


def parse_period(kind: ReportKind, key: str) -> PeriodRef:
    """The period of a report; UserError naming the expected form if ``key`` is malformed."""
    pkind = report_period_kind(kind)
    example = {PeriodKind.DAY: "2026-11-25", PeriodKind.WEEK: "2026-W48", PeriodKind.MONTH: "2026-11"}[pkind]
    key = (key or "").strip().upper()  # 2026-w48 is meant as 2026-W48
    try:
        start, end = period_bounds(pkind, key)
    except (ValueError, TypeError):
        raise UserError(f"malformed {pkind.en.lower()} {key!r}; expected e.g. {example}") from None
    # normalise (2026-w5 → 2026-W05) so PlanPeriod keys match
    canonical = period_key(pkind, start)
    return PeriodRef(pkind, canonical, start, end)


def local_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00 local, end+1 00:00 local) as aware datetimes."""
    lo = datetime.combine(start, time.min).astimezone()
    hi = datetime.combine(end + timedelta(days=1), time.min).astimezone()
    return lo, hi


def _local(dt: datetime) -> datetime:
    return dt.astimezone()


def resolve_rep(session: Session, rep: str | None = None) -> RepRef:
    """A rep by uuid, code or name; without one the laptop's own rep (``is_me``),
    else the only rep. UserError when that does not pick exactly one."""
    cols = (Rep.id, Rep.uuid, Rep.name, Rep.code, Rep.region)
    if rep:
        rows = session.execute(
            select(*cols).where(or_(Rep.uuid == rep, Rep.code == rep, Rep.name == rep))
        ).all()
        if not rows:
            raise UserError(f"no rep {rep!r}; give a rep's name, code or uuid")
        if len(rows) > 1:
            raise UserError(f"{len(rows)} reps match {rep!r}; give the rep's code or uuid")
    else:
        rows = session.execute(select(*cols).where(Rep.is_me.is_(True))).all()
        if len(rows) != 1:
            rows = session.execute(select(*cols).limit(2)).all()
            if not rows:
                raise UserError("no rep in this database yet; add yourself as a rep first")
            if len(rows) > 1:
                raise UserError("several reps and none marked as you; choose one with --rep")
    r = rows[0]
    return RepRef(r.id, r.uuid, r.name, r.code, r.region)


def list_reps(db: Database) -> list[RepRef]:
    with db.reading() as s:
        rows = s.execute(select(Rep.id, Rep.uuid, Rep.name, Rep.code, Rep.region).order_by(Rep.name)).all()
    return [RepRef(r.id, r.uuid, r.name, r.code, r.region) for r in rows]


def default_rep(db: Database) -> RepRef | None:
    with db.reading() as s:
        try:
            return resolve_rep(s)
        except UserError:
            return None


# --- shared queries ---------------------------------------------------------------


def _period_text(
    session: Session, rep_id: int, kind: PeriodKind, key: str
) -> tuple[PeriodText, list[PlanItemRow]]:
    pp = session.execute(
        select(
            PlanPeriod.id,
            PlanPeriod.plan_text,
            PlanPeriod.summary_text,
            PlanPeriod.key_problems,
            PlanPeriod.hard_problems,
        ).where(PlanPeriod.rep_id == rep_id, PlanPeriod.kind == kind, PlanPeriod.key == key)
    ).first()
    if pp is None:
        return PeriodText(), []
    items = session.execute(
        select(PlanItem.uuid, PlanItem.position, PlanItem.text, PlanItem.result, PlanItem.done, Account.name)
        .outerjoin(Account, Account.id == PlanItem.account_id)
        .where(PlanItem.period_id == pp.id)
        .order_by(PlanItem.position, PlanItem.id)
    ).all()
    text = PeriodText(
        pp.plan_text or "", pp.summary_text or "", pp.key_problems or "", pp.hard_problems or ""
    )
    return text, [
        PlanItemRow(i.uuid, i.position, i.text, i.result or "", bool(i.done), i.name) for i in items
    ]


def _visits(
    session: Session, rep_id: int, lo: datetime, hi: datetime, *, status: VisitStatus | None = None
) -> list[VisitRow]:
    q = (
        select(
            Visit.uuid,
            _raw(Visit.starts_at),
            Account.name,
            _raw(Visit.kind),
            _raw(Visit.status),
            Visit.stage_objective,
            Visit.final_objective,
            Visit.w_what,
            Visit.outcome,
            Visit.objective_met,
            Opportunity.name,
        )
        .join(Account, Account.id == Visit.account_id)
        .outerjoin(Opportunity, Opportunity.id == Visit.opportunity_id)
        .where(Visit.rep_id == rep_id, Visit.starts_at >= lo, Visit.starts_at < hi)
        .order_by(Visit.starts_at)
    )
    if status is not None:
        q = q.where(Visit.status == status)
    kinds, statuses = _VISIT_KINDS, _VISIT_STATUSES
    out = []
    for (
        uuid,
        starts_at,
        account,
        kind,
        st,
        stage_obj,
        final_obj,
        w_what,
        outcome,
        met,
        opp,
    ) in _rows(session, q):
        local = _utc(starts_at).astimezone()  # type: ignore[union-attr]
        out.append(
            VisitRow(
                uuid,
                local.date(),
                f"{local.hour:02d}:{local.minute:02d}",
                account,
                kinds[kind],
                statuses[st],
                stage_obj or final_obj or w_what or "",
                outcome or "",
                met,
                opp,
            )
        )
    return out


def _commitments(
    session: Session, rep_id: int, start: date, end: date
) -> tuple[list[CommitmentRow], list[CommitmentRow]]:
    """(made in the period, due in the period) for the rep's accounts or visits."""
    lo, hi = local_bounds(start, end)
    # IN (…) on both sides lets SQLite use the commitment indexes (an OR across a join cannot)
    mine = or_(
        Commitment.account_id.in_(select(Account.id).where(Account.owner_id == rep_id)),
        Commitment.visit_id.in_(select(Visit.id).where(Visit.rep_id == rep_id)),
    )
    base = (
        select(
            Account.name,
            Commitment.side,
            Commitment.text,
            Commitment.owner,
            Commitment.due_on,
            Commitment.done_on,
        )
        .join(Account, Account.id == Commitment.account_id)
        .where(mine)
    )
    # one pass over the rep's commitments for both lists (either date in the period)
    both = _rows(
        session,
        base.add_columns(_raw(Commitment.created_at).label("created"))
        .where(
            or_(
                (Commitment.created_at >= lo) & (Commitment.created_at < hi),
                (Commitment.due_on >= start) & (Commitment.due_on <= end),
            )
        )
        .order_by(Commitment.due_on, Commitment.id),
    )
    made = [r for r in both if lo <= _utc(r.created) < hi]  # type: ignore[operator]
    due = [r for r in both if r.due_on is not None and start <= r.due_on <= end]

    def rows(rs: Sequence) -> list[CommitmentRow]:  # type: ignore[type-arg]
        return [CommitmentRow(r.name, r.side, r.text, r.owner or "", r.due_on, r.done_on) for r in rs]

    return rows(made), rows(due)


def _annotations(session: Session, rep_id: int, kind: ReportKind, key: str) -> list[AnnotationRow]:
    rows = session.execute(
        select(Annotation.uuid, Annotation.author, Annotation.at, Annotation.section, Annotation.text)
        .join(ReportSubmission, ReportSubmission.id == Annotation.submission_id)
        .where(
            ReportSubmission.rep_id == rep_id,
            ReportSubmission.kind == kind,
            ReportSubmission.period_key == key,
        )
        .order_by(Annotation.at)
    ).all()
    return [AnnotationRow(r.uuid, r.author, _local(r.at), r.section, r.text) for r in rows]


# --- daily ---------------------------------------------------------------------------


def daily_report(db: Database, day: date | str, rep: str | None = None) -> DailyReport:
    """The daily work log: visits done with outcomes, contact log, commitments
    made and due, tomorrow's planned visits, and the rep's own text."""
    period = parse_period(ReportKind.DAILY, day.isoformat() if isinstance(day, date) else day)
    the_day = period.starts_on
    tomorrow = the_day + timedelta(days=1)
    if tomorrow.weekday() == 5:  # Friday's log looks to Monday
        tomorrow += timedelta(days=2)
    with db.reading() as s:
        r = resolve_rep(s, rep)
        text, items = _period_text(s, r.id, PeriodKind.DAY, period.key)
        lo, hi = local_bounds(the_day, the_day)
        done = _visits(s, r.id, lo, hi, status=VisitStatus.DONE)
        tlo, thi = local_bounds(tomorrow, tomorrow)
        planned = _visits(s, r.id, tlo, thi, status=VisitStatus.PLANNED)
        log_rows = s.execute(
            select(
                ContactLog.at,
                Account.name,
                ContactLog.way,
                ContactLog.their_person,
                ContactLog.their_title,
                ContactLog.content,
                ContactLog.next_step,
            )
            .join(Account, Account.id == ContactLog.account_id)
            .where(ContactLog.rep_id == r.id, ContactLog.at >= lo, ContactLog.at < hi)
            .order_by(ContactLog.at)
        ).all()
        log = [
            ContactLogRow(
                _local(x.at),
                x.name,
                x.way,
                " ".join(p for p in (x.their_person, x.their_title) if p),
                x.content or "",
                x.next_step or "",
            )
            for x in log_rows
        ]
        made, due = _commitments(s, r.id, the_day, the_day)
        notes = _annotations(s, r.id, ReportKind.DAILY, period.key)
    return DailyReport(
        r,
        period,
        text,
        tuple(items),
        tuple(done),
        tuple(log),
        tuple(made),
        tuple(due),
        tuple(planned),
        tomorrow,
        tuple(notes),
    )


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
    active = (Opportunity.created_at < hi) & or_(
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
            m = midnight[day] = datetime.combine(_day(day), time.min).astimezone()  # type: ignore[arg-type]
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
        is_active = created_at < hi and (
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
            moves.append(StageMoveRow(opp, acc, from_stage, to_stage, at.astimezone()))
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


def _summary_fields(
    session: Session, r: RepRef, period: PeriodRef, next_period: PeriodRef, kind: ReportKind
) -> tuple[dict, list[_Opp]]:  # type: ignore[type-arg]
    """The fields every period summary has, and the rep's opportunities read
    for them (the monthly extras reuse them)."""
    start, end = period.starts_on, period.ends_on
    lo, hi = local_bounds(start, end)
    text, items = _period_text(session, r.id, period.kind, period.key)
    visits = _visits(session, r.id, lo, hi)
    done = [v for v in visits if v.status is VisitStatus.DONE]
    calls = session.execute(
        select(func.count()).where(
            ContactLog.rep_id == r.id,
            ContactLog.way == ContactWay.PHONE,
            ContactLog.at >= lo,
            ContactLog.at < hi,
        )
    ).scalar_one()
    changes = _stage_changes(session, r.id, lo, hi)
    moves = changes.moves
    closed = session.execute(
        select(
            Opportunity.name,
            Account.name.label("acc"),
            Opportunity.status,
            Opportunity.amount,
            Opportunity.closed_on,
            Opportunity.close_reason,
        )
        .join(Account, Account.id == Opportunity.account_id)
        .where(
            Opportunity.owner_id == r.id,
            Opportunity.status != OpportunityStatus.OPEN,
            Opportunity.closed_on >= start,
            Opportunity.closed_on <= end,
        )
        .order_by(Opportunity.closed_on)
    ).all()
    closed_rows = [
        ClosedOpportunityRow(c.name, c.acc, c.status, c.amount or ZERO, c.closed_on, c.close_reason or "")
        for c in closed
    ]
    made, due = _commitments(session, r.id, start, end)
    opps = _rep_opportunities(session, r.id, lo, hi, with_open=kind is ReportKind.MONTHLY)
    histories = _opportunity_histories(opps, changes)
    p_start, w_start = pipeline_at(histories, lo)
    p_end, w_end = pipeline_at(histories, min(hi, datetime.now(UTC)))
    pays = session.execute(
        select(Account.name, Payment.paid_on, Payment.amount)
        .join(Account, Account.id == Payment.account_id)
        .where(Account.owner_id == r.id, Payment.paid_on >= start, Payment.paid_on <= end)
        .order_by(Payment.paid_on)
    ).all()
    payments = [PaymentRow(p.name, p.paid_on, p.amount) for p in pays]
    overdue = session.execute(
        select(func.sum(Payment.amount))
        .join(Account, Account.id == Payment.account_id)
        .where(Account.owner_id == r.id, Payment.paid_on.is_(None), Payment.due_on <= end)
    ).scalar()
    nlo, nhi = local_bounds(next_period.starts_on, next_period.ends_on)
    next_planned = _visits(session, r.id, nlo, nhi, status=VisitStatus.PLANNED)
    from kamdesk.domain.periods import working_days

    fields = dict(
        rep=r,
        period=period,
        text=text,
        items=tuple(items),
        visits=tuple(visits),
        visits_planned=len(visits),
        visits_done=len(done),
        visits_cancelled=sum(1 for v in visits if v.status is VisitStatus.CANCELLED),
        new_visits=sum(1 for v in done if v.kind is VisitKind.NEW),
        revisits=sum(1 for v in done if v.kind is VisitKind.REVISIT),
        working_days=working_days(start, end),
        calls=int(calls),
        stage_moves=tuple(moves),
        won=tuple(c for c in closed_rows if c.status is OpportunityStatus.WON),
        lost=tuple(c for c in closed_rows if c.status is OpportunityStatus.LOST),
        commitments_made=tuple(made),
        commitments_due=tuple(due),
        pipeline_start=p_start,
        pipeline_end=p_end,
        weighted_start=w_start,
        weighted_end=w_end,
        payments=tuple(payments),
        collections=sum((p.amount for p in payments), ZERO),
        overdue_collections=overdue if overdue is not None else ZERO,
        next_planned=tuple(next_planned),
        next_period=next_period,
        annotations=tuple(_annotations(session, r.id, kind, period.key)),
    )
    return fields, opps


def weekly_report(db: Database, week: str, rep: str | None = None) -> WeeklyReport:
    """The weekly plan and summary for ISO week ``week`` (e.g. 2026-W48)."""
    period = parse_period(ReportKind.WEEKLY, week)
    nstart = period.ends_on + timedelta(days=1)
    nxt = PeriodRef(PeriodKind.WEEK, period_key(PeriodKind.WEEK, nstart), nstart, nstart + timedelta(days=6))
    with db.reading() as s:
        r = resolve_rep(s, rep)
        base, _opps = _summary_fields(s, r, period, nxt, ReportKind.WEEKLY)
        return WeeklyReport(**base)


def monthly_report(db: Database, month: str, rep: str | None = None) -> MonthlyReport:
    """The monthly plan and summary for ``month`` (e.g. 2026-11)."""
    period = parse_period(ReportKind.MONTHLY, month)
    nstart = period.ends_on + timedelta(days=1)
    nkey = period_key(PeriodKind.MONTH, nstart)
    nb = period_bounds(PeriodKind.MONTH, nkey)
    nxt = PeriodRef(PeriodKind.MONTH, nkey, nb[0], nb[1])
    with db.reading() as s:
        r = resolve_rep(s, rep)
        base, opps = _summary_fields(s, r, period, nxt, ReportKind.MONTHLY)
        extra = _monthly_extras(s, r, period, base, opps)
    return MonthlyReport(**base, **extra)


def _monthly_extras(
    session: Session,
    r: RepRef,
    period: PeriodRef,
    base: dict,  # type: ignore[type-arg]
    opps: list[_Opp],
) -> dict:  # type: ignore[type-arg]
    start, end = period.starts_on, period.ends_on
    visits: tuple[VisitRow, ...] = base["visits"]
    # visits per ISO week touching the month
    weeks: dict[str, list[int]] = {}
    d = start
    while d <= end:
        weeks.setdefault(period_key(PeriodKind.WEEK, d), [0, 0])
        d += timedelta(days=1)
    for v in visits:
        w = weeks[period_key(PeriodKind.WEEK, v.on)]
        w[0] += 1
        if v.status is VisitStatus.DONE:
            w[1] += 1
    per_week = tuple(WeekVisits(k, p, dn) for k, (p, dn) in weeks.items())

    # open pipeline by stage (as it stands now) and nine-grid openings
    open_rows = [o for o in opps if o.status is OpportunityStatus.OPEN]
    by_stage: dict[Stage, list[Decimal]] = {s: [Decimal(0), ZERO, ZERO] for s in Stage}
    grid: dict[str, list[Decimal]] = {}
    grid_cell = {(t.code, ld.code): nine_grid(t, ld).cell for t in Territory for ld in Lead}
    for o in open_rows:
        acc = by_stage[o.stage]
        acc[0] += 1
        acc[1] += o.amount or ZERO
        acc[2] += weighted(o.amount, o.stage, o.win_pct_override)
        if o.territory is not None and o.lead is not None:
            cell = grid_cell[(o.territory, o.lead)]
            g = grid.setdefault(cell, [Decimal(0), ZERO])
            g[0] += 1
            g[1] += o.amount or ZERO
    stage_rows = tuple(StageRow(s, int(v[0]), v[1], v[2]) for s, v in by_stage.items() if s is not Stage.S)
    grid_rows = []
    for t in Territory:
        for ld in Lead:
            cell = nine_grid(t, ld).cell
            g = grid.get(cell, [Decimal(0), ZERO])
            grid_rows.append(NineGridCellRow(cell, t, ld, int(g[0]), g[1]))

    # funnel: opportunities active in the month, by the stage they reached
    active = [o.stage for o in opps if o.active]
    funnel_rows = tuple(funnel(active)) if active else ()

    # revenue and top accounts from purchases (returns count negative)
    prow = session.execute(
        select(Account.name, Purchase.amount, Purchase.is_return)
        .join(Account, Account.id == Purchase.account_id)
        .where(Account.owner_id == r.id, Purchase.ordered_on >= start, Purchase.ordered_on <= end)
    ).all()
    per_acc: dict[str, list] = {}  # type: ignore[type-arg]
    revenue = ZERO
    for p in prow:
        amt = -p.amount if p.is_return else p.amount
        revenue += amt
        a = per_acc.setdefault(p.name, [ZERO, 0])
        a[0] += amt
        a[1] += 1
    top = tuple(
        TopAccountRow(n, v[0], v[1])
        for n, v in sorted(per_acc.items(), key=lambda kv: (-kv[1][0], kv[0]))[:10]
    )

    # targets vs actual
    actuals: dict[TargetMetric, Decimal] = {
        TargetMetric.REVENUE: revenue,
        TargetMetric.DEALS: Decimal(len(base["won"])),
        TargetMetric.VISITS: Decimal(base["visits_done"]),
        TargetMetric.NEW_VISITS: Decimal(base["new_visits"]),
        TargetMetric.REVISITS: Decimal(base["revisits"]),
        TargetMetric.CALLS: Decimal(base["calls"]),
        TargetMetric.COLLECTIONS: base["collections"],
    }
    trows = session.execute(
        select(Target.metric, Target.minimum, Target.normal, Target.stretch)
        .where(
            Target.rep_id == r.id,
            Target.period_kind == PeriodKind.MONTH,
            Target.period_key == period.key,
            Target.dimension.is_(None),
        )
        .order_by(Target.id)
    ).all()
    targets = tuple(
        TargetRow(
            t.metric,
            t.minimum,
            t.normal,
            t.stretch,
            actuals[t.metric],
            level_reached(actuals[t.metric], t.minimum, t.normal, t.stretch),
        )
        for t in trows
    )

    # quarter / half / year plans holding this month
    longer = []
    for kind in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
        key = period_key(kind, start)
        txt = session.execute(
            select(PlanPeriod.plan_text).where(
                PlanPeriod.rep_id == r.id, PlanPeriod.kind == kind, PlanPeriod.key == key
            )
        ).scalar()
        if txt:
            longer.append(LongerPlan(kind, key, txt))
    return dict(
        visits_per_week=per_week,
        pipeline_by_stage=stage_rows,
        funnel=funnel_rows,
        targets=targets,
        top_accounts=top,
        revenue=revenue,
        nine_grid=tuple(grid_rows),
        longer_plans=tuple(longer),
    )


def report_data(
    db: Database, kind: ReportKind, key: str, rep: str | None = None
) -> DailyReport | WeeklyReport | MonthlyReport:
    if kind is ReportKind.DAILY:
        return daily_report(db, key, rep)
    if kind is ReportKind.WEEKLY:
        return weekly_report(db, key, rep)
    return monthly_report(db, key, rep)


__all__ = [
    "AnnotationRow",
    "DailyReport",
    "MonthlyReport",
    "PeriodRef",
    "PeriodText",
    "RepRef",
    "WeeklyReport",
    "daily_report",
    "monthly_report",
    "parse_period",
    "report_data",
    "resolve_rep",
    "weekly_report",
]
