"""Engine, connection pragmas and the transaction scope.

Every write goes through :meth:`Database.transaction`: one unit of work, one
transaction, committed whole or rolled back whole.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.errors import UserError
from kamdesk.paths import private_file

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable across application crashes in WAL mode and much faster
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _keep_owner_only(engine: Engine, path: Path) -> None:
    """The database file and its -wal/-shm companions are the owner's alone
    (SQLite gives the companions the main file's mode when it creates them)."""

    def fix(_conn: Any, _record: Any) -> None:
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            private_file(file)

    event.listen(engine, "connect", fix)


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise UserError(f"folder does not exist: {folder}")
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        if database and database != ":memory:":
            _keep_owner_only(engine, Path(database))
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An open store: the engine plus a session factory. Passed in, never global."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for another backend or an in-memory store."""
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits as one transaction, or none of it does."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise user_error_from(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        except OperationalError as exc:
            raise user_error_from(exc) from exc
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def user_error_from(exc: OperationalError) -> UserError | OperationalError:
    """The user-facing form of a locked or damaged database; other errors unchanged."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in text or "busy" in text:
        return UserError("the database is locked by another program; close it and try again")
    if isinstance(exc.orig, sqlite3.DatabaseError) and "malformed" in text:
        return UserError("the database file is damaged; restore a backup (kamdesk restore FILE)")
    return exc
