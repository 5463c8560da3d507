"""A damaged database: recognising it, saying so in one line with the newest
sound backup and the command that restores it, and cleaning what interrupted
runs left behind.

Recognising damage is cheap on purpose (it runs at every open): the file's
header and its size. Damage inside the pages shows up when a command reads
them (SQLite reports ``malformed``/``not a database``), and ``kamdesk check``
runs the full integrity check.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from kamdesk.errors import UserError
from kamdesk.paths import backups_dir, default_db_path
from kamdesk.store import backup_series

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
_HEADER_SIZE = 100
NOT_SQLITE = "it is not a SQLite database"


class DamagedDatabaseError(UserError):
    """The database file is not a sound SQLite file; the message names a backup."""

    def __init__(self, message: str, db_path: Path | None = None, backup: Path | None = None) -> None:
        super().__init__(message)
        self.db_path = db_path
        self.backup = backup  # the newest sound backup, to offer (None: there is none)


def file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be a sound SQLite database, from its header and size; None if it may be."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(_HEADER_SIZE)
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    if size == 0:
        return "it is empty (0 bytes)"
    if not header.startswith(SQLITE_HEADER):
        from kamdesk.store.db import is_encrypted_file

        # an encrypted file's header is ciphertext: only its key can tell it sound
        return None if is_encrypted_file(path) else NOT_SQLITE
    if len(header) < _HEADER_SIZE:
        return "it is truncated"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "its header is damaged"
    if size % page_size:
        return "it is truncated"
    # the page count in the header is valid when written by the same change as the counter
    change_counter, pages, valid_for = (int.from_bytes(header[o : o + 4], "big") for o in (24, 28, 92))
    if pages and change_counter == valid_for and size < pages * page_size:
        return "it is truncated"
    return None


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's own words for a damaged file."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return isinstance(getattr(exc, "orig", exc), sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text
    )


def newest_sound_backup(db_path: Path, *, limit: int = 5) -> Path | None:
    """The newest backup of this database that passes SQLite's quick check (of the ``limit`` newest)."""
    try:
        candidates = sorted(backup_series.copies(db_path), reverse=True)[:limit]
    except OSError:
        return None
    for copy in candidates:
        if file_problem(copy.path) is None and _quick_check(copy.path):
            return copy.path
    return None


def _quick_check(path: Path) -> bool:
    import os

    from kamdesk.store.db import KEY_ENV, cipher_module, connect_file, is_encrypted_file

    # an encrypted backup is checked with the passphrase from the environment, never a prompt
    key = (os.environ.get(KEY_ENV) or None) if is_encrypted_file(path) else None
    if is_encrypted_file(path) and key is None:
        return False
    try:
        conn = connect_file(path, key, read_only=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except (sqlite3.Error, cipher_module().Error, UserError):
        return False


def restore_hint(db_path: Path, backup: Path | None = None) -> str:
    """``the newest sound backup is X; restore it with: kamdesk restore X`` (or that there is none)."""
    backup = backup or newest_sound_backup(db_path)
    if backup is None:
        return f"no sound backup of it was found in {backups_dir()}"
    where = "" if db_path.resolve() == default_db_path().resolve() else f" --db {db_path}"
    return f"the newest sound backup is {backup}; restore it with: kamdesk{where} restore {backup}"


def damaged_error(db_path: Path, why: str) -> DamagedDatabaseError:
    backup = newest_sound_backup(db_path)
    if why == NOT_SQLITE:  # most likely another program's file given by mistake
        return DamagedDatabaseError(
            f"{db_path} is not a KAMdesk database (not a SQLite file); it was left untouched. "
            f"If it was your KAMdesk database, it is damaged: {restore_hint(db_path, backup)}",
            db_path,
            backup,
        )
    return DamagedDatabaseError(
        f"the database {db_path} is damaged ({why}); {restore_hint(db_path, backup)}", db_path, backup
    )


def empty_file_error(db_path: Path) -> UserError:
    return UserError(
        f"{db_path} is an empty file (0 bytes), not a KAMdesk database; it was left untouched — "
        "delete it to start a new database there, or choose another file"
    )


# --- leftovers of interrupted runs ------------------------------------------------------


def leftovers(db_path: Path) -> list[Path]:
    """Files an interrupted backup or restore of this database left behind."""
    folder = db_path.parent
    name = db_path.name
    found = [p for p in (folder / f"{name}.restoring", folder / f"{name}.restoring-journal") if p.exists()]
    found += folder.glob(f"{db_path.stem}.before-restore-*.part")
    found += folder.glob(f"{db_path.stem}.before-restore-*.part-journal")
    pattern = backup_series.name_pattern(db_path)
    for suffix in (".part", ".part-journal"):
        found += (p for p in backups_dir().glob(f"*.db{suffix}") if pattern.match(p.name[: -len(suffix)]))
    return sorted(set(found))


def clean_leftovers(db_path: Path) -> list[Path]:
    """Delete them. The caller holds the database's exclusive lock (no other run is under way)."""
    removed = []
    for path in leftovers(db_path):
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:  # pragma: no cover - a read-only folder: harmless, try next time
            log.warning("could not remove %s: %s", path, exc)
    if removed:
        log.info("removed leftovers of an interrupted run: %s", ", ".join(str(p) for p in removed))
    return removed
