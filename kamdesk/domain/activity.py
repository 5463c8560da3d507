"""Effective calls against the target's decomposition (DOMAIN.md §5, seed 004).

"40通电话就是每天必须要检视达到的目标量": the decomposition of a revenue
target ends in a number of effective calls a working day; this module checks
a day's calls, and the calls over the working days gone, against it. The
seed's example: ¥100,000 a quarter → 40 effective calls a working day; a day
with 32 is 80.0%, 未达成, 差8通. Pure rules: no Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.domain.periods import PeriodKind, period_bounds, period_key, working_days
from kamdesk.domain.targets import Decomposition, MonthPlan

TENTH = Decimal("0.1")


def attainment(done: int, required: int) -> Decimal | None:
    """done / required as a percentage to 0.1 (None when nothing is required)."""
    if required <= 0:
        return None
    return (Decimal(done) * 100 / required).quantize(TENTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Attainment:
    """Done against required, e.g. 32 calls of 40."""

    done: int
    required: int

    @property
    def percent(self) -> Decimal | None:
        return attainment(self.done, self.required)

    @property
    def reached(self) -> bool:
        return self.done >= self.required

    @property
    def short(self) -> int:
        """How many are missing (0 when reached)."""
        return max(self.required - self.done, 0)

    def describe(self, lang: str = "zh") -> str:
        """``32 / 40 通，80.0%，未达成，差8通`` (English: ``32 / 40 calls, 80.0%, not reached, 8 short``)."""
        pct = "—" if self.percent is None else f"{self.percent}%"
        if lang.lower().startswith("zh"):
            words = "达成" if self.reached else f"未达成，差{self.short}通"
            return f"{self.done} / {self.required} 通，{pct}，{words}"
        words = "reached" if self.reached else f"not reached, {self.short} short"
        return f"{self.done} / {self.required} calls, {pct}, {words}"


@dataclass(frozen=True)
class ActivityCheck:
    """A rep's effective calls on ``day`` and over the month's working days up
    to it, against the calls a working day that the decomposition asks for."""

    day: date
    target_period: str  # the target's period key, e.g. 2026-Q4
    month: MonthPlan  # the decomposition's month holding ``day``
    today: Attainment
    so_far: Attainment
    working_days_gone: int

    @property
    def per_day(self) -> int:
        return self.month.calls_per_day

    def describe(self, lang: str = "zh") -> str:
        if lang.lower().startswith("zh"):
            return (
                f"有效电话 今日 {self.today.describe(lang)}；"
                f"本月累计（{self.working_days_gone} 个工作日）{self.so_far.describe(lang)}"
            )
        return (
            f"Effective calls today {self.today.describe(lang)}; "
            f"this month so far ({self.working_days_gone} working days) {self.so_far.describe(lang)}"
        )


def month_of(decomposition: Decomposition, period_kind: PeriodKind, period_key_: str, day: date) -> MonthPlan:
    """The decomposition's month that holds ``day`` (ValueError when the day is
    outside the target's period)."""
    first, last = period_bounds(period_kind, period_key_)
    if not first <= day <= last:
        raise ValueError(f"{day.isoformat()} is outside the target's period {period_key_}")
    index = (day.year - first.year) * 12 + day.month - first.month
    return decomposition.months[index]


def check(
    month: MonthPlan, target_period: str, day: date, calls_today: int, calls_month_to_day: int
) -> ActivityCheck:
    """The day's calls and the month's calls up to and including ``day``
    against ``month.calls_per_day`` a working day (Monday–Friday; a weekend
    day still counts its calls, the required number stays the weekdays')."""
    month_first, _ = period_bounds(PeriodKind.MONTH, period_key(PeriodKind.MONTH, day))
    gone = working_days(month_first, day)
    per_day = month.calls_per_day
    required_today = per_day if day.weekday() < 5 else 0
    return ActivityCheck(
        day,
        target_period,
        month,
        Attainment(calls_today, required_today),
        Attainment(calls_month_to_day, per_day * gone),
        gone,
    )
