"""Online backups through SQLite's backup API, verified and rotated, and
restore.

Every copy is written to ``<target>.part``, checked with ``PRAGMA
integrity_check`` and only then renamed into place: a copy that exists is a
sound one, and a damaged database gives no "backup" at all but a message that
says so. Automatic copies go to the data dir's ``backups/`` in one series per
database (naming and rotation: :mod:`kamdesk.store.backup_series`): daily (the
first open of the day), before a migration, an import, a hand-over and a
restore.

A restore takes the database's exclusive lock (:mod:`kamdesk.store.lock`), so
it refuses while another KAMdesk has the file open; it works on a damaged or
truncated current file (which is kept aside byte for byte), and it never
overwrites: the current database is kept as ``<name>.before-restore-<stamp>.db``.

An encrypted database's copies are encrypted with the same key, and every file
written here is the owner's alone.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from kamdesk import clock
from kamdesk.errors import UserError
from kamdesk.paths import FILE_MODE, create_private
from kamdesk.store import backup_series, recovery
from kamdesk.store.db import Database, cipher_module, connect_file, is_encrypted_file, key_for
from kamdesk.store.lock import DatabaseLock

SQLITE_HEADER = recovery.SQLITE_HEADER


def cipher_errors() -> type[Exception]:
    error: type[Exception] = cipher_module().DatabaseError
    return error


def _db_errors() -> tuple[type[Exception], ...]:
    return (sqlite3.DatabaseError, cipher_errors())


def _require_file(db: Database) -> Path:
    path = db.path
    if path is None:
        raise UserError("backup and restore work on a SQLite file; use your server's own tools for this URL")
    return path


# --- files ----------------------------------------------------------------------------


def check_output_target(target: Path) -> Path:
    """``target`` if a file may be written there: its folder exists and it is absent or a regular
    file. A device (``/dev/null``), a folder or a pipe is refused rather than replaced."""
    target = target.expanduser()
    if not target.parent.is_dir():
        raise UserError(f"folder does not exist: {target.parent}")
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror}") from exc
    if stat.S_ISDIR(mode):
        raise UserError(f"{target} is a folder; give a file name")
    if not stat.S_ISREG(mode):
        raise UserError(f"{target} is not a regular file (a device or a pipe); give a file name")
    return target


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows cannot open a folder; its renames are durable
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def user_error_from_os(exc: OSError, target: Path) -> UserError:
    import errno

    if exc.errno == errno.ENOSPC:
        return UserError(f"the disk is full; nothing was written to {target}")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return UserError(f"cannot write to {target.parent} (read-only or not allowed); nothing was written")
    return UserError(f"cannot write {target}: {exc.strerror or exc}")


# --- writing a verified copy ----------------------------------------------------------


def _copy_database(source: Path, tmp: Path, key: str | None = None) -> None:
    """SQLite's online backup of ``source`` into ``tmp`` (a self-contained file, no WAL);
    ``key``: both are encrypted with it."""
    src = connect_file(source, key, read_only=True)
    try:
        dst = connect_file(tmp, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _integrity(path: Path, key: str | None = None) -> str:
    conn = connect_file(path, key, read_only=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
    finally:
        conn.close()
    return "ok" if rows == ["ok"] else "; ".join(rows)


def write_copy(source: Path, target: Path, key: str | None = None) -> Path:
    """A verified copy of the database file ``source`` at ``target`` (see the module doc);
    ``key``: the passphrase of an encrypted source, which the copy keeps."""
    target = check_output_target(target)
    problem = recovery.file_problem(source)
    if problem is not None:
        raise _no_sound_copy(source, problem)
    tmp = target.with_name(target.name + ".part")
    try:
        # made here first so that a read-only or full folder is an OSError, not SQLite's vague
        # "unable to open database file"; SQLite takes an empty file as an empty database
        create_private(tmp)
        try:
            _copy_database(source, tmp, key)
            result = _integrity(tmp, key)
        except _db_errors() as exc:
            if "full" in str(exc).lower():
                raise UserError(f"the disk is full; nothing was written to {target}") from exc
            if recovery.is_damage(exc):
                raise _no_sound_copy(source, str(exc)) from exc
            raise UserError(f"cannot back up {source}: {exc}") from exc
        if result != "ok":
            raise _no_sound_copy(source, result)
        fsync_file(tmp)
        check_output_target(target)  # still not a folder or device since we looked
        tmp.replace(target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise user_error_from_os(exc, target) from exc
    finally:
        remove_quietly(tmp, tmp.with_name(tmp.name + "-journal"))
    return target


def remove_quietly(*paths: Path) -> None:
    """Delete what exists of ``paths``; a folder that refuses (read-only) is not an error here."""
    for path in paths:
        try:
            if path.exists():
                path.unlink()
        except OSError:
            pass


def _no_sound_copy(source: Path, why: str) -> UserError:
    newest = recovery.newest_sound_backup(source)
    return recovery.DamagedDatabaseError(
        f"the database {source} is damaged ({why}), so no sound backup could be made of it; "
        + recovery.restore_hint(source, newest),
        source,
        newest,
    )


def backup_to(db: Database, target: Path) -> Path:
    """Copy the live database to ``target`` (consistent even while in use)."""
    source = _require_file(db)
    if not source.exists():
        raise UserError(f"database not found: {source}")
    return write_copy(source, target, db.key)


def rotating_backup(db: Database, *, kind: str = "") -> Path:
    """A new verified copy in this database's series; rotation then drops the ones not kept."""
    source = _require_file(db)
    target = write_copy(source, backup_series.new_name(source, kind), db.key)
    backup_series.rotate(source, target)
    return target


def daily_backup(db: Database) -> Path | None:
    """The day's automatic copy, if this database has none stamped today yet."""
    source = db.path
    if source is None or not source.exists() or backup_series.has_copy_on(source, clock.today()):
        return None
    return rotating_backup(db)


def safety_backup(db: Database, before: str) -> Path | None:
    """A copy before a large change (``before`` is ``import``, ``hand-over``…); None for a server."""
    if db.path is None or not db.path.exists():
        return None
    return rotating_backup(db, kind=f"before-{before}")


def backup_before_migration(db: Database, before: str, after: str) -> Path:
    return rotating_backup(db, kind=f"{backup_series.PRE_MIGRATE}-{before}-{after}")


# --- verify and restore ---------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    path: Path
    revision: str | None
    accounts: int
    #: the passphrase it was read with (None: a plain file)
    key: str | None = field(default=None, repr=False)


def verify_file(path: Path, key: str | None = None) -> Verification:
    """Check that ``path`` is a sound KAMdesk database; UserError says why not.
    An encrypted file is read with ``key`` (KAMDESK_KEY or the prompt without it)."""
    path = path.expanduser()
    if not path.is_file():
        raise UserError(f"file not found: {path}")
    problem = recovery.file_problem(path)
    if problem is not None:
        raise UserError(f"{path} cannot be restored: {problem}")
    if is_encrypted_file(path):
        try:
            key = key_for(path, key)
        except UserError:
            raise UserError(f"{path} is encrypted: give its passphrase (KAMDESK_KEY or the prompt)") from None
    else:
        key = None
    conn = connect_file(path, key, read_only=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise UserError(f"the file is damaged ({result}): {path}")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise UserError(f"the file has broken references between records: {path}")
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            accounts = conn.execute("SELECT count(*) FROM account").fetchone()[0]
        except _db_errors() as exc:
            raise UserError(f"not a KAMdesk database ({exc}): {path}") from exc
    except _db_errors() as exc:
        raise UserError(f"cannot read {path}: {exc}") from exc
    finally:
        conn.close()
    return Verification(path, revision[0] if revision else None, int(accounts), key)


def restore_from(db: Database, source: Path) -> Path | None:
    """Replace the database with ``source`` after verifying it. Returns where the
    previous database was kept (None if there was none); ``db`` is disposed."""
    check = verify_file(source, db.key)
    from kamdesk.store.schema import known_revisions

    if check.revision not in known_revisions():
        raise UserError(
            f"{source} was written by a newer KAMdesk (schema {check.revision}); update KAMdesk first"
        )
    current = _require_file(db)
    db.dispose()  # our own shared hold goes; any other one makes the exclusive lock fail
    lock = DatabaseLock(current)
    lock.acquire_exclusive()
    try:
        recovery.clean_leftovers(current)
        return _replace(current, check.path, check.key, db.key)
    except OSError as exc:
        raise user_error_from_os(exc, current) from exc
    finally:
        lock.release()


def _replace(current: Path, source: Path, key: str | None, current_key: str | None) -> Path | None:
    """Under the exclusive lock: keep ``current`` aside, then swap ``source`` in.

    Killed at any moment, the database is the old one or the new one: the new
    copy is complete (``.restoring``, fsynced) before the one rename that swaps it
    in, and the WAL removed before it was emptied into the old file (or, if the old
    file is damaged, kept with the copy set aside). The restored file is encrypted
    as ``source`` was (``key``), and owner-only whatever the mode it came with."""
    tmp = create_private(current.with_name(current.name + ".restoring"))
    _copy_database(source, tmp, key)
    if os.name == "posix":
        tmp.chmod(FILE_MODE)
    fsync_file(tmp)
    kept = _keep_aside(current, current_key) if current.exists() else None
    for suffix in ("-wal", "-shm"):
        Path(str(current) + suffix).unlink(missing_ok=True)
    tmp.replace(current)
    fsync_folder(current.parent)
    return kept


def _keep_aside(current: Path, key: str | None) -> Path:
    kept = current.with_name(f"{current.stem}.before-restore-{clock.wall_stamp()}{current.suffix}")
    part = kept.with_name(kept.name + ".part")
    sound = recovery.file_problem(current) is None
    unreadable: tuple[type[Exception], ...] = (*_db_errors(), UserError)
    if sound:
        try:
            conn = connect_file(current, key)
            try:
                # fold the WAL into the file: removing the (now empty) WAL below then loses nothing
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            create_private(part)
            _copy_database(current, part, key)
        except unreadable:
            sound = False
    if not sound:
        # damaged: keep its bytes as they are, with its WAL beside it under the matching name
        shutil.copyfile(current, create_private(part))
        wal = Path(str(current) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, create_private(Path(str(kept) + "-wal")))
    fsync_file(part)
    part.replace(kept)
    return kept
