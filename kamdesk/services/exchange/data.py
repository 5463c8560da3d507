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


def restore(db: Database, path: Path) -> Path:
    """Replace the database with a verified backup. Returns where the previous
    database was kept; ``db`` is disposed and must be reopened by the caller."""
    return _backup.restore_from(db, path)


def export_bundle(
    db: Database, path: Path, *, include_private: bool = False, progress: Progress | None = None
) -> BundleSummary:
    return _export(db, path, include_private=include_private, progress=progress)


def import_bundle(
    db: Database, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
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


def check(db: Database) -> CheckReport:
    """Integrity check, foreign-key check and schema version; changes nothing."""
    from kamdesk.store.schema import current_revision, head_revision

    integrity: list[str] = ["ok"]
    broken: list[tuple[str, ...]] = []
    path = db.path
    if db.is_sqlite and path is not None:
        if not path.exists():
            raise UserError(f"database not found: {path}")
        conn = connect_file(path, db.key, read_only=True)
        try:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        except (sqlite3.DatabaseError, cipher_module().DatabaseError) as exc:
            raise UserError(f"cannot read {path}: {exc}") from exc
        finally:
            conn.close()
    return CheckReport(
        integrity=integrity,
        broken_references=len(broken),
        first_broken_table=broken[0][0] if broken else None,
        revision=current_revision(db),
        expected_revision=head_revision(),
    )
