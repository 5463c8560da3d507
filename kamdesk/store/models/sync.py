"""What merging bundles between laptops keeps besides the records: this
database's id (``store_meta``) and the changes from another laptop that were
not applied because this side had changed the same record too (``conflict``).

Neither table travels in a bundle (``info["bundle"] = False``): they describe
this database, not the rep's data.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.models.base import Base, Record
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


# --- team sync (issue 21) ---------------------------------------------------------
#
# On a laptop ``sync_change`` is filled by SQLite triggers (store/sync/tracking.py):
# one row per record changed since the last push, with the record's values as they
# were before the first change (the base a field-by-field merge compares against).
# On the team server it is the change log laptops pull from, its ``seq`` the
# high-water mark each laptop keeps. ``tombstone`` remembers deleted records so a
# deletion travels; ``shared_contact`` marks the contacts whose private details
# may reach the server; ``team_member`` maps a server login role to its rep.


class SyncChange(Base):
    __tablename__ = "sync_change"
    __table_args__ = ({"info": {"bundle": False, "sync": False}},)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    #: the row's stored values (JSON) before its first change since the last sync; NULL on the server
    base_values: Mapped[str | None] = mapped_column(Text)


class Tombstone(Base):
    __tablename__ = "tombstone"
    __table_args__ = ({"info": {"bundle": False, "sync": False}},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str | None] = mapped_column(String(32))


class SharedContact(Record):
    """A contact whose personal details the rep chose to share with the team server."""

    __tablename__ = "shared_contact"
    __table_args__ = ({"info": {"bundle": False, "sync": True}},)

    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), unique=True)


class TeamMember(Base):
    """On the team server: which rep (by uuid) a database login role is, and the manager."""

    __tablename__ = "team_member"
    __table_args__ = ({"info": {"bundle": False, "sync": False}},)

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    rep_uuid: Mapped[str] = mapped_column(String(36))
    is_manager: Mapped[bool] = mapped_column(Boolean, default=False)
