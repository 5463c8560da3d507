"""What the rep did with a reminder on this laptop: done, snoozed until a
day, or dismissed. Keyed by the reminder's stable key (kind, record, due
day), so the next occurrence of the same rule shows again.

It does not travel in a bundle (``info["bundle"] = False``): it is this
laptop's to-do state, not the rep's data.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.models.base import Base
from kamdesk.store.types import UTCDateTime, utcnow


class ReminderState(Base):
    __tablename__ = "reminder_state"
    __table_args__ = ({"info": {"bundle": False}},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    state: Mapped[str] = mapped_column(String(20))  # "done" | "snoozed" | "dismissed"
    until: Mapped[date | None] = mapped_column(Date)  # a snoozed reminder shows again on this day
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
