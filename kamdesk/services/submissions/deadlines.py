"""Report deadlines and status (DOMAIN.md §5): the daily log by the end of the
day, the weekly report by Friday 17:30, the monthly one before the 28th —
each due, late or submitted, from the ReportSubmission rows and
:mod:`kamdesk.domain.deadlines`. Deadlines are the rep's local wall-clock
time; ``now`` arguments are naive local times like the deadlines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select

from kamdesk import clock
from kamdesk.domain.deadlines import current_key, deadline, report_period_kind, status
from kamdesk.domain.periods import ReportKind, SubmissionStatus, period_bounds, period_key
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting import parse_period, resolve_rep
from kamdesk.store.db import Database
from kamdesk.store.models import Annotation, ReportSubmission
from kamdesk.store.types import utcnow


@dataclass(frozen=True)
class ReportStatus:
    kind: ReportKind
    key: str
    deadline: datetime  # naive local
    status: SubmissionStatus
    submitted_at: datetime | None  # local, aware
    submission_uuid: str | None
    file_name: str | None
    checksum: str | None
    annotations: int
    unread_annotations: int


def _local_naive(dt: datetime) -> datetime:
    return clock.to_local(dt).replace(tzinfo=None)


def report_status(
    db: Database, kind: ReportKind, key: str, *, rep: str | None = None, now: datetime | None = None
) -> ReportStatus:
    """Status of one report: the latest submission for it counts."""
    period = parse_period(kind, key)
    return _statuses(db, [(kind, period.key)], rep=rep, now=now)[0]


def _statuses(
    db: Database, wanted: list[tuple[ReportKind, str]], *, rep: str | None, now: datetime | None
) -> list[ReportStatus]:
    from kamdesk.services.submissions.handins import workday_end

    now = now or clock.local_now().replace(tzinfo=None)
    day_end = workday_end(db)
    with db.reading() as s:
        r = resolve_rep(s, rep)
        keys = {k for _, k in wanted}
        subs = s.execute(
            select(
                ReportSubmission.id,
                ReportSubmission.uuid,
                ReportSubmission.kind,
                ReportSubmission.period_key,
                ReportSubmission.submitted_at,
                ReportSubmission.file_name,
                ReportSubmission.checksum,
            )
            .where(ReportSubmission.rep_id == r.id, ReportSubmission.period_key.in_(keys))
            .order_by(ReportSubmission.submitted_at)
        ).all()
        latest = {(x.kind, x.period_key): x for x in subs}  # later rows overwrite earlier
        counts: dict[int, tuple[int, int]] = {}
        if subs:
            for sub_id, total, unread in s.execute(
                select(
                    Annotation.submission_id,
                    func.count(),
                    func.sum(case((Annotation.read_on.is_(None), 1), else_=0)),
                )
                .where(Annotation.submission_id.in_([x.id for x in subs]))
                .group_by(Annotation.submission_id)
            ).all():
                counts[sub_id] = (int(total), int(unread or 0))
    out = []
    for kind, key in wanted:
        sub = latest.get((kind, key))
        submitted = _local_naive(sub.submitted_at) if sub else None
        # annotations may hang on any submission of the same report
        n_total = n_unread = 0
        for x in subs:
            if (x.kind, x.period_key) == (kind, key):
                t, u = counts.get(x.id, (0, 0))
                n_total += t
                n_unread += u
        out.append(
            ReportStatus(
                kind,
                key,
                deadline(kind, key, day_end),
                status(kind, key, now, submitted, day_end),
                clock.to_local(sub.submitted_at) if sub else None,
                sub.uuid if sub else None,
                sub.file_name if sub else None,
                sub.checksum if sub else None,
                n_total,
                n_unread,
            )
        )
    return out


def recent_reports(
    db: Database,
    *,
    rep: str | None = None,
    now: datetime | None = None,
    days: int = 7,
    weeks: int = 4,
    months: int = 3,
) -> list[ReportStatus]:
    """The deadlines list: the last ``days`` working days' logs, the last
    ``weeks`` weeks and ``months`` months (current ones included), newest
    deadline first."""
    now = now or clock.local_now().replace(tzinfo=None)
    today = now.date()
    wanted: list[tuple[ReportKind, str]] = []
    d = today
    while len([w for w in wanted if w[0] is ReportKind.DAILY]) < days:
        if d.weekday() < 5:
            wanted.append((ReportKind.DAILY, d.isoformat()))
        d -= timedelta(days=1)
    for kind, count in ((ReportKind.WEEKLY, weeks), (ReportKind.MONTHLY, months)):
        key = current_key(kind, today)
        pkind = report_period_kind(kind)
        for _ in range(count):
            wanted.append((kind, key))
            start, _end = period_bounds(pkind, key)
            key = period_key(pkind, start - timedelta(days=1))
    rows = _statuses(db, wanted, rep=rep, now=now)
    return sorted(rows, key=lambda r: r.deadline, reverse=True)


def open_reports(db: Database, *, rep: str | None = None, now: datetime | None = None) -> list[ReportStatus]:
    """Reports still due or late, most pressing (earliest deadline) first — for the reminders."""
    rows = [r for r in recent_reports(db, rep=rep, now=now) if r.status is not SubmissionStatus.SUBMITTED]
    return sorted(rows, key=lambda r: r.deadline)


def submitted_reports(db: Database, *, rep: str | None = None) -> set[tuple[ReportKind, str]]:
    """(kind, key) of every report handed in, as
    :func:`kamdesk.domain.reminders.report_reminders` takes them."""
    with db.reading() as s:
        r = resolve_rep(s, rep)
        rows = s.execute(
            select(ReportSubmission.kind, ReportSubmission.period_key).where(ReportSubmission.rep_id == r.id)
        ).all()
    return {(k, p) for k, p in rows}


def mark_submitted(
    db: Database,
    kind: ReportKind,
    key: str,
    *,
    rep: str | None = None,
    file_name: str | None = None,
    checksum: str | None = None,
    uuid: str | None = None,
    at: datetime | None = None,
) -> Result[ReportStatus]:
    """Record that the report was handed in (a PDF sent, a submission file made)."""
    period = parse_period(kind, key)
    with db.transaction() as s:
        r = resolve_rep(s, rep)
        sub = ReportSubmission(
            rep_id=r.id,
            kind=kind,
            period_key=period.key,
            submitted_at=at or utcnow(),
            file_name=file_name,
            checksum=checksum,
            received=False,
        )
        if uuid:
            sub.uuid = uuid
        s.add(sub)
    return Result(report_status(db, kind, period.key, rep=r.uuid), Changes.of("report", uuids=(sub.uuid,)))


def mark_annotations_read(db: Database, kind: ReportKind, key: str, *, rep: str | None = None) -> Result[int]:
    """Mark the manager's notes on a report as read; returns how many were unread."""
    period = parse_period(kind, key)
    with db.transaction() as s:
        r = resolve_rep(s, rep)
        notes = (
            s.execute(
                select(Annotation)
                .join(ReportSubmission, ReportSubmission.id == Annotation.submission_id)
                .where(
                    ReportSubmission.rep_id == r.id,
                    ReportSubmission.kind == kind,
                    ReportSubmission.period_key == period.key,
                    Annotation.read_on.is_(None),
                )
            )
            .scalars()
            .all()
        )
        for n in notes:
            n.read_on = clock.today()
        return Result(len(notes), Changes.of("report"))


__all__ = [
    "ReportStatus",
    "mark_annotations_read",
    "mark_submitted",
    "open_reports",
    "recent_reports",
    "report_status",
    "submitted_reports",
]
