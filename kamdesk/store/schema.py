"""Schema versions and start-up migration.

Revisions are numbered ``0001``, ``0002``… by their file names, so the cheap
check at start (one query of ``alembic_version``) needs no alembic import;
alembic is loaded only when a migration is due. A backup is taken first.
A database stamped with a revision this code does not know was written by a
newer KAMdesk and is refused untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy.pool import NullPool

from kamdesk.errors import SchemaTooNewError, UserError
from kamdesk.store.db import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    return sorted(
        m.group(1) for p in (MIGRATIONS_DIR / "versions").iterdir() if (m := _REVISION_FILE.match(p.name))
    )


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(db: Database) -> str | None:
    """The stamped revision, or None for a database KAMdesk never touched."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def _alembic_config(db: Database) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def ensure_schema(db: Database, *, backup: bool = True) -> MigrationResult:
    """Bring the database to the head revision, backing it up first.

    Raises SchemaTooNewError for a database from a newer version, and
    UserError for a non-empty database that KAMdesk did not create.
    """
    before = current_revision(db)
    head = head_revision()
    if before == head:
        return MigrationResult(before, head, None)
    if before is not None and before not in known_revisions():
        raise SchemaTooNewError(
            f"this database was written by a newer KAMdesk (schema {before}; this version knows up to "
            f"{head}). Update KAMdesk to open it; the file was left untouched."
        )
    if before is None:
        with db.engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        if tables:
            raise UserError(
                "this file is not a KAMdesk database (it has tables but no KAMdesk schema version); "
                "it was left untouched"
            )
    backup_path = None
    if backup and before is not None and db.path is not None:
        from kamdesk.store.backup import backup_before_migration

        backup_path = backup_before_migration(db, before, head)
    _upgrade(db, head)
    return MigrationResult(before, head, backup_path)


def _upgrade(db: Database, revision: str) -> None:
    """Run the migrations up to ``revision`` in one transaction: all of them or none."""
    from alembic import command

    cfg = _alembic_config(db)
    engine = _migration_engine(db) if db.path is not None else db.engine  # not for :memory:
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn  # type: ignore[attr-defined]
            command.upgrade(cfg, revision)  # type: ignore[arg-type]
    finally:
        if engine is not db.engine:
            engine.dispose()


def _migration_engine(db: Database) -> Engine:
    """An engine on the same file whose transactions cover DDL.

    Python's sqlite3 driver commits before a CREATE or ALTER on its own, so a
    migration killed half-way stayed half-done (a kill -9 test left ``store_meta``
    created under the old schema version). Here the driver's own transaction
    handling is off and SQLAlchemy's BEGIN IMMEDIATE / COMMIT frame the whole upgrade.
    Foreign keys are off while migrating, as SQLite's batch table rebuilds require."""
    from sqlalchemy import create_engine, event

    from kamdesk.store.db import BUSY_TIMEOUT_MS, cipher_module, connect_file

    path, key = db.path, db.key
    if key is not None and path is not None:  # an encrypted file: SQLCipher, keyed on connect
        engine = create_engine(
            db.url, module=cipher_module(), creator=lambda: connect_file(path, key), poolclass=NullPool
        )
    else:
        engine = create_engine(db.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def open_database(url: str, *, migrate: bool = True, key: str | None = None) -> Database:
    """Open a store and bring its schema up to date (the normal way in).

    ``key``: the passphrase of an encrypted file (else ``KAMDESK_KEY`` or the prompt).
    For a SQLite file, in this order: refuse a damaged, empty or foreign file
    (naming the newest sound backup for a damaged one) before anything is
    written to it; take this process's shared hold on it (cleaning what an
    interrupted backup or restore left, when no other KAMdesk has it open);
    migrate; switch it to WAL.
    """
    from sqlalchemy.exc import DatabaseError

    from kamdesk.store.db import user_error_from

    db = Database(url, key=key)
    path = db.path
    try:
        existed = path is not None and path.exists()
        if path is not None and not existed and not migrate:
            raise UserError(f"database not found: {path}")
        if path is not None and existed:
            _refuse_unusable_file(path)
        try:
            _refuse_foreign(db)
            if path is not None:
                _hold(db, path)
            if migrate:
                ensure_schema(db)
                _track_changes(db)
            elif current_revision(db) != head_revision():
                raise UserError("the database schema is not up to date; start KAMdesk once to migrate it")
            db.set_wal()
            apply_rep_zone(db)
        except DatabaseError as exc:
            raise user_error_from(exc, path) from exc
    except BaseException:
        db.dispose()
        raise
    return db


def _track_changes(db: Database) -> None:
    """The sync triggers, (re)installed after a migration changed the tables they name."""
    if not db.is_sqlite:
        return
    from kamdesk.store.sync.tracking import install_tracking

    with db.engine.begin() as conn:
        install_tracking(conn)


def _refuse_unusable_file(path: Path) -> None:
    from kamdesk.store import recovery

    problem = recovery.file_problem(path)
    if problem is None:
        return
    if path.stat().st_size == 0:
        # SQLite writes a new file's first page with its first table, so an empty file is
        # someone else's (or a crash before KAMdesk's first write): never silently a new database
        raise recovery.empty_file_error(path)
    raise recovery.damaged_error(path, problem)


def _refuse_foreign(db: Database) -> None:
    """A newer KAMdesk's file or a file that is not KAMdesk's: refused before anything is written."""
    before = current_revision(db)
    if before is not None and before not in known_revisions():
        raise SchemaTooNewError(
            f"this database was written by a newer KAMdesk (schema {before}; this version knows up to "
            f"{head_revision()}). Update KAMdesk to open it; the file was left untouched."
        )
    if before is None:
        with db.engine.connect() as conn:
            tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        if tables:
            raise UserError(
                "this file is not a KAMdesk database (it has tables but no KAMdesk schema version); "
                "it was left untouched"
            )


def _hold(db: Database, path: Path) -> None:
    from kamdesk.store.lock import DatabaseLock
    from kamdesk.store.recovery import clean_leftovers

    lock = DatabaseLock(path)
    db.lock = lock
    if lock.try_exclusive():
        clean_leftovers(path)  # alone with the file: nothing found can belong to a running backup
    lock.acquire_shared()


def apply_rep_zone(db: Database) -> None:
    """Show times in the zone of the laptop's own rep (the system's if none is set)."""
    from kamdesk import clock

    with db.engine.connect() as conn:
        name = conn.execute(
            text("SELECT time_zone FROM rep WHERE is_me = :me ORDER BY id LIMIT 1"), {"me": True}
        ).scalar()
    try:
        clock.set_zone(name or None)
    except UserError:
        clock.set_zone(None)  # a zone this machine does not know: the system's, rather than no start
