"""Reports handed in, on time or late (DOMAIN.md §5, seed 002): the daily
log by the end of the working day (the hour is this database's setting),
the weekly report by Friday 17:30, the monthly one before the 28th.

A report counts by its first hand-in: handing a report in again later (a
correction) does not make an on-time report late. The record works on the
rep's laptop and on the manager's database alike (received submissions keep
the rep's own hand-in time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from kamdesk import clock
from kamdesk.domain.deadlines import END_OF_DAY, deadline, late_by, lateness_text, parse_day_end
from kamdesk.domain.periods import PeriodKind, ReportKind, period_bounds, period_key
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting import RepRef, list_reps, parse_period, resolve_rep
from kamdesk.store.db import Database
from kamdesk.store.models import ReportSubmission, StoreMeta
from kamdesk.store.types import utcnow

WORKDAY_END_KEY = "workday_end"


def workday_end(db: Database) -> time:
    """The hour the daily log is due (当天下班之前); 23:59 until set."""
    with db.reading() as s:
        value = s.scalar(select(StoreMeta.value).where(StoreMeta.key == WORKDAY_END_KEY))
    return parse_day_end(value) if value else END_OF_DAY


def set_workday_end(db: Database, value: str) -> Result[time]:
    """Set the end of the working day (``18:00``); a value that is not a time
    is refused naming ``workday_end`` and nothing is saved."""
    try:
        parsed = parse_day_end(value)
    except ValueError as exc:
        raise ValidationError({"workday_end": str(exc)}) from None
    with db.transaction() as s:
        row = s.get(StoreMeta, WORKDAY_END_KEY)
        if row is None:
            s.add(StoreMeta(key=WORKDAY_END_KEY, value=parsed.strftime("%H:%M")))
        else:
            row.value = parsed.strftime("%H:%M")
    return Result(parsed, Changes.of("report"))


@dataclass(frozen=True)
class HandIn:
    """One report with its deadline and, once handed in, how late it was."""

    rep: str
    kind: ReportKind
    key: str
    deadline: datetime  # naive local
    handed_in: datetime | None  # naive local; None: not handed in
    late: timedelta | None  # None: not handed in

    @property
    def on_time(self) -> bool:
        return self.late is not None and self.late == timedelta(0)

    def describe(self, lang: str = "zh") -> str:
        if self.late is None:
            return "未提交" if lang.lower().startswith("zh") else "not handed in"
        return lateness_text(self.late, lang)


def _naive_local(at: datetime) -> datetime:
    return clock.to_local(at).replace(tzinfo=None)


def _period_key(kind: ReportKind, key: str | None, today: date) -> str:
    if key is None:
        pkind = {ReportKind.DAILY: PeriodKind.DAY, ReportKind.WEEKLY: PeriodKind.WEEK}.get(
            kind, PeriodKind.MONTH
        )
        return period_key(pkind, today)
    try:
        return parse_period(kind, key).key
    except UserError as exc:
        raise ValidationError({"period": str(exc)}) from None


def hand_in(
    db: Database,
    kind: ReportKind,
    key: str | None = None,
    *,
    rep: str | None = None,
    at: datetime | None = None,
) -> Result[HandIn]:
    """Mark the report for ``key`` (default: today's log, this week, this
    month) handed in now; returns it with on time or how late."""
    now = at or utcnow()
    canonical = _period_key(kind, key, clock.to_local(now).date())
    day_end = workday_end(db)
    with db.transaction() as s:
        r = resolve_rep(s, rep)
        sub = ReportSubmission(rep_id=r.id, kind=kind, period_key=canonical, submitted_at=now, received=False)
        s.add(sub)
        s.flush()
        uuid = sub.uuid
        first = s.scalar(
            select(func.min(ReportSubmission.submitted_at)).where(
                ReportSubmission.rep_id == r.id,
                ReportSubmission.kind == kind,
                ReportSubmission.period_key == canonical,
            )
        )
    handed = _naive_local(first if first is not None else now)
    row = HandIn(
        r.name,
        kind,
        canonical,
        deadline(kind, canonical, day_end),
        handed,
        late_by(kind, canonical, handed, day_end),
    )
    return Result(row, Changes.of("report", uuids=(uuid,)))


@dataclass(frozen=True)
class OnTimeRecord:
    rep: RepRef
    month: str
    rows: tuple[HandIn, ...]  # every report whose deadline in the month has passed

    @property
    def on_time(self) -> int:
        return sum(1 for r in self.rows if r.on_time)

    @property
    def late(self) -> int:
        return sum(1 for r in self.rows if r.late is not None and not r.on_time)

    @property
    def missing(self) -> int:
        return sum(1 for r in self.rows if r.late is None)

    def summary(self, lang: str = "zh") -> str:
        """``按时 18 · 迟交 2 · 未提交 1``."""
        if lang.lower().startswith("zh"):
            return f"按时 {self.on_time} · 迟交 {self.late} · 未提交 {self.missing}"
        return f"on time {self.on_time} · late {self.late} · not handed in {self.missing}"


def _reports_of_month(month: str, day_end: time, now: datetime) -> list[tuple[ReportKind, str, datetime]]:
    """Daily logs of the month's working days, the weeks whose Friday falls in
    it and the month itself — those whose deadline has passed by ``now``."""
    first, last = period_bounds(PeriodKind.MONTH, month)
    out: list[tuple[ReportKind, str, datetime]] = []
    d = first
    while d <= last:
        if d.weekday() < 5:
            out.append((ReportKind.DAILY, d.isoformat(), deadline(ReportKind.DAILY, d.isoformat(), day_end)))
        if d.weekday() == 4:
            wk = period_key(PeriodKind.WEEK, d)
            out.append((ReportKind.WEEKLY, wk, deadline(ReportKind.WEEKLY, wk)))
        d += timedelta(days=1)
    out.append((ReportKind.MONTHLY, month, deadline(ReportKind.MONTHLY, month)))
    return [x for x in out if x[2] < now]


def on_time_record(
    db: Database, month: str, rep: str | None = None, *, now: datetime | None = None
) -> OnTimeRecord:
    """The rep's reports of ``month`` (YYYY-MM) whose deadline has passed: on time, late (by how much), missing."""
    try:
        month = parse_period(ReportKind.MONTHLY, month).key
    except UserError as exc:
        raise ValidationError({"month": str(exc)}) from None
    with db.reading() as s:
        r = resolve_rep(s, rep)
    return _record(db, r, month, workday_end(db), now or clock.local_now().replace(tzinfo=None))


def _record(db: Database, r: RepRef, month: str, day_end: time, now: datetime) -> OnTimeRecord:
    wanted = _reports_of_month(month, day_end, now)
    keys = {k for _, k, _ in wanted}
    with db.reading() as s:
        firsts = {
            (kind, key): at
            for kind, key, at in s.execute(
                select(
                    ReportSubmission.kind,
                    ReportSubmission.period_key,
                    func.min(ReportSubmission.submitted_at),
                )
                .where(ReportSubmission.rep_id == r.id, ReportSubmission.period_key.in_(keys))
                .group_by(ReportSubmission.kind, ReportSubmission.period_key)
            ).all()
        }
    rows = []
    for kind, key, due in wanted:
        at = firsts.get((kind, key))
        handed = _naive_local(at) if at is not None else None
        rows.append(
            HandIn(
                r.name,
                kind,
                key,
                due,
                handed,
                None if handed is None else late_by(kind, key, handed, day_end),
            )
        )
    return OnTimeRecord(r, month, tuple(rows))


def team_on_time(db: Database, month: str, *, now: datetime | None = None) -> list[OnTimeRecord]:
    """Every rep's on-time record for ``month``, by name."""
    try:
        month = parse_period(ReportKind.MONTHLY, month).key
    except UserError as exc:
        raise ValidationError({"month": str(exc)}) from None
    day_end = workday_end(db)
    moment = now or clock.local_now().replace(tzinfo=None)
    return [_record(db, r, month, day_end, moment) for r in list_reps(db)]
