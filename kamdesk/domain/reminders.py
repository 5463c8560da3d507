"""Which reminders are due on a date (DOMAIN.md §4–§5): commitments due or
overdue, revisits due after the last visit, accounts past their contact
cadence, purchase cycles coming round, birthdays ahead, reports due.

Pure functions over plain inputs; the service gathers the inputs in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kamdesk.domain.codes import Coded
from kamdesk.domain.deadlines import current_key, deadline, report_period_kind
from kamdesk.domain.periods import ReportKind, period_bounds, period_key

#: How far ahead a purchase cycle or birthday is announced by default.
PURCHASE_AHEAD_DAYS = 7
BIRTHDAY_AHEAD_DAYS = 7
#: How many days before its deadline a weekly/monthly report is announced.
REPORT_AHEAD_DAYS = 2


class ReminderKind(Coded):
    COMMITMENT_OVERDUE = ("commitment_overdue", "承诺已逾期", "Commitment overdue")
    COMMITMENT_DUE = ("commitment_due", "承诺今日到期", "Commitment due today")
    REVISIT_DUE = ("revisit_due", "应再访", "Revisit due")
    CADENCE_OVERDUE = ("cadence_overdue", "超过联络周期", "Past contact cadence")
    PURCHASE_CYCLE = ("purchase_cycle", "采购周期将到", "Purchase cycle due")
    BIRTHDAY = ("birthday", "生日", "Birthday")
    REPORT_DUE = ("report_due", "报告待提交", "Report due")
    REPORT_LATE = ("report_late", "报告逾期", "Report late")


#: Order in which reminders are listed (most pressing first).
_ORDER = {kind: i for i, kind in enumerate(ReminderKind)}


@dataclass(frozen=True)
class Reminder:
    """One thing to act on. ``due_on`` is when it falls due (past for
    overdue ones); ``days`` is ``due_on - today`` (negative: overdue).
    ``subject`` is the account or person; ``detail`` what it is about.
    ``account_uuid``/``ref_uuid`` let the UI open the record."""

    kind: ReminderKind
    due_on: date
    days: int
    subject: str
    detail: str = ""
    account_uuid: str | None = None
    ref_uuid: str | None = None

    @property
    def key(self) -> str:
        """Stable identity, so a running app can tell new reminders from seen ones."""
        return f"{self.kind.code}:{self.ref_uuid or self.account_uuid or self.subject}:{self.due_on}"


# --- inputs ---------------------------------------------------------------------


@dataclass(frozen=True)
class CommitmentFact:
    uuid: str
    account_uuid: str
    account_name: str
    text: str
    side: str  # "us" | "them"
    due_on: date | None
    done_on: date | None = None
    owner: str | None = None


@dataclass(frozen=True)
class AccountFact:
    uuid: str
    name: str
    cadence_days: int | None = None
    revisit_days: int | None = None
    last_touch_on: date | None = None
    last_visit_on: date | None = None
    next_visit_on: date | None = None  # the next planned visit, if any
    last_purchase_on: date | None = None
    purchase_cycle_days: int | None = None


@dataclass(frozen=True)
class PurchaseItemFact:
    """One product an account buys on a cycle (购买周期提醒), with its next due date."""

    uuid: str
    account_uuid: str
    account_name: str
    product: str
    cycle_days: int | None
    next_due_on: date | None
    remind_days: int = PURCHASE_AHEAD_DAYS


@dataclass(frozen=True)
class BirthdayFact:
    contact_uuid: str
    name: str
    birthday_md: str | None  # "MM-DD"
    account_uuid: str | None = None
    account_name: str = ""


# --- rules ----------------------------------------------------------------------


def commitment_reminders(commitments: Iterable[CommitmentFact], today: date) -> list[Reminder]:
    """Open commitments due today or earlier."""
    out: list[Reminder] = []
    for c in commitments:
        if c.done_on is not None or c.due_on is None or c.due_on > today:
            continue
        kind = ReminderKind.COMMITMENT_DUE if c.due_on == today else ReminderKind.COMMITMENT_OVERDUE
        out.append(
            Reminder(kind, c.due_on, (c.due_on - today).days, c.account_name, c.text, c.account_uuid, c.uuid)
        )
    return out


def revisit_due_on(account: AccountFact) -> date | None:
    """Last visit + the account's revisit interval (20/40/60/80 days)."""
    if account.last_visit_on is None or not account.revisit_days:
        return None
    return account.last_visit_on + timedelta(days=account.revisit_days)


def cadence_due_on(account: AccountFact) -> date | None:
    """Last contact + the account's cadence; None when it has none or no contact yet."""
    if account.last_touch_on is None or not account.cadence_days:
        return None
    return account.last_touch_on + timedelta(days=account.cadence_days)


def _planned_since(account: AccountFact, since: date | None) -> bool:
    return account.next_visit_on is not None and (since is None or account.next_visit_on > since)


def revisit_reminders(accounts: Iterable[AccountFact], today: date, ahead_days: int = 0) -> list[Reminder]:
    """Accounts whose revisit falls due by ``today + ahead_days`` and that have
    no visit planned since the last one."""
    out: list[Reminder] = []
    horizon = today + timedelta(days=ahead_days)
    for a in accounts:
        due = revisit_due_on(a)
        if due is None or due > horizon or _planned_since(a, a.last_visit_on):
            continue
        detail = f"{a.revisit_days}"
        out.append(
            Reminder(ReminderKind.REVISIT_DUE, due, (due - today).days, a.name, detail, a.uuid, a.uuid)
        )
    return out


def cadence_reminders(accounts: Iterable[AccountFact], today: date) -> list[Reminder]:
    """Accounts not contacted within their cadence (due date passed) and with
    no visit planned."""
    out: list[Reminder] = []
    for a in accounts:
        due = cadence_due_on(a)
        if due is None or due >= today or _planned_since(a, a.last_touch_on):
            continue
        detail = f"{a.cadence_days}"
        out.append(
            Reminder(ReminderKind.CADENCE_OVERDUE, due, (due - today).days, a.name, detail, a.uuid, a.uuid)
        )
    return out


def purchase_cycle_reminders(
    accounts: Iterable[AccountFact], today: date, ahead_days: int = PURCHASE_AHEAD_DAYS
) -> list[Reminder]:
    """Accounts whose next purchase (last purchase + cycle) falls within
    ``ahead_days`` (or has passed without a new order)."""
    out: list[Reminder] = []
    horizon = today + timedelta(days=ahead_days)
    for a in accounts:
        if a.last_purchase_on is None or not a.purchase_cycle_days:
            continue
        due = a.last_purchase_on + timedelta(days=a.purchase_cycle_days)
        if due > horizon:
            continue
        out.append(
            Reminder(
                ReminderKind.PURCHASE_CYCLE,
                due,
                (due - today).days,
                a.name,
                f"{a.purchase_cycle_days}",
                a.uuid,
                a.uuid,
            )
        )
    return out


def purchase_item_reminders(items: Iterable[PurchaseItemFact], today: date) -> list[Reminder]:
    """Products whose next order is due within their own reminder lead (or
    overdue): one reminder per product, named "account · product"."""
    out: list[Reminder] = []
    for item in items:
        if item.next_due_on is None:
            continue
        if item.next_due_on - timedelta(days=max(0, item.remind_days)) > today:
            continue
        out.append(
            Reminder(
                ReminderKind.PURCHASE_CYCLE,
                item.next_due_on,
                (item.next_due_on - today).days,
                f"{item.account_name} · {item.product}",
                f"{item.cycle_days or ''}",
                item.account_uuid,
                item.uuid,
            )
        )
    return out


def next_birthday(birthday_md: str, today: date) -> date | None:
    """The next date (today or later) of a "MM-DD" birthday; 02-29 falls on
    02-28 in common years. None for a malformed value."""
    try:
        month_s, day_s = birthday_md.strip().split("-")
        month, day = int(month_s), int(day_s)
    except (AttributeError, ValueError):
        return None
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            if month == 2 and day == 29:
                candidate = date(year, 2, 28)
            else:
                return None
        if candidate >= today:
            return candidate
    return None


def birthday_reminders(
    contacts: Iterable[BirthdayFact], today: date, ahead_days: int = BIRTHDAY_AHEAD_DAYS
) -> list[Reminder]:
    out: list[Reminder] = []
    for c in contacts:
        if not c.birthday_md:
            continue
        when = next_birthday(c.birthday_md, today)
        if when is None or (when - today).days > ahead_days:
            continue
        out.append(
            Reminder(
                ReminderKind.BIRTHDAY,
                when,
                (when - today).days,
                c.name,
                c.account_name,
                c.account_uuid,
                c.contact_uuid,
            )
        )
    return out


def report_reminders(
    submitted: Set[tuple[ReportKind, str]],
    now: datetime,
    ahead_days: int = REPORT_AHEAD_DAYS,
) -> list[Reminder]:
    """Reports not yet handed in: today's work log, this week's and this
    month's report when their deadline is within ``ahead_days``, and last
    week's or last month's if still missing (late). ``now`` is naive local
    time, like the deadlines."""
    today = now.date()
    out: list[Reminder] = []
    for kind in ReportKind:
        key = current_key(kind, today)
        keys = [key]
        if kind is not ReportKind.DAILY:
            start, _ = period_bounds(report_period_kind(kind), key)
            keys.insert(0, period_key(report_period_kind(kind), start - timedelta(days=1)))
        for k in keys:
            if (kind, k) in submitted:
                continue
            due = deadline(kind, k)
            if now > due:
                if k == key and kind is ReportKind.DAILY:
                    continue  # today's log after midnight is tomorrow's concern
                out.append(
                    Reminder(
                        ReminderKind.REPORT_LATE,
                        due.date(),
                        (due.date() - today).days,
                        kind.zh,
                        k,
                        None,
                        f"{kind.code}:{k}",
                    )
                )
            elif (due.date() - today).days <= ahead_days:
                out.append(
                    Reminder(
                        ReminderKind.REPORT_DUE,
                        due.date(),
                        (due.date() - today).days,
                        kind.zh,
                        k,
                        None,
                        f"{kind.code}:{k}",
                    )
                )
    return out


def reminders_on(
    today: date,
    *,
    commitments: Iterable[CommitmentFact] = (),
    accounts: Iterable[AccountFact] = (),
    birthdays: Iterable[BirthdayFact] = (),
    items: Iterable[PurchaseItemFact] = (),
    submitted_reports: Set[tuple[ReportKind, str]] | None = None,
    now: datetime | None = None,
    purchase_ahead_days: int = PURCHASE_AHEAD_DAYS,
    birthday_ahead_days: int = BIRTHDAY_AHEAD_DAYS,
) -> list[Reminder]:
    """Every reminder due on ``today``, most pressing kind first, then nearest first.
    Reports are included when ``submitted_reports`` is given."""
    accounts = list(accounts)
    out = commitment_reminders(commitments, today)
    out += revisit_reminders(accounts, today)
    revisit_accounts = {r.account_uuid for r in out if r.kind is ReminderKind.REVISIT_DUE}
    # an account due a revisit is not listed again as past its cadence
    out += [r for r in cadence_reminders(accounts, today) if r.account_uuid not in revisit_accounts]
    out += purchase_cycle_reminders(accounts, today, purchase_ahead_days)
    out += purchase_item_reminders(items, today)
    out += birthday_reminders(birthdays, today, birthday_ahead_days)
    if submitted_reports is not None:
        out += report_reminders(submitted_reports, now or datetime.combine(today, datetime.min.time()))
    # within a kind the nearest first: yesterday's missed promise before last year's
    out.sort(key=lambda r: (_ORDER[r.kind], abs(r.days), r.subject))
    return out
