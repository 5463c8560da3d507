"""The manager's team view, live: read off the team server (or the manager's
synced copy) rather than waiting for month-end submission files — each rep's
month so far, pipeline, this week's visits and on-time record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from kamdesk import clock
from kamdesk.services.reporting.rollup import team_rollup
from kamdesk.services.submissions.handins import OnTimeRecord, team_on_time
from kamdesk.store.db import Database
from kamdesk.store.models import Rep, Visit


@dataclass(frozen=True)
class TeamLine:
    """One rep's line of the team view; the total line has ``rep_uuid`` ``""``."""

    rep_uuid: str
    rep_name: str
    visits_planned: int
    visits_done: int
    visits_this_week: int
    open_opportunities: int
    pipeline: Decimal
    weighted: Decimal
    handed_in: OnTimeRecord | None  # None on the total line


def week_visits(db: Database) -> dict[str, int]:
    """Rep uuid → visits starting this week (Monday to Sunday, the rep's zone)."""
    today = clock.today()
    start = clock.day_start(today - timedelta(days=today.weekday()))
    end = start + timedelta(days=7)
    with db.reading() as s:
        rows = s.execute(
            select(Rep.uuid, func.count(Visit.id))
            .join(Visit, Visit.rep_id == Rep.id)
            .where(Visit.starts_at >= start, Visit.starts_at < end)
            .group_by(Rep.uuid)
        ).all()
    return {uuid: int(n) for uuid, n in rows}


def team_view(db: Database, month: str) -> list[TeamLine]:
    """Every rep of ``db`` for ``month`` (pipeline as of the month's end, or
    now while it runs), then the team's total line."""
    rollup = team_rollup(db, month)
    week = week_visits(db)
    records = {r.rep.uuid: r for r in team_on_time(db, month)}
    lines = [
        TeamLine(
            rep_uuid=r.rep_uuid,
            rep_name=r.rep_name,
            visits_planned=r.visits_planned,
            visits_done=r.visits_done,
            visits_this_week=week.get(r.rep_uuid, 0),
            open_opportunities=r.open_opportunities,
            pipeline=r.pipeline,
            weighted=r.weighted,
            handed_in=records.get(r.rep_uuid),
        )
        for r in rollup.reps
    ]
    t = rollup.total
    lines.append(
        TeamLine(
            rep_uuid="",
            rep_name=t.rep_name,
            visits_planned=t.visits_planned,
            visits_done=t.visits_done,
            visits_this_week=sum(week.values()),
            open_opportunities=t.open_opportunities,
            pipeline=t.pipeline,
            weighted=t.weighted,
            handed_in=None,
        )
    )
    return lines
