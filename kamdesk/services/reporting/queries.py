"""Period and rep resolution and the queries the daily, weekly and monthly
reports share (see :mod:`kamdesk.services.reporting`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, or_, select, type_coerce
from sqlalchemy.orm import Session

from kamdesk import clock
from kamdesk.domain.deadlines import report_period_kind
from kamdesk.domain.field_rules import YEAR_MAX, YEAR_MIN
from kamdesk.domain.periods import PeriodKind, ReportKind, period_bounds, period_key
from kamdesk.domain.stages import OpportunityStatus, Stage
from kamdesk.domain.visits import VisitKind, VisitStatus
from kamdesk.errors import UserError
from kamdesk.services.me import my_rep_id
from kamdesk.services.reporting.types import (
    AnnotationRow,
    CommitmentRow,
    PeriodRef,
    PeriodText,
    PlanItemRow,
    RepRef,
    VisitRow,
)
from kamdesk.store.db import Database
from kamdesk.store.models import (
    Account,
    Annotation,
    Commitment,
    Opportunity,
    PlanItem,
    PlanPeriod,
    Rep,
    ReportSubmission,
    Visit,
)

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


# --- period and rep helpers ----------------------------------------------------


def parse_period(kind: ReportKind, key: str) -> PeriodRef:
    """The period of a report; UserError naming the expected form if ``key`` is malformed."""
    pkind = report_period_kind(kind)
    example = {PeriodKind.DAY: "2026-11-25", PeriodKind.WEEK: "2026-W48", PeriodKind.MONTH: "2026-11"}[pkind]
    key = (key or "").strip().upper()  # 2026-w48 is meant as 2026-W48
    try:
        start, end = period_bounds(pkind, key)
    except (ValueError, TypeError, OverflowError):
        raise UserError(f"malformed {pkind.en.lower()} {key!r}; expected e.g. {example}") from None
    if not YEAR_MIN <= start.year <= end.year <= YEAR_MAX:
        raise UserError(f"{pkind.en.lower()} {key!r} is out of range (years {YEAR_MIN}–{YEAR_MAX})")
    # normalise (2026-w5 → 2026-W05) so PlanPeriod keys match
    canonical = period_key(pkind, start)
    return PeriodRef(pkind, canonical, start, end)


def local_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00 local, end+1 00:00 local) as aware datetimes."""
    lo = clock.localize(datetime.combine(start, time.min))
    hi = clock.localize(datetime.combine(end + timedelta(days=1), time.min))
    return lo, hi


def _local(dt: datetime) -> datetime:
    return clock.to_local(dt)


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
        me = my_rep_id(session)
        rows = session.execute(select(*cols).where(Rep.id == me)).all() if me is not None else []
        if len(rows) != 1:
            rows = session.execute(select(*cols).limit(2)).all()
            if not rows:
                raise UserError("no rep in this database yet; add yourself first (kamdesk profile --name NAME, or My profile in the app)")
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
        local = clock.to_local(_utc(starts_at))  # type: ignore[arg-type]
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
