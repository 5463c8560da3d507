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

from sqlalchemy import inspect, text

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
    from alembic import command

    cfg = _alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn  # type: ignore[attr-defined]
        command.upgrade(cfg, revision)  # type: ignore[arg-type]


def open_database(url: str, *, migrate: bool = True, key: str | None = None) -> Database:
    """Open a store and bring its schema up to date (the normal way in).
    ``key``: the passphrase of an encrypted file (else ``KAMDESK_KEY`` or the prompt)."""
    db = Database(url, key=key)
    if not migrate and db.path is not None and not db.path.exists():
        db.dispose()
        raise UserError(f"database not found: {db.path}")
    try:
        if migrate:
            ensure_schema(db)
        elif current_revision(db) != head_revision():
            raise UserError("the database schema is not up to date; start KAMdesk once to migrate it")
    except BaseException:
        db.dispose()
        raise
    apply_rep_zone(db)
    return db


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
