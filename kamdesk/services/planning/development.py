"""A rep's self-development plan: goals in the seed's areas with review dates
(see :mod:`kamdesk.domain.development`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from kamdesk import clock
from kamdesk.domain.development import DevelopmentArea, review_state
from kamdesk.errors import UserError, ValidationError
from kamdesk.services.changes import Changes, Result
from kamdesk.services.reporting import resolve_rep
from kamdesk.store.db import Database
from kamdesk.store.models import DevelopmentGoal

MAX_GOAL = 2000


@dataclass(frozen=True)
class GoalRow:
    uuid: str
    area: DevelopmentArea
    goal: str
    review_on: date
    reviewed_on: date | None
    review_note: str
    state: str  # open | overdue | done


def _row(g: DevelopmentGoal, today: date) -> GoalRow:
    area = DevelopmentArea(g.area)
    return GoalRow(
        g.uuid,
        area,
        g.goal,
        g.review_on,
        g.reviewed_on,
        g.review_note or "",
        review_state(g.review_on, g.reviewed_on, today),
    )


def _date(field: str, value: Any, errors: dict[str, str]) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        errors[field] = f"no such date {value!r} (expected e.g. 2027-03-31)"
        return None


def add_goal(
    db: Database, area: Any, goal: str, review_on: Any, *, rep: str | None = None
) -> Result[GoalRow]:
    """Add a goal; the area is one of the seed's (code or its words), the review date a real date."""
    errors: dict[str, str] = {}
    parsed_area: DevelopmentArea | None = None
    try:
        parsed_area = area if isinstance(area, DevelopmentArea) else DevelopmentArea.parse(str(area))
    except ValueError as exc:
        errors["area"] = str(exc)
    if parsed_area is None and "area" not in errors:
        errors["area"] = "required"
    text = (goal or "").strip()
    if not text:
        errors["goal"] = "required"
    elif len(text) > MAX_GOAL:
        errors["goal"] = f"at most {MAX_GOAL} characters"
    when = _date("review_on", review_on, errors)
    if errors:
        raise ValidationError(errors)
    assert parsed_area is not None and when is not None
    with db.transaction() as s:
        r = resolve_rep(s, rep)
        g = DevelopmentGoal(rep_id=r.id, area=parsed_area.code, goal=text, review_on=when)
        s.add(g)
        s.flush()
        row = _row(g, clock.today())
    return Result(row, Changes.of("development", uuids=(row.uuid,)))


def review_goal(db: Database, uuid: str, note: str = "", *, on: date | None = None) -> Result[GoalRow]:
    """Record the goal's review (today unless ``on``)."""
    with db.transaction() as s:
        g = s.scalar(select(DevelopmentGoal).where(DevelopmentGoal.uuid == uuid))
        if g is None:
            raise UserError(f"no development goal {uuid}")
        g.reviewed_on = on or clock.today()
        g.review_note = note.strip() or None
        s.flush()
        row = _row(g, clock.today())
    return Result(row, Changes.of("development", uuids=(uuid,)))


def list_goals(db: Database, *, rep: str | None = None) -> list[GoalRow]:
    """The rep's goals by review date (the seed's area order within a date)."""
    today = clock.today()
    order = {a.code: i for i, a in enumerate(DevelopmentArea)}
    with db.reading() as s:
        r = resolve_rep(s, rep)
        rows = [
            _row(g, today) for g in s.scalars(select(DevelopmentGoal).where(DevelopmentGoal.rep_id == r.id))
        ]
    return sorted(rows, key=lambda g: (g.review_on, order[g.area.code]))


def reviews_due(db: Database, *, rep: str | None = None) -> list[GoalRow]:
    """Goals whose review date has come and that are not reviewed yet."""
    today = clock.today()
    return [g for g in list_goals(db, rep=rep) if g.reviewed_on is None and g.review_on <= today]
