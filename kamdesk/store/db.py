"""Engine, connection pragmas and the transaction scope.

Every write goes through :meth:`Database.transaction`: one unit of work, one
transaction, committed whole or rolled back whole.

WAL mode is a property of the file, so it is set once the file is known to be a
KAMdesk database (:func:`kamdesk.store.schema.open_database`), never on connect:
a foreign SQLite file given by mistake is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kamdesk.errors import UserError
from kamdesk.paths import private_file
from kamdesk.store.lock import DatabaseLock

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
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


def make_engine(url: str, key: str | None = None) -> Engine:
    """The engine for ``url``; ``key``: the passphrase of an encrypted SQLite file."""
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
        if key is not None and database:
            engine = _cipher_engine(url, Path(database), key)
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        if database and database != ":memory:":
            _keep_owner_only(engine, Path(database))
        return engine
    return create_engine(url, pool_pre_ping=True)


# --- encryption at rest (SQLCipher) -------------------------------------------------

#: the passphrase of an encrypted database, when set (otherwise asked for)
KEY_ENV = "KAMDESK_KEY"
SQLITE_HEADER = b"SQLite format 3\x00"

KeyPrompt = Callable[[Path], "str | None"]
_key_prompt: KeyPrompt | None = None


def set_key_prompt(prompt: KeyPrompt | None) -> None:
    """How a passphrase is asked for when ``KAMDESK_KEY`` is not set: the CLI
    installs a terminal prompt, the GUI a dialog."""
    global _key_prompt
    _key_prompt = prompt


def is_encrypted_file(path: Path) -> bool:
    """Looks like a SQLCipher database: whole pages (a multiple of 512 bytes)
    that do not start as a plain SQLite file does. Anything else that is not
    SQLite is no database at all, and opening it says so without asking for a
    passphrase."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return size >= 512 and size % 512 == 0 and head != SQLITE_HEADER


def cipher_module() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - a dependency; a broken install says so
        raise UserError("encryption needs the sqlcipher3 package (pip install sqlcipher3)") from exc
    return dbapi2


def connect_file(path: Path, key: str | None, *, read_only: bool = False) -> Any:
    """A DB-API connection to ``path``: sqlite3 for a plain file, SQLCipher
    with the key set first for an encrypted one; a wrong key is a UserError."""
    target, uri = (f"file:{path}?mode=ro", True) if read_only else (str(path), False)
    if key is None:
        return sqlite3.connect(target, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    module = cipher_module()
    conn = module.connect(target, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr noise
        conn.execute("PRAGMA key = " + _quote(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        raise UserError(f"{path.name}: wrong passphrase, or not a SQLite database") from exc
    return conn


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _cipher_engine(url: str, path: Path, key: str) -> Engine:
    path = path.expanduser().resolve()
    return create_engine(url, module=cipher_module(), creator=lambda: connect_file(path, key))


def key_for(path: Path | None, key: str | None = None) -> str | None:
    """The passphrase to open ``path`` with: ``key`` if given; for an encrypted
    file ``KAMDESK_KEY`` or the prompt (UserError when neither gives one); for a
    new file ``KAMDESK_KEY`` (a new database is encrypted when it is set); None
    for a plain one."""
    if key is not None or path is None:
        return key
    env = os.environ.get(KEY_ENV) or None
    if is_encrypted_file(path):
        key = env or (_key_prompt(path) if _key_prompt is not None else None)
        if not key:
            raise UserError(f"{path.name} is encrypted: give its passphrase (KAMDESK_KEY or the prompt)")
        return key
    if not path.exists() or path.stat().st_size == 0:
        return env
    return None


class Database:
    """An open store: the engine plus a session factory. Passed in, never global.

    ``key`` is the passphrase of an encrypted SQLite file; without it one is
    found by :func:`key_for`. ``self.key`` is None for a plain store."""

    def __init__(self, url: str, *, key: str | None = None) -> None:
        self.url = url
        self.key = key_for(self._file(url), key)
        self.engine = make_engine(url, self.key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        #: the hold on the file (kamdesk.store.lock) while this process has it open
        self.lock: DatabaseLock | None = None

    @staticmethod
    def _file(url: str) -> Path | None:
        try:
            parsed = make_url(url)
        except ArgumentError:
            return None  # make_engine says what is wrong with it
        if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
            return None
        return Path(parsed.database).expanduser()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

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
            raise user_error_from(exc, self.path) from exc
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
            raise user_error_from(exc, self.path) from exc
        finally:
            session.rollback()
            session.close()

    def set_wal(self) -> None:
        """Switch the SQLite file to WAL (persistent; a no-op when it already is)."""
        if self.path is not None:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")

    def dispose(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _io_error_message(path: Path | None, first: str) -> str:
    """SQLite says "disk I/O error" both for a full disk (writing its WAL) and a failing one."""
    import shutil

    if path is not None:
        try:
            if shutil.disk_usage(path.parent).free < 1024 * 1024:
                return f"the disk holding {path.parent} is full: nothing was saved; free some space and try again"
        except OSError:
            pass
    return f"cannot use the database file ({first}): check the disk and the folder"


def user_error_from(exc: DBAPIError, path: Path | None = None) -> UserError | DBAPIError:
    """The user-facing form of a database that cannot be used as it is (locked,
    damaged, not a database, read-only, disk full, server unreachable); other
    errors (constraint violations: bugs or conflicts the caller names) unchanged.
    With the database's ``path``, a damaged file's message names its newest sound
    backup and the command that restores it."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    if "locked" in text or "busy" in text:
        return UserError("the database is locked by another program; close it and try again")
    if isinstance(exc.orig, sqlite3.DatabaseError) and ("malformed" in text or "not a database" in text):
        if path is not None:
            from kamdesk.store.recovery import damaged_error

            return damaged_error(path, first)
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
        return UserError(_io_error_message(path, first))
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
