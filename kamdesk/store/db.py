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
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.errors import UserError

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


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except ArgumentError as exc:
        raise UserError(f"not a database URL KAMdesk can use: {url!r} ({exc})") from None
    except ImportError as exc:
        raise UserError(f"the driver for {url.split(':', 1)[0]!r} is not installed ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise UserError(f"folder does not exist: {folder}")
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
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
        except DatabaseError as exc:
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
        except DatabaseError as exc:
            raise user_error_from(exc) from exc
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def user_error_from(exc: DBAPIError) -> UserError | DBAPIError:
    """The user-facing form of a database that cannot be used as it is (locked,
    damaged, not a database, read-only, disk full, server unreachable); other
    errors (constraint violations: bugs or conflicts the caller names) unchanged."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    if "locked" in text or "busy" in text:
        return UserError("the database is locked by another program; close it and try again")
    if isinstance(exc.orig, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        return UserError(
            "the database file is damaged or not a KAMdesk database; restore a backup (kamdesk restore FILE)"
        )
    if "readonly" in text or "read-only" in text:
        return UserError(
            "the database file is read-only: KAMdesk cannot save to it (check the file and its folder)"
        )
    if "disk is full" in text or "No space left" in text:
        return UserError("the disk is full: nothing was saved; free some space and try again")
    if "disk I/O error" in text or "unable to open database file" in text:
        return UserError(f"cannot use the database file ({first}): check the disk and the folder")
    if isinstance(exc, OperationalError):
        # the server or the file is not usable as it is (e.g. a server that cannot be reached)
        return UserError(f"cannot use the database: {first}")
    return exc


def database_error(exc: BaseException) -> UserError | None:
    """A UserError for an exception raised by the database layer that the user
    can act on, or None (a bug: keep its traceback)."""
    if isinstance(exc, DBAPIError):
        out = user_error_from(exc)
        return out if isinstance(out, UserError) else None
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    ):
        # sqlite3 used directly (the backup API)
        wrapped = (OperationalError if isinstance(exc, sqlite3.OperationalError) else DatabaseError)(
            None, None, exc
        )
        return database_error(wrapped)
    return None
