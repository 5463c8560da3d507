"""A draft annual or quarterly revenue target checked against last year's
actual for the same period and the industry's growth forecast (see
:mod:`kamdesk.domain.planning`); when it passes, it can be saved as the
period's target."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from kamdesk import clock
from kamdesk.domain.periods import PeriodKind, TargetLevel, TargetMetric, period_bounds
from kamdesk.domain.planning import PlanCheck, check_plan
from kamdesk.errors import ValidationError
from kamdesk.services.opportunities import parse_amount
from kamdesk.services.opportunities import targets as tg
from kamdesk.services.planning.industries import growth_forecast, parse_growth
from kamdesk.store.db import Database


def _period(key: str) -> tuple[PeriodKind, str, date, date]:
    """A year (2027) or a quarter (2027-Q1); ValidationError naming ``period``."""
    text = (key or "").strip().upper()
    kind = PeriodKind.QUARTER if "-Q" in text else PeriodKind.YEAR
    try:
        first, last = period_bounds(kind, text)
    except ValueError:
        raise ValidationError(
            {"period": f"no such year or quarter {key!r} (expected e.g. 2027 or 2027-Q1)"}
        ) from None
    return kind, text, first, last


def _year_before(day: date) -> date:
    return day.replace(year=day.year - 1)


def plan_check(
    db: Database,
    period: str,
    *,
    minimum: Any = None,
    normal: Any = None,
    stretch: Any = None,
    industry_growth: Any = None,
    industry: str | None = None,
    rep: str | None = "me",
    last_year: Any = None,
    lang: str = "zh",
) -> PlanCheck:
    """Check a draft target. Last year's actual is the rep's revenue in the
    same period a year before (or ``last_year`` as given); the industry's
    growth is ``industry_growth`` or the scored ``industry``'s forecast.
    Every figure that is not a number is named; nothing is saved here."""
    errors: dict[str, str] = {}
    try:
        _kind, key, first, last = _period(period)
    except ValidationError as exc:
        errors.update(exc.errors)
    levels: dict[TargetLevel, Decimal] = {}
    for level, name, raw in (
        (TargetLevel.MINIMUM, "minimum", minimum),
        (TargetLevel.NORMAL, "normal", normal),
        (TargetLevel.STRETCH, "stretch", stretch),
    ):
        try:
            value = parse_amount(raw)
        except ValueError as exc:
            errors[name] = str(exc)
            continue
        if value is not None:
            levels[level] = value
    if not levels and not errors:
        errors["normal"] = "give at least one of minimum, normal or stretch"
    growth: Decimal | None = None
    try:
        growth = parse_growth(industry_growth)
    except ValueError as exc:
        errors["industry_growth"] = str(exc)
    if growth is None and "industry_growth" not in errors:
        growth = growth_forecast(db, industry) if industry else None
        if growth is None:
            errors["industry_growth"] = (
                f"industry {industry!r} has no growth forecast; give one"
                if industry
                else "give the industry's growth forecast (e.g. 18) or a scored industry"
            )
    base: Decimal | None = None
    try:
        base = parse_amount(last_year)
    except ValueError as exc:
        errors["last_year"] = str(exc)
    if errors:
        raise ValidationError(errors)
    assert growth is not None
    if base is None:
        base = tg.actual(db, TargetMetric.REVENUE, _year_before(first), _year_before(last), rep=rep)
    return check_plan(key, first, base, growth, levels, clock.today(), lang)


def save_plan(db: Database, check: PlanCheck, *, rep: str | None = "me") -> tg.TargetRow:
    """Set the checked draft as the period's revenue target (a draft with problems is refused)."""
    if not check.passes:
        raise ValidationError({"plan": "; ".join(check.problems)})
    kind, key, _first, _last = _period(check.period)
    values = {lc.level: lc.amount for lc in check.levels}
    return tg.set_target(
        db,
        period_kind=kind,
        period_key=key,
        minimum=values.get(TargetLevel.MINIMUM),
        normal=values.get(TargetLevel.NORMAL),
        stretch=values.get(TargetLevel.STRETCH),
        rep=rep,
    ).value
