"""What sync moves, and the facts about it a laptop keeps in ``store_meta``."""

from __future__ import annotations

from sqlalchemy import Connection, Table, delete, insert, select, update

from kamdesk.store.models import Base

TRACKING = "sync_tracking"  # "on" once the laptop is in a team; "off" while a change set is applied
TEAM = "sync_team"  # the team server's id
SECRET = "sync_secret"  # the team's key for signed change files
PULL_MARK = "sync_pull_mark"  # the server's change-log position this laptop has pulled to
PUSHED = "sync_pushed"  # "1" after the first push (which sends every record)
LAST_SYNC = "sync_last"  # ISO time of the last successful sync
SERVER_URL = "sync_url"  # the server the Sync button uses
ORIGIN = "origin"


def sync_tables() -> list[Table]:
    """Record tables that travel, parents before children: every bundle table plus
    those marked ``info["sync"]`` (shared contacts)."""
    return [t for t in Base.metadata.sorted_tables if t.info.get("sync", t.info.get("bundle", True))]


def get_meta(conn: Connection, key: str) -> str | None:
    meta = Base.metadata.tables["store_meta"]
    value: str | None = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    return value


def set_meta(conn: Connection, key: str, value: str | None) -> None:
    meta = Base.metadata.tables["store_meta"]
    if value is None:
        conn.execute(delete(meta).where(meta.c.key == key))
    elif get_meta(conn, key) is None:
        conn.execute(insert(meta).values(key=key, value=value))
    else:
        conn.execute(update(meta).where(meta.c.key == key).values(value=value))
