"""The daily, weekly and monthly reports assembled from the shared queries
(see :mod:`kamdesk.services.reporting`); the period summary's fields come from
:mod:`.summaries`, the monthly additions from :mod:`.monthly`."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.periods import PeriodKind, ReportKind, period_bounds, period_key
from kamdesk.domain.visits import VisitStatus
from kamdesk.services.privacy import Privacy, privacy_of
from kamdesk.services.reporting.activity import check_for
from kamdesk.services.reporting.funnels import sales_status_funnel
from kamdesk.services.reporting.monthly import _monthly_extras
from kamdesk.services.reporting.queries import (
    _annotations,
    _commitments,
    _local,
    _period_text,
    _visits,
    local_bounds,
    parse_period,
    resolve_rep,
)
from kamdesk.services.reporting.summaries import _summary_fields
from kamdesk.services.reporting.types import (
    ContactLogRow,
    DailyReport,
    MonthlyReport,
    PeriodRef,
    WeeklyReport,
)
from kamdesk.store.db import Database
from kamdesk.store.models import Account, ContactLog

# --- daily ---------------------------------------------------------------------------


def daily_report(
    db: Database, day: date | str, rep: str | None = None, *, include_private: bool = False
) -> DailyReport:
    """The daily work log: visits done with outcomes, contact log, commitments
    made and due, tomorrow's planned visits, and the rep's own text. A call
    with a private contact is logged without the person unless ``include_private``."""
    period = parse_period(ReportKind.DAILY, day.isoformat() if isinstance(day, date) else day)
    the_day = period.starts_on
    tomorrow = the_day + timedelta(days=1)
    if tomorrow.weekday() == 5:  # Friday's log looks to Monday
        tomorrow += timedelta(days=2)
    with db.reading() as s:
        r = resolve_rep(s, rep)
        privacy = privacy_of(s, include_private)
        text, items = _period_text(s, r.id, PeriodKind.DAY, period.key)
        lo, hi = local_bounds(the_day, the_day)
        done = _visits(s, r.id, lo, hi, status=VisitStatus.DONE)
        tlo, thi = local_bounds(tomorrow, tomorrow)
        planned = _visits(s, r.id, tlo, thi, status=VisitStatus.PLANNED)
        log = _contact_log(s, r.id, lo, hi, privacy)
        made, due = _commitments(s, r.id, the_day, the_day)
        notes = _annotations(s, r.id, ReportKind.DAILY, period.key)
        activity = check_for(s, r.id, the_day)
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
        activity,
    )


def _contact_log(
    s: Session, rep_id: int, lo: datetime, hi: datetime, privacy: Privacy
) -> list[ContactLogRow]:
    """The rep's contact log between ``lo`` and ``hi``; a private contact's name left out."""
    log_rows = s.execute(
        select(
            ContactLog.at,
            Account.name,
            ContactLog.way,
            ContactLog.contact_id,
            ContactLog.their_person,
            ContactLog.their_title,
            ContactLog.content,
            ContactLog.next_step,
        )
        .join(Account, Account.id == ContactLog.account_id)
        .where(ContactLog.rep_id == rep_id, ContactLog.at >= lo, ContactLog.at < hi)
        .order_by(ContactLog.at)
    ).all()
    return [
        ContactLogRow(
            _local(x.at),
            x.name,
            x.way,
            ""
            if privacy.hides(x.contact_id, x.their_person)
            else " ".join(p for p in (x.their_person, x.their_title) if p),
            x.content or "",
            x.next_step or "",
        )
        for x in log_rows
    ]


# --- weekly and monthly ----------------------------------------------------------------


def weekly_report(db: Database, week: str, rep: str | None = None) -> WeeklyReport:
    """The weekly plan and summary for ISO week ``week`` (e.g. 2026-W48)."""
    period = parse_period(ReportKind.WEEKLY, week)
    nstart = period.ends_on + timedelta(days=1)
    nxt = PeriodRef(PeriodKind.WEEK, period_key(PeriodKind.WEEK, nstart), nstart, nstart + timedelta(days=6))
    with db.reading() as s:
        r = resolve_rep(s, rep)
        base, _open = _summary_fields(s, r, period, nxt, ReportKind.WEEKLY)
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
        base, then = _summary_fields(s, r, period, nxt, ReportKind.MONTHLY)
        extra = _monthly_extras(s, r, period, base, then)
    extra["status_funnel"] = sales_status_funnel(db, period.key, r.uuid)
    return MonthlyReport(**base, **extra)


def report_data(
    db: Database, kind: ReportKind, key: str, rep: str | None = None, *, include_private: bool = False
) -> DailyReport | WeeklyReport | MonthlyReport:
    """A report's data; ``include_private``: with private contacts' names (the
    screen on the rep's laptop, or a file the rep chose to include them in)."""
    if kind is ReportKind.DAILY:
        return daily_report(db, key, rep, include_private=include_private)
    if kind is ReportKind.WEEKLY:
        return weekly_report(db, key, rep)
    return monthly_report(db, key, rep)
