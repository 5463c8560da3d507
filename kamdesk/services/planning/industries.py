"""Industries scored on seed 001's criteria, ranked, the focus ones marked
(see :mod:`kamdesk.domain.industry`); the account list filters by them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.industry import CRITERIA, CRITERION_KEYS, IndustryRank, parse_score, rank
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import IndustryScore

MAX_GROWTH = Decimal(1000)


@dataclass(frozen=True)
class IndustryRow:
    industry: str
    scores: dict[str, int | None]
    growth_forecast: Decimal | None  # percent
    ranking: IndustryRank


def parse_growth(value: Any) -> Decimal | None:
    """A growth forecast in percent (``18``, ``18%``, ``-2.5``); None for blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(str(value).strip().rstrip("%").strip())
    except ArithmeticError:
        raise ValueError(f"{value!r} is not a percentage") from None
    if not number.is_finite() or abs(number) >= MAX_GROWTH:
        raise ValueError(f"{value!r} is not a percentage")
    return number.quantize(Decimal("0.01"))


def set_industry(
    db: Database,
    industry: str,
    scores: dict[str, Any],
    *,
    growth_forecast: Any = None,
    focus: bool | None = None,
    keep_focus: bool = True,
) -> Result[str]:
    """Create or update an industry's scores (only the criteria given change),
    its growth forecast and the manager's focus mark (``keep_focus``: leave
    the mark as it is). Every bad figure is named; nothing is saved then."""
    name = (industry or "").strip()
    errors: dict[str, str] = {}
    if not name:
        errors["industry"] = "required"
    elif len(name) > 80:
        errors["industry"] = "at most 80 characters"
    parsed: dict[str, int | None] = {}
    for key, raw in scores.items():
        if key not in CRITERION_KEYS:
            errors[key] = f"unknown criterion; one of {', '.join(CRITERION_KEYS)}"
            continue
        try:
            parsed[key] = parse_score(raw)
        except ValueError as exc:
            errors[key] = str(exc)
    try:
        growth = parse_growth(growth_forecast)
    except ValueError as exc:
        errors["growth_forecast"] = str(exc)
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        row = s.scalar(select(IndustryScore).where(IndustryScore.industry == name))
        if row is None:
            row = IndustryScore(industry=name)
            s.add(row)
        for key, value in parsed.items():
            setattr(row, key, value)
        if growth is not None:
            row.growth_forecast = growth
        if not keep_focus:
            row.focus_override = focus
        s.flush()
        uuid = row.uuid
    return Result(name, Changes.of("industry", uuids=(uuid,)))


def delete_industry(db: Database, industry: str) -> Result[None]:
    with db.transaction() as s:
        row = s.scalar(select(IndustryScore).where(IndustryScore.industry == industry.strip()))
        if row is None:
            raise UserError(f"no industry {industry!r} is scored")
        s.delete(row)
    return Result(None, Changes.of("industry"))


def ranking_in(session: Session) -> tuple[list[IndustryRow], Decimal | None]:
    """:func:`industry_ranking` inside an open session."""
    rows = list(session.scalars(select(IndustryScore)))
    data = {
        r.industry: ({k: getattr(r, k) for k in CRITERION_KEYS}, r.growth_forecast, r.focus_override)
        for r in rows
    }
    ranking, average = rank({n: d[0] for n, d in data.items()}, {n: d[2] for n, d in data.items()})
    return [IndustryRow(r.industry, data[r.industry][0], data[r.industry][1], r) for r in ranking], average


def industry_ranking(db: Database) -> tuple[list[IndustryRow], Decimal | None]:
    """Every scored industry, most attractive first, and the average total."""
    with db.reading() as s:
        return ranking_in(s)


def focus_industries(db: Database) -> set[str]:
    """The focus industries' names (the account list's filter)."""
    rows, _ = industry_ranking(db)
    return {r.industry for r in rows if r.ranking.focus}


def growth_forecast(db: Database, industry: str) -> Decimal | None:
    with db.reading() as s:
        return s.scalar(
            select(IndustryScore.growth_forecast).where(IndustryScore.industry == industry.strip())
        )


__all__ = [
    "CRITERIA",
    "IndustryRow",
    "delete_industry",
    "focus_industries",
    "growth_forecast",
    "industry_ranking",
    "parse_growth",
    "set_industry",
]
