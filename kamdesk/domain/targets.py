"""Target decomposition (任务分解) and progress against targets (DOMAIN.md §5).

The seed's worked example (seed 004): 100,000 a quarter → 30k, 30k, 40k a
month → at 6,000 per deal, 5 deals in a month of 30k → at 20 prospects per
deal, 100 prospects → at 10 calls per prospect, 1,000 calls → over 25 working
days, 40 effective calls a day. "The daily number is what gets checked."
Pure rules: no Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from kamdesk.domain.periods import PeriodKind, TargetLevel

#: The seed's month split of a quarter: 30%, 30%, 40%.
QUARTER_MONTH_WEIGHTS: tuple[Decimal, ...] = (Decimal("0.3"), Decimal("0.3"), Decimal("0.4"))
#: The seed's rules of thumb.
DEFAULT_AVERAGE_DEAL = Decimal(6000)
DEFAULT_PROSPECTS_PER_DEAL = 20
DEFAULT_CALLS_PER_PROSPECT = 10
#: "按照一个月25天上班时间" — the seed counts 25 working days a month.
DEFAULT_WORKING_DAYS = 25

MONTHS_IN: dict[PeriodKind, int] = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF: 6,
    PeriodKind.YEAR: 12,
}


def default_month_weights(kind: PeriodKind) -> tuple[Decimal, ...]:
    """The seed's 30/30/40 for a quarter; 1 for a month; an even split otherwise."""
    if kind is PeriodKind.QUARTER:
        return QUARTER_MONTH_WEIGHTS
    months = MONTHS_IN.get(kind)
    if months is None:
        raise ValueError(f"targets are set per month, quarter, half or year, not per {kind.en.lower()}")
    return tuple(Decimal(1) / months for _ in range(months))


def _ceil(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


@dataclass(frozen=True)
class Rules:
    """The rep's (or the company's) rules of thumb for the decomposition."""

    average_deal: Decimal = DEFAULT_AVERAGE_DEAL
    prospects_per_deal: int = DEFAULT_PROSPECTS_PER_DEAL
    calls_per_prospect: int = DEFAULT_CALLS_PER_PROSPECT
    working_days: int = DEFAULT_WORKING_DAYS

    def problems(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.average_deal <= 0:
            out["average_deal"] = "the average deal must be more than 0"
        if self.prospects_per_deal < 1:
            out["prospects_per_deal"] = "prospects per deal must be at least 1"
        if self.calls_per_prospect < 1:
            out["calls_per_prospect"] = "calls per prospect must be at least 1"
        if not 1 <= self.working_days <= 31:
            out["working_days"] = "working days in a month must be 1–31"
        return out


@dataclass(frozen=True)
class MonthPlan:
    index: int  # 0-based month within the period
    target: Decimal
    deals: int
    prospects: int
    calls: int
    calls_per_day: int


@dataclass(frozen=True)
class Decomposition:
    target: Decimal
    months: tuple[MonthPlan, ...]

    @property
    def deals(self) -> int:
        return sum(m.deals for m in self.months)

    @property
    def prospects(self) -> int:
        return sum(m.prospects for m in self.months)

    @property
    def calls(self) -> int:
        return sum(m.calls for m in self.months)

    @property
    def calls_per_day(self) -> int:
        """The busiest month's daily number: the one that must be checked."""
        return max((m.calls_per_day for m in self.months), default=0)


def split_months(target: Decimal, weights: Sequence[Decimal]) -> list[Decimal]:
    """Split ``target`` by month ``weights`` (adding up to 1) to the cent; the
    rounding remainder goes to the last month so the months add up exactly."""
    if not weights:
        raise ValueError("at least one month")
    total = sum(weights, Decimal(0))
    if abs(total - 1) > Decimal("0.001"):
        raise ValueError(f"month weights add up to {total}, not 1")
    cent = Decimal("0.01")
    parts = [(target * w).quantize(cent, rounding=ROUND_HALF_UP) for w in weights[:-1]]
    parts.append(target - sum(parts, Decimal(0)))
    return parts


def month_plan(index: int, target: Decimal, rules: Rules) -> MonthPlan:
    """One month: deals at the average deal size (rounded up), prospects per
    deal, calls per prospect, calls a working day (rounded up)."""
    deals = _ceil(target / rules.average_deal) if target > 0 else 0
    prospects = deals * rules.prospects_per_deal
    calls = prospects * rules.calls_per_prospect
    per_day = _ceil(Decimal(calls) / rules.working_days) if calls else 0
    return MonthPlan(index, target, deals, prospects, calls, per_day)


def decompose(target: Decimal, weights: Sequence[Decimal], rules: Rules | None = None) -> Decomposition:
    """Target → months → deals → prospects → calls → calls per working day."""
    rules = rules or Rules()
    problems = rules.problems()
    if problems:
        raise ValueError("; ".join(problems.values()))
    if target < 0:
        raise ValueError("a target cannot be negative")
    months = split_months(target, weights)
    return Decomposition(target, tuple(month_plan(i, amount, rules) for i, amount in enumerate(months)))


# --- progress ----------------------------------------------------------------


@dataclass(frozen=True)
class LevelProgress:
    level: TargetLevel
    target: Decimal
    ratio: Decimal  # actual / target (may exceed 1)
    reached: bool


@dataclass(frozen=True)
class Progress:
    actual: Decimal
    levels: tuple[LevelProgress, ...]  # only the levels that are set

    @property
    def highest_reached(self) -> TargetLevel | None:
        reached = [lp.level for lp in self.levels if lp.reached]
        return reached[-1] if reached else None


def progress(
    actual: Decimal, minimum: Decimal | None, normal: Decimal | None, stretch: Decimal | None
) -> Progress:
    """Actual against the minimum, normal and stretch targets that are set."""
    levels = []
    for level, value in (
        (TargetLevel.MINIMUM, minimum),
        (TargetLevel.NORMAL, normal),
        (TargetLevel.STRETCH, stretch),
    ):
        if value is None:
            continue
        ratio = (actual / value).quantize(Decimal("0.0001")) if value > 0 else Decimal(1)
        levels.append(LevelProgress(level, value, ratio, actual >= value))
    return Progress(actual, tuple(levels))


def levels_problem(
    minimum: Decimal | None, normal: Decimal | None, stretch: Decimal | None
) -> dict[str, str]:
    """Minimum ≤ normal ≤ stretch, none negative (fields left blank are skipped)."""
    out: dict[str, str] = {}
    values = {"minimum": minimum, "normal": normal, "stretch": stretch}
    for name, value in values.items():
        if value is not None and value < 0:
            out[name] = "a target cannot be negative"
    if out:
        return out
    if minimum is not None and normal is not None and minimum > normal:
        out["minimum"] = "the minimum target is above the normal target"
    if normal is not None and stretch is not None and normal > stretch:
        out["stretch"] = "the stretch target is below the normal target"
    elif minimum is not None and stretch is not None and minimum > stretch:
        out["stretch"] = "the stretch target is below the minimum target"
    return out
