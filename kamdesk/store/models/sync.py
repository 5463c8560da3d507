"""What merging bundles between laptops keeps besides the records: this
database's id (``store_meta``) and the changes from another laptop that were
not applied because this side had changed the same record too (``conflict``).

Neither table travels in a bundle (``info["bundle"] = False``): they describe
this database, not the rep's data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.models.base import Base
from kamdesk.store.types import UTCDateTime, utcnow


class StoreMeta(Base):
    """Key/value facts about this database; ``origin`` is its id as a source of changes."""

    __tablename__ = "store_meta"
    __table_args__ = ({"info": {"bundle": False}},)

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Conflict(Base):
    """A record both laptops changed since they last agreed: this side kept its
    value; the other side's is kept here, as it came in the bundle, to review."""

    __tablename__ = "conflict"
    __table_args__ = ({"info": {"bundle": False}},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    their_values: Mapped[str] = mapped_column(Text)  # the bundle record as JSON (references by uuid)
    their_version: Mapped[int | None] = mapped_column(Integer)
    their_origin: Mapped[str | None] = mapped_column(String(32))
    our_version: Mapped[int] = mapped_column(Integer)
    our_origin: Mapped[str | None] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(255), default="")  # the bundle's file name
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(String(20))  # "kept-mine" | "took-theirs"
