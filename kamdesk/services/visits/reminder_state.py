"""Done, snoozed and dismissed reminders (this laptop's state, see
:class:`kamdesk.store.models.ReminderState`).

``hidden_keys`` is what ``due_reminders`` leaves out: done and dismissed
reminders, and snoozed ones until their day comes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kamdesk.errors import UserError
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import ReminderState


class ReminderAction(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


def hidden_keys(s: Session, today: date) -> set[str]:
    """Keys of the reminders not to show on ``today``."""
    return set(
        s.scalars(
            select(ReminderState.key).where(
                or_(ReminderState.state != ReminderAction.SNOOZED.value, ReminderState.until > today)
            )
        )
    )


def set_reminder_state(
    db: Database, keys: Iterable[str], action: ReminderAction, *, until: date | None = None
) -> Result[int]:
    """Mark the reminders ``keys`` done, snoozed until ``until`` or dismissed
    (one transaction); returns how many."""
    keys = list(dict.fromkeys(keys))
    if action is ReminderAction.SNOOZED and until is None:
        raise UserError("a snoozed reminder needs the day it shows again")
    with db.transaction() as s:
        existing = {r.key: r for r in s.scalars(select(ReminderState).where(ReminderState.key.in_(keys)))}
        for key in keys:
            row = existing.get(key) or ReminderState(key=key)
            row.state = action.value
            row.until = until if action is ReminderAction.SNOOZED else None
            s.add(row)
    return Result(len(keys), Changes.of("reminder"))
