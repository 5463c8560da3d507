"""Owner-only files: the data dir, the database and its companions, backups
and restored files are the owner's alone on POSIX (modes are recorded even
when the tests run as root)."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from kamdesk.paths import backups_dir, create_private, data_dir, owner_only_umask, private_dir
from kamdesk.store.backup import backup_to, restore_from, rotating_backup
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.models import Rep
from kamdesk.store.schema import open_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_and_backups_dir_are_0700(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(loose))
    assert data_dir() == loose and mode(loose) == 0o700
    assert mode(backups_dir()) == 0o700
    assert mode(private_dir(tmp_path / "a" / "b")) == 0o700


def test_database_and_its_wal_and_shm_are_0600(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    db = open_database(sqlite_url(path))
    try:
        with db.transaction() as s:
            s.add(Rep(name="张伟"))
        with db.engine.connect():
            for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                assert file.exists() and mode(file) == 0o600, file
    finally:
        db.dispose()


def test_an_existing_database_left_readable_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    path.chmod(0o644)
    db = Database(sqlite_url(path))
    with db.engine.connect():
        pass
    db.dispose()
    assert mode(path) == 0o600


def test_backups_are_0600_and_restore_keeps_the_mode(db: Database, db_path: Path, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(Rep(name="张伟"))
    assert mode(rotating_backup(db)) == 0o600
    copy = backup_to(db, tmp_path / "copy.db")
    assert mode(copy) == 0o600
    copy.chmod(0o644)  # a file that travelled and came back readable by all
    kept = restore_from(db, copy)
    assert mode(db_path) == 0o600 and mode(kept) == 0o600


def test_create_private_makes_an_empty_owner_only_file_others_write_into(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_text("old")
    path.chmod(0o644)
    create_private(path)
    assert path.read_text() == "" and mode(path) == 0o600
    with path.open("w") as fh:  # a writer that opens the path itself keeps the mode
        fh.write("new")
    assert mode(path) == 0o600


def test_files_a_command_writes_are_owner_only(tmp_path: Path) -> None:
    with owner_only_umask():
        (tmp_path / "f").write_text("x")
        (tmp_path / "d").mkdir()
    assert mode(tmp_path / "f") == 0o600 and mode(tmp_path / "d") == 0o700
