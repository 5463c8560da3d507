"""Declarative base: a naming convention (so batch migrations can drop and
recreate constraints by name), an integer key for joins, a stable UUID for
exchange between laptops, and each record's version and origin.

Version and origin (migration 0006) are what a bundle merge decides by
(:mod:`kamdesk.store.io.merge`), never the wall clock alone: ``version``
goes up by one on every update (in SQL, so core ``update()`` statements count
too), ``origin`` is the id of the database (the laptop) that made the last
change, and ``base_version``/``base_origin`` are the version and origin this
record had when it was last received from another laptop (NULL: never
received; a record from before 0006 has base 1/NULL, the state both laptops
shared when they upgraded).
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, MetaData, String, literal_column, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kamdesk.store.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


ORIGIN_KEY = "origin"


def current_origin(context: Any) -> str | None:
    """This database's id (``store_meta``), read once per connection: the origin of a change."""
    info = context.connection.info
    if "kamdesk_origin" not in info:
        info["kamdesk_origin"] = context.connection.execute(
            text("SELECT value FROM store_meta WHERE key = :k"), {"k": ORIGIN_KEY}
        ).scalar()
    origin: str | None = info["kamdesk_origin"]
    return origin


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Record(Base):
    """Every stored record: integer id, UUID, created and updated times."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("version + 1")
    )
    origin: Mapped[str | None] = mapped_column(String(32), default=current_origin, onupdate=current_origin)
    base_version: Mapped[int | None] = mapped_column(Integer)
    base_origin: Mapped[str | None] = mapped_column(String(32))
