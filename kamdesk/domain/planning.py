"""The annual (and quarterly) plan checked before it is set (seed 000, IBM:
"一般9月份开始做第二年的计划 … 行业对明年预测表明：明年行业销售平均增长为18%。
IBM明年的销售计划不能低于18%，一般按25%为基础做计划"): a draft target's
growth over last year's actual for the same period must beat the industry's
growth forecast; minimum / normal / stretch are each checked. Pure rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kamdesk.domain.periods import TargetLevel

#: "一般9月份开始做第二年的计划"
PLANNING_STARTS_MONTH = 9
#: the seed plans on 25% where the industry grows 18%: 7 points above the industry
SEED_MARGIN = Decimal(7)
TENTH = Decimal("0.1")
CENT = Decimal("0.01")


def _num(value: Decimal) -> str:
    """18.00 → 18, 18.30 → 18.3, 20 → 20 (never 2E+1)."""
    return f"{value.normalize():f}"


def growth_pct(amount: Decimal, base: Decimal) -> Decimal | None:
    """(amount / base − 1) in percent to 0.1; None when there is no base."""
    if base <= 0:
        return None
    return ((amount / base - 1) * 100).quantize(TENTH, rounding=ROUND_HALF_UP)


def at_growth(base: Decimal, pct: Decimal) -> Decimal:
    return (base * (1 + pct / 100)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LevelCheck:
    level: TargetLevel
    amount: Decimal
    growth: Decimal | None  # percent over last year's actual
    beats_industry: bool | None  # None when there is no base to compare


@dataclass(frozen=True)
class PlanCheck:
    period: str
    last_year: Decimal
    industry_growth: Decimal
    levels: tuple[LevelCheck, ...]
    problems: tuple[str, ...]  # what must change (empty: the draft passes)
    notes: tuple[str, ...]  # what to know (planning season, the seed's basis)
    suggested_minimum: Decimal  # last year grown at the industry's rate
    suggested_normal: Decimal  # the seed's basis: the industry's rate + 7 points

    @property
    def passes(self) -> bool:
        return not self.problems


def check_plan(
    period: str,
    period_start: date,
    last_year: Decimal,
    industry_growth: Decimal,
    levels: dict[TargetLevel, Decimal],
    today: date,
    lang: str = "zh",
) -> PlanCheck:
    """Check the draft ``levels`` for the period starting ``period_start``."""
    zh = lang.lower().startswith("zh")
    checks = []
    problems: list[str] = []
    notes: list[str] = []
    for level in TargetLevel:
        if level not in levels:
            continue
        amount = levels[level]
        g = growth_pct(amount, last_year)
        beats = None if g is None else g > industry_growth
        checks.append(LevelCheck(level, amount, g, beats))
        if g is None:
            continue
        name = level.label(lang)
        if level is TargetLevel.NORMAL and not beats:
            problems.append(
                f"{name}增长 {g}% 未超过行业增长 {_num(industry_growth)}%"
                if zh
                else f"{name} grows {g}%, not above the industry's {_num(industry_growth)}%"
            )
        if level is TargetLevel.MINIMUM and g < industry_growth:
            problems.append(
                f"{name}增长 {g}% 低于行业增长 {_num(industry_growth)}%（计划不能低于行业增长）"
                if zh
                else f"{name} grows {g}%, below the industry's {_num(industry_growth)}% (a plan may not be lower)"
            )
    ordered = [levels[lv] for lv in TargetLevel if lv in levels]
    if ordered != sorted(ordered):
        problems.append("最低任务 ≤ 正常任务 ≤ 冲刺任务" if zh else "minimum ≤ normal ≤ stretch")
    if last_year <= 0:
        notes.append(
            "去年同期无实际销售额，无法计算增长"
            if zh
            else "no actual revenue last year for this period: growth unknown"
        )
    season = date(period_start.year - 1, PLANNING_STARTS_MONTH, 1)
    if today < season:
        notes.append(
            f"年度计划一般 9 月份开始制定（{season.isoformat()} 起）"
            if zh
            else f"planning for the next year starts in September ({season.isoformat()})"
        )
    elif today >= period_start:
        notes.append("该期间已经开始" if zh else "the period has already begun")
    basis = industry_growth + SEED_MARGIN
    notes.append(
        f"按行业增长 {_num(industry_growth)}% 为基础，一般按 {_num(basis)}% 做计划"
        if zh
        else f"with the industry at {_num(industry_growth)}%, the seed plans on {_num(basis)}%"
    )
    return PlanCheck(
        period,
        last_year,
        industry_growth,
        tuple(checks),
        tuple(problems),
        tuple(notes),
        at_growth(last_year, industry_growth),
        at_growth(last_year, basis),
    )
