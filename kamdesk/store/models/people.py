"""Our side: reps (owners of records) and our other people on the maps."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.models.base import Record


class Rep(Record):
    """A sales rep. Records are owned by a rep so they can be handed over and
    rolled up for a team; ``is_me`` marks the laptop's own user."""

    __tablename__ = "rep"
    # at most one rep is the laptop's own user
    __table_args__ = (
        # PostgreSQL's condition is in migration 0009 only (see Account's
        # ix_account_archived: naming it here loads the postgresql dialect)
        Index("uq_rep_one_me", "is_me", unique=True, sqlite_where=text("is_me = 1")),
    )

    name: Mapped[str] = mapped_column(String(80))
    code: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(80))
    region: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    manager_name: Mapped[str | None] = mapped_column(String(80))
    is_me: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    #: IANA zone name (Asia/Shanghai) the rep's dates and times are shown in;
    #: None: the system's zone. Read for the ``is_me`` rep when a database opens.
    time_zone: Mapped[str | None] = mapped_column(String(64))


class OurPerson(Record):
    """Someone on our side drawn facing their counterparts on a map (our sales
    director, technical lead…); may be a rep."""

    __tablename__ = "our_person"

    name: Mapped[str] = mapped_column(String(80))
    title: Mapped[str | None] = mapped_column(String(80))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("rep.id", ondelete="SET NULL"))
