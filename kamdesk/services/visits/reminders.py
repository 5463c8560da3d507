"""Reminders due on a date, gathered from the store (the rules are in
:mod:`kamdesk.domain.reminders`), and the accounts to offer as visits to plan."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from kamdesk.domain.grading import Cadence
from kamdesk.domain.periods import ReportKind
from kamdesk.domain.reminder_caps import DueReminders, birthday_md_ranges, cap_per_kind
from kamdesk.domain.reminders import (
    AccountFact,
    BirthdayFact,
    CommitmentFact,
    PurchaseItemFact,
    ReminderKind,
    cadence_reminders,
    reminders_on,
    revisit_reminders,
)
from kamdesk.errors import UserError
from kamdesk.services.accounts.query import overdue_condition, revisit_due_condition
from kamdesk.services.me import my_rep_id
from kamdesk.services.visits import local_date
from kamdesk.services.visits.reminder_state import hidden_keys
from kamdesk.store.db import Database
from kamdesk.store.models import Account, Commitment, Contact, PurchaseItem, Rep, ReportSubmission


def _me(s: Session, rep_uuid: str | None) -> int | None:
    """The rep whose reminders these are: ``rep_uuid``, else the laptop's own
    rep (``is_me``); None when none is set up (then every record counts)."""
    if rep_uuid is not None:
        found = s.scalar(select(Rep.id).where(Rep.uuid == rep_uuid))
        if found is None:
            raise UserError(f"No such rep: {rep_uuid}")
        return found
    return my_rep_id(s)


def _owned_by(rep_id: int | None) -> ColumnElement[bool]:
    """Accounts of the rep (and unassigned ones, which are nobody else's)."""
    if rep_id is None:
        return true()
    return or_(Account.owner_id == rep_id, Account.owner_id.is_(None))


def _cadence_overdue(today: date, tz: tzinfo | None) -> ColumnElement[bool]:
    """Touched, and last touched before local midnight of ``today`` minus the
    cadence (as :func:`account_query.overdue_condition`, in ``tz``): the
    domain's ``cadence_due_on(a) < today``."""
    if tz is None:
        return and_(Account.last_touch_at.is_not(None), overdue_condition(today))
    return or_(
        *(
            and_(
                Account.cadence == c,
                Account.last_touch_at < datetime.combine(today - timedelta(days=c.days), time(), tzinfo=tz),
            )
            for c in Cadence
        )
    )


def _account_facts(s: Session, tz: tzinfo | None, where: ColumnElement[bool]) -> list[AccountFact]:
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
    ).where(Account.archived.is_(False), where)
    return [
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
        for uuid, name, cadence, revisit, touch, last_visit, next_visit, purchase_on, cycle in s.execute(stmt)
    ]


def due_reminders(
    db: Database,
    today: date,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    include_reports: bool = True,
    purchase_ahead_days: int = 7,
    birthday_ahead_days: int = 7,
    limit_per_kind: int | None = None,
    rep_uuid: str | None = None,
) -> DueReminders:
    """The reminders due on ``today`` for the rep (``rep_uuid``, else the
    laptop's ``is_me`` rep; everyone's when there is none): their accounts,
    the commitments and birthdays on them, and the reports. ``now``: naive
    local time for report deadlines. Most pressing first; with
    ``limit_per_kind`` at most that many of each kind, and ``.totals`` says
    how many of each are due in all.

    SQL picks the candidates by index (open commitments due by today,
    accounts past their revisit or cadence or with a purchase cycle,
    birthdays in the window); the rules in :mod:`kamdesk.domain.reminders`
    decide which are due."""
    with db.reading() as s:
        hidden = hidden_keys(s, today)
        me = _me(s, rep_uuid)
        owned = _owned_by(me)
        commitments = _open_commitments(s, me, owned, today)
        birthdays = _birthdays(s, owned, today, birthday_ahead_days)
        accounts = _due_accounts(s, tz, owned, today)
        items = _purchase_items(s, owned)
        if items:  # an account reminded per product is not reminded again for its one cycle
            with_items = {i.account_uuid for i in items}
            accounts = [replace(a, purchase_cycle_days=None) if a.uuid in with_items else a for a in accounts]
        submitted = _unreceived_reports(s) if include_reports else None
    found = reminders_on(
        today,
        commitments=commitments,
        accounts=accounts,
        birthdays=birthdays,
        items=items,
        submitted_reports=submitted,
        now=now,
        purchase_ahead_days=purchase_ahead_days,
        birthday_ahead_days=birthday_ahead_days,
    )
    # what the rep marked done, snoozed or dismissed on this laptop stays out
    found = [r for r in found if r.key not in hidden]
    return cap_per_kind(found, limit_per_kind)


def _open_commitments(
    s: Session, me: int | None, owned: ColumnElement[bool], today: date
) -> list[CommitmentFact]:
    """Open commitments due by ``today`` on the rep's accounts (everyone's when ``me`` is None)."""
    columns = (
        Commitment.uuid,
        Account.uuid,
        Account.name,
        Commitment.text,
        Commitment.side,
        Commitment.due_on,
        Commitment.owner,
    )
    if me is None:
        open_due = (
            select(*columns)
            .join(Account, Account.id == Commitment.account_id)
            .where(Commitment.done_on.is_(None), Commitment.due_on <= today)
        )
    else:
        # The rep's few thousand accounts, then their commitments by
        # account_id: far fewer rows than the whole team's open ones. The
        # coalesce keeps SQLite off ix_commitment_due (done_on, due_on),
        # which it would pick and then drop 39 rows in 40 (170 ms vs 5 ms).
        open_due = (
            select(*columns)
            .join(Account, Account.id == Commitment.account_id)
            .where(
                Commitment.account_id.in_(select(Account.id).where(owned)),
                func.coalesce(Commitment.done_on, Commitment.done_on).is_(None),
                Commitment.due_on <= today,
            )
        )
    return [
        CommitmentFact(u, au, an, text, side.code, due, None, owner)
        for u, au, an, text, side, due, owner in s.execute(open_due)
    ]


def _birthdays(s: Session, owned: ColumnElement[bool], today: date, ahead_days: int) -> list[BirthdayFact]:
    """Contacts on the rep's accounts whose birthday falls in the window."""
    windows = birthday_md_ranges(today, ahead_days)
    if not windows:
        return []
    return [
        BirthdayFact(u, n, md, au, an)
        for u, n, md, au, an in s.execute(
            select(Contact.uuid, Contact.name, Contact.birthday_md, Account.uuid, Account.name)
            .join(Account, Account.id == Contact.account_id)
            .where(
                or_(*(Contact.birthday_md.between(lo, hi) for lo, hi in windows)),
                Contact.archived.is_(False),
                owned,
            )
        )
    ]


def _due_accounts(
    s: Session, tz: tzinfo | None, owned: ColumnElement[bool], today: date
) -> list[AccountFact]:
    """The rep's accounts past their revisit or cadence, or with a purchase cycle."""
    return _account_facts(
        s,
        tz,
        and_(
            owned,
            or_(
                revisit_due_condition(today),
                _cadence_overdue(today, tz),
                and_(Account.purchase_cycle_days.is_not(None), Account.last_purchase_on.is_not(None)),
            ),
        ),
    )


def _purchase_items(s: Session, owned: ColumnElement[bool]) -> list[PurchaseItemFact]:
    # each product bought on its own cycle: reminded from its own lead before its due
    item_rows = s.execute(
        select(
            PurchaseItem.uuid,
            Account.uuid,
            Account.name,
            PurchaseItem.product,
            PurchaseItem.cycle_days,
            PurchaseItem.next_due_on,
            PurchaseItem.remind_days,
        )
        .join(Account, Account.id == PurchaseItem.account_id)
        .where(PurchaseItem.next_due_on.is_not(None), owned)
    ).all()
    return [PurchaseItemFact(*row) for row in item_rows]


def _unreceived_reports(s: Session) -> set[tuple[ReportKind, str]]:
    return {
        (kind, key)
        for kind, key in s.execute(
            select(ReportSubmission.kind, ReportSubmission.period_key).where(
                ReportSubmission.received.is_(False)
            )
        )
    }


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
    db: Database,
    today: date,
    *,
    ahead_days: int = 7,
    tz: tzinfo | None = None,
    rep_uuid: str | None = None,
) -> list[VisitSuggestion]:
    """The rep's accounts (``rep_uuid``, else the laptop's ``is_me`` rep;
    everyone's when there is none) due a revisit within ``ahead_days`` or
    past their contact cadence, with no visit planned — most overdue first."""
    with db.reading() as s:
        owned = _owned_by(_me(s, rep_uuid))
        facts = _account_facts(
            s,
            tz,
            and_(
                owned,
                or_(revisit_due_condition(today + timedelta(days=ahead_days)), _cadence_overdue(today, tz)),
            ),
        )
    found = revisit_reminders(facts, today, ahead_days)
    seen = {r.account_uuid for r in found}
    found += [r for r in cadence_reminders(facts, today) if r.account_uuid not in seen]
    out = [
        VisitSuggestion(r.account_uuid or "", r.subject, r.kind, r.due_on, r.days, int(r.detail or 0))
        for r in found
    ]
    out.sort(key=lambda v: (v.days, v.account_name))
    return out
