"""Reminders due on a date, gathered from the store (the rules are in
:mod:`kamdesk.domain.reminders`), and the accounts to offer as visits to plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import or_, select

from kamdesk.domain.periods import ReportKind
from kamdesk.domain.reminders import (
    AccountFact,
    BirthdayFact,
    CommitmentFact,
    Reminder,
    ReminderKind,
    cadence_reminders,
    reminders_on,
    revisit_reminders,
)
from kamdesk.services.visits import local_date
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Commitment, Contact, ReportSubmission


def _account_facts(db: Database, tz: tzinfo | None, *, purchase: bool) -> list[AccountFact]:
    conds = [Account.cadence.is_not(None), Account.revisit_interval.is_not(None)]
    if purchase:
        conds.append(Account.purchase_cycle_days.is_not(None))
    stmt = select(
        Account.uuid,
        Account.name,
        Account.cadence,
        Account.revisit_interval,
        Account.last_touch_at,
        Account.last_visit_on,
        Account.next_visit_on,
        Account.last_purchase_on,
        Account.purchase_cycle_days,
    ).where(Account.archived.is_(False), or_(*conds))
    out: list[AccountFact] = []
    with db.reading() as s:
        for uuid, name, cadence, revisit, touch, last_visit, next_visit, purchase_on, cycle in s.execute(
            stmt
        ):
            out.append(
                AccountFact(
                    uuid=uuid,
                    name=name,
                    cadence_days=cadence.days if cadence else None,
                    revisit_days=revisit.days if revisit else None,
                    last_touch_on=local_date(touch, tz) if touch else None,
                    last_visit_on=last_visit,
                    next_visit_on=next_visit,
                    last_purchase_on=purchase_on,
                    purchase_cycle_days=cycle,
                )
            )
    return out


def due_reminders(
    db: Database,
    today: date,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    include_reports: bool = True,
    purchase_ahead_days: int = 7,
    birthday_ahead_days: int = 7,
) -> list[Reminder]:
    """Every reminder due on ``today`` (``now``: naive local time for report deadlines)."""
    with db.reading() as s:
        commitments = [
            CommitmentFact(u, au, an, text, side.code, due, None, owner)
            for u, au, an, text, side, due, owner in s.execute(
                select(
                    Commitment.uuid,
                    Account.uuid,
                    Account.name,
                    Commitment.text,
                    Commitment.side,
                    Commitment.due_on,
                    Commitment.owner,
                )
                .join(Account, Account.id == Commitment.account_id)
                .where(Commitment.done_on.is_(None), Commitment.due_on <= today)
            )
        ]
        birthdays = [
            BirthdayFact(u, n, md, au, an)
            for u, n, md, au, an in s.execute(
                select(Contact.uuid, Contact.name, Contact.birthday_md, Account.uuid, Account.name)
                .join(Account, Account.id == Contact.account_id)
                .where(Contact.birthday_md.is_not(None), Contact.archived.is_(False))
            )
        ]
        submitted: set[tuple[ReportKind, str]] | None = None
        if include_reports:
            submitted = {
                (kind, key)
                for kind, key in s.execute(
                    select(ReportSubmission.kind, ReportSubmission.period_key).where(
                        ReportSubmission.received.is_(False)
                    )
                )
            }
    return reminders_on(
        today,
        commitments=commitments,
        accounts=_account_facts(db, tz, purchase=True),
        birthdays=birthdays,
        submitted_reports=submitted,
        now=now,
        purchase_ahead_days=purchase_ahead_days,
        birthday_ahead_days=birthday_ahead_days,
    )


@dataclass(frozen=True)
class VisitSuggestion:
    """An account to plan a visit for: past its cadence or due a revisit."""

    account_uuid: str
    account_name: str
    reason: ReminderKind
    due_on: date
    days: int  # negative: overdue by that many days
    interval_days: int


def accounts_to_visit(
    db: Database, today: date, *, ahead_days: int = 7, tz: tzinfo | None = None
) -> list[VisitSuggestion]:
    """Accounts due a revisit within ``ahead_days`` or past their contact
    cadence, with no visit planned — most overdue first."""
    facts = _account_facts(db, tz, purchase=False)
    found = revisit_reminders(facts, today, ahead_days)
    seen = {r.account_uuid for r in found}
    found += [r for r in cadence_reminders(facts, today) if r.account_uuid not in seen]
    out = [
        VisitSuggestion(r.account_uuid or "", r.subject, r.kind, r.due_on, r.days, int(r.detail or 0))
        for r in found
    ]
    out.sort(key=lambda v: (v.days, v.account_name))
    return out
