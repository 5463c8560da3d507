"""The manager's team view beyond the monthly rollup: visits this week per rep."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from kamdesk import clock
from kamdesk.store.db import Database
from kamdesk.store.models import Rep, Visit


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
