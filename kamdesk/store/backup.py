"""Online backups through SQLite's backup API, rotation, verification and
restore. A restore never overwrites: the current file is kept aside first."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kamdesk import clock
from kamdesk.errors import UserError
from kamdesk.paths import FILE_MODE, backups_dir, create_private, private_file
from kamdesk.store.db import Database, cipher_module, connect_file, is_encrypted_file, key_for

KEEP_ROTATING = 10
SQLITE_HEADER = b"SQLite format 3\x00"


def cipher_errors() -> type[Exception]:
    error: type[Exception] = cipher_module().DatabaseError
    return error


def _stamp() -> str:
    return clock.local_now().strftime("%Y%m%d-%H%M%S-%f")


def _require_file(db: Database) -> Path:
    path = db.path
    if path is None:
        raise UserError("backup and restore work on a SQLite file; use your server's own tools for this URL")
    return path


def backup_to(db: Database, target: Path) -> Path:
    """Copy the live database to ``target`` (consistent even while in use)."""
    source_path = _require_file(db)
    if not source_path.exists():
        raise UserError(f"database not found: {source_path}")
    target = target.expanduser()
    if not target.parent.is_dir():
        raise UserError(f"folder does not exist: {target.parent}")
    tmp = create_private(target.with_name(target.name + ".part"))
    # an encrypted database's backup is encrypted with the same key
    src = connect_file(source_path, db.key)
    try:
        dst = connect_file(tmp, db.key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target


def rotating_backup(db: Database, *, prefix: str = "kamdesk", keep: int = KEEP_ROTATING) -> Path:
    """A dated copy in the data dir's backups/, keeping the newest ``keep``."""
    folder = backups_dir()
    target = backup_to(db, folder / f"{prefix}-{_stamp()}.db")
    copies = sorted(folder.glob(f"{prefix}-*.db"))
    for old in copies[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_before_migration(db: Database, before: str, after: str) -> Path:
    return backup_to(db, backups_dir() / f"pre-migrate-{before}-to-{after}-{_stamp()}.db")


@dataclass(frozen=True)
class Verification:
    path: Path
    revision: str | None
    accounts: int


def verify_file(path: Path, key: str | None = None) -> Verification:
    """Check that ``path`` is a sound KAMdesk database; UserError says why not.
    An encrypted file is read with ``key`` (KAMDESK_KEY or the prompt without it)."""
    path = path.expanduser()
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    encrypted = is_encrypted_file(path)
    if encrypted:
        try:
            key = key_for(path, key)
        except UserError:
            raise UserError(f"not a SQLite database (or an encrypted one: give its passphrase): {path}") from None
    else:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                raise UserError(f"not a SQLite database: {path}")
    conn = connect_file(path, key if encrypted else None, read_only=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise UserError(f"the file is damaged ({result}): {path}")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise UserError(f"the file has broken references between records: {path}")
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            accounts = conn.execute("SELECT count(*) FROM account").fetchone()[0]
        except (sqlite3.DatabaseError, cipher_errors()) as exc:
            raise UserError(f"not a KAMdesk database ({exc}): {path}") from exc
    except (sqlite3.DatabaseError, cipher_errors()) as exc:
        raise UserError(f"cannot read {path}: {exc}") from exc
    finally:
        conn.close()
    return Verification(path, revision[0] if revision else None, int(accounts))


def restore_from(db: Database, source: Path) -> Path:
    """Replace the database with ``source`` after verifying it; returns where
    the previous database was kept."""
    check = verify_file(source, db.key)
    from kamdesk.store.schema import known_revisions

    if check.revision not in known_revisions():
        raise UserError(
            f"{source} was written by a newer KAMdesk (schema {check.revision}); update KAMdesk first"
        )
    current = _require_file(db)
    db.dispose()
    kept = current.with_name(f"{current.stem}.before-restore-{_stamp()}{current.suffix}")
    if current.exists():
        # fold the WAL into the main file so the copy kept aside is complete
        conn = connect_file(current, db.key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        shutil.copy2(current, kept)
        private_file(kept)
    # the restored file keeps the current file's mode (owner-only for a new one),
    # whatever the mode of the file it came from
    mode = current.stat().st_mode & 0o777 if current.exists() else FILE_MODE
    tmp = current.with_name(current.name + ".restoring")
    shutil.copy2(check.path, tmp)
    if os.name == "posix":
        tmp.chmod(mode)
    for suffix in ("-wal", "-shm"):
        Path(str(current) + suffix).unlink(missing_ok=True)
    tmp.replace(current)
    return kept
