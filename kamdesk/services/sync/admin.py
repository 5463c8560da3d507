"""Setting up the team server (run by whoever owns the PostgreSQL database)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from kamdesk.errors import UserError
from kamdesk.store.sync import server as _server
from kamdesk.store.sync.session import server_engine, server_error


@dataclass(frozen=True)
class ServerInfo:
    team: str
    revision: str


def init_server(url: str) -> ServerInfo:
    """Create or upgrade the team schema (the same migrations as a laptop), then the
    team's id and key, roles' grants and row-level security. Safe to run again."""
    from kamdesk.store.schema import current_revision, open_database

    server_engine(url).dispose()  # the URL is checked first: one line for a non-PostgreSQL one
    try:
        db = open_database(url)
    except DBAPIError as exc:
        raise server_error(exc, url, connected=False) from None
    try:
        with db.engine.begin() as conn:
            team = _server.secure(conn)
        return ServerInfo(team, current_revision(db) or "")
    finally:
        db.dispose()


def add_rep(url: str, role: str, password: str, name: str, *, manager: bool = False) -> str:
    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            return _server.add_rep(conn, role, password, name, manager=manager)
    except DBAPIError as exc:
        raise server_error(exc, url, connected=False) from None
    finally:
        engine.dispose()


def hand_over(url: str, account_uuid: str, to_role: str) -> int:
    """Give an account to another rep; their next sync brings it with its history."""
    from sqlalchemy import text

    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _server.LOCK_KEY})
            return _server.hand_over(conn, account_uuid, to_role)
    except DBAPIError as exc:
        raise server_error(exc, url, connected=False) from None
    finally:
        engine.dispose()


__all__ = ["ServerInfo", "UserError", "add_rep", "hand_over", "init_server"]
