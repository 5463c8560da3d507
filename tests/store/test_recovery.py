"""Restore and recovery: the exclusive lock, restoring over a damaged file,
the one-line message that names the newest sound backup, ``check`` on flipped
bytes, foreign and empty files left untouched, leftovers cleaned."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kamdesk.cli.main import main
from kamdesk.errors import UserError
from kamdesk.paths import backups_dir
from kamdesk.store import backup, recovery
from kamdesk.store.db import Database, sqlite_url
from kamdesk.store.lock import DatabaseBusyError
from kamdesk.store.models import Account
from kamdesk.store.schema import open_database


def _filled(path: Path, accounts: int = 3) -> Path:
    db = open_database(sqlite_url(path))
    with db.transaction() as s:
        s.add_all(Account(name=f"客户 {i} " + "x" * 200, short_name=f"c{i}") for i in range(accounts))
    db.dispose()
    return path


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT short_name FROM account ORDER BY id")]
    finally:
        conn.close()


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def test_restore_refuses_while_another_kamdesk_has_the_file_open(tmp_path: Path):
    path = _filled(tmp_path / "rep.db")
    first = open_database(sqlite_url(path))
    copy = backup.backup_to(first, tmp_path / "copy.db")
    first.dispose()
    gui = open_database(sqlite_url(path))  # "the GUI": holds the file open
    with gui.transaction() as s:
        s.add(Account(name="committed by the other process", short_name="late"))
    with pytest.raises(DatabaseBusyError, match="another KAMdesk"):
        backup.restore_from(Database(sqlite_url(path)), copy)
    # nothing was touched: the other process's commit is still there, WAL included
    with gui.reading() as s:
        assert s.query(Account).filter_by(short_name="late").count() == 1
    gui.dispose()
    assert "late" in _names(path)
    assert backup.restore_from(Database(sqlite_url(path)), copy) is not None
    assert "late" not in _names(path)


def test_cli_restore_while_open_is_one_line_and_exit_2(tmp_path: Path, capsys):
    path = _filled(tmp_path / "rep.db")
    copy = tmp_path / "copy.db"
    assert main(["--db", str(path), "backup", "-o", str(copy)]) == 0
    holder = open_database(sqlite_url(path))
    try:
        assert main(["--db", str(path), "restore", str(copy)]) == 2
        assert "another KAMdesk" in _one_line(capsys)
    finally:
        holder.dispose()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_restore_replaces_a_damaged_database_and_keeps_its_bytes(tmp_path: Path, capsys, damage: str):
    path = _filled(tmp_path / "rep.db", accounts=50)
    copy = tmp_path / "copy.db"
    assert main(["--db", str(path), "backup", "-o", str(copy)]) == 0
    raw = path.read_bytes()
    bad = {"truncate": raw[: len(raw) // 3 + 7], "garbage": b"PK\x03\x04 not sqlite" * 100, "empty": b""}[
        damage
    ]
    path.write_bytes(bad)
    assert main(["--db", str(path), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    kept = Path(out.rsplit("kept as ", 1)[1].strip())
    assert kept.read_bytes() == bad
    assert len(_names(path)) == 50
    assert main(["--db", str(path), "check"]) == 0


def test_a_damaged_database_names_the_newest_sound_backup(tmp_path: Path, capsys):
    path = _filled(tmp_path / "rep.db")
    db = open_database(sqlite_url(path))
    older = backup.rotating_backup(db)
    newest = backup.rotating_backup(db)
    db.dispose()
    newest.write_bytes(newest.read_bytes()[:4096])  # the newest copy rotted: not offered
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2 + 100])
    for argv in (["export", "-o", str(tmp_path / "x.json")], ["map", "x", "-o", str(tmp_path / "m.pdf")]):
        assert main(["--db", str(path), *argv]) == 2
        err = _one_line(capsys)
        assert f"the database {path} is damaged" in err
        assert f"the newest sound backup is {older}" in err
        assert f"kamdesk --db {path} restore {older}" in err
    assert older.exists() and newest.exists()


def test_check_reports_flipped_bytes_in_data_pages(tmp_path: Path, capsys):
    path = _filled(tmp_path / "rep.db", accounts=2000)
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(size // 2, size - 8192, 16384):
            fh.seek(offset)
            fh.write(b"\xff\x00\xa5" * 300)
    assert main(["--db", str(path), "check"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "integrity:     FAILED" in captured.out
    assert "recovery: " in captured.out


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 50, b"hello, not a database"])
def test_check_on_an_unreadable_file_is_a_report(tmp_path: Path, capsys, content: bytes):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    assert main(["--db", str(path), "check"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "integrity:     FAILED" in captured.out
    assert path.read_bytes() == content


def test_a_foreign_sqlite_file_is_left_truly_untouched(tmp_path: Path, capsys):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('mine')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main(["--db", str(path), "export", "-o", str(tmp_path / "x.json")]) == 2
    assert "not a KAMdesk database" in _one_line(capsys)
    assert path.read_bytes() == before  # journal mode still DELETE: byte 18/19 are 1, not 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "other.db"]


def test_an_empty_file_does_not_become_a_database(tmp_path: Path, capsys):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(UserError, match="empty file"):
        open_database(sqlite_url(path))
    assert main(["--db", str(path), "demo"]) == 2
    assert "empty file (0 bytes)" in _one_line(capsys)
    assert path.stat().st_size == 0
    # a file that does not exist yet is created, as before
    fresh = open_database(sqlite_url(tmp_path / "new.db"))
    fresh.dispose()
    assert (tmp_path / "new.db").stat().st_size > 0


def test_leftovers_of_interrupted_runs_are_cleaned_at_the_next_start(tmp_path: Path):
    path = _filled(tmp_path / "rep.db")
    other = _filled(tmp_path / "other" / "rep.db") if (tmp_path / "other").mkdir() is None else None
    assert other is not None
    folder = backups_dir()
    key = recovery.backup_series.series_key(path)
    other_key = recovery.backup_series.series_key(other)
    mine = [
        tmp_path / "rep.db.restoring",
        tmp_path / "rep.before-restore-20260101-101010.db.part",
        folder / f"{key}-20260101-101010.db.part",
        folder / f"{key}-20260101-101010.db.part-journal",
    ]
    theirs = folder / f"{other_key}-20260101-101010.db.part"
    for leftover in [*mine, theirs]:
        leftover.write_bytes(b"half")
    held = open_database(sqlite_url(path))
    try:
        assert not any(p.exists() for p in mine)
        assert theirs.exists()  # another database's run is not ours to clean
        # while this one is open, a second opener leaves files alone (they may be a running backup's)
        (folder / f"{key}-20260101-111111.db.part").write_bytes(b"running")
        open_database(sqlite_url(path)).dispose()
        assert (folder / f"{key}-20260101-111111.db.part").exists()
    finally:
        held.dispose()
