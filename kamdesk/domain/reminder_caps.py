"""How much of the due reminders a list shows (a cap per kind, with the
totals kept), and which birthday dates a store must fetch to find the ones
ahead: what bounds a reminder list, apart from the rules that make it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from kamdesk.domain.reminders import BIRTHDAY_AHEAD_DAYS, Reminder, ReminderKind

#: How many reminders of one kind a list shows by default (the rest are counted).
LIMIT_PER_KIND = 50


class DueReminders(list[Reminder]):
    """Reminders as listed (at most a cap per kind, most pressing first) plus
    ``totals``: how many of each kind are really due, listed or not."""

    totals: dict[ReminderKind, int]

    def __init__(self, items: Iterable[Reminder] = (), totals: dict[ReminderKind, int] | None = None) -> None:
        super().__init__(items)
        if totals is None:
            totals = {}
            for r in self:
                totals[r.kind] = totals.get(r.kind, 0) + 1
        self.totals = totals

    def total(self) -> int:
        """Every reminder due, including the ones left off the list."""
        return sum(self.totals.values())

    def more(self, kind: ReminderKind) -> int:
        """How many of ``kind`` are due but not listed."""
        return self.totals.get(kind, 0) - sum(1 for r in self if r.kind is kind)


def cap_per_kind(reminders: Iterable[Reminder], limit: int | None) -> DueReminders:
    """Keep the first ``limit`` reminders of each kind (they come most pressing
    first) and count all of them; ``None`` keeps everything."""
    totals: dict[ReminderKind, int] = {}
    kept: list[Reminder] = []
    for r in reminders:
        n = totals.get(r.kind, 0)
        totals[r.kind] = n + 1
        if limit is None or n < limit:
            kept.append(r)
    return DueReminders(kept, totals)


def birthday_md_ranges(today: date, ahead_days: int = BIRTHDAY_AHEAD_DAYS) -> list[tuple[str, str]]:
    """Inclusive "MM-DD" ranges holding every birthday from ``today`` to
    ``today + ahead_days`` (two ranges across the year end), so a store can
    select them by index. A superset: "02-29" is kept whenever "02-28" is in
    range (it falls on 02-28 in common years); :func:`birthday_reminders`
    decides exactly."""
    if ahead_days < 0:
        return []
    if ahead_days >= 365:
        return [("01-01", "12-31")]
    end = today + timedelta(days=ahead_days)
    first, last = today.strftime("%m-%d"), end.strftime("%m-%d")

    def widen(hi: str) -> str:
        return "02-29" if hi == "02-28" else hi

    if end.year == today.year:
        return [(first, widen(last))]
    return [(first, "12-31"), ("01-01", widen(last))]
