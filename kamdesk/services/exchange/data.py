"""Whole-database use cases: backup, restore, integrity check, JSON bundle
export and import. The GUI's File menu and the CLI both come through here."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kamdesk.errors import UserError
from kamdesk.store import backup as _backup
from kamdesk.store.db import Database, cipher_module, connect_file
from kamdesk.store.io.bundle import BundleSummary, ImportReport, Progress
from kamdesk.store.io.bundle import export_bundle as _export
from kamdesk.store.io.bundle import import_bundle as _import

__all__ = [
    "BundleSummary",
    "CheckReport",
    "ImportReport",
    "backup_now",
    "backup_to",
    "check",
    "export_bundle",
    "import_bundle",
    "restore",
]


def backup_now(db: Database) -> Path:
    """A rotating copy in the data dir's backups folder."""
    return _backup.rotating_backup(db)


def backup_to(db: Database, path: Path) -> Path:
    return _backup.backup_to(db, path)


def restore(db: Database, path: Path) -> Path | None:
    """Replace the database with a verified backup. Returns where the previous
    database was kept (None: there was none); ``db`` is disposed and must be
    reopened by the caller. Refused while another KAMdesk has the file open."""
    return _backup.restore_from(db, path)


def export_bundle(
    db: Database, path: Path, *, include_private: bool = False, progress: Progress | None = None
) -> BundleSummary:
    return _export(db, path, include_private=include_private, progress=progress)


def import_bundle(
    db: Database, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Merge a bundle; a verified copy of the database is taken first (not for a dry run)."""
    if not dry_run:
        from kamdesk.store.io.bundle import read_bundle

        read_bundle(path)  # a bad file is refused before the copy is made
        _backup.safety_backup(db, "import")
    return _import(db, path, dry_run=dry_run, progress=progress)


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]  # ["ok"] when sound
    broken_references: int
    first_broken_table: str | None
    revision: str | None
    expected_revision: str

    @property
    def problems(self) -> list[str]:
        out: list[str] = []
        if self.integrity != ["ok"]:
            out.append("integrity: " + "; ".join(self.integrity[:5]))
        if self.broken_references:
            out.append(
                f"foreign keys: {self.broken_references} broken references (first in {self.first_broken_table})"
            )
        if self.revision != self.expected_revision:
            out.append(
                f"schema version {self.revision or 'none'} (this KAMdesk expects {self.expected_revision})"
            )
        return out

    @property
    def sound(self) -> bool:
        return not self.problems


def check(db: Database, progress: Progress | None = None) -> CheckReport:
    """Integrity check, foreign-key check and schema version; changes nothing.

    A damaged file is a report, never an exception: whatever SQLite says about
    it becomes the integrity line."""
    from kamdesk.store.schema import current_revision, head_revision

    path = db.path
    if not (db.is_sqlite and path is not None):
        return CheckReport(["ok"], 0, None, current_revision(db), head_revision())
    if not path.exists():
        raise UserError(f"database not found: {path}")
    from kamdesk.store.recovery import file_problem

    problem = file_problem(path)
    if problem is not None:
        return CheckReport(
            [f"the file is not a sound SQLite database: {problem}"], 0, None, None, head_revision()
        )
    integrity: list[str] = []
    broken: list[tuple[str, ...]] = []
    revision: str | None = None
    try:
        conn = connect_file(path, db.key, read_only=True)
    except (sqlite3.Error, cipher_module().Error) as exc:
        raise UserError(f"cannot read {path}: {exc}") from exc
    try:
        if progress is not None:
            progress("checking integrity", 0, 0)
            conn.set_progress_handler(lambda: progress("checking integrity", 0, 0) or 0, 200_000)
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check(100)")]
        except (sqlite3.DatabaseError, cipher_module().DatabaseError) as exc:
            integrity = [f"SQLite cannot read the file: {exc}"]
        try:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        except (sqlite3.DatabaseError, cipher_module().DatabaseError) as exc:
            integrity.append(f"the foreign-key check could not run: {exc}")
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except (sqlite3.DatabaseError, cipher_module().DatabaseError):
            revision = None
    finally:
        conn.close()
    if integrity != ["ok"]:
        integrity = [line for line in integrity if line != "ok"]
    return CheckReport(
        integrity=integrity,
        broken_references=len(broken),
        first_broken_table=broken[0][0] if broken else None,
        revision=revision,
        expected_revision=head_revision(),
    )
